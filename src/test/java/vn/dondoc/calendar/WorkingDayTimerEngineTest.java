package vn.dondoc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An engine alone (no Spring) with {@link WorkingDayCalendarPlugin}: timers written in working days skip
 * weekends and holidays, and ordinary ISO timers still work.
 */
class WorkingDayTimerEngineTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    RuleWorkingCalendar calendar = new RuleWorkingCalendar();
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:working-day-timers;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("working-day-timers");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("none");
    configuration.setEnforceHistoryTimeToLive(false);
    configuration.setBeans(Map.of("workingDays", new WorkingDayTimers(calendar)));
    configuration.getProcessEnginePlugins().add(new WorkingDayCalendarPlugin(calendar));
    engine = configuration.buildProcessEngine();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Date vn(int y, int m, int d, int hour) {
    return Date.from(ZonedDateTime.of(y, m, d, hour, 0, 0, 0, VietnamTime.ZONE).toInstant());
  }

  private Date dueDateOfTimer(BpmnModelInstance model, Map<String, Object> variables) {
    String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
        .iterator().next().getId();
    engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model).deploy();
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key, variables);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult();
    return timer.getDuedate();
  }

  private static BpmnModelInstance durationTimer(String key, String duration) {
    return Bpmn.createExecutableProcess(key).startEvent()
        .intermediateCatchEvent("wait").timerWithDuration(duration)
        .endEvent().done();
  }

  @Test
  void workingDayDurationSkipsTheWeekend() {
    ClockUtil.setCurrentTime(vn(2024, 3, 15, 10)); // Friday
    assertThat(dueDateOfTimer(durationTimer("oneWorkingDay", "P1WD"), Map.of())).isEqualTo(vn(2024, 3, 18, 10));
  }

  @Test
  void workingDayDurationSkipsTetAndItsCompensatoryDays() {
    ClockUtil.setCurrentTime(vn(2024, 2, 8, 15)); // Thursday before Tết Giáp Thìn
    // Off 9/2–15/2 (30 Tết, mùng 1–4 with a weekend, two compensatory days): 16/2, 19/2, 20/2.
    assertThat(dueDateOfTimer(durationTimer("threeWorkingDays", "P3WD"), Map.of())).isEqualTo(vn(2024, 2, 20, 15));
  }

  @Test
  void userTaskDueDateInWorkingDays() {
    ClockUtil.setCurrentTime(vn(2025, 1, 24, 14)); // Friday before Tết Ất Tỵ (28/1–1/2, compensatory 3/2)
    BpmnModelInstance model = Bpmn.createExecutableProcess("taskDue").startEvent()
        .userTask("answer").camundaDueDate("P2WD").endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("taskDue.bpmn", model).deploy();
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("taskDue");
    // Monday 27/1 is the first working day, Tuesday 4/2 the second.
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
        .getDueDate()).isEqualTo(vn(2025, 2, 4, 14));
  }

  @Test
  void ordinaryIsoDurationsStillWork() {
    ClockUtil.setCurrentTime(vn(2024, 3, 15, 10));
    assertThat(dueDateOfTimer(durationTimer("oneHour", "PT1H"), Map.of())).isEqualTo(vn(2024, 3, 15, 11));
    assertThat(dueDateOfTimer(durationTimer("twoCalendarDays", "P2D"), Map.of())).isEqualTo(vn(2024, 3, 17, 10));
  }

  @Test
  void reminderTwoWorkingDaysBeforeADeadline() {
    ClockUtil.setCurrentTime(vn(2024, 1, 15, 9));
    BpmnModelInstance model = Bpmn.createExecutableProcess("reminder").startEvent()
        .intermediateCatchEvent("remind").timerWithDate("${workingDays.before(deadline, 2)}")
        .endEvent().done();
    // Deadline Monday 19/2/2024: one working day before is Friday 16/2, two is Thursday 8/2 (before Tết).
    assertThat(dueDateOfTimer(model, Map.of("deadline", "2024-02-19"))).isEqualTo(vn(2024, 2, 8, 8));
  }

  @Test
  void localIsoDatesAreVietnameseTimeWhateverTheJvmZone() {
    ClockUtil.setCurrentTime(vn(2024, 1, 15, 9));
    BpmnModelInstance model = Bpmn.createExecutableProcess("fixedDate").startEvent()
        .intermediateCatchEvent("at").timerWithDate("2024-03-01T09:30:00")
        .endEvent().done();
    assertThat(dueDateOfTimer(model, Map.of()))
        .isEqualTo(Date.from(ZonedDateTime.of(2024, 3, 1, 9, 30, 0, 0, VietnamTime.ZONE).toInstant()));
  }

  @Test
  void workingDaysInTimeDateAndNegativeOffsets() {
    WorkingDayBusinessCalendar dueDates = (WorkingDayBusinessCalendar) ((org.camunda.bpm.engine.impl.cfg
        .ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBusinessCalendarManager()
        .getBusinessCalendar("dueDate");
    assertThat(dueDates.resolveDuedate("P1WD", vn(2024, 3, 15, 10))).isEqualTo(vn(2024, 3, 18, 10));
    assertThat(dueDates.resolveDuedate("-P2WD", vn(2024, 2, 19, 17))).isEqualTo(vn(2024, 2, 8, 17));
    assertThat(dueDates.resolveDuedate("P0WD", vn(2024, 2, 10, 17))).isEqualTo(vn(2024, 2, 10, 17));
    // Date-only in timeDate: midnight in Vietnam.
    assertThat(dueDates.resolveDuedate("2024-03-01"))
        .isEqualTo(Date.from(LocalDate.of(2024, 3, 1).atStartOfDay(VietnamTime.ZONE).toInstant()));
    // With an explicit offset, Camunda's parser is used unchanged.
    assertThat(dueDates.resolveDuedate("2024-03-01T09:00:00+00:00")).isEqualTo(vn(2024, 3, 1, 16));
  }
}
