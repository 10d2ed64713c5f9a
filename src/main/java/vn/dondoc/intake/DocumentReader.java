package vn.dondoc.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns an uploaded file into text: plain text (UTF-8/UTF-16), DOCX (Apache POI) or the text layer of a PDF
 * (PDFBox). The format is decided by the file's first bytes, not its name. Failures are {@link IntakeErrors}.
 */
public final class DocumentReader {

  /** Below this many letters a PDF is taken to be scanned images. */
  static final int MIN_TEXT_CHARS = 40;

  public record Read(String format, String text) {}

  public Read read(byte[] bytes, String filename) {
    if (bytes == null || bytes.length == 0) {
      throw IntakeErrors.emptyFile();
    }
    if (startsWith(bytes, "%PDF")) {
      return new Read("PDF", pdf(bytes));
    }
    if (startsWith(bytes, "PK\u0003\u0004")) {
      return new Read("DOCX", docx(bytes));
    }
    if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
        && (bytes[3] & 0xFF) == 0xE0) {
      throw ole2(bytes);
    }
    if (startsWith(bytes, "\u0089PNG") || ((bytes[0] & 0xFF) == 0xFF && bytes.length > 2 && (bytes[1] & 0xFF) == 0xD8)
        || startsWith(bytes, "GIF8") || startsWith(bytes, "II*\u0000") || startsWith(bytes, "MM\u0000*")) {
      throw IntakeErrors.unsupported("ảnh chụp");
    }
    String lower = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".doc") || lower.endsWith(".rtf") || lower.endsWith(".odt") || lower.endsWith(".xlsx")
        || lower.endsWith(".zip")) {
      throw IntakeErrors.unsupported(lower.substring(lower.lastIndexOf('.')));
    }
    return new Read("TEXT", plainText(bytes));
  }

  static String plainText(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw IntakeErrors.unsupported("tệp nhị phân");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // Old TCVN3/VNI-encoded files are not Unicode; they cannot be read as Vietnamese text.
      throw IntakeErrors.unsupported("văn bản không phải Unicode UTF-8");
    }
  }

  static String pdf(byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        throw IntakeErrors.encrypted();
      }
      String text = new ColumnAwareTextStripper().getText(doc);
      if (text.replaceAll("\\s+", "").length() < MIN_TEXT_CHARS) {
        throw IntakeErrors.noTextLayer();
      }
      return text;
    } catch (InvalidPasswordException e) {
      throw IntakeErrors.encrypted();
    } catch (IOException | RuntimeException e) {
      if (e instanceof vn.dondoc.platform.ApiException api) {
        throw api;
      }
      throw IntakeErrors.unreadable("PDF");
    }
  }

  static String docx(byte[] bytes) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> lines = new ArrayList<>();
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          lines.add(p.getText());
        } else if (element instanceof XWPFTable t) {
          table(t, lines);
        }
      }
      return String.join("\n", lines);
    } catch (EncryptedDocumentException e) {
      throw IntakeErrors.encrypted();
    } catch (IOException | RuntimeException e) {
      if (e instanceof vn.dondoc.platform.ApiException api) {
        throw api;
      }
      throw IntakeErrors.unsupported("tệp nén không phải Word .docx");
    }
  }

  /**
   * A task table ("Nội dung … chủ trì … thời hạn") becomes "| cell | cell |" rows for {@link TaskTableParser};
   * any other table (the two-column header block) is read cell by cell, column after column.
   */
  private static void table(XWPFTable table, List<String> lines) {
    List<XWPFTableRow> rows = table.getRows();
    if (rows.isEmpty()) {
      return;
    }
    String header = String.join(" ", rows.get(0).getTableCells().stream().map(XWPFTableCell::getText).toList());
    if (TaskTableParser.isTaskTableHeader(header)) {
      for (XWPFTableRow row : rows) {
        StringBuilder sb = new StringBuilder("|");
        for (XWPFTableCell cell : row.getTableCells()) {
          sb.append(' ').append(cellText(cell).replace('|', '/')).append(" |");
        }
        lines.add(sb.toString());
      }
      return;
    }
    int columns = rows.stream().mapToInt(r -> r.getTableCells().size()).max().orElse(0);
    for (int c = 0; c < columns; c++) {
      for (XWPFTableRow row : rows) {
        if (c < row.getTableCells().size()) {
          for (XWPFParagraph p : row.getTableCells().get(c).getParagraphs()) {
            lines.add(p.getText());
          }
        }
      }
    }
  }

  private static String cellText(XWPFTableCell cell) {
    return String.join(" ", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList()).trim();
  }

  private static RuntimeException ole2(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        return IntakeErrors.encrypted();
      }
    } catch (IOException | RuntimeException e) {
      return IntakeErrors.unreadable("Office");
    }
    return IntakeErrors.unsupported("Word 97-2003 .doc; vui lòng lưu lại thành .docx");
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    if (bytes.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if ((bytes[i] & 0xFF) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
