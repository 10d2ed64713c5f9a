package vn.dondoc.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dondoc.followup.ConclusionDraft;
import vn.dondoc.followup.ConclusionDraft.TaskDraft;
import vn.dondoc.followup.ConclusionRegistration;
import vn.dondoc.followup.FollowupIds.Lifecycle;
import vn.dondoc.followup.FollowupIds.TaskExecution;
import vn.dondoc.followup.FollowupStore;
import vn.dondoc.org.OrgService;
import vn.dondoc.security.LoginController;
import vn.dondoc.support.DonDocSpringTest;

/**
 * Issue 6 in a real browser (Debian's headless Chromium through Selenium): a unit's staff member signs in on
 * DonDoc's login page, works a "Báo cáo tiến độ định kỳ" task in the Vietnamese Tasklist and sees it gone; an
 * administrator sees Cockpit and Admin in Vietnamese. The browser asks for English, so Vietnamese shows by
 * DonDoc's default, not by the browser's choice. Screenshots of every step go to target/screenshots/.
 */
@DonDocSpringTest
class WebappBrowserTest {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "screenshots");
  static final String UNIT = "du-ct-ducpho";
  static final String UNIT_USER = "cv-" + UNIT;
  static final String PROGRESS_TEXT = "Đã quán triệt Kết luận tại 12 chi bộ, 95% đảng viên tham dự.";

  @LocalServerPort int port;
  @Autowired ConclusionRegistration registration;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;
  @Autowired OrgService org;

  Path profile;
  WebDriver driver;
  WebDriverWait wait;
  int step;

  @BeforeEach
  void startBrowser() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "/usr/bin/chromedriver or /usr/bin/chromium is absent (apt-get install chromium chromium-driver):"
            + " the browser test is skipped");
    Files.createDirectories(SHOTS);
    profile = Files.createTempDirectory("dondoc-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1366,900",
        // an English browser: Vietnamese must come from DonDoc's default, not from the browser
        "--lang=en-US");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
        // DonDoc's users are in Việt Nam; the webapps show times in the browser's zone
        .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterEach
  void stopBrowser() throws IOException {
    identityService.clearAuthentication();
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void unitReportsProgressInVietnameseTasklistAndAdminSeesCockpitAndAdmin() throws IOException {
    Task report = progressReportTaskForDucPho();
    try {
      unitUserWorksTheTask(report);
      camundaLogoutEndsTheSessionAndCamundaLoginSignsIn();
      adminSeesCockpitAndAdmin();
    } catch (RuntimeException | AssertionError e) {
      shot("failure");
      Files.writeString(SHOTS.resolve("failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
      throw e;
    }
  }

  // ---- data: a conclusion issued to Đức Phổ, accepted, its first progress period started --------------------

  Task progressReportTaskForDucPho() {
    LocalDate today = FollowupStore.today();
    ConclusionDraft draft = new ConclusionDraft("2207", "KL", "HU", "hu-ct", today, "Cát Tiên",
        "Tiếp tục nâng cao chất lượng sinh hoạt chi bộ", "T/M HUYỆN ỦY", "BÍ THƯ", "Nguyễn Tiến Dũng", "hu-ct-btc",
        List.of("hu-ct-tt"), "QUARTERLY", null, List.of(),
        List.of(new TaskDraft("1", "Tổ chức quán triệt Kết luận đến toàn thể đảng viên", List.of(UNIT), null,
            List.of(), "FIXED", today.plusMonths(3), "Trong quý", null, "MONTHLY",
            "Báo cáo kết quả quán triệt", null, null)),
        null);
    ConclusionRegistration.Registered reg = registration.start(draft, "cv-hu-ct-vp");
    asUser("cv-hu-ct-vp", "hu-ct-vp", "issuing-office");
    taskService.complete(task(reg.businessKey(), Lifecycle.LIST_TASKS).getId(),
        Map.of("reviewDate", today.plusYears(1).toString()));
    asUser("cv-hu-ct-tt", "hu-ct-tt", "leadership");
    taskService.complete(task(reg.businessKey(), Lifecycle.APPROVE).getId(), Map.of("approved", "true"));
    runJob(reg.processInstanceId(), Lifecycle.START_TASK_EXECUTIONS);

    String assignment = reg.businessKey() + "#1@" + UNIT;
    asUser(UNIT_USER, UNIT);
    Task accept = task(assignment, TaskExecution.ACCEPT);
    taskService.complete(accept.getId(), Map.of("accepted", "true"));
    // the monthly period starts: the job executor is off in tests, so the timer runs here
    runJob(accept.getProcessInstanceId(), TaskExecution.PERIODIC_REPORT_TIMER);
    Task report = task(assignment, TaskExecution.PROGRESS_REPORT);
    assertThat(report).as("a progress report task for %s", UNIT).isNotNull();
    assertThat(report.getName()).isEqualTo("Báo cáo tiến độ định kỳ");
    return report;
  }

  void asUser(String user, String... groups) {
    identityService.setAuthentication(user, List.of(groups));
  }

  /** Queries as the system: a signed-in user's queries see only their own tasks. */
  Task task(String businessKey, String definitionKey) {
    identityService.clearAuthentication();
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
        .singleResult();
  }

  void runJob(String processInstanceId, String activityId) {
    identityService.clearAuthentication();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).singleResult().getId());
  }

  // ---- the unit's staff member in Tasklist ----------------------------------------------------------------

  void unitUserWorksTheTask(Task report) throws IOException {
    driver.get(url("/"));
    wait.until(ExpectedConditions.urlContains("/login"));
    assertThat(driver.getTitle()).isEqualTo("Đăng nhập — DonDoc");
    assertThat(text()).contains("Tên đăng nhập", "Mật khẩu", "Đăng nhập");
    shot("dondoc-login");
    signIn(UNIT_USER, "demo");

    wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
    By taskLink = By.cssSelector("a[href*='task=" + report.getId() + "']");
    // Other tests sharing the application give this unit many tasks, so the task may not be on the list's
    // first page: it is opened by its address below, as a link in a reminder e-mail would.
    waitForText("Việc của đơn vị");
    assertThat(driver.getTitle()).startsWith("DonDoc — Công việc");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    assertThat(userMenu().getText()).isEqualTo(fullName(UNIT_USER));
    assertThat(text()).contains("Tạo công việc", "Bắt đầu quy trình", "Phím tắt bàn phím", "Bảng điều khiển",
            "Sắp đến hạn", "Quá hạn", "Ngày tạo")
        .doesNotContain("Create task", "Start process", "Keyboard Shortcuts", "Created", "Select a task");
    shot("tasklist");

    driver.get(url("/camunda/app/tasklist/default/#/?task=" + report.getId()));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container textarea")));
    waitForText("Kỳ báo cáo đến");
    assertThat(text()).contains("Biểu mẫu", "Lịch sử", "Sơ đồ", "Mô tả", "Nhận việc", "Thêm bình luận",
            "Kết luận Số 2207-KL/HU", "Đơn vị chủ trì: Đảng ủy xã Đức Phổ", "Tiến độ, kết quả trong kỳ",
            "Mức độ hoàn thành (%)", "Đơn vị theo dõi, đôn đốc: " + org.unit("hu-ct-btc").name(),
            "Báo cáo trước đây\nChưa có báo cáo nào.")
        .doesNotContain("Form", "History", "Diagram", "Description", "Claim", "Add comment", "hu-ct-btc");
    shot("task-form");

    driver.findElement(By.cssSelector("button.claim")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    waitForAngular();
    // Tasklist may render the form again after a claim: type until a settled form holds the values.
    // First too little and too much: form-js's own messages must read in Vietnamese (dondoc-form-messages.js).
    wait.ignoring(StaleElementReferenceException.class).until(d -> {
      fill("Tiến độ, kết quả trong kỳ", "ab");
      fill("Mức độ hoàn thành (%)", "150");
      // leave the fields, as a person would: form-js shows errors of touched fields
      d.findElement(By.cssSelector(".fjs-container .fjs-form-field-text")).click();
      String errors = d.findElements(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText)
          .reduce("", String::concat);
      return errors.contains("Cần nhập ít nhất 5 ký tự.") && errors.contains("Giá trị lớn nhất là 100.");
    });
    assertThat(text()).doesNotContain("Field must", "Field is required");
    shot("task-form-validation");
    By completeButton = By.cssSelector("button[ng-click='complete()']");
    wait.ignoring(StaleElementReferenceException.class).until(d -> {
      fill("Tiến độ, kết quả trong kỳ", PROGRESS_TEXT);
      fill("Mức độ hoàn thành (%)", "40");
      return d.findElement(completeButton).isEnabled()
          && PROGRESS_TEXT.equals(field("Tiến độ, kết quả trong kỳ").getDomProperty("value"))
          && "40".equals(field("Mức độ hoàn thành (%)").getDomProperty("value"));
    });
    WebElement complete = driver.findElement(completeButton);
    assertThat(complete.getText()).isEqualTo("Hoàn thành");
    shot("task-form-filled");
    complete.click();
    wait.until(ExpectedConditions.numberOfElementsToBe(taskLink, 0));
    waitForText("Chọn một công việc trong danh sách.");
    shot("task-gone");

    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(report.getId()).finished().singleResult())
        .satisfies(t -> {
          assertThat(t.getDeleteReason()).isEqualTo("completed");
          assertThat(t.getAssignee()).isEqualTo(UNIT_USER);
        });
    assertThat(taskService.createTaskQuery().taskId(report.getId()).count()).isZero();
    assertThat(jdbc.sql("SELECT kind || '|' || submitted_by || '|' || percent_done || '|' || content"
            + " FROM progress_report WHERE task_id_camunda = ?").param(report.getId()).query(String.class).list())
        .containsExactly("PROGRESS|" + UNIT_USER + "|40|" + PROGRESS_TEXT);
  }

  /**
   * Camunda's own "Đăng xuất" ends the one Spring session, and Camunda's own login form signs in again through
   * DonDoc's login (wrong password refused, right one accepted).
   */
  void camundaLogoutEndsTheSessionAndCamundaLoginSignsIn() throws IOException {
    userMenu().click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".account li.logout a"))).click();
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']")));
    waitForText("Đăng xuất thành công");
    assertThat(username.getAttribute("placeholder")).isEqualTo("Tên đăng nhập");
    shot("camunda-logout");
    assertThat(landingOfHome()).as("the Spring session ended with Camunda's logout").isEqualTo("200 " + url("/login"));

    // an unknown user: a wrong password for a real one would delay that user's next login (engine throttling)
    username.sendKeys("khong-co-nguoi-nay");
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("sai-mat-khau");
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    waitForText("Đăng nhập không thành công");
    shot("camunda-login-refused");
    assertThat(landingOfHome()).isEqualTo("200 " + url("/login"));

    // Camunda empties the form after a failure
    WebElement again = driver.findElement(By.cssSelector("input[ng-model='username']"));
    again.clear();
    again.sendKeys("demo");
    WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
    password.clear();
    password.sendKeys("demo");
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".account .dropdown-toggle"),
        fullName("demo")));
    assertThat(landingOfHome()).as("Camunda's login signed the Spring session in").isEqualTo("200 " + url(LoginController.TASKLIST));
  }

  // ---- the administrator in Cockpit and Admin -------------------------------------------------------------

  void adminSeesCockpitAndAdmin() throws IOException {
    driver.get(url("/camunda/app/cockpit/default/"));
    waitForText("Phiên bản quy trình đang chạy");
    assertThat(driver.getTitle()).startsWith("DonDoc — Giám sát quy trình");
    assertThat(userMenu().getText()).isEqualTo(fullName("demo"));
    assertThat(text()).contains("Quy trình", "Quyết định", "Công việc người dùng", "Mục khác", "Hiện tại",
            "Sự cố đang mở", "Công việc người dùng đang mở", "Đã triển khai", "Định nghĩa quy trình", "Bản triển khai")
        .doesNotContain("Processes", "Decisions", "Human Tasks", "More", "Running Process Instances",
            "Open Incidents", "Deployed", "Deployments");
    shot("cockpit");

    driver.get(url("/camunda/app/cockpit/default/#/processes"));
    waitForText("Thực hiện nhiệm vụ");
    assertThat(text()).contains("Vòng đời kết luận", "định nghĩa quy trình đã triển khai", "Trạng thái", "Sự cố",
            "Phiên bản đang chạy", "Khóa", "Tên")
        .doesNotContain("process definitions deployed", "State", "Incidents", "Running Instances", "Key", "Name");
    shot("cockpit-processes");

    driver.get(url("/camunda/app/admin/default/"));
    waitForText("Phân quyền");
    assertThat(driver.getTitle()).startsWith("DonDoc — Quản trị");
    assertThat(text()).contains("Người dùng", "Nhóm", "Hệ thống")
        .doesNotContain("Users", "Groups", "Authorizations", "System");
    shot("admin");

    driver.get(url("/camunda/app/admin/default/#/users"));
    waitForText("Danh sách người dùng");
    // The heading shows before the list is fetched ("Đang tải…"): wait for a row, not only the heading.
    waitForText(fullName(UNIT_USER));
    assertThat(text()).contains("Thêm người dùng", "Thư điện tử", "Thao tác", "Sửa", fullName(UNIT_USER))
        .doesNotContain("List of users", "Add User", "Email", "Action", "Edit");
    shot("admin-users");
  }

  /** Where "/" leads this browser's session now: DonDoc's login page, or Tasklist when signed in. */
  String landingOfHome() {
    Object landed = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch('/', {credentials: 'same-origin', headers: {Accept: 'text/html'}})"
            + ".then(r => done(r.status + ' ' + r.url), e => done('error: ' + e));");
    return String.valueOf(landed);
  }

  WebElement userMenu() {
    return driver.findElement(By.cssSelector(".account .dropdown-toggle"));
  }

  String fullName(String userId) {
    User u = identityService.createUserQuery().userId(userId).singleResult();
    return u.getFirstName() + " " + u.getLastName();
  }

  /** Types into a Camunda Form field unless it already holds the value. */
  void fill(String label, String value) {
    WebElement input = field(label);
    if (!value.equals(input.getDomProperty("value"))) {
      // clear() does not tell form-js (a controlled input), which would put the old text back: select and
      // delete with the keyboard, as a person would.
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"),
          Keys.DELETE);
      input.sendKeys(value);
    }
  }

  /** Waits until Tasklist's Angular has no request or timeout outstanding (what Protractor waited for). */
  void waitForAngular() {
    ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "window.angular.getTestability(document.body).whenStable(() => done(true));");
  }

  void waitForText(String expected) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), expected));
  }

  /** The input of a Camunda Form field, found by its Vietnamese label. */
  WebElement field(String label) {
    WebElement l = driver.findElement(By.xpath(
        "//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.), '" + label + "')]"));
    return driver.findElement(By.id(l.getAttribute("for")));
  }

  void signIn(String user, String password) {
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Saves a PNG of what the browser shows now, numbered in the order of the steps. */
  void shot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(String.format("%02d-%s.png", ++step, name)), png);
  }
}
