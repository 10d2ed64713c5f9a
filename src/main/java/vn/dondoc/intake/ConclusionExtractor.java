package vn.dondoc.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import vn.dondoc.org.Unit;

/**
 * Reads a conclusion's text into an {@link IntakeResult}: a pure function of (text, organisation units) that
 * runs every extractor and matches every unit phrase. Throws {@link vn.dondoc.platform.ApiException} when the
 * text is not a conclusion or lacks what a conclusion must have — never a half-filled result.
 */
public final class ConclusionExtractor {

  private final List<Unit> units;

  public ConclusionExtractor(List<Unit> units) {
    this.units = List.copyOf(units);
  }

  public IntakeResult extract(String rawText, String sourceFormat) {
    DocumentText doc = DocumentText.of(rawText);
    List<String> lines = doc.lines();
    TitleExtractor.Title title = TitleExtractor.extract(lines);
    HeaderExtractor.Header header = HeaderExtractor.extract(lines, title.index());
    if (!isConclusion(title, header)) {
      throw IntakeErrors.notAConclusion();
    }
    String issuer = CommitteeName.normalSpelling(header.issuerAsWritten());
    if (header.issuerAsWritten() != null && header.parentBodyAsWritten() != null
        && HeaderExtractor.BODY_OF_COMMITTEE.matcher(header.issuerAsWritten()).matches()) {
      // "Ủy ban Kiểm tra" + "Tỉnh ủy Lâm Đồng": the body is named with its committee.
      issuer = issuer + " " + CommitteeName.normalSpelling(header.parentBodyAsWritten());
    }
    UnitMatcher.IssuerContext context = UnitMatcher.IssuerContext.of(issuer, units);
    Function<String, UnitRef> match = phrase -> matchOrShorten(phrase, context);

    TaskSectionParser.Section section = TaskSectionParser.parse(lines, Math.max(0, title.bodyStart()));
    List<String> addressees = UnitPhrases.addressees(section.intro());
    List<ExtractedTask> tasks = new ArrayList<>();
    MonitoringClause monitoring = null;
    // Tasks in document order: items written after the task table come after its rows.
    List<ExtractedTask> afterTable = new ArrayList<>();
    for (TaskSectionParser.Item item : section.leaves()) {
      String text = item.text();
      List<String> leadPhrases = inheritedLead(item);
      if (leadPhrases.isEmpty()) {
        leadPhrases = addressees;
      }
      List<String> coordPhrases = inherited(item, UnitPhrases::coordinating);
      Deadline deadline = DeadlineExtractor.extract(text, header.issuedDate());
      for (TaskSectionParser.Item p = item.parent(); deadline.isNone() && p != null; p = p.parent()) {
        deadline = DeadlineExtractor.extract(DocumentText.join(p.lines), header.issuedDate());
      }
      boolean isMonitoring = MonitoringExtractor.isMonitoringClause(text);
      if (isMonitoring) {
        monitoring = MonitoringExtractor.extract(item.ordinal(), text, match);
      }
      (item.afterTheTable() ? afterTable : tasks).add(new ExtractedTask(item.ordinal(), sectionOf(item), text,
          leadPhrases.stream().map(match).toList(), coordPhrases.stream().map(match).toList(), deadline, isMonitoring));
    }
    for (TaskTableParser.Row row : section.table()) {
      Deadline deadline = DeadlineExtractor.extract(row.deadline(), header.issuedDate(), true);
      if (deadline.isNone()) {
        deadline = DeadlineExtractor.extract(row.text(), header.issuedDate());
      }
      // A row says what ("Theo dõi, đôn đốc việc thực hiện Kết luận này; …") and its columns say who: read as the
      // sentence "Văn phòng Tỉnh ủy chủ trì, phối hợp với … theo dõi, đôn đốc …".
      String sentence = row.text();
      if (row.lead() != null && !row.lead().isBlank() && !sentence.isEmpty()) {
        sentence = row.lead().strip() + " chủ trì" + (row.coordinating() == null || row.coordinating().isBlank() ? ""
            : ", phối hợp với " + row.coordinating().strip()) + " "
            + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
      }
      boolean isMonitoring = MonitoringExtractor.isMonitoringClause(row.text())
          || MonitoringExtractor.isMonitoringClause(sentence);
      if (isMonitoring) {
        monitoring = MonitoringExtractor.extract(row.ordinal(), sentence, match);
      }
      tasks.add(new ExtractedTask(row.ordinal(), row.section(), row.text(),
          UnitPhrases.list(row.lead()).stream().map(match).toList(),
          UnitPhrases.list(row.coordinating()).stream().map(match).toList(), deadline, isMonitoring));
    }
    tasks.addAll(afterTable);
    if (monitoring == null && section.closing() != null) {
      for (String sentence : section.closing().split("(?<=\\.)\\s+")) {
        if (MonitoringExtractor.isMonitoringClause(sentence)) {
          monitoring = MonitoringExtractor.extract(null, sentence, match);
        }
      }
    }
    if (monitoring == null && section.endIndex() < lines.size()) {
      // A closing paragraph after the numbered items ("Giao Văn phòng … theo dõi, đôn đốc …").
      int stop = RecipientExtractor.headIndex(lines);
      int sig = SignatureExtractor.authorityIndex(lines, section.endIndex());
      int to = lines.size();
      if (stop >= section.endIndex()) {
        to = Math.min(to, stop);
      }
      if (sig >= section.endIndex()) {
        to = Math.min(to, sig);
      }
      String closing = DocumentText.join(lines.subList(section.endIndex(), to));
      for (String sentence : closing.split("(?<=\\.)\\s+")) {
        if (MonitoringExtractor.isMonitoringClause(sentence)) {
          monitoring = MonitoringExtractor.extract(null, sentence, match);
        }
      }
    }

    List<String> missing = new ArrayList<>();
    if (header.number() == null) {
      missing.add("số văn bản");
    }
    if (header.issuedDate() == null) {
      missing.add("ngày ban hành");
    }
    if (issuer == null) {
      missing.add("cơ quan ban hành");
    }
    if (tasks.isEmpty()) {
      missing.add("phần nhiệm vụ, giải pháp");
    }
    if (!missing.isEmpty()) {
      throw IntakeErrors.incomplete(String.join(", ", missing));
    }

    int signatureFrom = section.endIndex() > 0 ? Math.min(section.endIndex(), lines.size()) : 0;
    Signer signer = SignatureExtractor.extract(lines, signatureFrom);
    List<String> recipients = RecipientExtractor.extract(lines);
    List<DocumentReference> references = ReferenceExtractor.extract(
        DocumentText.join(lines.stream().filter(l -> !l.matches("^[-–—_*=.·\\s]{3,}$")).toList()));

    List<String> warnings = new ArrayList<>();
    Set<String> unmatched = new LinkedHashSet<>();
    if (context.issuer() == null) {
      warnings.add("Cơ quan ban hành \"" + issuer + "\" chưa có trong danh mục đơn vị của hệ thống.");
    }
    if (section.withoutHeading()) {
      warnings.add("Văn bản không có tiêu đề phần nhiệm vụ, giải pháp; các mục đánh số của phần nội dung được "
          + "coi là nhiệm vụ, cần kiểm tra lại.");
    }
    if (monitoring == null) {
      warnings.add("Văn bản không có điều khoản giao đơn vị theo dõi, đôn đốc việc thực hiện; "
          + "cần người dùng chỉ định đơn vị theo dõi.");
    } else if (monitoring.leadUnit() == null) {
      warnings.add("Không xác định được đơn vị chủ trì theo dõi, đôn đốc trong điều khoản theo dõi.");
    }
    List<String> noDeadline = new ArrayList<>();
    for (ExtractedTask t : tasks) {
      if (t.leadUnits().isEmpty()) {
        warnings.add("Nhiệm vụ " + t.ordinal() + ": không xác định được đơn vị chủ trì.");
      }
      if (t.deadline().isNone()) {
        noDeadline.add(t.ordinal());
      }
      t.leadUnits().stream().filter(u -> !u.matched()).forEach(u -> unmatched.add(u.phrase()));
      t.coordinatingUnits().stream().filter(u -> !u.matched()).forEach(u -> unmatched.add(u.phrase()));
    }
    if (monitoring != null) {
      List<UnitRef> all = new ArrayList<>(monitoring.coordinatingUnits());
      all.addAll(monitoring.reportTo());
      if (monitoring.leadUnit() != null) {
        all.add(monitoring.leadUnit());
      }
      all.stream().filter(u -> !u.matched()).forEach(u -> unmatched.add(u.phrase()));
    }
    if (!noDeadline.isEmpty()) {
      warnings.add("Nhiệm vụ chưa có thời hạn: " + String.join(", ", noDeadline) + ".");
    }
    for (String phrase : unmatched) {
      warnings.add("Cụm từ \"" + phrase + "\" chưa khớp với đơn vị nào; cần người dùng chọn đơn vị.");
    }
    if (signer == null) {
      warnings.add("Không đọc được khối chữ ký (T/M, K/T, T/L).");
    } else if (signer.authority() == null) {
      warnings.add("Chữ ký không ghi thẩm quyền ký (T/M, K/T, T/L); cần kiểm tra lại người ký.");
    }
    return new IntakeResult(sourceFormat, header.partyHeader(), header.documentNumber(), header.number(),
        header.typeCode(), header.issuerCode(), CommitteeName.normalSpelling(header.parentBodyAsWritten()), issuer,
        header.issuerAsWritten(), context.issuerCode(), header.place(), header.issuedDate(), title.title(),
        title.subject(), signer, references, tasks, monitoring, recipients, List.copyOf(unmatched), warnings);
  }

