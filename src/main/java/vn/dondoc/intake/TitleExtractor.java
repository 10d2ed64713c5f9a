package vn.dondoc.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The title ("KẾT LUẬN", "THÔNG BÁO KẾT LUẬN", in capitals on its own line) and the subject lines below it,
 * up to the "-----" rule or the first sentence of the body.
 */
public final class TitleExtractor {

  public record Title(int index, String title, String subject, int bodyStart) {}

  private static final Pattern TITLE = Pattern.compile("^(THÔNG BÁO KẾT LUẬN|KẾT LUẬN|THÔNG BÁO|NGHỊ QUYẾT|CHỈ THỊ|"
      + "KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|HƯỚNG DẪN|CÔNG VĂN|QUY ĐỊNH|CHƯƠNG TRÌNH)\\b.*");
  private static final Pattern RULE = Pattern.compile("^[-–—_*=.·\\s]{3,}$|^\\*$");
  private static final Pattern BODY_START = Pattern.compile("^(Ngày \\d|Căn cứ|Tại |Sau khi|Trên cơ sở|Vừa qua|"
      + "(Sáng|Chiều|Tối) ngày|Thực hiện |Qua |Trong (hai|ba|các) ngày|Ban Thường vụ .* đã|Thường trực .* đã|Xét |"
      + "Hôm nay|Được sự|Theo (chương trình|kế hoạch|đề nghị)|Tiếp theo|(Vào|Từ|Trong) ngày|"
      // A body reporting what it did opens the text: "Ủy ban Kiểm tra Huyện ủy đã tiến hành kiểm tra …".
      + "(Ban Chấp hành|Đảng ủy|Chi bộ|Chi ủy|[ỦU][yỷ] ban Kiểm tra|Đoàn (kiểm tra|giám sát)|Ban Thường vụ|Thường trực)"
      + "[^,;]*\\s(đã|tiến hành|đã tiến hành|họp|tổ chức)\\s).*");
  private static final int MAX_SUBJECT_LINES = 5;

  private TitleExtractor() {}

  public static Title extract(List<String> lines) {
    for (int i = 0; i < lines.size() && i < 40; i++) {
      String line = lines.get(i);
      if (!Vn.isUpperCaseLine(line) || !TITLE.matcher(line).matches() || HeaderExtractor.NUMBER.matcher(line).matches()) {
        continue;
      }
      String title = line;
      int next = i + 1;
      // "THÔNG BÁO" on one line, "KẾT LUẬN CỦA …" on the next.
      if (line.equals("THÔNG BÁO") && next < lines.size() && lines.get(next).contains("KẾT LUẬN")
          && Vn.isUpperCaseLine(lines.get(next))) {
        title = line + " " + lines.get(next);
        next++;
      }
      // "KẾT LUẬN" / "CỦA BAN THƯỜNG VỤ HUYỆN ỦY": the issuer on the next capital line belongs to the title.
      if (next < lines.size() && lines.get(next).startsWith("CỦA ") && Vn.isUpperCaseLine(lines.get(next))) {
        title = title + " " + lines.get(next);
        next++;
      }
      List<String> subject = new ArrayList<>();
      int j = next;
      while (j < lines.size() && subject.size() < MAX_SUBJECT_LINES) {
        String l = lines.get(j);
        if (RULE.matcher(l).matches()) {
          j++;
          break;
        }
        if (BODY_START.matcher(l).matches() || l.startsWith("I.") || l.matches("^\\d+\\.\\s.*")) {
          break;
        }
        subject.add(l);
        j++;
      }
      return new Title(i, title, subject.isEmpty() ? null : DocumentText.join(subject), j);
    }
    return new Title(-1, null, null, 0);
  }
}
