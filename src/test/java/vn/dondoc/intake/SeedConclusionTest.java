package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two real conclusions, field by field, with values written from reading them. Skipped where the shared
 * seeds folder is not present.
 */
class SeedConclusionTest {

  static IntakeResult kl1066;
  static IntakeResult kl220;

  @BeforeAll
  static void read() {
    Assumptions.assumeTrue(FixtureDocuments.seedsPresent(),
        "../shared/seeds is absent here: the seed conclusions 1066-KL/HU and 220-KL/TU are not tested.");
    kl1066 = IntakeJson.EXTRACTOR.extract(FixtureDocuments.seed(FixtureDocuments.SEED_1066), "TEXT");
    kl220 = IntakeJson.EXTRACTOR.extract(FixtureDocuments.seed(FixtureDocuments.SEED_220), "TEXT");
  }

  @Test
  void header1066() {
    IntakeResult r = kl1066;
    assertThat(r.partyHeader()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
    assertThat(r.documentNumber()).isEqualTo("1066-KL/HU");
    assertThat(r.number()).isEqualTo("1066");
    assertThat(r.typeCode()).isEqualTo("KL");
    assertThat(r.issuerCode()).isEqualTo("HU");
    assertThat(r.parentBody()).isEqualTo("Đảng bộ tỉnh Lâm Đồng");
    assertThat(r.issuer()).isEqualTo("Huyện ủy Cát Tiên");
    assertThat(r.issuerAsWritten()).isEqualTo("HUYỆN ỦY CÁT TIÊN");
    assertThat(r.issuerUnitCode()).isEqualTo("hu-ct");
    assertThat(r.place()).isEqualTo("Cát Tiên");
    assertThat(r.issuedDate()).isEqualTo(LocalDate.of(2023, 8, 11));
    assertThat(r.title()).isEqualTo("KẾT LUẬN");
    assertThat(r.subject()).isEqualTo(
        "Hội nghị sơ kết 05 năm thực hiện Kế hoạch số 59-KH/TU, ngày 10/8/2018 của Ban Thường vụ Tỉnh ủy");
    assertThat(r.signer()).isEqualTo(new Signer("T/M HUYỆN ỦY", "T/M", "HUYỆN ỦY", null, "BÍ THƯ", "Nguyễn Tiến Dũng"));
  }

  @Test
  void references1066() {
    assertThat(kl1066.references()).extracting(DocumentReference::documentNumber, DocumentReference::date,
        DocumentReference::issuingBody, DocumentReference::title).containsExactly(
        tuple("59-KH/TU", LocalDate.of(2018, 8, 10), "Ban Thường vụ Tỉnh ủy", null),
        tuple("18-KL/TW", LocalDate.of(2017, 9, 22), "Ban Bí thư", null),
        tuple("10-CT/TW", LocalDate.of(2007, 3, 30), "Ban Bí thư", null),
        tuple("135-KH/HU", LocalDate.of(2020, 7, 20), "Ban Thường vụ Huyện ủy", null),
        tuple("12-HD/BTCTW", LocalDate.of(2018, 7, 6), "Ban Tổ chức Trung ương", null),
        tuple("99-KH/HU", LocalDate.of(2022, 12, 30), "Ban Chấp hành Đảng bộ huyện", null),
        tuple("42-CTr/TU", LocalDate.of(2022, 10, 27), "Tỉnh ủy", null),
        tuple("21-NQ/TW", LocalDate.of(2022, 6, 16), "Ban Chấp hành Trung ương (khóa XIII)", null),
        tuple(null, null, null, "Nghị quyết Trung ương 4 (khóa XII)"),
        tuple("21-KL/TW", LocalDate.of(2021, 10, 25), "Ban Chấp hành Trung ương Đảng (khóa XIII)", null),
        tuple("798-CV/HU", LocalDate.of(2022, 12, 31), null, null),
        tuple("863-CV/HU", LocalDate.of(2023, 2, 27), null, null),
        tuple("950-CV/HU", LocalDate.of(2023, 5, 10), null, null),
        tuple("1018-CV/HU", LocalDate.of(2023, 7, 4), null, null),
        tuple("1030-CV/HU", LocalDate.of(2023, 7, 10), null, null),
        tuple("01-KL/TW", LocalDate.of(2021, 5, 18), "Bộ Chính trị (khóa XIII)", null),
        tuple("05-CT/TW", LocalDate.of(2016, 5, 15), "Bộ Chính trị (khóa XII)", null));
    assertThat(kl1066.references().get(6).kind()).isEqualTo("Chương trình hành động");
    assertThat(kl1066.references().get(6).typeCode()).isEqualTo("CTr");
  }

  @Test
  void tasks1066() {
    List<ExtractedTask> tasks = kl1066.tasks();
    assertThat(tasks).extracting(ExtractedTask::ordinal).containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(tasks.get(0).text()).startsWith("Tiếp tục quán triệt, triển khai thực hiện có hiệu quả các văn bản: Kế hoạch số 135-KH/HU,")
        .endsWith("Công văn số 1030-CV/HU ngày 10/7/2023 chỉ đạo thực hiện một số nội dung trong công tác xây dựng Đảng;…");
    assertThat(tasks.get(1).text()).startsWith("Cấp ủy cơ sở thường xuyên theo dõi, chỉ đạo, hướng dẫn các chi bộ trực thuộc")
        .endsWith("Kết luận số 21-KL/TW, ngày 25/10/2021 của Hội nghị Trung ương 4 (khóa XIII)…");
    assertThat(tasks.get(2).text()).startsWith("Chỉ đạo, hướng dẫn các chi bộ đưa nội dung thực hiện Nghị quyết Trung ương 4")
        .endsWith("về công tác xây dựng, chỉnh đốn Đảng.");
    // Item 4 is typed in NFD in the seed; it comes out NFC.
    assertThat(tasks.get(3).text()).startsWith("Thực hiện mô hình chi bộ 4 tốt: “Lãnh đạo thực hiện nhiệm vụ chính trị tốt; "
        + "đoàn kết, kỷ luật tốt; chất lượng sinh hoạt tốt; đảng viên tốt”.").endsWith("chính sách pháp luật của Nhà nước vào thực tiễn.");
    assertThat(tasks.get(4).text()).startsWith("Kịp thời phát hiện và nhân rộng cách làm hay")
        .endsWith("triển khai thực hiện đồng bộ và hiệu quả.");
    assertThat(tasks.get(5).text()).startsWith("Đảng ủy, Ủy ban Kiểm tra Đảng ủy cơ sở hàng năm xây dựng kế hoạch")
        .endsWith("xếp loại tổ chức đảng và đảng viên hàng năm.");
    assertThat(tasks.get(6).text()).isEqualTo("Giao Ban Tổ chức Huyện ủy chủ trì phối hợp với các cơ quan tham mưu, "
        + "giúp việc Huyện ủy thường xuyên theo dõi, đôn đốc việc thực hiện Kết luận này; định kỳ báo cáo Thường trực, "
        + "Ban Thường vụ Huyện ủy.");

    // Items without a subject are addressed by the introduction: "các cấp ủy, tổ chức cơ sở Đảng tập trung …".
    for (int i : new int[] {0, 2, 3, 4}) {
      assertThat(tasks.get(i).leadUnits()).extracting(UnitRef::phrase, UnitRef::unitCode, UnitRef::unitClass, UnitRef::scopeCode)
          .containsExactly(tuple("các cấp ủy, tổ chức cơ sở Đảng", null, "BASE_COMMITTEE", "hu-ct"));
    }
    assertThat(tasks.get(1).leadUnits()).extracting(UnitRef::phrase, UnitRef::unitClass)
        .containsExactly(tuple("Cấp ủy cơ sở", "BASE_COMMITTEE"));
    assertThat(tasks.get(5).leadUnits()).extracting(UnitRef::phrase, UnitRef::unitCode, UnitRef::unitClass)
        .containsExactly(tuple("Đảng ủy", null, "BASE_COMMITTEE"), tuple("Ủy ban Kiểm tra Đảng ủy cơ sở", null, null));
    assertThat(tasks.get(6).leadUnits()).extracting(UnitRef::phrase, UnitRef::unitCode)
        .containsExactly(tuple("Ban Tổ chức Huyện ủy", "hu-ct-btc"));
    assertThat(tasks.get(6).coordinatingUnits()).extracting(UnitRef::phrase, UnitRef::unitClass, UnitRef::scopeCode)
        .containsExactly(tuple("các cơ quan tham mưu, giúp việc Huyện ủy", "ADVISORY_BODY", "hu-ct"));
    for (int i = 0; i < 6; i++) {
      assertThat(tasks.get(i).coordinatingUnits()).isEmpty();
    }

    assertThat(tasks).extracting(t -> t.deadline().type(), t -> t.deadline().cadence()).containsExactly(
        tuple("NONE", null), tuple("RECURRING", "CONTINUOUS"), tuple("RECURRING", "CONTINUOUS"), tuple("NONE", null),
        tuple("NONE", null), tuple("RECURRING", "YEARLY"), tuple("RECURRING", "CONTINUOUS"));
    assertThat(tasks).extracting(ExtractedTask::monitoringClause)
        .containsExactly(false, false, false, false, false, false, true);
  }

  @Test
  void monitoringAndRecipients1066() {
    MonitoringClause m = kl1066.monitoring();
    assertThat(m.ordinal()).isEqualTo("7");
    assertThat(m.leadUnit().unitCode()).isEqualTo("hu-ct-btc");
    assertThat(m.coordinatingUnits()).extracting(UnitRef::unitClass, UnitRef::scopeCode)
        .containsExactly(tuple("ADVISORY_BODY", "hu-ct"));
    assertThat(m.reportTo()).extracting(UnitRef::phrase, UnitRef::unitCode).containsExactly(
        tuple("Thường trực", "hu-ct-tt"), tuple("Ban Thường vụ Huyện ủy", "hu-ct-btv"));
    assertThat(m.cadence()).isEqualTo("PERIODIC");
    assertThat(kl1066.recipients()).containsExactly("Thường trực Tỉnh ủy", "Thường trực Huyện ủy",
        "Các cơ quan tham mưu, giúp việc Huyện ủy", "Các tổ chức cơ sở Đảng", "Các đồng chí Huyện ủy viên", "Lưu");
    assertThat(kl1066.unmatchedPhrases()).containsExactly("Ủy ban Kiểm tra Đảng ủy cơ sở");
    assertThat(kl1066.warnings()).contains("Nhiệm vụ chưa có thời hạn: 1, 4, 5.");
  }

  @Test
  void header220() {
    IntakeResult r = kl220;
    assertThat(r.partyHeader()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
    assertThat(r.documentNumber()).isEqualTo("220-KL/TU");
    assertThat(r.number()).isEqualTo("220");
    assertThat(r.typeCode()).isEqualTo("KL");
    assertThat(r.issuerCode()).isEqualTo("TU");
    assertThat(r.parentBody()).isNull();
    assertThat(r.issuer()).isEqualTo("Tỉnh ủy Lâm Đồng");
    assertThat(r.issuerUnitCode()).isEqualTo("tu-ld");
    assertThat(r.place()).isEqualTo("Lâm Đồng");
    assertThat(r.issuedDate()).isEqualTo(LocalDate.of(2021, 11, 29));
    assertThat(r.title()).isEqualTo("KẾT LUẬN");
    assertThat(r.subject()).isEqualTo("Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 20 (Hội nghị mở rộng)");
    assertThat(r.signer()).isEqualTo(new Signer("T/M BAN THƯỜNG VỤ", "T/M", "BAN THƯỜNG VỤ", null, "PHÓ BÍ THƯ", "Trần Đình Văn"));
  }

  @Test
  void references220() {
    assertThat(kl220.references()).extracting(DocumentReference::documentNumber, DocumentReference::date,
        DocumentReference::issuingBody, DocumentReference::title).containsExactly(
        tuple("22-NQ/TW", LocalDate.of(2008, 2, 2), "Ban Chấp hành Trung ương Đảng (khóa X)", null),
        tuple("56-CT/TU", LocalDate.of(2008, 5, 8), null, null),
        tuple("12-KH/TU", LocalDate.of(2011, 4, 19), null, null),
        tuple("14-KH/TU", LocalDate.of(2016, 10, 19), null, null),
        tuple("11-KH/TU", LocalDate.of(2021, 5, 24), null, null),
        tuple(null, null, null, "Nghị quyết Trung ương 4 (khóa XI, XII)"),
        tuple("03-CT/TW", null, "Bộ Chính trị", null),
        tuple("05-CT/TW", null, "Bộ Chính trị", null),
        tuple(null, null, null, "Nghị quyết Trung ương 4 (khóa XII)"),
        tuple("54-QĐ/TW", null, "Bộ Chính trị (khoá VIII)", null),
        tuple("38-KL/TW", LocalDate.of(2018, 11, 13), "Bộ Chính trị", null),
        tuple("21-KL/TW", LocalDate.of(2021, 10, 25), "Ban Chấp hành Trung ương", null),
        tuple("01-KL/TW", null, "Bộ Chính trị (khóa XIII)", null),
        tuple("20-KH/TU", null, "Ban Thường vụ Tỉnh ủy", null),
        tuple("28-CT/TW", null, "Ban Bí thư", null),
        tuple("02-HD/BTCTW", null, "Ban Tổ chức Trung ương", null),
        tuple("100-KH/TU", null, "Ban Thường vụ Tỉnh ủy", null));
  }

  @Test
  void nestedTasks220() {
    List<ExtractedTask> tasks = kl220.tasks();
    assertThat(tasks).extracting(ExtractedTask::ordinal, ExtractedTask::section).containsExactly(
        tuple("3.1.1", "Đối với việc xây dựng tổ chức cơ sở đảng"),
        tuple("3.1.2", "Đối với việc xây dựng tổ chức cơ sở đảng"),
        tuple("3.1.3", "Đối với việc xây dựng tổ chức cơ sở đảng"),
        tuple("3.1.4", "Đối với việc xây dựng tổ chức cơ sở đảng"),
        tuple("3.2.1", "Về xây dựng đội ngũ đảng viên"),
        tuple("3.2.2", "Về xây dựng đội ngũ đảng viên"),
        tuple("3.2.3", "Về xây dựng đội ngũ đảng viên"));
    assertThat(tasks.get(0).text()).startsWith("Tăng cường công tác giáo dục chính trị, tư tưởng")
        .endsWith("trong công tác quản lý, giáo dục đảng viên.");
    assertThat(tasks.get(1).text()).startsWith("Nâng cao chất lượng, năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng")
        .endsWith("chú trọng đổi mới phương thức lãnh đạo của Đảng đối với hệ thống chính trị.");
    assertThat(tasks.get(2).text()).startsWith("Thực hiện nghiêm túc Nghị quyết Trung ương 4 (khóa XII), Kết luận số 21-KL/TW,")
        .endsWith("xếp loại tập thể, cá nhân hàng năm.");
    assertThat(tasks.get(3).text()).startsWith("Tiếp tục sắp xếp, kiện toàn tổ chức đảng gắn với tổ chức bộ máy")
        .endsWith("đẩy mạnh đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực.");
    assertThat(tasks.get(4).text()).startsWith("Phát huy tính tự giác học tập")
        .endsWith("trong các hoạt động tại địa phương, cơ quan, đơn vị.");
    assertThat(tasks.get(5).text()).startsWith("Thực hiện nghiêm túc việc đảng viên xây dựng bản đăng ký")
        .endsWith("về kết quả học tập, rèn luyện, đăng ký của mình.");
    assertThat(tasks.get(6).text()).isEqualTo("Đảng viên là cấp ủy viên các cấp phải tập trung chỉ đạo công tác xây "
        + "dựng Đảng ở cơ sở; hằng tháng sinh hoạt cùng cấp ủy, chi bộ và theo dõi, chỉ đạo chặt chẽ việc kiểm điểm "
        + "tập thể, cá nhân hằng năm.");
    // The text names no lead unit for these items: nothing is invented, each gets a warning.
    assertThat(tasks).allSatisfy(t -> assertThat(t.leadUnits()).isEmpty());
    assertThat(tasks).extracting(t -> t.deadline().type(), t -> t.deadline().cadence()).containsExactly(
        tuple("NONE", null), tuple("NONE", null), tuple("RECURRING", "YEARLY"), tuple("NONE", null),
        tuple("NONE", null), tuple("RECURRING", "YEARLY"), tuple("RECURRING", "MONTHLY"));
    assertThat(kl220.warnings()).contains("Nhiệm vụ 3.1.1: không xác định được đơn vị chủ trì.",
        "Nhiệm vụ 3.2.3: không xác định được đơn vị chủ trì.");
  }

  @Test
  void noMonitoringClause220() {
    assertThat(kl220.monitoring()).isNull();
    assertThat(kl220.tasks()).noneMatch(ExtractedTask::monitoringClause);
    assertThat(kl220.warnings()).contains("Văn bản không có điều khoản giao đơn vị theo dõi, đôn đốc việc thực hiện; "
        + "cần người dùng chỉ định đơn vị theo dõi.");
    assertThat(kl220.recipients()).containsExactly("Ban Tổ chức Trung ương (báo cáo)", "Vụ CSĐ, đảng viên - BTCTW (báo cáo)",
        "Các vụ theo dõi ĐP của ban Đảng TW", "Thường trực Tỉnh ủy", "Các ban của Tỉnh ủy",
        "Các ban cán sự đảng, đảng đoàn", "Các huyện, thành ủy, đảng ủy TT Tỉnh ủy", "Các đồng chí Tỉnh ủy viên",
        "Lưu Văn phòng Tỉnh ủy, XD1");
  }

  @Test
  void seedsReadTheSameFromDocxAndPdf() {
    for (String seed : List.of(FixtureDocuments.SEED_1066, FixtureDocuments.SEED_220)) {
      String text = FixtureDocuments.seed(seed);
      IntakeResult fromText = FixtureConclusionTest.read(seed, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(FixtureConclusionTest.withoutFormat(FixtureConclusionTest.read("x.docx", FixtureDocuments.docx(text))))
          .isEqualTo(FixtureConclusionTest.withoutFormat(fromText));
      assertThat(FixtureConclusionTest.withoutFormat(FixtureConclusionTest.read("x.pdf", FixtureDocuments.pdf(text))))
          .isEqualTo(FixtureConclusionTest.withoutFormat(fromText));
    }
  }
}
