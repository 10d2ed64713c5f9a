package vn.dondoc.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese spelling helpers for comparing names: old/new tone placement, case, diacritics. */
final class Vn {

  static final Locale VI = Locale.forLanguageTag("vi");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // Old-style tone placement ("uỷ", "hoá") and the new style ("ủy", "hóa") are the same word.
  private static final String[][] TONE = {
      {"uỷ", "ủy"}, {"uý", "úy"}, {"uỳ", "ùy"}, {"uỵ", "ụy"}, {"uỹ", "ũy"},
      {"oá", "óa"}, {"oà", "òa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
      {"oé", "óe"}, {"oè", "òe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"}};

  /** Lower case, NFC, one spacing, new-style tone marks: the form names are compared in. */
  static String canonical(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(VI);
    for (String[] pair : TONE) {
      t = t.replace(pair[0], pair[1]);
    }
    return SPACES.matcher(t).replaceAll(" ").trim();
  }

  /** Without diacritics: the last resort for names typed without marks. */
  static String fold(String s) {
    String t = Normalizer.normalize(canonical(s), Normalizer.Form.NFD);
    return MARKS.matcher(t).replaceAll("").replace('đ', 'd');
  }

  static boolean isUpperCaseLine(String line) {
    boolean letter = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  static String capitalise(String word) {
    if (word.isEmpty()) {
      return word;
    }
    return word.substring(0, 1).toUpperCase(VI) + word.substring(1);
  }

  /** Strips the punctuation a list item ends with ("Thường trực Tỉnh ủy," / "Lưu."). */
  static String trimPunctuation(String s) {
    String t = s.trim();
    while (!t.isEmpty() && ",.;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).trim();
    }
    return t;
  }

  private Vn() {}
}
