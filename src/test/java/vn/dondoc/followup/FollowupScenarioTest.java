package vn.dondoc.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import vn.dondoc.followup.ConclusionDraft.TaskDraft;
import vn.dondoc.followup.FollowupIds.Lifecycle;
import vn.dondoc.followup.FollowupIds.TaskExecution;
import vn.dondoc.platform.ApiException;
import vn.dondoc.support.DonDocSpringTest;

/**
 * Seed 1066-KL/HU through the whole cycle with the demo organisation and the real beans: registration,
 * task list, approval, fan-out to the base party committees, reassignment, extension approved and refused,
 * the reminder ladder by e-mail (GreenMail), a periodic report, completion with evidence, rework, a directive
 * from the periodic summary, and the review that starts a successor carrying the open tasks over.
 */
@DonDocSpringTest
class FollowupScenarioTest {

  static final Path SEED = Path.of("../shared/seeds/000_d36600f59ffdebfe.txt");
  static final String KEY = "1066-KL/HU@2023-08-11";

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(39251, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Autowired ConclusionRegistration registration;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  static Date at(int y, int m, int d, int h) {
    return Date.from(LocalDateTime.of(y, m, d, h, 0).atZone(FollowupStore.ZONE).toInstant());
  }

  /** The tasks of seed 1066 as the issuing office lists them (the document itself gives no dates). */
  static ConclusionDraft seed1066() {
    List<String> advisory = List.of("hu-ct-vp", "hu-ct-ubkt", "hu-ct-btg", "hu-ct-bdv");
    return new ConclusionDraft("1066", "KL", "HU", "hu-ct", LocalDate.of(2023, 8, 11), "Cát Tiên",
        "Hội nghị sơ kết 05 năm thực hiện Kế hoạch số 59-KH/TU, ngày 10/8/2018 của Ban Thường vụ Tỉnh ủy",
        "T/M HUYỆN ỦY", "BÍ THƯ", "Nguyễn Tiến Dũng", "hu-ct-btc", List.of("hu-ct-tt", "hu-ct-btv"), "QUARTERLY",
        null,
        List.of(new ConclusionDraft.Reference("59-KH/TU", LocalDate.of(2018, 8, 10), "Ban Thường vụ Tỉnh ủy",
            "Kế hoạch số 59-KH/TU, ngày 10/8/2018 của Ban Thường vụ Tỉnh ủy")),
        List.of(
            base("1", "Tiếp tục quán triệt, triển khai thực hiện có hiệu quả các văn bản", "FIXED",
                LocalDate.of(2023, 12, 29), "Trong năm 2023"),
            base("2", "Cấp ủy cơ sở thường xuyên theo dõi, chỉ đạo, hướng dẫn các chi bộ trực thuộc", "RECURRING",
                null, "Thường xuyên"),
            base("3", "Chỉ đạo, hướng dẫn các chi bộ đưa nội dung thực hiện Nghị quyết Trung ương 4", "RECURRING",
                null, "Thường xuyên"),
            base("4", "Thực hiện mô hình chi bộ 4 tốt", "RECURRING", null, "Thường xuyên"),
            base("5", "Kịp thời phát hiện và nhân rộng cách làm hay, mô hình hiệu quả", "RECURRING", null,
                "Thường xuyên"),
            base("6", "Đảng ủy, Ủy ban Kiểm tra Đảng ủy cơ sở hàng năm xây dựng kế hoạch và tổ chức kiểm tra",
                "RECURRING", null, "Hằng năm"),
            new TaskDraft("7", "Giao Ban Tổ chức Huyện ủy chủ trì phối hợp với các cơ quan tham mưu, giúp việc "
                + "Huyện ủy thường xuyên theo dõi, đôn đốc việc thực hiện Kết luận này", List.of("hu-ct-btc"), null,
                advisory, "RECURRING", null, "Thường xuyên; định kỳ báo cáo", null, "QUARTERLY",
                "Báo cáo định kỳ Thường trực, Ban Thường vụ Huyện ủy", null, null)),
        null);
  }

  static TaskDraft base(String ordinal, String text, String type, LocalDate date, String written) {
    return new TaskDraft(ordinal, text, List.of(), "BASE_COMMITTEE", List.of(), type, date, written, null, "MONTHLY",
        "Báo cáo kết quả thực hiện", null, null);
  }

  void as(String user, String... groups) {
    identityService.setAuthentication(user, List.of(groups));
  }

  /** Finds a task as the system does (a signed-in user's queries only see their own tasks). */
  Task task(String businessKey, String definitionKey) {
    var auth = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
          .singleResult();
    } finally {
      identityService.setAuthentication(auth);
    }
  }

