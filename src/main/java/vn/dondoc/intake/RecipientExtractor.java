package vn.dondoc.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Nơi nhận": one recipient per dashed line, without the dash and the closing comma or full stop. */
public final class RecipientExtractor {

  private static final Pattern HEAD = Pattern.compile("^(?:Nơi nhận|NƠI NHẬN)\\s*:?\\s*(.*)$");
  private static final Pattern DASH = Pattern.compile("^[-–—•+*]\\s*(.*)$");

  private RecipientExtractor() {}

  static int headIndex(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (HEAD.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  public static List<String> extract(List<String> lines) {
    int head = headIndex(lines);
    List<String> out = new ArrayList<>();
    if (head < 0) {
      return out;
    }
    List<String> candidates = new ArrayList<>();
    Matcher h = HEAD.matcher(lines.get(head));
    h.matches();
    if (!h.group(1).isBlank()) {
      candidates.add(h.group(1));
    }
    candidates.addAll(lines.subList(head + 1, lines.size()));
    boolean open = false;
    // Without dashes (list bullets that were not text), each line ending with a comma, semicolon or full stop closes one
    // recipient, and a full stop closes the list.
    boolean dashless = candidates.stream().filter(l -> !SignatureExtractor.AUTHORITY.matcher(l).matches()
        && !Vn.isUpperCaseLine(l)).findFirst().map(l -> !DASH.matcher(l).matches()).orElse(false);
    if (dashless) {
      return withoutDashes(candidates);
    }
    for (String line : candidates) {
      Matcher d = DASH.matcher(line);
      // "- Các sở: KH&ĐT, Tài chính, Nội vụ," / "GTVT, NN&PTNT, TN&MT,": a list after a colon goes on over the line
      // (in capitals too: a signature line never holds a comma).
      boolean listGoesOn = !d.matches() && !out.isEmpty() && out.get(out.size() - 1).contains(":") && line.contains(",")
          && !SignatureExtractor.AUTHORITY.matcher(line).matches();
      if (!listGoesOn && (SignatureExtractor.AUTHORITY.matcher(line).matches() || Vn.isUpperCaseLine(line))) {
        // The signature block beside the list (a PDF read row by row puts its lines between the recipients).
        continue;
      }
      boolean lowerCase = !line.isEmpty() && Character.isLowerCase(line.charAt(0));
      boolean continues = listGoesOn || open || lowerCase;
      open = !listGoesOn && !line.isEmpty() && ",.;".indexOf(line.charAt(line.length() - 1)) < 0;
      if (d.matches()) {
        String r = Vn.trimPunctuation(d.group(1));
        if (!r.isEmpty()) {
          out.add(r);
        }
      } else if (!out.isEmpty() && continues) {
        // A long recipient wrapped onto the next line (the previous line did not end with its comma), or the list
        // after its colon going on ("…, Nội vụ," / "GTVT, …": a comma between; "Tài nguyên" / "và Môi trường": none).
        int last = out.size() - 1;
        String joint = listGoesOn && !lowerCase ? ", " : " ";
        out.set(last, Vn.trimPunctuation(out.get(last) + joint + line));
      } else if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  private static List<String> withoutDashes(List<String> candidates) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : candidates) {
      if (SignatureExtractor.AUTHORITY.matcher(line).matches() || Vn.isUpperCaseLine(line)) {
        continue;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
      char last = line.charAt(line.length() - 1);
      if (",;.".indexOf(last) >= 0) {
        String r = Vn.trimPunctuation(current.toString());
        if (!r.isEmpty()) {
          out.add(r);
        }
        current.setLength(0);
        if (last == '.') {
          break;
        }
      }
    }
    return out;
  }
}
