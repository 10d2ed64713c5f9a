package vn.dondoc.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dondoc.org.Unit;
import vn.dondoc.org.UnitKind;

/**
 * Matches a unit phrase of a document to the organisation: a pure function of (phrase, issuer, units), so it
 * is tested without Spring. In order: class phrases ("các tổ chức cơ sở Đảng" → every base committee under the
 * issuer), exact names and aliases (preferring units of the issuer's committee), names completed from the
 * issuer's context ("Ban Tổ chức Huyện ủy" in a Cát Tiên document → hu-ct-btc; "Thường trực" →
 * Thường trực of the issuer), then names compared without diacritics.
 */
public final class UnitMatcher {

  static final double NAME = 1.0;
  static final double ALIAS = 0.95;
  static final double CLASS = 0.9;
  static final double CONTEXT_NAMED = 0.9;
  static final double CONTEXT_COMPLETED = 0.85;
  static final double FOLDED = 0.75;
  static final double BARE_COMMITTEE_CLASS = 0.7;
  /** A committee standing for the party organisation it leads ("Đảng bộ xã Đức Phổ"). */
  static final double COMMITTEE_FOR_PARTY = 0.8;

  // Abbreviations written beside words ("UBKT Huyện ủy", "Thường trực HU", "Đảng ủy TT Cát Tiên"), in canonical form.
  private static final String[][] ABBREVIATIONS = {
      {"(?<=đảng ủy )tt(?= )", "thị trấn"}, {"\\bubkt\\b", "ủy ban kiểm tra"}, {"\\bbtc\\b", "ban tổ chức"},
      {"\\bbtg\\b", "ban tuyên giáo"}, {"\\bbdv\\b", "ban dân vận"}, {"\\bbtv\\b", "ban thường vụ"},
      {"\\bbch\\b", "ban chấp hành"}, {"\\bvp\\b", "văn phòng"}, {"\\btt\\b", "thường trực"},
      {"(?<=^ban )tg\\b", "tuyên giáo"}, {"(?<=^ban )dv\\b", "dân vận"}, {"(?<=^ban )tc\\b", "tổ chức"},
      {"\\bhu\\b", "huyện ủy"}, {"\\btu\\b", "tỉnh ủy"}, {"\\bđu\\b", "đảng ủy"}};
  // "Ban Chấp hành Đảng bộ huyện Cát Tiên" is the Huyện ủy; "Đảng bộ xã Đức Phổ" is led by its Đảng ủy.
  private static final Pattern EXECUTIVE_OF_PARTY = Pattern.compile("^(?:ban chấp hành )?đảng bộ (tỉnh|huyện|thành phố|thị xã|quận|"
      + "xã|thị trấn|phường)\\b(.*)$");

  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
  private static final Pattern LEADING_QUANTIFIER = Pattern.compile("^(các|mỗi|toàn thể|những|tất cả các)\\s+");
  private static final Pattern COMMITTEE_WORD = Pattern.compile("(tỉnh ủy|huyện ủy|thành ủy|thị ủy|quận ủy|đảng ủy)$");
  private static final Pattern HAS_COMMITTEE_WORD =
      Pattern.compile("(trung ương|tỉnh ủy|huyện ủy|thành ủy|thị ủy|quận ủy|đảng ủy|đảng bộ|chi bộ)");
  private static final Pattern CLASS_SCOPE = Pattern.compile("(?: (?:của|thuộc|trực thuộc))? (tỉnh ủy|huyện ủy|thành ủy|đảng ủy)$");

  private static final Pattern BASE_CLASS = Pattern.compile("^(cấp ủy, tổ chức cơ sở đảng|cấp ủy, tổ chức đảng cơ sở|"
      + "cấp ủy cơ sở|tổ chức cơ sở đảng|tổ chức đảng cơ sở|đảng ủy cơ sở|đảng bộ cơ sở|đảng ủy xã, thị trấn|"
      + "đảng ủy các xã, thị trấn|đảng ủy trực thuộc|đảng bộ trực thuộc|cấp ủy trực thuộc|tổ chức cơ sở đảng trực thuộc)$");
  private static final Pattern ADVISORY_CLASS = Pattern.compile("^(cơ quan tham mưu, giúp việc|ban xây dựng đảng|"
      + "ban đảng|ban|ban của|ban tham mưu|cơ quan tham mưu)$");
  private static final Pattern COMMITTEE_CLASS = Pattern.compile("^(huyện ủy, thành ủy|huyện, thành ủy|huyện ủy|"
      + "thành ủy|huyện ủy, thành ủy, đảng ủy trực thuộc|huyện, thành ủy, đảng ủy trực thuộc)( tỉnh ủy)?$");
  private static final Pattern CELL_CLASS = Pattern.compile("^(chi bộ|chi bộ trực thuộc|chi bộ cơ sở)$");

