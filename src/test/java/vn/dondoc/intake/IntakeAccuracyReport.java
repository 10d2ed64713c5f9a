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
  /** Where {@link #measure} writes what intake read from each document as text (for the diagnosis), or null. */
  private Path actualAsText;
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

  /** A set of documents measured together: its folder under src/test/resources/intake, its documents, its heading. */
  record DocumentSet(String folder, List<String> names, String heading) {
  }

  /**
   * The held-out sets in the order they were written. Each was committed with its expected JSON before intake first
   * ran on it; its first run is recorded in the heading and in docs/intake.md, and the rules were generalised
   * afterwards, so none of them is unseen any more.
   */
  static final List<DocumentSet> HELD_OUT_SETS = List.of(
      // 94.0 % first run: dashes under "2. …" numbered 1, 2, 3; a follow-up clause without "Giao"; "Giao" after a
      // heading on the same line; a subject running into its verb.
      new DocumentSet("heldout", HELD_OUT, "Held-out set (annotated before intake first ran on them; 94.0 % on that "
          + "first run, rules generalised since)"),
      // 52.1 %: kl-tu-ld-chuyendoiso refused (no "Nhiệm vụ" heading); then the flat-list fallback, "Tờ trình"
      // references and "và" inside names were added.
      new DocumentSet("unseen", UNSEEN, "Second held-out set (annotated before intake first ran on them; 52.1 % on "
          + "that first run, rules generalised since)"),
      new DocumentSet("heldout3", HELD_OUT_3, "Third held-out set (committed before intake first ran on it; 86.1 % "
          + "text, 86.1 % DOCX, 69.3 % PDF on that first run, rules generalised since)"),
      new DocumentSet("heldout4", HELD_OUT_4, "Fourth held-out set (committed before intake first ran on it; 54.8 % on "
          + "that first run, rules generalised since)"),
      new DocumentSet("heldout5", HELD_OUT_5, "Fifth held-out set (committed before intake first ran on it; 80.6 % "
          + "text, 80.6 % DOCX, 81.4 % PDF on that first run, rules generalised since)"),
      new DocumentSet("heldout6",
          List.of("kl-du-quangngai-quy4-2024", "kl-hu-ct-bch-6thang-2024", "kl-hu-ct-btv-de-an-cds",
          "kl-tu-ld-ct27-baove", "kl-ubkthu-giamsat-ducpho", "tb-hu-ct-tienhoang"),
          "Held-out set 6 (written by readers who never saw the rules, committed before intake first ran on"
          + " it; 73.8 % on session 2's rules and 75.4 % after a generic robustness pass on its first run, "
          + "rules generalised since)"),
      new DocumentSet("heldout7",
          List.of("kl-btv-tu-lamviec-cattien", "kl-cb-thon3-giavien-thang11", "kl-du-namninh-chuan-bi-dai-hoi",
          "kl-du-phuoccat-trattu-dothi", "kl-tu-hoi-nghi-tinh-uy-cuoi-nam-2024", "tb-hu-ct-btv-hop-thang11"),
          "Held-out set 7 (written by readers who never saw the rules, committed before intake first ran on"
          + " it; 93.8 % on its first run, rules generalised since)"),
      new DocumentSet("heldout8",
          List.of("kl-btv-tu-ld-nongnghiep-cnc", "kl-cb-tckh-chuyende-tietkiem", "kl-du-ducpho-tongket-2024",
          "kl-hu-ct-btv-soket-nq05-nong-nghiep", "kl-ubkttu-kiemtra-btv-cattien-dat-dai", "tb-tu-tt-gpmb-dt721"),
          "Held-out set 8 (written by readers who never saw the rules, committed before intake first ran on"
          + " it; 89.8 % on its first run, rules generalised since)"),
      new DocumentSet("heldout9",
          List.of("kl-du-giavien-so-ket-6-thang", "kl-hu-ct-btv-phong-chong-ma-tuy", "kl-hu-ct-quy-hoach-can-bo",
          "kl-tu-ld-so-ket-cong-tac-dan-toc", "kl-ubktdu-tienhoang-chibo-thon3", "tb-hu-ct-tt-kinh-te-cap-bach"),
          "Held-out set 9 (written by readers who never saw the rules, committed before intake first ran on"
          + " it; 97.6 % text and DOCX, 97.1 % PDF on its first run, rules generalised since)"),
      new DocumentSet("heldout10",
          List.of("kl-cb-th-quangngai-thang11", "kl-du-ttcattien-cchc-cds", "kl-hu-ct-bch-cuoi-nam-2024",
          "kl-tt-tu-ld-ngansach-dautucong", "kl-ubkt-tu-giamsat-btv-cattien", "tb-hu-ct-btv-ky-niem-95-nam-dang"),
          "Held-out set 10 (written by readers who never saw the rules, committed before intake first ran "
          + "on it; 98.4 % on its first run, rules generalised since)"),
      new DocumentSet("heldout11",
          List.of("kl-btv-hu-ct-kiemtra-giamsat-2024", "kl-cb-btc-hu-ct-chuyen-de", "kl-du-tienhoang-bch-quy1-2025",
          "kl-tu-btv-sapxep-bomay", "kl-tu-ld-bch-giua-nhiem-ky", "tb-hu-ct-tt-lamviec-ducpho"),
          "Held-out set 11 (written by readers who never saw the rules, committed before intake first ran "
          + "on it; 98.2 % on its first run, rules generalised since)"));

  @Test
  void perFieldAccuracy() throws IOException {
    Map<String, String> documents = new LinkedHashMap<>();
    if (FixtureDocuments.seedsPresent()) {
      documents.put("seed-1066", FixtureDocuments.seed(FixtureDocuments.SEED_1066));
      documents.put("seed-220", FixtureDocuments.seed(FixtureDocuments.SEED_220));
    }
    FixtureDocuments.FIXTURES.forEach(f -> documents.put(f, FixtureDocuments.resource(f + ".txt")));
    StringBuilder report = new StringBuilder(measure(documents, "Development set (seeds and fixtures, written "
        + "alongside the rules)"));
    int[] text = total("TEXT");
    int[] lostInSeen = lostTotal();
    int[] lostInHeldOut = new int[2];
    for (DocumentSet set : HELD_OUT_SETS) {
      Map<String, String> docs = new LinkedHashMap<>();
      set.names().forEach(f -> docs.put(set.folder() + "/" + f,
          FixtureDocuments.resource(set.folder() + "/" + f + ".txt")));
      tally = new LinkedHashMap<>();
      lost = new LinkedHashMap<>();
      report.append('\n').append(measure(docs, set.heading()));
      lostInHeldOut = plus(lostInHeldOut, lostTotal());
    }
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/intake-accuracy.md"), report);
    assertThat((double) text[1] / text[0]).as("share of fields exactly right on text").isGreaterThanOrEqualTo(0.95);
    assertThat(lostInSeen[1]).as("unit phrases lost on the development set").isZero();
    assertThat(lostInHeldOut[1]).as("unit phrases lost on the held-out sets after their fixes").isZero();
  }

  /**
   * The first run on a new held-out set, before any rule has seen it: {@code -Dintake.firstRun=heldout6} measures
   * every document of src/test/resources/intake/heldout6 and writes target/intake-first-run.md. Nothing is asserted:
   * the figure is recorded as it comes (docs/intake.md), then the set joins {@link #HELD_OUT_SETS}.
   */
  @Test
  @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "intake.firstRun", matches = ".+")
  void firstRunOnANewSet() throws IOException {
    String folder = System.getProperty("intake.firstRun");
    Path dir = Path.of("src/test/resources/intake", folder);
    Map<String, String> docs = new LinkedHashMap<>();
    try (var files = Files.list(dir)) {
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
          .forEach(n -> docs.put(folder + "/" + n.substring(0, n.length() - 4),
              FixtureDocuments.resource(folder + "/" + n)));
    }
    assertThat(docs).as("documents in " + dir).isNotEmpty();
    actualAsText = Path.of("target", "intake-actual");
    String report = measure(docs, "First run on " + folder);
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/intake-first-run.md"), report);
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

    StringBuilder perDocument = new StringBuilder("Per document (right / checked; unit phrases lost)\n\n"
        + "| Document | Text | DOCX | PDF |\n|---|---|---|---|\n");
    for (Map.Entry<String, String> doc : documents.entrySet()) {
      JsonNode expected = IntakeJson.MAPPER.readTree(FixtureDocuments.resource(doc.getKey() + ".expected.json"));
      perDocument.append("| `").append(doc.getKey()).append('`');
      for (Map.Entry<String, Function<String, byte[]>> format : renderers.entrySet()) {
        int[] before = total(format.getKey());
        int[] lostBefore = lost.getOrDefault(format.getKey(), new int[2]).clone();
        JsonNode actual;
        try {
          IntakeResult result = FixtureConclusionTest.read(doc.getKey(), format.getValue().apply(doc.getValue()));
          actual = IntakeJson.MAPPER.readTree(IntakeJson.json(result));
        } catch (vn.dondoc.platform.ApiException e) {
          // Refused: every expected field of the document counts as wrong.
          actual = IntakeJson.MAPPER.createObjectNode();
        }
        if (actualAsText != null && format.getKey().equals("TEXT")) {
          Path file = actualAsText.resolve(doc.getKey() + ".json");
          Files.createDirectories(file.getParent());
          Files.writeString(file, actual.isEmpty() ? "{\"refused\": true}" : actual.toPrettyString());
        }
        score(format.getKey(), expected, actual);
        countLost(format.getKey(), expected, actual);
        int[] after = total(format.getKey());
        int[] lostAfter = lost.get(format.getKey());
        int checked = after[0] - before[0];
        int right = after[1] - before[1];
        perDocument.append(String.format(java.util.Locale.ROOT, " | %.1f %% (%d/%d; %d of %d lost)",
            100.0 * right / Math.max(1, checked), right, checked, lostAfter[1] - lostBefore[1],
            lostAfter[0] - lostBefore[0]));
      }
      perDocument.append(" |\n");
    }
    return "### " + heading + "\n\n" + table(documents.size()) + "\n" + lostLine() + "\n" + perDocument;
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
