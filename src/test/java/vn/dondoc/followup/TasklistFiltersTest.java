package vn.dondoc.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dondoc.followup.ConclusionDraft.TaskDraft;
import vn.dondoc.support.DonDocSpringTest;

/** The default Tasklist filters exist once, each group sees its own, and tasks open their deployed forms. */
@DonDocSpringTest
class TasklistFiltersTest {

  @Autowired TasklistFilters filters;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ConclusionRegistration registration;

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  List<String> visibleFilters(String user, String... groups) {
    identityService.setAuthentication(user, List.of(groups));
    try {
      return filterService.createFilterQuery().listPage(0, 100).stream().map(Filter::getName).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void filtersAreCreatedOnceAndShownToTheRightGroups() {
    filters.run(null);
    for (String name : List.of(TasklistFilters.UNIT_WORK, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE,
        TasklistFilters.AWAITING_REVIEW, TasklistFilters.AWAITING_DECISION)) {
      assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isOne();
    }
    assertThat(visibleFilters("cv-du-ct-ducpho", "du-ct-ducpho")).contains(TasklistFilters.UNIT_WORK,
        TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE).doesNotContain(TasklistFilters.AWAITING_REVIEW,
        TasklistFilters.AWAITING_DECISION);
    assertThat(visibleFilters("tb-hu-ct-btc", "hu-ct-btc", "supervisors", "unit-heads"))
        .contains(TasklistFilters.AWAITING_REVIEW, TasklistFilters.AWAITING_DECISION);
    assertThat(visibleFilters("cv-hu-ct-tt", "hu-ct-tt", "leadership")).contains(TasklistFilters.AWAITING_DECISION)
        .doesNotContain(TasklistFilters.AWAITING_REVIEW);
  }

  @Test
  void theOfficeFindsTheTaskListInItsFilterWithItsForm() throws Exception {
    ConclusionDraft draft = new ConclusionDraft("9001", "KL", "HU", "hu-ct", LocalDate.of(2024, 1, 5), "Cát Tiên",
        "Kết luận thử nghiệm bộ lọc", null, null, null, "hu-ct-btc", List.of("hu-ct-tt"), "MONTHLY", null, List.of(),
        List.of(new TaskDraft("1", "Nhiệm vụ thử", List.of("hu-ct-btg"), null, List.of(), "FIXED",
            LocalDate.now().plusMonths(2), null, null, null, null, null, null)),
        null);
    registration.start(draft, "cv-hu-ct-vp");
    String filterId = filterService.createFilterQuery().filterName(TasklistFilters.UNIT_WORK).singleResult().getId();
    identityService.setAuthentication("cv-hu-ct-vp", List.of("hu-ct-vp", "issuing-office"));
    List<Task> mine = filterService.listPage(filterId, 0, 500);
    Task listTasks = mine.stream().filter(t -> FollowupIds.Lifecycle.LIST_TASKS.equals(t.getTaskDefinitionKey()))
        .filter(t -> t.getDueDate() != null).findFirst().orElseThrow();
    try (InputStream form = formService.getDeployedTaskForm(listTasks.getId())) {
      String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"id\" : \"confirm-task-list\"".replace(" : ", ": ")).contains("Danh mục nhiệm vụ");
    }
    identityService.setAuthentication("cv-du-ct-ducpho", List.of("du-ct-ducpho"));
    List<Task> others = filterService.listPage(filterId, 0, 500);
    assertThat(others).noneMatch(t -> t.getId().equals(listTasks.getId()));
  }
}
