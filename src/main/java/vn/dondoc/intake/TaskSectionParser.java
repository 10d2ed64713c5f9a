package vn.dondoc.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the "Nhiệm vụ, giải pháp" part and splits it into items: numbered ("1.", nested "3.1."), dashed, or
 * lettered "a)". Numbers are accepted only in sequence, so a broken line that happens to start with a number
 * is not taken for an item. Items with sub-items are group headings; the leaves are the tasks.
 */
public final class TaskSectionParser {

  /** An item of the tasks part; {@code children} empty for a task. */
  public static final class Item {
    final String ordinal;
    final List<String> lines = new ArrayList<>();
    final List<Item> children = new ArrayList<>();
    final Item parent;
    final boolean numbered;

    Item(String ordinal, Item parent, boolean numbered) {
      this.ordinal = ordinal;
      this.parent = parent;
      this.numbered = numbered;
    }

    public String ordinal() {
      return ordinal;
    }

    public String text() {
      return DocumentText.join(lines);
    }

    public List<Item> children() {
      return children;
    }

    public Item parent() {
      return parent;
    }
  }

  /** The parsed part: its introduction, its items (a tree), its task table rows, and where it ends. */
  /** @param withoutHeading the document has no tasks heading: its numbered body items were taken as tasks */
  public record Section(int headingIndex, int endIndex, String intro, List<Item> items, List<TaskTableParser.Row> table,
      String closing, boolean withoutHeading) {

    public List<Item> leaves() {
      List<Item> out = new ArrayList<>();
      items.forEach(i -> collect(i, out));
      return out;
    }

    private static void collect(Item item, List<Item> out) {
      if (item.children.isEmpty()) {
        out.add(item);
      } else {
        item.children.forEach(c -> collect(c, out));
      }
    }
  }

