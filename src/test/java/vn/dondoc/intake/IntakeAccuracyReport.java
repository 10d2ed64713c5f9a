package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Measures per-field accuracy of intake on every document with an expected JSON (the seeds where present and the
 * fixtures), read as text, DOCX and PDF. Prints a Markdown table and writes it to target/intake-accuracy.md; the
 * table in docs/intake.md is copied from there. A field counts as right only when every expected value under it
 * is exactly right (a task's lead units: every phrase's unit, class and scope).
 */
class IntakeAccuracyReport {

  /** field → [checked, right] per format. */
  private Map<String, Map<String, int[]>> tally = new LinkedHashMap<>();
  /** format → [expected unit references, lost]: nothing in their place in the output, not even an unmatched phrase. */
  private Map<String, int[]> lost = new LinkedHashMap<>();
  static final List<String> UNSEEN = List.of("kl-tu-ld-chuyendoiso", "kl-hu-ct-kinhte");
  /** Written and annotated after the rules for sets 1-2 and the weak points were generalised; committed before any run. */
  static final List<String> HELD_OUT_3 = List.of("kl-hu-ct-btv-hop", "tb-hu-ct-giavien", "kl-duk-kiemtra", "kl-cb-thon3",
      "kl-tu-ld-canbo-nfd");
  /** Written after the fixes for set 3; committed before any run. */
  static final List<String> HELD_OUT_4 = List.of("kl-hu-ct-bch-tongket", "tb-tu-ld-duan", "kl-du-namninh-quy1");
  /** Written after the fixes for set 4; committed before any run. */
  static final List<String> HELD_OUT_5 = List.of("kl-ubkt-tu-kiemtra", "kl-du-ttcattien-bang", "kl-hu-ct-sapxep");
  static final List<String> HELD_OUT = List.of("kl-hu-ct-danvan", "tb-tu-ld-thuongtruc", "kl-du-ttcattien");
  private static final List<String> FORMATS = List.of("TEXT", "DOCX", "PDF");

