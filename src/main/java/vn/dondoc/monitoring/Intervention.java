package vn.dondoc.monitoring;

/**
 * An item of "cần can thiệp hôm nay". Sorted by urgency: by kind in the order of {@link Kind} (overdue first,
 * then unanswered extension requests, completions without evidence, tasks without deadline), and within a kind
 * the oldest first.
 *
 * @param age working days: late (overdue), waiting (extension, evidence) or without a deadline since assignment
 */
public record Intervention(Kind kind, AssignmentRow assignment, int age, String detail) {

  public enum Kind {
    OVERDUE("Quá hạn"),
    EXTENSION_PENDING("Đề nghị gia hạn chưa được trả lời"),
    MISSING_EVIDENCE("Báo cáo hoàn thành thiếu minh chứng"),
    NO_DEADLINE("Chưa có thời hạn");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
