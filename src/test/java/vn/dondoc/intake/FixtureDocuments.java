package vn.dondoc.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The test fixtures and the same documents rendered as DOCX (POI) and PDF (PDFBox, shipped DejaVu font). */
public final class FixtureDocuments {

  static final List<String> FIXTURES = List.of("tb-hu-ct-ducpho", "kl-tu-ld-kt", "kl-du-ducpho", "kl-hu-ct-table",
      "kl-hu-ct-nfd");
  static final Path SEEDS = Path.of("../shared/seeds");
  static final String SEED_1066 = "000_d36600f59ffdebfe.txt";
  static final String SEED_220 = "004_1edf190fcd23b4ee.txt";

  static String resource(String name) {
    try (InputStream in = FixtureDocuments.class.getResourceAsStream("/intake/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String seed(String file) {
    try {
      return Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean seedsPresent() {
    return Files.isRegularFile(SEEDS.resolve(SEED_1066)) && Files.isRegularFile(SEEDS.resolve(SEED_220));
  }

  /** One paragraph per line; "| … |" rows become a real Word table. */
  public static byte[] docx(String text) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<List<String>> rows = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (line.startsWith("|") && line.endsWith("|") && line.length() > 1) {
          List<String> cells = new ArrayList<>();
          for (String c : line.substring(1, line.length() - 1).split("\\|", -1)) {
            cells.add(c.trim());
          }
          rows.add(cells);
          continue;
        }
        flushTable(doc, rows);
        doc.createParagraph().createRun().setText(line);
      }
      flushTable(doc, rows);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void flushTable(XWPFDocument doc, List<List<String>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        row.getCell(c).setText(rows.get(r).get(c));
      }
    }
    rows.clear();
  }

  /** A text PDF: lines wrapped at word boundaries to the page width, as a word processor would. */
  public static byte[] pdf(String text) {
    return pdf(text, null);
  }

  static byte[] encryptedPdf(String text) {
    return pdf(text, "mat-khau");
  }

  private static byte[] pdf(String rawText, String password) {
    // PDF glyph runs are composed characters; the reader sees NFC either way.
    String text = Normalizer.normalize(rawText, Normalizer.Form.NFC).replace('\t', ' ').replace("\r", "");
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream fontStream = FixtureDocuments.class.getResourceAsStream("/fonts/DejaVuSerif.ttf")) {
      PDType0Font font = PDType0Font.load(doc, fontStream);
      PdfWriter writer = new PdfWriter(doc, font);
      List<List<String>> table = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (line.startsWith("|") && line.endsWith("|") && line.length() > 1) {
          List<String> cells = new ArrayList<>();
          for (String c : line.substring(1, line.length() - 1).split("\\|", -1)) {
            cells.add(c.trim());
          }
          table.add(cells);
          continue;
        }
        writer.table(table);
        table.clear();
        for (String l : wrap(line, font, PdfWriter.SIZE, PdfWriter.WIDTH)) {
          writer.line(l);
        }
      }
      writer.table(table);
      writer.close();
      if (password != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Lays out lines and tables from the top of A4 pages: "| … |" rows become a real table as a word processor
   * prints it (ruled cells, text wrapped inside each cell's width, a narrow "TT" column, a wide "Nội dung" one), so
   * the PDF reader has to rebuild the rows from the text's positions.
   */
  private static final class PdfWriter {
    static final float SIZE = 10;
    static final float LEADING = 12.5f;
    static final float LEFT = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 100;
    static final float TOP = PDRectangle.A4.getHeight() - 60;
    static final float BOTTOM = 50;
    static final float PAD = 4;

    private final PDDocument doc;
    private final PDType0Font font;
    private PDPageContentStream cs;
    private float y;

    PdfWriter(PDDocument doc, PDType0Font font) {
      this.doc = doc;
      this.font = font;
    }

    private void ensure(float height) throws IOException {
      if (cs == null || y - height < BOTTOM) {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
      }
    }

    void line(String text) throws IOException {
      ensure(LEADING);
      show(text, LEFT, y);
      y -= LEADING;
    }

    private void show(String text, float x, float baseline) throws IOException {
      cs.beginText();
      cs.setFont(font, SIZE);
      cs.newLineAtOffset(x, baseline);
      cs.showText(text);
      cs.endText();
    }

    void table(List<List<String>> rows) throws IOException {
      if (rows.isEmpty()) {
        return;
      }
      int n = rows.get(0).size();
      float[] weights = new float[n];
      for (int c = 0; c < n; c++) {
        String head = rows.get(0).get(c).toLowerCase(java.util.Locale.ROOT);
        // Wide enough for "STT" itself: a word processor never lets a header overflow its cell.
        weights[c] = head.matches("s?tt") ? 0.5f : head.contains("nội dung") ? 2.6f : 1f;
      }
      float total = 0;
      for (float w : weights) {
        total += w;
      }
      float[] widths = new float[n];
      for (int c = 0; c < n; c++) {
        widths[c] = WIDTH * weights[c] / total;
      }
      for (List<String> row : rows) {
        List<List<String>> cells = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < n; c++) {
          List<String> wrapped = wrap(c < row.size() ? row.get(c) : "", font, SIZE, widths[c] - 2 * PAD);
          cells.add(wrapped);
          height = Math.max(height, wrapped.size());
        }
        float rowHeight = height * LEADING + PAD;
        ensure(rowHeight + LEADING);
        float x = LEFT;
        for (int c = 0; c < n; c++) {
          cs.addRect(x, y - rowHeight + LEADING - PAD, widths[c], rowHeight);
          float baseline = y;
          for (String l : cells.get(c)) {
            if (!l.isEmpty()) {
              show(l, x + PAD, baseline);
            }
            baseline -= LEADING;
          }
          x += widths[c];
        }
        cs.stroke();
        y -= rowHeight;
      }
      y -= PAD;
    }

    void close() throws IOException {
      if (cs != null) {
        cs.close();
        cs = null;
      }
    }
  }

  /**
   * A PDF laid out like the real ones: rows of one or two columns (issuer block beside "ĐẢNG CỘNG SẢN VIỆT NAM",
   * "Nơi nhận" beside the signature); a one-column row is wrapped to the page width.
   */
  static byte[] pdfInColumns(List<String[]> rows) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream fontStream = FixtureDocuments.class.getResourceAsStream("/fonts/DejaVuSerif.ttf")) {
      PDType0Font font = PDType0Font.load(doc, fontStream);
      float size = 10;
      List<String[]> lines = new ArrayList<>();
      for (String[] row : rows) {
        if (row.length == 1) {
          wrap(row[0], font, size, PDRectangle.A4.getWidth() - 100).forEach(l -> lines.add(new String[] {l}));
        } else {
          lines.add(row);
        }
      }
      for (int start = 0; start < lines.size(); start += 60) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = PDRectangle.A4.getHeight() - 60;
          for (String[] row : lines.subList(start, Math.min(lines.size(), start + 60))) {
            for (int c = 0; c < row.length; c++) {
              cs.beginText();
              cs.setFont(font, size);
              cs.newLineAtOffset(c == 0 ? 50 : 330, y);
              cs.showText(row[c]);
              cs.endText();
            }
            y -= 12.5f;
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A scanned page: one image, no text layer. */
  static byte[] imageOnlyPdf() {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 280,
          java.awt.image.BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < 200; x++) {
        for (int y = 0; y < 280; y++) {
          image.setRGB(x, y, (x / 10 + y / 14) % 2 == 0 ? 0xFFFFFF : 0x333333);
        }
      }
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(xobject, 50, 200, 400, 560);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> wrap(String line, PDType0Font font, float size, float width) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : line.split(" ")) {
      String candidate = current.length() == 0 ? word : current + " " + word;
      if (width(font, candidate) / 1000 * size > width && current.length() > 0) {
        out.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    out.add(current.toString());
    return out;
  }

  private static float width(PDType0Font font, String text) {
    try {
      return font.getStringWidth(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private FixtureDocuments() {}
}
