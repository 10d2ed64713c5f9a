package vn.dondoc.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a task's deadline from its words. A date only counts as a deadline after a deadline word ("trước
 * ngày", "chậm nhất", "hoàn thành", "thời hạn") — dates after a cited document's number are not deadlines.
 * Order: fixed date, relative to signing, a period, a recurrence (the most frequent cadence named; a named
 * period beats "thường xuyên", which beats a bare "định kỳ"), else none.
 */
public final class DeadlineExtractor {

  private static final String CUE = "(?:trước|chậm nhất(?: là)?(?: vào)?|(?:thời )?hạn (?:chót|cuối|hoàn thành)(?: là)?\\s*:?|hoàn thành(?: trước| vào| trong)?|"
      + "xong(?: trước)?|đến(?: hết)?|thời hạn(?: hoàn thành)?\\s*:?|thời gian(?: hoàn thành| thực hiện)?\\s*:?)";
  private static final Pattern FIXED_NUMERIC = Pattern.compile(
      "(?iu)" + CUE + "\\s*(?:ngày\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
  private static final Pattern FIXED_WORDS = Pattern.compile(
      "(?iu)" + CUE + "\\s*(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*,?\\s+năm\\s+(\\d{4})");
  private static final Pattern FIXED_WORDS_NO_YEAR = Pattern.compile(
      "(?iu)" + CUE + "\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?!\\d|\\s*[/.-]\\s*\\d|\\s*,?\\s+năm\\s+\\d)"
      + "(?!\\s*,?\\s*(?:của\\s+)?(?:hằng|hàng|mỗi|các)\\s+năm)");
  // A day and month without the year ("xong trước 31/12", "trước ngày 15/01"): the next such day from signing. Not
  // after "đến", where "đến 2/3 số chi bộ" is a fraction.
  private static final Pattern FIXED_NO_YEAR = Pattern.compile("(?iu)(?:trước|chậm nhất(?: là)?(?: vào)?|"
      + "(?:thời )?hạn (?:chót|cuối|hoàn thành)(?: là)?\\s*:?|"
      + "hoàn thành(?: trước| vào)?|xong(?: trước)?|thời hạn(?: hoàn thành)?\\s*:?|thời gian(?: hoàn thành| thực hiện)?\\s*:?)"
      + "\\s*(?:ngày\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?![\\d/.-]*\\d|\\s*[/.-]?\\s*\\p{L})"
      // "trước ngày 20/12 hằng năm" recurs.
      + "(?!\\s*,?\\s*(?:của\\s+)?(?:hằng|hàng|mỗi|các)\\s+năm)");
  private static final Pattern BARE_DATE = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
  private static final Pattern BARE_DAY_MONTH = Pattern.compile("(?iu)^\\s*(?:trước\\s+)?(?:ngày\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*\\.?$");
  /** A year alone in a deadline column: "Năm 2025", "2025". */
  private static final Pattern BARE_YEAR = Pattern.compile(
      "(?iu)^\\s*(?:(?:trong|đến|đến hết|hết|cuối|trước hết)\\s+)?(?:năm\\s+)?(\\d{4})\\s*\\.?$");
  // "trong 30 ngày kể từ …", "sau 30 ngày", "chậm nhất 10 ngày sau khi …", "trong thời hạn 15 ngày làm việc": not "trong 6
  // tháng đầu năm", "trong 3 tháng qua", "trong 2 ngày 15 và 16/10".
  private static final Pattern RELATIVE = Pattern.compile("(?iu)(?:trong|sau|chậm nhất(?: là)?|không quá|thời hạn(?: hoàn thành| thực hiện)?\\s*:?|thời gian(?: hoàn thành| thực hiện)?\\s*:)\\s*"
      + "(?:vòng\\s+|thời hạn\\s+|thời gian\\s+)?"
      + "(\\d{1,4}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười lăm|hai mươi|ba mươi)\\s*(?:\\([\\p{L}\\d ]+\\)\\s*)?"
      + "(ngày làm việc|ngày|tuần|tháng)(?![\\p{L}])(?!\\s+(?:đầu|cuối|qua|tới|trước|năm|này|nay|\\d))"
      + "(?:\\s*,?\\s*(?:kể từ|tính từ|từ|sau))?");
  private static final Pattern QUARTER = Pattern.compile("(?iu)quý\\s+(IV|I{1,3}|[1-4])\\s*(?:[/-]|\\.|,?\\s*năm)\\s*(\\d{4})");
  // A quarter without its year after a deadline word or alone in a deadline column: the next such quarter from signing.
  private static final Pattern QUARTER_NO_YEAR = Pattern.compile("(?iu)(?:^\\s*|(?:trong|hoàn thành(?: trong)?|xong(?: trong)?|"
      + "chậm nhất(?: trong)?|cuối|trước hết)\\s+)quý\\s+(IV|I{1,3}|[1-4])(?![\\p{L}\\d]|\\s*(?:[/-]|\\.|,?\\s*năm)\\s*\\d)");
  // "trong tháng 6/2024", "hoàn thành tháng 12/2024", "tại hội nghị tháng 11/2024", "trình Hội nghị Ban Chấp hành …
  // tháng 12/2024", "thời gian thực hiện: tháng 01 năm 2025".
  private static final Pattern MONTH = Pattern.compile("(?iu)(?:trong|vào|hết|hoàn thành|xong|chậm nhất|"
      + "thời hạn(?: hoàn thành)?\\s*:?|thời gian(?: hoàn thành| thực hiện)?\\s*:?|"
      + "(?:tại|trình|trước|trong|vào)\\s+(?:hội nghị|kỳ họp|phiên họp|kỳ sinh hoạt|buổi sinh hoạt|cuộc họp)"
      + "(?:\\s+[\\p{L}]+){0,7}?)"
      + "\\s+tháng\\s+(\\d{1,2})\\s*(?:[/-]|\\.|,?\\s*năm)\\s*(\\d{4})");
  /** A deadline column may hold the month alone ("Tháng 6/2025"). */
  private static final Pattern BARE_MONTH = Pattern.compile("(?iu)^\\s*(?:trong\\s+)?tháng\\s+(\\d{1,2})\\s*(?:[/-]|\\.|năm)\\s*(\\d{4})\\s*\\.?$");
  // A month without its year after a deadline word: "hoàn thành trong tháng 12".
  private static final Pattern MONTH_NO_YEAR = Pattern.compile("(?iu)(?:trong|vào|hoàn thành|xong|chậm nhất|hết)\\s+tháng\\s+"
      + "(\\d{1,2})(?![\\d/.-]|\\s*,?\\s*năm\\s*\\d|\\s+(?:hằng|hàng|mỗi|các)\\s+năm)");
  // "cuối năm", "trong năm nay": the year of signing.
  private static final Pattern THIS_YEAR = Pattern.compile("(?iu)(?:(?:đến|trước|hết|vào)\\s+cuối năm(?:\\s+nay)?(?![\\s\\d]*\\d)|"
      + "trong năm nay|hết năm nay|cuối năm nay)");
  private static final Pattern HALF = Pattern.compile("(?iu)(6|06|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm\\s+(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(?iu)(?:trong|hoàn thành trong|hết|cuối)\\s+năm\\s+(\\d{4})");
  // "đầu năm 2025" is its first quarter, "giữa năm 2025" its first half; "từ đầu năm …" is a past span, not a deadline.
  private static final Pattern PART_OF_YEAR = Pattern.compile("(?iu)(?<!từ )(đầu|giữa)\\s+năm\\s+(\\d{4})");

  private static final Pattern WEEKLY = Pattern.compile("(?iu)(hằng|hàng|mỗi)\\s+tuần");
  private static final Pattern MONTHLY = Pattern.compile("(?iu)(hằng|hàng|mỗi)\\s+tháng|định kỳ\\s+(hằng\\s+|hàng\\s+)?tháng");
  private static final Pattern QUARTERLY = Pattern.compile("(?iu)(hằng|hàng|mỗi)\\s+quý|định kỳ\\s+(hằng\\s+|hàng\\s+)?quý");
  private static final Pattern HALF_YEARLY = Pattern.compile(
      "(?iu)(định kỳ|hằng|hàng|báo cáo|sơ kết)\\s+(6|sáu)\\s+tháng|(6|sáu)\\s+tháng\\s+(một|1)\\s+lần");
  private static final Pattern YEARLY = Pattern.compile("(?iu)(hằng|hàng|mỗi)\\s+năm|định kỳ\\s+(hằng\\s+|hàng\\s+)?năm");
  private static final Pattern CONTINUOUS = Pattern.compile("(?iu)thường xuyên|liên tục");
  private static final Pattern PERIODIC = Pattern.compile("(?iu)định kỳ");

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("một", 1), Map.entry("hai", 2),
      Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7),
      Map.entry("tám", 8), Map.entry("chín", 9), Map.entry("mười", 10), Map.entry("mười lăm", 15),
      Map.entry("hai mươi", 20), Map.entry("ba mươi", 30));

  private DeadlineExtractor() {}

  // What a relative deadline counts from, after "kể từ"/"sau": this document being signed, issued or received ("ngày ký",
  // "ngày ban hành Kết luận này", "khi có Thông báo", "ngày Kết luận được ban hành"), or nothing written at all.
  private static final Pattern OWN_DOCUMENT = Pattern.compile("(?iu)(?:kết luận|thông báo|văn bản)(?![\\p{L}])");
  private static final Pattern ANCHOR_VERB = Pattern.compile(
      "(?iu)^(?:ký|ban hành|phát hành|nhận được|nhận|có|được ký|được ban hành)(?![\\p{L}])\\s*(.*)");
  private static final Pattern ANCHOR_START = Pattern.compile(
      "(?iu)^\\s*,?\\s*(kể từ|tính từ|từ|sau)\\s+(?:(?:ngày|khi)(?![\\p{L}\\d])\\s*)?");

  /**
   * Whether the event a relative deadline counts from (the text after its amount and unit) is the conclusion's own
   * issue. Another event ("kể từ ngày Đề án được ban hành", "sau khi ban hành Đề án") has no known date here, so the
   * deadline keeps its amount without a date.
   */
  static boolean countsFromIssue(String after) {
    String rest = after.replaceAll("\\s+", " ");
    int end = rest.length();
    for (char c : new char[] {',', ';', '.', ')'}) {
      int at = rest.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    rest = rest.substring(0, end);
    Matcher start = ANCHOR_START.matcher(rest);
    if (!start.lookingAt()) {
      return true;
    }
    String anchor = rest.substring(start.end()).trim();
    if (anchor.isEmpty()) {
      return true;
    }
    Matcher verb = ANCHOR_VERB.matcher(anchor);
    if (verb.matches()) {
      String object = verb.group(1).trim();
      if (anchor.matches("(?iu)^nhận.*")) {
        // "kể từ ngày nhận được Kết luận này" is this document; "kể từ ngày nhận đơn" something else, of unknown date.
        return object.isEmpty() || OWN_DOCUMENT.matcher(object).lookingAt();
      }
      // "ban hành Kết luận này" is this document; "ban hành Đề án" another one, named with a capital.
      return object.isEmpty() || !Character.isUpperCase(object.charAt(0)) || OWN_DOCUMENT.matcher(object).lookingAt();
    }
    // "ngày Kết luận được ban hành", "ngày Thông báo này có hiệu lực".
    return OWN_DOCUMENT.matcher(anchor).lookingAt();
  }

  /** The deadline stated in a task's text; relative deadlines are counted from {@code issuedDate}. */
  public static Deadline extract(String text, LocalDate issuedDate) {
    return extract(text, issuedDate, false);
  }

  /**
   * @param deadlineColumn the text is a table's deadline cell, where a bare date is the deadline
   */
  public static Deadline extract(String text, LocalDate issuedDate, boolean deadlineColumn) {
    if (text == null || text.isBlank()) {
      return Deadline.NONE;
    }
    Deadline fixed = fixed(text, issuedDate, deadlineColumn);
    if (fixed != null) {
      return fixed;
    }
    Matcher r = RELATIVE.matcher(text);
    if (r.find()) {
      int amount = number(r.group(1));
      String unitWords = r.group(2).toLowerCase(Vn.VI);
      boolean working = unitWords.equals("ngày làm việc");
      String unit = unitWords.startsWith("ngày") ? "DAY" : unitWords.equals("tuần") ? "WEEK" : "MONTH";
      LocalDate date = null;
      if (issuedDate != null && !working && countsFromIssue(text.substring(r.end(2)))) {
        date = switch (unit) {
          case "DAY" -> issuedDate.plusDays(amount);
          case "WEEK" -> issuedDate.plusWeeks(amount);
          default -> issuedDate.plusMonths(amount);
        };
      }
      return new Deadline("RELATIVE", date, null, amount, unit, working, r.group().trim());
    }
    Deadline period = period(text, issuedDate, deadlineColumn);
    if (period != null) {
      return period;
    }
    String cadence = cadence(text);
    if (cadence != null) {
      return Deadline.recurring(cadence, cadenceWords(text, cadence));
    }
    return Deadline.NONE;
  }

  private static Deadline fixed(String text, LocalDate issuedDate, boolean deadlineColumn) {
    for (Pattern p : new Pattern[] {FIXED_NUMERIC, FIXED_WORDS}) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        LocalDate d = date(m.group(3), m.group(2), m.group(1));
        if (d != null) {
          return Deadline.fixed(d, m.group().trim());
        }
      }
    }
    for (Pattern p : new Pattern[] {FIXED_NO_YEAR, FIXED_WORDS_NO_YEAR}) {
      Matcher ny = p.matcher(text);
      if (ny.find()) {
        LocalDate d = nextDayMonth(ny.group(1), ny.group(2), issuedDate);
        if (d != null) {
          return Deadline.fixed(d, ny.group().trim());
        }
      }
    }
    if (deadlineColumn) {
      Matcher dm = BARE_DAY_MONTH.matcher(text);
      if (dm.matches()) {
        LocalDate d = nextDayMonth(dm.group(1), dm.group(2), issuedDate);
        if (d != null) {
          return Deadline.fixed(d, text.trim());
        }
      }
      Matcher by = BARE_YEAR.matcher(text);
      if (by.matches()) {
        return Deadline.period(LocalDate.of(Integer.parseInt(by.group(1)), 12, 31), text.trim());
      }
      Matcher bm = BARE_MONTH.matcher(text);
      if (bm.matches()) {
        int month = Integer.parseInt(bm.group(1));
        if (month >= 1 && month <= 12) {
          return Deadline.period(YearMonth.of(Integer.parseInt(bm.group(2)), month).atEndOfMonth(), text.trim());
        }
      }
      Matcher m = BARE_DATE.matcher(text);
      if (m.find()) {
        LocalDate d = date(m.group(3), m.group(2), m.group(1));
        if (d != null) {
          return Deadline.fixed(d, text.trim());
        }
      }
    }
    return null;
  }

  private static Deadline period(String text, LocalDate issuedDate, boolean deadlineColumn) {
    Matcher q = QUARTER.matcher(text);
    if (q.find()) {
      return Deadline.period(YearMonth.of(Integer.parseInt(q.group(2)), quarter(q.group(1)) * 3).atEndOfMonth(),
          q.group().trim());
    }
    Matcher qn = QUARTER_NO_YEAR.matcher(text);
    if (issuedDate != null && qn.find() && (deadlineColumn || !qn.group().trim().toLowerCase(Vn.VI).startsWith("quý"))) {
      LocalDate end = YearMonth.of(issuedDate.getYear(), quarter(qn.group(1)) * 3).atEndOfMonth();
      return Deadline.period(end.isBefore(issuedDate) ? YearMonth.from(end.plusYears(1)).atEndOfMonth() : end,
          qn.group().trim());
    }
    Matcher m = MONTH.matcher(text);
    if (m.find()) {
      int month = Integer.parseInt(m.group(1));
      if (month >= 1 && month <= 12) {
        return Deadline.period(YearMonth.of(Integer.parseInt(m.group(2)), month).atEndOfMonth(), m.group().trim());
      }
    }
    Matcher h = HALF.matcher(text);
    if (h.find()) {
      int year = Integer.parseInt(h.group(3));
      LocalDate end = h.group(2).equalsIgnoreCase("đầu") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
      return Deadline.period(end, h.group().trim());
    }
    Matcher y = YEAR.matcher(text);
    if (y.find()) {
      return Deadline.period(LocalDate.of(Integer.parseInt(y.group(1)), 12, 31), y.group().trim());
    }
    if (issuedDate != null) {
      Matcher mn = MONTH_NO_YEAR.matcher(text);
      if (mn.find()) {
        int month = Integer.parseInt(mn.group(1));
        if (month >= 1 && month <= 12) {
          LocalDate end = YearMonth.of(issuedDate.getYear(), month).atEndOfMonth();
          return Deadline.period(end.isBefore(issuedDate) ? YearMonth.from(end.plusYears(1)).atEndOfMonth() : end,
              mn.group().trim());
        }
      }
      Matcher ty = THIS_YEAR.matcher(text);
      if (ty.find()) {
        return Deadline.period(LocalDate.of(issuedDate.getYear(), 12, 31), ty.group().trim());
      }
    }
    Matcher part = PART_OF_YEAR.matcher(text);
    if (part.find()) {
      int year = Integer.parseInt(part.group(2));
      boolean early = part.group(1).equalsIgnoreCase("đầu");
      return Deadline.period(early ? LocalDate.of(year, 3, 31) : LocalDate.of(year, 6, 30), part.group().trim());
    }
    return null;
  }

  /** The cadence named in the text, or null: the most frequent named period, else CONTINUOUS, else PERIODIC. */
  public static String cadence(String text) {
    if (text == null) {
      return null;
    }
    if (WEEKLY.matcher(text).find()) {
      return "WEEKLY";
    }
    if (MONTHLY.matcher(text).find()) {
      return "MONTHLY";
    }
    if (QUARTERLY.matcher(text).find()) {
      return "QUARTERLY";
    }
    if (HALF_YEARLY.matcher(text).find()) {
      return "HALF_YEARLY";
    }
    if (YEARLY.matcher(text).find()) {
      return "YEARLY";
    }
    if (CONTINUOUS.matcher(text).find()) {
      return "CONTINUOUS";
    }
    if (PERIODIC.matcher(text).find()) {
      return "PERIODIC";
    }
    return null;
  }

  private static String cadenceWords(String text, String cadence) {
    Pattern p = switch (cadence) {
      case "WEEKLY" -> WEEKLY;
      case "MONTHLY" -> MONTHLY;
      case "QUARTERLY" -> QUARTERLY;
      case "HALF_YEARLY" -> HALF_YEARLY;
      case "YEARLY" -> YEARLY;
      case "CONTINUOUS" -> CONTINUOUS;
      default -> PERIODIC;
    };
    Matcher m = p.matcher(text);
    return m.find() ? m.group().trim() : null;
  }

  private static int quarter(String written) {
    return switch (written.toUpperCase()) {
      case "I", "1" -> 1;
      case "II", "2" -> 2;
      case "III", "3" -> 3;
      default -> 4;
    };
  }

  /** Day and month without a year: that day in the year of signing, or the next year when it is already past. */
  private static LocalDate nextDayMonth(String day, String month, LocalDate issuedDate) {
    if (issuedDate == null) {
      return null;
    }
    LocalDate d = date(String.valueOf(issuedDate.getYear()), month, day);
    if (d != null && d.isBefore(issuedDate)) {
      d = date(String.valueOf(issuedDate.getYear() + 1), month, day);
    }
    return d;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int number(String s) {
    String t = s.toLowerCase(Vn.VI);
    return NUMBERS.containsKey(t) ? NUMBERS.get(t) : Integer.parseInt(t);
  }
}
