package vn.dondoc.monitoring.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.dondoc.monitoring.DemoMonitoringData;
import vn.dondoc.monitoring.MonitoringScope;
import vn.dondoc.platform.ApiException;
import vn.dondoc.support.DonDocSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DonDocSpringTest
class ReportTest {

  @Autowired DataSource dataSource;
  @Autowired ReportService reports;
  @Autowired TestRestTemplate rest;

  static final MonitoringScope SUPERVISOR = new MonitoringScope("tb-hu-ct-btc", true, List.of(), false);

  ReportRequest request(DemoMonitoringData data) {
    return new ReportRequest("CONCLUSION", data.conclusionId, null, null, data.today.minusDays(30), null,
        "15-BC/BTCHU", "Cát Tiên", List.of("Thường trực Huyện ủy (để báo cáo),", "Lưu Ban Tổ chức."),
        "T/M BAN TỔ CHỨC", "TRƯỞNG BAN", "Lương Văn Đức");
  }

  @Test
  void docxPdfAndXlsxCarryTheLayoutTheGridAndTotalsThatAddUp() throws IOException {
    DemoMonitoringData data = new DemoMonitoringData(dataSource);
    ReportSnapshotRepository.Snapshot s = reports.issue(request(data), SUPERVISOR);

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reports.file(s.id(), "docx", SUPERVISOR)
        .content()))) {
      String text = new XWPFWordExtractor(doc).getText();
      assertThat(text).contains("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN ỦY CÁT TIÊN", "BAN TỔ CHỨC", "ĐẢNG CỘNG SẢN VIỆT NAM",
          "Số 15-BC/BTCHU", "Cát Tiên, ngày ", "BÁO CÁO", "Tình hình thực hiện Kết luận số",
          "của Ban Thường vụ Huyện ủy về sơ kết 05 năm", "Nơi nhận:",
          "T/M BAN TỔ CHỨC", "Lương Văn Đức", "Rà soát, kiện toàn tổ chức cơ sở đảng");
      XWPFTable grid = doc.getTables().get(1);
      List<String> header = grid.getRow(0).getTableCells().stream().map(c -> c.getText()).toList();
      assertThat(header).startsWith("Đơn vị chủ trì", "Tổng số");
      // Rows: one per unit, then the totals; each row's columns add up to its total, the rows to the totals.
      int last = grid.getNumberOfRows() - 1;
      assertThat(grid.getRow(last).getCell(0).getText()).isEqualTo("Tổng cộng");
      assertThat(grid.getRow(last).getCell(1).getText()).isEqualTo("8");
      long rowsSum = 0;
      for (int r = 1; r < last; r++) {
        long total = Long.parseLong(grid.getRow(r).getCell(1).getText());
        long parts = 0;
        for (int c = 2; c < grid.getRow(r).getTableCells().size(); c++) {
          parts += Long.parseLong(grid.getRow(r).getCell(c).getText());
        }
        assertThat(parts).isEqualTo(total);
        rowsSum += total;
      }
      assertThat(rowsSum).isEqualTo(8);
    }

    try (PDDocument pdf = Loader.loadPDF(reports.file(s.id(), "pdf", SUPERVISOR).content())) {
      keepForReview(s.id(), pdf);
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY CÁT TIÊN", "BAN TỔ CHỨC", "Số 15-BC/BTCHU",
          "TÌNH HÌNH CHUNG", "Tổng cộng", "NHIỆM VỤ QUÁ HẠN", "Nơi nhận:", "Lương Văn Đức",
          "chờ Tỉnh ủy cho chủ trương");
    }

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(reports.file(s.id(), "xlsx", SUPERVISOR)
        .content()))) {
      Sheet summary = wb.getSheet(XlsxRenderer.SUMMARY);
      Row header = summary.getRow(3);
      int totalCol = header.getLastCellNum() - 1;
      assertThat(header.getCell(totalCol).getStringCellValue()).isEqualTo("Tổng số");
      int lastRow = summary.getLastRowNum();
      Row totals = summary.getRow(lastRow);
      assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
      assertThat(totals.getCell(totalCol).getNumericCellValue()).isEqualTo(8.0);
      double columnsSum = 0;
      for (int c = 1; c < totalCol; c++) {
        columnsSum += totals.getCell(c).getNumericCellValue();
      }
      assertThat(columnsSum).isEqualTo(8.0);
      Sheet tasks = wb.getSheet(XlsxRenderer.TASKS);
      assertThat(tasks.getLastRowNum()).isEqualTo(8);
      assertThat(tasks.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Tình trạng");
    }
  }

  /** Leaves the files and a picture of the PDF's first page under target/reports for people to look at. */
  void keepForReview(long id, PDDocument pdf) throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("target", "reports");
    java.nio.file.Files.createDirectories(dir);
    for (String part : List.of("docx", "pdf", "xlsx")) {
      java.nio.file.Files.write(dir.resolve("report." + part), reports.file(id, part, SUPERVISOR).content());
    }
    javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 80), "png",
        dir.resolve("report-page1.png").toFile());
  }

  @Test
  void anIssuedReportNeverChangesWhenTheDataDoes() {
    DemoMonitoringData data = new DemoMonitoringData(dataSource);
    ReportSnapshotRepository.Snapshot s = reports.issue(request(data), SUPERVISOR);
    byte[] docx = reports.file(s.id(), "docx", SUPERVISOR).content();
    byte[] pdf = reports.file(s.id(), "pdf", SUPERVISOR).content();
    byte[] xlsx = reports.file(s.id(), "xlsx", SUPERVISOR).content();
    ReportData before = reports.data(s.id(), SUPERVISOR);
    assertThat(before.overdue()).hasSize(1);

    // The overdue task is completed afterwards.
    data.fx.jdbc().update("UPDATE task_assignment SET state = 'COMPLETED', completion_reported_at = :t, "
        + "completed_on = :d WHERE id = :id", Map.of("t", java.time.OffsetDateTime.now(), "d", data.today,
        "id", data.ids.get("overdue-ducpho")));
    data.fx.tallyStale();

    assertThat(reports.file(s.id(), "docx", SUPERVISOR).content()).isEqualTo(docx);
    assertThat(reports.file(s.id(), "pdf", SUPERVISOR).content()).isEqualTo(pdf);
    assertThat(reports.file(s.id(), "xlsx", SUPERVISOR).content()).isEqualTo(xlsx);
    assertThat(reports.data(s.id(), SUPERVISOR)).isEqualTo(before);
    assertThat(reports.snapshot(s.id(), SUPERVISOR)).isEqualTo(s);
    // A new report sees the new facts.
    ReportData now = reports.data(reports.issue(request(data), SUPERVISOR).id(), SUPERVISOR);
    assertThat(now.overdue()).isEmpty();
    assertThat(now.totals().count("COMPLETED_LATE")).isEqualTo(2);
  }

  @Test
  void committeeSummaryAndPermissions() {
    DemoMonitoringData data = new DemoMonitoringData(dataSource);
    ReportSnapshotRepository.Snapshot s = reports.issue(new ReportRequest("COMMITTEE", null, "hu-ct", null, null,
        null, null, null, null, null, null, null), SUPERVISOR);
    ReportData d = reports.data(s.id(), SUPERVISOR);
    assertThat(d.gridBy()).isEqualTo("CONCLUSION");
    assertThat(d.headerLeft()).containsExactly("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN ỦY CÁT TIÊN");
    assertThat(d.grid().stream().mapToLong(ReportData.GridLine::total).sum()).isEqualTo(d.totals().total());
    assertThat(d.tasks()).hasSize((int) d.totals().total());
    MonitoringScope unitUser = new MonitoringScope("cv-du-ct-ducpho", false, List.of("du-ct-ducpho"), false);
    assertThatThrownBy(() -> reports.issue(request(data), unitUser)).extracting("code")
        .isEqualTo("REPORT_NOT_ALLOWED");
    assertThatThrownBy(() -> reports.issue(new ReportRequest("CONCLUSION", null, null, null, null, null, null, null,
        null, null, null, null), SUPERVISOR)).isInstanceOf(ApiException.class).extracting("code")
        .isEqualTo("REPORT_CONCLUSION_REQUIRED");
    ResponseEntity<byte[]> file = rest.withBasicAuth("tb-hu-ct-btc", "demo")
        .getForEntity("/api/monitoring/reports/" + s.id() + "/files/pdf", byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(file.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(rest.withBasicAuth("cv-du-ct-ducpho", "demo").getForEntity("/api/monitoring/reports/" + s.id()
        + "/files/pdf", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
