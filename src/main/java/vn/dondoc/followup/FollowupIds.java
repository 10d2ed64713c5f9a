package vn.dondoc.followup;

/**
 * Every id the follow-up processes share with code and tests: process keys, activity ids, messages and
 * variable names. BPMN files use exactly these strings; nothing else spells them.
 */
public final class FollowupIds {

  private FollowupIds() {}

  /** conclusion-lifecycle: one instance per conclusion, business key {@code 1066-KL/HU@2023-08-11}. */
  public static final class Lifecycle {
    public static final String PROCESS_KEY = "conclusion-lifecycle";

    public static final String START = "conclusionRegistered";
    public static final String REGISTER = "registerConclusion";
    public static final String LIST_TASKS = "listTasks";
    public static final String APPROVE = "approveConclusion";
    public static final String APPROVED_GATEWAY = "approvedGateway";
    public static final String ISSUE = "issueConclusion";
    public static final String START_TASK_EXECUTIONS = "startTaskExecutions";
    public static final String FOLLOW_UP = "followUp";
    public static final String FOLLOW_UP_START = "followUpStarted";
    public static final String ALL_CLOSED = "allAssignmentsClosed";
    public static final String FOLLOW_UP_END = "followUpDone";
    public static final String REVIEW_DATE_REACHED = "reviewDateReached";
    public static final String SUMMARY = "periodicSummary";
    public static final String SUMMARY_START = "summaryPeriodStarted";
    public static final String COMPILE_SUMMARY = "compileSummary";
    public static final String READ_SUMMARY = "readSummary";
    public static final String DIRECTIVE_GATEWAY = "directiveGateway";
    public static final String ISSUE_DIRECTIVE = "issueDirective";
    public static final String SUMMARY_END = "summaryDone";
    public static final String NO_DIRECTIVE_END = "summaryWithoutDirective";
    public static final String REVIEW = "reviewConclusion";
    public static final String CLOSE = "closeConclusion";
    public static final String SUCCESSOR_GATEWAY = "successorGateway";
    public static final String START_SUCCESSOR = "startSuccessor";
    public static final String CLOSED_END = "conclusionClosed";
    public static final String SUPERSEDED_END = "conclusionSuperseded";

    private Lifecycle() {}
  }

  /** task-execution: one instance per task x lead unit, business key = task_assignment.business_key. */
  public static final class TaskExecution {
    public static final String PROCESS_KEY = "task-execution";

    public static final String START = "taskAssigned";
    public static final String ACCEPT = "acceptTask";
    public static final String ACCEPTED_GATEWAY = "acceptedGateway";
    public static final String REASSIGN = "reassignTask";
    public static final String APPLY_REASSIGNMENT = "applyReassignment";
    public static final String REASSIGNED_END = "taskReassigned";
    public static final String WORK = "work";
    public static final String WORK_START = "workStarted";
    public static final String WORK_SPLIT = "workSplit";
    public static final String RECURRING_GATEWAY = "recurringGateway";
    /** Receive task: a recurring task waits here until the review of the conclusion ends the work. */
    public static final String RECURRING_END = "recurringReportsOnly";
    public static final String REPORT_COMPLETION = "reportCompletion";
    public static final String REVIEW_RESULT = "reviewResult";
    public static final String REVIEW_GATEWAY = "reviewGateway";
    public static final String WORK_ACCEPTED_END = "resultAccepted";
    public static final String CONTRIBUTE = "contribute";
    public static final String CONTRIBUTIONS_END = "contributionsDone";
    public static final String EXTENSION_GATEWAY = "extensionAllowedGateway";
    public static final String NO_EXTENSION_END = "noExtensionPossible";
    public static final String REQUEST_EXTENSION = "requestExtension";
    public static final String EXTENSION_DECIDER = "findExtensionDecider";
    public static final String DECIDE_EXTENSION = "decideExtension";
    public static final String PERIODIC_REPORT_TIMER = "reportPeriodStarted";
    public static final String PROGRESS_REPORT = "progressReport";
    public static final String PROGRESS_REPORT_LATE = "progressReportLate";
    public static final String REMIND_PROGRESS_REPORT = "remindProgressReport";
    public static final String PROGRESS_REPORT_END = "progressReported";
    public static final String PROGRESS_REMINDED_END = "progressReportReminded";
    public static final String DIRECTIVE = "directive";
    public static final String DIRECTIVE_START = "directiveReceived";
    public static final String ANSWER_DIRECTIVE = "answerDirective";
    public static final String DIRECTIVE_END = "directiveAnswered";
    public static final String CONCLUSION_REVIEWED = "conclusionReviewed";
    public static final String CLOSE_BY_REVIEW = "closeByReview";
    public static final String CLOSED_BY_REVIEW_END = "closedByReview";
    public static final String COMPLETE_ASSIGNMENT = "completeAssignment";
    public static final String COMPLETED_END = "taskCompleted";

