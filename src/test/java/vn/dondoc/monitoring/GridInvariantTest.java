package vn.dondoc.monitoring;

import vn.dondoc.support.TestCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import vn.dondoc.monitoring.status.AssignmentFacts;
import vn.dondoc.monitoring.status.AssignmentStatus;
import vn.dondoc.monitoring.status.GeneratedAssignments;
import vn.dondoc.monitoring.status.GridColumn;
import vn.dondoc.monitoring.status.StatusBoundaries;
import vn.dondoc.monitoring.status.StatusSqlAgreementTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every filter, scope, grouping and as-of date over generated data: the columns add up to the row totals,
 * the rows to the totals row, each cell equals the drill-down's count and list, and both equal what the Java
 * status function says of each assignment.
 */
class GridInvariantTest {

  static final TestCalendar CALENDAR = new TestCalendar(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1));
  static final List<String> UNITS = List.of("inv-a", "inv-b", "inv-c", "inv-d");
  static final List<String> FIELDS = List.of("kinh-te", "xay-dung-dang", "van-hoa");
  static MonitoringService service;
  static MonitoringRepository repo;
  static StatusTally tally;
  static MonitoringProperties props;
  static final Map<Long, AssignmentFacts> FACTS = new HashMap<>();
  static final Map<Long, String[]> WHERE = new HashMap<>(); // id -> {conclusion, unit, field}
  static final List<Long> CONCLUSIONS = new ArrayList<>();

  @BeforeAll
  static void data() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:grid-invariant;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    StatusSqlAgreementTest.migrated(ds);
    MonitoringFixture fx = new MonitoringFixture(ds);
    UNITS.forEach(u -> fx.unit(u, "Đơn vị " + u, null));
    Random r = new Random(7);
    for (int i = 0; i < 3; i++) {
      long c = fx.conclusion(String.valueOf(100 + i), "inv-a", LocalDate.of(2024, 1, 1 + i), "Kết luận " + i);
      CONCLUSIONS.add(c);
      Map<Long, AssignmentFacts> generated = GeneratedAssignments.insert(fx, r, LocalDate.of(2024, 4, 26), 150, c,
          UNITS, FIELDS);
      FACTS.putAll(generated);
    }
    fx.jdbc().query("SELECT ta.id, ta.conclusion_id, ta.unit_code, t.field_code FROM task_assignment ta "
        + "JOIN conclusion_task t ON t.id = ta.task_id", Map.of(), rs -> {
          WHERE.put(rs.getLong(1), new String[] {String.valueOf(rs.getLong(2)), rs.getString(3), rs.getString(4)});
        });
    repo = new MonitoringRepository(new NamedParameterJdbcTemplate(ds));
    props = new MonitoringProperties();
    props.setDueSoonDays(3);
    tally = new StatusTally(ds, new DataSourceTransactionManager(ds), CALENDAR, props);
    service = new MonitoringService(repo, props, CALENDAR, null, null, null, tally);
  }

  List<MonitoringFilter> filters(LocalDate asOf) {
    List<MonitoringFilter> out = new ArrayList<>();
    out.add(MonitoringFilter.asOf(asOf));
    CONCLUSIONS.forEach(c -> out.add(MonitoringFilter.asOf(asOf).withConclusion(c)));
    UNITS.forEach(u -> out.add(MonitoringFilter.asOf(asOf).withUnit(u)));
    FIELDS.forEach(f -> out.add(MonitoringFilter.asOf(asOf).withField(f)));
    out.add(MonitoringFilter.asOf(asOf).withConclusion(CONCLUSIONS.get(1)).withUnit("inv-b").withField("kinh-te"));
    return out;
  }

  static boolean matches(long id, MonitoringFilter f, MonitoringScope s) {
    String[] w = WHERE.get(id);
    return (f.conclusionId() == null || f.conclusionId().toString().equals(w[0]))
        && (f.unit() == null || f.unit().equals(w[1])) && (f.field() == null || f.field().equals(w[2]))
        && s.sees(w[1]);
  }

  @Test
  void partsAlwaysSumToTheWholeAndMatchTheDrillDownAndTheStatusFunction() {
    List<MonitoringScope> scopes = List.of(new MonitoringScope("sup", true, List.of(), false),
        new MonitoringScope("u", false, List.of("inv-b", "inv-c"), false),
        new MonitoringScope("none", false, List.of(), false));
    int checks = 0;
    for (LocalDate asOf : List.of(LocalDate.of(2024, 4, 16), LocalDate.of(2024, 4, 26), LocalDate.of(2024, 5, 2))) {
      StatusBoundaries b = StatusBoundaries.of(asOf, 3, CALENDAR);
      // Once by scanning, once from the status tally (where it can answer): the same answers either way.
      for (boolean fromTally : new boolean[] {false, true}) {
      if (fromTally) {
        tally.rebuild(b);
      } else {
        tally.invalidate();
      }
      for (MonitoringScope scope : scopes) {
        for (MonitoringFilter f : filters(asOf)) {
          // What the status function says, row by row.
          Map<GridColumn, Long> expected = new HashMap<>();
          for (Map.Entry<Long, AssignmentFacts> e : FACTS.entrySet()) {
            AssignmentStatus s = service.statusFunction().statusOf(e.getValue(), b);
            if (s.counted() && matches(e.getKey(), f, scope)) {
              expected.merge(s.column(), 1L, Long::sum);
            }
          }
          long expectedTotal = expected.values().stream().mapToLong(Long::longValue).sum();
          for (GridGroup g : GridGroup.values()) {
            Grid grid = service.grid(g, f, scope);
            assertThat(grid.rows().stream().mapToLong(Grid.Row::total).sum()).isEqualTo(grid.totals().total());
            assertThat(grid.totals().total()).as("%s %s %s", g, f, scope).isEqualTo(expectedTotal);
            for (GridColumn c : GridColumn.values()) {
              assertThat(grid.totals().count(c)).as("%s %s %s %s", g, c, f, scope)
                  .isEqualTo(expected.getOrDefault(c, 0L));
              assertThat(grid.rows().stream().mapToLong(r -> r.count(c)).sum()).isEqualTo(grid.totals().count(c));
            }
            if (g == GridGroup.UNIT) {
              for (Grid.Row row : grid.rows()) {
                for (GridColumn c : GridColumn.values()) {
                  MonitoringFilter cell = f.withUnit(row.key()).withColumn(c);
                  MonitoringService.Page page = service.assignments(cell, scope, 0, 500);
                  assertThat(page.total()).isEqualTo(row.count(c));
                  assertThat(page.items()).hasSize((int) row.count(c))
                      .allSatisfy(a -> assertThat(a.status().column()).isEqualTo(c));
                  checks++;
                }
              }
            }
          }
          assertThat(service.assignments(f, scope, 0, 500).total()).isEqualTo(expectedTotal);
          checks++;
        }
      }
      }
    }
    assertThat(checks).isGreaterThan(300);
  }

  @Test
  void aShortInterventionListIsTheHeadOfTheLongOne() {
    List<MonitoringScope> scopes = List.of(new MonitoringScope("sup", true, List.of(), false),
        new MonitoringScope("u", false, List.of("inv-b"), false));
    int checks = 0;
    try {
      for (LocalDate asOf : List.of(LocalDate.of(2024, 4, 16), LocalDate.of(2024, 4, 26), LocalDate.of(2024, 5, 2))) {
        for (MonitoringScope scope : scopes) {
          props.setInterventionLimit(10_000);
          List<Intervention> all = service.interventions(scope, asOf);
          // Every overdue row the status function sees is listed, oldest deadline first.
          long overdue = FACTS.entrySet().stream().filter(e -> matches(e.getKey(), MonitoringFilter.asOf(asOf), scope)
              && service.statusFunction().statusOf(e.getValue(), StatusBoundaries.of(asOf, 3, CALENDAR)).column()
              == GridColumn.OVERDUE).count();
          assertThat(all.stream().filter(i -> i.kind() == Intervention.Kind.OVERDUE).count()).isEqualTo(overdue);
          for (int limit : new int[] {1, 5, (int) overdue, (int) overdue + 3}) {
            props.setInterventionLimit(Math.max(1, limit));
            assertThat(service.interventions(scope, asOf)).as("%s %s limit %s", asOf, scope, limit)
                .isEqualTo(all.subList(0, Math.min(all.size(), Math.max(1, limit))));
            checks++;
          }
        }
      }
    } finally {
      props.setInterventionLimit(50);
    }
    assertThat(checks).isEqualTo(24);
  }

  @Test
  void ageingCountsOnlyOpenOverdueAndMatchesDaysLate() {
    LocalDate asOf = LocalDate.of(2024, 5, 2);
    StatusBoundaries b = StatusBoundaries.of(asOf, 3, CALENDAR);
    MonitoringScope all = new MonitoringScope("sup", true, List.of(), false);
    long[] expected = new long[vn.dondoc.monitoring.status.Ageing.LABELS.size()];
    for (AssignmentFacts a : FACTS.values()) {
      AssignmentStatus s = service.statusFunction().statusOf(a, b);
      if (s.column() == GridColumn.OVERDUE && s.status() != vn.dondoc.monitoring.status.Status.AWAITING_REVIEW) {
        expected[vn.dondoc.monitoring.status.Ageing.bucket(s.daysLate())]++;
      }
    }
    assertThat(service.ageing(MonitoringFilter.asOf(asOf), all)).containsExactly(expected);
  }
}
