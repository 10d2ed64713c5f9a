package vn.dondoc.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The signature block: "T/M HUYỆN ỦY / BÍ THƯ / Nguyễn Tiến Dũng", possibly with a K/T line under the T/M. */
public final class SignatureExtractor {

  // "T/M", "T/M.", "TM.", "T.M.", "TM" (and K/T, T/L) before the body, with or without a space after the dot.
  // Also "TM/ BAN THƯỜNG VỤ" and "T / M".
  static final Pattern AUTHORITY = Pattern.compile(
      "^(T\\s?[/.]\\s?M|K\\s?[/.]\\s?T|T\\s?[/.]\\s?L|TM|KT|TL)(?:\\s*[./]\\s*|\\s+)(\\S.*)$");
  // Names of the Central Highlands' peoples carry apostrophes ("K' Mák", "Ka H'Vân").
  private static final Pattern NAME = Pattern.compile("^(\\p{Lu}[\\p{Ll}'’]*)(\\s\\p{Lu}[\\p{L}'’]*){1,5}$");

  private SignatureExtractor() {}

  /** Index of the first authority line at or after {@code from}, or -1. */
  static int authorityIndex(List<String> lines, int from) {
    for (int i = Math.max(0, from); i < lines.size(); i++) {
      Matcher m = AUTHORITY.matcher(lines.get(i));
      if (m.matches() && Vn.isUpperCaseLine(m.group(2))) {
        return i;
      }
    }
    return -1;
  }

  public static Signer extract(List<String> lines, int from) {
    int i = authorityIndex(lines, from);
    if (i < 0) {
      return withoutAuthority(lines, from);
    }
    String onBehalfOf = null;
    Matcher first = AUTHORITY.matcher(lines.get(i));
    first.matches();
    String code = code(first.group(1));
    String body = first.group(2).trim();
    int next = i + 1;
    if (next < lines.size()) {
      Matcher second = AUTHORITY.matcher(lines.get(next));
      if (second.matches() && Vn.isUpperCaseLine(second.group(2))) {
        onBehalfOf = code + " " + body;
        code = code(second.group(1));
        body = second.group(2).trim();
        next++;
      }
    }
    String title = null;
    String name = null;
    for (int j = next; j < lines.size(); j++) {
      String l = lines.get(j);
      if (l.startsWith("-") || l.startsWith("Nơi nhận")) {
        continue;
      }
      if (title == null && Vn.isUpperCaseLine(l)) {
        title = l;
        continue;
      }
      if (NAME.matcher(l).matches()) {
        name = l;
        break;
      }
      if (title != null && Vn.isUpperCaseLine(l) && nameInCapitals(l)) {
        name = normalName(l);
        break;
      }
    }
    return new Signer(code + " " + body, code, body, onBehalfOf, title, name);
  }

  // Family names that open a name printed in capitals ("NGUYỄN VĂN AN"), so it is not taken for a second title line.
  private static final java.util.Set<String> FAMILY_NAMES = java.util.Set.of("nguyễn", "trần", "lê", "phạm", "hoàng",
      "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "đào", "mai", "trương",
      "lâm", "tô", "hà", "cao", "lương", "tạ", "văn", "đoàn", "trịnh", "đàm", "lưu", "châu", "quách", "kiều", "thái",
      "tăng", "la", "chu", "vương", "triệu", "nông", "hứa", "k'", "ka", "điểu", "cil", "kră", "ya");

  private static boolean nameInCapitals(String line) {
    String[] words = line.trim().split("\\s+");
    return words.length >= 2 && words.length <= 6 && line.matches("[\\p{L}'’ ]+")
        && FAMILY_NAMES.contains(Vn.canonical(words[0]));
  }

  private static String normalName(String line) {
    StringBuilder out = new StringBuilder();
    for (String w : line.trim().split("\\s+")) {
      String lower = w.toLowerCase(Vn.VI);
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Vn.capitalise(lower));
    }
    return out.toString();
  }

  // A signer's title standing alone, where a Chi bộ or a head signs without "T/M …".
  private static final Pattern TITLE_ALONE = Pattern.compile("^(PHÓ )?(BÍ THƯ|CHỦ NHIỆM|CHÁNH VĂN PHÒNG|TRƯỞNG BAN)\\b.*");

  private static Signer withoutAuthority(List<String> lines, int from) {
    for (int i = Math.max(0, from); i < lines.size(); i++) {
      String l = lines.get(i);
      if (!TITLE_ALONE.matcher(l).matches() || !Vn.isUpperCaseLine(l)) {
        continue;
      }
      for (int j = i + 1; j < lines.size() && j <= i + 3; j++) {
        String n = lines.get(j);
        if (NAME.matcher(n).matches()) {
          return new Signer(null, null, null, null, l, n);
        }
        if (Vn.isUpperCaseLine(n) && nameInCapitals(n)) {
          return new Signer(null, null, null, null, l, normalName(n));
        }
      }
    }
    return null;
  }

  private static String code(String raw) {
    return switch (raw.replace(".", "").replace("/", "").replace(" ", "")) {
      case "TM" -> "T/M";
      case "KT" -> "K/T";
      case "TL" -> "T/L";
      default -> raw;
    };
  }
}