  List<String> groupsOf(Task task) {
    var auth = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return taskService.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId())
          .filter(g -> g != null).toList();
    } finally {
      identityService.setAuthentication(auth);
    }
  }

  void complete(Task task, Map<String, Object> vars) {
    taskService.complete(task.getId(), vars);
  }

  Job job(String processInstanceId, String activityId) {
    identityService.clearAuthentication();
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .singleResult();
  }

  /** The timer job of the reminder digest of a unit (or the leadership's groups) at a moment. */
  Job digest(String unit, Date at) {
    identityService.clearAuthentication();
    String key = ReminderService.digestKey(unit, at.toInstant().atZone(FollowupStore.ZONE).toOffsetDateTime());
    return managementService.createJobQuery().processInstanceId(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(FollowupIds.ReminderDigest.PROCESS_KEY).processInstanceBusinessKey(key).singleResult()
        .getId()).singleResult();
  }

  /** Jobs run as the job executor would: without a signed-in user. */
  void run(Job job) {
    identityService.clearAuthentication();
    managementService.executeJob(job.getId());
  }

  String state(String assignmentKey) {
    return jdbc.sql("SELECT state FROM task_assignment WHERE business_key = ?").param(assignmentKey)
        .query(String.class).single();
  }

  int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }

  @Test
  void seed1066RunsThroughTheWholeCycle() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(SEED.getParent()),
        "../shared/seeds is absent: the seed scenario 1066-KL/HU is skipped");
    String seed = Files.readString(SEED).replaceAll("\\s+", " ");
    for (TaskDraft t : seed1066().tasks()) {
      assertThat(seed).as("task %s is quoted from the seed", t.ordinal()).contains(t.text());
    }
    ClockUtil.setCurrentTime(at(2023, 8, 14, 9));

    // ---- registration, task list, approval, issue ----------------------------------------------------------------
    ConclusionRegistration.Registered reg = registration.start(seed1066(), "cv-hu-ct-vp");
    assertThat(reg.businessKey()).isEqualTo(KEY);
    assertThatThrownBy(() -> registration.start(seed1066(), "cv-hu-ct-vp")).isInstanceOf(ApiException.class)
        .hasMessageContaining("1066-KL/HU").extracting(e -> ((ApiException) e).getCode())
        .isEqualTo("CONCLUSION_NUMBER_TAKEN");
    Task list = task(KEY, Lifecycle.LIST_TASKS);
    assertThat(groupsOf(list)).containsExactly("hu-ct-vp");
    as("cv-hu-ct-vp", "hu-ct-vp", "issuing-office");
    assertThatThrownBy(() -> complete(list, Map.of("reviewDate", ""))).hasMessageContaining("ngày sơ kết");
    complete(list, Map.of("reviewDate", "2024-08-12"));
    assertThat(jdbc.sql("SELECT lifecycle_state FROM conclusion WHERE business_key = ?").param(KEY)
        .query(String.class).single()).isEqualTo("AWAITING_APPROVAL");
    as("cv-hu-ct-tt", "hu-ct-tt", "leadership");
    assertThatThrownBy(() -> complete(task(KEY, Lifecycle.APPROVE), Map.of("approved", "false")))
        .hasMessageContaining("lý do");
    complete(task(KEY, Lifecycle.APPROVE), Map.of("approved", "false", "returnReason", "Bổ sung hạn nhiệm vụ 1"));
    assertThat(jdbc.sql("SELECT lifecycle_state FROM conclusion WHERE business_key = ?").param(KEY)
        .query(String.class).single()).isEqualTo("DRAFT");
    as("cv-hu-ct-vp", "hu-ct-vp", "issuing-office");
    complete(task(KEY, Lifecycle.LIST_TASKS), Map.of("reviewDate", "2024-08-12"));
    as("cv-hu-ct-tt", "hu-ct-tt", "leadership");
    complete(task(KEY, Lifecycle.APPROVE), Map.of("approved", "true"));
    run(job(reg.processInstanceId(), Lifecycle.START_TASK_EXECUTIONS));

    long cid = reg.conclusionId();
    assertThat(jdbc.sql("SELECT lifecycle_state FROM conclusion WHERE id = ?").param(cid).query(String.class).single())
        .isEqualTo("ISSUED");
    assertThat(count("SELECT COUNT(*) FROM conclusion_task WHERE conclusion_id = ?", cid)).isEqualTo(7);
    assertThat(count("SELECT COUNT(*) FROM task_assignment WHERE conclusion_id = ?", cid)).isEqualTo(6 * 7 + 1);
    assertThat(count("SELECT COUNT(*) FROM conclusion_report_to WHERE conclusion_id = ?", cid)).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM conclusion_reference WHERE conclusion_id = ?", cid)).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM conclusion_task_coordinator c JOIN conclusion_task t ON t.id = c.task_id"
        + " WHERE t.conclusion_id = ? AND t.ordinal = '7'", cid)).isEqualTo(4);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TaskExecution.PROCESS_KEY)
        .variableValueEquals("conclusionKey", KEY).count()).isEqualTo(43);

    // ---- item 3 returned by Nam Ninh, reassigned by BTC to Ban Tuyên giáo ----------------------------------------
    String namNinh = KEY + "#3@du-ct-namninh";
    as("cv-du-ct-namninh", "du-ct-namninh");
    complete(task(namNinh, TaskExecution.ACCEPT), Map.of("accepted", "false", "returnReason", "Đã giao trùng"));
    assertThat(state(namNinh)).isEqualTo("RETURNED_AS_WRONG");
    as("cv-hu-ct-btc", "hu-ct-btc", "supervisors");
    complete(task(namNinh, TaskExecution.REASSIGN), Map.of("newUnit", "hu-ct-btg"));
    assertThat(state(namNinh)).isEqualTo("REASSIGNED");
    assertThat(count("SELECT COUNT(*) FROM task_assignment o JOIN task_assignment n ON n.id = o.replaced_by_id"
        + " WHERE o.business_key = ? AND o.ended_at IS NOT NULL AND n.business_key = ?", namNinh,
        KEY + "#3@hu-ct-btg")).isOne();
    assertThat(task(KEY + "#3@hu-ct-btg", TaskExecution.ACCEPT)).isNotNull();

    // ---- item 1 at Đức Phổ: accept, extension refused then approved ---------------------------------------------
    String ducPho = KEY + "#1@du-ct-ducpho";
    as("cv-du-ct-ducpho", "du-ct-ducpho");
    complete(task(ducPho, TaskExecution.ACCEPT), Map.of("accepted", "true"));
    assertThat(state(ducPho)).isEqualTo("IN_PROGRESS");
    complete(task(ducPho, TaskExecution.REQUEST_EXTENSION),
        Map.of("extensionReason", "Chờ hướng dẫn của Huyện ủy", "proposedDate", "2024-01-15"));
    Task decide = task(ducPho, TaskExecution.DECIDE_EXTENSION);
    assertThat(groupsOf(decide)).containsExactly("hu-ct-btc");
    as("tb-hu-ct-btc", "hu-ct-btc", "supervisors", "unit-heads");
    complete(decide, Map.of("extensionApproved", "false", "decisionNote", "Chưa đủ cơ sở"));
    as("cv-du-ct-ducpho", "du-ct-ducpho");
    complete(task(ducPho, TaskExecution.REQUEST_EXTENSION),
        Map.of("extensionReason", "Đại hội chi bộ trùng thời gian", "proposedDate", "2024-01-15"));
    as("tb-hu-ct-btc", "hu-ct-btc", "supervisors", "unit-heads");
    complete(task(ducPho, TaskExecution.DECIDE_EXTENSION), Map.of("extensionApproved", "true"));
    assertThat(jdbc.sql("SELECT current_deadline FROM task_assignment WHERE business_key = ?").param(ducPho)
        .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2024, 1, 15));
    assertThat(count("SELECT extension_count FROM task_assignment WHERE business_key = ?", ducPho)).isOne();
    // the open tasks follow up from the first reminder of the new ladder (WARNING, 5 working days before)
    assertThat(task(ducPho, TaskExecution.REPORT_COMPLETION).getFollowUpDate()).isEqualTo(at(2024, 1, 8, 8));
    assertThat(task(ducPho, TaskExecution.REQUEST_EXTENSION).getFollowUpDate()).isEqualTo(at(2024, 1, 8, 8));
    assertThat(jdbc.sql("SELECT decision FROM extension_request r JOIN task_assignment a ON a.id = r.assignment_id"
        + " WHERE a.business_key = ? ORDER BY r.id").param(ducPho).query(String.class).list())
        .containsExactly("REFUSED", "APPROVED");

    // ---- a monthly progress report ----------------------------------------------------------------------------------
    String ducPhoPi = task(ducPho, TaskExecution.REQUEST_EXTENSION).getProcessInstanceId();
    ClockUtil.setCurrentTime(at(2023, 9, 14, 9));
    run(job(ducPhoPi, TaskExecution.PERIODIC_REPORT_TIMER));
    as("cv-du-ct-ducpho", "du-ct-ducpho");
    Task report = task(ducPho, TaskExecution.PROGRESS_REPORT);
    complete(report, Map.of("progressContent", "Đã tổ chức quán triệt tại 12 chi bộ", "percentDone", 40));
    assertThat(count("SELECT COUNT(*) FROM progress_report WHERE task_id_camunda = ? AND kind = 'PROGRESS'",
        report.getId())).isOne();

    // ---- the reminder ladder on the extended deadline 15/01/2024: one digest job per recipient unit and moment ----
    // the ladder planned on the first deadline (29/12/2023) was replaced when the extension was approved
    assertThat(jdbc.sql("SELECT r.state || ':' || r.level_code || ':' || r.recipient_unit || ':' || r.deadline_on"
        + " FROM reminder_due r JOIN task_assignment a ON a.id = r.assignment_id WHERE a.business_key = ?")
        .param(ducPho).query(String.class).list()).containsExactlyInAnyOrder(
        "CANCELLED:WARNING:du-ct-ducpho:2023-12-29", "CANCELLED:DUE:du-ct-ducpho:2023-12-29",
        "CANCELLED:DUE:hu-ct-btc:2023-12-29", "CANCELLED:ESCALATION:hu-ct-tt,hu-ct-btv:2023-12-29",
        "PLANNED:WARNING:du-ct-ducpho:2024-01-15", "PLANNED:DUE:du-ct-ducpho:2024-01-15",
        "PLANNED:DUE:hu-ct-btc:2024-01-15", "PLANNED:ESCALATION:hu-ct-tt,hu-ct-btv:2024-01-15");
    Job warning = digest("du-ct-ducpho", at(2024, 1, 8, 8));
    assertThat(warning.getDuedate()).isEqualTo(at(2024, 1, 8, 8));
    ClockUtil.setCurrentTime(at(2024, 1, 8, 8));
    mail.stop(); // the first attempt fails: nothing is logged as sent, the job keeps its retries
    assertThatThrownBy(() -> run(warning)).isNotNull();
    assertThat(count("SELECT COUNT(*) FROM reminder_log r JOIN task_assignment a ON a.id = r.assignment_id"
        + " WHERE a.business_key = ? AND r.channel = 'MAIL'", ducPho)).isZero();
    assertThat(digest("du-ct-ducpho", at(2024, 1, 8, 8)).getRetries()).isEqualTo(4);
    mail.start();
    run(digest("du-ct-ducpho", at(2024, 1, 8, 8)));
    MimeMessage[] warned = mail.getReceivedMessages();
    // one message to the lead unit's people (GreenMail keeps one copy per recipient)
    assertThat(warned).hasSize(2);
    assertThat(java.util.Arrays.stream(warned[0].getAllRecipients()).map(Object::toString))
        .containsExactlyInAnyOrder("cv-du-ct-ducpho@dondoc.local", "bt-du-ct-ducpho@dondoc.local");
    assertThat(warned[0].getSubject()).contains("Sắp đến hạn");

    ClockUtil.setCurrentTime(at(2024, 1, 15, 8));
    run(digest("du-ct-ducpho", at(2024, 1, 15, 8)));
    run(digest("hu-ct-btc", at(2024, 1, 15, 8)));
    ClockUtil.setCurrentTime(at(2024, 1, 18, 8));
    run(digest("hu-ct-tt,hu-ct-btv", at(2024, 1, 18, 8)));
    assertThat(jdbc.sql("SELECT r.level_code || ':' || r.recipient FROM reminder_log r JOIN task_assignment a"
        + " ON a.id = r.assignment_id WHERE a.business_key = ? AND r.channel = 'MAIL' ORDER BY r.id").param(ducPho)
        .query(String.class).list()).containsExactlyInAnyOrder("WARNING:cv-du-ct-ducpho@dondoc.local",
        "WARNING:bt-du-ct-ducpho@dondoc.local",
        "DUE:bt-du-ct-ducpho@dondoc.local", "DUE:cv-hu-ct-btc@dondoc.local", "DUE:tb-hu-ct-btc@dondoc.local",
        "ESCALATION:cv-hu-ct-tt@dondoc.local", "ESCALATION:cv-hu-ct-btv@dondoc.local");
    assertThat(mail.getReceivedMessages()).hasSize(2 + 3 + 2);

    // ---- completion with evidence, rework, acceptance ------------------------------------------------------------
    as("cv-du-ct-ducpho", "du-ct-ducpho");
    complete(task(ducPho, TaskExecution.REPORT_COMPLETION), Map.of("completionContent", "Đã quán triệt xong",
        "evidenceNumber", "25-BC/ĐU", "evidenceDate", "2024-01-17"));
    assertThat(state(ducPho)).isEqualTo("AWAITING_REVIEW");
    as("tb-hu-ct-btc", "hu-ct-btc", "supervisors", "unit-heads");
    complete(task(ducPho, TaskExecution.REVIEW_RESULT), Map.of("resultAccepted", "false",
        "reviewNote", "Bổ sung danh sách chi bộ"));
    assertThat(state(ducPho)).isEqualTo("REWORK");
    as("cv-du-ct-ducpho", "du-ct-ducpho");
    Map<String, Object> again = new HashMap<>(Map.of("completionContent", "Đã bổ sung danh sách",
        "evidenceNumber", "27-BC/ĐU", "evidenceDate", "2024-01-19"));
    ClockUtil.setCurrentTime(at(2024, 1, 19, 10));
    complete(task(ducPho, TaskExecution.REPORT_COMPLETION), again);
    as("tb-hu-ct-btc", "hu-ct-btc", "supervisors", "unit-heads");
    complete(task(ducPho, TaskExecution.REVIEW_RESULT), Map.of("resultAccepted", "true", "qualityGrade", "GOOD"));
    assertThat(state(ducPho)).isEqualTo("COMPLETED");
    assertThat(jdbc.sql("SELECT completed_on FROM task_assignment WHERE business_key = ?").param(ducPho)
        .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2024, 1, 19));
    assertThat(count("SELECT COUNT(*) FROM evidence e JOIN task_assignment a ON a.id = e.assignment_id"
        + " WHERE a.business_key = ?", ducPho)).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM task_review r JOIN task_assignment a ON a.id = r.assignment_id"
        + " WHERE a.business_key = ?", ducPho)).isEqualTo(2);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(ducPhoPi).count()).isZero();

    // ---- periodic summary by BTC, directive from Thường trực to Gia Viễn ------------------------------------------
    ClockUtil.setCurrentTime(at(2024, 2, 14, 9));
    run(job(reg.processInstanceId(), Lifecycle.SUMMARY_START));
    as("cv-hu-ct-btc", "hu-ct-btc", "supervisors");
    Task compile = task(KEY, Lifecycle.COMPILE_SUMMARY);
    assertThat((String) taskService.getVariableLocal(compile.getId(), "unitReportsDigest")).contains("12 chi bộ");
    complete(compile, Map.of("summaryText", "Các đơn vị đang triển khai; Đức Phổ đã hoàn thành nhiệm vụ 1."));
    as("cv-hu-ct-tt", "hu-ct-tt", "leadership");
    String giaVien = KEY + "#2@du-ct-giavien";
    complete(task(KEY, Lifecycle.READ_SUMMARY), Map.of("issueDirective", "true", "directiveAssignmentKey", giaVien,
        "directiveContent", "Báo cáo việc sinh hoạt chuyên đề quý I", "directiveDueDate", "2024-03-01"));
    // Gia Viễn has not even accepted the task yet: the directive reaches it all the same
    as("cv-du-ct-giavien", "du-ct-giavien");
    complete(task(giaVien, TaskExecution.ANSWER_DIRECTIVE), Map.of("directiveAnswer", "Đã sinh hoạt chuyên đề tại 9 chi bộ"));
    assertThat(count("SELECT COUNT(*) FROM directive d JOIN task_assignment a ON a.id = d.assignment_id"
        + " WHERE a.business_key = ? AND d.answered_at IS NOT NULL", giaVien)).isOne();

    // ---- review on its date: successor conclusion carries the open tasks over -----------------------------------
    ClockUtil.setCurrentTime(at(2024, 8, 12, 8));
    run(job(reg.processInstanceId(), Lifecycle.REVIEW_DATE_REACHED));
    as("cv-hu-ct-tt", "hu-ct-tt", "leadership");
    complete(task(KEY, Lifecycle.REVIEW), Map.of("reviewNote", "Nhiệm vụ 1 cơ bản hoàn thành",
        "startSuccessorConclusion", "true", "successorNumber", "1500", "successorDate", "2024-08-12",
        "successorTitle", "Tiếp tục nâng cao chất lượng sinh hoạt chi bộ"));
    assertThat(jdbc.sql("SELECT lifecycle_state FROM conclusion WHERE id = ?").param(cid).query(String.class).single())
        .isEqualTo("SUPERSEDED");
    assertThat(state(ducPho)).isEqualTo("COMPLETED");
    assertThat(state(namNinh)).isEqualTo("REASSIGNED");
    assertThat(state(giaVien)).isEqualTo("CLOSED");
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("conclusionKey", KEY)
        .processDefinitionKey(TaskExecution.PROCESS_KEY).count()).isZero();

    String next = "1500-KL/HU@2024-08-12";
    assertThat(count("SELECT COUNT(*) FROM conclusion n JOIN conclusion o ON o.id = n.predecessor_id"
        + " WHERE n.business_key = ? AND o.business_key = ?", next, KEY)).isOne();
    as("cv-hu-ct-vp", "hu-ct-vp", "issuing-office");
    complete(task(next, Lifecycle.LIST_TASKS), Map.of("reviewDate", "2025-08-12"));
    as("cv-hu-ct-tt", "hu-ct-tt", "leadership");
    complete(task(next, Lifecycle.APPROVE), Map.of("approved", "true"));
    // 7 tasks: every one still had an open unit; item 1 without Đức Phổ (completed), item 3 with BTG instead of Nam Ninh
    assertThat(count("SELECT COUNT(*) FROM conclusion_task n JOIN conclusion_task o ON o.id = n.carried_over_from_id"
        + " JOIN conclusion c ON c.id = n.conclusion_id WHERE c.business_key = ? AND o.conclusion_id = ?", next, cid))
        .isEqualTo(7);
    assertThat(count("SELECT COUNT(*) FROM task_assignment a JOIN conclusion c ON c.id = a.conclusion_id"
        + " WHERE c.business_key = ?", next)).isEqualTo(6 * 7 + 1 - 1);
    assertThat(count("SELECT COUNT(*) FROM task_assignment a JOIN conclusion c ON c.id = a.conclusion_id"
        + " WHERE c.business_key = ? AND a.business_key = ?", next, next + "#3@hu-ct-btg")).isOne();
    assertThat(count("SELECT COUNT(*) FROM task_event WHERE conclusion_id = ?", cid)).isGreaterThan(50);
  }
}
