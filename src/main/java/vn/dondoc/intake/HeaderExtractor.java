package vn.dondoc.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block above the title: party header, parent body and issuer (capital lines above "*"), the
 * number "Số 1066 -KL/HU" / "Số: 220 - KL/TU" split into number, type and issuer code, and "place, ngày … tháng
 * … năm …".
 */
public final class HeaderExtractor {

  public record Header(String partyHeader, String parentBodyAsWritten, String issuerAsWritten, String number,
      String typeCode, String issuerCode, String place, LocalDate issuedDate) {

    public String documentNumber() {
      return number == null ? null : number + "-" + typeCode + "/" + issuerCode;
    }
  }

  static final Pattern NUMBER = Pattern.compile(
      "(?iu)^S[ốỐ]\\s*:?\\s*(\\d+)\\s*(?:[-–—]\\s*|\\s)([A-Za-zĐđ]+)\\s*/\\s*([\\p{L}0-9]+(?:-[\\p{L}0-9]+)?)"
          + "(?![\\p{L}\\d])\\.?(.*)");
  private static final String PARTY_HEADER = "ĐẢNG CỘNG SẢN VIỆT NAM";
  static final Pattern PLACE_DATE = Pattern.compile(
      "^(.*?)\\s*,?\\s*ngày\\s*(\\d{1,2})(?:\\s+tháng\\s+|\\s*[/.-]\\s*)(\\d{1,2})(?:\\s*,?\\s+năm\\s+|\\s*[/.-]\\s*)(\\d{4}).*");
  private static final Pattern PARTY = Pattern.compile("(?i)^ĐẢNG CỘNG SẢN VIỆT NAM$");
  private static final Pattern ISSUER_START = Pattern.compile("^(HUYỆN|TỈNH|THÀNH|THỊ|QUẬN|ĐẢNG) [ỦU][YỶ]\\b.*|"
      + "^(CHI BỘ|BAN |VĂN PHÒNG|ỦY BAN|UỶ BAN|ĐẢNG ĐOÀN|BAN CÁN SỰ).*");

  private static final Pattern COMMITTEE_LINE = Pattern.compile("^(?:(?:HUYỆN|TỈNH|THÀNH|THỊ|QUẬN|ĐẢNG) [ỦU][YỶ]|CHI BỘ)\\b.*");

  static final Pattern BODY_OF_COMMITTEE = Pattern.compile("^(?:[ỦU][YỶ] BAN KIỂM TRA|BAN TỔ CHỨC|BAN TUYÊN GIÁO(?: VÀ DÂN VẬN)?|"
      + "BAN DÂN VẬN|VĂN PHÒNG|BAN THƯỜNG VỤ|BAN NỘI CHÍNH|BAN KINH TẾ|BAN CHẤP HÀNH|THƯỜNG TRỰC)$");

  private HeaderExtractor() {}

  /** Reads the header from the lines above the title ({@code titleIndex}, or the first 15 lines). */
  public static Header extract(List<String> lines, int titleIndex) {
    int end = titleIndex >= 0 ? titleIndex : Math.min(lines.size(), 15);
    String party = null;
    String number = null;
    String type = null;
    String issuerCode = null;
    String place = null;
    LocalDate date = null;
    List<String> block = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      String line = lines.get(i);
      // A two-column header read from a PDF puts both columns on one line ("HUYỆN ỦY CÁT TIÊN ĐẢNG CỘNG SẢN VIỆT
      // NAM", "Số 1066-KL/HU Cát Tiên, ngày 11 tháng 8 năm 2023"): take each part on its own.
      if (line.contains(PARTY_HEADER) && !line.equals(PARTY_HEADER)) {
        party = PARTY_HEADER;
        line = line.replace(PARTY_HEADER, " ").trim();
        if (line.isEmpty()) {
          continue;
        }
      }
      Matcher n = NUMBER.matcher(line);
      if (n.matches()) {
        number = n.group(1);
        type = n.group(2);
        issuerCode = n.group(3).toUpperCase(Vn.VI);
        line = n.group(4).trim();
        if (line.isEmpty()) {
          continue;
        }
      }
      Matcher pd = PLACE_DATE.matcher(line);
      if (PARTY.matcher(line).matches()) {
        party = line;
      } else if (pd.matches() && date == null) {
        place = pd.group(1).isBlank() ? null : pd.group(1).trim();
        date = date(pd.group(4), pd.group(3), pd.group(2));
      } else if (line.matches("^[*\\-–_.\\s]+$")) {
        continue;
      } else if (Vn.isUpperCaseLine(line) && number == null) {
        block.add(line);
      }
    }
    String parent = null;
    String issuer = null;
    int start = -1;
    for (int i = 0; i < block.size(); i++) {
      if (ISSUER_START.matcher(block.get(i)).matches()) {
        start = i;
        break;
      }
    }
    if (start < 0 && !block.isEmpty()) {
      start = block.size() - 1;
    }
    // "ĐẢNG ỦY XÃ ĐỨC PHỔ / CHI BỘ THÔN 3": of several committee lines the last one issues, those above are its parent.
    for (int i = block.size() - 1; i > start; i--) {
      if (COMMITTEE_LINE.matcher(block.get(i)).matches()) {
        start = i;
        break;
      }
    }
    if (start >= 0) {
      parent = start > 0 ? String.join(" ", block.subList(0, start)) : null;
      issuer = String.join(" ", block.subList(start, block.size()));
      // "TỈNH ỦY LÂM ĐỒNG / ỦY BAN KIỂM TRA": a body of the committee above it issues; the committee is its parent.
      int last = block.size() - 1;
      // Under "ĐẢNG BỘ TỈNH … / HUYỆN ỦY … / ỦY BAN KIỂM TRA" the parent is the committee line(s) right above the body.
      if (last > 0 && BODY_OF_COMMITTEE.matcher(block.get(last)).matches()) {
        parent = String.join(" ", block.subList(start < last ? start : 0, last));
        issuer = block.get(last);
      }
    }
    return new Header(party, parent, issuer, number, type, issuerCode, place, date);
  }

  static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
