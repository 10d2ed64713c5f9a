package vn.dondoc.intake;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.dondoc.org.OrgService;
import vn.dondoc.platform.ApiException;

/**
 * Reads an uploaded conclusion and proposes its structure. Who may: issuing offices, supervisors and admins.
 * Nothing is stored; the result is a proposal a person confirms when registering the conclusion.
 */
@Service
public class IntakeService {

  private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

  static final Set<String> ALLOWED = Set.of("ROLE_ISSUING_OFFICE", "ROLE_SUPERVISOR", "ROLE_ADMIN");

  private final OrgService org;
  private final DocumentReader reader = new DocumentReader();
  private final long maxBytes;

  public IntakeService(OrgService org, @Value("${dondoc.intake.max-file-bytes:10485760}") long maxBytes) {
    this.org = org;
    this.maxBytes = maxBytes;
  }

  public static boolean mayUse(Authentication auth) {
    return auth != null && auth.isAuthenticated()
        && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ALLOWED::contains);
  }

  public IntakeResult read(MultipartFile file, Authentication auth) {
    if (!mayUse(auth)) {
      throw IntakeErrors.forbidden();
    }
    if (file == null || file.isEmpty()) {
      throw IntakeErrors.emptyFile();
    }
    if (file.getSize() > maxBytes) {
      throw IntakeErrors.tooLarge(maxBytes);
    }
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (java.io.IOException e) {
      throw IntakeErrors.unreadable("tải lên");
    }
    DocumentReader.Read read = reader.read(bytes, file.getOriginalFilename());
    try {
      return new ConclusionExtractor(org.allUnits()).extract(read.text(), read.format());
    } catch (ApiException e) {
      throw e;
    } catch (RuntimeException e) {
      // A text no rule foresaw: tell the user, keep the details for the log, never a 500.
      log.warn("Intake could not read {} ({})", file.getOriginalFilename(), read.format(), e);
      throw IntakeErrors.unreadable("văn bản");
    }
  }

  public long maxBytes() {
    return maxBytes;
  }
}
