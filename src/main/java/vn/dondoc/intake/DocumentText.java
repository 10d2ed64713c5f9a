package vn.dondoc.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The document as clean lines: NFC, no blank lines, no page-break indentation, no digital-signature trailer.
 * Text extracted from signed PDFs breaks lines anywhere, so extractors work on lines and re-join them with
 * {@link #join(List)}.
 */
public final class DocumentText {

  private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?.*");
  private static final Pattern SIGNATURE_META = Pattern.compile(
      "(?i)^(ký bởi|người ký|thời gian ký|ngày ký|cơ quan ký|email|chứng thư số)\\s*:.*");
  // Page numbers printed between pages: "- 3 -", "Trang 4/5", "4/5"; a bare "2" only inside a broken sentence.
  private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(?:-\\s*\\d{1,3}\\s*-|trang\\s+\\d{1,3}(?:\\s*/\\s*\\d{1,3})?|"
      + "\\d{1,3}\\s*/\\s*\\d{1,3})$");
  private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,3}$");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private final List<String> lines;

  private DocumentText(List<String> lines) {
    this.lines = List.copyOf(lines);
  }

  public static DocumentText of(String raw) {
    String text = nfc(raw).replace("\r\n", "\n").replace('\r', '\n')
        .replace("\u200B", "").replace("\uFEFF", "").replace("\u00AD", "");
    text = typingVariants(text);
    List<String> kept = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String clean = SPACES.matcher(line).replaceAll(" ").trim();
      if (!clean.isEmpty()) {
        kept.add(clean);
      }
    }
    return new DocumentText(withoutPageNumbers(withoutSignatureTrailer(kept)));
  }

  static List<String> withoutPageNumbers(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (PAGE_NUMBER.matcher(l).matches()) {
        continue;
      }
      if (BARE_NUMBER.matcher(l).matches() && i > 0 && i + 1 < lines.size()) {
        String before = lines.get(i - 1);
        String after = lines.get(i + 1);
        boolean sentenceGoesOn = ",.;:!?)|".indexOf(before.charAt(before.length() - 1)) < 0
            && !Vn.isUpperCaseLine(before) && !before.startsWith("|") && !after.startsWith("|")
            && (Character.isLowerCase(after.charAt(0)) || !Character.isDigit(after.charAt(0)) && !after.matches("^\\p{Lu}+\\b.*")
                && sentenceContinues(before));
        if (sentenceGoesOn) {
          continue;
        }
      }
      out.add(l);
    }
    return out;
  }

  /** The line ends mid-phrase: on a lower-case word such as "với", "và", "của". */
  private static boolean sentenceContinues(String line) {
    int space = line.lastIndexOf(' ');
    String last = line.substring(space + 1);
    return !last.isEmpty() && Character.isLowerCase(last.charAt(0));
  }

  /**
   * Characters that look like the right ones but are not: "Ð" (U+00D0, Icelandic eth, left by old font converters)
   * for "Đ", "ð" for "đ", and the hyphen look-alikes (U+2010–2012, U+2212 minus, U+FE63, U+FF0D) typed in
   * document numbers ("220‑KL/TU").
   */
  static String typingVariants(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(switch (c) {
        case '\u00D0' -> '\u0110';
        case '\u00F0' -> '\u0111';
        case '\u2010', '\u2011', '\u2012', '\u2212', '\uFE63', '\uFF0D' -> '-';
        case '\uFF0F', '\u2215' -> '/';
        default -> c;
      });
    }
    return sb.toString();
  }

  public static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Lines of the e-signature stamp ("2023-08-11T16:27:26+0700 / Việt Nam / … đã ký lên văn bản này!"). */
  static List<String> withoutSignatureTrailer(List<String> lines) {
    boolean[] drop = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (TIMESTAMP.matcher(l).matches() || l.toLowerCase().contains("đã ký lên văn bản")
          || SIGNATURE_META.matcher(l).matches()) {
        drop[i] = true;
        // The country line of the stamp sits between the timestamp and the signer line.
        if (i + 1 < lines.size() && lines.get(i + 1).equals("Việt Nam")) {
          drop[i + 1] = true;
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!drop[i]) {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  public List<String> lines() {
    return lines;
  }

  public boolean isBlank() {
    return lines.isEmpty();
  }

  public int nonSpaceChars() {
    return lines.stream().mapToInt(l -> l.replace(" ", "").length()).sum();
  }

  /**
   * Re-joins broken lines: with a space, except after a number's hyphen ("Nghị quyết số 21-" + "NQ/TW"), so
   * document numbers split by the line break come back whole.
   */
  public static String join(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      String part = p.trim();
      if (part.isEmpty()) {
        continue;
      }
      if (sb.length() > 0 && !endsWithNumberHyphen(sb)) {
        sb.append(' ');
      }
      sb.append(part);
    }
    return SPACES.matcher(sb).replaceAll(" ").trim();
  }

  private static boolean endsWithNumberHyphen(CharSequence s) {
    int n = s.length();
    if (n < 2 || (s.charAt(n - 1) != '-' && s.charAt(n - 1) != '–')) {
      return false;
    }
    char before = s.charAt(n - 2);
    return Character.isDigit(before) || (before == ' ' && n >= 3 && Character.isDigit(s.charAt(n - 3)));
  }
}
