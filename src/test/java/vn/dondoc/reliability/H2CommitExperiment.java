package vn.dondoc.reliability;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The experiment behind the H2 finding of RELIABILITY.md §3 (not a test; run by hand):
 * {@code java -cp target/test-classes:$(cat cp.txt) vn.dondoc.reliability.H2CommitExperiment 15 0} after
 * {@code ./mvnw dependency:build-classpath -Dmdep.outputFile=cp.txt}. Arguments: rounds, WRITE_DELAY.
 *
 * <p>A child process commits transactions on four threads and prints each id after {@code commit()} returned
 * (ACK); a fifth session polls {@code MAX(id)} and prints what it sees (SEEN). The parent kills the child with
 * SIGKILL right after a SEEN line, opens the database and reports whether the seen id and every ACKed id are there.
 */
public final class H2CommitExperiment {

  private H2CommitExperiment() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("child")) {
      child(args[1]);
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String writeDelay = args.length > 1 ? args[1] : "0";
    Random random = new Random();
    int seenMissing = 0;
    int acked = 0;
    int ackedMissing = 0;
    for (int round = 0; round < rounds; round++) {
      Path dir = Files.createTempDirectory("h2-commit-experiment");
      String url = "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=" + writeDelay + ";DB_CLOSE_ON_EXIT=FALSE";
      try (Connection c = DriverManager.getConnection(url, "sa", "")) {
        c.createStatement().execute("CREATE TABLE t(id BIGINT PRIMARY KEY, pad VARCHAR(4000))");
        c.createStatement().execute("CREATE TABLE done(id BIGINT PRIMARY KEY)");
      }
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), H2CommitExperiment.class.getName(), "child", url)
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      Set<Long> ack = new HashSet<>();
      long killAt = System.currentTimeMillis() + 1000 + random.nextInt(2000);
      long seen = -1;
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.startsWith("ACK ")) {
            ack.add(Long.parseLong(line.substring(4)));
          } else if (line.startsWith("SEEN ") && System.currentTimeMillis() > killAt) {
            seen = Long.parseLong(line.substring(5));
            p.destroyForcibly();
            break;
          }
        }
      }
      p.waitFor();
      Set<Long> present = new HashSet<>();
      try (Connection c = DriverManager.getConnection(url, "sa", "");
          ResultSet rs = c.createStatement().executeQuery("SELECT id FROM done")) {
        while (rs.next()) {
          present.add(rs.getLong(1));
        }
      }
      long missing = ack.stream().filter(id -> !present.contains(id)).count();
      boolean seenLost = seen > 0 && !present.contains(seen);
      seenMissing += seenLost ? 1 : 0;
      acked += ack.size();
      ackedMissing += (int) missing;
      System.out.printf("round %d: %d acknowledged, %d of them missing; seen %d %s%n", round, ack.size(), missing,
          seen, seenLost ? "MISSING after the kill" : "present");
    }
    System.out.printf("WRITE_DELAY=%s, %d rounds: seen by another session but missing after the kill in %d; "
        + "acknowledged %d, missing %d%n", writeDelay, rounds, seenMissing, acked, ackedMissing);
  }

  private static void child(String url) throws Exception {
    AtomicLong seq = new AtomicLong();
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    String pad = "x".repeat(3000);
    for (int i = 0; i < 4; i++) {
      Thread writer = new Thread(() -> {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
          c.setAutoCommit(false);
          PreparedStatement row = c.prepareStatement("INSERT INTO t VALUES (?, ?)");
          PreparedStatement done = c.prepareStatement("INSERT INTO done VALUES (?)");
          while (true) {
            long id = seq.incrementAndGet();
            for (int k = 0; k < 40; k++) {
              row.setLong(1, id * 100 + k);
              row.setString(2, pad);
              row.executeUpdate();
            }
            done.setLong(1, id);
            done.executeUpdate();
            c.commit();
            synchronized (out) {
              out.println("ACK " + id);
            }
          }
        } catch (Exception killed) {
          // the parent kills the process
        }
      });
      writer.start();
    }
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      PreparedStatement max = c.prepareStatement("SELECT MAX(id) FROM done");
      long last = 0;
      while (true) {
        try (ResultSet rs = max.executeQuery()) {
          rs.next();
          long m = rs.getLong(1);
          if (m > last) {
            last = m;
            synchronized (out) {
              out.println("SEEN " + m);
            }
          }
        }
      }
    }
  }
}