  @Test
  void perFieldAccuracy() throws IOException {
    Map<String, String> documents = new LinkedHashMap<>();
    if (FixtureDocuments.seedsPresent()) {
      documents.put("seed-1066", FixtureDocuments.seed(FixtureDocuments.SEED_1066));
      documents.put("seed-220", FixtureDocuments.seed(FixtureDocuments.SEED_220));
    }
    FixtureDocuments.FIXTURES.forEach(f -> documents.put(f, FixtureDocuments.resource(f + ".txt")));
    String development = measure(documents, "Development set (seeds and fixtures, written alongside the rules)");
    int[] text = total("TEXT");
    Map<String, String> heldOut = new LinkedHashMap<>();
    HELD_OUT.forEach(f -> heldOut.put("heldout/" + f, FixtureDocuments.resource("heldout/" + f + ".txt")));
    int[] lostInSeen = lostTotal();
    tally = new LinkedHashMap<>();
    lost = new LinkedHashMap<>();
    // First run on these, before any rule saw them: 94.0 % (dashes under "2. …" numbered 1, 2, 3; a follow-up clause
    // without "Giao"; "Giao" after a heading on the same line; a subject running into its verb). Those rules were
    // generalised afterwards, so this set is no longer unseen.
    String unseen = measure(heldOut, "Held-out set (annotated before intake first ran on them; 94.0 % on that first "
        + "run, rules generalised since)");
    Map<String, String> fresh = new LinkedHashMap<>();
    UNSEEN.forEach(f -> fresh.put("unseen/" + f, FixtureDocuments.resource("unseen/" + f + ".txt")));
    lostInSeen = plus(lostInSeen, lostTotal());
    tally = new LinkedHashMap<>();
    lost = new LinkedHashMap<>();
    // First run on these: 52.1 % (kl-tu-ld-chuyendoiso refused: no "Nhiệm vụ" heading; kl-hu-ct-kinhte 100 %). Then
    // the flat-list fallback, "Tờ trình" references and "và" inside names were added: no longer unseen either.
    String untouched = measure(fresh, "Second held-out set (annotated before intake first ran on them; 52.1 % on "
        + "that first run, rules generalised since)");
    lostInSeen = plus(lostInSeen, lostTotal());
    Map<String, String> third = new LinkedHashMap<>();
    HELD_OUT_3.forEach(f -> third.put("heldout3/" + f, FixtureDocuments.resource("heldout3/" + f + ".txt")));
    tally = new LinkedHashMap<>();
    lost = new LinkedHashMap<>();
    // First run: 86.1 % text, 86.1 % DOCX, 69.3 % PDF, 10/49 unit phrases lost (15/49 PDF); fixed since, so no longer unseen.
    String set3 = measure(third, "Third held-out set (committed before intake first ran on it; 86.1 % text, 86.1 % DOCX, "
        + "69.3 % PDF on that first run, rules generalised since)");
    Map<String, String> fourth = new LinkedHashMap<>();
    HELD_OUT_4.forEach(f -> fourth.put("heldout4/" + f, FixtureDocuments.resource("heldout4/" + f + ".txt")));
    tally = new LinkedHashMap<>();
    lost = new LinkedHashMap<>();
    // First run: 54.8 % in every format, 19/32 unit phrases lost (one conclusion refused); fixed since.
    String set4 = measure(fourth, "Fourth held-out set (committed before intake first ran on it; 54.8 % on that first run, "
        + "rules generalised since)");
    Map<String, String> fifth = new LinkedHashMap<>();
    HELD_OUT_5.forEach(f -> fifth.put("heldout5/" + f, FixtureDocuments.resource("heldout5/" + f + ".txt")));
    tally = new LinkedHashMap<>();
    lost = new LinkedHashMap<>();
    // First run: 80.6 % text, 80.6 % DOCX, 81.4 % PDF, 7/18 unit phrases lost (8/18 PDF).
    String set5 = measure(fifth, "Fifth held-out set (committed before intake first ran on it; 80.6 % text, 80.6 % DOCX, "
        + "81.4 % PDF on that first run)");
    String report = development + "\n" + unseen + "\n" + untouched + "\n" + set3 + "\n" + set4 + "\n" + set5;
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/intake-accuracy.md"), report);
    assertThat((double) text[1] / text[0]).as("share of fields exactly right on text").isGreaterThanOrEqualTo(0.95);
    assertThat(lostInSeen[1]).as("unit phrases lost on the development and held-out sets 1-2").isZero();
  }

  @Test
  void aReferenceIsLostOnlyWhenNothingStandsInItsPlace() throws IOException {
    List<JsonNode> exp = List.of(IntakeJson.MAPPER.readTree("{\"unitCode\":\"hu-ct-btc\"}"),
        IntakeJson.MAPPER.readTree("{\"phrase\":\"Huyện đoàn\",\"unitCode\":null}"));
    JsonNode right = IntakeJson.MAPPER.readTree("{\"phrase\":\"Ban Tổ chức\",\"unitCode\":\"hu-ct-btc\"}");
    JsonNode wrong = IntakeJson.MAPPER.readTree("{\"phrase\":\"Ban Tổ chức\",\"unitCode\":\"tu-ld-btc\"}");
    JsonNode unmatched = IntakeJson.MAPPER.readTree("{\"phrase\":\"Huyện đoàn\",\"unitCode\":null}");
    assertThat(lostOf(exp, List.of(right, unmatched))).isZero();
    assertThat(lostOf(exp, List.of(wrong, unmatched))).as("a wrong unit is wrong, not lost").isZero();
    assertThat(lostOf(exp, List.of(right))).isEqualTo(1);
    assertThat(lostOf(exp, List.of())).isEqualTo(2);
  }

