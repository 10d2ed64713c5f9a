package vn.dondoc.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese locale files of Camunda's webapps (ours, under src/main/resources) must cover every label of
 * the English files shipped in the webjar: no missing or extra key, the same placeholders, and no label left
 * in English except product names and acronyms listed in {@link #SAME_AS_ENGLISH}.
 *
 * <p>Both files live at the same classpath path (ours overrides the webjar's), so each is picked by where it
 * comes from: en.json from the webjar (a jar URL), vi.json from the project's own output (a file URL).
 */
class WebappTranslationTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  /**
   * Labels allowed to read the same in Vietnamese as in English: product names, acronyms, operators.
   * Cockpit's entry is filled with the keys reported by whoever writes cockpit/locales/vi.json.
   */
  static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
      "tasklist", Set.of("APP_VENDOR", "ADMIN_APP", "COCKPIT_APP", "TASKLIST_APP"),
      "admin", Set.of("APP_VENDOR", "ADMIN_APP", "COCKPIT_APP", "TASKLIST_APP",
          "AUTHORIZATION_OPTIMIZE", // Camunda Optimize, a product
          "GROUPS_GROUP_ID", "PLUGIN_SEARCH_GROUPS_ID", "PLUGIN_SEARCH_TENANTS_ID", "PLUGIN_SEARCH_USER_ID",
          "TENANTS_TENANT_ID", "USERS_ID"), // "ID" / "ID*"
      "welcome", Set.of("APP_VENDOR", "ADMIN", "ADMIN_APP", "COCKPIT", "COCKPIT_APP", "TASKLIST", "TASKLIST_APP"),
      "cockpit", Set.of("ADMIN_APP", "APP_VENDOR", "COCKPIT_APP", "TASKLIST_APP", "PLGN_SKE_CAMUNDA_COCKPIT",
          "PLGN_REP_CSV", "PLGN_REP_JSON",
          // "ID"
          "BATCHES_PROGRESS_ID", "PLGN_BATCH_ID", "PLGN_BATCH_SEARCH_CONFIG_ID", "PLGN_BTCH_BATCH_SEARCH_CONF_ID",
          "PLGN_BTCH_BATCH_SEARCH_ID", "PLGN_CS_ID", "PLGN_DRD_ID", "PLGN_DRD_SEARCH_ID", "PLGN_HIST_ID",
          "PLGN_MIG_ID", "PLGN_MOD_DIALOG_ID", "PLGN_MOD_RESTART_DIALOG_ID", "PLGN_MOD_SEARCH_ID",
          "PLGN_SETA_CONF_ID", "PLUGIN_CANCEL_PROCESS_ID", "PLUGIN_DECISION_DEFINITION_VALUE_TYPE_ID",
          "PLUGIN_DECISION_ID", "PLUGIN_JOB_RETRY_BULK_ID", "PLUGIN_PROCESS_INSTANCE_ID", "REPOSITORY_DEPLOYMENTS_ID",
          "REPOSITORY_SEARCH_TYPE_ID",
          // the value "null" / "<null>" as shown for empty values
          "DECISION_DEFINITION_NULL", "DECISION_INSTANCE_NULL", "PLGN_CLUP_STATS_TTL_NULL", "PLGN_CS_NULL",
          "PLGN_DRD_NULL", "PLGN_SKE_NULL", "PROCESS_DEFINITION_NULL", "PROCESS_INSTANCE_NULL",
          "REPOSITORY_DEPLOYMENTS_NULL", "TIME_TO_LIVE_NULL", "CAM_WIDGET_VARIABLES_TABLE_NULL",
          "CAM_WIDGET_VARIABLE_NULL",
          "PLGN_BTCH_SET_REMOVAL_TIME_ABSOLUTE_PLACEHOLDER")); // a date format pattern

  /** English plural endings glued onto a word ("batch" + "s"): Vietnamese has none, so they are empty. */
  static final Map<String, Set<String>> EMPTY_IN_VIETNAMESE = Map.of(
      "cockpit", Set.of("PLGN_BATCH_S", "PLGN_MIG_S", "PLGN_MOD_DIALOG_S", "PLGN_MOD_RESTART_DIALOG_S"));

  /** {{ x }} interpolations, printf-style %s/%d, HTML elements (by name: "<null>" is text), HTML entities. */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "\\{\\{\\s*(.*?)\\s*}}"
          + "|%[sd]"
          + "|</?(?:a|b|br|code|div|em|i|li|ol|p|pre|small|span|strong|sub|sup|u|ul)(?:\\s[^<>]*)?/?>"
          + "|&[a-zA-Z]+;|&#\\d+;");

  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void vietnameseCoversEveryEnglishLabel(String app) throws IOException {
    Map<String, String> en = labels(load(app, "en", true));
    JsonNode viFile = load(app, "vi", false);
    Map<String, String> vi = labels(viFile);
    Set<String> allowed = SAME_AS_ENGLISH.getOrDefault(app, Set.of());

    List<String> problems = new ArrayList<>();
    Set<String> missing = new TreeSet<>();
    Set<String> untranslated = new TreeSet<>();
    Set<String> badPlaceholders = new TreeSet<>();
    for (Map.Entry<String, String> label : en.entrySet()) {
      String key = label.getKey();
      String english = label.getValue();
      String vietnamese = vi.get(key);
      boolean mayBeEmpty = EMPTY_IN_VIETNAMESE.getOrDefault(app, Set.of()).contains(key);
      if (vietnamese == null || (vietnamese.isBlank() && !english.isBlank() && !mayBeEmpty)) {
        missing.add(key);
        continue;
      }
      if (!placeholders(english).equals(placeholders(vietnamese))) {
        badPlaceholders.add(key + " " + placeholders(english) + " ≠ " + placeholders(vietnamese));
      }
      if (vietnamese.strip().equals(english.strip()) && LETTER.matcher(english).find() && !allowed.contains(key)) {
        untranslated.add(key + "=\"" + english + "\"");
      }
    }
    Set<String> extra = new TreeSet<>(vi.keySet());
    extra.removeAll(en.keySet());

    report(problems, "labels of en.json with no Vietnamese entry", missing);
    report(problems, "keys in vi.json that en.json does not have", extra);
    report(problems, "labels whose placeholders/HTML differ from English", badPlaceholders);
    report(problems, "labels left in English (not in SAME_AS_ENGLISH)", untranslated);
    if (!problems.isEmpty()) {
      fail(app + "/locales/vi.json (" + vi.size() + " labels, en.json has " + en.size() + "):\n"
          + String.join("\n", problems));
    }

    // dates: dd/MM/yyyy and 24-hour HH:mm
    JsonNode dateFormats = viFile.path("dateLocales").path("longDateFormat");
    assertEquals("DD/MM/YYYY", dateFormats.path("L").asText(), app + ": dateLocales.longDateFormat.L");
    assertEquals("HH:mm", dateFormats.path("LT").asText(), app + ": dateLocales.longDateFormat.LT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void allowListNamesOnlyExistingLabels(String app) throws IOException {
    Set<String> stale = new TreeSet<>(SAME_AS_ENGLISH.getOrDefault(app, Set.of()));
    stale.removeAll(labels(load(app, "en", true)).keySet());
    assertTrue(stale.isEmpty(), app + ": SAME_AS_ENGLISH names keys en.json does not have: " + stale);
  }

  private static void report(List<String> problems, String what, Set<String> keys) {
    if (!keys.isEmpty()) {
      problems.add("- " + keys.size() + " " + what + ":\n    " + String.join("\n    ", keys));
    }
  }

  /** Placeholders of a label as a sorted multiset, whitespace inside {{ }} ignored. */
  static List<String> placeholders(String label) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(label);
    while (m.find()) {
      found.add(m.group(1) != null ? "{{" + m.group(1).replaceAll("\\s+", "") + "}}" : m.group().replaceAll("\\s+", " "));
    }
    Collections.sort(found);
    return found;
  }

  private static Map<String, String> labels(JsonNode file) {
    Map<String, String> labels = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = file.path("labels").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      labels.put(field.getKey(), field.getValue().asText());
    }
    return labels;
  }

  /** Loads the locale file from the webjar (fromJar) or from the project's own resources (a file URL). */
  private JsonNode load(String app, String locale, boolean fromJar) throws IOException {
    String path = String.format(LOCALES, app, locale);
    List<URL> candidates = Collections.list(getClass().getClassLoader().getResources(path));
    for (URL url : candidates) {
      boolean isJar = "jar".equals(url.getProtocol());
      if (isJar == fromJar) {
        try (InputStream in = url.openStream()) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          // Camunda's files start with a byte order mark, which Jackson rejects
          return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
      }
    }
    fail(path + (fromJar ? " is not in the Camunda webjar on the test classpath" : " is missing from src/main/resources")
        + "; found: " + candidates);
    return null;
  }
}
