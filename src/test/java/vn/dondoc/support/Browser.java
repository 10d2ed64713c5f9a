package vn.dondoc.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal HTTP client for tests that behaves like a browser session (cookies, CSRF tokens, no automatic
 * redirects) or like a program using HTTP Basic.
 */
public class Browser {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private String basicAuth;

  public Browser(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** A client that sends HTTP Basic credentials on every request and keeps no session. */
  public static Browser basic(int port, String user, String password) {
    Browser b = new Browser(port);
    b.basicAuth = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return b;
  }

  /** Signs in on DonDoc's login page; returns the response to the login form post. */
  public HttpResponse<String> login(String user, String password) {
    HttpResponse<String> page = get("/login");
    Matcher m = CSRF_FIELD.matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
    return send(HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).header("Accept", "text/html,application/json").GET());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST to Camunda's webapp API, with the X-XSRF-TOKEN header Camunda's CSRF filter expects. */
  public HttpResponse<String> postCamundaWebapp(String path, String json) {
    get("/camunda/app/tasklist/default/"); // Camunda sets its XSRF-TOKEN cookie on app pages
    String token = cookie("XSRF-TOKEN");
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
        .header("Accept", "application/json");
    if (token != null) {
      b.header("X-XSRF-TOKEN", token);
    }
    return send(b.POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
    if (basicAuth != null) {
      b.header("Authorization", basicAuth);
    }
    return b;
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