  private String measure(Map<String, String> documents, String heading) throws IOException {
    Map<String, Function<String, byte[]>> renderers = new LinkedHashMap<>();
    renderers.put("TEXT", t -> t.getBytes(StandardCharsets.UTF_8));
    renderers.put("DOCX", FixtureDocuments::docx);
    renderers.put("PDF", FixtureDocuments::pdf);

    for (Map.Entry<String, String> doc : documents.entrySet()) {
      JsonNode expected = IntakeJson.MAPPER.readTree(FixtureDocuments.resource(doc.getKey() + ".expected.json"));
      for (Map.Entry<String, Function<String, byte[]>> format : renderers.entrySet()) {
        JsonNode actual;
        try {
          IntakeResult result = FixtureConclusionTest.read(doc.getKey(), format.getValue().apply(doc.getValue()));
          actual = IntakeJson.MAPPER.readTree(IntakeJson.json(result));
        } catch (vn.dondoc.platform.ApiException e) {
          // Refused: every expected field of the document counts as wrong.
          actual = IntakeJson.MAPPER.createObjectNode();
        }
        score(format.getKey(), expected, actual);
        countLost(format.getKey(), expected, actual);
      }
    }
    return "### " + heading + "\n\n" + table(documents.size()) + "\n" + lostLine();
  }

  /**
   * Unit phrases lost: an expected unit reference (a task's lead or coordinating unit; the monitoring clause's
   * units) is lost when the output has nothing in its place — neither the right unit or class, nor an unmatched
   * phrase, nor a wrong unit standing where it should be (a wrong unit is counted as a wrong field above, but a
   * person sees it). Measured per task (by ordinal) and for the monitoring clause; a refused document loses all.
   */
  private void countLost(String format, JsonNode expected, JsonNode actual) {
    int[] c = lost.computeIfAbsent(format, k -> new int[2]);
    Map<String, JsonNode> actualTasks = new LinkedHashMap<>();
    actual.path("tasks").forEach(t -> actualTasks.put(t.path("ordinal").asText(), t));
    int index = 0;
    for (JsonNode et : expected.path("tasks")) {
      JsonNode at = et.has("ordinal") ? actualTasks.get(et.path("ordinal").asText()) : actual.path("tasks").path(index);
      index++;
      List<JsonNode> exp = new ArrayList<>();
      et.path("leadUnits").forEach(exp::add);
      et.path("coordinatingUnits").forEach(exp::add);
      List<JsonNode> act = new ArrayList<>();
      if (at != null) {
        at.path("leadUnits").forEach(act::add);
        at.path("coordinatingUnits").forEach(act::add);
      }
      c[0] += exp.size();
      c[1] += lostOf(exp, act);
    }
    JsonNode em = expected.path("monitoring");
    if (em.isObject()) {
      List<JsonNode> exp = new ArrayList<>();
      List<JsonNode> act = new ArrayList<>();
      JsonNode am = actual.path("monitoring");
      for (String f : List.of("leadUnit", "coordinatingUnits", "reportTo")) {
        addRefs(em.path(f), exp);
        addRefs(am.path(f), act);
      }
      c[0] += exp.size();
      c[1] += lostOf(exp, act);
    }
  }

  private static void addRefs(JsonNode node, List<JsonNode> into) {
    if (node.isArray()) {
      node.forEach(into::add);
    } else if (node.isObject()) {
      into.add(node);
    }
  }

  /** Expected references with no same reference in {@code act} and no other output reference left to stand for them. */
  private static int lostOf(List<JsonNode> exp, List<JsonNode> act) {
    List<JsonNode> unused = new ArrayList<>(act);
    int missing = 0;
    for (JsonNode e : exp) {
      JsonNode same = unused.stream().filter(a -> sameRef(e, a)).findFirst().orElse(null);
      if (same == null) {
        missing++;
      } else {
        unused.remove(same);
      }
    }
    return Math.max(0, missing - unused.size());
  }

  private static boolean sameRef(JsonNode e, JsonNode a) {
    if (e.hasNonNull("unitCode")) {
      return e.path("unitCode").equals(a.path("unitCode"));
    }
    if (e.hasNonNull("unitClass")) {
      return e.path("unitClass").equals(a.path("unitClass"));
    }
    return e.has("phrase") && Vn.canonical(e.path("phrase").asText()).equals(Vn.canonical(a.path("phrase").asText()));
  }

  private int[] lostTotal() {
    int[] t = new int[2];
    lost.values().forEach(c -> {
      t[0] += c[0];
      t[1] += c[1];
    });
    return t;
  }

