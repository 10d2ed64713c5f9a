package vn.dondoc.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The validator against the corpus in src/test/resources/deployment: one bad model per rule, and good ones. */
class DeploymentValidatorTest {

  private final DeploymentValidator validator = new DeploymentValidator();
  private final FixedModelContext context = FixedModelContext.demo();

  @Test
  void validModelsPass() {
    List<Violation> violations = validator.validate(
        resources("valid.bpmn", "valid.form", "valid.dmn"), context);
    assertThat(violations).isEmpty();
  }

  @Test
  void formReferenceMayPointAtAnEarlierDeploymentWithLatestBinding() {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    resources.put("processes/p.bpmn", read("bad-form-ref.bpmn").clone());
    String bpmn = new String(resources.get("processes/p.bpmn"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("bieu-mau-khong-co", "already-deployed-form");
    resources.put("processes/p.bpmn", bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(validator.validate(resources, context)).isEmpty();
  }

  @Test
  void deploymentBindingNeedsTheFormInTheSameDeployment() {
    // valid.bpmn binds its form "deployment": without valid.form it must be refused, even if deployed before.
    List<Violation> violations = validator.validate(resources("valid.bpmn"), new FixedModelContext(
        context.units(), java.util.Set.of("deployment-valid-form"), context.allowedBeans(), context.otherBeans()));
    assertThat(violations).extracting(Violation::code).containsOnly(DeploymentValidator.FORM_NOT_FOUND);
    assertThat(violations).extracting(Violation::elementId).containsExactlyInAnyOrder("start", "report");
  }

  @ParameterizedTest(name = "{0} is refused with {1}")
  @CsvSource({
      "bad-parse.bpmn,               BPMN_PARSE_ERROR,        ",
      "bad-candidate-group.bpmn,     UNKNOWN_CANDIDATE_GROUP, review",
      "bad-form-ref.bpmn,            FORM_NOT_FOUND,          report",
      "bad-script-task.bpmn,         SCRIPT_NOT_ALLOWED,      calc",
      "bad-script-listener.bpmn,     SCRIPT_NOT_ALLOWED,      notify",
      "bad-java-class.bpmn,          JAVA_CLASS_NOT_ALLOWED,  send",
      "bad-java-class-listener.bpmn, JAVA_CLASS_NOT_ALLOWED,  notify",
      "bad-expression-getclass.bpmn, EXPRESSION_NOT_ALLOWED,  note",
      "bad-expression-execution.bpmn,EXPRESSION_NOT_ALLOWED,  note",
      "bad-expression-bean.bpmn,     EXPRESSION_NOT_ALLOWED,  note",
      "bad-delegate-expression.bpmn, EXPRESSION_NOT_ALLOWED,  note",
      "bad-timer-duration.bpmn,      INVALID_TIMER,           wait",
      "bad-timer-date.bpmn,          INVALID_TIMER,           wait",
      "bad-timer-cycle.bpmn,         INVALID_TIMER,           remind",
      "bad-parse.dmn,                DMN_PARSE_ERROR,         ",
      "bad-script.dmn,               SCRIPT_NOT_ALLOWED,      inExpr",
      "bad-parse.form,               FORM_PARSE_ERROR,        ",
  })
  void badModelIsRefusedWithItsCodeAndElement(String file, String code, String elementId) {
    List<Violation> violations = validator.validate(resources(file), context);

    assertThat(violations).extracting(Violation::code).containsExactly(code);
    Violation violation = violations.get(0);
    assertThat(violation.resource()).isEqualTo(file);
    assertThat(violation.elementId()).isEqualTo(elementId);
    assertThat(violation.message()).contains(file);
    if (elementId != null && file.endsWith(".bpmn")) {
      // The admin finds the element by id and by the label shown in the Modeler.
      assertThat(violation.message()).contains("mã " + elementId).contains("\"" + violation.elementName() + "\"");
      assertThat(violation.elementName()).isNotBlank();
    }
  }

  @Test
  void messagesAreVietnameseAndNameTheProblem() {
    Violation group = validator.validate(resources("bad-candidate-group.bpmn"), context).get(0);
    assertThat(group.message()).contains("Thẩm định báo cáo").contains("ban-khong-ton-tai")
        .contains("không phải là mã một đơn vị hiện có");
    Violation timer = validator.validate(resources("bad-timer-duration.bpmn"), context).get(0);
    assertThat(timer.message()).contains("3 ngày").contains("ISO 8601").contains("P3D");
    assertThat(new DeploymentRejectedException(List.of(group, timer)).getMessage())
        .startsWith("Không triển khai được: mô hình có 2 lỗi.").contains("[UNKNOWN_CANDIDATE_GROUP]")
        .contains("[INVALID_TIMER]");
  }

  @Test
  void reportsEveryProblemOfADeploymentNotJustTheFirst() {
    List<Violation> violations = validator.validate(
        resources("bad-script-task.bpmn", "bad-java-class.bpmn", "bad-timer-cycle.bpmn"), context);
    assertThat(violations).extracting(Violation::code).containsExactlyInAnyOrder(
        DeploymentValidator.SCRIPT_NOT_ALLOWED, DeploymentValidator.JAVA_CLASS_NOT_ALLOWED,
        DeploymentValidator.INVALID_TIMER);
  }

  @Test
  void cmmnIsNotAccepted() {
    Map<String, byte[]> resources = Map.of("case.cmmn", "<definitions/>".getBytes());
    assertThat(validator.validate(resources, context)).extracting(Violation::code)
        .containsExactly(DeploymentValidator.UNSUPPORTED_RESOURCE);
  }

  @Test
  void timerValuesAreReadLikeTheEngineReadsThem() {
    assertThat(TimerPolicy.check(TimerPolicy.Kind.DURATION, "PT2H")).isEmpty();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.DURATION, "P1W")).isEmpty();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.DURATION, "R/P1D")).isPresent();
    // working days, as the calendar feature's business calendar reads them
    assertThat(TimerPolicy.check(TimerPolicy.Kind.DURATION, "P3WD")).isEmpty();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.DATE, "-P2WD")).isEmpty();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.CYCLE, "R/P3WD")).isPresent();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.DURATION, "P3W D")).isPresent();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.DATE, "2026-12-31T17:00:00")).isEmpty();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.DATE, "2026-13-40")).isPresent();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.CYCLE, "R3/PT10M")).isEmpty();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.CYCLE, "0 0 8 * * MON")).isEmpty();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.CYCLE, "0 0 8 * * XYZ")).isPresent();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.CYCLE, "P1M")).isPresent();
    assertThat(TimerPolicy.check(TimerPolicy.Kind.CYCLE, " ")).isPresent();
  }

  static Map<String, byte[]> resources(String... files) {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (String file : files) {
      resources.put(file, read(file));
    }
    return resources;
  }

  static byte[] read(String file) {
    try (InputStream in = DeploymentValidatorTest.class.getResourceAsStream("/deployment/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource deployment/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
