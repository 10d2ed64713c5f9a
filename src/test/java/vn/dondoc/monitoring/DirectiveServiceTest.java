package vn.dondoc.monitoring;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dondoc.platform.ApiException;
import vn.dondoc.support.DonDocSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database part of a directive: the row, the event, and what the history shows. */
@DonDocSpringTest
class DirectiveServiceTest {

  @Autowired DataSource dataSource;
  @Autowired DirectiveService directives;
  @Autowired MonitoringService monitoring;

  @Test
  void recordsTheDirectiveAndItsEventInTheHistory() {
    DemoMonitoringData data = new DemoMonitoringData(dataSource);
    long id = data.ids.get("overdue-ducpho");
    MonitoringScope leader = new MonitoringScope("cv-hu-ct-tt", true, List.of(), true);
    DirectiveService.Issued issued = directives.record(id, "Tập trung hoàn thành, báo cáo trước ngày 15", null,
        leader);
    Map<String, Object> row = data.fx.jdbc().queryForMap("SELECT * FROM directive WHERE id = :id",
        Map.of("id", issued.directiveId()));
    assertThat(row.get("UNIT_CODE") != null ? row.get("UNIT_CODE") : row.get("unit_code")).isEqualTo("du-ct-ducpho");
    AssignmentRow a = monitoring.assignment(id, leader);
    assertThat(monitoring.history(a)).extracting(HistoryEntry::kind).contains("Chỉ đạo", "Sự kiện DIRECTIVE_ISSUED");
    MonitoringScope unitUser = new MonitoringScope("cv-du-ct-ducpho", false, List.of("du-ct-ducpho"), false);
    assertThatThrownBy(() -> directives.record(id, "x", null, unitUser)).isInstanceOf(ApiException.class)
        .extracting("code").isEqualTo("DIRECTIVE_NOT_ALLOWED");
    assertThatThrownBy(() -> directives.record(data.ids.get("done-ducpho"), "x", null, leader))
        .extracting("code").isEqualTo("DIRECTIVE_TASK_CLOSED");
    assertThatThrownBy(() -> directives.record(id, "x", data.today.minusDays(1), leader))
        .extracting("code").isEqualTo("DIRECTIVE_DUE_IN_PAST");
  }
}
