package vn.dondoc.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2. Start-up time and resident memory of the packaged DonDoc jar against a bare Camunda webapp + REST starter
 * application. The bare application is generated into a temporary directory (pom with the same Spring Boot parent
 * and Camunda BOM, one @SpringBootApplication class, an admin user) and packaged offline with this project's Maven
 * wrapper, so both are real executable jars started the same way: `java -Xmx1g -jar ...`, H2 file database in a new
 * directory, job executor on.
 */
class StartupBenchmark {

  static final String JVM_HEAP = "-Xmx1g";
  static final Path ROOT = BenchReport.ROOT;
  static final int LOAD_SECONDS = Integer.getInteger("bench.startup.load-seconds", 20);
  static final Map<String, String> ROWS = new LinkedHashMap<>();

  record Run(double firstStart, double restart, long idleKb, long loadKb, long peakKb, double rps) {}

  @Test
  void startupAndMemory() throws Exception {
    Path jar = Path.of(System.getProperty("bench.jar", ROOT.resolve("target/dondoc-0.1.0-SNAPSHOT.jar").toString()));
    assertThat(jar).exists();
    Path bareJar = buildBareApp();
    Run dondoc = measure(jar, List.of("--spring.profiles.active=demo"), "demo", "/login");
    Run bare = measure(bareJar, List.of(), "demo", "/camunda/app/welcome/default/");
    double ratio = dondoc.restart() / bare.restart();
    StringBuilder md = new StringBuilder("""
        ## 2. Start-up time and resident memory

        Both as executable jars, `java %s -jar …` with the same JDK, an H2 file database in a fresh directory and the
        job executor on. Bare = Spring Boot %s + `camunda-bpm-spring-boot-starter-webapp` + `-rest` (Camunda %s),
        `spring-boot-starter-jdbc` and H2, one `@SpringBootApplication` class and an admin user, generated and packaged by the harness (so it has the
        same dependency versions; it has no authentication on REST, no Flyway, no product code). "Ready" = the first
        HTTP 200 from a page (DonDoc `/login`, bare `/camunda/app/welcome/default/`), measured from process launch.
        First start creates the schema (and for DonDoc runs Flyway, deploys the processes and loads the demo
        organisation); restart = second start on the same database. Memory = VmRSS of the process: idle = 10 s after
        ready; load = after %d s of 2 client threads calling `GET /engine-rest/task?maxResults=15` and
        `GET /engine-rest/process-definition` (Basic auth where required); peak = VmHWM.

        | | DonDoc / bare | ratio |
        |---|---|---|
        """.formatted(JVM_HEAP, "3.5.16", "7.24.0", LOAD_SECONDS));
    md.append(row("first start to ready, s", dondoc.firstStart(), bare.firstStart()));
    md.append("| restart to ready, s | ").append(BenchReport.f1(dondoc.restart())).append(" / ")
        .append(BenchReport.f1(bare.restart())).append(" | ").append(BenchReport.f2(ratio)).append(" (target ≤ 1.5: ")
        .append(BenchReport.ok(ratio <= 1.5)).append(") |\n");
    md.append(row("RSS idle, MiB", dondoc.idleKb() / 1024.0, bare.idleKb() / 1024.0));
    md.append(row("RSS under load, MiB", dondoc.loadKb() / 1024.0, bare.loadKb() / 1024.0));
    md.append(row("peak RSS, MiB", dondoc.peakKb() / 1024.0, bare.peakKb() / 1024.0));
    md.append(row("requests/s during the load", dondoc.rps(), bare.rps()));
    md.append("""

        DonDoc's extra start-up work: Flyway (4 migrations on a new database, a check on restart), the validating
        deployer (4 BPMN/DMN models and the forms, parsed and checked), the demo organisation and authorizations (first
        start), Thymeleaf, Spring Security with two filter chains, mail, POI/PDFBox classes on the class path.
        """);
    BenchReport.section("2-startup", md.toString());
  }

  static String row(String label, double a, double b) {
    return "| " + label + " | " + BenchReport.f1(a) + " / " + BenchReport.f1(b) + " | " + BenchReport.f2(a / b) + " |\n";
  }

  Run measure(Path jar, List<String> args, String user, String readyPath) throws Exception {
    Path dir = Files.createTempDirectory("bench-startup");
    double first;
    {
      Started s = start(jar, args, dir, readyPath);
      first = s.seconds;
      stop(s.process);
    }
    Started s = start(jar, args, dir, readyPath);
    try {
      Thread.sleep(10_000);
      long idle = rss(s.process, "VmRSS");
      double rps = load(s.port, user);
      long load = rss(s.process, "VmRSS");
      long peak = rss(s.process, "VmHWM");
      return new Run(first, s.seconds, idle, load, peak, rps);
    } finally {
      stop(s.process);
      if (!Boolean.getBoolean("bench.keep")) {
        BenchReport.delete(dir);
      }
    }
  }

