package vn.dondoc.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.bpmn.listener.ClassDelegateExecutionListener;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default allow-list: the product's delegates and listeners only, plus configured names. */
class DelegateAllowListTest {

  @Configuration(proxyBeanMethods = false)
  static class Beans {

    @Bean
    JavaDelegate lambdaDelegate() {
      return execution -> { };
    }

    @Bean
    FixtureDelegate componentDelegate() {
      return new FixtureDelegate();
    }

    /** A delegate class from outside the product (Camunda's own): not allowed by default. */
    @Bean
    ExecutionListener foreignListener() {
      return new ClassDelegateExecutionListener("java.lang.Object", List.of());
    }

    @Bean
    String notADelegate() {
      return "text";
    }
  }

  @Test
  void productDelegatesAreAllowedForeignOnesAreNot() {
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Beans.class)) {
      assertThat(DelegateAllowList.compute(context.getBeanFactory(), List.of("notADelegate", " ")))
          .containsExactlyInAnyOrder("lambdaDelegate", "componentDelegate", "notADelegate");
    }
  }
}
