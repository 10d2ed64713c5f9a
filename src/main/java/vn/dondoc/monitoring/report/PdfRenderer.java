package vn.dondoc.monitoring.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/** The report as PDF (A4, DejaVu Serif shipped with the product for the Vietnamese glyphs), same content as DOCX. */
@Component
public class PdfRenderer {

  public byte[] render(ReportData d) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(d.title() + " " + d.subtitle());
      info.setCreator("DonDoc");
      Writer w = new Writer(doc, font(doc, "/fonts/DejaVuSerif.ttf"), font(doc, "/fonts/DejaVuSerif-Bold.ttf"));
      w.twoColumns(d.headerLeft(), d.number(), d.placeAndDate());
      w.space(14);
      w.paragraph(d.title(), true, 13, Align.CENTER, 0);
      w.paragraph(d.subtitle(), true, 12, Align.CENTER, 0);
      w.space(10);
      int section = 1;
      w.paragraph(DocxRenderer.roman(section++) + ". TÌNH HÌNH CHUNG", true, 12, Align.LEFT, 0);
      w.paragraph(d.summary(), false, 12, Align.LEFT, 28);
      if (d.conclusions().size() > 1) {
        w.paragraph("Các kết luận được tổng hợp:", false, 12, Align.LEFT, 28);
        for (String c : d.conclusions()) {
          w.paragraph("- " + c, false, 12, Align.LEFT, 28);
        }
      }
      w.table(new float[] {3.2f, 1, 1.2f, 1.2f, 1, 1, 1, 1.2f, 1.2f}, ReportLayout.gridHead(d), ReportLayout.gridRows(d),
          8, true);
      if (d.periodFrom() != null) {
        w.paragraph(DocxRenderer.roman(section++) + ". NHIỆM VỤ HOÀN THÀNH TRONG KỲ", true, 12, Align.LEFT, 0);
        List<List<String>> done = new ArrayList<>();
        for (int i = 0; i < d.completedInPeriod().size(); i++) {
          done.add(ReportLayout.completedCells(i + 1, d.completedInPeriod().get(i)));
        }
        listOrNone(w, new float[] {0.5f, 4.6f, 2, 1.7f, 2}, ReportLayout.completedHeader(), done);
      }
      w.paragraph(DocxRenderer.roman(section++) + ". NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH", true, 12, Align.LEFT, 0);
      List<List<String>> late = new ArrayList<>();
      for (int i = 0; i < d.overdue().size(); i++) {
        late.add(ReportLayout.overdueCells(i + 1, d.overdue().get(i)));
      }
      listOrNone(w, new float[] {0.5f, 4.6f, 2, 1.7f, 1.3f}, ReportLayout.overdueHeader(), late);
      w.paragraph(DocxRenderer.roman(section++) + ". NHIỆM VỤ CHƯA CÓ THỜI HẠN", true, 12, Align.LEFT, 0);
      List<List<String>> nd = new ArrayList<>();
      for (int i = 0; i < d.noDeadline().size(); i++) {
        nd.add(ReportLayout.noDeadlineCells(i + 1, d.noDeadline().get(i)));
      }
      listOrNone(w, new float[] {0.5f, 5, 2, 2.5f}, ReportLayout.noDeadlineHeader(), nd);
      w.paragraph(ReportLayout.footnote(d), false, 9, Align.LEFT, 0);
      w.space(10);
      w.signature(d.recipients(), d.signerAuthority(), d.signerTitle(), d.signerName());
      w.close();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void listOrNone(Writer w, float[] widths, List<String> head, List<List<String>> rows)
      throws IOException {
    if (rows.isEmpty()) {
      w.paragraph("Không có.", false, 12, Align.LEFT, 28);
    } else {
      w.table(widths, head, rows, 9, false);
    }
  }

