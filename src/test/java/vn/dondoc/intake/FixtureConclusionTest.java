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

  /** A Word file whose header block is a two-column table, as the party's templates have it. */
  @org.junit.jupiter.api.Test
  void docxWithHeaderTableReadsLikeText() throws Exception {
    String text = FixtureDocuments.resource("kl-hu-ct-nfd.txt");
    java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).split("\n")));
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.poi.xwpf.usermodel.XWPFTable header = doc.createTable(1, 2);
      header.getRow(0).getCell(0).setText("ĐẢNG BỘ TỈNH LÂM ĐỒNG");
      header.getRow(0).getCell(0).addParagraph().createRun().setText("HUYỆN UỶ CÁT TIÊN");
      header.getRow(0).getCell(0).addParagraph().createRun().setText("*");
      header.getRow(0).getCell(0).addParagraph().createRun().setText("Số:   57 – KL/HU");
      header.getRow(0).getCell(1).setText("ĐẢNG CỘNG SẢN VIỆT NAM");
      header.getRow(0).getCell(1).addParagraph().createRun().setText("Cát Tiên, ngày 12 tháng 9 năm 2024");
      int title = lines.indexOf("KẾT LUẬN");
      for (String line : lines.subList(title, lines.size())) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      IntakeResult fromDocx = read("mau.docx", out.toByteArray());
      assertThat(withoutFormat(fromDocx)).isEqualTo(withoutFormat(read("a.txt", text.getBytes())));
    }
  }

  /** A ruled table in a PDF, rebuilt from word positions: over a page break, and without a "TT" column. */
  @org.junit.jupiter.api.Test
  void pdfTaskTableOverAPageBreakAndWithoutOrdinalColumn() {
    String text = FixtureDocuments.resource("kl-hu-ct-table.txt");
    // Push the table down so that rows 3 and 4 go onto the second page (the writer keeps each row on one page).
    String filler = "Công tác tuyên truyền được triển khai đồng bộ ở các cơ sở.\n".repeat(32);
    String broken = text.replace("II. Nhiệm vụ và phân công thực hiện", filler + "II. Nhiệm vụ và phân công thực hiện");
    assertThat(withoutFormat(read("a.pdf", FixtureDocuments.pdf(broken))))
        .isEqualTo(withoutFormat(read("a.txt", broken.getBytes())));
    String withoutOrdinals = text.replaceAll("(?m)^\\| (TT|\\d) \\|", "|");
    IntakeResult fromPdf = read("b.pdf", FixtureDocuments.pdf(withoutOrdinals));
    assertThat(withoutFormat(fromPdf)).isEqualTo(withoutFormat(read("b.txt", withoutOrdinals.getBytes())));
    assertThat(fromPdf.tasks()).extracting(ExtractedTask::ordinal).containsExactly("1", "2", "3", "4");
    assertThat(fromPdf.tasks().get(3).leadUnits()).extracting(UnitRef::phrase).containsExactly("Huyện đoàn Cát Tiên");
  }

  static IntakeResult read(String fileName, byte[] bytes) {
    DocumentReader.Read read = new DocumentReader().read(bytes, fileName);
    return IntakeJson.EXTRACTOR.extract(read.text(), read.format());
  }

  static String withoutFormat(IntakeResult r) {
    return IntakeJson.json(r).replaceFirst("\"sourceFormat\" : \"[A-Z]+\"", "");
  }
}
