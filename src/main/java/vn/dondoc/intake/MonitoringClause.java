package vn.dondoc.intake;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * "Giao Ban Tổ chức Huyện ủy chủ trì phối hợp với … theo dõi, đôn đốc …; định kỳ báo cáo …".
 *
 * @param ordinal the task item it was read from, or null when it stands outside the numbered items
 * @param cadence how often it reports, when the clause says (see {@link Deadline#cadence()})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MonitoringClause(String ordinal, String text, UnitRef leadUnit, List<UnitRef> coordinatingUnits,
    List<UnitRef> reportTo, String cadence) {}