  private UnitMatcher() {}

  /** The issuing committee and the committees above it: the context that completes bare names. */
  public record IssuerContext(Unit issuer, List<Unit> chain) {

    public static final IssuerContext NONE = new IssuerContext(null, List.of());

    /** Finds the issuer among the units by its name as the header writes it ("HUYỆN ỦY CÁT TIÊN"). */
    public static IssuerContext of(String issuerName, List<Unit> units) {
      if (issuerName == null) {
        return NONE;
      }
      String c = Vn.canonical(issuerName);
      Optional<Unit> issuer = units.stream()
          .filter(u -> u.kind() == UnitKind.COMMITTEE || u.kind() == UnitKind.BASE_COMMITTEE)
          .filter(u -> Vn.canonical(u.name()).equals(c) || u.aliases().stream().anyMatch(a -> Vn.canonical(a).equals(c)))
          .findFirst();
      if (issuer.isEmpty()) {
        // A body of a committee can issue too ("Ủy ban Kiểm tra Tỉnh ủy Lâm Đồng").
        issuer = units.stream().filter(u -> Vn.canonical(u.name()).equals(c)).findFirst();
      }
      if (issuer.isEmpty()) {
        // "Ban Chấp hành Đảng bộ huyện Cát Tiên" is the Huyện ủy.
        Matcher party = EXECUTIVE_OF_PARTY.matcher(c);
        if (party.matches() && c.startsWith("ban chấp hành ")) {
          String committee = committeeOf(party.group(1)) + party.group(2);
          issuer = units.stream().filter(u -> Vn.canonical(u.name()).equals(committee)).findFirst();
        }
      }
      if (issuer.isEmpty()) {
        String folded = Vn.fold(issuerName);
        issuer = units.stream().filter(u -> u.kind() == UnitKind.COMMITTEE || u.kind() == UnitKind.BASE_COMMITTEE)
            .filter(u -> Vn.fold(u.name()).equals(folded)).findFirst();
      }
      return issuer.map(u -> new IssuerContext(u, chainOf(u, units))).orElse(NONE);
    }

    private static List<Unit> chainOf(Unit unit, List<Unit> units) {
      Map<String, Unit> byCode = new HashMap<>();
      units.forEach(u -> byCode.put(u.code(), u));
      List<Unit> chain = new ArrayList<>();
      Unit current = unit;
      while (current != null && chain.size() < 10) {
        chain.add(current);
        current = current.parentCode() == null ? null : byCode.get(current.parentCode());
      }
      return chain;
    }

    String issuerCode() {
      return issuer == null ? null : issuer.code();
    }

    /** The committee of the chain whose name starts with a committee word ("huyện ủy" → Huyện ủy Cát Tiên). */
    Optional<Unit> committee(String word) {
      return chain.stream().filter(u -> Vn.canonical(u.name()).startsWith(word + " ")).findFirst();
    }

    boolean contains(String code) {
      return chain.stream().anyMatch(u -> u.code().equals(code));
    }
  }

