package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dondoc.support.DonDocSpringTest;

@DonDocSpringTest
class IntakeEndpointTest {

  @Autowired
  TestRestTemplate rest;

  static final String SAMPLE = FixtureDocuments.resource("kl-hu-ct-table.txt");

  ResponseEntity<String> upload(String user, byte[] bytes, String fileName) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    if (user != null) {
      headers.setBasicAuth(user, "demo");
    }
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    if (bytes != null) {
      body.add("file", new ByteArrayResource(bytes) {
        @Override
        public String getFilename() {
          return fileName;
        }
      });
    }
    return rest.exchange("/api/intake", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  static JsonNode json(ResponseEntity<String> response) throws Exception {
    return IntakeJson.MAPPER.readTree(response.getBody());
  }

  @Test
  void issuingOfficeGetsTheProposedConclusion() throws Exception {
    ResponseEntity<String> response = upload("cv-hu-ct-vp", FixtureDocuments.docx(SAMPLE), "ket-luan.docx");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode r = json(response);
    assertThat(r.get("sourceFormat").asText()).isEqualTo("DOCX");
    assertThat(r.get("documentNumber").asText()).isEqualTo("1125-KL/HU");
    assertThat(r.get("number").asText()).isEqualTo("1125");
    assertThat(r.get("typeCode").asText()).isEqualTo("KL");
    assertThat(r.get("issuerCode").asText()).isEqualTo("HU");
    assertThat(r.get("issuer").asText()).isEqualTo("Huyện ủy Cát Tiên");
    assertThat(r.get("issuedDate").asText()).isEqualTo("2024-10-02");
    assertThat(r.get("tasks")).hasSize(4);
    assertThat(r.at("/tasks/0/leadUnits/0/unitCode").asText()).isEqualTo("hu-ct-btg");
    assertThat(r.at("/tasks/0/deadline/date").asText()).isEqualTo("2024-10-30");
    // Unmatched phrases are returned with a null unit code, not dropped.
    assertThat(r.at("/tasks/3/leadUnits/0").has("unitCode")).isTrue();
    assertThat(r.at("/tasks/3/leadUnits/0/unitCode").isNull()).isTrue();
    assertThat(r.at("/monitoring/leadUnit/unitCode").asText()).isEqualTo("hu-ct-btg");
    assertThat(r.get("unmatchedPhrases").get(0).asText()).isEqualTo("Huyện đoàn Cát Tiên");
  }

  @Test
  void supervisorsAndAdminsMayUseItToo() {
    assertThat(upload("tb-hu-ct-btc", SAMPLE.getBytes(StandardCharsets.UTF_8), "a.txt").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(upload("demo", FixtureDocuments.pdf(SAMPLE), "a.pdf").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void monitoringIsNullNotMissingWhenAbsent() throws Exception {
    String noClause = SAMPLE.replaceAll("(?s)Giao Ban Tuyên giáo.*?Ban Thường vụ Huyện ủy\\.\n", "");
    JsonNode r = json(upload("cv-hu-ct-vp", noClause.getBytes(StandardCharsets.UTF_8), "a.txt"));
    assertThat(r.has("monitoring")).isTrue();
    assertThat(r.get("monitoring").isNull()).isTrue();
  }

  @Test
  void otherStaffAreForbidden() throws Exception {
    ResponseEntity<String> response = upload("cv-du-ct-ducpho", SAMPLE.getBytes(StandardCharsets.UTF_8), "a.txt");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json(response).get("code").asText()).isEqualTo(IntakeErrors.FORBIDDEN);
  }

  @Test
  void anonymousIsUnauthorized() {
    // A browser without a login (its CSRF token in hand, so the request reaches authorization).
    ResponseEntity<String> form = rest.getForEntity("/login", String.class);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.add(HttpHeaders.COOKIE, sessionCookie(form.getHeaders()));
    headers.add("X-CSRF-TOKEN", csrf(form.getBody()));
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(SAMPLE.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "a.txt";
      }
    });
    assertThat(rest.exchange("/api/intake", HttpMethod.POST, new HttpEntity<>(body, headers), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // A program with wrong credentials.
    HttpHeaders basic = new HttpHeaders();
    basic.setContentType(MediaType.MULTIPART_FORM_DATA);
    // A user no other test signs in with: a failed login delays that user's next attempt (login throttling).
    basic.setBasicAuth("cv-hu-ct-bdv", "sai-mat-khau");
    assertThat(rest.exchange("/api/intake", HttpMethod.POST, new HttpEntity<>(body, basic), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // The page sends a visitor without a login to the login form.
    ResponseEntity<String> page = rest.withRedirects(Redirects.DONT_FOLLOW).getForEntity("/intake", String.class);
    assertThat(page.getStatusCode().is3xxRedirection()).isTrue();
    assertThat(page.getHeaders().getLocation().getPath()).isEqualTo("/login");
  }

  @Test
  void badFilesGetStableCodes() throws Exception {
    record Case(byte[] bytes, String name, HttpStatus status, String code) {}
    byte[] oversize = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(oversize, (byte) 'a');
    for (Case c : List.of(
        new Case(new byte[0], "empty.txt", HttpStatus.BAD_REQUEST, IntakeErrors.EMPTY_FILE),
        new Case(null, null, HttpStatus.BAD_REQUEST, IntakeErrors.EMPTY_FILE),
        new Case(oversize, "big.txt", HttpStatus.PAYLOAD_TOO_LARGE, IntakeErrors.FILE_TOO_LARGE),
        new Case(FixtureDocuments.encryptedPdf(SAMPLE), "locked.pdf", HttpStatus.UNPROCESSABLE_ENTITY, IntakeErrors.ENCRYPTED),
        new Case(FixtureDocuments.imageOnlyPdf(), "scan.pdf", HttpStatus.UNPROCESSABLE_ENTITY, IntakeErrors.NO_TEXT_LAYER),
        new Case(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "scan.png", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            IntakeErrors.UNSUPPORTED_FORMAT),
        new Case("Thư mời họp chi bộ tháng 9.".getBytes(StandardCharsets.UTF_8), "thu.txt", HttpStatus.UNPROCESSABLE_ENTITY,
            IntakeErrors.NOT_A_CONCLUSION))) {
      ResponseEntity<String> response = upload("cv-hu-ct-vp", c.bytes(), c.name());
      assertThat(response.getStatusCode()).as(c.code()).isEqualTo(c.status());
      JsonNode error = json(response);
      assertThat(error.get("code").asText()).isEqualTo(c.code());
      assertThat(error.get("message").asText()).isNotBlank();
    }
  }

  @Test
  void uploadPageForTheIssuingOffice() {
    HttpHeaders session = login("cv-hu-ct-vp");
    ResponseEntity<String> page = rest.exchange("/intake", HttpMethod.GET, new HttpEntity<>(session), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Đọc văn bản kết luận", "/css/dondoc.css", "name=\"file\"");

    HttpHeaders multipart = new HttpHeaders();
    multipart.putAll(session);
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("_csrf", csrf(page.getBody()));
    // Document text that tries to close the script element holding the JSON.
    String hostile = SAMPLE.replace("tổ chức gặp mặt", "tổ chức gặp mặt </script><script>alert(1)</script>");
    body.add("file", new ByteArrayResource(hostile.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "ket-luan.txt";
      }
    });
    ResponseEntity<String> result = rest.exchange("/intake", HttpMethod.POST, new HttpEntity<>(body, multipart), String.class);
    assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(result.getBody()).contains("1125-KL/HU", "Huyện đoàn Cát Tiên — chưa khớp đơn vị", "hu-ct-btg",
        "Điều khoản theo dõi, đôn đốc", "Hướng dẫn", "id=\"intake-result\"");
    assertThat(result.getBody()).doesNotContain("<script>alert(1)").contains("\\u003c/script\\u003e");
  }

  @Test
  void aSignatureWithoutAuthorityLineIsShownAsSuch() {
    HttpHeaders session = login("cv-hu-ct-vp");
    ResponseEntity<String> page = rest.exchange("/intake", HttpMethod.GET, new HttpEntity<>(session), String.class);
    HttpHeaders multipart = new HttpHeaders();
    multipart.putAll(session);
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("_csrf", csrf(page.getBody()));
    body.add("file", new ByteArrayResource(SAMPLE.replace("T/M BAN THƯỜNG VỤ\n", "").getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "ket-luan.txt";
      }
    });
    ResponseEntity<String> result = rest.exchange("/intake", HttpMethod.POST, new HttpEntity<>(body, multipart), String.class);
    assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(result.getBody()).contains("Không ghi thẩm quyền ký — PHÓ BÍ THƯ", "Chữ ký không ghi thẩm quyền ký")
        .doesNotContain("null —");
  }

  @Test
  void uploadPageRefusesOtherStaff() {
    ResponseEntity<String> page = rest.exchange("/intake", HttpMethod.GET, new HttpEntity<>(login("cv-du-ct-ducpho")),
        String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page.getBody()).contains(IntakeErrors.FORBIDDEN).doesNotContain("name=\"file\"");
  }

  private HttpHeaders login(String user) {
    ResponseEntity<String> form = rest.getForEntity("/login", String.class);
    String cookie = sessionCookie(form.getHeaders());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, cookie);
    MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
    body.add("username", user);
    body.add("password", "demo");
    body.add("_csrf", csrf(form.getBody()));
    ResponseEntity<String> done = rest.withRedirects(Redirects.DONT_FOLLOW)
        .exchange("/login", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    assertThat(done.getStatusCode().is3xxRedirection()).as(done.getStatusCode() + " " + done.getHeaders()).isTrue();
    assertThat(done.getHeaders().getLocation().toString()).doesNotContain("error");
    HttpHeaders session = new HttpHeaders();
    String next = sessionCookie(done.getHeaders());
    session.add(HttpHeaders.COOKIE, next == null ? cookie : next);
    return session;
  }

  private static String sessionCookie(HttpHeaders headers) {
    List<String> cookies = headers.get(HttpHeaders.SET_COOKIE);
    if (cookies == null) {
      return null;
    }
    return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";")[0]).findFirst().orElse(null);
  }

  private static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("CSRF field on the page").isTrue();
    return m.group(1);
  }
}
