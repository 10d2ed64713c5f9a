package vn.dondoc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The answers of Camunda's REST layer that the filter recognises as a lost race, without the engine. */
class TaskConflictFilterTest {

  // The services are only asked when the body itself does not tell; none of these cases gets that far.
  final TaskConflictFilter filter = new TaskConflictFilter(null, null);

  @Test
  void aForeignKeyViolationOrDeadlockDuringATaskActionIsAConflict() {
    // As TasklistLoadIT saw it: the review's completion deleted the instance's executions while a timer started
    // the periodic-report subprocess in the same instance.
    String fk = "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 7c2d5939-e8d9-11f1-82d5-02fc00000001:"
        + " An exception occurred in the persistence layer. Please check the server logs for a detailed message and"
        + " the entire exception stack trace.\",\"code\":10001}";
    assertThat(filter.isConflict(500, fk, "7c2d5939-e8d9-11f1-82d5-02fc00000001")).isTrue();
    assertThat(filter.isConflict(500, "{\"type\":\"ProcessEngineException\",\"message\":\"...\",\"code\":10000}", "t"))
        .isTrue();
    assertThat(filter.isConflict(500, "{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 ...\","
        + "\"code\":1}", "t")).isTrue();
  }

  @Test
  void aRefusedFormIsNotAConflict() {
    // A 400 with the product's own code (validation) is passed on unchanged; the services are not even asked.
    assertThat(filter.isConflict(400, "{\"type\":\"RestException\",\"message\":\"Vui lòng nhập nội dung báo cáo "
        + "hoàn thành.\",\"code\":0}", "t")).isFalse();
    assertThat(TaskConflictFilter.code("not json")).isEqualTo(-1);
    assertThat(TaskConflictFilter.code("{\"code\":\"FIELD_REQUIRED\"}")).isEqualTo(-1);
  }
}
