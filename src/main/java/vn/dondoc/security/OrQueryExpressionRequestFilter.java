package vn.dondoc.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * First line against CVE-2026-109432, before a request reaches Camunda's REST layer: a JSON body (REST API or
 * the webapps' engine API) with an {@code orQueries} entry holding any {@code *Expression} field is answered
 * with 400 and {@link OrQueryExpressionGuard#ERROR_CODE}. Some paths (e.g. a filter's extending query) would
 * otherwise fail with an unhelpful 500. The engine-level {@link OrQueryExpressionGuard} stays the real barrier.
 */
public class OrQueryExpressionRequestFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_INSPECTED = 1024 * 1024;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod())
        || !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    if (contentType == null || !contentType.toLowerCase().contains("json")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED + 1);
    if (body.length <= MAX_INSPECTED && carriesOrQueryExpression(body)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(JSON.writeValueAsString(Map.of(
          "type", "BadUserRequestException", "code", OrQueryExpressionGuard.ERROR_CODE,
          "message", OrQueryExpressionGuard.MESSAGE)));
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  static boolean carriesOrQueryExpression(byte[] body) {
    try {
      return carries(JSON.readTree(body), false);
    } catch (IOException notJson) {
      return false; // Camunda answers malformed JSON itself
    }
  }

  private static boolean carries(JsonNode node, boolean insideOrQuery) {
    if (node == null) {
      return false;
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (insideOrQuery && field.getKey().endsWith("Expression")) {
          return true;
        }
        if (carries(field.getValue(), insideOrQuery || "orQueries".equals(field.getKey()))) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (carries(item, insideOrQuery)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The request with its already-read body available again. */
  static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;
    private final HttpServletRequest original;
    private boolean truncated;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.original = request;
      this.body = body;
      this.truncated = body.length > MAX_INSPECTED;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream rest = original.getInputStream();
      ByteArrayInputStream head = new ByteArrayInputStream(body);
      boolean more = truncated;
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          int b = head.read();
          return b >= 0 || !more ? b : rest.read();
        }

        @Override
        public boolean isFinished() {
          return head.available() == 0 && (!more || rest.isFinished());
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous only");
        }
      };
    }

    @Override
    public int getContentLength() {
      return truncated ? super.getContentLength() : body.length;
    }

    @Override
    public long getContentLengthLong() {
      return truncated ? super.getContentLengthLong() : body.length;
    }
  }
}
