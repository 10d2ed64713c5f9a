package vn.dondoc.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table of tasks ("TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn"), as rows written
 * "| cell | cell |" (how {@link DocumentReader} renders a DOCX table; a row may wrap over several lines).
 */
public final class TaskTableParser {

  /** @param section the group row the task sits under ("I | CÔNG TÁC XÂY DỰNG ĐẢNG"), or null */
  public record Row(String ordinal, String text, String lead, String coordinating, String deadline, String section) {}

  private TaskTableParser() {}

  static boolean isTaskTableHeader(String header) {
    String h = Vn.canonical(header);
    return h.contains("nội dung") && (h.contains("chủ trì") || h.contains("thời hạn") || h.contains("thời gian"));
  }

  /** Joins wrapped rows: a row starts with "|" and ends with "|". */
  static List<String> rows(List<String> lines) {
    List<String> rows = new ArrayList<>();
    StringBuilder current = null;
    for (String line : lines) {
      if (current == null) {
        if (line.startsWith("|")) {
          current = new StringBuilder(line);
        } else {
          continue;
        }
      } else {
        current.append(' ').append(line);
      }
      if (current.length() > 1 && current.toString().endsWith("|")) {
        rows.add(current.toString());
        current = null;
      }
    }
    return rows;
  }

  public static List<Row> parse(List<String> lines) {
    List<String> rows = rows(lines);
    List<Row> out = new ArrayList<>();
    int[] cols = null;
    String group = null;
    String section = null;
    for (String row : rows) {
      List<String> cells = cells(row);
      if (cols == null) {
        if (isTaskTableHeader(String.join(" ", cells))) {
          cols = columns(cells);
        }
        continue;
      }
      String text = cell(cells, cols[1]);
      if (text == null || text.isBlank()) {
        continue;
      }
      String ordinal = cell(cells, cols[0]);
      String number = ordinal == null ? "" : Vn.trimPunctuation(ordinal);
      boolean emptyElsewhere = blank(cell(cells, cols[2])) && blank(cell(cells, cols[3])) && blank(cell(cells, cols[4]));
      if (number.matches("[IVXLC]+|[A-Z]") && emptyElsewhere) {
        // A group row ("| I | CÔNG TÁC XÂY DỰNG ĐẢNG | | |"): the rows under it are numbered "I.1", "I.2".
        group = number;
        section = Vn.trimPunctuation(text);
        continue;
      }
      if (number.isEmpty()) {
        number = String.valueOf(out.size() + 1);
      }
      out.add(new Row(group == null ? number : group + "." + number, text, cell(cells, cols[2]), cell(cells, cols[3]),
          cell(cells, cols[4]), section));
    }
    return out;
  }

  /** Column indexes of ordinal, content, lead, coordinating, deadline (-1 when absent). */
  private static int[] columns(List<String> header) {
    int[] cols = {-1, -1, -1, -1, -1};
    for (int i = 0; i < header.size(); i++) {
      String h = Vn.canonical(header.get(i)).toLowerCase(Locale.ROOT);
      if (h.matches("^(s?tt|số tt|số thứ tự)$")) {
        cols[0] = i;
      } else if (h.contains("nội dung")) {
        cols[1] = i;
      } else if (h.contains("chủ trì")) {
        cols[2] = i;
      } else if (h.contains("phối hợp")) {
        cols[3] = i;
      } else if (h.contains("thời hạn") || h.contains("thời gian")) {
        cols[4] = i;
      }
    }
    return cols;
  }

  private static List<String> cells(String row) {
    String inner = row.substring(1, row.length() - 1);
    List<String> cells = new ArrayList<>();
    for (String c : inner.split("\\|", -1)) {
      cells.add(c.trim());
    }
    return cells;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String cell(List<String> cells, int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : null;
  }
}
