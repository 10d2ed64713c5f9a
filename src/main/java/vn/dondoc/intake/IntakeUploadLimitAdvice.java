package vn.dondoc.intake;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.dondoc.platform.ApiError;

/**
 * Spring rejects an upload above spring.servlet.multipart.max-file-size before any controller is chosen, so
 * the REST advice (bound to controllers) never sees it. For intake's paths, answer with intake's code; other
 * paths keep Spring's default handling (the exception is re-thrown to the next resolver).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IntakeUploadLimitAdvice {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/intake") && !path.startsWith("/intake")) {
      throw e;
    }
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError(IntakeErrors.FILE_TOO_LARGE,
        "Tệp vượt quá dung lượng tải lên tối đa của hệ thống."));
  }
}