  private static int[] plus(int[] a, int[] b) {
    return new int[] {a[0] + b[0], a[1] + b[1]};
  }

  private String lostLine() {
    StringBuilder sb = new StringBuilder("Unit phrases lost (expected unit references with nothing in their place in "
        + "the output — not even an unmatched phrase for a person):");
    for (String format : FORMATS) {
      int[] c = lost.getOrDefault(format, new int[2]);
      sb.append(' ').append(format.equals("TEXT") ? "text" : format).append(" **").append(c[1]).append("** of ")
          .append(c[0]).append(format.equals("PDF") ? "." : ",");
    }
    return sb.append('\n').toString();
  }

  private void score(String format, JsonNode expected, JsonNode actual) {
    Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode exp = f.getValue();
      JsonNode act = actual.path(f.getKey());
      switch (f.getKey()) {
        case "signer" -> exp.fields().forEachRemaining(s -> count("signer." + s.getKey(), format,
            matches(s.getValue(), act.path(s.getKey()))));
        case "references", "recipients" -> elements(f.getKey(), format, exp, act);
        case "tasks" -> {
          for (int i = 0; i < Math.max(exp.size(), act.size()); i++) {
            JsonNode et = i < exp.size() ? exp.get(i) : null;
            JsonNode at = act.path(i);
            if (et == null) {
              count("tasks[].ordinal", format, false);
              continue;
            }
            JsonNode task = at;
            et.fields().forEachRemaining(t -> count("tasks[]." + t.getKey(), format, matches(t.getValue(), task.path(t.getKey()))));
          }
        }
        default -> count(f.getKey(), format, matches(exp, act));
      }
    }
  }

  private void elements(String field, String format, JsonNode exp, JsonNode act) {
    for (int i = 0; i < Math.max(exp.size(), act.size()); i++) {
      count(field + "[]", format, i < exp.size() && matches(exp.get(i), act.path(i)));
    }
  }

  /** Every expected value under {@code expected} is in {@code actual}; arrays have the same length. */
  static boolean matches(JsonNode expected, JsonNode actual) {
    JsonNode act = actual == null || actual.isMissingNode() ? NullNode.instance : actual;
    if (expected.isObject()) {
      if (!act.isObject()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!matches(e.getValue(), act.path(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isArray()) {
      if (!act.isArray() || act.size() != expected.size()) {
        return false;
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!matches(expected.get(i), act.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected.isNumber()) {
      return act.isNumber() && Math.abs(expected.asDouble() - act.asDouble()) < 1e-9;
    }
    return expected.equals(act);
  }

  private void count(String field, String format, boolean right) {
    int[] c = tally.computeIfAbsent(field, k -> new LinkedHashMap<>()).computeIfAbsent(format, k -> new int[2]);
    c[0]++;
    if (right) {
      c[1]++;
    }
  }

  private int[] total(String format) {
    int[] t = new int[2];
    tally.values().forEach(m -> {
      int[] c = m.getOrDefault(format, new int[2]);
      t[0] += c[0];
      t[1] += c[1];
    });
    return t;
  }

  private String table(int documents) {
    StringBuilder sb = new StringBuilder();
    sb.append("Per-field accuracy on ").append(documents).append(" documents (right / checked)\n\n");
    sb.append("| Field | Text | DOCX | PDF |\n|---|---|---|---|\n");
    List<String> rows = new ArrayList<>(tally.keySet());
    for (String field : rows) {
      sb.append("| `").append(field).append('`');
      for (String format : FORMATS) {
        int[] c = tally.get(field).getOrDefault(format, new int[2]);
        sb.append(" | ").append(c[1]).append('/').append(c[0]);
      }
      sb.append(" |\n");
    }
    sb.append("| **all fields**");
    for (String format : FORMATS) {
      int[] t = total(format);
      sb.append(" | **").append(String.format("%.1f %%", 100.0 * t[1] / Math.max(1, t[0]))).append("** (")
          .append(t[1]).append('/').append(t[0]).append(')');
    }
    sb.append(" |\n");
    return sb.toString();
  }
}
