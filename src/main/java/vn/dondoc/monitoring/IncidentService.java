package vn.dondoc.monitoring;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;

import vn.dondoc.calendar.VietnamTime;
import vn.dondoc.platform.ApiException;

/**
 * Open Camunda incidents for the dashboard and the API. Supervisors, leadership and administrators see them all;
 * a unit sees only the incidents of its own task-execution instances (linked to its assignments by process
 * instance id or business key), so nothing of other units leaks through a message.
 */
@Service
public class IncidentService {

  /** Incidents read to find a unit's own; beyond that the unit's list may be incomplete (said in the answer). */
  static final int UNIT_SCAN = 2000;

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final MonitoringRepository repo;
  private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();
  private final Map<String, String> activityNames = new ConcurrentHashMap<>();

  public IncidentService(RuntimeService runtime, RepositoryService repository, MonitoringRepository repo) {
    this.runtime = runtime;
    this.repository = repository;
    this.repo = repo;
  }

  /**
   * One open incident.
   *
   * @param typeLabel  Vietnamese name of the incident type
   * @param unitCode   the unit of the task-execution instance, when it is one
   * @param cockpitUrl Cockpit's page of the process instance
   */
  public record OpenIncident(String id, String type, String typeLabel, String processKey, String processName,
      String processInstanceId, String businessKey, String unitCode, String activityId, String activityName,
      String message, OffsetDateTime since, String cockpitUrl) {}

  /** A page of open incidents, newest first; {@code total} counts every incident the scope sees. */
  public record Incidents(List<OpenIncident> items, long total, boolean complete) {}

  public Incidents open(MonitoringScope scope, int limit) {
    if (limit < 1 || limit > 500) {
      throw ApiException.badRequest("INVALID_PAGE_SIZE", "Số dòng phải từ 1 đến 500.");
    }
    if (scope.all()) {
      List<Incident> page = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, limit);
      long total = runtime.createIncidentQuery().count();
      return new Incidents(describe(page, links(page)), total, true);
    }
    if (scope.units().isEmpty()) {
      return new Incidents(List.of(), 0, true);
    }
    // An instance linked to one of the unit's assignments (FollowupStore records the task-execution instance's id
    // on the assignment, whose business key the instance also carries) is that unit's task-execution instance.
    List<Incident> candidates = runtime.createIncidentQuery().orderByIncidentTimestamp().desc()
        .listPage(0, UNIT_SCAN);
    Map<String, Link> links = links(candidates);
    List<Incident> own = candidates.stream().filter(i -> {
      Link l = links.get(i.getProcessInstanceId());
      return l != null && scope.units().contains(l.unitCode());
    }).toList();
    boolean complete = candidates.size() < UNIT_SCAN;
    return new Incidents(describe(own.size() > limit ? own.subList(0, limit) : own, links), own.size(), complete);
  }

  /** The assignment a process instance belongs to: its business key and unit. */
  private record Link(String businessKey, String unitCode) {}

  private Map<String, Link> links(List<Incident> incidents) {
    Set<String> ids = new HashSet<>();
    incidents.forEach(i -> ids.add(i.getProcessInstanceId()));
    ids.remove(null);
    Map<String, Link> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    Map<String, String> businessKeys = new HashMap<>();
    for (ProcessInstance p : runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
      if (p.getBusinessKey() != null) {
        businessKeys.put(p.getId(), p.getBusinessKey());
      }
    }
    Map<String, String> unitByInstance = new HashMap<>();
    Map<String, String> unitByKey = new HashMap<>();
    MapSqlParameterSource p = new MapSqlParameterSource("ids", List.copyOf(ids))
        .addValue("keys", businessKeys.isEmpty() ? List.of("-") : List.copyOf(businessKeys.values()));
    repo.jdbc().query("SELECT process_instance_id, business_key, unit_code FROM task_assignment"
        + " WHERE process_instance_id IN (:ids) OR business_key IN (:keys)", p, rs -> {
          if (rs.getString(1) != null) {
            unitByInstance.put(rs.getString(1), rs.getString(3));
          }
          unitByKey.put(rs.getString(2), rs.getString(3));
        });
    for (String id : ids) {
      String key = businessKeys.get(id);
      String unit = unitByInstance.containsKey(id) ? unitByInstance.get(id) : key == null ? null : unitByKey.get(key);
      out.put(id, new Link(key, unit));
    }
    return out;
  }

  private List<OpenIncident> describe(List<Incident> incidents, Map<String, Link> links) {
    List<OpenIncident> out = new ArrayList<>();
    for (Incident i : incidents) {
      ProcessDefinition d = i.getProcessDefinitionId() == null ? null
          : definitions.computeIfAbsent(i.getProcessDefinitionId(), repository::getProcessDefinition);
      Link link = links.getOrDefault(i.getProcessInstanceId(), new Link(null, null));
      out.add(new OpenIncident(i.getId(), i.getIncidentType(), typeLabel(i.getIncidentType()),
          d == null ? null : d.getKey(), d == null ? null : d.getName() == null ? d.getKey() : d.getName(),
          i.getProcessInstanceId(), link.businessKey(), link.unitCode(), i.getActivityId(),
          activityName(i.getProcessDefinitionId(), i.getActivityId()), i.getIncidentMessage(),
          i.getIncidentTimestamp() == null ? null
              : OffsetDateTime.ofInstant(i.getIncidentTimestamp().toInstant(), VietnamTime.ZONE),
          i.getProcessInstanceId() == null ? null : DashboardController.COCKPIT_INSTANCE + i.getProcessInstanceId()));
    }
    return out;
  }

  /** The activity's name in the model (Vietnamese in DonDoc's processes), else its id. */
  private String activityName(String definitionId, String activityId) {
    if (definitionId == null || activityId == null) {
      return activityId;
    }
    return activityNames.computeIfAbsent(definitionId + "/" + activityId, k -> {
      ModelElementInstance e = repository.getBpmnModelInstance(definitionId).getModelElementById(activityId);
      String name = e instanceof FlowElement f ? f.getName() : null;
      return name == null || name.isBlank() ? activityId : name;
    });
  }

  static String typeLabel(String type) {
    return switch (type == null ? "" : type) {
      case "failedJob" -> "Công việc tự động bị lỗi (đã hết số lần thử lại)";
      case "failedExternalTask" -> "Tác vụ bên ngoài bị lỗi";
      default -> "Sự cố loại " + type;
    };
  }
}
