package vn.dondoc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.dondoc.support.DonDocSpringTest;

/** The calendar's REST API with the real beans: reading, admin-only changes, validation, cache refresh. */
@DonDocSpringTest
class CalendarApiTest {

  @LocalServerPort int port;
  @Autowired WorkingCalendar calendar;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if (json != null) {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void everyoneSignedInReadsTheYearWithVietnameseNames() throws Exception {
    HttpResponse<String> year = send("cv-du-ct-ducpho", "GET", "/api/calendar/2026", null);
    assertThat(year.statusCode()).isEqualTo(200);
    assertThat(year.body()).contains("\"lunarNewYear\":\"2026-02-17\"", "Tết Nguyên đán (Mùng 1 Tết)",
        "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "\"date\":\"2026-04-26\"", "Quốc khánh (2/9)");

    HttpResponse<String> between = send("cv-du-ct-ducpho", "GET",
        "/api/calendar/working-days?from=2024-03-15&to=2024-03-18", null);
    assertThat(between.body()).contains("\"workingDays\":1");
    HttpResponse<String> added = send("cv-du-ct-ducpho", "GET",
        "/api/calendar/add-working-days?start=2024-02-08&days=1", null);
    assertThat(added.body()).contains("\"result\":\"2024-02-16\"");
    HttpResponse<String> day = send("cv-du-ct-ducpho", "GET", "/api/calendar/days/2024-04-18", null);
    assertThat(day.body()).contains("\"working\":false", "\"lunarDate\":\"10/3/2024\"", "Giỗ Tổ Hùng Vương");

    assertThat(send("cv-du-ct-ducpho", "GET", "/api/calendar/working-days?from=2024-13-01&to=2024-03-18", null)
        .body()).contains("\"code\":\"MALFORMED_REQUEST\"");
    HttpResponse<String> pastTheEnd = send("cv-du-ct-ducpho", "GET",
        "/api/calendar/add-working-days?start=2199-12-20&days=100", null);
    assertThat(pastTheEnd.statusCode()).isEqualTo(400);
    assertThat(pastTheEnd.body()).contains("\"code\":\"CALENDAR_YEAR_OUT_OF_RANGE\"");
    HttpResponse<String> outOfRange = send("cv-du-ct-ducpho", "GET", "/api/calendar/1800", null);
    assertThat(outOfRange.statusCode()).isEqualTo(400);
    assertThat(outOfRange.body()).contains("\"code\":\"CALENDAR_YEAR_OUT_OF_RANGE\"");
  }

  @Test
  void theEngineUsesTheWorkingDayCalendarOfTheDatabase() {
    assertThat(calendar).isInstanceOf(DatabaseWorkingCalendar.class);
    var calendars = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getBusinessCalendarManager();
    assertThat(calendars.getBusinessCalendar("duration")).isInstanceOf(WorkingDayBusinessCalendar.class);
    var friday = java.util.Date.from(java.time.ZonedDateTime.of(2024, 3, 15, 10, 0, 0, 0, VietnamTime.ZONE)
        .toInstant());
    assertThat(calendars.getBusinessCalendar("dueDate").resolveDuedate("P1WD", friday))
        .isEqualTo(java.util.Date.from(java.time.ZonedDateTime.of(2024, 3, 18, 10, 0, 0, 0, VietnamTime.ZONE)
            .toInstant()));
  }

  @Test
  void processTimersInTheApplicationUseTheWorkingDaysBean() {
    var model = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("calendarWiringCheck")
        .camundaHistoryTimeToLive(1).startEvent()
        .intermediateCatchEvent("remind").timerWithDate("${workingDays.before(deadline, 2)}")
        .endEvent().done();
    var deployment = engine.getRepositoryService().createDeployment().name("calendar-wiring-check")
        .addModelInstance("calendarWiringCheck.bpmn", model).deploy();
    try {
      var instance = engine.getRuntimeService().startProcessInstanceByKey("calendarWiringCheck",
          java.util.Map.of("deadline", "2024-02-19"));
      var timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
          .singleResult();
      // Two working days before Monday 19/2/2024: Friday 16/2, then Thursday 8/2 (Tết in between), at 08:00.
      assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(
          java.time.ZonedDateTime.of(2024, 2, 8, 8, 0, 0, 0, VietnamTime.ZONE).toInstant()));
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void onlyAdministratorsRecordOverrides() throws Exception {
    HttpResponse<String> denied = send("tb-hu-ct-btc", "POST", "/api/admin/calendar/overrides",
        "{\"date\":\"2031-01-02\",\"kind\":\"DAY_OFF\",\"reason\":\"Thử\"}");
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 2))).isTrue();
    assertThat(send("cv-du-ct-ducpho", "GET", "/api/admin/calendar/overrides?year=2031", null).statusCode())
        .isEqualTo(403);
  }

  @Test
  void badInputGetsStableCodes() throws Exception {
    HttpResponse<String> noReason = send("demo", "POST", "/api/admin/calendar/overrides",
        "{\"date\":\"2032-01-02\",\"kind\":\"DAY_OFF\",\"reason\":\"  \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"code\":\"CALENDAR_REASON_REQUIRED\"", "lý do");

    HttpResponse<String> noKind = send("demo", "POST", "/api/admin/calendar/overrides",
        "{\"date\":\"2032-01-02\",\"reason\":\"Thông báo\"}");
    assertThat(noKind.body()).contains("\"code\":\"CALENDAR_KIND_REQUIRED\"");

    // A Saturday is already off: recording it as a day off is a mistake worth telling.
    HttpResponse<String> same = send("demo", "POST", "/api/admin/calendar/overrides",
        "{\"date\":\"2032-01-03\",\"kind\":\"DAY_OFF\",\"reason\":\"Thông báo\"}");
    assertThat(same.statusCode()).isEqualTo(400);
    assertThat(same.body()).contains("\"code\":\"CALENDAR_OVERRIDE_SAME_AS_RULE\"");

    HttpResponse<String> badKind = send("demo", "POST", "/api/admin/calendar/overrides",
        "{\"date\":\"2032-01-02\",\"kind\":\"HOLIDAY\",\"reason\":\"Thông báo\"}");
    assertThat(badKind.statusCode()).isEqualTo(400);
    assertThat(badKind.body()).contains("\"code\":\"MALFORMED_REQUEST\"");

    HttpResponse<String> nothingToWithdraw = send("demo", "POST",
        "/api/admin/calendar/overrides/2032-01-05/withdraw", "{\"reason\":\"Nhầm\"}");
    assertThat(nothingToWithdraw.statusCode()).isEqualTo(404);
    assertThat(nothingToWithdraw.body()).contains("\"code\":\"CALENDAR_OVERRIDE_NOT_FOUND\"");
  }

  @Test
  void overridesWinImmediatelyAndHistoryIsKept() throws Exception {
    // The pattern of an announcement: a bridge Monday off, paid back on a Saturday.
    LocalDate bridge = LocalDate.of(2033, 3, 7); // Monday
    LocalDate saturday = LocalDate.of(2033, 3, 19);
    assertThat(calendar.isWorkingDay(bridge)).isTrue();
    assertThat(calendar.isWorkingDay(saturday)).isFalse();
    int before = calendar.workingDaysBetween(LocalDate.of(2033, 3, 4), LocalDate.of(2033, 3, 25));

    assertThat(send("demo", "POST", "/api/admin/calendar/overrides",
        "{\"date\":\"2033-03-07\",\"kind\":\"DAY_OFF\",\"reason\":\"Hoán đổi ngày làm việc theo thông báo\"}")
        .statusCode()).isEqualTo(201);
    HttpResponse<String> worked = send("demo", "POST", "/api/admin/calendar/overrides",
        "{\"date\":\"2033-03-19\",\"kind\":\"WORKING_DAY\",\"reason\":\"Làm bù cho ngày 7/3\"}");
    assertThat(worked.statusCode()).isEqualTo(201);
    assertThat(worked.body()).contains("\"recordedBy\":\"demo\"", "\"kind\":\"WORKING_DAY\"");

    assertThat(calendar.isWorkingDay(bridge)).isFalse();
    assertThat(calendar.isWorkingDay(saturday)).isTrue();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2033, 3, 4), LocalDate.of(2033, 3, 25))).isEqualTo(before);
    assertThat(send("cv-du-ct-ducpho", "GET", "/api/calendar/2033", null).body())
        .contains("Làm bù cho ngày 7/3", "\"source\":\"OVERRIDE\"");

    HttpResponse<String> withdrawn = send("demo", "POST", "/api/admin/calendar/overrides/2033-03-07/withdraw",
        "{\"reason\":\"Thông báo đã được thay thế\"}");
    assertThat(withdrawn.statusCode()).isEqualTo(200);
    assertThat(calendar.isWorkingDay(bridge)).isTrue();

    HttpResponse<String> history = send("demo", "GET", "/api/admin/calendar/overrides?year=2033", null);
    assertThat(history.body()).contains("Hoán đổi ngày làm việc theo thông báo", "Thông báo đã được thay thế",
        "\"withdrawn\":true", "\"withdrawn\":false");
  }
}
