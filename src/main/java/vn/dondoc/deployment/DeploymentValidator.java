package vn.dondoc.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks the resources of one deployment before the engine deploys them. Deploying is running code on the
 * server, so everything the engine would execute is checked: scripts and Java classes are refused, expressions
 * may only use the product's own beans and process variables, tasks go to real units or roles, forms exist,
 * timers parse. Returns every problem found (not just the first), each naming the element by id and name.
 *
 * <p>Pure: no Spring, no engine. {@link ValidatingDeployer} runs it inside every deployment.
 */
public class DeploymentValidator {

  public static final String BPMN_PARSE_ERROR = "BPMN_PARSE_ERROR";
  public static final String DMN_PARSE_ERROR = "DMN_PARSE_ERROR";
  public static final String FORM_PARSE_ERROR = "FORM_PARSE_ERROR";
  public static final String UNSUPPORTED_RESOURCE = "UNSUPPORTED_RESOURCE";
  public static final String UNKNOWN_CANDIDATE_GROUP = "UNKNOWN_CANDIDATE_GROUP";
  public static final String FORM_NOT_FOUND = "FORM_NOT_FOUND";
  public static final String SCRIPT_NOT_ALLOWED = "SCRIPT_NOT_ALLOWED";
  public static final String JAVA_CLASS_NOT_ALLOWED = "JAVA_CLASS_NOT_ALLOWED";
  public static final String EXPRESSION_NOT_ALLOWED = "EXPRESSION_NOT_ALLOWED";
  public static final String INVALID_TIMER = "INVALID_TIMER";

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final String FORMS_IN_DEPLOYMENT = "camunda-forms:deployment:";
  /** Content that is shown or stored, never evaluated. */
  private static final Set<String> NOT_EVALUATED = Set.of("documentation", "text", "string", "property");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile DmnEngine dmnEngine;