  private static final Pattern HEADING = Pattern.compile("(?iu)^(?:([IVXLC]+)\\.|(\\d{1,3})\\.|([A-Z])\\.)?\\s*"
      + "(?:về\\s+)?(?:những\\s+|một số\\s+|các\\s+)?(?:phương hướng,?\\s+)?(?:nhiệm vụ|giải pháp)\\b.*");
  private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+\\.\\s+\\S.*");
  // "3.1. Text" / "3.1 Text" / "1. Text" / "1) Text"; a lone number needs its dot ("4 (khóa XII)" is not an item).
  private static final Pattern NUMBERED = Pattern.compile(
      "^(\\d{1,3}(?:\\.\\d{1,3})+\\.?|\\d{1,3}[.)])\\s*(?=[\\p{Lu}\"“(])(.*)$");
  private static final Pattern DASHED = Pattern.compile("^[-–—•+]\\s*(?=[\\p{Lu}\"“(])(.*)$");
  private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\)\\s+(.*)$");

  private TaskSectionParser() {}

  public static Section parse(List<String> lines, int from) {
    int recipients = RecipientExtractor.headIndex(lines);
    int signature = SignatureExtractor.authorityIndex(lines, from);
    int limit = lines.size();
    if (recipients > from) {
      limit = Math.min(limit, recipients);
    }
    if (signature > from) {
      limit = Math.min(limit, signature);
    }
    int heading = -1;
    Matcher h = null;
    for (int i = from; i < limit; i++) {
      String line = lines.get(i);
      Matcher m = HEADING.matcher(line);
      boolean numbered = line.matches("^([IVXLC]+|\\d+|[A-Z])\\.\\s.*");
      if (m.matches() && line.length() < 160 && (numbered || Character.isUpperCase(line.charAt(0)))) {
        heading = i;
        h = m;
        break;
      }
    }
    if (heading < 0) {
      boolean sections = lines.subList(Math.min(from, limit), limit).stream().anyMatch(l -> ROMAN.matcher(l).matches());
      if (sections) {
        List<TaskTableParser.Row> table = TaskTableParser.parse(lines.subList(from, limit));
        return new Section(-1, limit, null, List.of(), table, null, false);
      }
      // A short conclusion that lists what it decides without a "Nhiệm vụ" heading: the numbered items of the
      // whole body are its tasks (the caller warns).
      return items(lines, Math.max(0, from - 1), from, limit, null, List.of(), true);
    }
    String roman = h.group(1);
    String arabic = h.group(2);
    int end = limit;
    for (int i = heading + 1; i < limit; i++) {
      String line = lines.get(i);
      if ((roman != null || h.group(3) != null) && ROMAN.matcher(line).matches()) {
        end = i;
        break;
      }
      if (arabic != null && line.matches("^" + (Integer.parseInt(arabic) + 1) + "\\.\\s+\\p{Lu}.*")) {
        end = i;
        break;
      }
    }
    // The heading line itself may carry the introduction ("2. Về nhiệm vụ thời gian tới, … đề nghị …").
    return items(lines, heading, heading + 1, end, lines.get(heading), arabic == null ? List.of() : List.of(arabic),
        false);
  }

  private static Section items(List<String> lines, int heading, int start, int end, String headingLine,
      List<String> base, boolean withoutHeading) {
    List<String> body = lines.subList(Math.min(start, end), end);
    List<Item> roots = new ArrayList<>();
    List<String> intro = new ArrayList<>();
    if (headingLine != null) {
      intro.add(headingLine);
    }
    Item current = null;
    List<String> path = new ArrayList<>(base);
    List<String> tableLines = new ArrayList<>();
    boolean inTable = false;
    List<String> closing = new ArrayList<>();
    String previous = "";
    for (String line : body) {
      // A closing "Giao …" paragraph after the items or the table (the follow-up clause) is not part of an item.
      if (!closing.isEmpty() || ((line.startsWith("Giao ") || MonitoringExtractor.opensMonitoringClause(line)) && !inTable
          && (!tableLines.isEmpty() || (current != null && previous.endsWith("."))))) {
        closing.add(line);
        continue;
      }
      previous = line;
      if (line.startsWith("|") || inTable) {
        tableLines.add(line);
        // A wrapped row goes on until a line closes it with "|".
        inTable = !line.endsWith("|") || (line.equals("|") && !inTable);
        continue;
      }
      Matcher n = NUMBERED.matcher(line);
      String number = n.matches() ? n.group(1).replaceAll("[.)]$", "") : null;
      if (number != null && acceptable(path, base, number)) {
        List<String> parts = List.of(number.split("\\."));
        Item parent = findParent(roots, parts, base);
        Item item = new Item(number, parent, true);
        item.lines.add(n.group(2));
        (parent == null ? roots : parent.children).add(item);
        current = item;
        path = new ArrayList<>(parts);
        continue;
      }
      Matcher d = DASHED.matcher(line);
      Matcher l = LETTERED.matcher(line);
      if (d.matches() || l.matches()) {
        Item owner = numberedAncestor(current);
        List<Item> siblings = owner == null ? roots : owner.children;
        // Dashes right under a numbered heading ("2. Nhiệm vụ …") are numbered under it, like "3.1" in 220-KL/TU.
        String prefix = owner != null ? owner.ordinal + "." : base.isEmpty() ? "" : String.join(".", base) + ".";
        String ordinal = prefix + (siblings.size() + 1);
        Item item = new Item(ordinal, owner, false);
        item.lines.add(d.matches() ? d.group(1) : l.group(2));
        siblings.add(item);
        current = item;
        continue;
      }
      if (current == null) {
        intro.add(line);
      } else {
        current.lines.add(line);
      }
    }
    return new Section(heading, end, DocumentText.join(intro), roots, TaskTableParser.parse(tableLines),
        closing.isEmpty() ? null : DocumentText.join(closing), withoutHeading);
  }

  /** The numbered item a dash belongs to: the current numbered item, or the parent of the current dash. */
  private static Item numberedAncestor(Item current) {
    Item i = current;
    while (i != null && !isNumbered(i)) {
      i = i.parent;
    }
    return i;
  }

  private static boolean isNumbered(Item item) {
    return item.numbered;
  }

  private static boolean acceptable(List<String> path, List<String> base, String candidate) {
    List<String> parts = List.of(candidate.split("\\."));
    if (parts.size() <= base.size() || !parts.subList(0, base.size()).equals(base)) {
      return false;
    }
    int depth = parts.size() - 1;
    int last = Integer.parseInt(parts.get(depth));
    if (depth < path.size()) {
      // A sibling at this depth (or of an ancestor): same prefix, next number.
      return parts.subList(0, depth).equals(path.subList(0, depth))
          && last == Integer.parseInt(path.get(depth)) + 1;
    }
    // A first child one level deeper.
    return depth == path.size() && parts.subList(0, depth).equals(path) && last == 1;
  }

  private static Item findParent(List<Item> roots, List<String> parts, List<String> base) {
    if (parts.size() - 1 <= base.size()) {
      return null;
    }
    String parentOrdinal = String.join(".", parts.subList(0, parts.size() - 1));
    return find(roots, parentOrdinal);
  }

  private static Item find(List<Item> items, String ordinal) {
    for (Item i : items) {
      if (i.ordinal.equals(ordinal)) {
        return i;
      }
      Item inner = find(i.children, ordinal);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }
}
