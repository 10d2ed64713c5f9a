package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Whole documents of task shapes seen in real conclusions that the fixtures do not have: parts per addressee
 * ("Đối với …:") under a Roman heading written with a hyphen, a follow-up by "có trách nhiệm theo dõi, tổng hợp";
 * a Kết luận giám sát with "III. ĐỀ NGHỊ" and its follow-up given to an inspection commission; a plenum conclusion
 * whose table has columns "Nhiệm vụ"/"Cơ quan chủ trì" and Arabic group rows, after an approving item. Each is read
 * as text, DOCX and PDF alike.
 */
class TaskShapesTest {

  static final String ADDRESSEES = String.join("\n",
        "HUYỆN ỦY CÁT TIÊN",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "*",
        "Số 312-TB/HU",
        "Cát Tiên, ngày 12 tháng 3 năm 2025",
        "THÔNG BÁO KẾT LUẬN",
        "của Ban Thường vụ Huyện ủy tại buổi làm việc với Đảng ủy xã Đức Phổ",
        "Ngày 05/3/2025, Ban Thường vụ Huyện ủy làm việc với Ban Thường vụ Đảng ủy xã Đức Phổ về tình hình thực hiện nhiệm vụ năm 2024. Sau khi nghe báo cáo và ý kiến của các đồng chí dự họp, Ban Thường vụ Huyện ủy kết luận như sau:",
        "I- ĐÁNH GIÁ CHUNG",
        "Năm 2024, Đảng ủy xã Đức Phổ đã lãnh đạo hoàn thành 14/16 chỉ tiêu nghị quyết.",
        "II- NHIỆM VỤ THỜI GIAN TỚI",
        "Đối với Đảng ủy xã Đức Phổ:",
        "- Tập trung lãnh đạo thu ngân sách, hoàn thành trước ngày 30/11/2025.",
        "- Kiện toàn chi bộ thôn 2 trong quý II/2025.",
        "Đối với các cơ quan của huyện:",
        "- UBND huyện xem xét hỗ trợ kinh phí làm đường giao thông nông thôn.",
        "- Ban Tổ chức Huyện ủy hướng dẫn quy trình bổ sung cấp ủy viên, hoàn thành trong tháng 4/2025.",
        "Văn phòng Huyện ủy có trách nhiệm theo dõi, tổng hợp, báo cáo kết quả thực hiện Thông báo kết luận này về Thường trực Huyện ủy.",
        "T/L BAN THƯỜNG VỤ",
        "CHÁNH VĂN PHÒNG",
        "Nguyễn Văn An",
        "Nơi nhận:",
        "- Thường trực Huyện ủy,",
        "- Đảng ủy xã Đức Phổ,",
        "- Lưu Văn phòng Huyện ủy.");

  static final String SUPERVISION = String.join("\n",
        "HUYỆN ỦY CÁT TIÊN",
        "ỦY BAN KIỂM TRA",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 45-KL/UBKTHU",
        "Cát Tiên, ngày 18 tháng 10 năm 2024",
        "KẾT LUẬN GIÁM SÁT",
        "đối với Ban Thường vụ Đảng ủy xã Gia Viễn",
        "-----",
        "Thực hiện Quyết định số 112-QĐ/UBKTHU, ngày 02/9/2024 của Ủy ban Kiểm tra Huyện ủy về giám sát chuyên đề đối với Ban Thường vụ Đảng ủy xã Gia Viễn, Ủy ban Kiểm tra Huyện ủy kết luận như sau:",
        "I. ƯU ĐIỂM",
        "Ban Thường vụ Đảng ủy xã đã ban hành kế hoạch thực hiện.",
        "II. HẠN CHẾ, KHUYẾT ĐIỂM",
        "Việc sinh hoạt chi bộ chưa đều.",
        "III. ĐỀ NGHỊ",
        "1. Đối với Ban Thường vụ Đảng ủy xã Gia Viễn:",
        "- Tổ chức kiểm điểm, rút kinh nghiệm đối với tập thể, cá nhân có liên quan.",
        "- Khắc phục hạn chế, khuyết điểm; báo cáo kết quả khắc phục về Ủy ban Kiểm tra Huyện ủy trước ngày 30/11/2024.",
        "2. Đối với các chi bộ trực thuộc:",
        "Duy trì sinh hoạt chi bộ định kỳ hằng tháng theo đúng quy định.",
        "3. Giao Ủy ban Kiểm tra Đảng ủy xã Gia Viễn có trách nhiệm theo dõi, giám sát việc thực hiện Kết luận này.",
        "T/M ỦY BAN KIỂM TRA",
        "CHỦ NHIỆM",
        "Trần Văn Bình",
        "Nơi nhận:",
        "- Thường trực Huyện ủy (b/c),",
        "- Đảng ủy xã Gia Viễn,",
        "- Lưu UBKT.");

