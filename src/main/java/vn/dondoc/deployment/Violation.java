package vn.dondoc.deployment;

/**
 * One reason a deployment is refused: a stable code for programs and a Vietnamese message for the admin that
 * names the file and the element (id and name).
 */
public record Violation(String code, String resource, String elementId, String elementName, String message) {

  @Override
  public String toString() {
    return "[" + code + "] " + message;
  }
}
