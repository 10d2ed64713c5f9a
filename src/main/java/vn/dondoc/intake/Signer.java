package vn.dondoc.intake;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The signature block. {@code authority} is the signer's own capacity line ("T/M HUYỆN ỦY", "K/T BÍ THƯ");
 * when a K/T line sits under a T/M line, the T/M line is {@code onBehalfOf}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Signer(String authority, String authorityCode, String authorityBody, String onBehalfOf,
    String title, String name) {}
