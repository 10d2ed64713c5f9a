package vn.dondoc.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds a task table from the positions of a PDF page's words: a PDF keeps no cells, only words at places. The
 * header row (words saying "Nội dung" and "chủ trì"/"thời hạn") gives the columns, one per group of words separated
 * by more than half a letter; each word below goes to the column it starts in; a new row starts where the "TT" column
 * has a number (or, without such a column, after a wider gap between lines); the table ends at a line that is
 * running text — it starts left of the first cell's text, runs across a column's edge, or puts words that are not a
 * number in the "TT" column. Rows go on over a page break. Written as "| cell | cell |" rows for
 * {@link TaskTableParser}; every other line is left as PDFBox gave it.
 */
final class PdfTable {

  record Word(String text, float x, float endX, float y, float size) {}

  /** A table still open at the end of a page: its columns and the rows read so far. */
  record Columns(List<Float> anchors, boolean ordinalColumn, float size, List<String> header, List<List<StringBuilder>> rows) {}

  record Page(List<String> lines, Columns openColumns) {}

  // "1", "1.2", "I", "A": the numbers of rows and of group rows in a "TT" column.
  private static final Pattern ORDINAL = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,2}|[IVXLC]{1,5}|[A-Z])[.)]?$");
  private static final float CELL_GAP_EMS = 0.55f;

  private PdfTable() {}

  static Page rebuild(List<List<Word>> lines, Columns open) {
    List<List<Word>> rows = baselineRows(lines);
    int start = -1;
    Columns columns = open;
    int firstDataRow = 0;
    if (columns != null) {
      start = 0;
    } else {
      for (int i = 0; i < rows.size() && start < 0; i++) {
        String around = text(rows, i, Math.min(rows.size(), i + 3));
        if (TaskTableParser.isTaskTableHeader(around)) {
          List<List<Word>> cells = cells(rows.get(i));
          if (cells.size() >= 3) {
            List<Float> anchors = new ArrayList<>();
            cells.forEach(c -> anchors.add(c.get(0).x()));
            boolean ordinal = Vn.canonical(join(cells.get(0))).matches("s?tt|số tt|số thứ tự");
            List<String> header = new ArrayList<>();
            cells.forEach(c -> header.add(join(c)));
            columns = new Columns(anchors, ordinal, rows.get(i).get(0).size(), header, new ArrayList<>());
            start = i;
            firstDataRow = -1;
          }
        }
      }
    }
    if (columns == null) {
      return new Page(plain(lines), null);
    }
    final Columns cols = columns;
    // Walk the rows of the table: header continuation, then data rows, until running text.
    float minGap = Float.MAX_VALUE;
    for (int i = start + 1; i < rows.size(); i++) {
      float gap = rows.get(i).get(0).y() - rows.get(i - 1).get(0).y();
      if (gap > 0) {
        minGap = Math.min(minGap, gap);
      }
    }
    int end = rows.size();
    List<List<StringBuilder>> data = columns.rows();
    List<StringBuilder> current = data.isEmpty() ? null : data.get(data.size() - 1);
    boolean inHeader = open == null;
    for (int i = open == null ? start + 1 : start; i < rows.size(); i++) {
      List<Word> row = rows.get(i);
      if (isRunningText(row, columns)) {
        end = i;
        break;
      }
      boolean newRow;
      if (columns.ordinalColumn()) {
        newRow = row.stream().anyMatch(w -> column(w, cols) == 0 && ORDINAL.matcher(w.text().trim()).matches());
      } else {
        float gap = i > 0 ? row.get(0).y() - rows.get(i - 1).get(0).y() : 0;
        newRow = current == null ? !inHeader || gap > 1.2f * minGap : gap > 1.2f * minGap;
      }
      if (inHeader && !newRow) {
        for (Word w : row) {
          int c = column(w, columns);
          columns.header().set(c, (columns.header().get(c) + " " + w.text().trim()).trim());
        }
        continue;
      }
      inHeader = false;
      if (newRow || current == null) {
        current = new ArrayList<>();
        for (int c = 0; c < columns.anchors().size(); c++) {
          current.add(new StringBuilder());
        }
        data.add(current);
      }
      for (Word w : row) {
        StringBuilder cell = current.get(column(w, columns));
        if (cell.length() > 0) {
          cell.append(' ');
        }
        cell.append(w.text().trim());
      }
    }
    float top = rows.get(start).get(0).y() - columns.size() / 2;
    float bottom = end > start ? rows.get(end - 1).get(0).y() + columns.size() / 2 : top;
    List<String> table = new ArrayList<>();
    boolean closed = end < rows.size();
    if (closed) {
      table.add(pipes(columns.header()));
      for (List<StringBuilder> r : data) {
        table.add(pipes(r.stream().map(StringBuilder::toString).toList()));
      }
    }
    List<String> out = new ArrayList<>();
    boolean written = false;
    for (List<Word> line : lines) {
      float y = line.get(0).y();
      if (end > start && y >= top && y <= bottom) {
        if (!written) {
          out.addAll(table);
          written = true;
        }
        continue;
      }
      if (!written && closed && y > bottom) {
        out.addAll(table);
        written = true;
      }
      out.addAll(ColumnAwareTextStripper.columns(line));
    }
    if (!written) {
      out.addAll(table);
    }
    return new Page(out, closed ? null : columns);
  }

  private static List<String> plain(List<List<Word>> lines) {
    List<String> out = new ArrayList<>();
    lines.forEach(l -> out.addAll(ColumnAwareTextStripper.columns(l)));
    return out;
  }

  /** Running text, not a table row: starts left of the first cell, runs over a column's edge, or a non-number in "TT". */
  private static boolean isRunningText(List<Word> row, Columns columns) {
    float tolerance = columns.size() * 0.2f;
    List<Float> anchors = columns.anchors();
    Word first = row.get(0);
    if (first.x() < anchors.get(0) - tolerance) {
      return true;
    }
    for (int k = 0; k < row.size(); k++) {
      Word w = row.get(k);
      for (int a = 1; a < anchors.size(); a++) {
        if (w.x() < anchors.get(a) - tolerance && w.endX() > anchors.get(a) + tolerance) {
          return true;
        }
      }
      if (k > 0) {
        Word p = row.get(k - 1);
        if (w.x() - p.endX() < CELL_GAP_EMS * w.size() && column(w, columns) != column(p, columns)) {
          return true;
        }
      }
      if (columns.ordinalColumn() && column(w, columns) == 0 && !ORDINAL.matcher(w.text().trim()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static int column(Word w, Columns columns) {
    float tolerance = columns.size() * 0.2f;
    int c = 0;
    for (int a = 0; a < columns.anchors().size(); a++) {
      if (columns.anchors().get(a) <= w.x() + tolerance) {
        c = a;
      }
    }
    return c;
  }

  /** The page's words grouped by baseline, top to bottom, each row left to right. */
  private static List<List<Word>> baselineRows(List<List<Word>> lines) {
    List<Word> words = new ArrayList<>();
    lines.forEach(words::addAll);
    words.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x));
    List<List<Word>> rows = new ArrayList<>();
    for (Word w : words) {
      List<Word> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      if (last != null && Math.abs(last.get(0).y() - w.y()) < w.size() / 3) {
        last.add(w);
      } else {
        List<Word> row = new ArrayList<>();
        row.add(w);
        rows.add(row);
      }
    }
    rows.forEach(r -> r.sort(Comparator.comparingDouble(Word::x)));
    return rows;
  }

  /** Groups of words separated by more than half a letter: the cells of a header row. */
  private static List<List<Word>> cells(List<Word> row) {
    List<List<Word>> out = new ArrayList<>();
    Word previous = null;
    for (Word w : row) {
      if (previous == null || w.x() - previous.endX() > CELL_GAP_EMS * w.size()) {
        out.add(new ArrayList<>());
      }
      out.get(out.size() - 1).add(w);
      previous = w;
    }
    return out;
  }

  private static String text(List<List<Word>> rows, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(join(rows.get(i))).append(' ');
    }
    return sb.toString();
  }

  private static String join(List<Word> words) {
    StringBuilder sb = new StringBuilder();
    for (Word w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.text().trim());
    }
    return sb.toString();
  }

  private static String pipes(List<String> cells) {
    StringBuilder sb = new StringBuilder("|");
    for (String c : cells) {
      sb.append(' ').append(c.replace('|', '/')).append(" |");
    }
    return sb.toString();
  }
}
