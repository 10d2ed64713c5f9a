package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderExtractorTest {

  @Test
  void parentIssuerNumberPlaceAndDate() {
    HeaderExtractor.Header h = HeaderExtractor.extract(List.of("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN ỦY CÁT TIÊN", "*",
        "Số 1066 -KL/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Cát Tiên, ngày 11 tháng 8 năm 2023", "KẾT LUẬN"), 6);
    assertThat(h).isEqualTo(new HeaderExtractor.Header("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
        "HUYỆN ỦY CÁT TIÊN", "1066", "KL", "HU", "Cát Tiên", LocalDate.of(2023, 8, 11)));
    assertThat(h.documentNumber()).isEqualTo("1066-KL/HU");
  }

  @Test
  void numberSpellingVariants() {
    for (String written : List.of("Số 220 - KL/TU", "Số: 220-KL/TU", "Số:220 – KL / TU", "Số 220-KL/TU ")) {
      HeaderExtractor.Header h = HeaderExtractor.extract(List.of("TỈNH ỦY LÂM ĐỒNG", "*", written.trim()), -1);
      assertThat(h.documentNumber()).as(written).isEqualTo("220-KL/TU");
      assertThat(h.parentBodyAsWritten()).isNull();
      assertThat(h.issuerAsWritten()).isEqualTo("TỈNH ỦY LÂM ĐỒNG");
    }
    assertThat(HeaderExtractor.extract(List.of("Số 42-CTr/TU"), -1).typeCode()).isEqualTo("CTr");
    assertThat(HeaderExtractor.extract(List.of("Số 38 - KL/ĐU"), -1).issuerCode()).isEqualTo("ĐU");
  }

  @Test
  void twoColumnHeaderOnOneLine() {
    HeaderExtractor.Header h = HeaderExtractor.extract(List.of("ĐẢNG BỘ TỈNH LÂM ĐỒNG ĐẢNG CỘNG SẢN VIỆT NAM",
        "HUYỆN ỦY CÁT TIÊN", "*", "Số 1066 -KL/HU Cát Tiên, ngày 11 tháng 8 năm 2023", "KẾT LUẬN"), 4);
    assertThat(h).isEqualTo(new HeaderExtractor.Header("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
        "HUYỆN ỦY CÁT TIÊN", "1066", "KL", "HU", "Cát Tiên", LocalDate.of(2023, 8, 11)));
  }

  @Test
  void invalidDateIsNull() {
    assertThat(HeaderExtractor.extract(List.of("Cát Tiên, ngày 31 tháng 2 năm 2023"), -1).issuedDate()).isNull();
  }

  @Test
  void committeeNamesInNormalSpelling() {
    assertThat(CommitteeName.normalSpelling("HUYỆN ỦY CÁT TIÊN")).isEqualTo("Huyện ủy Cát Tiên");
    assertThat(CommitteeName.normalSpelling("ĐẢNG BỘ TỈNH LÂM ĐỒNG")).isEqualTo("Đảng bộ tỉnh Lâm Đồng");
    assertThat(CommitteeName.normalSpelling("ĐẢNG ỦY XÃ ĐỨC PHỔ")).isEqualTo("Đảng ủy xã Đức Phổ");
    assertThat(CommitteeName.normalSpelling("HUYỆN UỶ CÁT TIÊN")).isEqualTo("Huyện ủy Cát Tiên");
    assertThat(CommitteeName.normalSpelling("ĐẢNG ỦY THỊ TRẤN PHƯỚC CÁT")).isEqualTo("Đảng ủy thị trấn Phước Cát");
  }
}
