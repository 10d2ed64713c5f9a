package vn.dondoc.intake;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One item of the "Nhiệm vụ, giải pháp" part.
 *
 * @param ordinal          "1", "3.1.2": the item's number, dashed items numbered under their parent
 * @param section          the heading of the group the item sits in ("Đối với việc xây dựng tổ chức cơ sở đảng")
 * @param monitoringClause true for the item that assigns the follow-up ("Giao … theo dõi, đôn đốc …")
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExtractedTask(String ordinal, String section, String text, List<UnitRef> leadUnits,
    List<UnitRef> coordinatingUnits, Deadline deadline, boolean monitoringClause) {}