  static final String PLENUM_TABLE = String.join("\n",
        "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
        "HUYỆN ỦY CÁT TIÊN",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Số 1102-KL/HU",
        "Cát Tiên, ngày 20 tháng 01 năm 2025",
        "KẾT LUẬN",
        "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 25",
        "-----",
        "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 25 (khóa XIII) họp ngày 15/01/2025, sau khi thảo luận, kết luận:",
        "1- Thống nhất đánh giá kết quả năm 2024 nêu trong Báo cáo của Ban Thường vụ Huyện ủy.",
        "2- Phân công thực hiện nhiệm vụ năm 2025 như sau:",
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
        "| 1 | Lĩnh vực xây dựng Đảng | | | |",
        "| 1.1 | Tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027 | Các tổ chức cơ sở đảng | Ban Tổ chức Huyện ủy | Trước 31/3/2025 |",
        "| 1.2 | Sơ kết công tác kiểm tra, giám sát | Ủy ban Kiểm tra Huyện ủy | Văn phòng Huyện ủy | Tháng 6/2025 |",
        "| 2 | Lĩnh vực kinh tế | | | |",
        "| 2.1 | Thu ngân sách đạt dự toán | Đảng đoàn HĐND huyện | Chi cục Thuế | Năm 2025 |",
        "3- Giao Văn phòng Huyện ủy chủ trì, phối hợp với Ban Tổ chức Huyện ủy theo dõi, đôn đốc việc thực hiện Kết luận này; định kỳ báo cáo Ban Thường vụ Huyện ủy.",
        "T/M HUYỆN ỦY",
        "BÍ THƯ",
        "Nguyễn Tiến Dũng",
        "Nơi nhận:",
        "- Ban Thường vụ Tỉnh ủy,",
        "- Lưu Văn phòng Huyện ủy.");

  @Test
  void partsPerAddresseeAndAFollowUpByCoTrachNhiem() {
    IntakeResult r = readAlike(ADDRESSEES);
    assertThat(r.tasks()).extracting(ExtractedTask::ordinal, ExtractedTask::section).containsExactly(
        tuple("1.1", "Đối với Đảng ủy xã Đức Phổ"), tuple("1.2", "Đối với Đảng ủy xã Đức Phổ"),
        tuple("2.1", "Đối với các cơ quan của huyện"), tuple("2.2", "Đối với các cơ quan của huyện"));
    assertThat(r.tasks().get(0).leadUnits()).extracting(UnitRef::unitCode).containsExactly("du-ct-ducpho");
    assertThat(r.tasks().get(2).leadUnits()).extracting(UnitRef::phrase).containsExactly("UBND huyện");
    assertThat(r.tasks().get(3).leadUnits()).extracting(UnitRef::unitCode).containsExactly("hu-ct-btc");
    assertThat(r.monitoring().leadUnit().unitCode()).isEqualTo("hu-ct-vp");
    assertThat(r.monitoring().reportTo()).extracting(UnitRef::unitCode).containsExactly("hu-ct-tt");
  }

