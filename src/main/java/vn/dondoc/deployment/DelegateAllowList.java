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
   * The class that says what the bean does: the bean's own class (a lambda's class belongs to the package that
   * wrote it), or, while only the interface a {@code @Bean} method returns is known, the class declaring it.
   */
  static Class<?> definingClass(ListableBeanFactory beans, String name) {
    Class<?> type = beans.getType(name, false);
    if (type != null && !type.isInterface()) {
      return type;
    }
    if (beans instanceof ConfigurableListableBeanFactory factory && factory.containsBeanDefinition(name)) {
      BeanDefinition definition = factory.getMergedBeanDefinition(name);
      if (definition instanceof RootBeanDefinition root && root.getResolvedFactoryMethod() != null) {
        return root.getResolvedFactoryMethod().getDeclaringClass();
      }
    }
    return type;
  }

  static boolean isProductClass(Class<?> type) {
    String pkg = type.getPackageName();
    return pkg.equals(PRODUCT_PACKAGE) || pkg.startsWith(PRODUCT_PACKAGE + ".");
  }
}
