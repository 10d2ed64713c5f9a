package vn.dondoc.deployment;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dondoc.platform.ApiException;

/** {@code GET /api/admin/deployments/audit}: the audit log for admins (admin-only by SecurityConfig). */
@RestController
public class DeploymentAuditController {

  private final DeploymentAudit audit;

  public DeploymentAuditController(DeploymentAudit audit) {
    this.audit = audit;
  }

  @GetMapping("/api/admin/deployments/audit")
  public List<DeploymentAudit.Entry> audit(@RequestParam(name = "limit", defaultValue = "200") int limit) {
    if (limit < 1 || limit > 2000) {
      throw ApiException.badRequest("INVALID_LIMIT", "Số dòng cần lấy phải từ 1 đến 2000.");
    }
    return audit.recent(limit);
  }
}
