package vn.dondoc.intake;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, but text standing in two columns on one baseline (the issuer block beside "ĐẢNG CỘNG SẢN
 * VIỆT NAM", "Nơi nhận" beside the signature) comes out as separate lines: a gap wider than three letters' height
 * between two words starts a new line. Justified body text never has such gaps.
 */
final class ColumnAwareTextStripper extends PDFTextStripper {

  private static final float COLUMN_GAP_EMS = 3f;

  private float lastEndX = Float.NaN;
  private float lastY = Float.NaN;

  ColumnAwareTextStripper() {
    super();
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    if (!positions.isEmpty()) {
      TextPosition first = positions.get(0);
      float size = Math.max(first.getFontSizeInPt(), 1f);
      boolean sameLine = !Float.isNaN(lastY) && Math.abs(first.getYDirAdj() - lastY) < size / 2;
      if (sameLine && !Float.isNaN(lastEndX) && first.getXDirAdj() - lastEndX > COLUMN_GAP_EMS * size) {
        writeLineSeparator();
      }
      TextPosition last = positions.get(positions.size() - 1);
      lastEndX = last.getXDirAdj() + last.getWidthDirAdj();
      lastY = last.getYDirAdj();
    }
    super.writeString(text, positions);
  }

  @Override
  protected void writeLineSeparator() throws IOException {
    lastEndX = Float.NaN;
    super.writeLineSeparator();
  }
}
