package vn.dondoc.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every document the text cites: "Kế hoạch số 59-KH/TU, ngày 10/8/2018 của Ban Thường vụ Tỉnh ủy", "Chỉ thị số
 * 03, 05-CT/TW của Bộ Chính trị" (two documents), and unnumbered Central Committee resolutions ("Nghị quyết
 * Trung ương 4 (khóa XII)"). Each document once, in order of first mention; a later mention fills in a date
 * or issuing body the first one lacked.
 */
public final class ReferenceExtractor {

  private static final String KINDS = "Nghị quyết liên tịch|Nghị quyết|Kết luận|Chỉ thị|Quyết định|Quy chế|Quy định|"
      + "Hướng dẫn|Thông báo kết luận|Thông báo|Báo cáo|Kế hoạch|Chương trình hành động|Chương trình|Đề án|"
      + "Công văn|Thông tri|Nghị định|Thông tư|Luật|Tờ trình|Đề cương|Quy trình";
  private static final Pattern NUMBERED = Pattern.compile("(?iu)(" + KINDS + ")\\s+(?:số\\s*:?\\s*)?"
      + "((?:\\d+\\s*,\\s*)*\\d+)\\s*(?:[-–—]\\s*|\\s)([A-Za-zĐđ]+)\\s*/\\s*(\\p{Lu}[\\p{L}0-9]*)");
  private static final Pattern STATE = Pattern.compile("(?u)(" + KINDS + ")\\s+(?:số\\s*:?\\s*)?"
      + "((\\d+)/(?:\\d{4}/)?([A-ZĐ][A-Za-zĐđ]*)-([A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*))");
  private static final Pattern CONGRESS = Pattern.compile("(?u)Nghị quyết Đại hội (?:đại biểu )?Đảng bộ (?:tỉnh|huyện|xã|"
      + "thị trấn|thành phố)(?: \\p{Lu}\\p{L}*)*(?: lần thứ [IVXLC]+)?(?:,? nhiệm kỳ \\d{4}\\s*-\\s*\\d{4})?");
  // "Hướng dẫn của Ban …", "Chương trình kiểm tra, giám sát năm 2025 của Ủy ban Kiểm tra Tỉnh ủy": a capitalised kind
  // after a lower-case word, up to eight lower-case words or year numbers, "của", a capitalised body; no "số".
  private static final Pattern KIND_OF_BODY = Pattern.compile("(?u)(?<=[\\p{Ll}] )((?:Hướng dẫn|Kế hoạch|Quy định|Chỉ thị|"
      + "Kết luận|Quy chế|Thông báo|Chương trình hành động|Chương trình)(?:,? (?!số[\\s,])[\\p{Ll}\\d]+){0,8}) của (?=\\p{Lu})");
  /**
   * A programme the conclusion gives its opinion on, named with its period and without a number: "về dự thảo Đề án
   * chuyển đổi số trong các cơ quan đảng, … giai đoạn 2025 - 2030", "cho ý kiến vào Kế hoạch … năm 2025". The name
   * starts lower-case and ends with the period, which is what tells where it ends in running text.
   */
  private static final Pattern PROGRAMME = Pattern.compile("(?iu)(?<![\\p{L}])(?:về|vào|đối với|thông qua|dự thảo)\\s+"
      + "(?:(?:các\\s+)?dự thảo\\s+)?(?-i:(Đề án|Kế hoạch|Chương trình hành động|Chương trình|Quy chế|Quy định|Đề cương)"
      + "((?:,?\\s+(?!số\\s*:?\\s*\\d)(?:[\\p{L}\\d]+|[-–])){1,40}?\\s+(?:giai đoạn|nhiệm kỳ)\\s+\\d{4}\\s*[-–]\\s*\\d{4}"
      + "|(?:,?\\s+(?!số\\s*:?\\s*\\d)(?:[\\p{L}\\d]+|[-–])){1,40}?\\s+(?:đến\\s+)?năm\\s+\\d{4}"
      + "(?:,?\\s+tầm nhìn đến năm\\s+\\d{4})?))(?![\\d/])(?!\\s*[-–]\\s*\\d)(?!\\s+của\\s+\\p{Lu})");
  private static final Pattern DATE = Pattern.compile(
      "^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s*(\\d{1,2})(?:\\s*[/.-]\\s*|\\s+tháng\\s+)(\\d{1,2})(?:\\s*[/.-]\\s*|\\s*,?\\s+năm\\s+)(\\d{4})");
  private static final Pattern ISSUED_BY = Pattern.compile("^\\s*,?\\s*của\\s+(.+)");
  private static final Pattern BODY_END = Pattern.compile("\\sNgày\\s\\d|\\s(?:về|thực hiện|gắn với|gắn|và|trong|bằng|đã|theo|"
      + "nhằm|để|tại|từ|đến|ban hành|đối với)\\s|[,;.:“”\"]|$");
  /**
   * Ministries and provincial departments, whose names hold lower-case words, commas and "và" ("Bộ Văn hóa, Thể thao
   * và Du lịch", "Sở Giao thông vận tải tỉnh …"): the rule for party bodies would cut them.
   */
  private static final Pattern STATE_BODY = Pattern.compile("(?u)^(?:Bộ|Sở) (?:Tài nguyên và Môi trường|"
      + "Nông nghiệp và Phát triển nông thôn|Nông nghiệp và Môi trường|Kế hoạch và Đầu tư|Thông tin và Truyền thông|"
      + "Lao động - Thương binh và Xã hội|Văn h(?:óa|oá), Thể thao và Du lịch|Khoa học và Công nghệ|Giáo dục và Đào tạo|"
      + "Dân tộc và Tôn giáo|Giao thông vận tải|Tài chính|Nội vụ|Tư pháp|Công an|Quốc phòng|Ngoại giao|Công Thương|"
      + "Xây dựng|Y tế)(?![\\p{L}])");
  private static final Pattern TERM = Pattern.compile("^\\s*\\((?:khóa|khoá)\\s+[IVXLC ,]+\\)");
  private static final Pattern UNNUMBERED = Pattern.compile(
      "(?u)Nghị quyết Trung ương (\\d+)\\s*(?:\\((?:khóa|khoá)\\s+([IVXLC]+(?:\\s*,\\s*[IVXLC]+)*)\\)|,?\\s*(?:khóa|khoá)\\s+[IVXLC]+\\b)");
  /** The national congress: "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng". */
  private static final Pattern NATIONAL_CONGRESS = Pattern.compile(
      "(?u)Nghị quyết Đại hội (?:(?:đại biểu toàn quốc|Đảng toàn quốc|toàn quốc) )?(?:lần thứ )?[IVXLC]+ của Đảng");
  /**
   * Laws and resolutions are numbered by the National Assembly: "Luật Đất đai số 31/2024/QH15", "Nghị quyết số
   * 88/2019/QH14, ngày 18/11/2019 của Quốc hội".
   */
  private static final Pattern LAW = Pattern.compile("(?u)(Luật(?: \\p{Lu}[\\p{L} ,]{0,60}?)?|Nghị quyết|Pháp lệnh)\\s+"
      + "số\\s*:?\\s*((\\d+)/\\d{4}/(QH\\d+))");
  /** Laws cited by name and year, without their number: "Luật Phòng, chống tham nhũng năm 2018", "Luật Tố cáo năm 2018". */
  private static final Pattern LAW_BY_YEAR = Pattern.compile(
      "(?u)(?<![\\p{L}])Luật\\s+\\p{Lu}\\p{L}*"
      + "(?:,?\\s+(?!(?:có|được|đã|sẽ|trong|từ|đến|và|của|tại|vào|số|ban|thi)(?![\\p{L}]))\\p{L}+){0,10}?\\s+năm\\s+\\d{4}(?![\\d/])");
  private static final String PARTY_TYPES = "NQ|KL|CT|QĐ|QC|KH|TB|HD|CV|BC|CTr|TTr|ĐA|NQLT|HDLT|TT|QyĐ";
  /** Another number after a cited one: "Nghị quyết số 18-NQ/TW và 19-NQ/TW", "Công văn số 45-CV/HU, số 46-CV/HU". */
  private static final Pattern FOLLOWING_NUMBER = Pattern.compile("(?u)^\\s*(?:,|;|và|,\\s*và)\\s*(?:số\\s*:?\\s*)?(\\d+)\\s*[-–—]\\s*"
      + "(" + PARTY_TYPES + ")\\s*/\\s*(\\p{Lu}[\\p{L}0-9]*)");
  /** A party number after a lower-case "số" whatever names it ("văn bản số 812-CV/VPTU"); the header's "Số" is not it. */
  private static final Pattern AFTER_NUMBER_WORD = Pattern.compile("(?u)(?<![\\p{L}])số\\s*:?\\s*(\\d+)\\s*[-–—]\\s*"
      + "(" + PARTY_TYPES + ")\\s*/\\s*(\\p{Lu}[\\p{L}0-9]*)");
  private static final Map<String, String> KIND_OF_TYPE = Map.ofEntries(Map.entry("NQ", "Nghị quyết"),
      Map.entry("KL", "Kết luận"), Map.entry("CT", "Chỉ thị"), Map.entry("QĐ", "Quyết định"), Map.entry("QC", "Quy chế"),
      Map.entry("KH", "Kế hoạch"), Map.entry("TB", "Thông báo"), Map.entry("HD", "Hướng dẫn"), Map.entry("CV", "Công văn"),
      Map.entry("BC", "Báo cáo"), Map.entry("CTr", "Chương trình"), Map.entry("TTr", "Tờ trình"), Map.entry("ĐA", "Đề án"));

