package vn.dondoc.followup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.dondoc.platform.ApiException;

/**
 * The task list as a JSON process variable, in the shape the "Lập danh mục nhiệm vụ" form edits: one object
 * per task with flat text fields (unit codes comma-separated, dates ISO). Tasklist submits it back as JSON.
 */
public final class TaskListJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TaskListJson() {}

  public static JsonValue toVariable(List<ConclusionDraft.TaskDraft> tasks) {
    ArrayNode array = MAPPER.createArrayNode();
    for (ConclusionDraft.TaskDraft t : tasks) {
      ObjectNode o = array.addObject();
      o.put("ordinal", t.ordinal());
      o.put("text", t.text());
      o.put("leadUnits", String.join(", ", t.leadUnits() == null ? List.of() : t.leadUnits()));
      o.put("leadUnitClass", t.leadUnitClass() == null ? "" : t.leadUnitClass());
      o.put("coordinatingUnits", String.join(", ", t.coordinatingUnits() == null ? List.of() : t.coordinatingUnits()));
      o.put("deadlineType", t.deadlineType());
      o.put("deadlineDate", t.deadlineDate() == null ? null : t.deadlineDate().toString());
      o.put("deadlineText", t.deadlineText());
      o.put("noDeadlineReason", t.noDeadlineReason());
      o.put("cadence", t.cadence());
      o.put("product", t.product());
      o.put("monitoringUnit", t.monitoringUnit());
      if (t.carriedOverFromId() != null) {
        o.put("carriedOverFromId", t.carriedOverFromId());
      }
    }
    return SpinValues.jsonValue(array.toString()).create();
  }

  /** Reads the variable as Tasklist or the API left it (Spin JSON, a JSON string or a list of maps). */
  public static List<ConclusionDraft.TaskDraft> fromVariable(Object value) {
    if (value == null) {
      return List.of();
    }
    JsonNode root;
    try {
      root = value instanceof List<?> || value instanceof Map<?, ?> ? MAPPER.valueToTree(value)
          : MAPPER.readTree(value.toString());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw ApiException.badRequest("INVALID_TASK_LIST", "Danh mục nhiệm vụ không đọc được.");
    }
    List<ConclusionDraft.TaskDraft> tasks = new ArrayList<>();
    if (root == null || !root.isArray()) {
      return tasks;
    }
    int i = 0;
    for (JsonNode o : root) {
      i++;
      String label = "Nhiệm vụ " + (text(o, "ordinal") == null ? String.valueOf(i) : text(o, "ordinal"));
      tasks.add(new ConclusionDraft.TaskDraft(
          text(o, "ordinal") == null ? String.valueOf(i) : text(o, "ordinal"),
          text(o, "text"),
          codes(text(o, "leadUnits")),
          text(o, "leadUnitClass"),
          codes(text(o, "coordinatingUnits")),
          text(o, "deadlineType"),
          Dates.parse(text(o, "deadlineDate"), label + " – hạn hoàn thành"),
          text(o, "deadlineText"),
          text(o, "noDeadlineReason"),
          text(o, "cadence"),
          text(o, "product"),
          text(o, "monitoringUnit"),
          o.hasNonNull("carriedOverFromId") ? o.get("carriedOverFromId").asLong() : null));
    }
    return tasks;
  }

  static String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    String s = n.asText().trim();
    return s.isEmpty() ? null : s;
  }

  /** "hu-ct-btc, hu-ct-vp" or "hu-ct-btc;hu-ct-vp" → codes. */
  public static List<String> codes(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    return Arrays.stream(s.split("[,;\\s]+")).map(String::trim).filter(x -> !x.isEmpty()).distinct().toList();
  }

  /** Options for a select field in a form: [{label, value}]. */
  public static JsonValue options(Map<String, String> valueToLabel) {
    ArrayNode array = MAPPER.createArrayNode();
    new LinkedHashMap<>(valueToLabel).forEach((v, l) -> array.addObject().put("label", l).put("value", v));
    return SpinValues.jsonValue(array.toString()).create();
  }
}
