package vn.dondoc.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The conventions every follow-up model keeps: Vietnamese names on every flow node, a candidate group, due
 * date and deployment-bound Camunda Form on every user task (and the form exists with that id), delegates
 * only by delegate expression.
 */
class ProcessModelConventionsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"conclusion-lifecycle", "task-execution", "reminder-digest"})
  void everyUserTaskCanBeWorkedInTasklist(String process) throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + process + ".bpmn"));
    Set<String> forms = formIds();
    for (UserTask t : model.getModelElementsByType(UserTask.class)) {
      assertThat(t.getCamundaCandidateGroups()).as("candidate group of %s", t.getId()).isNotBlank();
      assertThat(t.getCamundaDueDate()).as("due date of %s", t.getId()).isNotBlank();
      assertThat(t.getCamundaFormRefBinding()).as("form binding of %s", t.getId()).isEqualTo("deployment");
      assertThat(forms).as("form of %s", t.getId()).contains(t.getCamundaFormRef());
    }
    for (StartEvent s : model.getModelElementsByType(StartEvent.class)) {
      if (s.getCamundaFormRef() != null) {
        assertThat(forms).contains(s.getCamundaFormRef());
      }
    }
    for (ServiceTask s : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(s.getCamundaClass()).isNull();
      assertThat(s.getCamundaDelegateExpression()).matches("\\$\\{[a-zA-Z]+}");
    }
    for (FlowNode n : model.getModelElementsByType(FlowNode.class)) {
      assertThat(n.getName()).as("name of %s", n.getId()).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"conclusion-lifecycle", "task-execution", "reminder-digest"})
  void idsInTheModelAreTheConstants(String process) throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/" + process + ".bpmn"));
    Set<String> constants = new HashSet<>();
    for (Class<?> c : FollowupIds.class.getDeclaredClasses()) {
      for (var f : c.getFields()) {
        constants.add((String) f.get(null));
      }
    }
    for (UserTask t : model.getModelElementsByType(UserTask.class)) {
      assertThat(constants).contains(t.getId());
    }
    for (ServiceTask t : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(constants).contains(t.getId());
    }
  }

  static Set<String> formIds() throws Exception {
    Set<String> ids = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path f : files.toList()) {
        JsonNode form = JSON.readTree(f.toFile());
        assertThat(f.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
        for (JsonNode c : form.findParents("label")) {
          String label = c.get("label").asText();
          assertThat(label).as("label in %s", f).isNotBlank();
        }
        ids.add(form.get("id").asText());
      }
    }
    return ids;
  }
}
