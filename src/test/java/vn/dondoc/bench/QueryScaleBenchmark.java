package vn.dondoc.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dondoc.monitoring.Grid;
import vn.dondoc.monitoring.GridGroup;
import vn.dondoc.monitoring.MonitoringFilter;
import vn.dondoc.monitoring.MonitoringScope;
import vn.dondoc.monitoring.MonitoringService;
import vn.dondoc.monitoring.StatusTally;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 3. Query latency at scale, on PostgreSQL with the real application. Business data is generated straight into the
 * V2 tables (300 units, 100 assignments per conclusion = 1,000 conclusions at 100k, 10 lead units per task, each
 * unit 1%–10% overdue, ~45% completed, 10% recurring); the dashboard grid and the "cần can thiệp hôm nay" list are
 * the monitoring feature's own MonitoringService calls. Open Camunda tasks are user tasks of a trivial process,
 * candidate groups spread over the 300 units (one Camunda group each); a unit user asks /engine-rest/task and
 * /engine-rest/task/count over HTTP with Basic auth and Camunda authorization on.
 */
class QueryScaleBenchmark {

  static final int UNITS = 300;
  static final String USER = "cv-bench-u17";
  static final int WARMUP = 5;
  static final int SAMPLES = Integer.getInteger("bench.query.samples", 40);
  static final List<Integer> ASSIGNMENTS = sizes("bench.query.assignments", "10000,100000,1000000");
  static final List<Integer> OPEN_TASKS = sizes("bench.query.tasks", "10000,100000");
  static final Map<String, String> ROWS = new LinkedHashMap<>();
  static final Map<String, String> TASK_ROWS = new LinkedHashMap<>();

  static List<Integer> sizes(String property, String def) {
    List<Integer> out = new ArrayList<>();
    for (String s : System.getProperty(property, def).split(",")) {
      if (!s.isBlank()) {
        out.add(Integer.parseInt(s.trim()));
      }
    }
    return out;
  }