  @Test
  void aSupervisionConclusionWithDeNghiAndTheCommissionFollowingUp() {
    IntakeResult r = readAlike(SUPERVISION);
    assertThat(r.tasks()).extracting(ExtractedTask::ordinal, ExtractedTask::monitoringClause).containsExactly(
        tuple("1.1", false), tuple("1.2", false), tuple("2", false), tuple("3", true));
    assertThat(r.tasks().get(0).leadUnits()).extracting(UnitRef::phrase).containsExactly("Ban Thường vụ Đảng ủy xã Gia Viễn");
    assertThat(r.tasks().get(2).leadUnits()).extracting(UnitRef::phrase).containsExactly("các chi bộ trực thuộc");
    assertThat(r.monitoring().leadUnit().phrase()).isEqualTo("Ủy ban Kiểm tra Đảng ủy xã Gia Viễn");
  }

  @Test
  void aPlenumTableWithArabicGroupRowsAfterAnApprovingItem() {
    IntakeResult r = readAlike(PLENUM_TABLE);
    // In document order: the item numbered after the table comes after its rows.
    assertThat(r.tasks()).extracting(ExtractedTask::ordinal, ExtractedTask::section).containsExactly(
        tuple("1.1", "Lĩnh vực xây dựng Đảng"), tuple("1.2", "Lĩnh vực xây dựng Đảng"),
        tuple("2.1", "Lĩnh vực kinh tế"), tuple("3", null));
    ExtractedTask congress = r.tasks().stream().filter(t -> t.ordinal().equals("1.1")).findFirst().orElseThrow();
    assertThat(congress.leadUnits()).extracting(UnitRef::unitClass).containsExactly("BASE_COMMITTEE");
    assertThat(congress.coordinatingUnits()).extracting(UnitRef::unitCode).containsExactly("hu-ct-btc");
    assertThat(congress.deadline().date()).hasToString("2025-03-31");
    assertThat(r.monitoring().leadUnit().unitCode()).isEqualTo("hu-ct-vp");
  }

  /** The text's reading, after checking that the DOCX and the PDF of the same text read the same. */
  private static IntakeResult readAlike(String text) {
    IntakeResult fromText = FixtureConclusionTest.read("a.txt", text.getBytes(StandardCharsets.UTF_8));
    assertThat(FixtureConclusionTest.withoutFormat(FixtureConclusionTest.read("a.docx", FixtureDocuments.docx(text))))
        .isEqualTo(FixtureConclusionTest.withoutFormat(fromText));
    assertThat(FixtureConclusionTest.withoutFormat(FixtureConclusionTest.read("a.pdf", FixtureDocuments.pdf(text))))
        .isEqualTo(FixtureConclusionTest.withoutFormat(fromText));
    return fromText;
  }
  @Test
  void aTableRowThatFollowsUpIsTheFollowUpClauseWithItsColumnsUnits() {
    String text = PLENUM_TABLE.replace("| 2.1 | Thu ngân sách đạt dự toán | Đảng đoàn HĐND huyện | Chi cục Thuế | Năm 2025 |",
        "| 2.1 | Thu ngân sách đạt dự toán | Đảng đoàn HĐND huyện | Chi cục Thuế | Năm 2025 |\n"
            + "| 2.2 | Theo dõi, đôn đốc việc thực hiện Kết luận này; định kỳ 6 tháng báo cáo Ban Thường vụ Huyện ủy | "
            + "Văn phòng Huyện ủy | Ban Tổ chức Huyện ủy | Định kỳ 6 tháng |")
        .replaceAll("\n3- Giao Văn phòng Huyện ủy[^\n]*", "");
    IntakeResult r = readAlike(text);
    ExtractedTask followUp = r.tasks().get(r.tasks().size() - 1);
    assertThat(followUp.ordinal()).isEqualTo("2.2");
    assertThat(followUp.monitoringClause()).isTrue();
    assertThat(r.monitoring().leadUnit().unitCode()).isEqualTo("hu-ct-vp");
    assertThat(r.monitoring().coordinatingUnits()).extracting(UnitRef::unitCode).containsExactly("hu-ct-btc");
    assertThat(r.monitoring().reportTo()).extracting(UnitRef::unitCode).containsExactly("hu-ct-btv");
  }
}
