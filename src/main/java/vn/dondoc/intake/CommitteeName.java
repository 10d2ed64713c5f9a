package vn.dondoc.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a header line written in capitals ("HUYỆN ỦY CÁT TIÊN", "ĐẢNG BỘ TỈNH LÂM ĐỒNG") into normal spelling
 * ("Huyện ủy Cát Tiên", "Đảng bộ tỉnh Lâm Đồng"): the committee words as they are written in running text,
 * the administrative level in lower case, the place name capitalised.
 */
final class CommitteeName {

  private static final String[][] CORES = {
      {"ban thường vụ tỉnh ủy", "Ban Thường vụ Tỉnh ủy"}, {"ban thường vụ huyện ủy", "Ban Thường vụ Huyện ủy"},
      {"ban thường vụ thành ủy", "Ban Thường vụ Thành ủy"}, {"ban thường vụ đảng ủy", "Ban Thường vụ Đảng ủy"},
      {"ban chấp hành trung ương", "Ban Chấp hành Trung ương"}, {"ban chấp hành đảng bộ", "Ban Chấp hành Đảng bộ"},
      {"ban chấp hành", "Ban Chấp hành"}, {"thường trực tỉnh ủy", "Thường trực Tỉnh ủy"},
      {"thường trực huyện ủy", "Thường trực Huyện ủy"}, {"thường trực đảng ủy", "Thường trực Đảng ủy"},
      {"thường trực", "Thường trực"},
      {"văn phòng tỉnh ủy", "Văn phòng Tỉnh ủy"}, {"văn phòng huyện ủy", "Văn phòng Huyện ủy"},
      {"ủy ban kiểm tra", "Ủy ban Kiểm tra"}, {"ban tổ chức", "Ban Tổ chức"},
      {"ban tuyên giáo và dân vận", "Ban Tuyên giáo và Dân vận"}, {"ban tuyên giáo", "Ban Tuyên giáo"},
      {"ban dân vận", "Ban Dân vận"}, {"ban nội chính", "Ban Nội chính"}, {"ban kinh tế", "Ban Kinh tế"},
      {"ban thường vụ", "Ban Thường vụ"}, {"văn phòng", "Văn phòng"},
      {"tỉnh ủy", "Tỉnh ủy"}, {"huyện ủy", "Huyện ủy"}, {"thành ủy", "Thành ủy"}, {"thị ủy", "Thị ủy"},
      {"quận ủy", "Quận ủy"}, {"đảng ủy", "Đảng ủy"}, {"đảng bộ", "Đảng bộ"}, {"chi bộ", "Chi bộ"}};
  private static final String[] LEVELS = {"thị trấn", "thành phố", "thị xã", "tỉnh", "huyện", "xã", "phường",
      "quận", "thôn", "ấp", "buôn", "bon", "khu phố", "tổ dân phố", "khu"};

  static String normalSpelling(String upper) {
    if (upper == null || upper.isBlank()) {
      return null;
    }
    String c = Vn.canonical(upper);
    StringBuilder out = new StringBuilder();
    String rest = c;
    for (String[] core : CORES) {
      if (c.equals(core[0]) || c.startsWith(core[0] + " ")) {
        out.append(core[1]);
        rest = c.substring(core[0].length()).trim();
        break;
      }
    }
    if (out.length() == 0) {
      // Not a committee name we know: capitalise the first word only.
      return Vn.capitalise(c);
    }
    // "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" → "Đảng ủy Khối các cơ quan tỉnh": the bloc's words stay in lower case.
    boolean bloc = rest.equals("khối") || rest.startsWith("khối ");
    if (bloc) {
      out.append(" Khối");
      rest = rest.substring(5).trim();
    }
    String agency = bloc ? null : agencyName(rest);
    if (agency != null) {
      // "CHI BỘ BAN TỔ CHỨC HUYỆN ỦY" → "Chi bộ Ban Tổ chức Huyện ủy", not a place name in capitals.
      return asWritten(out + " " + agency, upper);
    }
    List<String> words = new ArrayList<>();
    boolean placeName = false;
    while (!rest.isEmpty()) {
      String level = levelAt(rest);
      if (level != null && !placeName) {
        words.add(level);
        rest = rest.substring(level.length()).trim();
        placeName = true;
        continue;
      }
      int space = rest.indexOf(' ');
      String w = space < 0 ? rest : rest.substring(0, space);
      rest = space < 0 ? "" : rest.substring(space + 1).trim();
      if (!hasVowel(w)) {
        words.add(w.toUpperCase(Vn.VI));
      } else {
        words.add(bloc && !placeName ? w : Vn.capitalise(w));
      }
      if (!bloc) {
        placeName = true;
      }
    }
    if (!words.isEmpty()) {
      out.append(' ').append(String.join(" ", words));
    }
    return asWritten(out.toString(), upper);
  }

