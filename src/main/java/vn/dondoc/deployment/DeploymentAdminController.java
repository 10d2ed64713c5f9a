package vn.dondoc.deployment;

import java.security.Principal;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.platform.ApiException;

/** The admin page {@code /admin/deployments} (admin-only by SecurityConfig): upload models, see what happened. */
@Controller
@RequestMapping("/admin/deployments")
public class DeploymentAdminController {

  private static final Logger log = LoggerFactory.getLogger(DeploymentAdminController.class);

  private final AdminDeployments deployments;
  private final DeploymentAudit audit;

  public DeploymentAdminController(AdminDeployments deployments, DeploymentAudit audit) {
    this.deployments = deployments;
    this.audit = audit;
  }

  @GetMapping
  public String page(Model model) {
    fill(model);
    return "admin/deployments";
  }

  @PostMapping
  public String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
      @RequestParam(name = "name", required = false) String name, Principal principal, Model model,
      RedirectAttributes redirect) {
    try {
      AdminDeployments.Result result = deployments.deploy(name, files, principal.getName());
      redirect.addFlashAttribute("deployed", result);
      return "redirect:/admin/deployments";
    } catch (DeploymentRejectedException e) {
      model.addAttribute("violations", e.getViolations());
    } catch (ApiException e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("errorCode", e.getCode());
    } catch (AuthorizationException e) {
      model.addAttribute("error", "Bạn không có quyền triển khai mô hình.");
      model.addAttribute("errorCode", "FORBIDDEN");
    } catch (ProcessEngineException e) {
      // The engine's own parsers run after the validator and can still refuse (e.g. a gateway without flows).
      log.info("Deployment refused by the engine: {}", e.getMessage());
      model.addAttribute("error", "Máy chủ quy trình từ chối mô hình: " + DeploymentValidator.shortCause(e));
      model.addAttribute("errorCode", "ENGINE_REJECTED");
    }
    model.addAttribute("submittedFiles", AdminDeployments.fileNames(files));
    model.addAttribute("submittedName", name);
    fill(model);
    return "admin/deployments";
  }

  private void fill(Model model) {
    model.addAttribute("deploymentList", deployments.recentDeployments(50));
    model.addAttribute("auditEntries", audit.recent(200));
  }
}
