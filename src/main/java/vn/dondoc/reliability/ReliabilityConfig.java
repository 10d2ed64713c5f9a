package vn.dondoc.reliability;

import jakarta.servlet.Filter;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Servlet filters of the reliability guarantees. */
@Configuration
public class ReliabilityConfig {

  /** Outermost on the task actions of /engine-rest and the webapps' engine API (before Spring Security). */
  @Bean
  FilterRegistrationBean<Filter> taskConflictFilter(TaskService taskService, HistoryService historyService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new TaskConflictFilter(taskService, historyService));
    registration.setName("dondoc-task-conflict");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
    return registration;
  }
}