  public static UnitRef match(String phrase, IssuerContext context, List<Unit> units) {
    String written = Vn.trimPunctuation(phrase == null ? "" : phrase);
    String c = Vn.canonical(PARENTHESES.matcher(written).replaceAll(""));
    c = Vn.trimPunctuation(c);
    if (c.isEmpty()) {
      return UnitRef.unmatched(written);
    }
    String bare = LEADING_QUANTIFIER.matcher(c).replaceFirst("");

    UnitRef cls = matchClass(written, bare, context, units);
    if (cls != null) {
      return cls;
    }
    UnitRef exact = exact(written, bare, context, units);
    if (exact != null) {
      return exact;
    }
    for (Unit committeeUnit : context.chain()) {
      // "Đảng ủy thị trấn" in a document of Đảng ủy thị trấn Cát Tiên: the start of a committee's own name.
      String name = Vn.canonical(committeeUnit.name());
      if (bare.contains(" ") && name.startsWith(bare + " ")) {
        return new UnitRef(written, committeeUnit.code(), committeeUnit.name(), null, null, CONTEXT_NAMED, "CONTEXT");
      }
    }
    Matcher committee = COMMITTEE_WORD.matcher(bare);
    if (committee.find()) {
      Optional<Unit> named = context.committee(committee.group(1));
      if (named.isPresent()) {
        String completed = bare.substring(0, committee.start()) + Vn.canonical(named.get().name());
        UnitRef ref = byName(written, completed.trim(), units, context, CONTEXT_NAMED, "CONTEXT");
        if (ref != null) {
          return ref;
        }
      }
    } else if (!HAS_COMMITTEE_WORD.matcher(bare).find() && context.issuer() != null) {
      UnitRef ref = byName(written, bare + " " + Vn.canonical(context.issuer().name()), units, context,
          CONTEXT_COMPLETED, "CONTEXT");
      if (ref != null) {
        return ref;
      }
    }
    String folded = Vn.fold(bare);
    List<Unit> foldedHits = units.stream()
        .filter(u -> Vn.fold(u.name()).equals(folded) || u.aliases().stream().anyMatch(a -> Vn.fold(a).equals(folded)))
        .toList();
    if (!foldedHits.isEmpty()) {
      Unit best = preferContext(foldedHits, context);
      return new UnitRef(written, best.code(), best.name(), null, null, FOLDED, "FOLDED");
    }
    return rewritten(written, bare, context, units);
  }

  /**
   * Names written another way: abbreviations spelt out, a party organisation read as its committee. A board that is
   * no unit of its own ("Ban Thường vụ Đảng ủy xã …", "Thường trực Đảng ủy") stays unmatched, for a person.
   */
  private static UnitRef rewritten(String written, String bare, IssuerContext context, List<Unit> units) {
    String expanded = bare;
    for (String[] a : ABBREVIATIONS) {
      expanded = expanded.replaceAll(a[0], a[1]);
    }
    if (!expanded.equals(bare)) {
      UnitRef ref = match(expanded, context, units);
      if (ref.matched()) {
        return capped(written, ref, ALIAS);
      }
    }
    Matcher party = EXECUTIVE_OF_PARTY.matcher(bare);
    if (party.matches()) {
      UnitRef ref = match(committeeOf(party.group(1)) + party.group(2), context, units);
      if (ref.matched()) {
        return capped(written, ref, bare.startsWith("ban chấp hành ") ? ALIAS : COMMITTEE_FOR_PARTY);
      }
    }
    return UnitRef.unmatched(written);
  }

  /** The committee that leads the party organisation of a level: "huyện" → "huyện ủy", "xã" → "đảng ủy xã". */
  private static String committeeOf(String level) {
    return switch (level) {
      case "tỉnh" -> "tỉnh ủy";
      case "huyện" -> "huyện ủy";
      case "thành phố" -> "thành ủy";
      case "thị xã" -> "thị ủy";
      case "quận" -> "quận ủy";
      default -> "đảng ủy " + level;
    };
  }

  private static UnitRef capped(String written, UnitRef ref, double most) {
    return new UnitRef(written, ref.unitCode(), ref.unitName(), ref.unitClass(), ref.scopeCode(),
        Math.min(ref.confidence(), most), ref.matchedBy());
  }

