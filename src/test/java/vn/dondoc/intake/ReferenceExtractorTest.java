package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReferenceExtractorTest {

  @Test
  void numberDateAndIssuingBodyAsWritten() {
    assertThat(ReferenceExtractor.extract("thực hiện Kế hoạch số 59-KH/TU, ngày 10/8/2018 của Ban Thường vụ Tỉnh ủy thực "
        + "hiện Kết luận số 18-KL/TW ngày 22/9/2017 của Ban Bí thư về tiếp tục"))
        .extracting(DocumentReference::documentNumber, DocumentReference::kind, DocumentReference::date, DocumentReference::issuingBody)
        .containsExactly(tuple("59-KH/TU", "Kế hoạch", LocalDate.of(2018, 8, 10), "Ban Thường vụ Tỉnh ủy"),
            tuple("18-KL/TW", "Kết luận", LocalDate.of(2017, 9, 22), "Ban Bí thư"));
  }

  @Test
  void termBelongsToTheBody() {
    assertThat(ReferenceExtractor.extract("Nghị quyết số 22-NQ/TW, ngày 02/02/2008 của Ban Chấp hành Trung ương Đảng "
        + "(khóa X)“về nâng cao").get(0).issuingBody()).isEqualTo("Ban Chấp hành Trung ương Đảng (khóa X)");
  }

  @Test
  void severalNumbersOfOneType() {
    assertThat(ReferenceExtractor.extract("gắn với Chỉ thị số 03, 05-CT/TW của Bộ Chính trị và các quy định"))
        .extracting(DocumentReference::documentNumber, DocumentReference::issuingBody)
        .containsExactly(tuple("03-CT/TW", "Bộ Chính trị"), tuple("05-CT/TW", "Bộ Chính trị"));
  }

  @Test
  void eachDocumentOnceWithWhatLaterMentionsAdd() {
    assertThat(ReferenceExtractor.extract("Chỉ thị số 05-CT/TW và sau đó Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị."))
        .extracting(DocumentReference::documentNumber, DocumentReference::date, DocumentReference::issuingBody)
        .containsExactly(tuple("05-CT/TW", LocalDate.of(2016, 5, 15), "Bộ Chính trị"));
  }

  @Test
  void unnumberedCentralResolutionsAndSpacingVariants() {
    assertThat(ReferenceExtractor.extract("thực hiện Nghị quyết Trung ương 4 (khóa XII), Kế hoạch số 12 - KH / TU"))
        .extracting(DocumentReference::documentNumber, DocumentReference::title)
        .containsExactly(tuple(null, "Nghị quyết Trung ương 4 (khóa XII)"), tuple("12-KH/TU", null));
  }

  @Test
  void bodyStopsAtTheFirstOrdinaryWord() {
    assertThat(ReferenceExtractor.extract("Kế hoạch số 135-KH/HU, ngày 20/7/2020 của Ban Thường vụ Huyện ủy có chuyển biến.")
        .get(0).issuingBody()).isEqualTo("Ban Thường vụ Huyện ủy");
  }

  @Test
  void datesWrittenInWordsOrWithHyphensAndANumberWithoutItsHyphen() {
    java.util.List<DocumentReference> refs = ReferenceExtractor.extract("thực hiện Kết luận số 18 KL/TW, ngày 22-9-2017 của Ban Bí thư "
        + "và Kế hoạch số 59-KH/TU ngày 10 tháng 8 năm 2018 của Ban Thường vụ Tỉnh ủy");
    assertThat(refs).extracting(DocumentReference::documentNumber, DocumentReference::date).containsExactly(
        org.assertj.core.api.Assertions.tuple("18-KL/TW", java.time.LocalDate.of(2017, 9, 22)),
        org.assertj.core.api.Assertions.tuple("59-KH/TU", java.time.LocalDate.of(2018, 8, 10)));
  }

  @Test
  void ordinalMeetingBodiesAndStateNumbering() {
    java.util.List<DocumentReference> refs = ReferenceExtractor.extract("quán triệt Nghị quyết số 26-NQ/TW, ngày 19/5/2018 của "
        + "Hội nghị lần thứ bảy Ban Chấp hành Trung ương khoá XII về tập trung xây dựng đội ngũ cán bộ; theo Nghị định số "
        + "178/2024/NĐ-CP, ngày 31/12/2024 của Chính phủ; Quyết định số 1234/QĐ-UBND của Ủy ban nhân dân tỉnh.");
    assertThat(refs).extracting(DocumentReference::documentNumber, DocumentReference::typeCode, DocumentReference::issuerCode,
        DocumentReference::date, DocumentReference::issuingBody).containsExactly(
        tuple("26-NQ/TW", "NQ", "TW", LocalDate.of(2018, 5, 19), "Hội nghị lần thứ bảy Ban Chấp hành Trung ương khoá XII"),
        tuple("178/2024/NĐ-CP", "NĐ", "CP", LocalDate.of(2024, 12, 31), "Chính phủ"),
        tuple("1234/QĐ-UBND", "QĐ", "UBND", null, "Ủy ban nhân dân tỉnh"));
  }

  @Test
  void namedDocumentsWithoutANumber() {
    java.util.List<DocumentReference> refs = ReferenceExtractor.extract("hoàn thành các mục tiêu Nghị quyết Đại hội Đảng bộ "
        + "huyện nhiệm kỳ 2020 -2025; sinh hoạt chuyên đề theo Hướng dẫn của Ban Tổ chức Huyện ủy (Giao: các chi bộ) và "
        + "theo Nghị quyết Đại hội; các quy định của Trung ương.");
    assertThat(refs).extracting(DocumentReference::documentNumber, DocumentReference::title).containsExactly(
        tuple(null, "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025"),
        tuple(null, "Hướng dẫn của Ban Tổ chức Huyện ủy"));
  }

  @Test
  void aNamedProgrammeAndTheJointCentralBodies() {
    java.util.List<DocumentReference> refs = ReferenceExtractor.extract("Thực hiện Chương trình kiểm tra, giám sát năm 2025 của "
        + "Ủy ban Kiểm tra Tỉnh ủy, đoàn đã kiểm tra theo Kết luận số 127-KL/TW, ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư. "
        + "Thực hiện Chương trình hành động số 15-CTr/TU của Tỉnh ủy.");
    assertThat(refs).extracting(DocumentReference::documentNumber, DocumentReference::title, DocumentReference::issuingBody)
        .containsExactly(tuple(null, "Chương trình kiểm tra, giám sát năm 2025 của Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"),
            tuple("127-KL/TW", null, "Bộ Chính trị, Ban Bí thư"), tuple("15-CTr/TU", null, "Tỉnh ủy"));
  }

  @Test
  void aDateWrittenAfterTheIssuingBody() {
    assertThat(ReferenceExtractor.extract("theo Kết luận số 14-KL/TW của Bộ Chính trị ngày 22/9/2021 về chủ trương khuyến khích; "
        + "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII), ngày 25 tháng 10 năm 2017 về một số vấn đề"))
        .extracting(DocumentReference::documentNumber, DocumentReference::date, DocumentReference::issuingBody)
        .containsExactly(tuple("14-KL/TW", LocalDate.of(2021, 9, 22), "Bộ Chính trị"),
            tuple("18-NQ/TW", LocalDate.of(2017, 10, 25), "Ban Chấp hành Trung ương Đảng (khóa XII)"));
  }

  @Test
  void aMeetingOfTheCentralCommitteeWithItsTermAndNoNumberWord() {
    assertThat(ReferenceExtractor.extract("Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII; Quy định "
        + "22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương"))
        .extracting(DocumentReference::documentNumber, DocumentReference::date, DocumentReference::issuingBody)
        .containsExactly(tuple("18-NQ/TW", LocalDate.of(2017, 10, 25), "Hội nghị Trung ương 6 khóa XII"),
            tuple("22-QĐ/TW", LocalDate.of(2021, 7, 28), "Ban Chấp hành Trung ương"));
  }

  @Test
  void aSecondNumberAfterTheFirstOrAfterAnotherNumberWord() {
    assertThat(ReferenceExtractor.extract("các Nghị quyết số 18-NQ/TW và 19-NQ/TW, ngày 25/10/2017 của Hội nghị Trung ương 6; "
        + "Công văn số 45-CV/HU, số 46-CV/HU của Văn phòng Huyện ủy; văn bản số 812-CV/VPTU ngày 02/3/2025 của Văn phòng Tỉnh ủy."))
        .extracting(DocumentReference::documentNumber, DocumentReference::kind, DocumentReference::date)
        .containsExactly(tuple("18-NQ/TW", "Nghị quyết", LocalDate.of(2017, 10, 25)), tuple("19-NQ/TW", "Nghị quyết", LocalDate.of(2017, 10, 25)),
            tuple("45-CV/HU", "Công văn", null), tuple("46-CV/HU", "Công văn", null),
            tuple("812-CV/VPTU", "Công văn", LocalDate.of(2025, 3, 2)));
  }

  @Test
  void theDocumentsOwnNumberInTheHeaderIsNoReference() {
    assertThat(ReferenceExtractor.extract("HUYỆN ỦY CÁT TIÊN * Số 15-TB/HU ĐẢNG CỘNG SẢN VIỆT NAM Cát Tiên, ngày 02 tháng 4 năm 2025 "
        + "THÔNG BÁO KẾT LUẬN")).isEmpty();
  }

  @Test
  void congressResolutionsAndLawsAndPlenumsWithoutBrackets() {
    assertThat(ReferenceExtractor.extract("quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Nghị quyết "
        + "Trung ương 4 khóa XIII và Luật Đất đai số 31/2024/QH15 ngày 18/01/2024."))
        .extracting(DocumentReference::documentNumber, DocumentReference::title, DocumentReference::date)
        .containsExactly(tuple(null, "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", null),
            tuple(null, "Nghị quyết Trung ương 4 khóa XIII", null),
            tuple("31/2024/QH15", null, LocalDate.of(2024, 1, 18)));
    assertThat(ReferenceExtractor.extract("thực hiện Nghị quyết Đại hội XIII của Đảng.")).extracting(DocumentReference::title)
        .containsExactly("Nghị quyết Đại hội XIII của Đảng");
  }

  @Test
  void issuerCodesWithVietnameseCapitals() {
    assertThat(ReferenceExtractor.extract("Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV), hệ thống"))
        .extracting(DocumentReference::documentNumber, DocumentReference::issuingBody)
        .containsExactly(tuple("13-NQ/TƯ", "Tỉnh ủy (khóa XIV)"));
  }

  @Test
  void lawsCitedByNameAndYearWithoutANumber() {
    assertThat(ReferenceExtractor.extract("ban hành các văn bản chỉ đạo triển khai Luật Phòng, chống tham nhũng năm 2018, Luật Tố cáo "
        + "năm 2018 và Nghị định số 31/2019/NĐ-CP, ngày 10/4/2019 của Chính phủ quy định chi tiết thi hành Luật Tố cáo; Luật Đất đai "
        + "có hiệu lực từ năm 2024."))
        .extracting(DocumentReference::documentNumber, DocumentReference::kind, DocumentReference::title, DocumentReference::issuingBody)
        .containsExactly(tuple(null, "Luật", "Luật Phòng, chống tham nhũng năm 2018", null),
            tuple(null, "Luật", "Luật Tố cáo năm 2018", null), tuple("31/2019/NĐ-CP", "Nghị định", null, "Chính phủ"));
  }

  @Test
  void stateBodiesAndInspectionTeamsKeepTheirWholeName() {
    assertThat(ReferenceExtractor.extract("công nhận xã đạt chuẩn nông thôn mới kiểu mẫu theo Quyết định số 319/QĐ-TTg, ngày 08/3/2022 "
        + "của Thủ tướng Chính phủ, trình UBND huyện; sau khi xem xét Báo cáo số 12-BC/ĐGS, ngày 05/11/2024 của Đoàn Giám sát và "
        + "ý kiến giải trình; Thông tư số 03/2024/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về thể thao; Công văn số "
        + "45/STC-NS của Sở Tài chính tỉnh Lâm Đồng về dự toán."))
        .extracting(DocumentReference::documentNumber, DocumentReference::issuingBody)
        .containsExactly(tuple("319/QĐ-TTg", "Thủ tướng Chính phủ"), tuple("12-BC/ĐGS", "Đoàn Giám sát"),
            tuple("03/2024/TT-BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"), tuple("45/STC-NS", "Sở Tài chính tỉnh Lâm Đồng"));
  }

  @Test
  void aCongressResolutionNamedAgainWithoutItsOrdinalIsTheSameDocument() {
    assertThat(ReferenceExtractor.extract("lãnh đạo thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XIV, nhiệm kỳ 2020 - 2025 và "
        + "Nghị quyết số 09-NQ/ĐU, ngày 22/12/2023 của Ban Chấp hành Đảng bộ xã. - Rà soát từng chỉ tiêu Nghị quyết Đại hội "
        + "Đảng bộ xã nhiệm kỳ 2020 - 2025, có giải pháp cụ thể."))
        .extracting(DocumentReference::documentNumber, DocumentReference::title)
        .containsExactly(tuple(null, "Nghị quyết Đại hội Đảng bộ xã lần thứ XIV, nhiệm kỳ 2020 - 2025"), tuple("09-NQ/ĐU", null));
  }

  @Test
  void theProgrammeTheConclusionGivesItsOpinionOn() {
    assertThat(ReferenceExtractor.extract("KẾT LUẬN của Ban Thường vụ Huyện ủy về dự thảo Đề án chuyển đổi số trong các cơ quan "
        + "đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện giai đoạn 2025 - 2030 Thực hiện Kế hoạch số 208-KH/HU, "
        + "ngày 12/6/2024 của Ban Thường vụ Huyện ủy, Văn phòng Huyện ủy đã chủ trì xây dựng dự thảo Đề án chuyển đổi số trong "
        + "các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện giai đoạn 2025 - 2030 (sau đây gọi là Đề án). "
        + "Ban Thường vụ cho ý kiến vào dự thảo Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XII."))
        .extracting(DocumentReference::documentNumber, DocumentReference::kind, DocumentReference::title)
        .containsExactly(tuple(null, "Đề án", "Đề án chuyển đổi số trong các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức "
            + "chính trị - xã hội huyện giai đoạn 2025 - 2030"), tuple("208-KH/HU", "Kế hoạch", null),
            // without a period the name's end is its body, as before
            tuple(null, "Quy chế làm việc", "Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XII"));
    // Without "về"/"dự thảo" before it, or with a number, a programme is not this kind of reference.
    assertThat(ReferenceExtractor.extract("Thực hiện Kế hoạch công tác năm 2025, các chi bộ triển khai.")).isEmpty();
  }
  @Test
  void aCongressResolutionSaidAgainInShortIsTheSameDocument() {
    java.util.List<DocumentReference> refs = ReferenceExtractor.extract("thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XII, "
        + "nhiệm kỳ 2020 - 2025 và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI; cụ thể hóa Nghị quyết Đại hội Đảng bộ huyện "
        + "bằng các chương trình; Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng (khóa XIII).");
    assertThat(refs).extracting(DocumentReference::documentNumber).containsExactly(null, null, "21-KL/TW");
  }
  @Test
  void aBracketClosesTheIssuingBody() {
    assertThat(ReferenceExtractor.extract("(Báo cáo số 312-BC/BCSĐ, ngày 12/7/2024 của Ban cán sự đảng UBND tỉnh) cho thấy")
        .get(0).issuingBody()).isEqualTo("Ban cán sự đảng UBND tỉnh");
  }

  @Test
  void assemblyResolutionsAndBodiesWithLowerCaseWords() {
    java.util.List<DocumentReference> refs = ReferenceExtractor.extract("Việc triển khai Nghị quyết số 88/2019/QH14, ngày "
        + "18/11/2019 của Quốc hội; Báo cáo số 418/BC-CAH, ngày 28/11/2024 của Công an huyện; Nghị quyết số 42/NQ-HĐND, "
        + "ngày 20/12/2023 của Hội đồng nhân dân huyện; Báo cáo số 14-BC/CB, ngày 25/10/2024 của Chi bộ thôn 3 về kết quả.");
    assertThat(refs).extracting(DocumentReference::documentNumber, DocumentReference::issuingBody).containsExactly(
        org.assertj.core.api.Assertions.tuple("88/2019/QH14", "Quốc hội"), org.assertj.core.api.Assertions.tuple("418/BC-CAH",
            "Công an huyện"), org.assertj.core.api.Assertions.tuple("42/NQ-HĐND", "Hội đồng nhân dân huyện"),
        org.assertj.core.api.Assertions.tuple("14-BC/CB", "Chi bộ thôn 3"));
  }
}
