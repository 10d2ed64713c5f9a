package vn.dondoc.monitoring.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.monitoring.MonitoringScope;
import vn.dondoc.platform.ApiException;

/** Issues reports: collects the data, renders DOCX, PDF and XLSX once, and freezes all of it as a snapshot. */
@Service
public class ReportService {

  public static final String DOCX = "docx";
  public static final String PDF = "pdf";
  public static final String XLSX = "xlsx";
  public static final String DATA = "data.json";

  static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final ReportBuilder builder;
  private final DocxRenderer docx;
  private final PdfRenderer pdf;
  private final XlsxRenderer xlsx;
  private final ReportSnapshotRepository snapshots;

  public ReportService(ReportBuilder builder, DocxRenderer docx, PdfRenderer pdf, XlsxRenderer xlsx,
      ReportSnapshotRepository snapshots) {
    this.builder = builder;
    this.docx = docx;
    this.pdf = pdf;
    this.xlsx = xlsx;
    this.snapshots = snapshots;
  }

  @Transactional
  public ReportSnapshotRepository.Snapshot issue(ReportRequest req, MonitoringScope scope) {
    ReportData d = builder.build(req, scope);
    try {
      List<ReportSnapshotRepository.Part> parts = List.of(
          new ReportSnapshotRepository.Part(DATA, "application/json", JSON.writeValueAsBytes(d)),
          new ReportSnapshotRepository.Part(DOCX,
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.render(d)),
          new ReportSnapshotRepository.Part(PDF, "application/pdf", pdf.render(d)),
          new ReportSnapshotRepository.Part(XLSX,
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.render(d)));
      long id = snapshots.insert(d, "CONCLUSION".equals(d.kind()) ? req.conclusionId() : null,
          "COMMITTEE".equals(d.kind()) ? req.committee() : null, JSON.writeValueAsString(req), parts);
      return snapshots.find(id).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<ReportSnapshotRepository.Snapshot> list(MonitoringScope scope) {
    requireReader(scope);
    return snapshots.list(200);
  }

  public ReportSnapshotRepository.Snapshot snapshot(long id, MonitoringScope scope) {
    requireReader(scope);
    return snapshots.find(id).orElseThrow(() -> ApiException.notFound("REPORT_NOT_FOUND",
        "Không tìm thấy báo cáo số " + id + "."));
  }

  public ReportSnapshotRepository.Part file(long id, String part, MonitoringScope scope) {
    snapshot(id, scope);
    return snapshots.part(id, part).orElseThrow(() -> ApiException.notFound("REPORT_FILE_NOT_FOUND",
        "Báo cáo không có tệp dạng \"" + part + "\"."));
  }

  /** The frozen data of an issued report. */
  public ReportData data(long id, MonitoringScope scope) {
    try {
      return JSON.readValue(file(id, DATA, scope).content(), ReportData.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void requireReader(MonitoringScope scope) {
    if (!scope.all()) {
      throw ApiException.forbidden("REPORT_NOT_ALLOWED",
          "Chỉ đơn vị theo dõi, đôn đốc và lãnh đạo mới được xem các báo cáo tổng hợp.");
    }
  }
}
