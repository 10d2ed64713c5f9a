package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.dondoc.platform.ApiException;

/**
 * Damaged and odd documents: every one gives either a result or an {@link ApiException} with an intake code —
 * never another exception (which the API would turn into a 500).
 */
class IntakeRobustnessTest {

  @Test
  void truncatedShuffledAndMangledDocuments() {
    List<String> texts = new ArrayList<>();
    FixtureDocuments.FIXTURES.forEach(f -> texts.add(FixtureDocuments.resource(f + ".txt")));
    if (FixtureDocuments.seedsPresent()) {
      texts.add(FixtureDocuments.seed(FixtureDocuments.SEED_1066));
      texts.add(FixtureDocuments.seed(FixtureDocuments.SEED_220));
    }
    Random random = new Random(42);
    int results = 0;
    int refusals = 0;
    for (String text : texts) {
      List<String> lines = List.of(text.split("\n"));
      List<String> variants = new ArrayList<>();
      for (int cut = 1; cut <= 10; cut++) {
        variants.add(String.join("\n", lines.subList(0, lines.size() * cut / 10)));
        variants.add(String.join("\n", lines.subList(lines.size() * (cut - 1) / 10, lines.size())));
      }
      for (int i = 0; i < 5; i++) {
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, random);
        variants.add(String.join("\n", shuffled));
      }
      variants.add(text.replace("\n", " "));
      variants.add(text.replaceAll("[0-9]", "9"));
      variants.add(text.replace("1.", "99999999999. Văn bản"));
      variants.add(text + "\n3. Nhiệm vụ\n99999999999 - 1.2.3.4.5.6.7.8.9.10.11 Chữ\ntrong 99999999999 ngày kể từ ngày ký");
      for (String variant : variants) {
        try {
          IntakeResult r = IntakeJson.EXTRACTOR.extract(variant, "TEXT");
          assertThat(r.tasks()).isNotEmpty();
          assertThat(r.documentNumber()).isNotNull();
          results++;
        } catch (ApiException e) {
          assertThat(e.getCode()).startsWith("INTAKE_");
          refusals++;
        }
      }
    }
    assertThat(results).isPositive();
    assertThat(refusals).isPositive();
  }
}