  record Started(Process process, int port, double seconds) {}

  static Started start(Path jar, List<String> args, Path dir, String readyPath) throws Exception {
    int port;
    try (java.net.ServerSocket ss = new java.net.ServerSocket(0)) {
      port = ss.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        JVM_HEAP, "-jar", jar.toString(), "--server.port=" + port, "--dondoc.data-dir=" + dir,
        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
        "--spring.mail.host="));
    cmd.addAll(args);
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out-" + System.nanoTime() + ".log").toFile()).start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (true) {
      if (!p.isAlive()) {
        throw new IllegalStateException(jar + " exited with " + p.exitValue() + "; see logs in " + dir);
      }
      if ((System.nanoTime() - t0) > 300e9) {
        p.destroy();
        throw new IllegalStateException(jar + " not ready after 300 s; see logs in " + dir);
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + readyPath))
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return new Started(p, port, (System.nanoTime() - t0) / 1e9);
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
  }

  static void stop(Process p) throws InterruptedException {
    p.destroy();
    if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
    }
  }

  static long rss(Process p, String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    throw new IllegalStateException(field + " not in /proc/" + p.pid() + "/status");
  }

  static double load(int port, String user) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong done = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Thread t = new Thread(() -> {
        String[] paths = {"/engine-rest/task?maxResults=15", "/engine-rest/process-definition"};
        int n = 0;
        while (!stop.get()) {
          try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + paths[n++ % 2])).header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 200) {
              done.incrementAndGet();
            }
          } catch (IOException e) {
            // counted as not done
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      t.start();
      threads.add(t);
    }
    Thread.sleep(LOAD_SECONDS * 1000L);
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    return done.get() / (double) LOAD_SECONDS;
  }

  /** Generates and packages the bare starter application; returns its jar. */
  static Path buildBareApp() throws Exception {
    Path dir = ROOT.resolve("target/bench/bare-app");
    Path jar = dir.resolve("target/bare-camunda-1.0.jar");
    Files.createDirectories(dir.resolve("src/main/java/bench"));
    Files.createDirectories(dir.resolve("src/main/resources"));
    Files.writeString(dir.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-parent</artifactId>
            <version>3.5.16</version>
            <relativePath/>
          </parent>
          <groupId>bench</groupId>
          <artifactId>bare-camunda</artifactId>
          <version>1.0</version>
          <properties><java.version>17</java.version></properties>
          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>org.camunda.bpm</groupId>
                <artifactId>camunda-bom</artifactId>
                <version>7.24.0</version>
                <type>pom</type>
                <scope>import</scope>
              </dependency>
            </dependencies>
          </dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>org.camunda.bpm.springboot</groupId>
              <artifactId>camunda-bpm-spring-boot-starter-webapp</artifactId>
            </dependency>
            <dependency>
              <groupId>org.camunda.bpm.springboot</groupId>
              <artifactId>camunda-bpm-spring-boot-starter-rest</artifactId>
            </dependency>
            <dependency>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-starter-jdbc</artifactId>
            </dependency>
            <dependency>
              <groupId>com.h2database</groupId>
              <artifactId>h2</artifactId>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-maven-plugin</artifactId>
              </plugin>
            </plugins>
          </build>
        </project>
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("src/main/java/bench/BareApplication.java"), """
        package bench;

        import org.springframework.boot.SpringApplication;
        import org.springframework.boot.autoconfigure.SpringBootApplication;

        @SpringBootApplication
        public class BareApplication {
          public static void main(String[] args) {
            SpringApplication.run(BareApplication.class, args);
          }
        }
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("src/main/resources/application.yaml"), """
        camunda:
          bpm:
            admin-user:
              id: demo
              password: demo
            history-level: full
            job-execution:
              enabled: true
        """, StandardCharsets.UTF_8);
    {
      Process p = new ProcessBuilder(ROOT.resolve("mvnw").toString(), "-q", "-B", "-o", "-f",
          dir.resolve("pom.xml").toString(), "package", "-DskipTests").directory(ROOT.toFile()).inheritIO().start();
      assertThat(p.waitFor()).as("packaging the bare application (offline)").isZero();
    }
    return jar;
  }
}
