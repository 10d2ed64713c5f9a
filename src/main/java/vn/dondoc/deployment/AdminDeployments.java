package vn.dondoc.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.dondoc.platform.ApiException;

/**
 * Deployments made from DonDoc's admin page. The upload runs as the signed-in admin inside the engine, so the
 * same validator, Camunda authorization (DEPLOYMENT CREATE) and audit apply as for Camunda Modeler.
 */
@Service
public class AdminDeployments {

  /** The deployment source recorded for uploads from the admin page. */
  public static final String SOURCE = "dondoc-admin";
  static final List<String> SUFFIXES = List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form");

  private final RepositoryService repositoryService;
  private final IdentityService identityService;

  public AdminDeployments(RepositoryService repositoryService, IdentityService identityService) {
    this.repositoryService = repositoryService;
    this.identityService = identityService;
  }

  /** A deployment as listed on the page. */
  public record DeploymentView(String id, String name, ZonedDateTime deployedAt, String source,
      List<String> resources) {}

  /** What an upload produced: the deployment and the process definitions (key:version) it created. */
  public record Result(String deploymentId, String name, List<String> definitions) {}

  /**
   * Deploys the uploaded files as one deployment, as {@code userId}. Throws {@link DeploymentRejectedException}
   * when the validator refuses them and {@link ApiException} for an unusable upload.
   */
  public Result deploy(String name, List<MultipartFile> files, String userId) {
    Map<String, byte[]> resources = read(files);
    String deploymentName = name == null || name.isBlank()
        ? "Tải lên bởi " + userId : name.trim();
    if (deploymentName.length() > 255) {
      throw ApiException.badRequest("DEPLOYMENT_NAME_TOO_LONG", "Tên lần triển khai dài quá 255 ký tự.");
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      DeploymentBuilder builder = repositoryService.createDeployment().name(deploymentName).source(SOURCE);
      resources.forEach((resource, bytes) -> builder.addInputStream(resource, new ByteArrayInputStream(bytes)));
      DeploymentWithDefinitions deployment = builder.deployWithResult();
      List<String> definitions = new ArrayList<>();
      if (deployment.getDeployedProcessDefinitions() != null) {
        for (ProcessDefinition definition : deployment.getDeployedProcessDefinitions()) {
          definitions.add(definition.getKey() + " (phiên bản " + definition.getVersion() + ")");
        }
      }
      if (deployment.getDeployedDecisionDefinitions() != null) {
        deployment.getDeployedDecisionDefinitions().forEach(d ->
            definitions.add(d.getKey() + " (phiên bản " + d.getVersion() + ")"));
      }
      return new Result(deployment.getId(), deployment.getName(), definitions);
    } finally {
      identityService.clearAuthentication();
    }
  }

  public List<DeploymentView> recentDeployments(int limit) {
    List<DeploymentView> views = new ArrayList<>();
    for (Deployment d : repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, limit)) {
      views.add(new DeploymentView(d.getId(), d.getName(),
          d.getDeploymentTime().toInstant().atZone(DeploymentAudit.ZONE), d.getSource(),
          repositoryService.getDeploymentResourceNames(d.getId()).stream().sorted().toList()));
    }
    return views;
  }

  /** The file names of an upload, as the page lists them back after a refusal. */
  public static List<String> fileNames(List<MultipartFile> files) {
    return files == null ? List.of() : files.stream().filter(f -> !f.isEmpty())
        .map(f -> baseName(f.getOriginalFilename())).toList();
  }

  private static Map<String, byte[]> read(List<MultipartFile> files) {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (file.isEmpty()) {
        continue;
      }
      String name = baseName(file.getOriginalFilename());
      String lower = name.toLowerCase(Locale.ROOT);
      if (SUFFIXES.stream().noneMatch(lower::endsWith)) {
        throw ApiException.badRequest("UNSUPPORTED_RESOURCE", "Tệp \"" + name
            + "\" không được nhận: chỉ tải lên mô hình BPMN (.bpmn), bảng quyết định DMN (.dmn) và biểu mẫu (.form).");
      }
      if (resources.containsKey(name)) {
        throw ApiException.badRequest("DUPLICATE_RESOURCE", "Tệp \"" + name + "\" được chọn hai lần.");
      }
      try {
        resources.put(name, file.getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (resources.isEmpty()) {
      throw ApiException.badRequest("NO_FILES", "Vui lòng chọn ít nhất một tệp BPMN, DMN hoặc biểu mẫu (.form).");
    }
    return resources;
  }

  static String baseName(String original) {
    String name = original == null ? "" : original;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1).trim();
    return name.isEmpty() ? "tep-khong-ten" : name;
  }
}
