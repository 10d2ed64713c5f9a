package vn.dondoc.monitoring.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

/** The report as a Word document in the party's layout (Times New Roman 14, A4, header blocks, Nơi nhận). */
@Component
public class DocxRenderer {

  static final String FONT = "Times New Roman";

  public byte[] render(ReportData d) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      margins(doc);
      header(doc, d);
      para(doc, d.title(), true, 14, ParagraphAlignment.CENTER, false).setSpacingBefore(240);
      para(doc, d.subtitle(), true, 14, ParagraphAlignment.CENTER, false).setSpacingAfter(240);
      int section = 1;
      para(doc, roman(section++) + ". TÌNH HÌNH CHUNG", true, 14, ParagraphAlignment.LEFT, false);
      para(doc, d.summary(), false, 14, ParagraphAlignment.BOTH, true);
      if (d.conclusions().size() > 1) {
        para(doc, "Các kết luận được tổng hợp:", false, 14, ParagraphAlignment.BOTH, true);
        d.conclusions().forEach(c -> para(doc, "- " + c, false, 14, ParagraphAlignment.BOTH, true));
      }
      table(doc, ReportLayout.gridHead(d), ReportLayout.gridRows(d), 10);
      if (d.periodFrom() != null) {
        para(doc, roman(section++) + ". NHIỆM VỤ HOÀN THÀNH TRONG KỲ", true, 14, ParagraphAlignment.LEFT, false);
        list(doc, d.completedInPeriod(), ReportLayout.completedHeader(), true);
      }
      para(doc, roman(section++) + ". NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH", true, 14, ParagraphAlignment.LEFT, false);
      list(doc, d.overdue(), ReportLayout.overdueHeader(), false);
      para(doc, roman(section++) + ". NHIỆM VỤ CHƯA CÓ THỜI HẠN", true, 14, ParagraphAlignment.LEFT, false);
      List<List<String>> nd = new ArrayList<>();
      for (int i = 0; i < d.noDeadline().size(); i++) {
        nd.add(ReportLayout.noDeadlineCells(i + 1, d.noDeadline().get(i)));
      }
      if (nd.isEmpty()) {
        para(doc, "Không có.", false, 14, ParagraphAlignment.LEFT, true);
      } else {
        table(doc, ReportLayout.noDeadlineHeader(), nd, 11);
      }
      para(doc, ReportLayout.footnote(d), false, 11, ParagraphAlignment.LEFT, false).setSpacingBefore(120);
      footer(doc, d);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void list(XWPFDocument doc, List<ReportData.Task> tasks, List<String> header, boolean completed) {
    if (tasks.isEmpty()) {
      para(doc, "Không có.", false, 14, ParagraphAlignment.LEFT, true);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      rows.add(completed ? ReportLayout.completedCells(i + 1, tasks.get(i))
          : ReportLayout.overdueCells(i + 1, tasks.get(i)));
    }
    table(doc, header, rows, 11);
  }

  private static void margins(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    sect.addNewPgSz().setW(BigInteger.valueOf(11906));
    sect.getPgSz().setH(BigInteger.valueOf(16838));
    CTPageMar mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(1134));
    mar.setBottom(BigInteger.valueOf(1134));
    mar.setLeft(BigInteger.valueOf(1701));
    mar.setRight(BigInteger.valueOf(1134));
  }

  private static void header(XWPFDocument doc, ReportData d) {
    XWPFTableCell[] cells = twoColumns(doc);
    XWPFTableCell left = cells[0];
    XWPFTableCell right = cells[1];
    List<String> lines = d.headerLeft();
    for (int i = 0; i < lines.size(); i++) {
      boolean last = i == lines.size() - 1;
      cellPara(left, lines.get(i), last, false, 13);
    }
    cellPara(left, "*", false, false, 13);
    cellPara(left, d.number(), false, false, 13);
    cellPara(right, "ĐẢNG CỘNG SẢN VIỆT NAM", true, true, 14);
    XWPFParagraph date = right.addParagraph();
    date.setAlignment(ParagraphAlignment.CENTER);
    date.setSpacingBefore(240);
    XWPFRun r = date.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(14);
    r.setItalic(true);
    r.setText(d.placeAndDate());
  }

  /** A borderless full-width row of two empty cells: the party report's left and right blocks. */
  private static XWPFTableCell[] twoColumns(XWPFDocument doc) {
    XWPFTable t = doc.createTable(1, 2);
    t.removeBorders();
    t.setWidth("100%");
    XWPFTableCell[] cells = {t.getRow(0).getCell(0), t.getRow(0).getCell(1)};
    for (XWPFTableCell c : cells) {
      c.removeParagraph(0);
    }
    return cells;
  }

  private static void cellPara(XWPFTableCell cell, String text, boolean bold, boolean underline, int size) {
    XWPFParagraph p = cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    if (underline) {
      r.setUnderline(UnderlinePatterns.SINGLE);
    }
    r.setText(text);
  }

  private static void footer(XWPFDocument doc, ReportData d) {
    XWPFTableCell[] cells = twoColumns(doc);
    XWPFTableCell left = cells[0];
    XWPFTableCell right = cells[1];
    XWPFParagraph p = left.addParagraph();
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(12);
    r.setBold(true);
    r.setItalic(true);
    r.setUnderline(UnderlinePatterns.SINGLE);
    r.setText("Nơi nhận:");
    for (String line : d.recipients()) {
      XWPFParagraph q = left.addParagraph();
      q.setSpacingAfter(0);
      XWPFRun rr = q.createRun();
      rr.setFontFamily(FONT);
      rr.setFontSize(11);
      rr.setText("- " + line);
    }
    cellPara(right, d.signerAuthority(), true, false, 14);
    if (!d.signerTitle().isEmpty()) {
      cellPara(right, d.signerTitle(), true, false, 14);
    }
    for (int i = 0; i < 3; i++) {
      cellPara(right, "", false, false, 14);
    }
    cellPara(right, d.signerName(), true, false, 14);
  }

  private static XWPFParagraph para(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align,
      boolean indent) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    if (indent) {
      p.setIndentationFirstLine(567);
    }
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setText(text);
    return p;
  }

  private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows, int size) {
    XWPFTable t = doc.createTable(rows.size() + 1, header.size());
    t.setWidth("100%");
    t.setTableAlignment(TableRowAlign.CENTER);
    for (int c = 0; c < header.size(); c++) {
      cell(t.getRow(0).getCell(c), header.get(c), true, size);
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < header.size(); c++) {
        cell(t.getRow(r + 1).getCell(c), rows.get(r).get(c), r == rows.size() - 1 && "Tổng cộng".equals(
            rows.get(r).get(0)), size);
      }
    }
    doc.createParagraph();
  }

  private static void cell(XWPFTableCell cell, String text, boolean bold, int size) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setText(text);
  }

  static String roman(int n) {
    return switch (n) {
      case 1 -> "I";
      case 2 -> "II";
      case 3 -> "III";
      case 4 -> "IV";
      case 5 -> "V";
      default -> String.valueOf(n);
    };
  }
}
