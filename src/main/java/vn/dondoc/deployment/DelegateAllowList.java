package vn.dondoc.deployment;

import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.util.ClassUtils;

/** The beans models may call: the product's own delegates and listeners plus configured names. */
public final class DelegateAllowList {

  static final String PRODUCT_PACKAGE = "vn.dondoc";
  private static final Class<?>[] DELEGATE_TYPES = {JavaDelegate.class, ExecutionListener.class, TaskListener.class};

  private DelegateAllowList() {}

  public static Set<String> compute(ListableBeanFactory beans, Iterable<String> configured) {
    Set<String> allowed = new TreeSet<>();
    for (Class<?> type : DELEGATE_TYPES) {
      for (String name : beans.getBeanNamesForType(type, true, false)) {
        Class<?> beanType = definingClass(beans, name);
        if (beanType != null && isProductClass(ClassUtils.getUserClass(beanType))) {
          allowed.add(name);
        }
      }
    }
    configured.forEach(name -> {
      if (name != null && !name.isBlank()) {
        allowed.add(name.trim());
      }
    });
    return allowed;
  }

  /**
   * The class that says what the bean does: its own class, or for a {@code @Bean} method returning a lambda
   * ({@code JavaDelegate registerConclusionDelegate(...) { return s::register; }}) the configuration class
   * declaring the method.
   */
  static Class<?> definingClass(ListableBeanFactory beans, String name) {
    if (beans instanceof ConfigurableListableBeanFactory factory && factory.containsBeanDefinition(name)) {
      BeanDefinition definition = factory.getMergedBeanDefinition(name);
      if (definition instanceof RootBeanDefinition root && root.getResolvedFactoryMethod() != null) {
        return root.getResolvedFactoryMethod().getDeclaringClass();
      }
      if (definition.getFactoryBeanName() != null) {
        return factory.getType(definition.getFactoryBeanName(), false);
      }
    }
    return beans.getType(name, false);
  }

  static boolean isProductClass(Class<?> type) {
    String pkg = type.getPackageName();
    return pkg.equals(PRODUCT_PACKAGE) || pkg.startsWith(PRODUCT_PACKAGE + ".");
  }
}
