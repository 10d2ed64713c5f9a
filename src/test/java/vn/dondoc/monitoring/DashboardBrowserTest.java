package vn.dondoc.monitoring;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.dondoc.support.DonDocSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (Debian's chromium + chromium-driver, headless). Skipped with a message where
 * /usr/bin/chromedriver is absent; CI installs it.
 */
@DonDocSpringTest
class DashboardBrowserTest {

  static final File DRIVER = new File("/usr/bin/chromedriver");

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  WebDriver browser;
  WebDriverWait wait;
  Path profile;

  @BeforeEach
  void start() throws IOException {
    Assumptions.assumeTrue(DRIVER.canExecute(),
        "Browser test skipped: /usr/bin/chromedriver is absent (apt-get install chromium chromium-driver)");
    profile = Files.createTempDirectory("dondoc-chromium");
    ChromeOptions options = new ChromeOptions();
    File binary = new File("/usr/bin/chromium");
    if (binary.canExecute()) {
      options.setBinary(binary);
    }
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void login(String user) {
    browser.manage().deleteAllCookies();
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  List<String> gridLabels() {
    return browser.findElements(By.cssSelector("#grid tbody tr td:first-child")).stream().map(WebElement::getText)
        .toList();
  }

  @Test
  void supervisorSeesTheGridDrillsDownAndALeaderSendsADirective() {
    DemoMonitoringData data = new DemoMonitoringData(dataSource);
    login("tb-hu-ct-btc");
    browser.get(url("/dashboard?group=UNIT&conclusionId=" + data.conclusionId));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tình hình thực hiện các kết luận");
    assertThat(browser.findElement(By.id("grand-total")).getText()).isEqualTo("8");
    assertThat(gridLabels()).containsExactly("Ban Tổ chức Huyện ủy Cát Tiên", "Đảng ủy xã Gia Viễn",
        "Đảng ủy xã Đức Phổ");
    // ECharts is served from the webjar and draws the three charts.
    wait.until(d -> d.findElements(By.cssSelector("#chart-units canvas, #chart-units svg")).size() > 0);
    assertThat(browser.findElements(By.cssSelector("#chart-ageing canvas, #chart-trend canvas"))).hasSize(2);
    assertThat(browser.findElement(By.id("interventions")).getText()).contains("Quá hạn",
        "Đề nghị gia hạn chưa được trả lời");

    browser.findElement(By.cssSelector("#grid tfoot td.OVERDUE a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-count")));
    assertThat(browser.findElement(By.id("task-count")).getText()).isEqualTo("1");
    browser.findElement(By.cssSelector("#tasks a.task-link")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
    assertThat(browser.findElement(By.id("status")).getText()).startsWith("Quá hạn");
    assertThat(browser.findElement(By.id("history")).getText()).contains("Giao nhiệm vụ", "Đề nghị gia hạn");
    // Supervisors follow up; directives are the leadership's.
    assertThat(browser.findElements(By.id("directive-form"))).isEmpty();
    String assignmentPage = browser.getCurrentUrl();

    browser.get(url("/v3/api-docs"));
    assertThat(browser.getPageSource()).contains("/api/monitoring/grid");

    login("cv-hu-ct-tt");
    browser.get(assignmentPage);
    browser.findElement(By.id("content")).sendKeys("Đề nghị Đảng ủy xã Đức Phổ tập trung hoàn thành trong tháng.");
    browser.findElement(By.cssSelector("#directive-form button[type=submit]")).click();
    wait.until(d -> !d.findElements(By.id("flash-success")).isEmpty() || !d.findElements(By.id("flash-error"))
        .isEmpty());
    if (browser.findElements(By.id("flash-success")).isEmpty()) {
      // On this branch no task-execution process runs for fixture data: the clear refusal, nothing recorded.
      assertThat(browser.findElement(By.id("flash-error")).getText()).contains("DIRECTIVE_NO_PROCESS");
      assertThat(browser.findElement(By.id("content")).getText()).contains("tập trung hoàn thành");
    } else {
      assertThat(browser.findElement(By.id("history")).getText()).contains("Chỉ đạo");
    }
  }

  @Test
  void unitUserSeesOnlyTheirOwnSlice() {
    DemoMonitoringData data = new DemoMonitoringData(dataSource);
    login("cv-du-ct-ducpho");
    browser.get(url("/dashboard?group=UNIT&conclusionId=" + data.conclusionId));
    assertThat(gridLabels()).containsExactly("Đảng ủy xã Đức Phổ");
    assertThat(browser.findElement(By.id("grand-total")).getText()).isEqualTo("4");
    browser.get(url("/dashboard/assignments/" + data.ids.get("late-giavien")));
    assertThat(browser.getPageSource()).contains("ASSIGNMENT_NOT_VISIBLE");
  }
}
