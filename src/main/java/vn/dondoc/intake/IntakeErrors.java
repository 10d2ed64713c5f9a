package vn.dondoc.intake;

import org.springframework.http.HttpStatus;

import vn.dondoc.platform.ApiException;

/** The stable error codes of intake, with their Vietnamese messages. */
public final class IntakeErrors {

  public static final String EMPTY_FILE = "INTAKE_EMPTY_FILE";
  public static final String FILE_TOO_LARGE = "INTAKE_FILE_TOO_LARGE";
  public static final String UNSUPPORTED_FORMAT = "INTAKE_UNSUPPORTED_FORMAT";
  public static final String ENCRYPTED = "INTAKE_ENCRYPTED";
  public static final String NO_TEXT_LAYER = "INTAKE_NO_TEXT_LAYER";
  public static final String UNREADABLE = "INTAKE_UNREADABLE";
  public static final String NOT_A_CONCLUSION = "INTAKE_NOT_A_CONCLUSION";
  public static final String INCOMPLETE = "INTAKE_INCOMPLETE";
  public static final String FORBIDDEN = "INTAKE_FORBIDDEN";

  static ApiException emptyFile() {
    return ApiException.badRequest(EMPTY_FILE, "Tệp tải lên rỗng. Vui lòng chọn tệp văn bản kết luận.");
  }

  static ApiException tooLarge(long limitBytes) {
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, FILE_TOO_LARGE,
        "Tệp vượt quá dung lượng cho phép (" + (limitBytes / (1024 * 1024)) + " MB).");
  }

  static ApiException unsupported(String what) {
    return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_FORMAT,
        "Định dạng tệp không được hỗ trợ" + (what == null ? "" : " (" + what + ")")
            + ". Chỉ nhận văn bản thuần (.txt), Word (.docx) hoặc PDF có lớp chữ.");
  }

  static ApiException encrypted() {
    return unprocessable(ENCRYPTED, "Tệp được đặt mật khẩu hoặc mã hóa nên không đọc được nội dung. "
        + "Vui lòng tải lên bản không đặt mật khẩu.");
  }

  static ApiException noTextLayer() {
    return unprocessable(NO_TEXT_LAYER, "Tệp PDF chỉ có ảnh chụp, không có lớp chữ để đọc. "
        + "Vui lòng tải lên bản PDF gốc hoặc tệp Word của văn bản.");
  }

  static ApiException unreadable(String format) {
    return unprocessable(UNREADABLE, "Không đọc được tệp " + format + ": tệp bị hỏng hoặc không đúng định dạng.");
  }

  static ApiException notAConclusion() {
    return unprocessable(NOT_A_CONCLUSION, "Văn bản không phải là kết luận của cấp ủy (không thấy tiêu đề "
        + "\"KẾT LUẬN\"/\"THÔNG BÁO KẾT LUẬN\" hoặc số văn bản loại KL/TB).");
  }

  static ApiException incomplete(String missing) {
    return unprocessable(INCOMPLETE, "Không đọc đủ thông tin bắt buộc của kết luận: " + missing
        + ". Vui lòng kiểm tra tệp hoặc nhập tay.");
  }

  static ApiException forbidden() {
    return ApiException.forbidden(FORBIDDEN,
        "Chỉ cán bộ Văn phòng cấp ủy, đơn vị theo dõi và quản trị viên được đọc văn bản kết luận vào hệ thống.");
  }

  private static ApiException unprocessable(String code, String message) {
    return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, code, message);
  }

  private IntakeErrors() {}
}
