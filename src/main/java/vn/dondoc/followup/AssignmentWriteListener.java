package vn.dondoc.followup;

/**
 * Told of every write to task_assignment by {@link FollowupStore}, inside the writing transaction, so that data
 * derived from the assignments (the monitoring feature's status tally) stays exact. Implementations must not
 * write task_assignment themselves.
 */
public interface AssignmentWriteListener {

  /** Called just before an existing assignment row is updated. */
  void beforeUpdate(long assignmentId);

  /** Called just after a new assignment row was inserted. */
  void afterInsert(long assignmentId);

  AssignmentWriteListener NONE = new AssignmentWriteListener() {
    @Override
    public void beforeUpdate(long assignmentId) {}

    @Override
    public void afterInsert(long assignmentId) {}
  };
}
