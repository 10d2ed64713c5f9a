package vn.dondoc.monitoring;

/**
 * An item of "cần can thiệp hôm nay". Sorted by {@link #urgency()}, highest first: the kind's weight plus its age
 * in working days, so an overdue task outranks a pending extension request of the same age, and an old one
 * outranks a fresh one of a heavier kind only after weeks.
 *
 * @param age working days: late (overdue), waiting (extension, evidence) or without a deadline since assignment
 */
public record Intervention(Kind kind, AssignmentRow assignment, int age, String detail) {

  public enum Kind {
    OVERDUE("Quá hạn", 100),
    EXTENSION_PENDING("Đề nghị gia hạn chưa được trả lời", 80),
    MISSING_EVIDENCE("Báo cáo hoàn thành thiếu minh chứng", 50),
    NO_DEADLINE("Chưa có thời hạn", 20);

    private final String label;
    private final int weight;

    Kind(String label, int weight) {
      this.label = label;
      this.weight = weight;
    }

    public String label() {
      return label;
    }

    public int weight() {
      return weight;
    }
  }

  public int urgency() {
    return kind.weight() + age;
  }
}
