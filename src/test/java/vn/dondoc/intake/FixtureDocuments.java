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
      float size = 10;
      float width = PDRectangle.A4.getWidth() - 100;
      List<String> lines = new ArrayList<>();
      for (String line : text.split("\n")) {
        lines.addAll(wrap(line, font, size, width));
      }
      int perPage = 60;
      for (int start = 0; start < lines.size(); start += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, size);
          cs.setLeading(12.5f);
          cs.newLineAtOffset(50, PDRectangle.A4.getHeight() - 60);
          for (String l : lines.subList(start, Math.min(lines.size(), start + perPage))) {
            cs.showText(l);
            cs.newLine();
          }
          cs.endText();
        }
      }
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