  private ReferenceExtractor() {}

  public static List<DocumentReference> extract(String text) {
    Map<String, DocumentReference> found = new LinkedHashMap<>();
    List<int[]> positions = new ArrayList<>();
    List<DocumentReference> ordered = new ArrayList<>();
    List<int[]> covered = new ArrayList<>();
    Matcher m = NUMBERED.matcher(text);
    while (m.find()) {
      String kind = m.group(1);
      int at = m.end();
      List<String[]> numbers = new ArrayList<>();
      for (String number : m.group(2).split("\\s*,\\s*")) {
        numbers.add(new String[] {number, m.group(3), m.group(4)});
      }
      // "… số 18-NQ/TW và 19-NQ/TW, ngày … của …": the following numbers share the kind, and all of them the date and
      // body written after the last one (as "số 03, 05-CT/TW" does).
      Matcher f = FOLLOWING_NUMBER.matcher(text);
      while (f.region(at, text.length()).lookingAt()) {
        numbers.add(new String[] {f.group(1), f.group(2), f.group(3)});
        at = f.end();
      }
      covered.add(new int[] {m.start(), at});
      DatedTail tail = DatedTail.after(text, at);
      String body = tail.body();
      for (String[] n : numbers) {
        String documentNumber = n[0] + "-" + n[1] + "/" + n[2];
        ordered.add(new DocumentReference(documentNumber, n[0], n[1], n[2], kind, tail.date(), body, null));
        positions.add(new int[] {m.start(), ordered.size() - 1});
      }
    }
    Matcher loose = AFTER_NUMBER_WORD.matcher(text);
    while (loose.find()) {
      int start = loose.start();
      if (covered.stream().anyMatch(c -> start >= c[0] && start < c[1])) {
        continue;
      }
      DatedTail tail = DatedTail.after(text, loose.end());
      String type = loose.group(2);
      ordered.add(new DocumentReference(loose.group(1) + "-" + type + "/" + loose.group(3), loose.group(1), type,
          loose.group(3), KIND_OF_TYPE.get(type), tail.date(), tail.body(), null));
      positions.add(new int[] {start, ordered.size() - 1});
    }
    Matcher law = LAW.matcher(text);
    while (law.find()) {
      DatedTail tail = DatedTail.after(text, law.end());
      String kind = law.group(1).startsWith("Luật") ? "Luật" : law.group(1);
      ordered.add(new DocumentReference(law.group(2), law.group(3), null, law.group(4), kind, tail.date(), tail.body(),
          null));
      positions.add(new int[] {law.start(), ordered.size() - 1});
    }
    Matcher lawByYear = LAW_BY_YEAR.matcher(text);
    while (lawByYear.find()) {
      ordered.add(new DocumentReference(null, null, null, null, "Luật", null, null,
          lawByYear.group().replaceAll("\\s+", " ")));
      positions.add(new int[] {lawByYear.start(), ordered.size() - 1});
    }
    Matcher national = NATIONAL_CONGRESS.matcher(text);
    while (national.find()) {
      ordered.add(new DocumentReference(null, null, "NQ", null, "Nghị quyết", null, null, national.group()));
      positions.add(new int[] {national.start(), ordered.size() - 1});
    }
    // State documents number the other way round: "Nghị định số 178/2024/NĐ-CP", "Quyết định số 1234/QĐ-UBND".
    Matcher st = STATE.matcher(text);
    while (st.find()) {
      DatedTail tail = DatedTail.after(text, st.end());
      ordered.add(new DocumentReference(st.group(2), st.group(3), st.group(4), st.group(5), st.group(1), tail.date(),
          tail.body(), null));
      positions.add(new int[] {st.start(), ordered.size() - 1});
    }
    Matcher u = UNNUMBERED.matcher(text);
    while (u.find()) {
      ordered.add(new DocumentReference(null, null, "NQ", "TW", "Nghị quyết", null, null, u.group()));
      positions.add(new int[] {u.start(), ordered.size() - 1});
    }
    // Unnumbered but named documents: "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025", "Hướng dẫn của Ban
    // Tổ chức Huyện ủy" (a capitalised kind right before "của" and a body).
    Matcher congress = CONGRESS.matcher(text);
    while (congress.find()) {
      ordered.add(new DocumentReference(null, null, "NQ", null, "Nghị quyết", null, null,
          congress.group().trim().replaceAll("(\\d{4})\\s*-\\s*(\\d{4})", "$1 - $2")));
      positions.add(new int[] {congress.start(), ordered.size() - 1});
    }
    Matcher programme = PROGRAMME.matcher(text);
    while (programme.find()) {
      String name = (programme.group(1) + programme.group(2)).replaceAll("\\s+", " ");
      if (Character.isLowerCase(programme.group(2).trim().charAt(0))) {
        ordered.add(new DocumentReference(null, null, null, null, programme.group(1), null, null, name));
        positions.add(new int[] {programme.start(1), ordered.size() - 1});
      }
    }
    Matcher by = KIND_OF_BODY.matcher(text);
    while (by.find()) {
      String body = issuingBody(text.substring(by.start() + by.group(1).length()));
      if (body != null && Character.isUpperCase(body.charAt(0))) {
        ordered.add(new DocumentReference(null, null, null, null, by.group(1), null, body, by.group(1) + " của " + body));
        positions.add(new int[] {by.start(), ordered.size() - 1});
      }
    }
    positions.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    for (int[] p : positions) {
      DocumentReference r = ordered.get(p[1]);
      DocumentReference known = found.get(sameness(r));
      if (known == null && shortMentionOfAKnownCongress(r, found.keySet())) {
        continue;
      }
      if (known == null) {
        found.put(sameness(r), r);
      } else if ((known.date() == null && r.date() != null) || (known.issuingBody() == null && r.issuingBody() != null)) {
        found.put(sameness(r), new DocumentReference(known.documentNumber(), known.number(), known.typeCode(),
            known.issuerCode(), known.kind(), known.date() != null ? known.date() : r.date(),
            known.issuingBody() != null ? known.issuingBody() : r.issuingBody(), known.title()));
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * "Nghị quyết Đại hội Đảng bộ huyện" alone, after "Nghị quyết Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 -
   * 2025" was named: the same congress's resolution said again in short.
   */
  private static boolean shortMentionOfAKnownCongress(DocumentReference r, java.util.Set<String> known) {
    String key = sameness(r);
    return r.documentNumber() == null && key != null && key.startsWith("Nghị quyết Đại hội")
        && known.stream().anyMatch(k -> k != null && k.length() > key.length() && k.startsWith(key + " "));
  }

  /**
   * What makes two mentions the same document: its number, or its name; a congress resolution named once with the
   * congress's ordinal and once without ("Nghị quyết Đại hội Đảng bộ xã lần thứ XIV, nhiệm kỳ 2020 - 2025", later
   * "Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025") is one.
   */
  private static String sameness(DocumentReference r) {
    String key = r.key();
    if (r.documentNumber() == null && key != null && key.startsWith("Nghị quyết Đại hội")) {
      key = key.replaceAll("\\s*lần thứ [IVXLC]+,?", "").replaceAll("\\s+", " ");
    }
    return key;
  }

  // Lower-case words that occur inside the names of party bodies; any other lower-case word ends the name.
  private static final java.util.Set<String> NAME_WORDS = java.util.Set.of("hành", "vụ", "thư", "trị", "chức", "bộ",
      "huyện", "tỉnh", "xã", "thị", "trấn", "phố", "thành", "ủy", "uỷ", "giáo", "vận", "tra", "phòng", "đảng", "trực",
      "sự", "đoàn", "cán", "kiểm", "chấp", "thường", "tuyên", "dân", "tổ", "chính", "bí", "ương", "quốc", "hội",
      "nhân", "cấp", "cơ", "sở", "quan", "tham", "mưu", "giúp", "việc", "nghị", "ban", "trung", "của", "đạo",
      // "Hội nghị lần thứ bảy Ban Chấp hành Trung ương khoá XII"
      "lần", "thứ", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "khóa", "khoá", "phủ",
      // "Thủ tướng Chính phủ", "Đoàn Giám sát", "Đoàn Kiểm tra", "Tổ công tác"
      "tướng", "sát", "công", "tác",
      // "Công an huyện", "Hội đồng nhân dân huyện", "Chi bộ thôn 3", "Ban Chỉ huy Quân sự"
      "an", "đồng", "thôn", "ấp", "phường", "quân", "giám");

  private static String nameWords(String body) {
    List<String> kept = new ArrayList<>();
    for (String word : body.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      boolean name = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
          || NAME_WORDS.contains(Vn.canonical(word));
      String bare = word.replaceAll("[),.;:]+$", "");
      if (!name && NAME_WORDS.contains(Vn.canonical(bare))) {
        kept.add(bare); // "(… của Ban cán sự đảng UBND tỉnh)": the bracket closes the name
        break;
      }
      if (!name) {
        break;
      }
      kept.add(word);
    }
    return String.join(" ", kept);
  }

  /** "của Ban Chấp hành Trung ương (khóa XIII) về …" → "Ban Chấp hành Trung ương (khóa XIII)". */
  private static String issuingBody(String tail) {
    Matcher c = ISSUED_BY.matcher(tail);
    if (!c.find()) {
      return null;
    }
    String rest = c.group(1);
    Matcher state = STATE_BODY.matcher(rest);
    if (state.find()) {
      // "Sở Tài chính tỉnh Lâm Đồng": the place after the name is read as a party body's.
      String place = issuingBody("của " + rest.substring(state.end()));
      return place != null && Character.isLowerCase(place.charAt(0)) ? state.group() + " " + place : state.group();
    }
    Matcher end = BODY_END.matcher(rest);
    int stop = end.find() ? end.start() : rest.length();
    String body = rest.substring(0, stop);
    // The committee's term belongs to the body: "Bộ Chính trị (khóa XIII)".
    int paren = body.indexOf('(');
    if (paren >= 0) {
      body = body.substring(0, paren);
      stop = paren;
    }
    body = nameWords(body.trim());
    // The Politburo and the Secretariat issue jointly: "của Bộ Chính trị, Ban Bí thư".
    if (body.equals("Bộ Chính trị") && rest.substring(stop).startsWith(", Ban Bí thư")) {
      body = "Bộ Chính trị, Ban Bí thư";
      stop += ", Ban Bí thư".length();
    }
    Matcher term = TERM.matcher(rest.substring(stop));
    if (term.find()) {
      body = body + " " + term.group().trim();
    }
    return body.isEmpty() ? null : body;
  }

  /**
   * The text after a document number: its date, written right after the number or after the issuing body ("Kết
   * luận số 14-KL/TW của Bộ Chính trị ngày 22/9/2021"), and the issuing body.
   */
  private record DatedTail(LocalDate date, String body) {
    static DatedTail after(String text, int from) {
      String tail = text.substring(from);
      Matcher d = DATE.matcher(tail);
      if (d.find()) {
        return new DatedTail(HeaderExtractor.date(d.group(3), d.group(2), d.group(1)), issuingBody(tail.substring(d.end())));
      }
      String body = issuingBody(tail);
      if (body != null) {
        int at = tail.indexOf(body);
        if (at >= 0) {
          Matcher late = DATE.matcher(tail.substring(at + body.length()));
          if (late.find()) {
            return new DatedTail(HeaderExtractor.date(late.group(3), late.group(2), late.group(1)), body);
          }
        }
      }
      return new DatedTail(null, body);
    }
  }
}
