package vn.dondoc.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 6. History growth: table sizes and row counts before and after N full lifecycles, then Camunda's removal-time
 * based history cleanup run once the history time to live (P1825D, application.yaml) has passed.
 */
final class HistoryGrowth {

  static final int N = Integer.getInteger("bench.history.n", 50);
  static final long TTL_DAYS = 1825;

  final ProcessEngine engine;
  final JdbcTemplate sql;
  final boolean postgres;
  final CycleBenchmark.Cycle cycle;

  HistoryGrowth(ProcessEngine engine, JdbcTemplate sql, boolean postgres, CycleBenchmark.Cycle cycle) {
    this.engine = engine;
    this.sql = sql;
    this.postgres = postgres;
    this.cycle = cycle;
  }

  String measure(List<Long> assignments) {
    if (postgres) {
      sql.execute("VACUUM ANALYZE");
    }
    Map<String, long[]> before = tables();
    for (int i = 0; i < N; i++) {
      cycle.dondoc(assignments.get(i));
    }
    if (postgres) {
      sql.execute("VACUUM ANALYZE");
    }
    Map<String, long[]> after = tables();
    Map<String, long[]> perGroup = new LinkedHashMap<>();
    Map<String, Long> rowsPerTable = new TreeMap<>();
    for (var e : after.entrySet()) {
      long[] b = before.getOrDefault(e.getKey(), new long[2]);
      long dBytes = e.getValue()[0] - b[0];
      long dRows = e.getValue()[1] - b[1];
      String group = group(e.getKey());
      perGroup.computeIfAbsent(group, g -> new long[2]);
      perGroup.get(group)[0] += dBytes;
      perGroup.get(group)[1] += dRows;
      if (dRows != 0) {
        rowsPerTable.put(e.getKey().toUpperCase(), dRows);
      }
    }
    StringBuilder md = new StringBuilder();
    md.append(N).append(" lifecycles (same path as section 1). Bytes are ")
        .append(postgres ? "`pg_total_relation_size` (table + indexes + TOAST) after `VACUUM ANALYZE`"
            : "H2 `DISK_SPACE_USED(table)` (table + indexes)")
        .append(", deltas divided by the number of lifecycles.\n\n");
    md.append("| Tables | bytes per lifecycle | rows per lifecycle |\n|---|---|---|\n");
    long totalBytes = 0;
    for (var e : perGroup.entrySet()) {
      md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()[0] / N).append(" | ")
          .append(BenchReport.f1(e.getValue()[1] / (double) N)).append(" |\n");
      totalBytes += e.getValue()[0];
    }
    md.append("| **total** | **").append(totalBytes / N).append("** | |\n\n");
    md.append("Rows per lifecycle by table: ");
    List<String> parts = new ArrayList<>();
    rowsPerTable.forEach((t, r) -> parts.add(t + " " + BenchReport.f1(r / (double) N)));
    md.append(String.join(", ", parts)).append(".\n\n");
    md.append(cleanup());
    return md.toString();
  }

  /** Runs the history cleanup as if the time to live had passed for every instance ended so far. */
  String cleanup() {
    long histBefore = hiRows();
    long procBefore = count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL");
    Date later = new Date(System.currentTimeMillis() + (TTL_DAYS + 2) * 86_400_000L);
    ClockUtil.setCurrentTime(later);
    int runs = 0;
    long t = System.nanoTime();
    try {
      Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
      // each execution deletes a batch per table; stop when three executions in a row removed nothing
      long last = hiRows();
      int idle = 0;
      for (; runs < 1000 && idle < 3; runs++) {
        Job current = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
        if (current == null) {
          break;
        }
        engine.getManagementService().executeJob(job.getId());
        long now = hiRows();
        idle = now < last ? 0 : idle + 1;
        last = now;
      }
    } finally {
      ClockUtil.reset();
    }
    double seconds = (System.nanoTime() - t) / 1e9;
    long procAfter = count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL");
    long histAfter = hiRows();
    long openProc = count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE END_TIME_ IS NULL");
    long detailNoRemoval = count("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE REMOVAL_TIME_ IS NULL");
    long varNoRemoval = count("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE REMOVAL_TIME_ IS NULL");
    List<String> left = new ArrayList<>();
    tables().forEach((name, v) -> {
      if (name.toUpperCase().startsWith("ACT_HI_") && v[1] > 0) {
        left.add(name.toUpperCase() + " " + v[1]);
      }
    });
    return "History cleanup (`historyService.cleanUpHistoryAsync(true)`, strategy `removalTimeBased`, TTL P1825D from"
        + " `application.yaml`, clock moved past the TTL): ended process instances in history "
        + procBefore + " → " + procAfter + ", all ACT_HI_* rows " + histBefore + " → " + histAfter
        + " (left: " + String.join(", ", left) + "; " + openProc + " process instances still running; rows"
        + " without a removal time — the operation log of identity and deployment calls at start-up, the cleanup"
        + " job's own log — are not the lifecycles' history; of these, ACT_HI_DETAIL " + detailNoRemoval
        + " and ACT_HI_VARINST " + varNoRemoval + " rows have no removal time) in " + runs + " executions of the cleanup job, " + BenchReport.f1(seconds) + " s. So Camunda's"
        + " history stays bounded at (lifecycles ended per day × 1,825 days × the bytes above) once the first"
        + " five years have passed. The business tables (task_event, progress_report, evidence, task_review, and"
        + " the assignment rows) are the product's record and are deliberately kept (history is appended, never"
        + " rewritten); the cleanup does not touch them.";
  }

  long hiRows() {
    long total = 0;
    for (var e : tables().entrySet()) {
      if (e.getKey().toUpperCase().startsWith("ACT_HI_")) {
        total += e.getValue()[1];
      }
    }
    return total;
  }

  long count(String q) {
    return sql.queryForObject(q, Long.class);
  }

  static String group(String table) {
    String t = table.toUpperCase();
    if (t.startsWith("ACT_HI_")) {
      return "Camunda history (ACT_HI_*)";
    }
    if (t.startsWith("ACT_RU_")) {
      return "Camunda runtime (ACT_RU_*)";
    }
    if (t.startsWith("ACT_")) {
      return "Camunda other (ACT_GE_*, ACT_RE_*, ...)";
    }
    return "DonDoc business tables";
  }

  /** name → {bytes, rows}. */
  Map<String, long[]> tables() {
    Map<String, long[]> m = new TreeMap<>();
    List<String> names = postgres
        ? sql.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", String.class)
        : sql.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
            + " AND TABLE_TYPE = 'BASE TABLE'", String.class);
    for (String name : names) {
      if (name.startsWith("flyway")) {
        continue;
      }
      long bytes = postgres
          ? sql.queryForObject("SELECT pg_total_relation_size(?::regclass)", Long.class, "public.\"" + name + "\"")
          : sql.queryForObject("SELECT DISK_SPACE_USED(?)", Long.class, name);
      long rows = sql.queryForObject("SELECT COUNT(*) FROM \"" + name + "\"", Long.class);
      m.put(name, new long[] {bytes, rows});
    }
    return m;
  }
}
