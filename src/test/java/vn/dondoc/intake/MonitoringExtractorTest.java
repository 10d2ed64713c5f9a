package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonitoringExtractorTest {

  @Test
  void theCanonicalClause() {
    MonitoringClause m = MonitoringExtractor.extract("7", "Giao Ban Tổ chức Huyện ủy chủ trì phối hợp với các cơ quan tham mưu, "
        + "giúp việc Huyện ủy thường xuyên theo dõi, đôn đốc việc thực hiện Kết luận này; định kỳ báo cáo Thường trực, "
        + "Ban Thường vụ Huyện ủy.", UnitRef::unmatched);
    assertThat(m.ordinal()).isEqualTo("7");
    assertThat(m.leadUnit().phrase()).isEqualTo("Ban Tổ chức Huyện ủy");
    assertThat(m.coordinatingUnits()).extracting(UnitRef::phrase).containsExactly("các cơ quan tham mưu, giúp việc Huyện ủy");
    assertThat(m.reportTo()).extracting(UnitRef::phrase).containsExactly("Thường trực", "Ban Thường vụ Huyện ủy");
    assertThat(m.cadence()).isEqualTo("PERIODIC");
  }

  @Test
  void withoutChuTriAndWithACadence() {
    MonitoringClause m = MonitoringExtractor.extract(null, "Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Thông "
        + "báo kết luận này; hằng quý báo cáo Thường trực Huyện ủy.", UnitRef::unmatched);
    assertThat(m.leadUnit().phrase()).isEqualTo("Văn phòng Huyện ủy");
    assertThat(m.coordinatingUnits()).isEmpty();
    assertThat(m.reportTo()).extracting(UnitRef::phrase).containsExactly("Thường trực Huyện ủy");
    assertThat(m.cadence()).isEqualTo("QUARTERLY");
  }

  @Test
  void notAMonitoringClause() {
    assertThat(MonitoringExtractor.extract("1", "Cấp ủy cơ sở thường xuyên theo dõi, chỉ đạo các chi bộ.", UnitRef::unmatched))
        .isNull();
    assertThat(MonitoringExtractor.isMonitoringClause("Đảng viên phải tập trung chỉ đạo công tác.")).isFalse();
  }

  @Test
  void followingUpThisDocumentWithoutDonDoc() {
    MonitoringClause m = MonitoringExtractor.extract(null, "Giao Văn phòng Tỉnh ủy theo dõi việc thực hiện Kết luận này, "
        + "báo cáo Thường trực Tỉnh ủy.", UnitRef::unmatched);
    assertThat(m.leadUnit().phrase()).isEqualTo("Văn phòng Tỉnh ủy");
    assertThat(m.reportTo()).extracting(UnitRef::phrase).containsExactly("Thường trực Tỉnh ủy");
    // Following up something else is a task, not the follow-up of this conclusion.
    assertThat(MonitoringExtractor.isMonitoringClause("Giao Ban Tổ chức Huyện ủy theo dõi việc thực hiện quy chế dân chủ.")).isFalse();
  }

  @Test
  void aTaskThatFollowsUpOtherBodiesIsNotTheClauseOfThisConclusion() {
    assertThat(MonitoringExtractor.isMonitoringClause("Ủy ban Kiểm tra Huyện ủy Cát Tiên thường xuyên theo dõi, đôn đốc các tổ "
        + "chức đảng, đảng viên khắc phục hạn chế, khuyết điểm sau kiểm tra; báo cáo kết quả định kỳ 6 tháng.")).isFalse();
    MonitoringClause m = MonitoringExtractor.extract(null, "Giao Vụ Địa bàn số 2, Ủy ban Kiểm tra Tỉnh ủy theo dõi, đôn đốc việc "
        + "thực hiện Kết luận này.", UnitRef::unmatched);
    assertThat(m.leadUnit().phrase()).isEqualTo("Vụ Địa bàn số 2, Ủy ban Kiểm tra Tỉnh ủy");
    assertThat(m.coordinatingUnits()).isEmpty();
  }

  @Test
  void otherWaysOfAssigningTheFollowUp() {
    MonitoringClause m = MonitoringExtractor.extract(null, "Văn phòng Huyện ủy có trách nhiệm theo dõi, tổng hợp, báo cáo kết "
        + "quả thực hiện Thông báo kết luận này về Thường trực Huyện ủy.", UnitRef::unmatched);
    assertThat(m.leadUnit().phrase()).isEqualTo("Văn phòng Huyện ủy");
    assertThat(m.reportTo()).extracting(UnitRef::phrase).containsExactly("Thường trực Huyện ủy");
    MonitoringClause k = MonitoringExtractor.extract(null, "Giao Ủy ban Kiểm tra Huyện ủy kiểm tra, giám sát việc thực hiện Kết "
        + "luận này.", UnitRef::unmatched);
    assertThat(k.leadUnit().phrase()).isEqualTo("Ủy ban Kiểm tra Huyện ủy");
    assertThat(MonitoringExtractor.opensMonitoringClause("Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện Kết luận này."))
        .isTrue();
    // Supervising something else is a task.
    assertThat(MonitoringExtractor.isMonitoringClause("Giao Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện quy chế dân chủ."))
        .isFalse();
  }

  @Test
  void committeesSupervisingTheirOwnImplementationAreNotTheFollowUp() {
    assertThat(MonitoringExtractor.isMonitoringClause("Các cấp ủy tổ chức quán triệt và kiểm tra, giám sát việc thực hiện Kết "
        + "luận này.")).isFalse();
    assertThat(MonitoringExtractor.isMonitoringClause("Ủy ban Kiểm tra Huyện ủy có trách nhiệm kiểm tra, giám sát việc thực "
        + "hiện Kết luận này.")).isTrue();
  }

  @Test
  void theDocumentNamedWithoutNay() {
    MonitoringClause m = MonitoringExtractor.extract(null, "Văn phòng Huyện ủy theo dõi, tổng hợp tình hình thực hiện Kết luận, "
        + "báo cáo Ban Thường vụ Huyện ủy.", UnitRef::unmatched);
    assertThat(m.leadUnit().phrase()).isEqualTo("Văn phòng Huyện ủy");
    assertThat(m.reportTo()).extracting(UnitRef::phrase).containsExactly("Ban Thường vụ Huyện ủy");
    assertThat(MonitoringExtractor.isMonitoringClause("Giao Ban Tuyên giáo Huyện ủy theo dõi, tổng hợp tình hình thực hiện Kết "
        + "luận số 21-KL/TW của Bộ Chính trị.")).isFalse();
  }

  @Test
  void theFollowUpAskedOfAUnit() {
    MonitoringClause m = MonitoringExtractor.extract(null, "Đề nghị Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện Kết luận này.",
        UnitRef::unmatched);
    assertThat(m.leadUnit().phrase()).isEqualTo("Ủy ban Kiểm tra Huyện ủy");
    assertThat(MonitoringExtractor.isMonitoringClause("Đề nghị các chi bộ kiểm tra, giám sát việc thực hiện Kết luận này.")).isFalse();
  }
}