  /**
   * The name with the tone marks where the document put them: names are built from the compared form, which moves
   * old-style marks ("hoà" → "hòa"), but "TIÊN HOÀNG" is "Tiên Hoàng" and "KẾ HOẠCH" is "Kế hoạch".
   */
  private static String asWritten(String built, String upper) {
    String[] mine = built.split(" ");
    String[] theirs = java.text.Normalizer.normalize(upper, java.text.Normalizer.Form.NFC).trim().split("\\s+");
    if (mine.length != theirs.length) {
      return built;
    }
    for (int i = 0; i < mine.length; i++) {
      String lower = theirs[i].toLowerCase(Vn.VI);
      // ("UỶ" stays "ủy", the spelling names are written in here.)
      if (Vn.canonical(lower).equals(Vn.canonical(mine[i])) && !mine[i].equals(mine[i].toUpperCase(Vn.VI))
          && !lower.matches(".*u[ỷýỳỵỹ].*")) {
        mine[i] = Character.isUpperCase(mine[i].charAt(0)) ? Vn.capitalise(lower) : lower;
      }
    }
    return String.join(" ", mine);
  }

  private static final String[] AGENCIES = {"văn phòng", "ủy ban nhân dân", "ủy ban", "trung tâm", "công an",
      "bệnh viện", "cơ quan", "trường", "phòng", "ban", "sở"};

  /**
   * The name of an agency a cell belongs to, in the way such names are written: the agency word, then its field as
   * words of two syllables, the first capitalised ("Tổ chức", "Tiểu học", "Tài chính - Kế hoạch", "Tuyên giáo và Dân
   * vận"), then the committee ("Huyện ủy"), a level and its place ("xã Gia Viễn") or a place name ("Quảng Ngãi").
   * Null when the words after the committee word are no agency.
   */
  private static String agencyName(String rest) {
    String agency = null;
    for (String a : AGENCIES) {
      if (rest.startsWith(a + " ")) {
        agency = a;
        break;
      }
    }
    if (agency == null) {
      return null;
    }
    List<String> out = new ArrayList<>(List.of(Vn.capitalise(agency)));
    String[] w = rest.substring(agency.length()).trim().split(" ");
    int i = 0;
    // The field: an abbreviation ("THCS"), or pairs of syllables joined by "-", "và" or a comma.
    boolean abbreviated = w.length > 0 && !hasVowel(w[0]);
    if (abbreviated) {
      out.add(w[0].toUpperCase(Vn.VI));
      i = 1;
    }
    while (!abbreviated && i + 1 < w.length && coreAt(w, i) == null
        && levelAt(String.join(" ", List.of(w).subList(i, w.length))) == null) {
      out.add(Vn.capitalise(w[i]));
      out.add(w[i + 1]);
      i += 2;
      if (i < w.length && (w[i].equals("-") || w[i].equals("và"))) {
        out.add(w[i]);
        i++;
      } else if (!w[i - 1].endsWith(",")) {
        break;
      }
    }
    // What the agency belongs to: a committee, a level and its place, or a place name.
    String tail = String.join(" ", List.of(w).subList(i, w.length)).trim();
    if (!tail.isEmpty()) {
      String[] core = coreAt(w, i);
      if (core != null) {
        out.add(core[1]);
        tail = tail.substring(core[0].length()).trim();
      }
      String level = levelAt(tail);
      if (level != null) {
        out.add(level);
        tail = tail.substring(level.length()).trim();
      }
      for (String word : tail.isEmpty() ? new String[0] : tail.split(" ")) {
        out.add(hasVowel(word) ? Vn.capitalise(word) : word.toUpperCase(Vn.VI));
      }
    }
    return String.join(" ", out);
  }

  private static String[] coreAt(String[] words, int from) {
    String rest = String.join(" ", List.of(words).subList(from, words.length));
    for (String[] core : CORES) {
      if ((rest.equals(core[0]) || rest.startsWith(core[0] + " ")) && !core[0].startsWith("ban ")
          && !core[0].startsWith("văn phòng") && !core[0].startsWith("ủy ban")) {
        return core;
      }
    }
    return null;
  }

  private static String levelAt(String rest) {
    for (String level : LEVELS) {
      if (rest.equals(level) || rest.startsWith(level + " ")) {
        return level;
      }
    }
    return null;
  }

  /** Abbreviations such as "THCS" have no vowel and stay in capitals. */
  private static boolean hasVowel(String word) {
    return Vn.fold(word).matches(".*[aeiouy].*");
  }

  private CommitteeName() {}
}
