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
    /**
     * How deep the item's mark nests: 0 numbered, 1 an unnumbered group line ("Đối với …:"), 2 a letter, 3 a dash,
     * 4 a plus or another bullet. An item nests under the nearest one above it with a smaller rank.
     */
    int rank;
    /** Numbered after a task table in the same part: the lines that wrap on from it are its own. */
    boolean afterTable;
    /** Comes after the task table in the document (numbered or not): its task is listed after the table's rows. */
    boolean followsTable;
    /** For a part without a number of its own in the list ("II. Về công tác cán bộ"): the sentence under its title. */
    String intro;

    Item(String ordinal, Item parent, boolean numbered) {
      this.ordinal = ordinal;
      this.parent = parent;
      this.numbered = numbered;
    }

    public String ordinal() {
      return ordinal;
    }

    public String text() {
      int end = titleEnd();
      return end < 0 ? DocumentText.join(lines)
          : DocumentText.join(lines.subList(0, end + 1)) + ": " + DocumentText.join(lines.subList(end + 1, lines.size()));
    }

    /**
     * The item's title when it opens with one: a topic ("Về …", "Đối với …", "Lĩnh vực …") or a line in capitals, on up
     * to three lines, the last of them short and without closing punctuation, followed by a new sentence ("3. Về tổ
     * chức thực hiện" / "Để hoàn thiện Đề án …"; "2. Về công tác quản lý …, ngăn chặn tình trạng khai thác" / "cát trái
     * phép trên sông Đồng Nai" / "Thực hiện Chỉ thị …"). A line wrapped in the middle of a sentence is as long as the
     * lines around it.
     */
    String title() {
      int end = titleEnd();
      return end < 0 ? null : DocumentText.join(lines.subList(0, end + 1));
    }

    private int titleEnd() {
      if (lines.size() < 2) {
        return -1;
      }
      String first = lines.get(0).strip();
      if (!TITLE.matcher(first).lookingAt() && !first.equals(first.toUpperCase(Vn.VI))) {
        return -1;
      }
      int longest = lines.stream().mapToInt(l -> l.strip().length()).max().orElse(0);
      int length = 0;
      for (int k = 0; k < Math.min(3, lines.size() - 1); k++) {
        String line = lines.get(k).strip();
        length += line.length();
        if (line.matches(".*[.:;!?]$") || line.contains(":") || length > 260) {
          return -1;
        }
        String next = lines.get(k + 1).strip();
        // (Not a name wrapped before its committee: "… phối hợp với Văn phòng" / "Huyện ủy …".)
        if (line.length() + 8 <= longest && !line.endsWith(",") && next.matches("^\\p{Lu}\\p{Ll}.*")
            && !NAME_GOES_ON.matcher(next).lookingAt()) {
          return k;
        }
      }
      return -1;
    }

    public List<Item> children() {
      return children;
    }

    public Item parent() {
      return parent;
    }

    /** The item or the top-level item it belongs to comes after the task table in the document. */
    boolean afterTheTable() {
      Item top = this;
      while (top.parent != null && !top.followsTable) {
        top = top.parent;
      }
      return top.followsTable;
    }

    /** The heading's text with the sentence under it, where the addressees of its items are named. */
    String headingWithIntro() {
      return intro == null || intro.isBlank() ? text() : text() + " " + intro;
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
  // Numbered headings of a tasks part that do not say "nhiệm vụ" ("2. Ý kiến chỉ đạo", "III. Thời gian tới").
  // Unnumbered only when written in capitals ("ĐỀ NGHỊ", "Ý KIẾN KẾT LUẬN") or alone on its line ("Đề nghị:");
  // the part then runs to the signature.
  private static final Pattern DIRECTIVE_HEADING = Pattern.compile("(?iu)^(?:([IVXLC]+)\\.|(\\d)\\.|([A-Z])\\.)?\\s*"
      + "(?:về\\s+)?(?:ý kiến chỉ đạo|ý kiến kết luận|chỉ đạo|(?:trong\\s+)?thời gian tới|phương hướng|"
      + "đề nghị|yêu cầu|phân công|(?:biện pháp|giải pháp|yêu cầu) khắc phục|những việc cần làm)(?![\\p{L}])[^.:;]{0,60}:?$");
  private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+\\.\\s+\\S.*");
  private static final Pattern ROMAN_PART = Pattern.compile("^([IVXLC]+)\\.\\s+(\\S.*)$");
  // Parts that assess rather than assign: their items are not tasks.
  private static final Pattern ASSESSMENT = Pattern.compile("(?iu)^(?:về\\s+|một số\\s+|những\\s+)?(?:kết quả|đánh giá|"
      + "tình hình|hạn chế|tồn tại|khuyết điểm|ưu điểm|nguyên nhân|bài học|đặc điểm|nhận xét|thuận lợi|khó khăn|"
      + "những kết quả|công tác .{0,40}năm \\d{4} đạt|ưu, khuyết điểm|mục tiêu|(?:các\\s+)?chỉ tiêu).*");
  private static final Pattern APPROVAL = Pattern.compile("(?iu)(?:về cơ bản\\s+|cơ bản\\s+)?(?:thống nhất|nhất trí|"
      + "đồng ý|tán thành|thông qua)(?![\\p{L}])");
  private static final Pattern ASSIGNS = Pattern.compile("(?iu)(?<![\\p{L}])(?:giao|đề nghị|yêu cầu|chủ trì|phối hợp|"
      + "có trách nhiệm|chỉ đạo|tiếp tục|khẩn trương|cần|phải|hoàn thành|trước ngày)(?![\\p{L}])");
  private static final Pattern CLEARLY_ASSIGNS = Pattern.compile("(?u)(?:^|[.;:]\\s+|\\s)(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu|chủ trì|"
      + "có trách nhiệm|chịu trách nhiệm|khẩn trương|cần tập trung|phải)(?![\\p{L}])");
  // The closing words of a notice after its items: "Văn phòng Huyện ủy thông báo ý kiến kết luận của Thường trực
  // Huyện ủy để … biết, thực hiện." — not part of the last item; the follow-up clause usually comes with it.
  private static final Pattern NOTICE = Pattern.compile("(?u)\\p{Lu}[^.;:]{0,80}\\sthông báo\\s(?:ý kiến\\s)?"
      + "(?:kết luận|chỉ đạo|để)(?!\\p{L})");
  // How a topic title opens ("Về công tác Mặt trận …", "Đối với …", "Lĩnh vực kinh tế", "Tổ chức thực hiện").
  private static final Pattern TITLE = Pattern.compile("(?iu)(?:về|đối với|riêng|công tác|lĩnh vực|trên lĩnh vực|"
      + "nhiệm vụ|tổ chức thực hiện|phân công)(?!\\p{L})");
  // Words that go on a name broken over a line ("Văn phòng" / "Huyện ủy"), never a new sentence.
  private static final Pattern NAME_GOES_ON = Pattern.compile("(?:Huyện [uủ][yỷ]|Tỉnh [uủ][yỷ]|Thành [uủ][yỷ]|Đảng [uủ][yỷ]"
      + "|Trung ương|Việt Nam|Nhân dân|Tổ quốc|Chính phủ|Quốc hội)(?!\\p{L})");
  private static final Pattern FOLLOW_UP_PART = Pattern.compile("(?iu)^(?:về\\s+)?tổ chức thực hiện\\b.*");
  // A paragraph that hands out the tasks without a heading ("Thời gian tới, đề nghị Đảng ủy xã … các nội dung sau:").
  private static final Pattern TASK_INTRO = Pattern.compile("(?iu).*\\b(?:đề nghị|yêu cầu|giao|nhiệm vụ|giải pháp|"
      + "tập trung)\\b.*(?:sau|như sau|dưới đây)\\s*:$");
  private static final Pattern CONCLUDES = Pattern.compile("(?iu).*kết luận(?:\\s+như sau|\\s+một số nội dung sau)?\\s*:$");
  // "3.1. Text" / "3.1 Text" / "1. Text" / "1) Text"; a lone number needs its dot ("4 (khóa XII)" is not an item).
  private static final Pattern NUMBERED = Pattern.compile(
      "^(\\d{1,3}(?:\\.\\d{1,3})+\\.?|\\d{1,3}[.)])\\s*(?=[\\p{Lu}\"“(])(.*)$");
  private static final Pattern DASHED = Pattern.compile("^[-–—•+*●▪■◦]\\s*(?=[\\p{Lu}\"“(])(.*)$");
  // "a) Text", also "a. Text" (then only before a capital, so a wrapped line is not taken for an item).
  // An unnumbered line that names whom or what the bullets under it are about ("Đối với Ủy ban nhân dân huyện:",
  // "Về kinh tế:"): a group of the items below it.
  private static final Pattern GROUP_LINE = Pattern.compile("^(?:Đối với|ĐỐI VỚI|Về|VỀ|Riêng|RIÊNG)\\s+[^.;:]{2,140}:$");
  private static final Pattern LETTERED = Pattern.compile("^([a-zđ])(?:\\)\\s+|\\.\\s+(?=\\p{Lu}))(.*)$");
  // Numbers written with a hyphen, as the central documents do ("I- NHIỆM VỤ", "2- Ban Tổ chức …", "II - Về …"):
  // read as "I. ", "2. ". Never a document number broken over a line ("10-CT/TW", "21- NQ/TW").
  private static final Pattern HYPHEN_NUMBER = Pattern.compile(
      "^([IVXLC]{1,6}|\\d{1,3}(?:\\.\\d{1,3})*)(?:\\s*[-–—]\\s*|/\\s+)(?=[\\p{Lu}\"“(])(?![\\p{Lu}Đ\\d]{1,8}\\s*/)");
  // "Một là, tiếp tục …", "Thứ hai, …" (never "Thứ hai, ngày 12/5", a weekday): numbered items 1, 2 …
  private static final List<String> ORDINAL_WORDS = List.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
      "mười");
  private static final Pattern WORD_NUMBER = Pattern.compile("^(?:(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là|"
      + "Thứ (nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\\s*[,:]\\s*(?!ngày)(?=\\p{L})");
  private static final Pattern HYPHEN_LETTER = Pattern.compile("^([A-Z])\\s*[-–—]\\s+(?=\\p{Lu})(?!\\p{Lu}{1,8}\\s*/)");

  private TaskSectionParser() {}

  public static Section parse(List<String> rawLines, int from) {
    List<String> lines = rawLines.stream().map(TaskSectionParser::dottedNumber).toList();
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
    // A "Nhiệm vụ" heading anywhere wins over a directive heading ("2. Ý kiến chỉ đạo") before it.
    for (Pattern p : new Pattern[] {HEADING, DIRECTIVE_HEADING}) {
      for (int i = from; i < limit && heading < 0; i++) {
        String line = lines.get(i);
        Matcher m = p.matcher(line);
        boolean numbered = line.matches("^([IVXLC]+|\\d+|[A-Z])\\.\\s.*");
        // "2. Phân công thực hiện các nhiệm vụ trọng tâm như sau:" introduces what follows; it is an item, not a title.
        boolean introducesList = p == DIRECTIVE_HEADING && (line.matches(".*\\bsau\\s*:$")
            || (!numbered && !line.equals(line.toUpperCase(Vn.VI)) && !line.matches("(?iu)^(?:về\\s+)?(?:ý kiến chỉ đạo|"
            + "ý kiến kết luận|đề nghị|yêu cầu|(?:trong\\s+)?thời gian tới|phương hướng|phân công|chỉ đạo)\\s*:?$")));
        if (m.matches() && !introducesList && line.length() < 160 && (numbered || Character.isUpperCase(line.charAt(0)))) {
          heading = i;
          h = m;
          break;
        }
      }
    }
    if (heading < 0) {
      return withoutHeading(lines, from, limit);
    }
    String roman = h.group(1);
    String arabic = h.group(2);
    if (h.group(3) != null) {
      // "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025" with Roman parts under it ("I. Mục tiêu", "II. Nhiệm vụ, giải pháp …"):
      // the letter part runs to the next letter part; a tasks heading inside it is the real one.
      int letterEnd = limit;
      // The next letter ("C." after "B."), never a Roman "I." under it.
      String next = String.valueOf((char) (h.group(3).charAt(0) + 1));
      for (int i = heading + 1; i < limit; i++) {
        if (lines.get(i).matches("^" + next + "\\.\\s+\\p{Lu}.*")) {
          letterEnd = i;
          break;
        }
      }
      boolean hasParts = lines.subList(heading + 1, letterEnd).stream().anyMatch(l -> ROMAN.matcher(l).matches());
      if (hasParts) {
        Section inner = parse(lines.subList(0, letterEnd), heading + 1);
        if (!inner.leaves().isEmpty() || !inner.table().isEmpty()) {
          return inner;
        }
      }
    }
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
    List<int[]> more = continuationParts(lines, end, limit, roman != null, arabic);
    if (!more.isEmpty()) {
      return severalParts(lines, heading, end, more, roman, arabic);
    }
    // The heading line itself may carry the introduction ("2. Về nhiệm vụ thời gian tới, … đề nghị …").
    return items(lines, heading, heading + 1, end, lines.get(heading), arabic == null ? List.of() : List.of(arabic),
        false);
  }

  /**
   * Parts after the tasks part that hand out more tasks, at the same level: "III. TỔ CHỨC THỰC HIỆN" with each
   * body's assignment as an item, "3. Về các đề xuất, kiến nghị của xã" answered a), b) … A part counts when it
   * has items and one of them assigns; a part that assesses, or a closing paragraph without items (the follow-up
   * clause), ends the tasks.
   */
  private static List<int[]> continuationParts(List<String> lines, int start, int limit, boolean romanLevel,
      String arabic) {
    List<int[]> parts = new ArrayList<>();
    if (!romanLevel && arabic == null) {
      return parts;
    }
    int at = start;
    int next = arabic == null ? -1 : Integer.parseInt(arabic) + 1;
    while (at < limit) {
      Matcher m = romanLevel ? ROMAN_PART.matcher(lines.get(at))
          : Pattern.compile("^(" + next + ")\\.\\s+(\\p{Lu}.*)$").matcher(lines.get(at));
      if (!m.matches() || ASSESSMENT.matcher(m.group(2)).matches()) {
        break;
      }
      int partEnd = limit;
      for (int i = at + 1; i < limit; i++) {
        String l = lines.get(i);
        if (ROMAN.matcher(l).matches() || (!romanLevel && l.matches("^" + (next + 1) + "\\.\\s+\\p{Lu}.*"))) {
          partEnd = i;
          break;
        }
      }
      Section s = items(lines, at, at + 1, partEnd, null, romanLevel ? List.of() : List.of(String.valueOf(next)), false);
      boolean assigns = s.leaves().stream().anyMatch(i -> CLEARLY_ASSIGNS.matcher(i.text()).find()
          || !UnitPhrases.lead(i.text()).isEmpty());
      if (s.items().isEmpty() || !assigns) {
        break;
      }
      parts.add(new int[] {at, partEnd});
      at = partEnd;
      next++;
    }
    return parts;
  }

  /**
   * The tasks part and the parts that go on handing out tasks: each part a group with its number and title, its
   * items numbered under it ("II.1", "III.2.1"; under "2." and "3." the items are "2.1", "3.1" already).
   */
  private static Section severalParts(List<String> lines, int heading, int end, List<int[]> more, String roman,
      String arabic) {
    List<int[]> all = new ArrayList<>();
    all.add(new int[] {heading, end});
    all.addAll(more);
    List<Item> roots = new ArrayList<>();
    List<TaskTableParser.Row> table = new ArrayList<>();
    String closing = null;
    for (int[] part : all) {
      String line = lines.get(part[0]);
      Matcher m = Pattern.compile("^([IVXLC]+|\\d{1,3})\\.\\s+(.*)$").matcher(line);
      if (!m.matches()) {
        return items(lines, heading, heading + 1, end, lines.get(heading), arabic == null ? List.of() : List.of(arabic),
            false);
      }
      String number = m.group(1);
      Section s = items(lines, part[0], part[0] + 1, part[1], null, roman != null ? List.of() : List.of(number), false);
      Item group = group(number, m.group(2).strip(), s, roman != null ? number + "." : "");
      if (!group.children.isEmpty()) {
        roots.add(group);
      }
      table.addAll(s.table());
      if (s.closing() != null) {
        closing = s.closing();
      }
    }
    return new Section(heading, all.get(all.size() - 1)[1], "", roots, table, closing, false);
  }

  /** "II- NHIỆM VỤ" → "II. NHIỆM VỤ", "1 - Ban …" → "1. Ban …"; other lines unchanged (one line for one line). */
  static String dottedNumber(String line) {
    Matcher w = WORD_NUMBER.matcher(line);
    if (w.find()) {
      String rest = line.substring(w.end());
      String word = (w.group(1) != null ? w.group(1) : w.group(2)).toLowerCase(Vn.VI)
          .replace("nhất", "một").replace("tư", "bốn");
      int n = ORDINAL_WORDS.indexOf(word) + 1;
      return n + ". " + rest.substring(0, 1).toUpperCase(Vn.VI) + rest.substring(1);
    }
    Matcher m = HYPHEN_NUMBER.matcher(line);
    if (m.find()) {
      return m.group(1) + ". " + line.substring(m.end());
    }
    Matcher l = HYPHEN_LETTER.matcher(line);
    if (l.find()) {
      return l.group(1) + ". " + line.substring(l.end());
    }
    return line;
  }

  /**
   * No "Nhiệm vụ" heading. In order: Roman-numbered parts that do not assess ("II. Về công tác cán bộ" with its
   * tasks inside; several such parts number their tasks "II.1", "III.2"); a paragraph that hands out tasks
   * ("… đề nghị Đảng ủy xã … thực hiện tốt các nội dung sau:") and the items after it; else the numbered items of
   * the whole body, without the parts that assess. The caller warns in every case.
   */
  private static Section withoutHeading(List<String> lines, int from, int limit) {
    List<int[]> parts = new ArrayList<>();
    for (int i = Math.min(from, limit); i < limit; i++) {
      if (ROMAN.matcher(lines.get(i)).matches()) {
        parts.add(new int[] {i, limit});
        if (parts.size() > 1) {
          parts.get(parts.size() - 2)[1] = i;
        }
      }
    }
    if (!parts.isEmpty()) {
      List<int[]> taskParts = new ArrayList<>();
      int followUp = -1;
      for (int[] part : parts) {
        Matcher rp = ROMAN_PART.matcher(lines.get(part[0]));
        rp.matches();
        String title = rp.group(2);
        if (FOLLOW_UP_PART.matcher(title).matches()) {
          followUp = followUp < 0 ? part[0] : followUp;
        } else if (!ASSESSMENT.matcher(title).matches()) {
          taskParts.add(part);
        }
      }
      if (taskParts.isEmpty()) {
        List<TaskTableParser.Row> table = TaskTableParser.parse(lines.subList(from, limit));
        return new Section(-1, limit, null, List.of(), table, null, false);
      }
      if (taskParts.size() == 1) {
        int[] p = taskParts.get(0);
        Section one = items(lines, p[0], p[0] + 1, p[1], lines.get(p[0]), List.of(), true);
        if (!one.items().isEmpty() || !one.table().isEmpty()) {
          return one;
        }
      }
      // Several parts with tasks: each part is a group ("II" with its title), its items numbered under it.
      List<Item> roots = new ArrayList<>();
      List<TaskTableParser.Row> table = new ArrayList<>();
      String closing = null;
      int end = taskParts.get(taskParts.size() - 1)[1];
      for (int[] p : taskParts) {
        Matcher rp = ROMAN_PART.matcher(lines.get(p[0]));
        rp.matches();
        Section s = items(lines, p[0], p[0] + 1, p[1], null, List.of(), true);
        if (s.items().isEmpty() && s.table().isEmpty()) {
          // A part with no items is one task itself: an agenda item of a meeting that ends in an assignment
          // ("II. Về Tờ trình số … Giao Ban Tổ chức Huyện ủy hoàn chỉnh …"); a closing follow-up paragraph is not.
          Item task = new Item(rp.group(1), null, true);
          int stop = p[1];
          for (int k = p[0] + 2; k < p[1]; k++) {
            if (lines.get(k - 1).endsWith(".")
                && MonitoringExtractor.isMonitoringClause(DocumentText.join(lines.subList(k, p[1])).split("(?<=\\.)\\s")[0])) {
              stop = k;
              closing = DocumentText.join(lines.subList(k, p[1]));
              break;
            }
          }
          task.lines.addAll(lines.subList(p[0] + 1, stop));
          if (!isApprovalOnly(task.text())) {
            roots.add(task);
          }
          continue;
        }
        Item group = group(rp.group(1), rp.group(2), s, rp.group(1) + ".");
        if (!group.children.isEmpty()) {
          roots.add(group);
        }
        table.addAll(s.table());
        if (s.closing() != null) {
          closing = s.closing();
        }
      }
      if (followUp > 0 && followUp < end) {
        end = followUp;
      }
      return new Section(-1, end, null, roots, table, closing, true);
    }
    for (int i = Math.min(from, limit) ; i < limit; i++) {
      String line = lines.get(i);
      if (!line.endsWith(":") || CONCLUDES.matcher(line).matches()) {
        continue;
      }
      int start = i;
      while (start > from && !lines.get(start - 1).matches(".*[.:;]$")) {
        start--;
      }
      String paragraph = DocumentText.join(lines.subList(start, i + 1));
      if (TASK_INTRO.matcher(paragraph).matches() && !CONCLUDES.matcher(paragraph).matches()
          && !paragraph.matches("^\\d{1,2}[.)]\\s.*")) {
        Section s = items(lines, start, i + 1, limit, null, List.of(), true);
        if (!s.items().isEmpty() || !s.table().isEmpty()) {
          return new Section(start, s.endIndex(), paragraph, s.items(), s.table(), s.closing(), true);
        }
      }
    }
    // A short conclusion that lists what it decides without a "Nhiệm vụ" heading: the numbered items of the
    // whole body are its tasks, except items that are assessment headings ("1. Đánh giá chung").
    Section all = items(lines, Math.max(0, from - 1), from, limit, null, List.of(), true);
    // An item that only introduces the table under it ("2. Phân công … như sau:") is not a task; its rows are.
    List<Item> listed = all.items().stream().filter(i -> !isAssessmentHeading(i))
        .filter(i -> !i.children.isEmpty() || !isApprovalOnly(i.text()))
        .filter(i -> all.table().isEmpty() || !i.children.isEmpty() || !i.text().endsWith(":")).toList();
    // "1. Dự án … là công trình trọng điểm …" (the situation) before "2. Để tháo gỡ khó khăn, … yêu cầu:" with 2.1–2.6:
    // beside an item that hands out tasks under it, an item that assigns nothing is the assessment, not a task.
    boolean handsOut = listed.stream().anyMatch(i -> !i.children.isEmpty() && CLEARLY_ASSIGNS.matcher(i.text()).find());
    List<Item> kept = handsOut ? listed.stream().filter(i -> !i.children.isEmpty() || assigns(i.text())).toList() : listed;
    if (kept.isEmpty() && all.table().isEmpty()) {
      // No numbers, no bullets, no heading: after the last "… kết luận như sau:" line, the paragraphs that clearly
      // hand out work ("Đề nghị …", "Giao …", "X có trách nhiệm …") are the tasks; assessment paragraphs are not.
      int start = Math.max(0, from - 1);
      for (int i = from; i < limit; i++) {
        if (CONCLUDES.matcher(lines.get(i)).matches()) {
          start = i;
        }
      }
      if (start + 1 < limit) {
        List<String> body = new ArrayList<>(lines.subList(start, limit));
        Section p = paragraphs(start, limit, body, List.of(), true, true);
        if (!p.items().isEmpty()) {
          return p;
        }
      }
    }
    return new Section(all.headingIndex(), all.endIndex(), all.intro(), kept, all.table(), all.closing(), true);
  }

  /**
   * "1- Thống nhất đánh giá kết quả năm 2024 nêu trong Báo cáo …", "Nhất trí thông qua dự thảo …": the body approves,
   * nobody is given anything to do — not a task, unless the item goes on to assign ("… Giao Ban Tuyên giáo …").
   */
  static boolean isApprovalOnly(String text) {
    return APPROVAL.matcher(text).lookingAt() && !ASSIGNS.matcher(text).find() && UnitPhrases.lead(text).isEmpty();
  }

  /**
   * The text hands out work: "Giao/Đề nghị/Yêu cầu …" opening a sentence or before a unit, "chủ trì", "có trách nhiệm",
   * "khẩn trương" — never "giao thông", "bàn giao" or "so với yêu cầu tại …" of a paragraph that reports.
   */
  private static boolean assigns(String text) {
    return HANDS_OUT.matcher(text).find();
  }

  private static final Pattern HANDS_OUT = Pattern.compile("(?u)(?:^|[.;:]\\s+)(?:Giao|Đề nghị|Yêu cầu|Kiến nghị|Phân công)"
      + "\\s+(?!thông)|(?<![\\p{L}])(?:chủ trì|có trách nhiệm|chịu trách nhiệm|khẩn trương|cần tập trung)(?![\\p{L}])|"
      + "(?<![\\p{L}])(?<!bàn )(?:giao|đề nghị|yêu cầu)\\s+(?=\\p{Lu})");

  private static boolean isAssessmentHeading(Item item) {
    if (item.lines.isEmpty()) {
      return false;
    }
    String first = item.lines.get(0);
    return first.length() < 100 && !first.endsWith(".") && ASSESSMENT.matcher(first).matches();
  }

  /** A part as a group: its number and title, the sentence under the title, its items numbered with {@code prefix}. */
  private static Item group(String number, String title, Section part, String prefix) {
    Item group = new Item(number, null, true);
    group.lines.add(title);
    group.intro = part.intro();
    for (Item child : part.items()) {
      group.children.add(prefixed(child, prefix, group));
    }
    return group;
  }

  /** A copy of {@code item} and its children with {@code prefix} before every ordinal ("1.2" → "II.1.2"). */
  private static Item prefixed(Item item, String prefix, Item parent) {
    Item copy = new Item(prefix + item.ordinal, parent, item.numbered);
    copy.followsTable = item.followsTable;
    copy.lines.addAll(item.lines);
    for (Item child : item.children) {
      copy.children.add(prefixed(child, prefix, copy));
    }
    return copy;
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
    for (int li = 0; li < body.size(); li++) {
      String line = body.get(li);
      // A closing "Giao …" paragraph after the items or the table (the follow-up clause) is not part of an item.
      // Running text after a table is not part of the item that introduced the table either.
      // A line that goes on an item numbered after the table ("3. Giao … đôn đốc việc" / "thực hiện Kết luận này") is
      // that item's.
      boolean afterTable = !tableLines.isEmpty() && !inTable && !line.startsWith("|") && !NUMBERED.matcher(line).matches()
          && !DASHED.matcher(line).matches() && !(current != null && current.afterTable && !previous.endsWith("."));
      // A follow-up sentence wrapped over lines is judged whole ("… theo dõi, tổng hợp, báo cáo kết" / "quả thực
      // hiện Thông báo kết luận này …").
      if (!closing.isEmpty() || afterTable || ((line.startsWith("Giao ") || MonitoringExtractor.opensMonitoringClause(
          sentenceFrom(body, li)) || NOTICE.matcher(sentenceFrom(body, li)).lookingAt())
          && !inTable && (!tableLines.isEmpty() || (current != null && previous.endsWith("."))))) {
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
        item.afterTable = !tableLines.isEmpty();
        item.followsTable = !tableLines.isEmpty();
        item.lines.add(n.group(2));
        (parent == null ? roots : parent.children).add(item);
        current = item;
        path = new ArrayList<>(parts);
        continue;
      }
      Matcher d = DASHED.matcher(line);
      Matcher l = LETTERED.matcher(line);
      // (Only at the start of a sentence: "… thực hiện tốt" / "Về công tác cán bộ như sau:" wraps one introduction.)
      boolean group = !d.matches() && !l.matches() && GROUP_LINE.matcher(line).matches() && li + 1 < body.size()
          && (li == 0 || body.get(li - 1).matches(".*[.:;]$"))
          && (DASHED.matcher(body.get(li + 1)).matches() || LETTERED.matcher(body.get(li + 1)).matches());
      if (d.matches() || l.matches() || group) {
        int rank = group ? 1 : l.matches() ? 2 : "-–—".indexOf(line.charAt(0)) >= 0 ? 3 : 4;
        // The owner: the nearest item above with a smaller rank ("- Đối với …:" then "+ …"; "a) …" then "- …";
        // a dash right under a numbered heading "2. Nhiệm vụ …" is numbered under it, like "3.1" in 220-KL/TU).
        Item owner = current;
        while (owner != null && !owner.numbered && (owner.rank >= rank || (rank > 2 && !ownsBullets(owner)))) {
          owner = owner.parent;
        }
        List<Item> siblings = owner == null ? roots : owner.children;
        String prefix = owner != null ? owner.ordinal + "." : base.isEmpty() ? "" : String.join(".", base) + ".";
        String ordinal = prefix + (siblings.size() + 1);
        Item item = new Item(ordinal, owner, false);
        item.rank = rank;
        item.followsTable = !tableLines.isEmpty();
        item.lines.add(d.matches() ? d.group(1) : l.matches() ? l.group(2) : line);
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
    if (roots.isEmpty() && tableLines.isEmpty() && closing.isEmpty() && headingLine != null && intro.size() > 1) {
      return paragraphs(heading, end, intro, base, withoutHeading);
    }
    return new Section(heading, end, DocumentText.join(intro), roots, TaskTableParser.parse(tableLines),
        closing.isEmpty() ? null : DocumentText.join(closing), withoutHeading);
  }

  /** The line with the lines that wrap on from it, up to the end of its sentence (at most five lines). */
  private static String sentenceFrom(List<String> body, int at) {
    List<String> parts = new ArrayList<>();
    for (int k = at; k < body.size() && k < at + 5; k++) {
      String l = body.get(k);
      if (k > at && (l.startsWith("|") || NUMBERED.matcher(l).matches() || DASHED.matcher(l).matches())) {
        break;
      }
      parts.add(l);
      if (l.matches(".*[.;:]$")) {
        break;
      }
    }
    return DocumentText.join(parts);
  }

  /**
   * A tasks part written as plain paragraphs, without numbers or dashes ("II. NHIỆM VỤ THỜI GIAN TỚI" / "Ban Thường
   * vụ Huyện ủy yêu cầu Đảng ủy xã … tập trung:" / "Tập trung lãnh đạo …" / "Ủy ban nhân dân huyện chỉ đạo …"): a
   * paragraph starts after a line ending in ".", ";" or ":" with a capital. Paragraphs up to one that ends in ":" are
   * the introduction; after it every paragraph is a task, before it (without one) only those that name a unit or
   * assign; a last paragraph that follows this document up is the closing clause. Numbered like dashes ("2.1").
   */
  private static Section paragraphs(int heading, int end, List<String> intro, List<String> base, boolean withoutHeading) {
    return paragraphs(heading, end, intro, base, withoutHeading, false);
  }

  /** @param strict only paragraphs that clearly assign ("giao", "đề nghị", "yêu cầu", "chủ trì", "có trách nhiệm" …) */
  private static Section paragraphs(int heading, int end, List<String> intro, List<String> base, boolean withoutHeading,
      boolean strict) {
    List<List<String>> paras = new ArrayList<>();
    for (String line : intro.subList(1, intro.size())) {
      List<String> last = paras.isEmpty() ? null : paras.get(paras.size() - 1);
      if (last == null || (last.get(last.size() - 1).matches(".*[.;:]$") && Character.isUpperCase(line.charAt(0)))) {
        paras.add(new ArrayList<>(List.of(line)));
      } else {
        last.add(line);
      }
    }
    List<String> head = new ArrayList<>(List.of(intro.get(0)));
    int firstTask = 0;
    for (int k = 0; k < paras.size(); k++) {
      if (DocumentText.join(paras.get(k)).endsWith(":")) {
        firstTask = k + 1;
      }
    }
    for (int k = 0; k < firstTask; k++) {
      head.addAll(paras.get(k));
    }
    String closing = null;
    int last = paras.size();
    if (last > firstTask && MonitoringExtractor.isMonitoringClause(DocumentText.join(paras.get(last - 1)))) {
      closing = DocumentText.join(paras.get(last - 1));
      last--;
    }
    List<Item> roots = new ArrayList<>();
    String prefix = base.isEmpty() ? "" : String.join(".", base) + ".";
    for (int k = firstTask; k < last; k++) {
      String text = DocumentText.join(paras.get(k));
      if (firstTask == 0 && UnitPhrases.lead(text).isEmpty() && !ASSIGNS.matcher(text).find()) {
        continue;
      }
      if (strict && firstTask == 0 && !CLEARLY_ASSIGNS.matcher(text).find()) {
        continue;
      }
      if (text.endsWith(":") || isApprovalOnly(text)) {
        continue;
      }
      Item item = new Item(prefix + (roots.size() + 1), null, false);
      item.rank = 3;
      item.lines.addAll(paras.get(k));
      roots.add(item);
    }
    return new Section(heading, end, DocumentText.join(head), roots, List.of(), closing, withoutHeading);
  }

  /**
   * An unnumbered item may own the bullets under it when it is a group line, or a letter or dash item that
   * announces them ("a) Đối với các chi bộ:", "- Về kinh tế:"); a finished sentence ("- Rà soát.") never does.
   */
  private static boolean ownsBullets(Item item) {
    return item.rank == 1 || item.text().endsWith(":");
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