  @Test
  void latencyAtScale() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
        .setServerConfig("shared_buffers", "256MB").setServerConfig("work_mem", "16MB").start()) {
      try (ConfigurableApplicationContext ctx = DonDocApp.start(pg.getJdbcUrl("postgres", "postgres"), "postgres",
          "postgres", false, Map.of("spring.datasource.driver-class-name", "org.postgresql.Driver"))) {
        JdbcTemplate sql = new JdbcTemplate(ctx.getBean(javax.sql.DataSource.class));
        ProcessEngine engine = ctx.getBean(ProcessEngine.class);
        units(sql, engine.getIdentityService());
        MonitoringService monitoring = ctx.getBean(MonitoringService.class);
        StatusTally tally = ctx.getBean(StatusTally.class);
        LocalDate today = monitoring.today();
        MonitoringScope all = new MonitoringScope("tb-hu-ct-btc", true, List.of(), true);
        MonitoringScope oneUnit = new MonitoringScope(USER, false, List.of("bench-u17"), false);
        MonitoringFilter f = MonitoringFilter.asOf(today);
        int have = 0;
        for (int size : ASSIGNMENTS) {
          long t = System.nanoTime();
          generate(sql, have, size, today);
          double genSeconds = (System.nanoTime() - t) / 1e9;
          have = size;
          // Generated straight into the tables, past FollowupStore: rebuild the status tally as the nightly pass would.
          long r0 = System.nanoTime();
          tally.rebuild(tally.todayBoundaries());
          double rebuildSeconds = (System.nanoTime() - r0) / 1e9;
          Grid g = monitoring.grid(GridGroup.UNIT, f, all);
          Grid scanned = scanGrid(monitoring, ctx, f, all);
          assertThat(g).isEqualTo(scanned);
          assertThat(g.totals().total()).isEqualTo(size);
          double[] dash = time(() -> {
            monitoring.grid(GridGroup.CONCLUSION, f, all);
            return monitoring.grid(GridGroup.UNIT, f, all);
          });
          double[] inter = time(() -> monitoring.interventions(all, today));
          double[] unitDash = time(() -> {
            monitoring.grid(GridGroup.CONCLUSION, f, oneUnit);
            return monitoring.grid(GridGroup.UNIT, f, oneUnit);
          });
          double[] unitInter = time(() -> monitoring.interventions(oneUnit, today));
          // Everything DashboardController#dashboard computes for a supervisor's page.
          double[] page = time(() -> {
            monitoring.grid(GridGroup.CONCLUSION, f, all);
            monitoring.grid(GridGroup.UNIT, f, all);
            monitoring.interventions(f, all);
            monitoring.dataQuality(f, all);
            return monitoring.ageing(f, all);
          });
          double dashTarget = size <= 100_000 ? 100 : 500;
          String target = size == 100_000 ? " (< 100 ms: " + BenchReport.ok(dash[1] < 100) + ")"
              : size == 1_000_000 ? " (< 500 ms: " + BenchReport.ok(dash[1] < 500) + ")" : "";
          ROWS.put(String.valueOf(size), "| " + String.format("%,d", size) + " | " + String.format("%,d", size / 100)
              + " | " + ms(dash) + target + " | " + ms(inter) + " | " + ms(unitDash) + " | " + ms(unitInter) + " | "
              + ms(page) + " | " + BenchReport.f1(genSeconds) + " | " + BenchReport.f1(rebuildSeconds) + " |");
          write();
          assertThat(dashTarget).isPositive();
        }

        deployOpenTasksProcess(engine);
        int port = DonDocApp.port(ctx);
        int open = 0;
        for (int size : OPEN_TASKS) {
          long t = System.nanoTime();
          // two creator threads (the machine has two cores), 5,000 tasks per process instance
          java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger(open);
          List<Thread> creators = new ArrayList<>();
          for (int i = 0; i < 2; i++) {
            Thread th = new Thread(() -> {
              int from;
              while ((from = next.getAndAdd(5_000)) < size) {
                engine.getRuntimeService().startProcessInstanceByKey("bench-open-tasks",
                    Map.of("n", Math.min(5_000, size - from), "offset", from));
              }
            });
            th.start();
            creators.add(th);
          }
          for (Thread th : creators) {
            th.join();
          }
          open = size;
          double genSeconds = (System.nanoTime() - t) / 1e9;
          sql.execute("ANALYZE");
          long visible = engine.getTaskService().createTaskQuery().taskCandidateGroup("bench-u17").count();
          HttpClient http = HttpClient.newHttpClient();
          String base = "http://localhost:" + port + "/engine-rest";
          String countBody = http(http, base + "/task/count", "{}");
          assertThat(countBody).contains("\"count\":" + visible);
          double[] list = time(() -> http(http, base + "/task?firstResult=0&maxResults=15",
              "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"));
          double[] count = time(() -> http(http, base + "/task/count", "{}"));
          // what Tasklist itself sends for this user: the list and the count of DonDoc's first filter
          String filterId = engine.getFilterService().createFilterQuery()
              .filterName(vn.dondoc.followup.TasklistFilters.UNIT_WORK).singleResult().getId();
          assertThat(http(http, base + "/filter/" + filterId + "/count", "{}")).contains("\"count\":" + visible);
          double[] filterList = time(() -> http(http, base + "/filter/" + filterId + "/list?firstResult=0&maxResults=15",
              "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"));
          double[] filterCount = time(() -> http(http, base + "/filter/" + filterId + "/count", "{}"));
          // baseline: the same authorized query through the Java API (no HTTP, no Spring Security)
          IdentityService identity = engine.getIdentityService();
          double[] api = time(() -> {
            identity.setAuthentication(USER, List.of("bench-u17"));
            try {
              return engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 15);
            } finally {
              identity.clearAuthentication();
            }
          });
          String target100k = size == 100_000 ? " (< 200 ms: %s)" : "";
          TASK_ROWS.put(String.valueOf(size), "| " + String.format("%,d", size) + " | " + visible + " | "
              + ms(filterList) + target100k.formatted(BenchReport.ok(filterList[1] < 200)) + " | " + ms(filterCount)
              + " | " + ms(list) + target100k.formatted(BenchReport.ok(list[1] < 200)) + " | " + ms(count) + " | "
              + ms(api) + " | " + BenchReport.f1(genSeconds) + " |");
          write();
        }
      }
    }
  }

  /** The same grid computed by scanning (tally switched off for the call). */
  static Grid scanGrid(MonitoringService monitoring, ConfigurableApplicationContext ctx, MonitoringFilter f,
      MonitoringScope scope) {
    vn.dondoc.monitoring.MonitoringProperties props = ctx.getBean(vn.dondoc.monitoring.MonitoringProperties.class);
    props.setTallyEnabled(false);
    try {
      return monitoring.grid(GridGroup.UNIT, f, scope);
    } finally {
      props.setTallyEnabled(true);
    }
  }

  static String http(HttpClient http, String url, String body) {
    try {
      HttpRequest req = HttpRequest.newBuilder(URI.create(url))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":demo")
              .getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
      if (res.statusCode() != 200) {
        throw new IllegalStateException(url + " → " + res.statusCode() + " " + res.body());
      }
      return res.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {p50, p95} in ms. */
  static double[] time(Supplier<?> query) {
    for (int i = 0; i < WARMUP; i++) {
      query.get();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      long t = System.nanoTime();
      query.get();
      ms.add((System.nanoTime() - t) / 1e6);
    }
    return new double[] {BenchReport.pct(ms, 50), BenchReport.pct(ms, 95)};
  }

  static String ms(double[] v) {
    return BenchReport.f1(v[0]) + " / " + BenchReport.f1(v[1]);
  }

  static void write() {
    StringBuilder md = new StringBuilder("""
        ## 3. Query latency at scale (PostgreSQL, real application)

        Generated straight into the V2 tables: 300 units, 100 assignments per conclusion (1,000 conclusions at 100k),
        10 lead units per task, per unit 1%%–10%% of assignments open past their deadline, ~45%% completed, ~5%% awaiting
        review, 10%% recurring, evidence for most completions, 0.5%% pending extension requests; `ANALYZE` after each
        step. Dashboard = the grid by conclusion and the grid by unit (`MonitoringService#grid`), read from the status
        tally (counts per conclusion / unit / field as of today, kept by every FollowupStore write; rebuilt after the
        generation, as the nightly pass does — "tally rebuild s"; each grid is checked equal to the scan's first);
        intervention list = `MonitoringService#interventions` ("cần can thiệp hôm nay"); whole page = everything
        `/dashboard` computes for a supervisor (both grids, interventions, data-quality panel, ageing chart).
        Supervisor = all units; unit = one unit's slice. p50 / p95 in ms over %d calls after %d warm-up calls.

        | assignments | conclusions | dashboard, supervisor | interventions, supervisor | dashboard, one unit | interventions, one unit | whole page, supervisor | data generation s | tally rebuild s |
        |---|---|---|---|---|---|---|---|---|
        """.formatted(SAMPLES, WARMUP));
    ROWS.values().forEach(r -> md.append(r).append('\n'));
    md.append("""

        No baseline: bare Camunda has no dashboard. The queries read only the product's tables, so their cost does not
        depend on the number of Camunda tasks.

        ### Tasklist query of a unit user (Camunda REST with authorization)

        N open user tasks of a trivial process (`bench-open-tasks`, multi-instance, candidate group
        `bench-u<i %% 300>`); user `cv-bench-u17`, member of one unit, sees 1/300 of them. Over HTTP with Basic auth
        through DonDoc's security chain. Tasklist's own requests for this user: `POST /engine-rest/filter/{id}/list`
        (15 tasks, newest first, as Tasklist sorts by default) and `/filter/{id}/count` of DonDoc's first filter
        "Việc của đơn vị" (candidate groups = the user's groups, plus tasks assigned to them). A program's
        unfiltered call: `POST /engine-rest/task?maxResults=15` sorted the same way and `POST /engine-rest/task/count`.
        Baseline: the unfiltered list through the Java API with the same authorization (no HTTP, no Spring
        Security). p50 / p95 ms.

        | open tasks | visible to the user | Tasklist list (`/filter/{id}/list`) | Tasklist count (`/filter/{id}/count`) | unfiltered `/task` list | unfiltered `/task/count` | Java API baseline (unfiltered list) | creation s |
        |---|---|---|---|---|---|---|---|
        """.replace("%%", "%"));
    TASK_ROWS.values().forEach(r -> md.append(r).append('\n'));
    BenchReport.section("3-queries", md.toString());
  }

  static void units(JdbcTemplate sql, IdentityService identity) {
    unitGroups(sql, identity);
    User u = identity.newUser(USER);
    u.setFirstName("Chuyên viên");
    u.setLastName("Đảng ủy 17");
    u.setPassword("demo");
    identity.saveUser(u);
    identity.createMembership(USER, "bench-u17");
  }

  /** The 300 bench units: org_unit rows (BASE_COMMITTEE under hu-ct) and a Camunda group (type UNIT) each. */
  static void unitGroups(JdbcTemplate sql, IdentityService identity) {
    sql.update("INSERT INTO org_unit (code, name, kind, level_code, parent_code, valid_from, created_at)"
        + " SELECT 'bench-u' || g, 'Đảng ủy đo hiệu năng ' || g, 'BASE_COMMITTEE', 'CS', 'hu-ct', DATE '2020-01-01',"
        + " now() FROM generate_series(0, " + (UNITS - 1) + ") g");
    for (int i = 0; i < UNITS; i++) {
      Group g = identity.newGroup("bench-u" + i);
      g.setName("Đảng ủy đo hiệu năng " + i);
      g.setType("UNIT");
      identity.saveGroup(g);
    }
  }

  /** Adds assignments (from, to] with their conclusions and tasks. */
  static void generate(JdbcTemplate sql, int from, int to, LocalDate today) {
    String d = "DATE '" + today + "'";
    int c0 = from / 100 + 1;
    int c1 = to / 100;
    sql.update("INSERT INTO conclusion (business_key, doc_number, type_code, issuer_code, issuer_unit_code,"
        + " issued_date, title, lifecycle_state, monitoring_unit_code, report_cadence, created_at)"
        + " SELECT 'B' || g || '-KL/HU@2025-01-01', 'B' || g, 'KL', 'HU', 'hu-ct', DATE '2025-01-01' + (g % 600),"
        + " 'Kết luận của Ban Thường vụ số ' || g, 'ISSUED', 'hu-ct-btc', 'QUARTERLY', now()"
        + " FROM generate_series(" + c0 + ", " + c1 + ") g");
    int t0 = from / 10 + 1;
    int t1 = to / 10;
    sql.update("INSERT INTO conclusion_task (conclusion_id, ordinal, task_text, field_code, deadline_type,"
        + " deadline_date, cadence, created_at)"
        + " SELECT c.id, ((g - 1) % 10 + 1)::text, 'Nhiệm vụ ' || g || ': tiếp tục quán triệt, triển khai thực hiện',"
        + " 'f' || (g % 12), CASE WHEN g % 10 = 0 THEN 'RECURRING' ELSE 'FIXED' END,"
        + " CASE WHEN g % 10 = 0 THEN NULL ELSE " + d + " + 30 END, 'MONTHLY', now()"
        + " FROM generate_series(" + t0 + ", " + t1 + ") g"
        + " JOIN conclusion c ON c.business_key = 'B' || ((g - 1) / 10 + 1) || '-KL/HU@2025-01-01'");
    // r: a stable pseudo-random 0..999 per assignment; rate: the unit's overdue share in per mille (10..100)
    sql.update("INSERT INTO task_assignment (task_id, conclusion_id, unit_code, business_key, state, recurring,"
        + " original_deadline, current_deadline, assigned_at, accepted_at, completion_reported_at, completed_at,"
        + " completed_on, quality_grade)"
        + " SELECT id, conclusion_id, unit, bk,"
        + "  CASE WHEN rec THEN 'IN_PROGRESS' WHEN r < rate THEN 'IN_PROGRESS' WHEN r < 450 THEN 'COMPLETED'"
        + "   WHEN r < 500 THEN 'AWAITING_REVIEW' WHEN r < 600 THEN 'ASSIGNED' ELSE 'IN_PROGRESS' END,"
        + "  rec, dl, dl, TIMESTAMPTZ '2025-02-01 09:00+07', TIMESTAMPTZ '2025-02-03 09:00+07',"
        + "  CASE WHEN NOT rec AND r >= rate AND r < 450 THEN (dl - 3)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'"
        + "   WHEN NOT rec AND r >= 450 AND r < 500 THEN (" + d + " - 2)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' END,"
        + "  CASE WHEN NOT rec AND r >= rate AND r < 450 THEN (dl - 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' END,"
        + "  CASE WHEN NOT rec AND r >= rate AND r < 450 THEN dl - 3 END,"
        + "  CASE WHEN NOT rec AND r >= rate AND r < 450 THEN 'GOOD' END"
        + " FROM (SELECT t.id, t.conclusion_id, 'bench-u' || u.i AS unit,"
        + "   'B' || t.conclusion_id || '#' || t.id || '@bench-u' || u.i AS bk, t.deadline_type = 'RECURRING' AS rec,"
        + "   x.r, 10 + (u.i % 10) * 10 AS rate,"
        + "   CASE WHEN t.deadline_type = 'RECURRING' THEN NULL"
        + "    WHEN x.r < 10 + (u.i % 10) * 10 THEN " + d + " - (1 + x.r % 60)"
        + "    WHEN x.r < 450 THEN " + d + " - (x.r % 300)"
        + "    ELSE " + d + " + (1 + x.r % 200) END AS dl"
        + "  FROM conclusion_task t CROSS JOIN generate_series(0, 9) k"
        + "  CROSS JOIN LATERAL (SELECT ((t.id * 7 + k * 31) % " + UNITS + ")::int AS i) u"
        + "  CROSS JOIN LATERAL (SELECT (((t.id * 10 + k) * 7919) % 1000)::int AS r) x"
        + "  WHERE t.id IN (SELECT id FROM conclusion_task ORDER BY id DESC LIMIT " + (t1 - t0 + 1) + ")) s");
    sql.update("INSERT INTO evidence (assignment_id, document_number, document_date, submitted_at, submitted_by)"
        + " SELECT id, id || '-BC', CAST(completion_reported_at AS DATE), completion_reported_at, 'cv' FROM task_assignment"
        + " WHERE id > (SELECT COALESCE(MAX(assignment_id), 0) FROM evidence) AND completion_reported_at IS NOT NULL"
        + " AND id % 20 <> 0");
    sql.update("INSERT INTO extension_request (assignment_id, reason, current_deadline, proposed_date, requested_at,"
        + " requested_by, decision) SELECT id, 'Cần thêm thời gian khảo sát', current_deadline, current_deadline + 30,"
        + " now(), 'cv', 'PENDING' FROM task_assignment WHERE id > (SELECT COALESCE(MAX(assignment_id), 0)"
        + " FROM extension_request) AND state = 'IN_PROGRESS' AND current_deadline IS NOT NULL AND id % 200 = 7");
    sql.execute("ANALYZE");
  }

  static void deployOpenTasksProcess(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("bench-open-tasks").addModelInstance("bench-open-tasks.bpmn",
        Bpmn.createExecutableProcess("bench-open-tasks").name("Đo hiệu năng: việc đang mở")
            .camundaHistoryTimeToLive(1825).startEvent()
            .userTask("work").name("Việc của đơn vị").camundaCandidateGroups("bench-u${(offset + loopCounter) % 300}")
            .camundaDueDate("${dateTime().plusDays((offset + loopCounter) % 90).toDate()}")
            .multiInstance().parallel().cardinality("${n}").multiInstanceDone()
            .endEvent().done())
        .deploy();
  }
}
