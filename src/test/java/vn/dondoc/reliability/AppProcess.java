package vn.dondoc.reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application ({@code target/dondoc-*.jar}) as a separate operating-system process, so that a test
 * can kill it with SIGKILL ({@link Process#destroyForcibly()}) as a power cut or an OOM killer would.
 */
final class AppProcess {

  private final String name;
  private final List<String> arguments;
  private final Path log;
  private final int port;
  private Process process;
  private int starts;
  private int notReadyAnswers;

  AppProcess(String name, int port, Path logDir, List<String> arguments) {
    this.name = name;
    this.port = port;
    this.arguments = arguments;
    this.log = logDir.resolve(name + ".log");
  }

  /** The jar built by {@code package}; failsafe passes its path, a plain IDE run finds it under target/. */
  static Path jar() {
    String configured = System.getProperty("dondoc.jar");
    if (configured != null && Files.isRegularFile(Path.of(configured))) {
      return Path.of(configured);
    }
    File[] jars = new File("target").listFiles((d, n) -> n.startsWith("dondoc-") && n.endsWith(".jar"));
    if (jars == null || jars.length == 0) {
      throw new IllegalStateException("no target/dondoc-*.jar: run ./mvnw verify (the IT needs the packaged jar)");
    }
    return jars[0].toPath();
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return port;
  }

  int starts() {
    return starts;
  }

  /**
   * Starts the app and waits until its readiness probe says UP, as a load balancer would; returns the start-up
   * time in milliseconds. Checks that the probe does not say UP too early: at that moment the administrator must
   * be able to sign in and the product's processes must be deployed.
   */
  long start(Duration timeout) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:TieredStopAtLevel=1"); // start-up time matters more than peak speed here
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.addAll(arguments);
    long t0 = System.nanoTime();
    Files.writeString(log, "\n===== start " + (starts + 1) + " =====\n", java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    starts++;
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          if (!ready(client)) {
            throw new IllegalStateException(name + ": readiness said UP (" + r.body() + ") before the start-up "
                + "runners had finished (admin cannot sign in or no process is deployed)");
          }
          return (System.nanoTime() - t0) / 1_000_000;
        }
        if (r.statusCode() == 503) {
          notReadyAnswers++; // Tomcat serves, the probe says OUT_OF_SERVICE: a load balancer keeps away
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    kill();
    throw new IllegalStateException(name + " did not start within " + timeout + "; see " + log);
  }

  /** How often the port answered while the readiness probe still said OUT_OF_SERVICE (all starts). */
  int notReadyAnswers() {
    return notReadyAnswers;
  }

  /** Ready for real: the administrator can sign in and the product's processes are deployed. */
  private boolean ready(HttpClient client) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/engine-rest/process-definition/count?key=task-execution"))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("demo:demo".getBytes()))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200 && !r.body().contains("\"count\":0");
  }

  /** kill -9: no shutdown hook, no flush, no graceful close of the database. */
  void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  /** A normal stop (SIGTERM): Spring closes the context and the database cleanly. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  Path log() {
    return log;
  }
}
