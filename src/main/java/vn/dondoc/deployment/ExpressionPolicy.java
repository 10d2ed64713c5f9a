package vn.dondoc.deployment;

import java.lang.reflect.Field;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Decides whether a JUEL expression in a model may run. JUEL can reach any Java method (through method calls,
 * and through getters on property access such as {@code ''.class.classLoader}), so the expression is parsed
 * with Camunda's own JUEL parser and its syntax tree is checked, not its text:
 * <ul>
 *   <li>method calls only on an allow-listed bean ({@code ${taskService.notify(execution)}} with
 *       {@code taskService} allowed), or date arithmetic on {@code dateTime()};</li>
 *   <li>property access only one level deep, on a plain process variable (not a bean, not an engine object
 *       such as {@code execution}) and never {@code .class};</li>
 *   <li>a bare name that is a Spring bean must be allow-listed;</li>
 *   <li>functions: only Camunda's harmless {@code now()}, {@code dateTime()}, {@code currentUser()},
 *       {@code currentUserGroups()}.</li>
 * </ul>
 * Plain variable expressions ({@code ${approved}}, {@code ${a == 'x' && n > 3}}) pass.
 */
public final class ExpressionPolicy {

  /** Objects the engine puts into every expression's scope: their methods and getters reach the whole engine. */
  static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution", "externalTask",
      "processEngine", "processEngineServices", "variableScope", "connector", "authenticatedUserId");
  static final Set<String> SAFE_FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
  static final Pattern DATE_METHOD = Pattern.compile("(plus|minus|with)[A-Z][A-Za-z]*|toDate");
  static final Set<String> FORBIDDEN_PROPERTIES = Set.of("class", "classLoader", "declaringClass", "module");
  /** Methods every object has: getClass() opens reflection, the others have no business in a model. */
  static final Set<String> OBJECT_METHODS = Set.of("getClass", "wait", "notify", "notifyAll", "clone", "finalize");
  static final Pattern BEAN_REFERENCE = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

  private static final Field DOT_PROPERTY = field(AstDot.class, "property");

  private final ModelContext context;

  public ExpressionPolicy(ModelContext context) {
    this.context = context;
  }

  /** True when the text contains an expression the engine would evaluate. */
  public static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** Why the expression must not run (Vietnamese), or empty when it may. */
  public Optional<String> check(String expression) {
    Node root;
    try {
      root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(expression).getRoot();
    } catch (TreeBuilderException | IllegalArgumentException e) {
      return Optional.of("biểu thức không đúng cú pháp JUEL");
    }
    return visit(root);
  }

  /**
   * Why a {@code camunda:delegateExpression} must not be used: it must name exactly one allow-listed bean
   * ({@code ${beanName}}), since the engine calls whatever object it resolves to.
   */
  public Optional<String> checkDelegateExpression(String expression) {
    var matcher = BEAN_REFERENCE.matcher(expression);
    if (!matcher.matches()) {
      return Optional.of("delegateExpression chỉ được có dạng ${tênBean} với một bean xử lý của DonDoc");
    }
    String bean = matcher.group(1);
    if (!context.isAllowedBean(bean)) {
      return Optional.of("\"" + bean + "\" không thuộc danh sách bean xử lý được phép");
    }
    return Optional.empty();
  }

  private Optional<String> visit(Node node) {
    if (node instanceof AstMethod method) {
      return visitMethod(method);
    }
    if (node instanceof AstProperty property) {
      return visitProperty(property);
    }
    if (node instanceof AstFunction function) {
      if (!SAFE_FUNCTIONS.contains(function.getName())) {
        return Optional.of("không được gọi hàm \"" + function.getName() + "()\"");
      }
      return visitChildren(function);
    }
    if (node instanceof AstIdentifier identifier) {
      String name = identifier.getName();
      if (context.isKnownBean(name) && !context.isAllowedBean(name)) {
        return Optional.of("\"" + name + "\" là một bean của hệ thống không thuộc danh sách được phép");
      }
      return Optional.empty();
    }
    return visitChildren(node);
  }

  private Optional<String> visitMethod(AstMethod method) {
    AstProperty target = (AstProperty) method.getChild(0);
    Node base = target.getChild(0);
    String name = target instanceof AstDot dot ? dotName(dot) : null;
    boolean allowed;
    if (base instanceof AstIdentifier identifier) {
      allowed = name != null && !OBJECT_METHODS.contains(name) && context.isAllowedBean(identifier.getName());
      if (!allowed) {
        return Optional.of("không được gọi phương thức " + describe(name) + " trên \"" + identifier.getName()
            + "\" (chỉ được gọi phương thức của bean xử lý được phép)");
      }
    } else {
      allowed = name != null && DATE_METHOD.matcher(name).matches() && isDateTimeChain(base);
      if (!allowed) {
        return Optional.of("không được gọi phương thức " + describe(name)
            + " trên một giá trị tính toán (chỉ cho phép cộng/trừ ngày trên dateTime())");
      }
    }
    Optional<String> inBase = base instanceof AstIdentifier ? Optional.empty() : visit(base);
    return inBase.isPresent() ? inBase : visitChildren(method.getChild(1));
  }

  private Optional<String> visitProperty(AstProperty property) {
    Node base = property.getChild(0);
    if (!(base instanceof AstIdentifier identifier)) {
      return Optional.of("chỉ được đọc thuộc tính trực tiếp của một biến quy trình (không lồng nhiều cấp)");
    }
    String variable = identifier.getName();
    if (ENGINE_OBJECTS.contains(variable) || context.isKnownBean(variable)) {
      return Optional.of("không được truy cập thuộc tính của \"" + variable + "\"");
    }
    String name;
    if (property instanceof AstDot dot) {
      name = dotName(dot);
    } else if (property instanceof AstBracket bracket
        && (bracket.getChild(1) instanceof AstString || bracket.getChild(1) instanceof AstNumber)) {
      name = String.valueOf(bracket.getChild(1).toString());
    } else {
      return Optional.of("không được truy cập thuộc tính với tên tính toán lúc chạy");
    }
    if (name == null || FORBIDDEN_PROPERTIES.stream().anyMatch(name::contains)) {
      return Optional.of("không được truy cập thuộc tính \"" + name + "\"");
    }
    return Optional.empty();
  }

  private boolean isDateTimeChain(Node node) {
    if (node instanceof AstFunction function) {
      return "dateTime".equals(function.getName()) && function.getParamCount() == 0;
    }
    if (node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot) {
      String name = dotName(dot);
      return name != null && DATE_METHOD.matcher(name).matches() && isDateTimeChain(dot.getChild(0));
    }
    return false;
  }

  private Optional<String> visitChildren(Node node) {
    for (int i = 0; i < node.getCardinality(); i++) {
      Optional<String> problem = visit(node.getChild(i));
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static String describe(String method) {
    return method == null ? "tính toán lúc chạy" : "\"" + method + "()\"";
  }

  private static String dotName(AstDot dot) {
    try {
      return (String) DOT_PROPERTY.get(dot);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read JUEL property name", e);
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("JUEL internals changed: " + type.getName() + "#" + name, e);
    }
  }
}
