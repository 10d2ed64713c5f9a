package vn.dondoc.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import vn.dondoc.calendar.VietnamTime;

/**
 * A small, readable conclusion for the Spring and browser tests, relative to today: tasks for Ban Tổ chức
 * Huyện ủy, Đảng ủy xã Đức Phổ and Đảng ủy xã Gia Viễn in every status worth seeing.
 */
public class DemoMonitoringData {

  public final MonitoringFixture fx;
  public final long conclusionId;
  public final Map<String, Long> ids = new HashMap<>();
  public final LocalDate today = LocalDate.now(VietnamTime.ZONE);

  public DemoMonitoringData(DataSource ds) {
    fx = new MonitoringFixture(ds);
    conclusionId = fx.conclusion("1066", "hu-ct", LocalDate.of(2023, 8, 11),
        "Kết luận của Ban Thường vụ Huyện ủy về sơ kết 05 năm thực hiện Kế hoạch số 59-KH/TU");
    fx.jdbc().update("UPDATE conclusion SET monitoring_unit_code = 'hu-ct-btc', signer_authority = 'T/M BAN THƯỜNG VỤ'"
        + " WHERE id = :id", Map.of("id", conclusionId));
    LocalDate old = today.minusMonths(3);
    add("overdue-ducpho", "1", "Rà soát, kiện toàn tổ chức cơ sở đảng", "xay-dung-dang", "FIXED",
        today.minusDays(20), null, "du-ct-ducpho", Map.of("state", "IN_PROGRESS"));
    add("soon-ducpho", "2", "Xây dựng kế hoạch phát triển đảng viên năm sau", "xay-dung-dang", "FIXED",
        today.plusDays(1), null, "du-ct-ducpho", Map.of("state", "ASSIGNED"));
    add("done-ducpho", "3", "Báo cáo sơ kết công tác dân vận", "dan-van", "FIXED", today.minusDays(10), null,
        "du-ct-ducpho", Map.of("state", "COMPLETED", "completion_reported_at", MonitoringFixture.at(today.minusDays(12),
            9), "completed_on", today.minusDays(12)));
    add("late-giavien", "4", "Tổ chức hội nghị chuyên đề về kinh tế tập thể", "kinh-te", "FIXED",
        today.minusDays(30), null, "du-ct-giavien", Map.of("state", "COMPLETED", "completion_reported_at",
            MonitoringFixture.at(today.minusDays(25), 9), "completed_on", today.minusDays(25)));
    add("pending-giavien", "5", "Đề án sắp xếp đơn vị hành chính cấp xã", "kinh-te", "PENDING", null,
        "chờ Tỉnh ủy cho chủ trương", "du-ct-giavien", Map.of());
    add("recurring-btc", "7", "Thường xuyên theo dõi, đôn đốc việc thực hiện Kết luận này", "xay-dung-dang",
        "RECURRING", null, null, "hu-ct-btc", Map.of("recurring", true, "state", "IN_PROGRESS"));
    add("review-btc", "6", "Tham mưu sửa đổi quy chế làm việc", "xay-dung-dang", "FIXED", today.plusDays(60), null,
        "hu-ct-btc", Map.of("state", "AWAITING_REVIEW", "completion_reported_at",
            MonitoringFixture.at(today.minusDays(1), 10)));
    fx.extensionRequest(ids.get("overdue-ducpho"), today.plusDays(30), "PENDING",
        MonitoringFixture.at(today.minusDays(2), 9));
    fx.event(ids.get("overdue-ducpho"), conclusionId, "ASSIGNED", "Giao nhiệm vụ cho Đảng ủy xã Đức Phổ");
    fx.evidence(ids.get("late-giavien"), "12-BC/ĐU");
    // A task reassigned when a unit was merged: the old row ended, the successor's counts.
    long merged = fx.task(conclusionId, "8", "Kiện toàn chi bộ sau sáp nhập", "xay-dung-dang", "FIXED",
        today.plusDays(40), null);
    long before = fx.assignment(merged, "du-ct-namninh", Map.of("state", "REASSIGNED", "current_deadline",
        today.plusDays(40), "ended_at", MonitoringFixture.at(old, 8)));
    long after = fx.assignment(merged, "du-ct-ducpho", Map.of("state", "IN_PROGRESS", "current_deadline",
        today.plusDays(40), "assigned_at", MonitoringFixture.at(old, 8)));
    fx.jdbc().update("UPDATE task_assignment SET replaced_by_id = :a WHERE id = :b", Map.of("a", after, "b", before));
    ids.put("merged-old", before);
    ids.put("merged-ducpho", after);
  }

  private void add(String name, String ordinal, String text, String field, String type, LocalDate deadline,
      String reason, String unit, Map<String, Object> facts) {
    long task = fx.task(conclusionId, ordinal, text, field, type, deadline, reason);
    Map<String, Object> f = new HashMap<>(facts);
    f.putIfAbsent("current_deadline", deadline);
    f.putIfAbsent("original_deadline", deadline);
    f.putIfAbsent("assigned_at", MonitoringFixture.at(today.minusMonths(6), 9));
    ids.put(name, fx.assignment(task, unit, f));
  }
}