  private static PDFont font(PDDocument doc, String path) throws IOException {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("font missing from the classpath: " + path);
      }
      return PDType0Font.load(doc, in);
    }
  }

  enum Align { LEFT, CENTER }

  /** A top-down page writer: wraps text, breaks pages, draws simple ruled tables. */
  static final class Writer {
    static final float MARGIN_LEFT = 70;
    static final float MARGIN_RIGHT = 45;
    static final float MARGIN_TOP = 45;
    static final float MARGIN_BOTTOM = 45;

    final PDDocument doc;
    final PDFont regular;
    final PDFont bold;
    final float width = PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    PDPageContentStream cs;
    float y;

    Writer(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
      this.doc = doc;
      this.regular = regular;
      this.bold = bold;
      newPage();
    }

    void newPage() throws IOException {
      if (cs != null) {
        cs.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN_TOP;
    }

    void close() throws IOException {
      cs.close();
    }

    void ensure(float h) throws IOException {
      if (y - h < MARGIN_BOTTOM) {
        newPage();
      }
    }

    void space(float h) {
      y -= h;
    }

    static String clean(String s) {
      return s == null ? "" : s.replaceAll("[\\p{Cntrl}&&[^\n]]", " ").replace('\u00a0', ' ');
    }

    float textWidth(PDFont f, float size, String s) throws IOException {
      return f.getStringWidth(s) / 1000 * size;
    }

    List<String> wrap(String text, PDFont f, float size, float max) throws IOException {
      List<String> lines = new ArrayList<>();
      for (String para : clean(text).split("\n", -1)) {
        StringBuilder line = new StringBuilder();
        for (String word : para.split(" +")) {
          String candidate = line.isEmpty() ? word : line + " " + word;
          if (textWidth(f, size, candidate) <= max || line.isEmpty()) {
            if (line.isEmpty() && textWidth(f, size, word) > max) {
              // A single word wider than the column: cut it by characters.
              StringBuilder part = new StringBuilder();
              for (char ch : word.toCharArray()) {
                if (textWidth(f, size, part.toString() + ch) > max && !part.isEmpty()) {
                  lines.add(part.toString());
                  part.setLength(0);
                }
                part.append(ch);
              }
              line = new StringBuilder(part);
            } else {
              line = new StringBuilder(candidate);
            }
          } else {
            lines.add(line.toString());
            line = new StringBuilder(word);
          }
        }
        lines.add(line.toString());
      }
      return lines;
    }

    void show(String s, PDFont f, float size, float x, float baseline) throws IOException {
      cs.beginText();
      cs.setFont(f, size);
      cs.newLineAtOffset(x, baseline);
      cs.showText(s);
      cs.endText();
    }

    void paragraph(String text, boolean isBold, float size, Align align, float indent) throws IOException {
      PDFont f = isBold ? bold : regular;
      float leading = size * 1.35f;
      List<String> lines = wrap(text, f, size, width - indent);
      for (int i = 0; i < lines.size(); i++) {
        ensure(leading);
        y -= leading;
        String l = lines.get(i);
        float x = align == Align.CENTER ? MARGIN_LEFT + (width - textWidth(f, size, l)) / 2
            : MARGIN_LEFT + (i == 0 ? indent : 0);
        show(l, f, size, x, y + size * 0.25f);
      }
      y -= size * 0.3f;
    }

    /** The two header blocks: issuer lines, "*", number on the left; the party's name and place+date on the right. */
    void twoColumns(List<String> left, String number, String placeDate) throws IOException {
      float half = width / 2;
      float size = 11;
      float leading = 15;
      float top = y;
      float ly = top;
      for (int i = 0; i < left.size(); i++) {
        PDFont f = i == left.size() - 1 ? bold : regular;
        for (String l : wrap(left.get(i), f, size, half - 10)) {
          ly -= leading;
          show(l, f, size, MARGIN_LEFT + (half - textWidth(f, size, l)) / 2, ly);
        }
      }
      ly -= leading;
      show("*", regular, size, MARGIN_LEFT + (half - textWidth(regular, size, "*")) / 2, ly);
      ly -= leading;
      show(number, regular, size, MARGIN_LEFT + (half - textWidth(regular, size, number)) / 2, ly);
      float ry = top - leading;
      String party = "ĐẢNG CỘNG SẢN VIỆT NAM";
      float pw = textWidth(bold, 12, party);
      float px = MARGIN_LEFT + half + (half - pw) / 2;
      show(party, bold, 12, px, ry);
      cs.moveTo(px, ry - 2);
      cs.lineTo(px + pw, ry - 2);
      cs.stroke();
      ry -= leading * 2;
      for (String l : wrap(placeDate, regular, size, half - 10)) {
        show(l, regular, size, MARGIN_LEFT + half + (half - textWidth(regular, size, l)) / 2, ry);
        ry -= leading;
      }
      y = Math.min(ly, ry) - 6;
    }

    void table(float[] weights, List<String> head, List<List<String>> rows, float size, boolean boldLast)
        throws IOException {
      float sum = 0;
      for (float w : weights) {
        sum += w;
      }
      float[] widths = new float[weights.length];
      for (int i = 0; i < weights.length; i++) {
        widths[i] = width * weights[i] / sum;
      }
      row(widths, head, size, true);
      for (int r = 0; r < rows.size(); r++) {
        if (rowHeight(widths, rows.get(r), size, false) > y - MARGIN_BOTTOM) {
          newPage();
          row(widths, head, size, true);
        }
        row(widths, rows.get(r), size, boldLast && r == rows.size() - 1);
      }
      y -= 8;
    }

    float rowHeight(float[] widths, List<String> cells, float size, boolean isBold) throws IOException {
      int lines = 1;
      for (int c = 0; c < cells.size(); c++) {
        lines = Math.max(lines, wrap(cells.get(c), isBold ? bold : regular, size, widths[c] - 6).size());
      }
      return lines * size * 1.3f + 6;
    }

    void row(float[] widths, List<String> cells, float size, boolean isBold) throws IOException {
      PDFont f = isBold ? bold : regular;
      float h = rowHeight(widths, cells, size, isBold);
      ensure(h);
      float x = MARGIN_LEFT;
      for (int c = 0; c < cells.size(); c++) {
        cs.addRect(x, y - h, widths[c], h);
        cs.stroke();
        float ty = y - 3;
        for (String l : wrap(cells.get(c), f, size, widths[c] - 6)) {
          ty -= size * 1.3f;
          show(l, f, size, x + 3, ty + size * 0.3f);
        }
        x += widths[c];
      }
      y -= h;
    }

    void signature(List<String> recipients, String authority, String title, String name) throws IOException {
      float half = width / 2;
      float needed = Math.max(recipients.size() * 13 + 20, 110);
      ensure(needed);
      float top = y;
      float ly = top - 14;
      show("Nơi nhận:", bold, 11, MARGIN_LEFT, ly);
      for (String r : recipients) {
        for (String l : wrap("- " + r, regular, 10, half - 10)) {
          ly -= 13;
          show(l, regular, 10, MARGIN_LEFT, ly);
        }
      }
      float ry = top - 14;
      for (String l : List.of(authority, title)) {
        if (l != null && !l.isEmpty()) {
          show(l, bold, 12, MARGIN_LEFT + half + (half - textWidth(bold, 12, l)) / 2, ry);
          ry -= 16;
        }
      }
      ry -= 55;
      if (name != null && !name.isEmpty()) {
        show(name, bold, 12, MARGIN_LEFT + half + (half - textWidth(bold, 12, name)) / 2, ry);
      }
      y = Math.min(ly, ry) - 10;
    }
  }
}
