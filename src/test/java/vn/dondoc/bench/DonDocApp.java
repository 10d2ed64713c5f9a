package vn.dondoc.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dondoc.DonDocApplication;

/** Starts the real DonDoc application (demo organisation, real processes and delegates) on a given database. */
final class DonDocApp {

  private DonDocApp() {}

  static ConfigurableApplicationContext start(String jdbcUrl, String user, String password, boolean jobExecutor,
      Map<String, Object> extra) {
    TimeZone.setDefault(TimeZone.getTimeZone(DonDocApplication.TIME_ZONE));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("spring.datasource.url", jdbcUrl);
    p.put("spring.datasource.username", user);
    p.put("spring.datasource.password", password);
    p.put("server.port", "0");
    p.put("dondoc.data-dir", "target/bench/data");
    p.put("spring.mail.host", "");
    p.put("camunda.bpm.job-execution.enabled", String.valueOf(jobExecutor));
    p.put("camunda.bpm.generic-properties.properties.job-executor-activate", String.valueOf(jobExecutor));
    p.put("logging.level.root", "WARN");
    p.put("logging.level.vn.dondoc", "WARN");
    p.put("spring.main.banner-mode", "off");
    p.putAll(extra);
    // as command-line arguments: they win over application.yaml (default properties would not)
    String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(DonDocApplication.class).profiles("demo").run(args);
  }

  static int port(ConfigurableApplicationContext ctx) {
    return Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
  }
}
