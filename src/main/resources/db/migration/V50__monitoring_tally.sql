-- Monitoring at scale: the status tally (grid counts as of one date, kept up to date by every write of the
-- follow-up store) and indexes that let the intervention list read only the rows it shows.
-- See docs/monitoring.md, "The status tally".

-- One row: the date (and due-soon limit) the tally is valid for. as_of NULL means "not valid, do not read".
-- Writers lock it shared before adjusting counts, the rebuild locks it exclusively: see StatusTally.
CREATE TABLE monitoring_tally_state (
    id              INT           NOT NULL PRIMARY KEY,
    as_of           DATE,
    due_soon_limit  DATE,
    rebuilt_at      TIMESTAMP WITH TIME ZONE,
    rebuild_ms      BIGINT
);
INSERT INTO monitoring_tally_state (id) VALUES (1);

-- Assignments per (scope, grid column) as of monitoring_tally_state.as_of, exactly what one scan with
-- StatusSql.COLUMN would count. scope_kind: CONCLUSION (key = conclusion id), UNIT (unit code), FIELD (field
-- code, '-' for none). Rows may hold 0 after their assignments moved on; readers skip them.
CREATE TABLE monitoring_tally (
    scope_kind   VARCHAR(16)   NOT NULL,
    scope_key    VARCHAR(64)   NOT NULL,
    grid_column  VARCHAR(24)   NOT NULL,
    n            BIGINT        NOT NULL,
    PRIMARY KEY (scope_kind, scope_key, grid_column)
);

-- The states are a fixed contract; the intervention list reads overdue rows state by state, so it relies on it.
ALTER TABLE task_assignment ADD CONSTRAINT ck_task_assignment_state CHECK (state IN ('ASSIGNED', 'IN_PROGRESS',
    'AWAITING_REVIEW', 'REWORK', 'COMPLETED', 'RETURNED_AS_WRONG', 'REASSIGNED', 'CLOSED'));

-- Overdue rows per state in deadline order (the intervention list and the overdue drill-down).
-- It extends V2's ix_task_assignment_deadline (state, current_deadline), which it replaces (one index less to write).
CREATE INDEX ix_ta_state_deadline_id ON task_assignment (state, current_deadline, id);
DROP INDEX ix_task_assignment_deadline;
-- Completed rows that are not (yet) completed as of a date (completed_on missing or later), in deadline order:
-- a range of its own, so the planner need not walk every completed row (state and completed_on are correlated,
-- which its statistics do not know).
CREATE INDEX ix_ta_state_completed_on ON task_assignment (state, completed_on, current_deadline, id);
-- Tasks without a deadline (not recurring) in the order they were assigned.
CREATE INDEX ix_ta_no_deadline ON task_assignment (recurring, current_deadline, assigned_at, id);
