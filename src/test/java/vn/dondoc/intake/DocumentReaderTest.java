package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import vn.dondoc.platform.ApiException;

/** Bad input gets a stable code and a Vietnamese message, never a half-filled result. */
class DocumentReaderTest {

  final DocumentReader reader = new DocumentReader();
  static final String SAMPLE = FixtureDocuments.resource("kl-tu-ld-kt.txt");

  static void assertRejected(Runnable action, String code, HttpStatus status) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.getCode()).isEqualTo(code);
      assertThat(e.getStatus()).isEqualTo(status);
      assertThat(e.getMessage()).isNotBlank();
    });
  }

  @Test
  void formatsByTheirFirstBytes() {
    assertThat(reader.read(SAMPLE.getBytes(StandardCharsets.UTF_8), "a.txt").format()).isEqualTo("TEXT");
    assertThat(reader.read(FixtureDocuments.docx(SAMPLE), "kl.bin").format()).isEqualTo("DOCX");
    assertThat(reader.read(FixtureDocuments.pdf(SAMPLE), "kl").format()).isEqualTo("PDF");
    byte[] utf16 = ("\uFEFF" + SAMPLE).getBytes(StandardCharsets.UTF_16LE);
    assertThat(reader.read(utf16, "a.txt").text()).contains("Số 315-KL/TU");
  }

  @Test
  void emptyFile() {
    assertRejected(() -> reader.read(new byte[0], "a.txt"), IntakeErrors.EMPTY_FILE, HttpStatus.BAD_REQUEST);
  }

  @Test
  void encryptedPdf() {
    assertRejected(() -> reader.read(FixtureDocuments.encryptedPdf(SAMPLE), "a.pdf"), IntakeErrors.ENCRYPTED,
        HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void encryptedDocxAndLegacyDoc() throws Exception {
    org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
    org.apache.poi.poifs.crypt.EncryptionInfo info =
        new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
    org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("mat-khau");
    try (org.apache.poi.openxml4j.opc.OPCPackage opc = org.apache.poi.openxml4j.opc.OPCPackage.open(
            new java.io.ByteArrayInputStream(FixtureDocuments.docx(SAMPLE)));
        java.io.OutputStream os = encryptor.getDataStream(fs)) {
      opc.save(os);
    }
    java.io.ByteArrayOutputStream encrypted = new java.io.ByteArrayOutputStream();
    fs.writeFilesystem(encrypted);
    fs.close();
    assertRejected(() -> reader.read(encrypted.toByteArray(), "a.docx"), IntakeErrors.ENCRYPTED,
        HttpStatus.UNPROCESSABLE_ENTITY);

    java.io.ByteArrayOutputStream legacy = new java.io.ByteArrayOutputStream();
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem doc = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      doc.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
      doc.writeFilesystem(legacy);
    }
    assertRejected(() -> reader.read(legacy.toByteArray(), "a.doc"), IntakeErrors.UNSUPPORTED_FORMAT,
        HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  void imageOnlyPdf() {
    assertRejected(() -> reader.read(FixtureDocuments.imageOnlyPdf(), "scan.pdf"), IntakeErrors.NO_TEXT_LAYER,
        HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void brokenPdf() {
    assertRejected(() -> reader.read("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), "a.pdf"),
        IntakeErrors.UNREADABLE, HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void unsupportedTypes() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    assertRejected(() -> reader.read(png, "scan.png"), IntakeErrors.UNSUPPORTED_FORMAT, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
    assertRejected(() -> reader.read(zip, "a.zip"), IntakeErrors.UNSUPPORTED_FORMAT, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    byte[] utf16WithoutBom = "K\u1EBET LU\u1EACN".getBytes(StandardCharsets.UTF_16BE);
    assertRejected(() -> reader.read(utf16WithoutBom, "a.txt"), IntakeErrors.UNSUPPORTED_FORMAT, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    byte[] tcvn3 = {(byte) 0xB8, (byte) 0xE1, 'n', 'g', ' ', (byte) 0xA7, (byte) 0xB5, 'n'};
    assertRejected(() -> reader.read(tcvn3, "a.txt"), IntakeErrors.UNSUPPORTED_FORMAT, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  void notAConclusion() {
    String plan = "TỈNH ỦY LÂM ĐỒNG\n*\nSố 20-KH/TU\nLâm Đồng, ngày 02 tháng 3 năm 2024\nKẾ HOẠCH\nthực hiện chuyên đề\n"
        + "I. Mục đích\n1. Nhiệm vụ một.\n";
    assertRejected(() -> IntakeJson.EXTRACTOR.extract(plan, "TEXT"), IntakeErrors.NOT_A_CONCLUSION,
        HttpStatus.UNPROCESSABLE_ENTITY);
    assertRejected(() -> IntakeJson.EXTRACTOR.extract("Một bức thư bình thường, không phải văn bản.", "TEXT"),
        IntakeErrors.NOT_A_CONCLUSION, HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void conclusionWithoutNumberOrTasksIsIncompleteNotHalfFilled() {
    String noTasks = "HUYỆN ỦY CÁT TIÊN\n*\nCát Tiên, ngày 11 tháng 8 năm 2023\nKẾT LUẬN\nHội nghị\n-----\nNội dung.\n";
    assertThatThrownBy(() -> IntakeJson.EXTRACTOR.extract(noTasks, "TEXT")).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.getCode()).isEqualTo(IntakeErrors.INCOMPLETE);
      assertThat(e.getMessage()).contains("số văn bản", "phần nhiệm vụ, giải pháp");
    });
  }
}
