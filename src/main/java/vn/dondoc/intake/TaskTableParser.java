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

  private static final java.util.regex.Pattern MERGED_GROUP = java.util.regex.Pattern.compile(
      "^(?:([IVXLC]+|[A-Z])\\s*[.\\-–]\\s+)?(.+)$");

  private TaskTableParser() {}

  /**
   * "Nội dung … chủ trì/thời hạn/thời gian", or a column "Nhiệm vụ"/"Công việc" beside one naming who does it
   * ("Cơ quan chủ trì", "Đơn vị thực hiện", "phối hợp") — a sentence about tasks and time is not enough.
   */
  static boolean isTaskTableHeader(String header) {
    String h = Vn.canonical(header).toLowerCase(Locale.ROOT);
    if (h.contains("nội dung")) {
      return h.contains("chủ trì") || h.contains("thời hạn") || h.contains("thời gian");
    }
    return (h.contains("nhiệm vụ") || h.contains("công việc"))
        && (h.contains("chủ trì") || h.contains("phối hợp") || h.matches(".*(?:đơn vị|cơ quan) thực hiện.*"));
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
    int width = 0;
    String group = null;
    String section = null;
    for (String row : rows) {
      List<String> cells = cells(row);
      if (cols == null) {
        if (isTaskTableHeader(String.join(" ", cells))) {
          cols = columns(cells);
          width = cells.size();
        }
        continue;
      }
      List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
      if (cells.size() < width && filled.size() == 1) {
        // A merged group row, one cell across the table: "| I. CÔNG TÁC XÂY DỰNG ĐẢNG |", "| LĨNH VỰC KINH TẾ |".
        java.util.regex.Matcher m = MERGED_GROUP.matcher(filled.get(0));
        m.matches();
        group = m.group(1);
        section = Vn.trimPunctuation(m.group(2));
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
      if (emptyElsewhere && (number.isEmpty() && !text.equals(text.toLowerCase(Locale.ROOT))
          && text.equals(text.toUpperCase(Locale.ROOT)) || isParentOfNext(number, rows, row, cols))) {
        // A group row without a Roman number: "| | LĨNH VỰC KINH TẾ | | |" (capitals), or "| 1 | Về xây dựng Đảng | | |"
        // followed by "| 1.1 | … |": the rows under it keep their own numbers and name it as their section.
        group = null;
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

  /** "1" is a group when the next row with an ordinal is numbered under it ("1.1"). */
  private static boolean isParentOfNext(String number, List<String> rows, String row, int[] cols) {
    if (!number.matches("\\d{1,3}(?:\\.\\d{1,3})*")) {
      return false;
    }
    int at = rows.indexOf(row);
    for (int k = at + 1; k < rows.size(); k++) {
      String next = cell(cells(rows.get(k)), cols[0]);
      String n = next == null ? "" : Vn.trimPunctuation(next);
      if (!n.isEmpty()) {
        return n.startsWith(number + ".");
      }
    }
    return false;
  }

  /**
   * Column indexes of ordinal, content, lead, coordinating, deadline (-1 when absent): "Nội dung"/"Nhiệm vụ"/
   * "Công việc"; "chủ trì" or "Đơn vị/Cơ quan thực hiện"; "phối hợp"; "Thời hạn"/"Thời gian …"/"Tiến độ".
   */
  private static int[] columns(List<String> header) {
    int[] cols = {-1, -1, -1, -1, -1};
    for (int i = 0; i < header.size(); i++) {
      String h = Vn.canonical(header.get(i)).toLowerCase(Locale.ROOT);
      if (h.matches("^(s?tt|số tt|số thứ tự)$")) {
        cols[0] = i;
      } else if (h.contains("chủ trì")) {
        cols[2] = i;
      } else if (h.contains("phối hợp")) {
        cols[3] = i;
      } else if (h.contains("thời hạn") || h.contains("thời gian") || h.contains("tiến độ")) {
        cols[4] = i;
      } else if (cols[1] < 0 && (h.contains("nội dung") || h.contains("nhiệm vụ") || h.contains("công việc"))) {
        cols[1] = i;
      } else if (cols[2] < 0 && h.matches(".*(?:đơn vị|cơ quan|bộ phận) (?:thực hiện|phụ trách|đảm nhiệm).*")) {
        cols[2] = i;
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
