package vn.dondoc.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper with two additions. Text standing in two columns on one baseline (the issuer block beside
 * "ĐẢNG CỘNG SẢN VIỆT NAM", "Nơi nhận" beside the signature) comes out as separate lines: a gap wider than three
 * letters' height between two words starts a new line (justified body text never has such gaps). And a task table
 * (header with "Nội dung" and "chủ trì"/"thời hạn") is rebuilt from the words' positions into "| cell | cell |" rows
 * by {@link PdfTable}, since a PDF's text layer keeps no cells: PDFBox would give each cell's wrapped lines one after
 * another.
 */
final class ColumnAwareTextStripper extends PDFTextStripper {

  private static final float COLUMN_GAP_EMS = 3f;

  /** The page's lines as PDFBox groups them, in content order, each a list of words with their positions. */
  private final List<List<PdfTable.Word>> lines = new ArrayList<>();
  private List<PdfTable.Word> line = new ArrayList<>();
  /** Columns of a task table still open at the end of the previous page (it goes on over the page break). */
  private PdfTable.Columns open;

  ColumnAwareTextStripper() {
    super();
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    if (positions.isEmpty() || text.isBlank()) {
      return;
    }
    TextPosition first = positions.get(0);
    TextPosition last = positions.get(positions.size() - 1);
    line.add(new PdfTable.Word(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
        Math.max(first.getFontSizeInPt(), 1f)));
  }

  @Override
  protected void writeWordSeparator() {
    // Words are joined when the page is written.
  }

  @Override
  protected void writeLineSeparator() {
    if (!line.isEmpty()) {
      lines.add(line);
      line = new ArrayList<>();
    }
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    writeLineSeparator();
    PdfTable.Page rebuilt = PdfTable.rebuild(lines, open);
    open = rebuilt.openColumns();
    for (String l : rebuilt.lines()) {
      output.write(l);
      output.write(getLineSeparator());
    }
    lines.clear();
    super.endPage(page);
  }

  /** Joins a line's words, starting a new line at a gap wider than {@value #COLUMN_GAP_EMS} letters. */
  static List<String> columns(List<PdfTable.Word> words) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    PdfTable.Word previous = null;
    for (PdfTable.Word w : words) {
      if (previous != null) {
        boolean sameLine = Math.abs(w.y() - previous.y()) < w.size() / 2;
        if (sameLine && w.x() - previous.endX() > COLUMN_GAP_EMS * w.size()) {
          out.add(sb.toString());
          sb.setLength(0);
        } else {
          sb.append(' ');
        }
      }
      sb.append(w.text());
      previous = w;
    }
    if (sb.length() > 0) {
      out.add(sb.toString());
    }
    return out;
  }
}