    private TaskExecution() {}
  }

  /**
   * reminder-digest: one instance per (recipient unit, moment), business key {@code <unit>@<yyyy-MM-ddTHH:mm:ss>};
   * its timer job sends every reminder of the ladder planned for that unit and moment as one e-mail.
   */
  public static final class ReminderDigest {
    public static final String PROCESS_KEY = "reminder-digest";

    public static final String START = "digestPlanned";
    public static final String DUE = "digestDue";
    public static final String SEND = "sendDigest";
    public static final String END = "digestSent";
    /** The moment the digest is due (java.util.Date), its timer's timeDate. */
    public static final String DUE_AT = "dueAt";

    private ReminderDigest() {}
  }

  /** Message names. */
  public static final class Messages {
    /** Correlated by monitoring to a task-execution (business key = assignment key), variable directiveId. */
    public static final String DIRECTIVE_ISSUED = "DirectiveIssued";
    /** Sent by a task-execution to its conclusion when the last non-recurring assignment is closed. */
    public static final String ALL_ASSIGNMENTS_CLOSED = "AllAssignmentsClosed";
    /** Sent by the lifecycle to every open task-execution of the conclusion when it is reviewed. */
    public static final String CONCLUSION_REVIEWED = "ConclusionReviewed";

    private Messages() {}
  }

  /** Decision keys (DMN). */
  public static final class Decisions {
    public static final String REMINDER_LADDER = "reminder-ladder";
    public static final String EXTENSION_DECIDER = "extension-decider";

    private Decisions() {}
  }

  /** Process variable names. */
  public static final class Vars {
    public static final String CONCLUSION_KEY = "conclusionKey";
    public static final String CONCLUSION_ID = "conclusionId";
    public static final String CONCLUSION_LABEL = "conclusionLabel";
    public static final String TITLE = "title";
    public static final String TASKS = "tasks";
    public static final String OFFICE_GROUP = "officeGroup";
    public static final String LEADERSHIP_GROUPS = "leadershipGroups";
    public static final String MONITORING_UNIT = "monitoringUnit";
    public static final String REPORT_TO_UNITS = "reportToUnits";
    public static final String APPROVED = "approved";
    public static final String RETURN_REASON = "returnReason";
    public static final String REVIEW_AT = "reviewAt";
    public static final String SUMMARY_CYCLE = "summaryCycle";
    public static final String ISSUE_DIRECTIVE = "issueDirective";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String START_SUCCESSOR = "startSuccessorConclusion";

    /** Task-local JSON on every task-execution task: what its form shows (read from the business tables). */
    public static final String VIEW = "view";
    public static final String ASSIGNMENT_ID = "assignmentId";
    public static final String LEAD_UNIT = "leadUnit";
    public static final String ACCEPTED = "accepted";
    public static final String RECURRING = "recurring";
    public static final String EXTENSION_ALLOWED = "extensionAllowed";
    public static final String COORDINATING_UNITS = "coordinatingUnits";
    public static final String REPORT_CYCLE = "reportCycle";
    public static final String RESULT_ACCEPTED = "resultAccepted";
    public static final String EXTENSION_DECIDER_GROUP = "extensionDeciderGroup";
    public static final String DIRECTIVE_ID = "directiveId";

    private Vars() {}
  }
}
