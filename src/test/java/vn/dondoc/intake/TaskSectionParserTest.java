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
        "Văn phòng Huyện ủy", "30/10/2024"));
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
}
