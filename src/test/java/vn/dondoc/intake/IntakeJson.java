package vn.dondoc.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.dondoc.org.DemoOrganisation;

/** Test helpers: the demo organisation's extractor and the JSON the endpoint writes. */
final class IntakeJson {

  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

  static final ConclusionExtractor EXTRACTOR = new ConclusionExtractor(DemoOrganisation.units());

  static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Prints the extraction of a file: {@code IntakeJson <path>} from the test classpath. */
  public static void main(String[] args) throws Exception {
    byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[0]));
    DocumentReader.Read read = new DocumentReader().read(bytes, args[0]);
    System.out.println(json(EXTRACTOR.extract(read.text(), read.format())));
  }

  private IntakeJson() {}
}
