package vn.dondoc.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the unit phrases of a task sentence: the lead ("Giao X chủ trì", or the subject an item opens with,
 * "Cấp ủy cơ sở thường xuyên …") and the coordinating units ("phối hợp với Y"). Phrases are returned as
 * written; {@link UnitMatcher} decides what they mean.
 */
public final class UnitPhrases {

  // Names that contain a comma or "và" and must not be split ("các cơ quan tham mưu, giúp việc Huyện ủy").
  private static final Pattern PROTECTED = Pattern.compile("(?iu)cơ quan tham mưu, giúp việc|"
      + "cấp [uủ][yỷ], tổ chức (?:cơ sở )?đảng(?: cơ sở)?|ban cán sự đảng, đảng đoàn|tuyên giáo và dân vận|"
      + "xã, thị trấn|xã, phường, thị trấn|Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội|"
      + "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội|(?:các )?tổ chức chính trị - xã hội|chính trị - xã hội|tổ chức cơ sở đảng|tổ chức đảng|"
      + "cấp [uủ][yỷ] cơ sở|huyện [uủ][yỷ], thành [uủ][yỷ], đảng [uủ][yỷ] trực thuộc(?: tỉnh [uủ][yỷ])?|"
      + "huyện, thành [uủ][yỷ], đảng [uủ][yỷ] trực thuộc(?: tỉnh [uủ][yỷ])?|huyện [uủ][yỷ], thành [uủ][yỷ]|"
      + "huyện, thành [uủ][yỷ]|"
      // "Ủy ban kiểm tra Tỉnh ủy tiến hành …": "kiểm tra" in lower case is still the commission's name, not its verb.
      + "[uủ][yỷ] ban kiểm tra|"
      // Nouns that hold a verb or a comma: "Ban Quản lý công trình …", "Tổ bảo vệ an ninh, trật tự thôn", "các phòng,
      // ban chuyên môn", "các sở, ban, ngành".
      // A name listing its fields: "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Bộ Văn hóa, Thể thao và Du lịch".
      + "(?-i:(?:Trung tâm|Sở|Bộ|Phòng) \\p{Lu}[\\p{L} ]{1,25}, (?!Ban |Văn phòng|Sở |Phòng |Trung tâm|Ủy ban|UBND|Công an|Hội )"
      + "\\p{Lu}[\\p{L} ]{1,25} (?:và|\uE002) \\p{Lu}\\p{L}+)|"
      + "công trình|đầu tư xây dựng|an ninh, trật tự|(?:sở|phòng), ban(?:, ngành)?|ban, ngành|sở, ngành|huyện, thành phố|"
      // A department named with its commission: "Vụ Địa bàn số 2, Ủy ban Kiểm tra Tỉnh ủy".
      // A person with the office held: "đồng chí Nguyễn Văn An, Bí thư Chi bộ" is one responsible phrase.
      + "[Đđ]ồng chí [^,;:()]{2,40}, (?-i:Bí thư|Phó Bí thư|Chi ủy viên|Ủy viên|Chủ tịch|Phó Chủ tịch|Trưởng|Phó Trưởng|"
      + "Chánh|Phó Chánh|Chủ nhiệm|Phó Chủ nhiệm|Thôn trưởng)[^,;:.()]{0,50}|"
      // (Not "Văn phòng Huyện ủy, Ủy ban Kiểm tra Huyện ủy": two units.)
      + "(?-i:(?<!Văn\\s)(?:Vụ|Phòng)) [^,;]{1,40}, [UỦ][yỷ] ban Kiểm tra (?:Trung ương|Tỉnh [uủ][yỷ]|Huyện [uủ][yỷ])");
  private static final char COMMA = '\uE001';
  private static final char AND = '\uE002';
  private static final char HYPHEN = '\uE003';
  private static final char SPACE = '\uE004';
  private static final char MARK = '\uE005';

