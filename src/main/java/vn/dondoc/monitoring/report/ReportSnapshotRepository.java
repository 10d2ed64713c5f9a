package vn.dondoc.monitoring.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Frozen reports (V30 tables). Only inserts and reads: there is no update or delete, so an issued report is
 * what it was. Each file is checked against its SHA-256 when read back.
 */
@Repository
public class ReportSnapshotRepository {

  static final int CHUNK = 512 * 1024;

  private final NamedParameterJdbcTemplate jdbc;

  public ReportSnapshotRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Snapshot(long id, String kind, String number, String title, Long conclusionId, String committee,
      LocalDate periodFrom, LocalDate asOf, OffsetDateTime issuedAt, String issuedBy, String parametersJson) {}

  public record Part(String name, String mediaType, byte[] content) {}

  public long insert(ReportData d, Long conclusionId, String committee, String parametersJson, List<Part> parts) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO monitoring_report (report_kind, report_number, title, conclusion_id, committee_unit_code,"
        + " period_from, as_of_date, issued_at, issued_by, parameters_json) VALUES (:k, :n, :t, :c, :u, :pf, :a, :at,"
        + " :by, :p)", new MapSqlParameterSource().addValue("k", d.kind()).addValue("n", d.number())
        .addValue("t", truncate(d.title() + " " + d.subtitle(), 2000)).addValue("c", conclusionId)
        .addValue("u", committee).addValue("pf", d.periodFrom()).addValue("a", d.asOf()).addValue("at", d.issuedAt())
        .addValue("by", d.issuedBy()).addValue("p", truncate(parametersJson, 4000)), key, new String[] {"id"});
    long id = key.getKey().longValue();
    for (Part p : parts) {
      jdbc.update("INSERT INTO monitoring_report_file (report_id, part_name, media_type, byte_size, sha256) VALUES "
          + "(:r, :n, :m, :s, :h)", Map.of("r", id, "n", p.name(), "m", p.mediaType(), "s", (long) p.content().length,
          "h", sha256(p.content())));
      for (int seq = 0, off = 0; off < p.content().length || seq == 0; seq++, off += CHUNK) {
        byte[] chunk = Arrays.copyOfRange(p.content(), off, Math.min(p.content().length, off + CHUNK));
        jdbc.update("INSERT INTO monitoring_report_chunk (report_id, part_name, seq, content) VALUES (:r, :n, :q, :c)",
            Map.of("r", id, "n", p.name(), "q", seq, "c", chunk));
      }
    }
    return id;
  }

  public Optional<Snapshot> find(long id) {
    return jdbc.query("SELECT * FROM monitoring_report WHERE id = :id", Map.of("id", id), (rs, i) -> snapshot(rs))
        .stream().findFirst();
  }

  public List<Snapshot> list(int limit) {
    return jdbc.query("SELECT * FROM monitoring_report ORDER BY issued_at DESC, id DESC LIMIT :l", Map.of("l", limit),
        (rs, i) -> snapshot(rs));
  }

  private static Snapshot snapshot(java.sql.ResultSet rs) throws java.sql.SQLException {
    long c = rs.getLong("conclusion_id");
    return new Snapshot(rs.getLong("id"), rs.getString("report_kind"), rs.getString("report_number"),
        rs.getString("title"), rs.wasNull() ? null : c, rs.getString("committee_unit_code"),
        rs.getObject("period_from", LocalDate.class), rs.getObject("as_of_date", LocalDate.class),
        rs.getObject("issued_at", OffsetDateTime.class), rs.getString("issued_by"), rs.getString("parameters_json"));
  }

  /** A stored file, verified against its recorded SHA-256. */
  public Optional<Part> part(long id, String name) {
    List<Map<String, Object>> meta = jdbc.queryForList("SELECT media_type, byte_size, sha256 FROM "
        + "monitoring_report_file WHERE report_id = :r AND part_name = :n", Map.of("r", id, "n", name));
    if (meta.isEmpty()) {
      return Optional.empty();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    jdbc.query("SELECT content FROM monitoring_report_chunk WHERE report_id = :r AND part_name = :n ORDER BY seq",
        Map.of("r", id, "n", name), rs -> {
          out.writeBytes(rs.getBytes(1));
        });
    byte[] bytes = out.toByteArray();
    Map<String, Object> m = lower(meta.get(0));
    if (!sha256(bytes).equals(m.get("sha256"))) {
      throw new IllegalStateException("Stored report " + id + "/" + name + " does not match its checksum");
    }
    return Optional.of(new Part(name, (String) m.get("media_type"), bytes));
  }

  private static Map<String, Object> lower(Map<String, Object> m) {
    Map<String, Object> out = new java.util.HashMap<>();
    m.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return out;
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
