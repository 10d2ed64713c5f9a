package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * The project's own sample conclusions (Thông báo kết luận, Tỉnh ủy with K/T, Đảng ủy xã, a task table, NFD text
 * with old-style "uỷ"): the text against its expected JSON, then the same document as DOCX and PDF must read the
 * same.
 */
class FixtureConclusionTest {

  static java.util.List<String> fixtures() {
    return FixtureDocuments.FIXTURES;
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void textMatchesExpectedJson(String name) throws Exception {
    IntakeResult result = read(name + ".txt", FixtureDocuments.resource(name + ".txt").getBytes());
    JSONAssert.assertEquals(FixtureDocuments.resource(name + ".expected.json"), IntakeJson.json(result),
        JSONCompareMode.STRICT_ORDER);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void docxReadsLikeText(String name) {
    String text = FixtureDocuments.resource(name + ".txt");
    IntakeResult fromText = read(name + ".txt", text.getBytes());
    IntakeResult fromDocx = read(name + ".docx", FixtureDocuments.docx(text));
    assertThat(fromDocx.sourceFormat()).isEqualTo("DOCX");
    assertThat(withoutFormat(fromDocx)).isEqualTo(withoutFormat(fromText));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void pdfReadsLikeText(String name) {
    String text = FixtureDocuments.resource(name + ".txt");
    IntakeResult fromText = read(name + ".txt", text.getBytes());
    IntakeResult fromPdf = read(name + ".pdf", FixtureDocuments.pdf(text));
    assertThat(fromPdf.sourceFormat()).isEqualTo("PDF");
    assertThat(withoutFormat(fromPdf)).isEqualTo(withoutFormat(fromText));
  }

  /** Header and "Nơi nhận"/signature in two columns, as exported from Word: read like the text. */
  @org.junit.jupiter.api.Test
  void twoColumnPdfReadsLikeText() {
    String text = FixtureDocuments.resource("tb-hu-ct-ducpho.txt");
    java.util.List<String> lines = java.util.List.of(text.split("\n"));
    java.util.List<String[]> rows = new java.util.ArrayList<>();
    rows.add(new String[] {lines.get(0), lines.get(4)});
    rows.add(new String[] {lines.get(1)});
    rows.add(new String[] {lines.get(2)});
    rows.add(new String[] {lines.get(3), lines.get(5)});
    int recipients = lines.indexOf("Nơi nhận:");
    lines.subList(6, recipients).forEach(l -> rows.add(new String[] {l}));
    rows.add(new String[] {lines.get(recipients), lines.get(recipients + 5)});
    rows.add(new String[] {lines.get(recipients + 1), lines.get(recipients + 6)});
    rows.add(new String[] {lines.get(recipients + 2)});
    rows.add(new String[] {lines.get(recipients + 3)});
    rows.add(new String[] {lines.get(recipients + 4), lines.get(recipients + 7)});
    IntakeResult fromPdf = read("hai-cot.pdf", FixtureDocuments.pdfInColumns(rows));
    assertThat(withoutFormat(fromPdf)).isEqualTo(withoutFormat(read("a.txt", text.getBytes())));
  }

  static IntakeResult read(String fileName, byte[] bytes) {
    DocumentReader.Read read = new DocumentReader().read(bytes, fileName);
    return IntakeJson.EXTRACTOR.extract(read.text(), read.format());
  }

  static String withoutFormat(IntakeResult r) {
    return IntakeJson.json(r).replaceFirst("\"sourceFormat\" : \"[A-Z]+\"", "");
  }
}
