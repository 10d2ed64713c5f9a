package vn.dondoc.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The append-only {@code calendar_override} table (see V10__calendar_override.sql). */
@Repository
public class CalendarOverrideRepository {

  private static final String COLUMNS = "id, on_date, kind, reason, withdrawn, recorded_at, recorded_by";

  private final JdbcTemplate jdbc;

  public CalendarOverrideRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Overrides in force between the two dates (inclusive): the latest row of each date, unless withdrawn. */
  public List<CalendarOverride> inForce(LocalDate from, LocalDate to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM calendar_override o WHERE o.on_date BETWEEN ? AND ?"
        + " AND o.id = (SELECT MAX(i.id) FROM calendar_override i WHERE i.on_date = o.on_date)"
        + " AND o.withdrawn = FALSE ORDER BY o.on_date", this::map, from, to);
  }

  /** Every row recorded for dates between the two (inclusive), oldest first per date. */
  public List<CalendarOverride> history(LocalDate from, LocalDate to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM calendar_override WHERE on_date BETWEEN ? AND ?"
        + " ORDER BY on_date, id", this::map, from, to);
  }

  /** The table's version: grows with every recorded change. */
  public long version() {
    Long max = jdbc.queryForObject("SELECT MAX(id) FROM calendar_override", Long.class);
    return max == null ? 0 : max;
  }

  public CalendarOverride append(LocalDate date, CalendarOverride.Kind kind, String reason, boolean withdrawn,
      OffsetDateTime recordedAt, String recordedBy) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(con -> {
      var ps = con.prepareStatement("INSERT INTO calendar_override (on_date, kind, reason, withdrawn, recorded_at,"
          + " recorded_by) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setObject(1, date);
      ps.setString(2, kind.name());
      ps.setString(3, reason);
      ps.setBoolean(4, withdrawn);
      ps.setObject(5, recordedAt);
      ps.setString(6, recordedBy);
      return ps;
    }, keys);
    long id = keys.getKey().longValue();
    return new CalendarOverride(id, date, kind, reason, withdrawn, recordedAt, recordedBy);
  }

  private CalendarOverride map(ResultSet rs, int row) throws SQLException {
    return new CalendarOverride(rs.getLong("id"), rs.getObject("on_date", LocalDate.class),
        CalendarOverride.Kind.valueOf(rs.getString("kind")), rs.getString("reason"), rs.getBoolean("withdrawn"),
        rs.getObject("recorded_at", OffsetDateTime.class).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime(),
        rs.getString("recorded_by"));
  }
}
