package vn.dondoc.monitoring.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.dondoc.monitoring.status.GridColumn;

/**
 * The Excel workbook: "Tổng hợp" (the grid, with SUM formulas in the totals row and column whose cached values are
 * computed before saving) and "Nhiệm vụ" (one row per task with its status).
 */
@Component
public class XlsxRenderer {

  public static final String SUMMARY = "Tổng hợp";
  public static final String TASKS = "Nhiệm vụ";

  public byte[] render(ReportData d) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle head = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      head.setFont(bold);
      head.setWrapText(true);
      CreationHelper helper = wb.getCreationHelper();
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));

      Sheet s = wb.createSheet(SUMMARY);
      s.createRow(0).createCell(0).setCellValue(d.title() + " " + d.subtitle());
      s.createRow(1).createCell(0).setCellValue("Tính đến ngày " + vn.dondoc.monitoring.MonitoringText.date(d.asOf()));
      Row h = s.createRow(3);
      String[] titles = new String[GridColumn.values().length + 2];
      titles[0] = ReportLayout.gridFirstHeader(d);
      for (int i = 0; i < GridColumn.values().length; i++) {
        titles[i + 1] = GridColumn.values()[i].label();
      }
      titles[titles.length - 1] = "Tổng số";
      for (int i = 0; i < titles.length; i++) {
        Cell c = h.createCell(i);
        c.setCellValue(titles[i]);
        c.setCellStyle(head);
      }
      int r = 4;
      for (ReportData.GridLine l : d.grid()) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(l.label());
        for (int i = 0; i < GridColumn.values().length; i++) {
          row.createCell(i + 1).setCellValue(l.count(GridColumn.values()[i].name()));
        }
        String first = CellReference.convertNumToColString(1);
        String last = CellReference.convertNumToColString(GridColumn.values().length);
        row.createCell(titles.length - 1).setCellFormula("SUM(" + first + (r + 1) + ":" + last + (r + 1) + ")");
        r++;
      }
      Row total = s.createRow(r);
      Cell tl = total.createCell(0);
      tl.setCellValue("Tổng cộng");
      tl.setCellStyle(head);
      for (int i = 1; i < titles.length; i++) {
        String col = CellReference.convertNumToColString(i);
        Cell c = total.createCell(i);
        c.setCellFormula(r == 4 ? "0" : "SUM(" + col + "5:" + col + r + ")");
        c.setCellStyle(head);
      }
      s.setColumnWidth(0, 60 * 256);

      Sheet t = wb.createSheet(TASKS);
      List<String> cols = List.of("Kết luận", "Mục", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Lĩnh vực", "Thời hạn",
          "Thời hạn (văn bản)", "Ngày hoàn thành", "Cột báo cáo", "Tình trạng", "Số ngày làm việc quá hạn");
      Row th = t.createRow(0);
      for (int i = 0; i < cols.size(); i++) {
        Cell c = th.createCell(i);
        c.setCellValue(cols.get(i));
        c.setCellStyle(head);
      }
      int tr = 1;
      for (ReportData.Task task : d.tasks()) {
        Row row = t.createRow(tr++);
        row.createCell(0).setCellValue(task.conclusion());
        row.createCell(1).setCellValue(task.ordinal());
        row.createCell(2).setCellValue(task.text());
        row.createCell(3).setCellValue(task.unit());
        row.createCell(4).setCellValue(task.field() == null ? "" : task.field());
        if (task.deadline() != null) {
          Cell c = row.createCell(5);
          c.setCellValue(task.deadline());
          c.setCellStyle(date);
        }
        row.createCell(6).setCellValue(task.deadlineText() == null ? "" : task.deadlineText());
        if (task.completedOn() != null) {
          Cell c = row.createCell(7);
          c.setCellValue(task.completedOn());
          c.setCellStyle(date);
        }
        row.createCell(8).setCellValue(task.columnLabel());
        row.createCell(9).setCellValue(task.status());
        row.createCell(10).setCellValue(task.daysLate());
      }
      t.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, tr - 1), 0, cols.size() - 1));
      t.createFreezePane(0, 1);
      t.setColumnWidth(2, 80 * 256);
      t.setColumnWidth(3, 30 * 256);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