  /**
   * A subject read up to the first known verb may run on past the name ("Đảng ủy thị trấn phân công cấp ủy
   * viên …"): when the whole phrase matches nothing, drop trailing lower-case words (never a capitalised one, so
   * "Ủy ban Kiểm tra Đảng ủy cơ sở" is not cut to "Ủy ban Kiểm tra") until a confident match is found.
   */
  private UnitRef matchOrShorten(String phrase, UnitMatcher.IssuerContext context) {
    UnitRef whole = UnitMatcher.match(phrase, context, units);
    if (whole.matched()) {
      return whole;
    }
    String[] words = Vn.trimPunctuation(phrase).split(" ");
    for (int n = words.length - 1; n >= 2; n--) {
      String dropped = words[n];
      if (dropped.isEmpty() || !Character.isLowerCase(dropped.charAt(0))) {
        break;
      }
      String shorter = String.join(" ", java.util.Arrays.copyOf(words, n));
      UnitRef ref = UnitMatcher.match(shorter, context, units);
      if (ref.matched() && ref.confidence() >= UnitMatcher.CONTEXT_COMPLETED) {
        return ref;
      }
    }
    return whole;
  }

  private static boolean isConclusion(TitleExtractor.Title title, HeaderExtractor.Header header) {
    boolean titled = title.title() != null && title.title().contains("KẾT LUẬN");
    boolean typed = "KL".equalsIgnoreCase(header.typeCode())
        || ("TB".equalsIgnoreCase(header.typeCode()) && title.title() != null && title.title().startsWith("THÔNG BÁO"));
    return titled || (typed && title.title() != null && (title.title().startsWith("KẾT LUẬN")
        || title.title().startsWith("THÔNG BÁO")));
  }

