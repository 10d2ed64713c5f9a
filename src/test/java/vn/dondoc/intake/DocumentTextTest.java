package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentTextTest {

  @Test
  void cleanLinesWithoutBlankLinesIndentationOrSignatureStamp() {
    String raw = "\n \nĐẢNG BỘ TỈNH LÂM ĐỒNG \n\n        ĐẢNG CỘNG SẢN VIỆT NAM \r\n Công tác bồi dưỡng\u00A0tập huấn \n"
        + "\t\t2023-08-11T16:27:26+0700\n\tViệt Nam\n\tHUYỆN ỦY CÁT TIÊN<hucattien@lamdong.gov.vn> đã ký lên văn bản này!\n"
        + "Ký bởi: Huyện ủy Cát Tiên\nThời gian ký: 12.09.2024 15:02:11 +07:00\n";
    assertThat(DocumentText.of(raw).lines())
        .containsExactly("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Công tác bồi dưỡng tập huấn");
  }

  @Test
  void nfdBecomesNfc() {
    String nfd = Normalizer.normalize("Lãnh đạo thực hiện nhiệm vụ chính trị tốt", Normalizer.Form.NFD);
    assertThat(DocumentText.of(nfd).lines()).containsExactly("Lãnh đạo thực hiện nhiệm vụ chính trị tốt");
  }

  @Test
  void joiningKeepsDocumentNumbersSplitAtTheirHyphen() {
    assertThat(DocumentText.join(List.of("thực hiện Nghị quyết số 21-", "NQ/TW, ngày 16/6/2022 của Ban")))
        .isEqualTo("thực hiện Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban");
    assertThat(DocumentText.join(List.of("các tổ chức chính trị -", "xã hội"))).isEqualTo("các tổ chức chính trị - xã hội");
    assertThat(DocumentText.join(List.of("Ban Bí", "thư"))).isEqualTo("Ban Bí thư");
  }

  @Test
  void pageNumbersBetweenPagesAreDropped() {
    String raw = "1. Ban Tổ chức Huyện ủy chủ trì, phối hợp với\n2\nVăn phòng Huyện ủy tham mưu\n- 3 -\nthực hiện;\n"
        + "Trang 4/5\n2. Ủy ban Kiểm tra Huyện ủy giám sát\n3. Văn phòng Huyện ủy theo dõi.\n";
    assertThat(DocumentText.of(raw).lines()).containsExactly("1. Ban Tổ chức Huyện ủy chủ trì, phối hợp với",
        "Văn phòng Huyện ủy tham mưu", "thực hiện;", "2. Ủy ban Kiểm tra Huyện ủy giám sát", "3. Văn phòng Huyện ủy theo dõi.");
    // A number alone that is not between two halves of a sentence stays (a table cell, an item's number).
    assertThat(DocumentText.of("Các nhiệm vụ:\n2\nBan Tổ chức").lines()).containsExactly("Các nhiệm vụ:", "2", "Ban Tổ chức");
  }
}
