package vn.dondoc.monitoring;

import java.util.List;

/**
 * The data-quality panel: what makes the grid untrustworthy.
 *
 * @param withoutDeadline       counted assignments in the "no deadline" column
 * @param missingDeadlineDate   of those, the ones whose text promised a date (FIXED, RELATIVE, PERIOD) but none
 *                              was entered
 * @param completionsWithoutEvidence completion reported with no evidence attached
 * @param unitsWithoutUsers     current units that no user belongs to (nobody can act on their tasks)
 */
public record DataQuality(long withoutDeadline, long missingDeadlineDate, long completionsWithoutEvidence,
    long pendingExtensions, List<String> unitsWithoutUsers) {}