  /** The item's own phrases, else those of the nearest group heading that names some. */
  private static List<String> inherited(TaskSectionParser.Item item, Function<String, List<String>> read) {
    for (TaskSectionParser.Item i = item; i != null; i = i.parent()) {
      List<String> phrases = read.apply(DocumentText.join(i.lines));
      if (!phrases.isEmpty()) {
        return phrases;
      }
    }
    return List.of();
  }

  /** The lead of an item: its own, else its group heading's ("1. Ban Tổ chức Huyện ủy:", "II. … đề nghị X …:"). */
  private static List<String> inheritedLead(TaskSectionParser.Item item) {
    List<String> own = UnitPhrases.lead(item.text());
    if (!own.isEmpty()) {
      return own;
    }
    for (TaskSectionParser.Item p = item.parent(); p != null; p = p.parent()) {
      List<String> phrases = UnitPhrases.lead(p.text());
      if (phrases.isEmpty()) {
        phrases = UnitPhrases.addressees(p.headingWithIntro());
      }
      if (!phrases.isEmpty()) {
        return phrases;
      }
    }
    return List.of();
  }

  private static String sectionOf(TaskSectionParser.Item item) {
    if (item.parent() == null) {
      return null;
    }
    String title = item.parent().title();
    return Vn.trimPunctuation(title != null ? title : DocumentText.join(item.parent().lines));
  }
}
