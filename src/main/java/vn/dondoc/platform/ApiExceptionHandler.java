package vn.dondoc.platform;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns every failure of the product's REST API into {@link ApiError} with a stable code. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  public ResponseEntity<ApiError> handle(ApiException e) {
    return ResponseEntity.status(e.getStatus()).body(new ApiError(e.getCode(), e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ApiError> handle(MethodArgumentNotValidException e) {
    List<ApiError.FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new ApiError.FieldProblem(f.getField(), f.getDefaultMessage()))
        .toList();
    return ResponseEntity.badRequest()
        .body(new ApiError("INVALID_INPUT", "Dữ liệu nhập chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.", fields));
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
      MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
  public ResponseEntity<ApiError> handleMalformed(Exception e) {
    return ResponseEntity.badRequest()
        .body(new ApiError("MALFORMED_REQUEST", "Yêu cầu không đúng định dạng hoặc thiếu thông tin bắt buộc."));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ResponseEntity<ApiError> handle(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(new ApiError("FILE_TOO_LARGE", "Tệp tải lên vượt quá dung lượng cho phép."));
  }

  @ExceptionHandler(AuthorizationException.class)
  public ResponseEntity<ApiError> handle(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(new ApiError("FORBIDDEN", "Bạn không có quyền thực hiện thao tác này."));
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<ApiError> handleUnexpected(Exception e) {
    log.error("Unexpected error in API", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(new ApiError("INTERNAL_ERROR", "Hệ thống gặp lỗi ngoài dự kiến. Dữ liệu bạn nhập chưa bị mất; vui lòng thử lại hoặc báo quản trị viên."));
  }
}
