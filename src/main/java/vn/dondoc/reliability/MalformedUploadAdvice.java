package vn.dondoc.reliability;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import vn.dondoc.platform.ApiError;

/**
 * A multipart body that is cut off or otherwise unreadable fails while Spring parses the request, before any
 * controller is chosen, so the API's advice (bound to controllers) never sees it and the answer was a bare 500.
 * Such an upload is the client's fault: answer 400 with a stable code and a Vietnamese message, on every path.
 * Oversize uploads keep their own answers (413, see IntakeUploadLimitAdvice and Spring's default).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class MalformedUploadAdvice {

  public static final String CODE = "MALFORMED_UPLOAD";

  @ExceptionHandler(MultipartException.class)
  public ResponseEntity<ApiError> malformed(MultipartException e, jakarta.servlet.http.HttpServletRequest request) {
    // An error dispatch (e.g. Spring Security's 401/403 for a multipart deployment) re-parses the already consumed
    // body; the original status must stand, so leave that case to the default handling.
    if (e instanceof MaxUploadSizeExceededException
        || request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
      throw e;
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiError(CODE,
        "Tệp tải lên bị hỏng hoặc bị cắt giữa chừng; hệ thống không đọc được. Vui lòng chọn tệp và tải lên lại."));
  }
}
