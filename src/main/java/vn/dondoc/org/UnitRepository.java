package vn.dondoc.org;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the {@code org_unit} tables. */
@Repository
public class UnitRepository {

  private static final String SELECT = "SELECT code, name, short_name, kind, level_code, parent_code, valid_from, "
      + "valid_to, successor_code FROM org_unit";

  private final JdbcClient jdbc;

  public UnitRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Unit> findAll() {
    return withAliases(jdbc.sql(SELECT + " ORDER BY code").query(this::mapRow).list());
  }

  public Optional<Unit> findByCode(String code) {
    return withAliases(jdbc.sql(SELECT + " WHERE code = ?").param(code).query(this::mapRow).list())
        .stream().findFirst();
  }

  public List<Unit> findChildren(String parentCode) {
    return withAliases(jdbc.sql(SELECT + " WHERE parent_code = ? ORDER BY code").param(parentCode)
        .query(this::mapRow).list());
  }

  public boolean exists(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = ?").param(code).query(Integer.class).single() > 0;
  }

  public void insert(Unit unit, String actor) {
    jdbc.sql("INSERT INTO org_unit (code, name, short_name, kind, level_code, parent_code, valid_from, valid_to, "
            + "successor_code, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
        .params(unit.code(), unit.name(), unit.shortName(), unit.kind().name(), unit.levelCode(), unit.parentCode(),
            Date.valueOf(unit.validFrom()), unit.validTo() == null ? null : Date.valueOf(unit.validTo()),
            unit.successorCode(), OffsetDateTime.now(), actor)
        .update();
    for (String alias : unit.aliases()) {
      jdbc.sql("INSERT INTO org_unit_alias (unit_code, alias) VALUES (?, ?)").params(unit.code(), alias).update();
    }
    recordEvent(unit.code(), "CREATED", unit.validFrom(), null, null, actor);
  }

  /** Ends a unit's validity; its history (tasks, assignments) keeps pointing at it. */
  public void end(String code, LocalDate lastDay, String successorCode, String eventType, String note, String actor) {
    jdbc.sql("UPDATE org_unit SET valid_to = ?, successor_code = ? WHERE code = ?")
        .params(Date.valueOf(lastDay), successorCode, code).update();
    recordEvent(code, eventType, lastDay, successorCode, note, actor);
  }

  public void recordEvent(String code, String type, LocalDate on, String successor, String note, String actor) {
    jdbc.sql("INSERT INTO org_unit_event (unit_code, event_type, effective_on, successor_code, note, recorded_at, "
            + "recorded_by) VALUES (?,?,?,?,?,?,?)")
        .params(code, type, Date.valueOf(on), successor, note, OffsetDateTime.now(), actor).update();
  }

  public List<Map<String, Object>> events(String code) {
    return jdbc.sql("SELECT event_type, effective_on, successor_code, note, recorded_at, recorded_by "
        + "FROM org_unit_event WHERE unit_code = ? ORDER BY id").param(code).query().listOfRows();
  }

  private List<Unit> withAliases(List<Unit> units) {
    if (units.isEmpty()) {
      return units;
    }
    Map<String, List<String>> aliases = new HashMap<>();
    jdbc.sql("SELECT unit_code, alias FROM org_unit_alias ORDER BY unit_code, alias").query(rs -> {
      aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
    });
    return units.stream().map(u -> new Unit(u.code(), u.name(), u.shortName(), u.kind(), u.levelCode(),
        u.parentCode(), u.validFrom(), u.validTo(), u.successorCode(),
        List.copyOf(aliases.getOrDefault(u.code(), List.of())))).toList();
  }

  private Unit mapRow(ResultSet rs, int row) throws SQLException {
    Date validTo = rs.getDate("valid_to");
    return new Unit(rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
        UnitKind.valueOf(rs.getString("kind")), rs.getString("level_code"), rs.getString("parent_code"),
        rs.getDate("valid_from").toLocalDate(), validTo == null ? null : validTo.toLocalDate(),
        rs.getString("successor_code"), List.of());
  }
}
