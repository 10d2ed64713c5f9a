package vn.dondoc.platform;

import java.util.List;

/** The JSON body of every error the product's API answers: {@code {"code": "...", "message": "..."}}. */
public record ApiError(String code, String message, List<FieldProblem> fields) {

  public ApiError(String code, String message) {
    this(code, message, null);
  }

  /** One rejected input field, so a form can show the message beside it and keep what was typed. */
  public record FieldProblem(String field, String message) {}
}
