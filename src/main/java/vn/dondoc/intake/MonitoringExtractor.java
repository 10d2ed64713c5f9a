package vn.dondoc.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The monitoring clause: "Giao X chủ trì phối hợp với Y … theo dõi, đôn đốc việc thực hiện Kết luận này; định
 * kỳ báo cáo Z". Absent clause → null (the caller warns; nothing is invented).
 */
public final class MonitoringExtractor {

  // "theo dõi, đôn đốc", "đôn đốc, kiểm tra", or "theo dõi việc thực hiện Kết luận này" (this document named).
  private static final Pattern CLAUSE = Pattern.compile("(?iu)(theo dõi,?\\s+(?:kiểm tra,?\\s+)?(?:đôn đốc|giám sát)|"
      + "đôn đốc,?\\s+(?:kiểm tra|theo dõi)|theo dõi(?:,\\s*tổng hợp)?\\s+(?:việc\\s+)?(?:tổ chức\\s+)?(?:thực hiện|triển khai)"
      + "\\s+(?:thông báo\\s+)?(?:kết luận|thông báo)\\s+này|"
      // "theo dõi, tổng hợp, báo cáo kết quả thực hiện Kết luận này", "giám sát việc thực hiện Thông báo kết luận này".
      + "(?:theo dõi|đôn đốc|giám sát)(?:(?:,|\\s+và)?\\s+(?:theo dõi|đôn đốc|kiểm tra|giám sát|tổng hợp|báo cáo))*"
      + "\\s+(?:kết quả\\s+|tình hình\\s+)?(?:việc\\s+)?(?:tổ chức\\s+)?(?:thực hiện|triển khai)\\s+(?:thông báo\\s+)?"
      + "(?:kết luận|thông báo)(?:\\s+kết luận)?(?:\\s+này|(?=\\s*[,;.]|\\s*$)))");
  // About this document: "… Kết luận/Thông báo này", "việc thực hiện" (a bare "báo cáo" is not enough: a task may
  // follow up other bodies and report on them).
  private static final Pattern ABOUT_THIS = Pattern.compile("(?iu)((?:kết luận|thông báo)(?: kết luận)? này|"
      + "việc thực hiện|tổ chức thực hiện|tình hình thực hiện (?:kết luận|thông báo)(?!\\s+số))");
  private static final Pattern GIAO_UNTIL_VERB = Pattern.compile("(?:(?:^|[.;:,]\\s*)[Gg]iao|\\sGiao)\\s+(.+)");

  private MonitoringExtractor() {}

  /** Assigns the follow-up: "Giao X … theo dõi, đôn đốc …", or "X theo dõi, đôn đốc việc thực hiện …". */
  static boolean isMonitoringClause(String text) {
    return text != null && CLAUSE.matcher(text).find() && ABOUT_THIS.matcher(text).find()
        && (text.toLowerCase(Vn.VI).contains("giao") || opensMonitoringClause(text)
            // "Đề nghị Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện Kết luận này."
            || opensMonitoringClause(text.replaceFirst("^(?:Đề nghị|Yêu cầu)\\s+", "")));
  }

  /** A line that starts with units and goes on to "theo dõi, đôn đốc" ("Văn phòng Tỉnh ủy theo dõi, đôn đốc …"). */
  static boolean opensMonitoringClause(String line) {
    return line != null && CLAUSE.matcher(line).find() && !UnitPhrases.lead(line).isEmpty()
        && UNIT_THEN_CLAUSE.matcher(line).find();
  }

  private static final Pattern UNIT_THEN_CLAUSE = Pattern.compile(
      "(?iu)^(?:\\p{Lu}[^,;:.]{2,80}?)\\s(?:chủ trì,?\\s+)?(?:phối hợp[^;.]*?\\s)?(?:thường xuyên\\s+)?(?:theo dõi|đôn đốc)|"
      // Supervising alone follows this document up only when the inspection commission does it ("Các cấp ủy … kiểm
      // tra, giám sát việc thực hiện Kết luận này" is the implementation clause, not the follow-up).
      + "^(?:Ủy ban Kiểm tra|Uỷ ban Kiểm tra|UBKT)[^,;:.]{0,60}?\\s(?:có trách nhiệm\\s+)?(?:kiểm tra,?\\s+)?giám sát");

  public static MonitoringClause extract(String ordinal, String text, Function<String, UnitRef> match) {
    if (!isMonitoringClause(text)) {
      return null;
    }
    List<String> leads = UnitPhrases.lead(text);
    if (leads.isEmpty()) {
      var m = GIAO_UNTIL_VERB.matcher(UnitPhrases.protect(text));
      if (m.find()) {
        leads = UnitPhrases.lead(m.group(1));
      }
    }
    List<UnitRef> coordinating = new ArrayList<>();
    UnitRef lead = null;
    for (int i = 0; i < leads.size(); i++) {
      if (i == 0) {
        lead = match.apply(leads.get(i));
      } else {
        coordinating.add(match.apply(leads.get(i)));
      }
    }
    UnitPhrases.coordinating(text).forEach(p -> coordinating.add(match.apply(p)));
    List<UnitRef> reportTo = UnitPhrases.reportTo(text).stream().map(match).toList();
    String cadence = null;
    for (String part : text.split(";")) {
      if (part.contains("báo cáo")) {
        cadence = DeadlineExtractor.cadence(part);
      }
    }
    return new MonitoringClause(ordinal, text, lead, coordinating, reportTo, cadence);
  }
}
