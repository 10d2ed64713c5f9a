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
    assertThat(CommitteeName.normalSpelling("ĐẢNG ỦY XÃ TIÊN HOÀNG")).as("tone marks where the document put them")
        .isEqualTo("Đảng ủy xã Tiên Hoàng");
    assertThat(CommitteeName.normalSpelling("HUYỆN UỶ CÁT TIÊN")).isEqualTo("Huyện ủy Cát Tiên");
    assertThat(CommitteeName.normalSpelling("CHI BỘ BAN TỔ CHỨC HUYỆN ỦY")).as("a cell of an agency")
        .isEqualTo("Chi bộ Ban Tổ chức Huyện ủy");
    assertThat(CommitteeName.normalSpelling("CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH")).isEqualTo("Chi bộ Phòng Tài chính - Kế hoạch");
    assertThat(CommitteeName.normalSpelling("CHI BỘ TRƯỜNG TIỂU HỌC QUẢNG NGÃI")).isEqualTo("Chi bộ Trường Tiểu học Quảng Ngãi");
    assertThat(CommitteeName.normalSpelling("CHI BỘ CÔNG AN XÃ GIA VIỄN")).isEqualTo("Chi bộ Công an xã Gia Viễn");
    assertThat(HeaderExtractor.extract(List.of("Số 445-KL/TƯ"), -1).issuerCode()).isEqualTo("TƯ");
    assertThat(CommitteeName.normalSpelling("HUYỆN UỶ CÁT TIÊN")).isEqualTo("Huyện ủy Cát Tiên");
    assertThat(CommitteeName.normalSpelling("CHI BỘ BAN TỔ CHỨC HUYỆN ỦY")).as("a cell of an agency")
        .isEqualTo("Chi bộ Ban Tổ chức Huyện ủy");
    assertThat(CommitteeName.normalSpelling("CHI BỘ PHÒNG TÀI CHÍNH - KẾ HOẠCH")).isEqualTo("Chi bộ Phòng Tài chính - Kế hoạch");
    assertThat(CommitteeName.normalSpelling("CHI BỘ TRƯỜNG TIỂU HỌC QUẢNG NGÃI")).isEqualTo("Chi bộ Trường Tiểu học Quảng Ngãi");
    assertThat(CommitteeName.normalSpelling("CHI BỘ CÔNG AN XÃ GIA VIỄN")).isEqualTo("Chi bộ Công an xã Gia Viễn");
    assertThat(CommitteeName.normalSpelling("ĐẢNG ỦY THỊ TRẤN PHƯỚC CÁT")).isEqualTo("Đảng ủy thị trấn Phước Cát");
  }

  @Test
  void otherIssuerLevelsInNormalSpelling() {
    assertThat(CommitteeName.normalSpelling("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH")).isEqualTo("Đảng ủy Khối các cơ quan tỉnh");
    assertThat(CommitteeName.normalSpelling("CHI BỘ THÔN 3")).isEqualTo("Chi bộ thôn 3");
    assertThat(CommitteeName.normalSpelling("CHI BỘ TRƯỜNG THCS ĐỨC PHỔ")).isEqualTo("Chi bộ Trường THCS Đức Phổ");
    assertThat(CommitteeName.normalSpelling("ĐẢNG BỘ XÃ ĐỨC PHỔ")).isEqualTo("Đảng bộ xã Đức Phổ");
  }

  @Test
  void moreNumberAndDateTypingVariants() {
    for (String written : List.of("SỐ 52-KL/ĐU", "Số 52 KL/ĐU", "số: 52 — KL/ĐU", "Số 52-KL/ĐU.")) {
      assertThat(HeaderExtractor.extract(List.of(written), -1).documentNumber()).as(written).isEqualTo("52-KL/ĐU");
    }
    // Look-alike characters typed by old converters: eth for Đ, a non-breaking hyphen.
    List<String> lines = DocumentText.of("\u00D0ẢNG ỦY XÃ ĐỨC PHỔ\nSố 52\u2011KL/\u00D0U\nĐức Phổ, ngày 03/12/2024").lines();
    HeaderExtractor.Header h = HeaderExtractor.extract(lines, -1);
    assertThat(h.documentNumber()).isEqualTo("52-KL/ĐU");
    assertThat(h.issuerAsWritten()).isEqualTo("ĐẢNG ỦY XÃ ĐỨC PHỔ");
    assertThat(h.issuedDate()).isEqualTo(LocalDate.of(2024, 12, 3));
  }

  @Test
  void aBodyOfTheCommitteeAboveIssues() {
    HeaderExtractor.Header h = HeaderExtractor.extract(List.of("TỈNH ỦY LÂM ĐỒNG", "ỦY BAN KIỂM TRA", "*", "Số 86-KL/UBKTTU"), -1);
    assertThat(h.parentBodyAsWritten()).isEqualTo("TỈNH ỦY LÂM ĐỒNG");
    assertThat(h.issuerAsWritten()).isEqualTo("ỦY BAN KIỂM TRA");
    assertThat(CommitteeName.normalSpelling("ỦY BAN KIỂM TRA")).isEqualTo("Ủy ban Kiểm tra");
    assertThat(CommitteeName.normalSpelling("BAN TUYÊN GIÁO VÀ DÂN VẬN")).isEqualTo("Ban Tuyên giáo và Dân vận");
  }

  @Test
  void aBodyUnderACommitteeUnderItsPartyOrganisation() {
    HeaderExtractor.Header h = HeaderExtractor.extract(List.of("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN UỶ CÁT TIÊN", "UỶ BAN KIỂM TRA",
        "*", "Số 45-KL/UBKTHU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Cát Tiên, ngày 05 tháng 3 năm 2025", "KẾT LUẬN"), 7);
    assertThat(h.parentBodyAsWritten()).isEqualTo("HUYỆN UỶ CÁT TIÊN");
    assertThat(h.issuerAsWritten()).isEqualTo("UỶ BAN KIỂM TRA");
    assertThat(h.documentNumber()).isEqualTo("45-KL/UBKTHU");
  }

  @Test
  void theExecutiveCommitteeAsIssuerAndAPlaceDateWithoutItsComma() {
    HeaderExtractor.Header h = HeaderExtractor.extract(List.of("ĐẢNG BỘ HUYỆN CÁT TIÊN", "BAN CHẤP HÀNH", "*", "Số: 15-KL/HU",
        "ĐẢNG CỘNG SẢN VIỆT NAM", "Cát Tiên ngày 12 tháng 12 năm 2024", "KẾT LUẬN"), 6);
    assertThat(h).extracting(HeaderExtractor.Header::parentBodyAsWritten, HeaderExtractor.Header::issuerAsWritten,
        HeaderExtractor.Header::place, HeaderExtractor.Header::issuedDate)
        .containsExactly("ĐẢNG BỘ HUYỆN CÁT TIÊN", "BAN CHẤP HÀNH", "Cát Tiên", LocalDate.of(2024, 12, 12));
    assertThat(CommitteeName.normalSpelling("BAN CHẤP HÀNH")).isEqualTo("Ban Chấp hành");
    assertThat(CommitteeName.normalSpelling("THƯỜNG TRỰC HUYỆN ỦY CÁT TIÊN")).isEqualTo("Thường trực Huyện ủy Cát Tiên");
    assertThat(CommitteeName.normalSpelling("BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN CÁT TIÊN")).isEqualTo("Ban Chấp hành Đảng bộ huyện Cát Tiên");
    assertThat(UnitMatcher.IssuerContext.of("Ban Chấp hành Đảng bộ huyện Cát Tiên", vn.dondoc.org.DemoOrganisation.units())
        .issuer().code()).isEqualTo("hu-ct");
  }

  @Test
  void aCommuneCommitteeUnderItsDistrictPartyOrganisation() {
    HeaderExtractor.Header h = HeaderExtractor.extract(List.of("ĐẢNG BỘ HUYỆN CÁT TIÊN", "ĐẢNG ỦY XÃ ĐỨC PHỔ", "*",
        "Số 52 - TB/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Đức Phổ, ngày 02 tháng 4 năm 2025", "THÔNG BÁO KẾT LUẬN"), 6);
    assertThat(h).extracting(HeaderExtractor.Header::parentBodyAsWritten, HeaderExtractor.Header::issuerAsWritten,
        HeaderExtractor.Header::documentNumber, HeaderExtractor.Header::place)
        .containsExactly("ĐẢNG BỘ HUYỆN CÁT TIÊN", "ĐẢNG ỦY XÃ ĐỨC PHỔ", "52-TB/ĐU", "Đức Phổ");
    assertThat(CommitteeName.normalSpelling("ĐẢNG ỦY XÃ ĐỨC PHỔ")).isEqualTo("Đảng ủy xã Đức Phổ");
    assertThat(HeaderExtractor.extract(List.of("Số 445-KL/TƯ"), -1).issuerCode()).isEqualTo("TƯ");
  }

  @Test
  void theLastCommitteeLineIssuesAndTheOnesAboveAreItsParent() {
    HeaderExtractor.Header h = HeaderExtractor.extract(List.of("ĐẢNG ỦY XÃ ĐỨC PHỔ", "CHI BỘ THÔN 3", "*", "Số 07-KL/CB"), -1);
    assertThat(h).extracting(HeaderExtractor.Header::parentBodyAsWritten, HeaderExtractor.Header::issuerAsWritten)
        .containsExactly("ĐẢNG ỦY XÃ ĐỨC PHỔ", "CHI BỘ THÔN 3");
    // A committee name wrapped over two lines stays one issuer.
    HeaderExtractor.Header k = HeaderExtractor.extract(List.of("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN", "TỈNH",
        "*", "Số 12-KL/ĐUK"), -1);
    assertThat(k).extracting(HeaderExtractor.Header::parentBodyAsWritten, HeaderExtractor.Header::issuerAsWritten)
        .containsExactly("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH");
  }
}
