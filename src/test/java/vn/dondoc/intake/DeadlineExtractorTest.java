package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeadlineExtractorTest {

  static final LocalDate SIGNED = LocalDate.of(2024, 3, 14);

  @Test
  void fixedDateNeedsADeadlineWord() {
    assertThat(DeadlineExtractor.extract("hoàn thành trước ngày 30/9/2024.", SIGNED))
        .isEqualTo(Deadline.fixed(LocalDate.of(2024, 9, 30), "hoàn thành trước ngày 30/9/2024"));
    assertThat(DeadlineExtractor.extract("chậm nhất ngày 15 tháng 12 năm 2024 hoàn thành", SIGNED).date())
        .isEqualTo(LocalDate.of(2024, 12, 15));
    assertThat(DeadlineExtractor.extract("Thời hạn: 01/02/2025", SIGNED).date()).isEqualTo(LocalDate.of(2025, 2, 1));
    // A cited document's date is not a deadline.
    assertThat(DeadlineExtractor.extract("thực hiện Kế hoạch số 59-KH/TU, ngày 10/8/2018 của Ban Thường vụ", SIGNED).type())
        .isEqualTo("NONE");
  }

  @Test
  void bareDateCountsInADeadlineColumn() {
    assertThat(DeadlineExtractor.extract("30/10/2024", SIGNED, true).date()).isEqualTo(LocalDate.of(2024, 10, 30));
    assertThat(DeadlineExtractor.extract("30/10/2024", SIGNED, false).type()).isEqualTo("NONE");
  }

  @Test
  void relativeToSigning() {
    Deadline days = DeadlineExtractor.extract("trong 30 ngày kể từ ngày ký", SIGNED);
    assertThat(days.type()).isEqualTo("RELATIVE");
    assertThat(days.amount()).isEqualTo(30);
    assertThat(days.unit()).isEqualTo("DAY");
    assertThat(days.date()).isEqualTo(LocalDate.of(2024, 4, 13));
    Deadline working = DeadlineExtractor.extract("trong 15 ngày làm việc kể từ ngày ký", SIGNED);
    assertThat(working.workingDays()).isTrue();
    assertThat(working.date()).as("left to the working calendar").isNull();
    assertThat(DeadlineExtractor.extract("trong vòng hai tháng kể từ ngày ban hành", SIGNED).date())
        .isEqualTo(LocalDate.of(2024, 5, 14));
  }

  @Test
  void periodsEndOnTheirLastDay() {
    assertThat(DeadlineExtractor.extract("trong quý IV/2024", SIGNED)).extracting(Deadline::type, Deadline::date)
        .containsExactly("PERIOD", LocalDate.of(2024, 12, 31));
    assertThat(DeadlineExtractor.extract("Quý I/2025", SIGNED, true).date()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(DeadlineExtractor.extract("quý III năm 2024", SIGNED).date()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(DeadlineExtractor.extract("trong tháng 2/2025", SIGNED).date()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(DeadlineExtractor.extract("6 tháng đầu năm 2024", SIGNED).date()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(DeadlineExtractor.extract("trong năm 2025", SIGNED).date()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void recurringTakesTheMostFrequentNamedCadence() {
    assertThat(DeadlineExtractor.extract("hằng tháng sinh hoạt …, kiểm điểm hằng năm", SIGNED).cadence()).isEqualTo("MONTHLY");
    assertThat(DeadlineExtractor.extract("định kỳ 6 tháng báo cáo", SIGNED).cadence()).isEqualTo("HALF_YEARLY");
    assertThat(DeadlineExtractor.extract("hàng quý", SIGNED).cadence()).isEqualTo("QUARTERLY");
    assertThat(DeadlineExtractor.extract("hàng năm xây dựng kế hoạch", SIGNED).cadence()).isEqualTo("YEARLY");
    assertThat(DeadlineExtractor.extract("thường xuyên theo dõi; định kỳ báo cáo", SIGNED).cadence()).isEqualTo("CONTINUOUS");
    assertThat(DeadlineExtractor.extract("định kỳ báo cáo", SIGNED).cadence()).isEqualTo("PERIODIC");
    assertThat(DeadlineExtractor.extract("hằng tuần", SIGNED).cadence()).isEqualTo("WEEKLY");
  }

  @Test
  void noneWhenTheTextSaysNothing() {
    assertThat(DeadlineExtractor.extract("Quan tâm công tác đào tạo, bồi dưỡng.", SIGNED)).isEqualTo(Deadline.NONE);
    assertThat(DeadlineExtractor.extract(null, SIGNED)).isEqualTo(Deadline.NONE);
  }

  @Test
  void aMonthNamedByAMeetingOrAloneInADeadlineColumn() {
    LocalDate issued = LocalDate.of(2024, 10, 18);
    assertThat(DeadlineExtractor.extract("trình Ban Thường vụ Huyện ủy xem xét, quyết định tại hội nghị tháng 11/2024.", issued))
        .extracting(Deadline::type, Deadline::date).containsExactly("PERIOD", LocalDate.of(2024, 11, 30));
    assertThat(DeadlineExtractor.extract("báo cáo kết quả tại kỳ sinh hoạt tháng 12/2024.", issued))
        .extracting(Deadline::type, Deadline::date).containsExactly("PERIOD", LocalDate.of(2024, 12, 31));
    assertThat(DeadlineExtractor.extract("Tháng 6/2025", issued, true))
        .extracting(Deadline::type, Deadline::date).containsExactly("PERIOD", LocalDate.of(2025, 6, 30));
    // A month that only dates what is reported on is no deadline.
    assertThat(DeadlineExtractor.extract("Đánh giá kết quả tháng 10/2024 của các chi bộ.", issued).type()).isEqualTo("NONE");
  }

  static Object[] typeAndDate(String text, LocalDate issued, boolean column) {
    Deadline d = DeadlineExtractor.extract(text, issued, column);
    return new Object[] {d.type(), d.date()};
  }

  @Test
  void fixedDatesWrittenWithDotsDashesOrWithoutTheYear() {
    LocalDate issued = LocalDate.of(2024, 10, 18);
    assertThat(typeAndDate("chậm nhất ngày 30 tháng 6 năm 2025 phải hoàn thành", issued, false))
        .containsExactly("FIXED", LocalDate.of(2025, 6, 30));
    assertThat(typeAndDate("báo cáo Thường trực Huyện ủy trước ngày 15-12-2024.", issued, false))
        .containsExactly("FIXED", LocalDate.of(2024, 12, 15));
    assertThat(typeAndDate("xong trước 15.12.2024", issued, false)).containsExactly("FIXED", LocalDate.of(2024, 12, 15));
    // Without a year: the next such day on or after signing.
    assertThat(typeAndDate("hoàn thành xong trước 31/12.", issued, false)).containsExactly("FIXED", LocalDate.of(2024, 12, 31));
    assertThat(typeAndDate("báo cáo trước ngày 15/01", issued, false)).containsExactly("FIXED", LocalDate.of(2025, 1, 15));
    assertThat(typeAndDate("15-12-2024", issued, true)).containsExactly("FIXED", LocalDate.of(2024, 12, 15));
    assertThat(typeAndDate("Trước 30/11", issued, true)).containsExactly("FIXED", LocalDate.of(2024, 11, 30));
    // Numbers of cited documents stay no deadline: "Kết luận số 15/12" is not a date after a cue.
    assertThat(typeAndDate("thực hiện Quyết định số 15/QĐ-UBND", issued, false)).containsExactly("NONE", null);
  }

  @Test
  void periodsWrittenInOtherWays() {
    LocalDate issued = LocalDate.of(2024, 10, 18);
    assertThat(typeAndDate("hoàn thành trong quý IV-2024", issued, false)).containsExactly("PERIOD", LocalDate.of(2024, 12, 31));
    assertThat(typeAndDate("trong quý I năm 2025", issued, false)).containsExactly("PERIOD", LocalDate.of(2025, 3, 31));
    assertThat(typeAndDate("Quý IV", issued, true)).containsExactly("PERIOD", LocalDate.of(2024, 12, 31));
    assertThat(typeAndDate("cuối năm 2024", issued, false)).containsExactly("PERIOD", LocalDate.of(2024, 12, 31));
    assertThat(typeAndDate("tổ chức quán triệt Kết luận này trong kỳ sinh hoạt chi bộ tháng 10/2024", issued, false))
        .containsExactly("PERIOD", LocalDate.of(2024, 10, 31));
    assertThat(typeAndDate("hoàn thành trong đầu năm 2025", issued, false)).containsExactly("PERIOD", LocalDate.of(2025, 3, 31));
    assertThat(typeAndDate("xong trước giữa năm 2025", issued, false)).containsExactly("PERIOD", LocalDate.of(2025, 6, 30));
    assertThat(typeAndDate("từ nay đến hết năm 2025", issued, false)).containsExactly("PERIOD", LocalDate.of(2025, 12, 31));
    assertThat(typeAndDate("Năm 2025", issued, true)).containsExactly("PERIOD", LocalDate.of(2025, 12, 31));
    assertThat(typeAndDate("2025", issued, true)).containsExactly("PERIOD", LocalDate.of(2025, 12, 31));
    assertThat(typeAndDate("hoàn thành tháng 12/2024", issued, false)).containsExactly("PERIOD", LocalDate.of(2024, 12, 31));
    assertThat(typeAndDate("thời gian thực hiện: tháng 01 năm 2025", issued, false)).containsExactly("PERIOD", LocalDate.of(2025, 1, 31));
    assertThat(typeAndDate("trong tháng 12-2024", issued, false)).containsExactly("PERIOD", LocalDate.of(2024, 12, 31));
    assertThat(typeAndDate("trình Hội nghị Ban Chấp hành Đảng bộ huyện tháng 12/2024", issued, false))
        .containsExactly("PERIOD", LocalDate.of(2024, 12, 31));
    assertThat(typeAndDate("6 tháng cuối năm 2025", issued, false)).containsExactly("PERIOD", LocalDate.of(2025, 12, 31));
    // A target year of a goal is not a deadline of its own.
    assertThat(typeAndDate("phấn đấu đến năm 2030 đạt 90% chi bộ trong sạch", issued, false)).containsExactly("NONE", null);
  }

  @Test
  void relativeDeadlinesWrittenInOtherWays() {
    LocalDate issued = LocalDate.of(2024, 10, 18);
    Deadline working = DeadlineExtractor.extract("trong thời hạn 15 ngày làm việc kể từ ngày nhận được Kết luận", issued);
    assertThat(working).extracting(Deadline::type, Deadline::amount, Deadline::workingDays).containsExactly("RELATIVE", 15, true);
    assertThat(DeadlineExtractor.extract("sau 30 ngày kể từ ngày ký, báo cáo kết quả", issued))
        .extracting(Deadline::type, Deadline::date).containsExactly("RELATIVE", LocalDate.of(2024, 11, 17));
    assertThat(DeadlineExtractor.extract("chậm nhất 10 ngày sau khi có Kết luận, báo cáo", issued))
        .extracting(Deadline::type, Deadline::amount, Deadline::date).containsExactly("RELATIVE", 10, LocalDate.of(2024, 10, 28));
    assertThat(DeadlineExtractor.extract("hoàn thành trong 45 ngày.", issued))
        .extracting(Deadline::type, Deadline::amount).containsExactly("RELATIVE", 45);
    assertThat(DeadlineExtractor.extract("Trong 30 ngày kể từ ngày ban hành Kết luận", issued, true).amount()).isEqualTo(30);
    assertThat(DeadlineExtractor.extract("trong 6 tháng đầu năm 2025", issued).type()).isEqualTo("PERIOD");
  }

  @Test
  void recurringCadencesWrittenInOtherWays() {
    LocalDate issued = LocalDate.of(2024, 10, 18);
    assertThat(DeadlineExtractor.extract("định kỳ 6 tháng, năm báo cáo Ban Thường vụ", issued).cadence()).isEqualTo("HALF_YEARLY");
    assertThat(DeadlineExtractor.extract("Hằng quý", issued, true).cadence()).isEqualTo("QUARTERLY");
    assertThat(DeadlineExtractor.extract("Thường xuyên", issued, true).cadence()).isEqualTo("CONTINUOUS");
    assertThat(DeadlineExtractor.extract("báo cáo định kỳ hằng tháng", issued).cadence()).isEqualTo("MONTHLY");
    assertThat(DeadlineExtractor.extract("sơ kết, tổng kết hằng năm", issued).cadence()).isEqualTo("YEARLY");
    assertThat(DeadlineExtractor.extract("báo cáo theo định kỳ quý, 6 tháng, năm", issued).cadence()).isEqualTo("QUARTERLY");
  }

  @Test
  void withoutTheYearTheYearOfSigningOrARecurrence() {
    LocalDate issued = LocalDate.of(2024, 10, 18);
    assertThat(typeAndDate("báo cáo Ban Thường vụ trước ngày 20/12 hằng năm", issued, false)).containsExactly("RECURRING", null);
    assertThat(DeadlineExtractor.extract("báo cáo trước ngày 20/12 hằng năm", issued).cadence()).isEqualTo("YEARLY");
    assertThat(typeAndDate("hoàn thành trong tháng 12", issued, false)).containsExactly("PERIOD", LocalDate.of(2024, 12, 31));
    assertThat(typeAndDate("từ nay đến cuối năm", issued, false)).containsExactly("PERIOD", LocalDate.of(2024, 12, 31));
    assertThat(typeAndDate("phải xong trong năm nay", issued, false)).containsExactly("PERIOD", LocalDate.of(2024, 12, 31));
    assertThat(typeAndDate("Hạn hoàn thành: 30/11/2024", issued, false)).containsExactly("FIXED", LocalDate.of(2024, 11, 30));
    assertThat(typeAndDate("hạn chót 15/11", issued, false)).containsExactly("FIXED", LocalDate.of(2024, 11, 15));
  }

  @Test
  void datesInWordsWithoutTheDayWordOrTheYear() {
    LocalDate issued = LocalDate.of(2024, 10, 18);
    assertThat(typeAndDate("hoàn thành trước 30 tháng 6 năm 2025", issued, false)).containsExactly("FIXED", LocalDate.of(2025, 6, 30));
    assertThat(typeAndDate("báo cáo trước ngày 15 tháng 11", issued, false)).containsExactly("FIXED", LocalDate.of(2024, 11, 15));
    assertThat(typeAndDate("Đến năm 2025", issued, true)).containsExactly("PERIOD", LocalDate.of(2025, 12, 31));
    assertThat(typeAndDate("Cuối năm 2025", issued, true)).containsExactly("PERIOD", LocalDate.of(2025, 12, 31));
  }

  @Test
  void aRelativeDeadlineAfterAColon() {
    assertThat(DeadlineExtractor.extract("(Thời hạn: 30 ngày kể từ ngày nhận Kết luận)", LocalDate.of(2024, 10, 18)))
        .extracting(Deadline::type, Deadline::amount, Deadline::date).containsExactly("RELATIVE", 30, LocalDate.of(2024, 11, 17));
  }

  @Test
  void aRelativeDeadlineCountedFromAnotherEventHasNoDate() {
    LocalDate issued = LocalDate.of(2025, 1, 15);
    assertThat(DeadlineExtractor.extract("- Các tổ chức cơ sở đảng, trong thời hạn 30 ngày kể từ ngày Đề án được ban hành, xây "
        + "dựng kế hoạch thực hiện", issued))
        .extracting(Deadline::type, Deadline::amount, Deadline::unit, Deadline::date).containsExactly("RELATIVE", 30, "DAY", null);
    assertThat(DeadlineExtractor.extract("báo cáo trong 15 ngày sau khi ban hành Quy chế.", issued).date()).isNull();
    // This document's own issue, however it is written, still gives the date.
    assertThat(DeadlineExtractor.extract("trong 30 ngày kể từ ngày Kết luận được ban hành", issued).date())
        .isEqualTo(LocalDate.of(2025, 2, 14));
    assertThat(DeadlineExtractor.extract("trong 30 ngày kể từ ngày ký ban hành Thông báo này", issued).date())
        .isEqualTo(LocalDate.of(2025, 2, 14));
    assertThat(DeadlineExtractor.extract("gửi về Ủy ban Kiểm tra trong 30 ngày kể từ\nngày nhận được Kết luận này.", issued).date())
        .isEqualTo(LocalDate.of(2025, 2, 14));
  }

  @Test
  void countedFromReceivingSomethingElseHasNoDate() {
    LocalDate issued = LocalDate.of(2025, 1, 17);
    assertThat(DeadlineExtractor.extract("giải quyết dứt điểm trong thời hạn 30 ngày kể từ ngày nhận đơn", issued).date())
        .isNull();
    assertThat(DeadlineExtractor.extract("báo cáo trong thời hạn 30 ngày kể từ ngày nhận được Kết luận này", issued).date())
        .isEqualTo(LocalDate.of(2025, 2, 16));
  }
}
