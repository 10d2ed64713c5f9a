package vn.dondoc.monitoring.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What the issuer asks for. {@code kind} CONCLUSION needs {@code conclusionId}; COMMITTEE needs {@code committee}
 * (the issuing committee's unit code). Everything else has defaults from the conclusion and the organisation.
 *
 * @param issuingUnit unit in whose name the report is issued (default: the conclusion's monitoring unit, or the
 *                    committee)
 * @param number      the report's number as registered, e.g. "15-BC/BTCHU" (blank: left for the office to fill)
 */
public record ReportRequest(String kind, Long conclusionId, String committee, LocalDate asOf, LocalDate periodFrom,
    String issuingUnit, String number, String place, List<String> recipients, String signerAuthority,
    String signerTitle, String signerName) {}
