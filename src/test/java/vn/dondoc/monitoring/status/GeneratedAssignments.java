package vn.dondoc.monitoring.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.dondoc.monitoring.MonitoringFixture;

/** Random but reproducible assignment facts around a reference date, biased towards the status boundaries. */
public final class GeneratedAssignments {

  static final List<String> STATES = List.of("ASSIGNED", "IN_PROGRESS", "AWAITING_REVIEW", "REWORK", "COMPLETED",
      "RETURNED_AS_WRONG", "REASSIGNED", "CLOSED");
  static final List<String> TYPES = List.of("FIXED", "RELATIVE", "PERIOD", "RECURRING", "PENDING", "NONE");

  private GeneratedAssignments() {}

  static LocalDate near(Random r, LocalDate ref) {
    return ref.plusDays(r.nextInt(21) - 10);
  }

  static OffsetDateTime instantNear(Random r, LocalDate ref) {
    // Hours in several offsets so that the Vietnamese date of an instant is exercised at midnight.
    return near(r, ref).atTime(r.nextInt(24), r.nextBoolean() ? 0 : 59)
        .atOffset(r.nextBoolean() ? ZoneOffset.ofHours(7) : ZoneOffset.UTC);
  }

  /** Inserts {@code count} tasks with one assignment each and returns their facts by assignment id. */
  public static Map<Long, AssignmentFacts> insert(MonitoringFixture fx, Random r, LocalDate ref, int count,
      long conclusionId, List<String> units, List<String> fields) {
    Map<Long, AssignmentFacts> out = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String type = TYPES.get(r.nextInt(TYPES.size()));
      LocalDate deadline = r.nextInt(8) == 0 ? null : near(r, ref);
      String reason = r.nextBoolean() ? "chờ đề án" : null;
      long taskId = fx.task(conclusionId, String.valueOf(i + 1), "Nhiệm vụ thử " + i, fields.get(r.nextInt(
          fields.size())), type, deadline, reason);
      String state = STATES.get(r.nextInt(STATES.size()));
      boolean recurring = r.nextInt(10) == 0;
      OffsetDateTime assignedAt = r.nextInt(6) == 0 ? instantNear(r, ref) : MonitoringFixture.at(ref.minusDays(60), 9);
      OffsetDateTime reported = r.nextBoolean() ? instantNear(r, ref) : null;
      LocalDate completedOn = r.nextBoolean() ? near(r, ref) : null;
      OffsetDateTime ended = r.nextInt(4) == 0 ? instantNear(r, ref) : null;
      Map<String, Object> facts = new HashMap<>();
      facts.put("state", state);
      facts.put("recurring", recurring);
      facts.put("original_deadline", deadline);
      facts.put("current_deadline", deadline);
      facts.put("assigned_at", assignedAt);
      facts.put("completion_reported_at", reported);
      facts.put("completed_on", completedOn);
      facts.put("ended_at", ended);
      String unit = units.get(r.nextInt(units.size()));
      long id = fx.assignment(taskId, unit, facts);
      out.put(id, new AssignmentFacts(state, recurring, type, reason, deadline, assignedAt, reported, completedOn,
          ended));
    }
    return out;
  }
}
