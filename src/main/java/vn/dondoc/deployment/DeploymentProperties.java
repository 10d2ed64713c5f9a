package vn.dondoc.deployment;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dondoc.deployment.*}. By default the models may call every Spring bean of the product (package
 * {@code vn.dondoc}) that is a JavaDelegate, ExecutionListener or TaskListener; {@code allowed-beans} adds
 * more names (for example a product bean with plain methods used in {@code camunda:expression}).
 */
@ConfigurationProperties("dondoc.deployment")
public record DeploymentProperties(List<String> allowedBeans) {

  public DeploymentProperties {
    allowedBeans = allowedBeans == null ? List.of() : List.copyOf(allowedBeans);
  }
}
