package vn.dondoc.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.followup.FollowupIds.Lifecycle;
import vn.dondoc.followup.FollowupIds.Vars;
import vn.dondoc.platform.ApiException;

/**
 * Starts {@code conclusion-lifecycle} for a conclusion typed elsewhere (document intake, a successor
 * conclusion), pre-filled so that the issuing office only confirms the task list in Tasklist.
 */
@Service
public class ConclusionRegistration {

  private final RuntimeService runtimeService;
  private final FollowupStore store;

  public ConclusionRegistration(RuntimeService runtimeService, FollowupStore store) {
    this.runtimeService = runtimeService;
    this.store = store;
  }

  /** The result of a registration: the business key and the started process instance. */
  public record Registered(String businessKey, long conclusionId, String processInstanceId) {}

  /**
   * Registers the conclusion (state DRAFT) and starts its lifecycle waiting at "Lập danh mục nhiệm vụ".
   *
   * @throws ApiException CONCLUSION_NUMBER_TAKEN when (issuer, type, number, date) is already registered,
   *                      or a validation code for missing header fields
   */
  @Transactional
  public Registered start(ConclusionDraft draft, String actor) {
    ConclusionService.validateHeader(draft);
    if (store.identityTaken(draft.issuerCode(), draft.typeCode(), draft.docNumber(), draft.issuedDate())) {
      throw FollowupStore.numberTaken(draft);
    }
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(Lifecycle.PROCESS_KEY, draft.businessKey(),
        startVariables(draft, actor));
    long id = store.conclusionId(draft.businessKey()).orElseThrow();
    if (draft.references() != null) {
      draft.references().forEach(r -> store.addReference(id, r));
    }
    return new Registered(draft.businessKey(), id, pi.getId());
  }

  /** The start variables of conclusion-lifecycle; the start form in Tasklist submits the same names. */
  public static Map<String, Object> startVariables(ConclusionDraft d, String actor) {
    Map<String, Object> v = new HashMap<>();
    v.put("docNumber", d.docNumber());
    v.put("typeCode", d.typeCode());
    v.put("issuerCode", d.issuerCode());
    v.put("issuerUnitCode", d.issuerUnitCode());
    v.put("issuedDate", d.issuedDate() == null ? null : d.issuedDate().toString());
    v.put("place", d.place());
    v.put(Vars.TITLE, d.title());
    v.put("signerAuthority", d.signerAuthority());
    v.put("signerTitle", d.signerTitle());
    v.put("signerName", d.signerName());
    v.put(Vars.MONITORING_UNIT, d.monitoringUnit());
    v.put(Vars.REPORT_TO_UNITS, d.reportToUnits() == null ? null : String.join(", ", d.reportToUnits()));
    v.put("reportCadence", d.reportCadence());
    v.put("reviewDate", d.reviewDate() == null ? null : d.reviewDate().toString());
    v.put("predecessorKey", d.predecessorKey());
    v.put("registeredBy", actor);
    v.put(Vars.TASKS, TaskListJson.toVariable(d.tasks() == null ? new ArrayList<>() : List.copyOf(d.tasks())));
    return v;
  }
}
