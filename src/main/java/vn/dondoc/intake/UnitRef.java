package vn.dondoc.intake;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A unit phrase of the document and what it was matched to. Exactly one of {@code unitCode} (one unit) or
 * {@code unitClass} (every unit of that kind under {@code scopeCode}) is set when matched; neither when a
 * person has to resolve it. Never dropped.
 *
 * @param phrase     the words as written in the document
 * @param unitClass  a {@link vn.dondoc.org.UnitKind} name for class phrases ("các tổ chức cơ sở Đảng")
 * @param scopeCode  the unit whose descendants of that class are meant (the issuer, usually)
 * @param confidence 0..1; 0 when unmatched
 * @param matchedBy  NAME, ALIAS, CONTEXT, CLASS, FOLDED or NONE
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UnitRef(String phrase, String unitCode, String unitName, String unitClass, String scopeCode,
    double confidence, String matchedBy) {

  public static UnitRef unmatched(String phrase) {
    return new UnitRef(phrase, null, null, null, null, 0.0, "NONE");
  }

  public boolean matched() {
    return unitCode != null || unitClass != null;
  }
}
