package vn.dondoc.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.dondoc.support.DonDocSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real incident (a job whose retries ran out) shows for supervisors with its process, step, message and Cockpit
 * link; a unit sees it only when the instance is the one of its own assignment.
 */
@DonDocSpringTest
class IncidentServiceTest {

  @Autowired DataSource dataSource;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IncidentService incidents;
  @Autowired TestRestTemplate rest;

  @Test
  @SuppressWarnings("unchecked")
  void supervisorsSeeEveryIncidentAndAUnitOnlyItsOwn() {
    repository.createDeployment().name("incident-probe").addModelInstance("incident-probe.bpmn",
        Bpmn.createExecutableProcess("incident-probe").name("Thăm dò sự cố (kiểm thử)").camundaHistoryTimeToLive(30)
            .startEvent().intermediateCatchEvent("wait").name("Chờ một giờ").timerWithDuration("PT1H")
            .endEvent().done()).deploy();
    ProcessInstance pi = runtime.startProcessInstanceByKey("incident-probe", "PROBE-KL/HU@2024-01-01#1@du-ct-ducpho");
    try {
      MonitoringFixture fx = new MonitoringFixture(dataSource);
      long c = fx.conclusion("990", "hu-ct", LocalDate.of(2024, 1, 1), "Kết luận thăm dò sự cố");
      long task = fx.task(c, "1", "Nhiệm vụ có sự cố", "kinh-te", "FIXED", LocalDate.of(2030, 1, 1), null);
      fx.assignment(task, "du-ct-ducpho", Map.of("process_instance_id", pi.getId(), "state", "IN_PROGRESS"));
      Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
      management.setJobRetries(job.getId(), 0); // the engine opens a failedJob incident

      MonitoringScope supervisor = new MonitoringScope("tb-hu-ct-btc", true, List.of(), false);
      IncidentService.OpenIncident seen = incidents.open(supervisor, 50).items().stream()
          .filter(i -> pi.getId().equals(i.processInstanceId())).findFirst().orElseThrow();
      assertThat(seen.type()).isEqualTo("failedJob");
      assertThat(seen.typeLabel()).isEqualTo("Công việc tự động bị lỗi (đã hết số lần thử lại)");
      assertThat(seen.processName()).isEqualTo("Thăm dò sự cố (kiểm thử)");
      assertThat(seen.activityName()).isEqualTo("Chờ một giờ");
      assertThat(seen.unitCode()).isEqualTo("du-ct-ducpho");
      assertThat(seen.since()).isNotNull();
      assertThat(seen.cockpitUrl()).isEqualTo(DashboardController.COCKPIT_INSTANCE + pi.getId());

      assertThat(incidents.open(new MonitoringScope("cv-du-ct-ducpho", false, List.of("du-ct-ducpho"), false), 50)
          .items()).extracting(IncidentService.OpenIncident::processInstanceId).containsExactly(pi.getId());
      assertThat(incidents.open(new MonitoringScope("cv-du-ct-giavien", false, List.of("du-ct-giavien"), false), 50)
          .items()).isEmpty();

      ResponseEntity<Map> sup = rest.withBasicAuth("tb-hu-ct-btc", "demo").getForEntity("/api/monitoring/incidents",
          Map.class);
      assertThat(sup.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat((List<Map<String, Object>>) sup.getBody().get("items")).extracting(m -> m.get("processInstanceId"))
          .contains(pi.getId());
      ResponseEntity<Map> other = rest.withBasicAuth("cv-du-ct-giavien", "demo")
          .getForEntity("/api/monitoring/incidents", Map.class);
      assertThat(other.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat((List<?>) other.getBody().get("items")).isEmpty();
      ResponseEntity<Map> bad = rest.withBasicAuth("tb-hu-ct-btc", "demo")
          .getForEntity("/api/monitoring/incidents?max=0", Map.class);
      assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(bad.getBody().get("code")).isEqualTo("INVALID_PAGE_SIZE");
    } finally {
      runtime.deleteProcessInstance(pi.getId(), "kiểm thử xong");
    }
  }
}