  private static final Pattern UNIT_START = Pattern.compile("^(?:Giao\\s+)?(?:Các |các |Mỗi |Toàn thể )?(?:Ban |Văn phòng|"
      + "Ủy ban|Uỷ ban|UBKT|UBND|Đảng ủy|Đảng uỷ|Đảng bộ|Đảng đoàn|Cấp ủy|Cấp uỷ|cấp ủy|cấp uỷ|Chi ủy|Chi uỷ|Chi bộ|"
      + "chi bộ|Thường trực|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Thị ủy|Mặt trận|MTTQ|Hội |Huyện đoàn|"
      + "Tỉnh đoàn|Đoàn |Sở |Phòng |Trung tâm|Công an|Ban cán sự|BTV|BTC|BTG|BDV|VP|cơ quan|Cơ quan|tổ chức cơ sở|"
      + "HĐND|Liên đoàn|Công đoàn|Viện |Tòa án|Toà án|Chi cục|Kho bạc|Ngân hàng|Bộ Chỉ huy|Bệnh viện|Trường (?!hợp)|"
      + "Tổ chức cơ sở|ban |đảng ủy|đảng uỷ|huyện ủy|huyện uỷ|thành ủy|thành uỷ|đồng chí |Đồng chí |Chi hội |Chi đoàn |"
      + "Tổ (?!chức|quốc)|Tiểu ban |Khối |Bộ phận |Chi đoàn(?![\\p{L}])|Liên đội(?![\\p{L}])|lãnh đạo (?=\\p{Lu})|"
      + "\uE005)");
  /** Words that end a subject: the verb or adverb that follows the units. Lower case only, so names survive. */
  private static final Pattern SUBJECT_END = Pattern.compile("\\s(?:chủ trì|phối hợp|thường xuyên|hàng năm|hằng năm|"
      + "hàng tháng|hằng tháng|hằng quý|hàng quý|định kỳ|tập trung|tiếp tục|chỉ đạo|lãnh đạo|triển khai|thực hiện|"
      + "xây dựng|theo dõi|tổ chức|có trách nhiệm|chịu trách nhiệm|phải|cần|khẩn trương|nghiên cứu|rà soát|tham mưu|"
      + "kiểm tra|giám sát|chủ động|quán triệt|hướng dẫn|đôn đốc|báo cáo|ban hành|đẩy mạnh|tăng cường|quan tâm|"
      + "sơ kết|tổng kết|trước ngày|trong|nâng cao|đề xuất|phấn đấu|bảo đảm|đảm bảo|làm tốt|kịp thời|tuyên truyền|"
      + "là|được|đã|sẽ|cụ thể hóa|cụ thể hoá|hoàn thành|lập|rà|chuẩn bị|duy trì|phát huy|củng cố|kiện toàn|bố trí|"
      + "tổng hợp|chấp hành|tiến hành|làm|vận động|thống nhất|trình|phân công|xem xét|hỗ trợ|hoàn chỉnh|tiếp thu|"
      + "định hướng|giúp|cân đối|bổ sung|sửa đổi|phê duyệt|thẩm định|tập huấn|giải quyết|nắm|có|cho ý kiến|"
      + "tham gia|góp ý|thông báo|công bố|xử lý|khắc phục|chấn chỉnh|biểu dương|khen thưởng|đề nghị|yêu cầu|"
      + "gặp gỡ|huy động|nộp|tuần tra|ra quân|sửa chữa|nâng cấp|cải tạo|thu gom|khơi thông|dọn dẹp|giúp đỡ|hoàn thiện|"
      + "biên soạn|soạn thảo|thẩm tra|giới thiệu|"
      // How they act, said before the verb ("Ban Tổ chức, Ủy ban Kiểm tra Huyện ủy theo chức năng, nhiệm vụ …").
      + "theo chức năng|theo thẩm quyền|trong phạm vi|căn cứ|bám sát|nghiêm túc|quyết liệt|sớm|ưu tiên|tích cực)(?=[\\s,.;:)]|$)|[:;.()]");
  // "Giao" opens a sentence or follows a heading on the same line ("3. Tổ chức thực hiện Giao …").
  private static final Pattern GIAO_LEAD = Pattern.compile("(?:(?:^|[.;:,(]\\s*)[Gg]iao|\\sGiao)\\s*:?\\s+(?:cho\\s+)?((?:"
      + "(?:Các |các )?(?:Ban |Văn phòng|Ủy ban|Uỷ ban|UBKT|UBND|Đảng ủy|Đảng uỷ|Đảng đoàn|Cấp ủy|Cấp uỷ|cấp ủy|cấp uỷ|"
      + "Chi ủy|Chi uỷ|Chi bộ|chi bộ|Thường trực|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Mặt trận|MTTQ|Hội |"
      + "Huyện đoàn|Tỉnh đoàn|Đoàn |Sở |Phòng |Trung tâm|Công an|BTV|BTC|BTG|BDV|VP|cơ quan|tổ chức|đồng chí |HĐND|"
      + "Liên đoàn|Công đoàn|Chi cục|Kho bạc|Bộ Chỉ huy|\uE005))"
      + "[^.;]*?)\\s+chủ trì");
  private static final String CAPITAL_UNIT = "(?:Ban |Văn phòng|Ủy ban|Uỷ ban|UBKT|UBND|Đảng ủy|Đảng uỷ|Đảng đoàn|"
      + "Cấp ủy|Cấp uỷ|Chi bộ|Thường trực|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Mặt trận|MTTQ|Hội |"
      + "Huyện đoàn|Tỉnh đoàn|Đoàn |Sở |Phòng |Trung tâm|Công an|BTV|BTC|BTG|BDV|UBKT|HĐND|Liên đoàn|Công đoàn|"
      + "Chi cục|Kho bạc|Bộ Chỉ huy|Chi hội |Chi đoàn |Tiểu ban |Khối |Bộ phận )";
  // "…, giao Ban Tuyên giáo chủ trì" mid-sentence: lower-case "giao" only before a capitalised unit word.
  private static final Pattern MID_GIAO = Pattern.compile("(?<!bàn|chuyển|trao|Bàn|Chuyển)\\sgiao\\s+(?:cho\\s+)?(" + CAPITAL_UNIT + ".+?)\\s+chủ trì");
  private static final Pattern GIAO_ANY = Pattern.compile("(?:^|[.;:(]\\s*)[Gg]iao\\s*:?\\s+(?:cho\\s+)?(?=" + CAPITAL_UNIT
      + "|các |đồng chí |\uE005)");
  private static final Pattern ASKS_NEXT = Pattern.compile("\\s+(?:(?:thống nhất|đồng ý|quyết định|tiếp tục)\\s+)?"
      + "(?:đề nghị|yêu cầu|giao)\\s*:?\\s+(?:cho\\s+)?");
  /** "Đối với Ủy ban nhân dân huyện: …", "Đối với các chi bộ trực thuộc, …": the part is addressed to these units. */
  private static final Pattern ADDRESSED_TO = Pattern.compile("^(?:Đối với|đối với)\\s+");
  /** "Về dự án …: … đề nghị X …" — a unit asked anywhere in the item. */
  private static final Pattern ASKS_INSIDE = Pattern.compile("(?:^|\\s)(?:đề nghị|yêu cầu)\\s+(?=" + CAPITAL_UNIT + "|các )");
  private static final Pattern CLAUSE_UNIT = Pattern.compile("(?:các |Các )?" + CAPITAL_UNIT
      + "|các (?:chi bộ|cấp ủy|cấp uỷ|tổ chức cơ sở|cơ quan)");
  private static final Pattern PEOPLE = Pattern.compile("(?iu)(?:mỗi |từng |toàn thể |các )?(?:cán bộ|đảng viên|công chức|"
      + "viên chức|nhân dân|người lao động|hội viên|đoàn viên|cử tri|cha mẹ học sinh|phụ huynh(?: học sinh)?|học sinh)");
  private static final Pattern ASKS = Pattern.compile("^(?:Đề nghị|Yêu cầu|Kiến nghị|Giao cho|Phân công)\\s+");
  private static final Pattern NAMED_UNIT = Pattern.compile("(?<=^|[\\s(,;:])(?:các |Các )?(?:" + CAPITAL_UNIT.substring(3, CAPITAL_UNIT.length() - 1)
      + "|\uE005)|(?<=^|[\\s(,;:])(?:các|Các) (?:chi bộ|cấp ủy|cấp uỷ|tổ chức cơ sở|cơ quan|ban |đảng ủy|đảng uỷ)");
  private static final Pattern LEADS_AFTER = Pattern.compile("\\s*,?\\s*chủ trì(?!\\p{L})");
  private static final Pattern COORDINATES_AFTER = Pattern.compile("\\s*,?\\s*(?:cùng\\s+)?phối hợp(?!\\s+(?:với|cùng)\\s)(?!\\p{L})");
  // Labelled cells written in the sentence: "(Cơ quan chủ trì: Ban Tổ chức Huyện ủy; cơ quan phối hợp: Văn phòng …)".
  private static final Pattern LABELLED_LEAD = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:cơ quan|đơn vị|bộ phận)\\s+)?"
      + "(?:chủ trì|thực hiện|phụ trách)(?:\\s+thực hiện)?\\s*:\\s*([^;.)(]+)");
  private static final Pattern LABELLED_COORDINATING = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:cơ quan|đơn vị|bộ phận)\\s+)?"
      + "phối hợp(?:\\s+thực hiện)?\\s*:\\s*([^;.)(]+)");
  private static final Pattern DONE_BY_AFTER = Pattern.compile("\\s*,?\\s*(?:chủ trì|thực hiện|đảm nhiệm|phụ trách|"
      + "tham mưu|triển khai)(?!\\p{L})");
  private static final Pattern COORDINATING = Pattern.compile("[Pp]hối hợp(?:\\s+(?:chặt chẽ|tốt|thường xuyên|đồng bộ))?"
      + "\\s+(?:với|cùng)\\s+(.+)");
  private static final Pattern ADDRESSEE = Pattern.compile("(?:đề nghị|yêu cầu|giao)\\s+(.+)");
  /** The first ", " after which a capitalised unit opens the rest of the clause. */
  private static final Pattern SUBJECT_AFTER_COMMA = Pattern.compile(",\\s+(?=" + CAPITAL_UNIT + ")");
  private static final Pattern SPLIT = Pattern.compile("\\s*[,;]\\s*|\\s+và\\s+|\\s+cùng\\s+");

  private UnitPhrases() {}

  /**
   * The lead units of a task text, in order: "Giao X chủ trì" (also "…, giao X chủ trì" mid-sentence); the
   * subject the text opens with ("Ban Tổ chức Huyện ủy hướng dẫn …"), also after "Đề nghị"/"Yêu cầu"; a unit
   * named later with "chủ trì" ("… do Ban Tuyên giáo chủ trì", "(Ban Tổ chức Huyện ủy chủ trì, …)"); a unit
   * after "do … thực hiện/đảm nhiệm/phụ trách". Empty if none.
   */
  public static List<String> lead(String text) {
    String p = protect(text);
    Matcher labelled = LABELLED_LEAD.matcher(p);
    if (labelled.find()) {
      List<String> named = split(labelled.group(1));
      if (!named.isEmpty() && UNIT_START.matcher(named.get(0)).find()) {
        return named;
      }
    }
    Matcher giao = GIAO_LEAD.matcher(p);
    if (giao.find()) {
      return split(giao.group(1));
    }
    Matcher midGiao = MID_GIAO.matcher(p);
    if (midGiao.find()) {
      return split(midGiao.group(1));
    }
    // "…: giao Ủy ban nhân dân huyện xem xét …; giao Ban Tổ chức Huyện ủy hướng dẫn …": every unit given a job.
    List<String> given = new ArrayList<>();
    Matcher giaoAny = GIAO_ANY.matcher(p);
    while (giaoAny.find()) {
      for (String phrase : subject(p.substring(giaoAny.end()))) {
        if (!given.contains(phrase)) {
          given.add(phrase);
        }
      }
    }
    if (!given.isEmpty()) {
      return given;
    }
    List<String> opening = subject(p);
    if (!opening.isEmpty()) {
      // "Các chi bộ trực thuộc tiến hành đại hội …; Chi bộ thôn 4 tổ chức đại hội điểm …": a later clause with its own
      // actor adds a lead (not one that only coordinates, takes part or reports).
      List<String> all = new ArrayList<>(opening);
      for (String clause : laterClausesOpeningWithUnits(p)) {
        String rest = clause.substring(upToVerb(clause).length());
        if (Character.isUpperCase(clause.codePointAt(0))
            && !rest.matches("(?s)\\s*(?:phối hợp|cùng|tham gia|báo cáo|được)(?![\\p{L}]).*")) {
          subject(clause).stream().filter(x -> !all.contains(x)).forEach(all::add);
        }
      }
      return all;
    }
    Matcher ask = ASKS.matcher(p);
    if (ask.find()) {
      List<String> asked = subject(p.substring(ask.end()));
      if (!asked.isEmpty()) {
        return asked;
      }
    }
    Matcher to = ADDRESSED_TO.matcher(p);
    if (to.lookingAt()) {
      List<String> addressed = subject(p.substring(to.end()));
      if (!addressed.isEmpty()) {
        return addressed;
      }
    }
    // "Về công tác kiểm tra, giám sát: Ủy ban Kiểm tra Tỉnh ủy xây dựng …": the subject after an item's topic.
    // The topic may also end with a full stop ("Về công tác cán bộ. Ban Tổ chức Huyện ủy …").
    Matcher topicEnd = Pattern.compile("[:.]\\s").matcher(p + " ");
    int colon = topicEnd.find() ? topicEnd.start() : -1;
    if (colon > 0 && colon < 160 && (p.startsWith("Về ") || p.startsWith("Đối với "))) {
      // "Về công tác Mặt trận …: Đề nghị Ủy ban MTTQ Việt Nam xã …": the body asked after the topic.
      String rest = p.substring(colon + 1).trim();
      Matcher asked = ASKS.matcher(rest);
      List<String> after = subject(asked.lookingAt() ? rest.substring(asked.end()) : rest);
      if (!after.isEmpty()) {
        return after;
      }
    }
    Matcher inside = ASKS_INSIDE.matcher(p);
    if (inside.find()) {
      List<String> asked = subject(p.substring(inside.end()));
      if (!asked.isEmpty()) {
        return asked;
      }
    }
    // "Năm 2025 là năm …; các chi bộ, cán bộ, đảng viên cần nêu cao …": a later clause that opens with units.
    for (String clause : laterClausesOpeningWithUnits(p)) {
      List<String> s = subject(clause);
      if (!s.isEmpty()) {
        return s;
      }
    }
    List<String> named = namedBefore(p, LEADS_AFTER, false);
    if (!named.isEmpty()) {
      return named;
    }
    return namedBefore(p, DONE_BY_AFTER, true);
  }

  /** The clauses after the first (split on ";") that open with a unit ("…; Chi bộ thôn 4 tổ chức …"). */
  private static List<String> laterClausesOpeningWithUnits(String protectedText) {
    String[] clauses = protectedText.split(";");
    List<String> out = new ArrayList<>();
    for (int i = 1; i < clauses.length; i++) {
      String clause = clauses[i].trim();
      if (CLAUSE_UNIT.matcher(clause).lookingAt()) {
        out.add(clause);
      }
    }
    return out;
  }

  /**
   * The first unit phrase in the text (starting with a capitalised unit word) that is followed by {@code after}
   * ("chủ trì"); with {@code afterDo} only a phrase introduced by "do" ("do Ban Tổ chức Huyện ủy thực hiện").
   */
  private static List<String> namedBefore(String protectedText, Pattern after, boolean afterDo) {
    Matcher start = NAMED_UNIT.matcher(protectedText);
    while (start.find()) {
      if (afterDo && !protectedText.substring(0, start.start()).matches("(?s).*\\bdo\\s+$")) {
        continue;
      }
      String rest = protectedText.substring(start.start());
      String phrase = upToVerb(rest);
      if (after.matcher(rest.substring(phrase.length())).lookingAt()) {
        List<String> out = split(phrase);
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    return List.of();
  }

  /** The units after "phối hợp với", up to the verb that follows them; else units named before "phối hợp" ("(…, Văn phòng Huyện ủy phối hợp)"). */
  public static List<String> coordinating(String text) {
    String p = protect(text);
    Matcher labelled = LABELLED_COORDINATING.matcher(p);
    if (labelled.find()) {
      List<String> named = split(labelled.group(1));
      if (!named.isEmpty() && UNIT_START.matcher(named.get(0)).find()) {
        return named;
      }
    }
    Matcher m = COORDINATING.matcher(p);
    if (!m.find()) {
      return namedBefore(p, COORDINATES_AFTER, false);
    }
    // "phối hợp với cha mẹ học sinh, Ban đại diện cha mẹ học sinh": people beside a unit are not units.
    List<String> named = split(upToVerb(m.group(1)));
    List<String> units = named.stream().filter(s -> !PEOPLE.matcher(s).matches()).toList();
    return units.isEmpty() ? named : units;
  }

  /**
   * Who the tasks of a section are addressed to, read from its introduction ("…; các cấp ủy, tổ chức cơ sở
   * Đảng tập trung lãnh đạo … sau:" or "… đề nghị Đảng ủy xã Đức Phổ tập trung …").
   */
  public static List<String> addressees(String intro) {
    if (intro == null || intro.isBlank()) {
      return List.of();
    }
    String p = protect(intro);
    Matcher ask = ADDRESSEE.matcher(p);
    String found = null;
    while (ask.find()) {
      List<String> s = subject(ask.group(1));
      if (!s.isEmpty()) {
        found = ask.group(1);
      }
    }
    if (found != null) {
      return subject(found);
    }
    String[] clauses = p.split("[;]");
    for (int i = clauses.length - 1; i >= 0; i--) {
      String clause = clauses[i].trim();
      List<String> s = spoken(clause) ? List.of() : subject(clause);
      if (s.isEmpty()) {
        // "Để hoàn thành các chỉ tiêu năm 2024, Đảng ủy xã Tiên Hoàng cần tập trung …": the subject after the
        // opening phrase of purpose.
        Matcher after = SUBJECT_AFTER_COMMA.matcher(clause);
        if (after.find() && !spoken(clause.substring(after.end()))) {
          s = subject(clause.substring(after.end()));
        }
      }
      if (!s.isEmpty()) {
        return s;
      }
    }
    return List.of();
  }

  /**
   * "Ban Chấp hành Đảng bộ xã thống nhất tập trung lãnh đạo … các nhiệm vụ sau:": the issuing body speaking of its own
   * decision, not a unit the tasks are addressed to.
   */
  private static boolean spoken(String protectedClause) {
    String t = protectedClause.trim();
    if (!UNIT_START.matcher(t).find()) {
      return false;
    }
    return t.substring(upToVerb(t).length()).matches("(?s)\\s+(?:thống nhất|nhất trí|kết luận)(?!\\p{L}).*");
  }

  /** The unit phrases of a table cell or a list: split on commas, semicolons and "và". */
  public static List<String> list(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return split(protect(cell.replace('\n', ',')));
  }

  /** Phrases of the text after "báo cáo" in a monitoring clause: "Thường trực, Ban Thường vụ Huyện ủy." */
  static List<String> reportTo(String text) {
    String p = protect(text);
    Matcher m = Pattern.compile("báo cáo\\s+(?:kết quả\\s+(?:thực hiện\\s+)?(?:về\\s+|cho\\s+|với\\s+)?)?(?:cho\\s+|với\\s+|về\\s+)?([^.;]+)")
        .matcher(p);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    if (last == null) {
      return List.of();
    }
    // "báo cáo kết quả thực hiện Thông báo kết luận này về Thường trực Huyện ủy": the document is what, not whom.
    last = last.replaceFirst("(?iu)^(?:(?:việc\\s+)?(?:thực hiện|triển khai)\\s+)?(?:thông báo\\s+)?(?:kết luận|thông báo)"
        + "(?:\\s+kết luận)?\\s+này\\s*(?:về|cho|với|lên|tới)?\\s*", "");
    last = last.replaceAll("\\s+(?:theo quy định|theo yêu cầu|kết quả.*)$", "");
    // "… báo cáo Ban Thường vụ Huyện ủy theo định kỳ / vào cuối mỗi quý / chậm nhất …": when, not whom.
    last = last.replaceFirst("\\s+(?:theo (?:định kỳ|kế hoạch|tiến độ)|vào (?:cuối|đầu|dịp|kỳ)|tại (?:kỳ|hội nghị|cuộc họp|"
        + "phiên)|khi (?:có|kết thúc)|mỗi|"
        + "sau (?:khi|mỗi)|chậm nhất|định kỳ)(?![\\p{L}]).*$", "");
    // "… báo cáo Ban Thường vụ Đảng ủy hằng tháng": the cadence after the addressee is not part of its name.
    last = upToVerb(last);
    // "báo cáo kết quả tại kỳ sinh hoạt tháng 12/2024" names when, not whom: only capitalised or unit words are kept.
    return split(last).stream().filter(s -> Character.isUpperCase(s.charAt(0)) || UNIT_START.matcher(s).find()).toList();
  }

  private static List<String> subject(String protectedText) {
    String t = protectedText.trim();
    if (t.startsWith("Giao ") || t.startsWith("giao ")) {
      t = t.substring(5);
    }
    if (!UNIT_START.matcher(t).find()) {
      return List.of();
    }
    String phrase = person(upToVerb(t));
    // "Thường trực Tỉnh ủy yêu cầu Huyện ủy Cát Tiên lãnh đạo …": the body asked is the lead, not the one asking.
    // "Ban Thường vụ Huyện ủy yêu cầu:" with the items below: the body asking is the issuer, not the one asked.
    if (t.substring(phrase.length()).matches("\\s+(?:(?:thống nhất|đồng ý|quyết định|tiếp tục)\\s+)?(?:đề nghị|yêu cầu|giao)"
        + "\\s*:?\\s*")) {
      return List.of();
    }
    Matcher asks = ASKS_NEXT.matcher(t.substring(phrase.length()));
    if (asks.lookingAt()) {
      List<String> asked = subject(t.substring(phrase.length() + asks.end()));
      if (!asked.isEmpty()) {
        return asked;
      }
    }
    // "các chi bộ, cán bộ, đảng viên": people named beside the units are not units (and not lost: not unit-like).
    return split(phrase).stream().filter(s -> !PEOPLE.matcher(s).matches()).toList();
  }

  private static String upToVerb(String t) {
    Matcher end = SUBJECT_END.matcher(t);
    return end.find() ? t.substring(0, end.start()) : t;
  }

  private static List<String> split(String protectedPhrase) {
    List<String> out = new ArrayList<>();
    for (String part : SPLIT.split(protectedPhrase)) {
      String name = endOfName(part);
      // Leading quotes or brackets are dropped, never the phrase itself ("(Ban Tổ chức …" stays a phrase).
      String phrase = Vn.trimPunctuation(restore(name).replaceFirst("^[^\\p{L}]+", "")).trim();
      if (!phrase.isEmpty()) {
        out.add(phrase);
      }
      if (!name.equals(part)) {
        break; // what follows the action ("… đổi mới nội dung, phương thức hoạt động") is not a unit
      }
    }
    return distributed(out);
  }

  // The level a name ends with: "… huyện", "… xã", "… thôn 3", "… Huyện ủy", then lower-case words that say what the
  // unit does ("Ban Quản lý công trình công cộng huyện điều chỉnh lộ giới …").
  private static final Pattern LEVEL_THEN_ACTION = Pattern.compile("^(.*\\s(?:huyện|tỉnh|xã|(?<!nông )thôn|phường|"
      + "(?:Huyện|Tỉnh|Thành|Thị|Đảng) [uủ][yỷ](?!\\s+viên))"
      + "(?:\\s\\d{1,3})?)\\s((?!và\\s|của\\s|trực thuộc|cơ sở|nhân dân|thị trấn|các\\s)\\p{Ll}+\\s\\p{Ll}+.*)$");

  /**
   * A name that runs on past its level into two or more lower-case words ends at the level: a verb not in the list
   * ("đổi mới", "gặp gỡ") does not become part of the unit. Names go on in lower case only before the level ("Ban
   * Quản lý dự án đầu tư huyện"), so nothing of a name is cut.
   */
  private static String endOfName(String protectedPart) {
    if (protectedPart.matches("(?iu)^\\s*(?:các\\s+)?đồng chí\\s.*")) {
      return protectedPart;
    }
    Matcher m = LEVEL_THEN_ACTION.matcher(protectedPart);
    return m.matches() ? m.group(1) : protectedPart;
  }

  // "Đảng ủy các xã Gia Viễn, Nam Ninh, Đức Phổ và thị trấn Phước Cát": one body named for several places.
  private static final Pattern BODY_OF_PLACES = Pattern.compile("^(Đảng [uủ][yỷ]|Ban Thường vụ Đảng [uủ][yỷ]|[UỦ][yỷ] ban "
      + "nhân dân|UBND|Chi bộ|Công an|Ban Chỉ huy Quân sự) các (xã|thị trấn|phường|thôn) (\\p{Lu}.*)$");
  private static final Pattern PLACE_KIND = Pattern.compile("^(xã|thị trấn|phường|thôn) \\p{Lu}.*");
  private static final Pattern PLACE_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3}$|^\\d{1,3}$");

  /** The body named once for several places, given to each place: "Đảng ủy xã Gia Viễn", "Đảng ủy xã Nam Ninh" … */
  private static List<String> distributed(List<String> phrases) {
    List<String> out = new ArrayList<>(phrases);
    for (int i = 0; i < out.size(); i++) {
      Matcher m = BODY_OF_PLACES.matcher(out.get(i));
      if (!m.matches()) {
        continue;
      }
      String body = m.group(1);
      String kind = m.group(2);
      out.set(i, body + " " + kind + " " + m.group(3));
      for (int j = i + 1; j < out.size(); j++) {
        String next = out.get(j);
        Matcher k = PLACE_KIND.matcher(next);
        if (k.matches()) {
          kind = k.group(1);
          out.set(j, body + " " + next);
        } else if (PLACE_NAME.matcher(next).matches()) {
          out.set(j, body + " " + kind + " " + next);
        } else {
          break;
        }
      }
    }
    return out;
  }

  private static final java.util.Set<String> OFFICE_WORDS = java.util.Set.of("thư", "viên", "bộ", "ủy", "uỷ", "trưởng",
      "tịch", "nhiệm", "xã", "thôn", "huyện", "tỉnh", "trấn", "đoàn", "hội", "ban", "và", "đồng", "chí", "phụ", "trách", "địa",
      "bàn", "lĩnh", "vực", "chi", "phòng");

  /**
   * "Đồng chí Phó Bí thư Chi bộ thu đảng phí …", "Đồng chí Bí thư Chi bộ trực tiếp gặp …": a person's phrase ends at
   * the first word that is neither a name, a number nor a word of an office ("Bí thư", "Chi ủy viên", "thôn 3").
   */
  static String person(String protectedPhrase) {
    if (!protectedPhrase.matches("(?iu)^(?:các\\s+)?đồng chí\\s.*")) {
      return protectedPhrase;
    }
    String[] tokens = protectedPhrase.split(" ");
    StringBuilder kept = new StringBuilder(tokens[0]);
    for (int i = 1; i < tokens.length; i++) {
      String w = tokens[i].replaceAll("[,.;:]+$", "");
      boolean keep = !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.charAt(0))
          || OFFICE_WORDS.contains(w.toLowerCase(Vn.VI)) || w.indexOf(SPACE) >= 0 || w.indexOf(MARK) >= 0);
      if (!keep) {
        break;
      }
      kept.append(' ').append(tokens[i]);
      if ((w.equals("vực") && kept.toString().endsWith("lĩnh vực"))
          || (w.equals("trách") && kept.toString().endsWith("phụ trách") && i + 1 < tokens.length
              && !OFFICE_WORDS.contains(tokens[i + 1]) && Character.isLowerCase(tokens[i + 1].codePointAt(0)))) {
        // "… phụ trách lĩnh vực đầu tư": the field named after "lĩnh vực" is part of the office.
        int field = i;
        for (int j = field + 1; j < tokens.length && j <= field + 3 && !SUBJECT_END.matcher(" " + tokens[j] + " ").find()
            && Character.isLowerCase(tokens[j].codePointAt(0)); j++) {
          kept.append(' ').append(tokens[j]);
          i = j;
        }
      }
    }
    return kept.toString().replaceAll("[,;]+$", "");
  }

  // "và" inside a name ("Sở Thông tin và Truyền thông"): followed by a capitalised word that does not open a unit.
  private static final Pattern AND_IN_NAME = Pattern.compile(" và (?!(?:Ban|Văn phòng|Ủy ban|Uỷ ban|Đảng|Cấp|Chi|Báo|Đài|"
      + "Thường trực|Huyện|Tỉnh|Thành|Thị|Sở|Phòng|Hội|Mặt trận|Công an|Trung tâm|UBND|MTTQ|Các|Đoàn|Bộ)\\b)(?=\\p{Lu})");

  static String protect(String raw) {
    String text = AND_IN_NAME.matcher(raw).replaceAll(" " + AND + " ");
    Matcher m = PROTECTED.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String hidden = MARK + m.group().replace(',', COMMA).replace(" và ", " " + AND + " ")
          .replace(" - ", " " + HYPHEN + " ").replace(' ', SPACE);
      m.appendReplacement(sb, Matcher.quoteReplacement(hidden));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String restore(String text) {
    return text.replace(COMMA, ',').replace(AND + "", "và").replace(HYPHEN + "", "-").replace(SPACE, ' ')
        .replace(MARK + "", "");
  }
}
