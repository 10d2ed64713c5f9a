package vn.dondoc.followup;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.followup.FollowupIds.Lifecycle;
import vn.dondoc.followup.FollowupIds.TaskExecution;
import vn.dondoc.org.Roles;
import vn.dondoc.security.Grants;

/**
 * The default Tasklist filters, created once by name (an administrator may change them afterwards) and
 * readable by the groups that need them. Every filter shows only tasks of the user's own groups (units and
 * roles), sorted by due date.
 */
@Component
@Order(40)
public class TasklistFilters implements ApplicationRunner {

  public static final String UNIT_WORK = "Việc của đơn vị";
  public static final String DUE_SOON = "Sắp đến hạn";
  public static final String OVERDUE = "Quá hạn";
  public static final String AWAITING_REVIEW = "Chờ thẩm định";
  public static final String AWAITING_DECISION = "Chờ duyệt";

  private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  public TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    create(UNIT_WORK, 10, "Mọi việc của đơn vị và vai trò của tôi, việc gần hạn lên trước.", mine());
    create(DUE_SOON, 20, "Việc đến hạn trong 3 ngày tới hoặc đã có nhắc việc.",
        mine().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
    create(OVERDUE, 30, "Việc đã quá hạn xử lý.", mine().dueBeforeExpression("${now()}"));
    create(AWAITING_REVIEW, 40, "Kết quả các đơn vị báo cáo hoàn thành, chờ thẩm định.",
        mine().taskDefinitionKey(TaskExecution.REVIEW_RESULT));
    create(AWAITING_DECISION, 50, "Danh mục nhiệm vụ, đề nghị gia hạn, báo cáo tổng hợp và sơ kết chờ lãnh đạo.",
        mine().taskDefinitionKeyIn(Lifecycle.APPROVE, TaskExecution.DECIDE_EXTENSION, Lifecycle.READ_SUMMARY,
            Lifecycle.REVIEW));

    for (String name : new String[] {UNIT_WORK, DUE_SOON, OVERDUE}) {
      grants.toEveryone(FILTER, id(name), READ);
    }
    grants.toGroup(Roles.SUPERVISORS, FILTER, id(AWAITING_REVIEW), READ);
    grants.toGroup(Roles.LEADERSHIP, FILTER, id(AWAITING_DECISION), READ);
    grants.toGroup(Roles.SUPERVISORS, FILTER, id(AWAITING_DECISION), READ);
  }

  private TaskQuery mine() {
    TaskQuery q = taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks();
    q.orderByDueDate().asc();
    return q;
  }

  private void create(String name, int priority, String description, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    Filter filter = filterService.newTaskFilter(name).setOwner(null).setQuery(query).setProperties(properties);
    filterService.saveFilter(filter);
    log.info("Tasklist filter created: {}", name);
  }

  String id(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult().getId();
  }
}
