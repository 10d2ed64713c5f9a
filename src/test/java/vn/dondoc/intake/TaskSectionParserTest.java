package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class TaskSectionParserTest {

  @Test
  void numberedItemsUnderARomanHeadingUntilTheRecipients() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("I. Kết quả", "1. Không phải nhiệm vụ.",
        "II. Nhiệm vụ, giải pháp trọng tâm thời gian tới", "Các cấp ủy tập trung thực hiện tốt:", "1. Tiếp tục quán triệt,",
        "triển khai.", "2. Cấp ủy cơ sở theo dõi", "10-CT/TW, ngày 30/03/2007", "4 (khóa XII) là không phải mục.",
        "Nơi nhận:", "- Lưu."), 0);
    assertThat(s.intro()).isEqualTo("II. Nhiệm vụ, giải pháp trọng tâm thời gian tới Các cấp ủy tập trung thực hiện tốt:");
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("1", "Tiếp tục quán triệt, triển khai."),
        tuple("2", "Cấp ủy cơ sở theo dõi 10-CT/TW, ngày 30/03/2007 4 (khóa XII) là không phải mục."));
  }

  @Test
  void nestedNumbersWithDashesUnderAnArabicHeading() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("2. Hạn chế", "- Một hạn chế.",
        "3. Nhiệm vụ, giải pháp trong thời gian tới", "Mục tiêu là nâng cao.", "3.1. Đối với tổ chức:", "- Việc một;",
        "- Việc hai", "tiếp tục dòng.", "3.2. Về đảng viên:", "- Việc ba.", "T/M BAN THƯỜNG VỤ"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("3.1.1", "Việc một;"), tuple("3.1.2", "Việc hai tiếp tục dòng."), tuple("3.2.1", "Việc ba."));
    assertThat(s.leaves().get(0).parent().ordinal()).isEqualTo("3.1");
  }

  @Test
  void outOfSequenceNumbersAreText() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("II. Nhiệm vụ", "1. Một.", "3. Không theo thứ tự.",
        "2. Hai."), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("1", "2");
  }

  @Test
  void letteredSubItemsAndAClosingFollowUpParagraph() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("II. Nhiệm vụ trọng tâm", "1. Ban Tổ chức Huyện ủy:",
        "a) Hướng dẫn.", "b) Tổng hợp.", "Giao Văn phòng Huyện ủy theo dõi, đôn đốc.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("1.1", "1.2");
    assertThat(s.closing()).isEqualTo("Giao Văn phòng Huyện ủy theo dõi, đôn đốc.");
  }

  @Test
  void taskTableRowsWrapped() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("II. Nhiệm vụ và phân công",
        "| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |", "| 1 | Xây dựng kế hoạch | Ban Tuyên",
        "giáo Huyện ủy | Văn phòng Huyện ủy | 30/10/2024 |"), 0);
    assertThat(s.table()).containsExactly(new TaskTableParser.Row("1", "Xây dựng kế hoạch", "Ban Tuyên giáo Huyện ủy",
        "Văn phòng Huyện ủy", "30/10/2024", null));
  }

  @Test
  void withoutATasksHeadingTheNumberedBodyItemsAreTheTasks() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("Ban Thường vụ Tỉnh ủy kết luận như sau:",
        "1. Văn phòng Tỉnh ủy chủ trì triển khai.", "2. Ban Tuyên giáo Tỉnh ủy tuyên truyền.", "Nơi nhận:"), 0);
    assertThat(s.withoutHeading()).isTrue();
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("1", "2");
    // With Roman-numbered parts but none about tasks, nothing is guessed.
    assertThat(TaskSectionParser.parse(List.of("I. Kết quả", "1. Một.", "II. Hạn chế", "1. Hai."), 0).leaves()).isEmpty();
  }

  @Test
  void noTasksPartNoItems() {
    assertThat(TaskSectionParser.parse(List.of("Nội dung không có phần nhiệm vụ.", "nhiệm vụ viết thường ở đầu dòng"), 0)
        .leaves()).isEmpty();
  }

  @Test
  void romanPartsWithTasksInsideAreNumberedUnderTheirPart() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("I. Đánh giá chung", "1. Không phải nhiệm vụ.",
        "II. Về công tác xây dựng Đảng", "Đề nghị Đảng ủy xã Đức Phổ thực hiện tốt các nội dung sau:", "1. Rà soát.",
        "2. Kiện toàn.", "III. Về phát triển kinh tế", "- Ban Tuyên giáo Huyện ủy tuyên truyền.", "IV. Tổ chức thực hiện",
        "Giao Văn phòng Huyện ủy theo dõi, đôn đốc.", "Nơi nhận:"), 0);
    assertThat(s.withoutHeading()).isTrue();
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("II.1", "Rà soát."), tuple("II.2", "Kiện toàn."), tuple("III.1", "Ban Tuyên giáo Huyện ủy tuyên truyền."));
    assertThat(s.leaves().get(0).parent().text()).isEqualTo("Về công tác xây dựng Đảng");
    assertThat(s.leaves().get(0).parent().headingWithIntro()).endsWith("các nội dung sau:");
    // The follow-up part ends the tasks: its "Giao …" is read by the caller after endIndex.
    assertThat(s.endIndex()).isEqualTo(8);
  }

  @Test
  void aParagraphThatHandsOutTasksStartsThem() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("Thường trực Huyện ủy kết luận như sau:",
        "- Đảng ủy xã đã đạt nhiều kết quả.", "Thời gian tới, đề nghị Đảng ủy xã Đức Phổ tập trung thực hiện",
        "tốt các nhiệm vụ sau:", "- Rà soát quy hoạch.", "- Tổ chức sơ kết.", "Nơi nhận:"), 0);
    assertThat(s.intro()).isEqualTo("Thời gian tới, đề nghị Đảng ủy xã Đức Phổ tập trung thực hiện tốt các nhiệm vụ sau:");
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::text).containsExactly("Rà soát quy hoạch.", "Tổ chức sơ kết.");
  }

  @Test
  void directiveHeadingsAndAssessmentItemsOfAFlatList() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("1. Đánh giá chung", "Đạt nhiều kết quả.",
        "2. Ý kiến chỉ đạo", "- Rà soát.", "- Kiện toàn.", "Nơi nhận:"), 0);
    assertThat(s.withoutHeading()).isFalse();
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("2.1", "2.2");
    TaskSectionParser.Section flat = TaskSectionParser.parse(List.of("Ban Thường vụ kết luận:", "1. Kết quả đạt được",
        "Đạt nhiều kết quả.", "2. Văn phòng Tỉnh ủy chủ trì triển khai.", "Nơi nhận:"), 0);
    assertThat(flat.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("2");
  }

  @Test
  void agendaPartsWithoutItemsAreTasksAndTheFollowUpAfterThemIsNot() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("Ban Thường vụ Huyện ủy kết luận như sau:",
        "I. Về dự thảo Báo cáo sơ kết", "Thống nhất với dự thảo. Giao Ban Tuyên giáo Huyện ủy chủ trì hoàn chỉnh.",
        "II. Về công tác chuẩn bị đại hội", "Ban Thường vụ Huyện ủy yêu cầu:", "- Các tổ chức cơ sở đảng xây dựng kế hoạch.",
        "III. Về hội nghị lần thứ 21", "Văn phòng Huyện ủy chủ trì chuẩn bị tài liệu.",
        "Văn phòng Huyện ủy theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kết luận này.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("I", "Thống nhất với dự thảo. Giao Ban Tuyên giáo Huyện ủy chủ trì hoàn chỉnh."),
        tuple("II.1", "Các tổ chức cơ sở đảng xây dựng kế hoạch."),
        tuple("III", "Văn phòng Huyện ủy chủ trì chuẩn bị tài liệu."));
    assertThat(s.closing()).isEqualTo("Văn phòng Huyện ủy theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kết luận này.");
  }

  @Test
  void anItemAnsweringRequestsIsNotADirectiveHeading() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("đề nghị Đảng ủy xã Gia Viễn thực hiện các nhiệm vụ sau:",
        "1. Rà soát quy hoạch.", "2. Về kiến nghị của Đảng ủy xã: giao Ủy ban nhân dân huyện xem xét.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("1", "2");
  }

  @Test
  void aLetterPartWithRomanPartsUnderItUsesTheTasksHeadingInside() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("A. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2024",
        "I. Kết quả đạt được", "1. Không phải nhiệm vụ.", "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "I. Mục tiêu tổng quát",
        "Phấn đấu hoàn thành các mục tiêu.", "II. Nhiệm vụ, giải pháp trọng tâm", "1. Một.", "2. Ban Tổ chức Huyện ủy:",
        "a) Hai.", "III. Tổ chức thực hiện", "Giao Văn phòng Huyện ủy theo dõi, đôn đốc.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("1", "Một."), tuple("2.1", "Hai."));
    assertThat(s.endIndex()).isEqualTo(10);
  }

  @Test
  void aTableWithGroupRowsAfterTheItemThatIntroducesIt() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("Ban Chấp hành Đảng bộ thị trấn kết luận:",
        "1. Năm 2025 là năm đại hội; các chi bộ cần nêu cao tinh thần trách nhiệm.",
        "2. Phân công thực hiện các nhiệm vụ trọng tâm như sau:",
        "| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Ghi chú |",
        "| I | CÔNG TÁC XÂY DỰNG ĐẢNG | | | | |", "| 1 | Tổ chức đại hội chi bộ | Các chi bộ trực thuộc | | Trước 31/3/2025 | |",
        "| II | CÔNG TÁC CHÍNH QUYỀN | | | | |", "| 1 | Thu ngân sách | Đảng ủy Ủy ban nhân dân thị trấn | | Trong năm 2025 | |",
        "Ban Chấp hành yêu cầu các chi bộ khẩn trương triển khai thực hiện.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("1", "Năm 2025 là năm đại hội; các chi bộ cần nêu cao tinh thần trách nhiệm."));
    assertThat(s.table()).extracting(TaskTableParser.Row::ordinal, TaskTableParser.Row::section).containsExactly(
        tuple("I.1", "CÔNG TÁC XÂY DỰNG ĐẢNG"), tuple("II.1", "CÔNG TÁC CHÍNH QUYỀN"));
    assertThat(s.closing()).isEqualTo("Ban Chấp hành yêu cầu các chi bộ khẩn trương triển khai thực hiện.");
  }

  @Test
  void numbersWrittenWithAHyphenAsInCentralDocuments() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("I- ĐÁNH GIÁ TÌNH HÌNH", "1- Không phải nhiệm vụ.",
        "II- NHIỆM VỤ, GIẢI PHÁP", "1- Ban Tổ chức Huyện ủy rà soát quy hoạch.", "2 - Ban Tuyên giáo Huyện ủy tuyên truyền",
        "10-CT/TW của Ban Bí thư.", "III- TỔ CHỨC THỰC HIỆN", "Giao Văn phòng Huyện ủy theo dõi, đôn đốc.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("1", "Ban Tổ chức Huyện ủy rà soát quy hoạch."),
        tuple("2", "Ban Tuyên giáo Huyện ủy tuyên truyền 10-CT/TW của Ban Bí thư."));
    assertThat(TaskSectionParser.dottedNumber("21- NQ/TW, ngày 30/01/2008")).isEqualTo("21- NQ/TW, ngày 30/01/2008");
    assertThat(TaskSectionParser.dottedNumber("B - PHƯƠNG HƯỚNG")).isEqualTo("B. PHƯƠNG HƯỚNG");
    assertThat(TaskSectionParser.dottedNumber("2/ Ban Tổ chức Huyện ủy")).isEqualTo("2. Ban Tổ chức Huyện ủy");
    assertThat(TaskSectionParser.dottedNumber("12/2024 Ban")).isEqualTo("12/2024 Ban");
  }

  @Test
  void lettersWithAFullStopAndOtherBullets() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("II. Nhiệm vụ trọng tâm", "1. Về kinh tế:",
        "a. Ủy ban nhân dân huyện chỉ đạo thu ngân sách.", "b. Phòng Tài chính - Kế hoạch tham mưu.", "2. Về văn hóa - xã hội:",
        "* Phòng Văn hóa và Thông tin tuyên truyền.", "● Hội Liên hiệp Phụ nữ huyện vận động.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("1.1", "Ủy ban nhân dân huyện chỉ đạo thu ngân sách."), tuple("1.2", "Phòng Tài chính - Kế hoạch tham mưu."),
        tuple("2.1", "Phòng Văn hóa và Thông tin tuyên truyền."), tuple("2.2", "Hội Liên hiệp Phụ nữ huyện vận động."));
    assertThat(s.leaves().get(2).parent().text()).isEqualTo("Về văn hóa - xã hội:");
  }

  @Test
  void aTableWhoseColumnsSayNhiemVuAndDonViThucHienWithUnnumberedGroupRows() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("III. Phân công thực hiện",
        "| STT | Nhiệm vụ | Đơn vị thực hiện | Phối hợp | Tiến độ |", "| | LĨNH VỰC XÂY DỰNG ĐẢNG | | | |",
        "| 1 | Kiện toàn chi bộ | Ban Tổ chức Huyện ủy | | Quý I/2025 |", "| 2 | Về kinh tế | | | |",
        "| 2.1 | Thu ngân sách | Ủy ban nhân dân huyện | Chi cục Thuế | Năm 2025 |", "Nơi nhận:"), 0);
    assertThat(s.table()).containsExactly(
        new TaskTableParser.Row("1", "Kiện toàn chi bộ", "Ban Tổ chức Huyện ủy", "", "Quý I/2025", "LĨNH VỰC XÂY DỰNG ĐẢNG"),
        new TaskTableParser.Row("2.1", "Thu ngân sách", "Ủy ban nhân dân huyện", "Chi cục Thuế", "Năm 2025", "Về kinh tế"));
    // Running text about tasks and time is not a table header.
    assertThat(TaskTableParser.isTaskTableHeader("Nhiệm vụ trọng tâm thời gian tới")).isFalse();
  }

  @Test
  void unnumberedPartsPerAddresseeGroupTheDashesUnderThem() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("2. Nhiệm vụ thời gian tới", "Đối với Đảng ủy xã Đức Phổ:",
        "- Tập trung lãnh đạo thu ngân sách.", "- Kiện toàn chi bộ thôn 2.", "Đối với các cơ quan của huyện:",
        "- Ủy ban nhân dân huyện xem xét hỗ trợ kinh phí.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("2.1.1", "Tập trung lãnh đạo thu ngân sách."), tuple("2.1.2", "Kiện toàn chi bộ thôn 2."),
        tuple("2.2.1", "Ủy ban nhân dân huyện xem xét hỗ trợ kinh phí."));
    assertThat(s.leaves().get(2).parent().text()).isEqualTo("Đối với các cơ quan của huyện:");
    // A line ending in ":" that no bullet follows is text, not a group.
    assertThat(TaskSectionParser.parse(List.of("II. Nhiệm vụ", "1. Rà soát quy hoạch.", "Về kinh tế:", "tiếp tục.", "Nơi nhận:"), 0)
        .leaves()).extracting(TaskSectionParser.Item::text).containsExactly("Rà soát quy hoạch. Về kinh tế: tiếp tục.");
  }

  @Test
  void bulletsUnderALetterOrADashThatAnnouncesThem() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("II. Nhiệm vụ", "1. Về xây dựng Đảng:",
        "a) Đối với các chi bộ:", "- Rà soát đảng viên.", "- Sinh hoạt đúng kỳ.", "b) Ban Tổ chức Huyện ủy hướng dẫn.",
        "- Chi tiết không phải nhiệm vụ riêng.", "2. Về kinh tế:", "- Đối với Ủy ban nhân dân huyện:", "+ Thu ngân sách.",
        "+ Giải ngân vốn.", "- Ban Tuyên giáo Huyện ủy tuyên truyền.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("1.1.1", "1.1.2", "1.2", "1.3",
        "2.1.1", "2.1.2", "2.2");
  }

  @Test
  void anItemThatOnlyApprovesIsNotATask() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("Hội nghị thảo luận và kết luận:",
        "1- Thống nhất đánh giá kết quả năm 2024 nêu trong Báo cáo của Ban Thường vụ Huyện ủy.",
        "2- Ban Tổ chức Huyện ủy hướng dẫn đại hội chi bộ.", "3- Nhất trí thông qua dự thảo Quy chế. Giao Văn phòng Huyện ủy "
            + "hoàn chỉnh, ban hành.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("2", "3");
    assertThat(TaskSectionParser.isApprovalOnly("Thống nhất cao với dự thảo Báo cáo; các cấp ủy cần quán triệt.")).isFalse();
  }

  @Test
  void aTasksPartWrittenAsPlainParagraphs() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("I. Đánh giá chung", "Đạt nhiều kết quả.",
        "II. NHIỆM VỤ THỜI GIAN TỚI", "Ban Thường vụ Huyện ủy yêu cầu Đảng ủy xã Đức Phổ tập trung thực hiện tốt các nội dung",
        "sau:", "Tập trung lãnh đạo thu ngân sách,", "hoàn thành trước ngày 30/11/2025.", "Kiện toàn chi bộ thôn 2.",
        "Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Thông báo này.", "Nơi nhận:"), 0);
    assertThat(s.intro()).endsWith("các nội dung sau:");
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("1", "Tập trung lãnh đạo thu ngân sách, hoàn thành trước ngày 30/11/2025."), tuple("2", "Kiện toàn chi bộ thôn 2."));
    assertThat(s.closing()).isEqualTo("Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Thông báo này.");
    // Without an introduction, only paragraphs that name a unit or assign are tasks.
    TaskSectionParser.Section t = TaskSectionParser.parse(List.of("3. Nhiệm vụ thời gian tới", "Năm 2025 là năm cuối nhiệm kỳ.",
        "Ủy ban nhân dân huyện chỉ đạo giải ngân vốn đầu tư công.", "Nơi nhận:"), 0);
    assertThat(t.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("3.1");
  }

  @Test
  void itemsCountedInWords() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("III. Nhiệm vụ, giải pháp", "Một là, tiếp tục quán triệt nghị quyết.",
        "Hai là, Ban Tổ chức Huyện ủy rà soát quy hoạch.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("1", "Tiếp tục quán triệt nghị quyết."), tuple("2", "Ban Tổ chức Huyện ủy rà soát quy hoạch."));
    assertThat(TaskSectionParser.dottedNumber("Thứ tư, kiện toàn tổ chức bộ máy.")).isEqualTo("4. Kiện toàn tổ chức bộ máy.");
    assertThat(TaskSectionParser.dottedNumber("Thứ hai, ngày 12/5/2025, Ban Thường vụ họp.")).startsWith("Thứ hai");
  }

  @Test
  void anUnnumberedDirectiveHeadingInCapitals() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("Ủy ban Kiểm tra Huyện ủy kết luận như sau:", "ƯU ĐIỂM",
        "1. Đã ban hành kế hoạch.", "HẠN CHẾ", "1. Sinh hoạt chưa đều.", "YÊU CẦU KHẮC PHỤC", "1. Ban Thường vụ Đảng ủy xã "
            + "tổ chức kiểm điểm.", "2. Các chi bộ sinh hoạt đúng kỳ.", "T/M ỦY BAN KIỂM TRA"), 0);
    assertThat(s.withoutHeading()).isFalse();
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::text).containsExactly("Ban Thường vụ Đảng ủy xã tổ chức kiểm điểm.",
        "Các chi bộ sinh hoạt đúng kỳ.");
    assertThat(TaskSectionParser.parse(List.of("Kết quả đạt được.", "1. Không phải nhiệm vụ.", "Ý kiến kết luận:",
        "- Các chi bộ rà soát.", "Nơi nhận:"), 0).leaves()).extracting(TaskSectionParser.Item::text)
        .containsExactly("Các chi bộ rà soát.");
    // The same words opening a sentence are not a heading.
    assertThat(TaskSectionParser.parse(List.of("Đề nghị các chi bộ", "1. Rà soát.", "Nơi nhận:"), 0).withoutHeading()).isTrue();
  }

  @Test
  void wrappedLinesOfAnItemAfterTheTableAndOfAFollowUpSentence() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("Hội nghị kết luận:", "1. Ban Tổ chức Huyện ủy rà soát.",
        "2. Phân công thực hiện như sau:",
        "| STT | Nội dung | Đơn vị chủ trì | Thời hạn |", "| 1 | Kiện toàn chi bộ | Ban Tổ chức Huyện ủy | Quý I/2025 |",
        "3. Giao Văn phòng Huyện ủy chủ trì theo dõi, đôn đốc việc", "thực hiện Kết luận này.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).contains(
        tuple("3", "Giao Văn phòng Huyện ủy chủ trì theo dõi, đôn đốc việc thực hiện Kết luận này."));
    assertThat(s.closing()).isNull();
    TaskSectionParser.Section t = TaskSectionParser.parse(List.of("II. Nhiệm vụ", "- Ban Tổ chức Huyện ủy hướng dẫn.",
        "Văn phòng Huyện ủy có trách nhiệm theo dõi, tổng hợp, báo cáo kết", "quả thực hiện Thông báo kết luận này.",
        "Nơi nhận:"), 0);
    assertThat(t.leaves()).extracting(TaskSectionParser.Item::text).containsExactly("Ban Tổ chức Huyện ủy hướng dẫn.");
    assertThat(t.closing()).isEqualTo("Văn phòng Huyện ủy có trách nhiệm theo dõi, tổng hợp, báo cáo kết quả thực hiện Thông "
        + "báo kết luận này.");
  }

  @Test
  void mergedGroupRowsOfOneCell() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("III. Phân công thực hiện",
        "| TT | Nội dung | Đơn vị chủ trì | Thời hạn |", "| I. CÔNG TÁC XÂY DỰNG ĐẢNG |",
        "| 1 | Kiện toàn chi bộ | Ban Tổ chức Huyện ủy | Quý I/2025 |", "| LĨNH VỰC KINH TẾ |",
        "| 2 | Thu ngân sách | Ủy ban nhân dân huyện | Năm 2025 |", "Nơi nhận:"), 0);
    assertThat(s.table()).extracting(TaskTableParser.Row::ordinal, TaskTableParser.Row::section).containsExactly(
        tuple("I.1", "CÔNG TÁC XÂY DỰNG ĐẢNG"), tuple("2", "LĨNH VỰC KINH TẾ"));
  }

  @Test
  void paragraphsAfterTheConcludingLineWithoutNumbersOrHeadings() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("Sau khi nghe báo cáo, Thường trực Huyện ủy kết luận như sau:",
        "Năm 2024, Đảng ủy xã Đức Phổ đã lãnh đạo hoàn thành 14/16 chỉ tiêu.", "Thời gian tới, đề nghị Đảng ủy xã tập trung",
        "rà soát quy hoạch cán bộ.", "Giao Ban Tổ chức Huyện ủy hướng dẫn quy trình.", "Nơi nhận:"), 0);
    assertThat(s.withoutHeading()).isTrue();
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal, TaskSectionParser.Item::text).containsExactly(
        tuple("1", "Thời gian tới, đề nghị Đảng ủy xã tập trung rà soát quy hoạch cán bộ."),
        tuple("2", "Giao Ban Tổ chức Huyện ủy hướng dẫn quy trình."));
  }

  @Test
  void groupLinesInCapitalsButNotTheWrappedEndOfAnIntroduction() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("II. NHIỆM VỤ", "VỀ KINH TẾ:", "- Thu ngân sách.",
        "VỀ XÃ HỘI:", "- Giảm nghèo.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("1.1", "2.1");
    TaskSectionParser.Section t = TaskSectionParser.parse(List.of("II. Nhiệm vụ", "Các cấp ủy thực hiện tốt một số nội dung",
        "Về công tác cán bộ như sau:", "- Rà soát quy hoạch.", "Nơi nhận:"), 0);
    assertThat(t.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("1");
    assertThat(t.intro()).endsWith("Về công tác cán bộ như sau:");
  }
  @Test
  void tasksHandedOutInTwoRomanPartsAreNumberedUnderEachPart() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("I. KẾT QUẢ", "1. Kết quả đạt được",
        "II. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", "Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, thành ủy tập trung:",
        "1. Quán triệt sâu rộng Chỉ thị.", "2. Nâng cao trách nhiệm người đứng đầu.", "III. TỔ CHỨC THỰC HIỆN",
        "1. Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo giám sát hằng năm.", "2. Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo:",
        "- Rà soát quy chế phối hợp.", "- Công khai địa chỉ tiếp nhận.", "3. Giao Ban Nội chính Tỉnh ủy chủ trì theo dõi, "
            + "đôn đốc việc thực hiện Kết luận này.", "Nơi nhận:", "- Lưu."), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal)
        .containsExactly("II.1", "II.2", "III.1", "III.2.1", "III.2.2", "III.3");
    assertThat(s.leaves().get(0).parent().text()).isEqualTo("NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI");
    assertThat(s.leaves().get(0).parent().headingWithIntro()).contains("yêu cầu các huyện ủy, thành ủy");
    assertThat(s.leaves().get(3).parent().ordinal()).isEqualTo("III.2");
  }

  @Test
  void aPartAnsweringProposalsAfterTheTasksPartGoesOnHandingOutTasks() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("1. Đánh giá chung", "Xã đã đạt nhiều kết quả.",
        "2. Nhiệm vụ trọng tâm thời gian tới", "Đảng ủy xã Tiên Hoàng cần tập trung thực hiện tốt một số nhiệm vụ sau:",
        "- Rà soát từng chỉ tiêu Nghị quyết.", "- Duy trì nghiêm chế độ sinh hoạt chi bộ.",
        "3. Về các đề xuất, kiến nghị của xã", "a) Về tuyến đường liên thôn: Giao UBND huyện cân đối nguồn vốn.",
        "đ) Về mô hình dân vận khéo: Giao Ban Dân vận Huyện ủy hướng dẫn; định kỳ 6 tháng đánh giá.",
        "Văn phòng Huyện ủy thông báo ý kiến kết luận của Thường trực Huyện ủy để các cơ quan biết, thực hiện. "
            + "Văn phòng Huyện ủy có trách nhiệm theo dõi, đôn đốc việc thực hiện Thông báo này.", "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("2.1", "2.2", "3.1", "3.2");
    assertThat(s.leaves().get(2).parent().text()).isEqualTo("Về các đề xuất, kiến nghị của xã");
    assertThat(s.leaves().get(3).text()).endsWith("định kỳ 6 tháng đánh giá.");
    assertThat(s.closing()).startsWith("Văn phòng Huyện ủy thông báo ý kiến kết luận");
  }

  @Test
  void anAssessmentOrAParagraphWithoutItemsAfterTheTasksPartIsNotMoreTasks() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("II. NHIỆM VỤ THỜI GIAN TỚI", "1. Ban Tổ chức Huyện ủy "
        + "hướng dẫn.", "III. TỔ CHỨC THỰC HIỆN", "Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Kết luận này.",
        "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("1");
  }

  @Test
  void aShortTitleLineFollowedByANewSentenceIsTheItemsTitle() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("II. NHIỆM VỤ", "1. Về kinh tế",
        "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã đẩy mạnh tuyên truyền, vận động",
        "nhân dân tham gia các phong trào thi đua.", "2. Về tổ chức thực hiện",
        "Để hoàn thiện Đề án, Ban Thường vụ Huyện ủy giao nhiệm vụ cụ thể như sau:", "- Văn phòng Huyện ủy hoàn chỉnh.",
        "3. Ban Tổ chức Huyện ủy chủ trì, phối hợp với Văn phòng", "Huyện ủy rà soát quy hoạch cán bộ các cơ quan "
            + "tham mưu, giúp việc Huyện ủy."), 0);
    assertThat(s.leaves().get(0).text()).startsWith("Về kinh tế: Đề nghị Ủy ban MTTQ");
    assertThat(s.leaves().get(1).parent().title()).isEqualTo("Về tổ chức thực hiện");
    assertThat(s.leaves().get(2).title()).as("a line wrapped mid-sentence is no title").isNull();
  }
  @Test
  void anAgendaItemsTitleWrappedOverLinesEndsBeforeTheSentenceUnderIt() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("II. NHIỆM VỤ",
        "1. Về công tác quản lý nhà nước về khoáng sản, ngăn chặn tình trạng khai thác",
        "cát trái phép trên sông Đồng Nai đoạn qua địa bàn huyện",
        "Thực hiện Chỉ thị số 38-CT/TU, ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo,",
        "Ban Thường vụ Huyện ủy giao:", "- Công an huyện chủ trì tuần tra.", "- UBND huyện xử lý vi phạm.",
        "2. Về phối hợp: Ban Tổ chức Huyện ủy chủ trì, phối hợp với Văn phòng",
        "Huyện ủy rà soát quy hoạch cán bộ các cơ quan tham mưu, giúp việc Huyện ủy."), 0);
    assertThat(s.leaves().get(0).parent().title()).isEqualTo("Về công tác quản lý nhà nước về khoáng sản, ngăn chặn "
        + "tình trạng khai thác cát trái phép trên sông Đồng Nai đoạn qua địa bàn huyện");
    assertThat(s.leaves().get(2).title()).as("a colon ends a topic inside the sentence, not a title").isNull();
  }
  @Test
  void withoutAHeadingASituationParagraphBesideTheItemThatHandsOutTasksIsNoTask() {
    TaskSectionParser.Section s = TaskSectionParser.parse(List.of("Thường trực Tỉnh ủy kết luận như sau:",
        "1. Dự án đường ĐT.721 là công trình giao thông trọng điểm; đến ngày 15/7/2024 đã nhận bàn giao 19,4 km, còn chậm",
        "so với yêu cầu tại Thông báo số 1520-TB/TU.", "2. Để tháo gỡ khó khăn, Thường trực Tỉnh ủy yêu cầu:",
        "2.1. Ban cán sự đảng UBND tỉnh khẩn trương phê duyệt giá đất.", "2.2. Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc.",
        "Nơi nhận:"), 0);
    assertThat(s.leaves()).extracting(TaskSectionParser.Item::ordinal).containsExactly("2.1", "2.2");
  }
}
