package vn.dondoc.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * A conclusion as typed or read from a document, before it is issued: what
 * {@link ConclusionRegistration#start(ConclusionDraft, String)} needs to start {@code conclusion-lifecycle}.
 * Everything here can still be corrected by the issuing office in "Lập danh mục nhiệm vụ".
 *
 * @param docNumber        the number as text, "1066"
 * @param typeCode         KL, NQ, CT ...
 * @param issuerCode       the issuer part of the number: HU, TU, ĐU ...
 * @param issuerUnitCode   the issuing committee in the organisation, e.g. hu-ct
 * @param monitoringUnit   unit code that follows up (theo dõi, đôn đốc), e.g. hu-ct-btc; null = ask a person
 * @param reportToUnits    unit codes the monitoring unit reports to, e.g. hu-ct-tt, hu-ct-btv
 * @param reportCadence    MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY (the periodic summary)
 * @param reviewDate       when the interim/final review (sơ kết / tổng kết) is due; may be set while listing
 * @param predecessorKey   business key of the conclusion this one follows (successor conclusions)
 */
public record ConclusionDraft(
    String docNumber,
    String typeCode,
    String issuerCode,
    String issuerUnitCode,
    LocalDate issuedDate,
    String place,
    String title,
    String signerAuthority,
    String signerTitle,
    String signerName,
    String monitoringUnit,
    List<String> reportToUnits,
    String reportCadence,
    LocalDate reviewDate,
    List<Reference> references,
    List<TaskDraft> tasks,
    String predecessorKey) {

  /** The business key: {@code <number>-<type>/<issuer>@<yyyy-MM-dd>}, e.g. {@code 1066-KL/HU@2023-08-11}. */
  public String businessKey() {
    return label() + "@" + issuedDate;
  }

  /** The number as printed: {@code 1066-KL/HU}. */
  public String label() {
    return docNumber.trim() + "-" + typeCode.trim() + "/" + issuerCode.trim();
  }

  /**
   * One task (nhiệm vụ) of the conclusion.
   *
   * @param ordinal              "1", "3.1"
   * @param leadUnits            unit codes leading the task (chủ trì); one task-execution each
   * @param leadUnitClass        instead of units: a class of units under the issuer (e.g. BASE_COMMITTEE),
   *                             fanned out to every current unit of that kind at issue
   * @param coordinatingUnits    unit codes asked to contribute (phối hợp)
   * @param deadlineType         FIXED, RELATIVE, PERIOD, RECURRING, PENDING, NONE
   * @param deadlineDate         the date for FIXED/RELATIVE/PERIOD (last day of the period)
   * @param deadlineText         the deadline as written in the document
   * @param cadence              MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY: periodic progress reports
   * @param monitoringUnit       null = the conclusion's monitoring unit
   * @param carriedOverFromId    conclusion_task.id of the predecessor's task (successor conclusions)
   */
  public record TaskDraft(
      String ordinal,
      String text,
      List<String> leadUnits,
      String leadUnitClass,
      List<String> coordinatingUnits,
      String deadlineType,
      LocalDate deadlineDate,
      String deadlineText,
      String noDeadlineReason,
      String cadence,
      String product,
      String monitoringUnit,
      Long carriedOverFromId) {}

  /** A document the conclusion cites: "Kế hoạch số 59-KH/TU, ngày 10/8/2018". */
  public record Reference(String documentNumber, LocalDate documentDate, String issuingBody, String citedAs) {}
}
