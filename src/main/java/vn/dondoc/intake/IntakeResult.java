package vn.dondoc.intake;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What intake read from one conclusion: a proposal for a person to confirm, never a registered conclusion.
 *
 * @param issuer          the issuing committee in normal spelling ("Huyện ủy Cát Tiên")
 * @param issuerAsWritten as the header writes it ("HUYỆN ỦY CÁT TIÊN")
 * @param issuerUnitCode  the organisation unit of the issuer, null when not in the organisation
 * @param title           the document kind heading ("KẾT LUẬN", "THÔNG BÁO KẾT LUẬN")
 * @param subject         the lines under the title ("Hội nghị sơ kết 05 năm …")
 * @param unmatchedPhrases every unit phrase no unit or class was found for, for a person to resolve
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IntakeResult(
    String sourceFormat,
    String partyHeader,
    String documentNumber,
    String number,
    String typeCode,
    String issuerCode,
    String parentBody,
    String issuer,
    String issuerAsWritten,
    String issuerUnitCode,
    String place,
    LocalDate issuedDate,
    String title,
    String subject,
    Signer signer,
    List<DocumentReference> references,
    List<ExtractedTask> tasks,
    MonitoringClause monitoring,
    List<String> recipients,
    List<String> unmatchedPhrases,
    List<String> warnings) {}
