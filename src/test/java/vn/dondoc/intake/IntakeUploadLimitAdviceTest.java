package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Spring's own upload limit (above intake's) is answered with intake's code on intake's paths only. */
class IntakeUploadLimitAdviceTest {

  final IntakeUploadLimitAdvice advice = new IntakeUploadLimitAdvice();
  final MaxUploadSizeExceededException tooLarge = new MaxUploadSizeExceededException(20 * 1024 * 1024);

  @Test
  void intakePaths() {
    var response = advice.tooLarge(tooLarge, new MockHttpServletRequest("POST", "/api/intake"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(response.getBody().code()).isEqualTo(IntakeErrors.FILE_TOO_LARGE);
    assertThat(advice.tooLarge(tooLarge, new MockHttpServletRequest("POST", "/intake")).getBody().code())
        .isEqualTo(IntakeErrors.FILE_TOO_LARGE);
  }

  @Test
  void otherPathsKeepSpringsHandling() {
    assertThatThrownBy(() -> advice.tooLarge(tooLarge, new MockHttpServletRequest("POST", "/api/evidence")))
        .isSameAs(tooLarge);
  }
}
