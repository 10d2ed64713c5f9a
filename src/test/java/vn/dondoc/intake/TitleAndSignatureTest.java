package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TitleAndSignatureTest {

  @Test
  void titleAndSubjectUpToTheRule() {
    TitleExtractor.Title t = TitleExtractor.extract(List.of("Số 1066 -KL/HU", "KẾT LUẬN",
        "Hội nghị sơ kết 05 năm thực hiện Kế hoạch số 59-KH/TU,", "ngày 10/8/2018 của Ban Thường vụ Tỉnh ủy", "-----",
        "Ngày 08 tháng 8 năm 2023, Ban Chấp hành"));
    assertThat(t.index()).isEqualTo(1);
    assertThat(t.title()).isEqualTo("KẾT LUẬN");
    assertThat(t.subject()).isEqualTo("Hội nghị sơ kết 05 năm thực hiện Kế hoạch số 59-KH/TU, ngày 10/8/2018 của Ban Thường vụ Tỉnh ủy");
    assertThat(t.bodyStart()).isEqualTo(5);
  }

  @Test
  void thongBaoKetLuanOnTwoLinesAndSubjectEndingAtTheBody() {
    TitleExtractor.Title t = TitleExtractor.extract(List.of("THÔNG BÁO", "KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY",
        "tại buổi làm việc với Đảng ủy xã Gia Viễn", "Ngày 12/9/2024, Thường trực Huyện ủy"));
    assertThat(t.title()).isEqualTo("THÔNG BÁO KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY");
    assertThat(t.subject()).isEqualTo("tại buổi làm việc với Đảng ủy xã Gia Viễn");
  }

  @Test
  void bodyLinesInCapitalsAreNotTakenForTheTitleWhenLowerCase() {
    assertThat(TitleExtractor.extract(List.of("kết luận của hội nghị", "Báo cáo tình hình")).title()).isNull();
  }

  @Test
  void signatureOnBehalfOf() {
    assertThat(SignatureExtractor.extract(List.of("- Lưu.", "T/M HUYỆN ỦY", "BÍ THƯ", "Nguyễn Tiến Dũng"), 0))
        .isEqualTo(new Signer("T/M HUYỆN ỦY", "T/M", "HUYỆN ỦY", null, "BÍ THƯ", "Nguyễn Tiến Dũng"));
  }

  @Test
  void deputySigningUnderTheStandingBoard() {
    assertThat(SignatureExtractor.extract(List.of("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC",
        "Nguyễn Thái Học", "Nơi nhận:", "- Lưu."), 0))
        .isEqualTo(new Signer("K/T BÍ THƯ", "K/T", "BÍ THƯ", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Nguyễn Thái Học"));
  }

  @Test
  void byAuthorityAndDottedSpelling() {
    assertThat(SignatureExtractor.extract(List.of("TL. BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lê Thị Hồng Nhung"), 0))
        .extracting(Signer::authority, Signer::title, Signer::name)
        .containsExactly("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lê Thị Hồng Nhung");
    assertThat(SignatureExtractor.extract(List.of("Không có chữ ký"), 0)).isNull();
  }

  @Test
  void recipientsOnePerLine() {
    assertThat(RecipientExtractor.extract(List.of("Nơi nhận:", "- Thường trực Tỉnh ủy,", "- Các cơ quan tham mưu, giúp việc",
        "Huyện ủy,", "- Lưu.", "T/M HUYỆN ỦY", "BÍ THƯ")))
        .containsExactly("Thường trực Tỉnh ủy", "Các cơ quan tham mưu, giúp việc Huyện ủy", "Lưu");
    assertThat(RecipientExtractor.extract(List.of("Nơi nhận: - Ban Tổ chức Trung ương (báo cáo),", "- Vụ CSĐ, đảng viên",
        "thuộc BTCTW,", "- Lưu.")))
        .containsExactly("Ban Tổ chức Trung ương (báo cáo)", "Vụ CSĐ, đảng viên thuộc BTCTW", "Lưu");
    assertThat(RecipientExtractor.extract(List.of("Không có nơi nhận"))).isEmpty();
  }

  @Test
  void authoritySpellingsAndNamesWithApostrophes() {
    for (String written : List.of("T/M. BAN THƯỜNG VỤ", "T.M BAN THƯỜNG VỤ", "TM.BAN THƯỜNG VỤ", "TM BAN THƯỜNG VỤ")) {
      Signer s = SignatureExtractor.extract(List.of(written, "BÍ THƯ", "K' Mák"), 0);
      assertThat(s.authority()).as(written).isEqualTo("T/M BAN THƯỜNG VỤ");
      assertThat(s.name()).isEqualTo("K' Mák");
    }
    Signer kt = SignatureExtractor.extract(List.of("KT. BÍ THƯ", "PHÓ BÍ THƯ", "(Đã ký)", "Ka H'Vân"), 0);
    assertThat(kt.authority()).isEqualTo("K/T BÍ THƯ");
    assertThat(kt.name()).isEqualTo("Ka H'Vân");
  }

  @Test
  void thongBaoWithTheConclusionWordsInsideTheSecondLine() {
    TitleExtractor.Title t = TitleExtractor.extract(List.of("THÔNG BÁO", "Ý KIẾN KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY",
        "tại buổi làm việc với Đảng ủy xã Gia Viễn", "Xét đề nghị của Đảng ủy xã, Thường trực Huyện ủy kết luận:"));
    assertThat(t.title()).isEqualTo("THÔNG BÁO Ý KIẾN KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY");
    assertThat(t.subject()).isEqualTo("tại buổi làm việc với Đảng ủy xã Gia Viễn");
  }

  @Test
  void aTitleWhoseIssuerIsOnTheNextCapitalLine() {
    TitleExtractor.Title t = TitleExtractor.extract(List.of("Số 88-KL/HU", "KẾT LUẬN", "CỦA BAN THƯỜNG VỤ HUYỆN ỦY",
        "về công tác cán bộ năm 2025", "-----", "Ngày 05/3/2025, Ban Thường vụ Huyện ủy họp"));
    assertThat(t.title()).isEqualTo("KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY");
    assertThat(t.subject()).isEqualTo("về công tác cán bộ năm 2025");
    TitleExtractor.Title ks = TitleExtractor.extract(List.of("THÔNG BÁO KẾT LUẬN", "CỦA THƯỜNG TRỰC HUYỆN ỦY",
        "tại buổi làm việc với Đảng ủy xã Đức Phổ"));
    assertThat(ks.title()).isEqualTo("THÔNG BÁO KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY");
    TitleExtractor.Title gs = TitleExtractor.extract(List.of("KẾT LUẬN GIÁM SÁT", "đối với Ban Thường vụ Đảng ủy xã Nam Ninh",
        "Thực hiện Chương trình giám sát năm 2025"));
    assertThat(gs.title()).isEqualTo("KẾT LUẬN GIÁM SÁT");
    assertThat(gs.subject()).isEqualTo("đối với Ban Thường vụ Đảng ủy xã Nam Ninh");
  }

  @Test
  void signatureByAuthorityOfTheStandingOfficeAndSignedNotes() {
    Signer tt = SignatureExtractor.extract(List.of("T/M THƯỜNG TRỰC HUYỆN ỦY", "K/T BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC",
        "(đã ký)", "Trần Văn Bình"), 0);
    assertThat(tt).isEqualTo(new Signer("K/T BÍ THƯ", "K/T", "BÍ THƯ", "T/M THƯỜNG TRỰC HUYỆN ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC",
        "Trần Văn Bình"));
    Signer tl = SignatureExtractor.extract(List.of("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "(ĐÃ KÝ)", "Lê Thị Hoa"), 0);
    assertThat(tl).extracting(Signer::authority, Signer::title, Signer::name)
        .containsExactly("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Lê Thị Hoa");
    Signer slash = SignatureExtractor.extract(List.of("TM/ BAN THƯỜNG VỤ", "BÍ THƯ", "Đã ký", "Nguyễn Văn An"), 0);
    assertThat(slash).extracting(Signer::authority, Signer::name).containsExactly("T/M BAN THƯỜNG VỤ", "Nguyễn Văn An");
    // A name printed in capitals is given in normal spelling.
    Signer caps = SignatureExtractor.extract(List.of("T/M BAN CHẤP HÀNH", "BÍ THƯ", "NGUYỄN VĂN AN"), 0);
    assertThat(caps).extracting(Signer::title, Signer::name).containsExactly("BÍ THƯ", "Nguyễn Văn An");
  }

  @Test
  void aListAfterAColonGoesOnOverTheLineEvenInCapitals() {
    assertThat(RecipientExtractor.extract(List.of("Nơi nhận:", "- Thường trực Tỉnh ủy,", "- Các sở: KH&ĐT, Tài chính, Nội vụ,",
        "GTVT, NN&PTNT, TN&MT,", "T/M BAN THƯỜNG VỤ", "- Huyện ủy Cát Tiên,", "PHÓ BÍ THƯ", "- Lưu Văn phòng Tỉnh ủy.")))
        .containsExactly("Thường trực Tỉnh ủy", "Các sở: KH&ĐT, Tài chính, Nội vụ, GTVT, NN&PTNT, TN&MT", "Huyện ủy Cát Tiên",
            "Lưu Văn phòng Tỉnh ủy");
  }

  @Test
  void recipientsUnderAHeadInCapitalsOrWithOtherBullets() {
    assertThat(RecipientExtractor.extract(List.of("NƠI NHẬN:", "+ Ban Thường vụ Tỉnh ủy (b/c),", "+ Như trên,", "+ Lưu VPHU.")))
        .containsExactly("Ban Thường vụ Tỉnh ủy (b/c)", "Như trên", "Lưu VPHU");
    assertThat(RecipientExtractor.extract(List.of("Nơi nhận:", "- Thường trực Huyện ủy;", "- Đảng ủy xã Đức Phổ;",
        "- Lưu: VT, VPĐU.", "Nguyễn Văn An")))
        .containsExactly("Thường trực Huyện ủy", "Đảng ủy xã Đức Phổ", "Lưu: VT, VPĐU");
  }

  @Test
  void recipientsWithoutDashesOnePerPunctuatedLine() {
    // Word's own list bullets are not text, so a DOCX or its PDF may give the lines without dashes.
    assertThat(RecipientExtractor.extract(List.of("Nơi nhận:", "Thường trực Tỉnh ủy (b/c),", "Các cơ quan tham mưu, giúp việc",
        "Huyện ủy,", "Đảng ủy các xã, thị trấn,", "Lưu VPHU.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Tiến Dũng")))
        .containsExactly("Thường trực Tỉnh ủy (b/c)", "Các cơ quan tham mưu, giúp việc Huyện ủy", "Đảng ủy các xã, thị trấn",
            "Lưu VPHU");
  }

  @Test
  void subjectEndsWhereABodyReportsWhatItDid() {
    TitleExtractor.Title t = TitleExtractor.extract(List.of("KẾT LUẬN KIỂM TRA", "đối với Ban Thường vụ Đảng ủy xã Nam Ninh",
        "Ủy ban Kiểm tra Huyện ủy đã tiến hành kiểm tra đối với Ban Thường vụ Đảng ủy xã", "Nam Ninh từ ngày 05/3/2025"));
    assertThat(t.subject()).isEqualTo("đối với Ban Thường vụ Đảng ủy xã Nam Ninh");
    TitleExtractor.Title v = TitleExtractor.extract(List.of("KẾT LUẬN", "về công tác cán bộ",
        "Vào ngày 12/3/2025, Ban Thường vụ Huyện ủy họp"));
    assertThat(v.subject()).isEqualTo("về công tác cán bộ");
    TitleExtractor.Title h = TitleExtractor.extract(List.of("KẾT LUẬN", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20",
        "-----", "Ngày 12/3/2025"));
    assertThat(h.subject()).as("a subject that names a meeting stays").isEqualTo("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 20");
  }

  @Test
  void aSignatureWithoutAuthorityLineKeepsItsTitleAndName() {
    Signer s = SignatureExtractor.extract(List.of("3. Chi ủy theo dõi.", "Nơi nhận:", "- Đảng ủy xã,", "- Lưu.", "BÍ THƯ",
        "(Đã ký)", "Điểu Thị Hiền"), 0);
    assertThat(s).isEqualTo(new Signer(null, null, null, null, "BÍ THƯ", "Điểu Thị Hiền"));
    assertThat(SignatureExtractor.extract(List.of("Không có chữ ký", "Ban Tổ chức"), 0)).isNull();
  }
  @Test
  void aNameWrappedInARecipientListGoesOnWithoutAComma() {
    assertThat(RecipientExtractor.extract(List.of("Nơi nhận:", "- Các sở: Giao thông vận tải, Tài nguyên",
        "và Môi trường, Tài chính, Xây dựng,", "- Lưu Văn phòng Tỉnh ủy.")))
        .containsExactly("Các sở: Giao thông vận tải, Tài nguyên và Môi trường, Tài chính, Xây dựng", "Lưu Văn phòng Tỉnh ủy");
  }
}