  private static UnitRef matchClass(String written, String bare, IssuerContext context, List<Unit> units) {
    String scopeWord = null;
    String core = bare;
    Matcher scope = CLASS_SCOPE.matcher(bare);
    if (scope.find() && scope.start() > 0) {
      scopeWord = scope.group(1);
      core = bare.substring(0, scope.start()).trim();
    }
    // "Đảng ủy các xã, thị trấn trực thuộc": the class without the word that only repeats it.
    if (core.endsWith(" trực thuộc") && !CELL_CLASS.matcher(core).matches() && !BASE_CLASS.matcher(core).matches()) {
      core = core.substring(0, core.length() - " trực thuộc".length());
    }
    UnitKind kind = null;
    double confidence = CLASS;
    boolean plural = !bare.equals(Vn.canonical(Vn.trimPunctuation(written)));
    if (BASE_CLASS.matcher(core).matches() || (plural && core.matches("đảng [uủ][yỷ] (?:các )?(?:xã|thị trấn|phường)"))
        || core.matches("cấp [uủ][yỷ] các tổ chức (?:cơ sở đảng|đảng cơ sở)")) {
      // ("các đảng ủy xã": every commune's committee; "Đảng ủy xã" alone is one committee.)
      kind = UnitKind.BASE_COMMITTEE;
    } else if (ADVISORY_CLASS.matcher(core).matches()) {
      kind = UnitKind.ADVISORY_BODY;
    } else if (COMMITTEE_CLASS.matcher(bare).matches() && !bare.equals(Vn.canonical(Vn.trimPunctuation(written)))) {
      // "Các huyện ủy, thành ủy": every district-level committee under the issuer (written with "các").
      kind = UnitKind.COMMITTEE;
    } else if (CELL_CLASS.matcher(core).matches() && !(core.equals("chi bộ")
        && bare.equals(Vn.canonical(Vn.trimPunctuation(written))))) {
      // "Các chi bộ", "chi bộ trực thuộc": every cell; "báo cáo Chi bộ" in a cell's own conclusion is that cell.
      kind = UnitKind.CELL;
    } else if (bare.equals("đảng ủy") && context.issuer() != null && context.issuer().kind() == UnitKind.COMMITTEE
        && units.stream().anyMatch(u -> u.kind() == UnitKind.BASE_COMMITTEE
            && context.issuer().code().equals(u.parentCode()))) {
      // Under a district committee a bare "Đảng ủy" means the base committees below it.
      kind = UnitKind.BASE_COMMITTEE;
      confidence = BARE_COMMITTEE_CLASS;
    }
    if (kind == null) {
      return null;
    }
    String scopeCode = context.issuerCode();
    if (scopeWord != null) {
      scopeCode = context.committee(scopeWord).map(Unit::code).orElse(scopeCode);
    }
    return new UnitRef(written, null, null, kind.name(), scopeCode, confidence, "CLASS");
  }

  private static UnitRef exact(String written, String bare, IssuerContext context, List<Unit> units) {
    List<Unit> byName = units.stream().filter(u -> Vn.canonical(u.name()).equals(bare)).toList();
    if (!byName.isEmpty()) {
      Unit best = preferContext(byName, context);
      return new UnitRef(written, best.code(), best.name(), null, null, NAME, "NAME");
    }
    List<Unit> byAlias = units.stream().filter(u -> Vn.canonical(u.shortName()).equals(bare)
        || u.aliases().stream().anyMatch(a -> Vn.canonical(a).equals(bare))).toList();
    if (!byAlias.isEmpty()) {
      Unit best = preferContext(byAlias, context);
      return new UnitRef(written, best.code(), best.name(), null, null, ALIAS, "ALIAS");
    }
    return null;
  }

  private static UnitRef byName(String written, String name, List<Unit> units, IssuerContext context,
      double confidence, String how) {
    List<Unit> hits = units.stream().filter(u -> Vn.canonical(u.name()).equals(name)).toList();
    if (hits.isEmpty()) {
      return null;
    }
    Unit best = preferContext(hits, context);
    return new UnitRef(written, best.code(), best.name(), null, null, confidence, how);
  }

  /** Among same-named units, the one of the issuer's committee chain, then one still in existence. */
  private static Unit preferContext(List<Unit> candidates, IssuerContext context) {
    return candidates.stream().min(Comparator
        .comparingInt((Unit u) -> context.contains(u.code()) || (u.parentCode() != null && context.contains(u.parentCode())) ? 0 : 1)
        .thenComparingInt(u -> u.validTo() == null ? 0 : 1)
        .thenComparing(Unit::code)).orElseThrow();
  }
}