  /** Validates all resources of a deployment (name to content). */
  public List<Violation> validate(Map<String, byte[]> resources, ModelContext context) {
    List<Violation> violations = new ArrayList<>();
    Set<String> formIds = new HashSet<>();
    resources.forEach((name, content) -> {
      if (isForm(name)) {
        readFormId(name, content, violations).ifPresent(formIds::add);
      }
    });
    resources.forEach((name, content) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
        new BpmnCheck(name, resources, formIds, context, violations).run(content);
      } else if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
        checkDmn(name, content, violations);
      } else if (lower.endsWith(".cmmn") || lower.endsWith(".cmmn11.xml") || lower.endsWith(".cmmn10.xml")) {
        violations.add(new Violation(UNSUPPORTED_RESOURCE, name, null, null,
            "Tệp \"" + name + "\" là mô hình CMMN; DonDoc chỉ nhận mô hình BPMN, bảng quyết định DMN và biểu mẫu (.form)."));
      }
    });
    return violations;
  }

  static boolean isForm(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".form");
  }

  private static Optional<String> readFormId(String name, byte[] content, List<Violation> violations) {
    try {
      JsonNode id = JSON.readTree(content).get("id");
      if (id != null && id.isTextual() && !id.asText().isBlank()) {
        return Optional.of(id.asText());
      }
      violations.add(new Violation(FORM_PARSE_ERROR, name, null, null,
          "Biểu mẫu \"" + name + "\" không có mã (thuộc tính \"id\"), nên không quy trình nào tham chiếu được."));
    } catch (Exception e) {
      violations.add(new Violation(FORM_PARSE_ERROR, name, null, null,
          "Biểu mẫu \"" + name + "\" không phải là tệp JSON hợp lệ của Camunda Forms."));
    }
    return Optional.empty();
  }

  private static void checkDmn(String name, byte[] content, List<Violation> violations) {
    Document document;
    try {
      DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
      dmnEngine().parseDecisionRequirementsGraph(model);
      document = secureBuilder().parse(new ByteArrayInputStream(content));
    } catch (Exception e) {
      violations.add(new Violation(DMN_PARSE_ERROR, name, null, null,
          "Tệp \"" + name + "\" không phải là bảng quyết định DMN hợp lệ: " + shortCause(e)));
      return;
    }
    // FEEL cannot call Java; JUEL and script languages can, and DMN has no allow-list of its own.
    checkDmnLanguages(name, document.getDocumentElement(), violations);
  }

  private static void checkDmnLanguages(String name, Element element, List<Violation> violations) {
    String language = element.getAttribute("expressionLanguage");
    if (!language.isBlank() && !language.toLowerCase(Locale.ROOT).contains("feel")) {
      Element owner = element;
      while (owner != null && owner.getAttribute("id").isBlank()) {
        owner = owner.getParentNode() instanceof Element parent ? parent : null;
      }
      violations.add(new Violation(SCRIPT_NOT_ALLOWED, name, owner == null ? null : owner.getAttribute("id"),
          owner == null ? null : owner.getAttribute("name"),
          "Bảng quyết định \"" + name + "\": " + describe(owner) + " dùng ngôn ngữ biểu thức \"" + language
              + "\"; chỉ cho phép FEEL (ngôn ngữ mặc định) vì các ngôn ngữ khác chạy được mã Java."));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        checkDmnLanguages(name, childElement, violations);
      }
    }
  }

  private static DmnEngine dmnEngine() {
    if (dmnEngine == null) {
      synchronized (DeploymentValidator.class) {
        if (dmnEngine == null) {
          dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        }
      }
    }
    return dmnEngine;
  }

    static DocumentBuilder secureBuilder() throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    }

  static String describe(Element element) {
    if (element == null) {
      return "mô hình";
    }
    String id = element.getAttribute("id");
    String name = element.getAttribute("name").isBlank() ? "(chưa đặt tên)" : "\"" + element.getAttribute("name") + "\"";
    return "phần tử " + name + " (mã " + id + ")";
  }

  static String shortCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    text = text.replaceAll("\\s+", " ").trim();
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /** The checks of one BPMN file, walking its XML so that no attribute or text escapes the expression check. */
  private static final class BpmnCheck {

    private final String resource;
    private final Map<String, byte[]> resources;
    private final Set<String> formIds;
    private final ModelContext context;
    private final List<Violation> violations;
    private final ExpressionPolicy expressions;

    BpmnCheck(String resource, Map<String, byte[]> resources, Set<String> formIds, ModelContext context,
        List<Violation> violations) {
      this.resource = resource;
      this.resources = resources;
      this.formIds = formIds;
      this.context = context;
      this.violations = violations;
      this.expressions = new ExpressionPolicy(context);
    }

    void run(byte[] content) {
      Document document;
      try {
        // Schema validation by Camunda's model API, the same parser Camunda Modeler's files are written for.
        Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        document = secureBuilder().parse(new ByteArrayInputStream(content));
      } catch (Exception e) {
        violations.add(new Violation(BPMN_PARSE_ERROR, resource, null, null,
            "Tệp \"" + resource + "\" không phải là mô hình BPMN hợp lệ: " + shortCause(e)));
        return;
      }
      walk(document.getDocumentElement(), null);
    }

    private void walk(Element element, Element owner) {
      String local = element.getLocalName();
      boolean bpmn = BPMN_NS.equals(element.getNamespaceURI());
      boolean camunda = CAMUNDA_NS.equals(element.getNamespaceURI());
      if (bpmn && !element.getAttribute("id").isBlank() && !isPartOfElement(local)) {
        owner = element;
      }
      if (bpmn && "scriptTask".equals(local)) {
        add(SCRIPT_NOT_ALLOWED, owner, describe(owner) + " là tác vụ script (scriptTask); DonDoc không cho phép "
            + "chạy script trong mô hình. Hãy dùng một bean xử lý của DonDoc (camunda:delegateExpression).");
        return;
      }
      if (camunda && "script".equals(local)) {
        add(SCRIPT_NOT_ALLOWED, owner, describe(owner) + " chứa script (camunda:script, trong listener hoặc tham "
            + "số vào/ra); DonDoc không cho phép chạy script trong mô hình.");
        return;
      }
      if (bpmn && !element.getAttribute("language").isBlank()) {
        add(SCRIPT_NOT_ALLOWED, owner, describe(owner) + " có biểu thức viết bằng ngôn ngữ script \""
            + element.getAttribute("language") + "\"; chỉ cho phép biểu thức ${...} đơn giản.");
        return;
      }
      if (bpmn && "timerEventDefinition".equals(local)) {
        checkTimer(element, owner);
      }
      if (bpmn && ("userTask".equals(local) || "startEvent".equals(local))) {
        checkForms(element, owner);
      }
      if (bpmn && "userTask".equals(local)) {
        checkCandidateGroups(element, owner);
      }
      checkAttributes(element, owner);
      boolean evaluated = !NOT_EVALUATED.contains(local) && !local.startsWith("BPMN");
      if (!evaluated) {
        return;
      }
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element childElement) {
          walk(childElement, owner);
        } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
          checkExpression(child.getNodeValue(), owner);
        }
      }
    }

    /** Parts with ids of their own that the Modeler shows as part of their element (timer, condition). */
    private static boolean isPartOfElement(String local) {
      return local.endsWith("EventDefinition") || local.endsWith("LoopCharacteristics") || local.endsWith("Condition")
          || local.endsWith("Expression") || local.startsWith("time") || "loopCardinality".equals(local)
          || "extensionElements".equals(local);
    }

    private void checkAttributes(Element element, Element owner) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        String ns = attribute.getNamespaceURI();
        String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = attribute.getValue();
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns) || (ns == null && ("id".equals(local) || "name".equals(local)))) {
          continue;
        }
        // camunda:class on BPMN elements, plain class="..." on camunda:executionListener and friends.
        boolean camundaAttribute = CAMUNDA_NS.equals(ns) || ns == null && CAMUNDA_NS.equals(element.getNamespaceURI());
        if (camundaAttribute && ("class".equals(local) || local.endsWith("Class"))) {
          add(JAVA_CLASS_NOT_ALLOWED, owner, describe(owner) + " gọi trực tiếp lớp Java \"" + value + "\" (camunda:"
              + local + "); chỉ được dùng các bean xử lý của DonDoc qua camunda:delegateExpression=\"${tênBean}\".");
        } else if (camundaAttribute && ("delegateExpression".equals(local)
            || "variableMappingDelegateExpression".equals(local))) {
          expressions.checkDelegateExpression(value).ifPresent(reason -> add(EXPRESSION_NOT_ALLOWED, owner,
              describe(owner) + " có camunda:" + local + "=\"" + value + "\" không được phép: " + reason + "."));
        } else if (camundaAttribute && "resource".equals(local)) {
          add(SCRIPT_NOT_ALLOWED, owner, describe(owner) + " nạp script từ tệp \"" + value
              + "\" (camunda:resource); DonDoc không cho phép chạy script trong mô hình.");
        } else if (CAMUNDA_NS.equals(ns) && "candidateGroups".equals(local)) {
          continue; // checked per group by checkCandidateGroups (expressions included)
        } else {
          checkExpression(value, owner);
        }
      }
    }

    private void checkExpression(String text, Element owner) {
      if (!ExpressionPolicy.isExpression(text)) {
        return;
      }
      String expression = text.trim();
      expressions.check(expression).ifPresent(reason -> add(EXPRESSION_NOT_ALLOWED, owner,
          describe(owner) + " có biểu thức \"" + abbreviate(expression) + "\" không được phép: " + reason + "."));
    }

    private void checkCandidateGroups(Element task, Element owner) {
      String groups = task.getAttributeNS(CAMUNDA_NS, "candidateGroups");
      if (groups.isBlank()) {
        return;
      }
      if (ExpressionPolicy.isExpression(groups)) {
        checkExpression(groups, owner); // ${leadUnit} is resolved per instance
        return;
      }
      for (String group : groups.split(",")) {
        String id = group.trim();
        if (!id.isEmpty() && !context.isUnitOrRole(id)) {
          add(UNKNOWN_CANDIDATE_GROUP, owner, "Công việc " + describe(owner).substring("phần tử ".length())
              + " được giao cho nhóm \"" + id + "\", nhưng đây không phải là mã một đơn vị hiện có hay một nhóm "
              + "vai trò của DonDoc (" + String.join(", ", vn.dondoc.org.Roles.ALL) + ").");
        }
      }
    }

    private void checkForms(Element element, Element owner) {
      String formRef = element.getAttributeNS(CAMUNDA_NS, "formRef");
      if (!formRef.isBlank() && !ExpressionPolicy.isExpression(formRef)) {
        String binding = element.getAttributeNS(CAMUNDA_NS, "formRefBinding");
        boolean inThisDeployment = formIds.contains(formRef);
        boolean found = "deployment".equals(binding) ? inThisDeployment
            : inThisDeployment || context.isFormDeployed(formRef);
        if (!found) {
          add(FORM_NOT_FOUND, owner, describe(owner) + " dùng biểu mẫu \"" + formRef + "\" (camunda:formRef), nhưng "
              + ("deployment".equals(binding)
                  ? "biểu mẫu này không có trong lần triển khai này (formRefBinding=\"deployment\"): hãy tải tệp .form cùng lúc."
                  : "chưa có biểu mẫu nào mang mã này, kể cả trong lần triển khai này."));
        }
      }
      String formKey = element.getAttributeNS(CAMUNDA_NS, "formKey");
      if (formKey.startsWith(FORMS_IN_DEPLOYMENT)) {
        String path = formKey.substring(FORMS_IN_DEPLOYMENT.length());
        if (!resources.containsKey(path)) {
          add(FORM_NOT_FOUND, owner, describe(owner) + " dùng biểu mẫu \"" + path + "\" (camunda:formKey), nhưng "
              + "tệp này không có trong lần triển khai này.");
        }
      }
    }

    private void checkTimer(Element timer, Element owner) {
      boolean any = false;
      for (Node child = timer.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (!(child instanceof Element definition) || !BPMN_NS.equals(definition.getNamespaceURI())) {
          continue;
        }
        TimerPolicy.Kind kind = switch (definition.getLocalName()) {
          case "timeDate" -> TimerPolicy.Kind.DATE;
          case "timeDuration" -> TimerPolicy.Kind.DURATION;
          case "timeCycle" -> TimerPolicy.Kind.CYCLE;
          default -> null;
        };
        if (kind == null) {
          continue;
        }
        any = true;
        String value = definition.getTextContent();
        if (ExpressionPolicy.isExpression(value)) {
          continue; // checked as an expression while walking
        }
        TimerPolicy.check(kind, value).ifPresent(reason -> add(INVALID_TIMER, owner,
            "Bộ hẹn giờ của " + describe(owner) + " có giá trị \"" + value.trim() + "\" không hợp lệ: " + reason + "."));
      }
      if (!any) {
        add(INVALID_TIMER, owner, "Bộ hẹn giờ của " + describe(owner)
            + " chưa có thời điểm, khoảng thời gian hay chu kỳ nào.");
      }
    }

    private void add(String code, Element owner, String message) {
      violations.add(new Violation(code, resource, owner == null ? null : owner.getAttribute("id"),
          owner == null ? null : owner.getAttribute("name"), "Tệp \"" + resource + "\": " + message));
    }

    private static String abbreviate(String text) {
      return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

  }
}
