package vn.dondoc.intake;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document the conclusion cites. Documents without a number ("Nghị quyết Trung ương 4 (khóa XII)") keep
 * {@code documentNumber} null and their name in {@code title}.
 *
 * @param documentNumber "59-KH/TU"
 * @param kind           the document kind as written ("Kế hoạch", "Chương trình hành động")
 * @param issuingBody    the body after "của", as written ("Ban Thường vụ Tỉnh ủy")
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentReference(String documentNumber, String number, String typeCode, String issuerCode,
    String kind, LocalDate date, String issuingBody, String title) {

  /** Same document: same number, or same name for unnumbered ones. */
  String key() {
    return documentNumber != null ? documentNumber : title;
  }
}
