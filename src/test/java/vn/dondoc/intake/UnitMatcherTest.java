package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dondoc.intake.UnitMatcher.IssuerContext;
import vn.dondoc.org.DemoOrganisation;
import vn.dondoc.org.Unit;
import vn.dondoc.org.UnitKind;

/** Matching is a pure function of (phrase, issuer, units): tested on the demo organisation without Spring. */
class UnitMatcherTest {

  static final List<Unit> UNITS = DemoOrganisation.units();
  static final IssuerContext CAT_TIEN = IssuerContext.of("Huyện ủy Cát Tiên", UNITS);
  static final IssuerContext LAM_DONG = IssuerContext.of("TỈNH ỦY LÂM ĐỒNG", UNITS);

  static UnitRef match(String phrase, IssuerContext context) {
    return UnitMatcher.match(phrase, context, UNITS);
  }

  @Test
  void issuerContextIsTheCommitteeAndItsChain() {
    assertThat(CAT_TIEN.issuer().code()).isEqualTo("hu-ct");
    assertThat(CAT_TIEN.chain()).extracting(Unit::code).containsExactly("hu-ct", "tu-ld");
    assertThat(IssuerContext.of("HUYEN UY CAT TIEN", UNITS).issuer().code()).as("typed without marks").isEqualTo("hu-ct");
    assertThat(IssuerContext.of("Huyện ủy Bảo Lâm", UNITS)).isEqualTo(IssuerContext.NONE);
  }

  @Test
  void fullNamesAndAliases() {
    assertThat(match("Ban Tổ chức Huyện ủy Cát Tiên", CAT_TIEN)).extracting(UnitRef::unitCode, UnitRef::confidence, UnitRef::matchedBy)
        .containsExactly("hu-ct-btc", 1.0, "NAME");
    assertThat(match("Ban Tổ chức Huyện ủy", CAT_TIEN)).extracting(UnitRef::unitCode, UnitRef::matchedBy)
        .containsExactly("hu-ct-btc", "ALIAS");
    assertThat(match("BTC HU", CAT_TIEN).unitCode()).isEqualTo("hu-ct-btc");
    assertThat(match("Ban Tổ chức Huyện uỷ,", CAT_TIEN).unitCode()).as("old tone placement, trailing comma").isEqualTo("hu-ct-btc");
  }

  @Test
  void issuerContextCompletesBareNames() {
    assertThat(match("Thường trực", CAT_TIEN)).extracting(UnitRef::unitCode, UnitRef::matchedBy)
        .containsExactly("hu-ct-tt", "CONTEXT");
    assertThat(match("Thường trực", LAM_DONG).unitCode()).isEqualTo("tu-ld-tt");
    assertThat(match("Văn phòng", LAM_DONG).unitCode()).isEqualTo("tu-ld-vp");
    assertThat(match("Huyện ủy", CAT_TIEN).unitCode()).isEqualTo("hu-ct");
    assertThat(match("Tỉnh ủy", CAT_TIEN).unitCode()).as("the province above the district").isEqualTo("tu-ld");
  }

  @Test
  void sameAliasInTwoDistrictsGoesToTheIssuers() {
    List<Unit> units = new ArrayList<>(UNITS);
    units.add(new Unit("hu-bl", "Huyện ủy Bảo Lâm", "Huyện ủy", UnitKind.COMMITTEE, "HU", "tu-ld", LocalDate.of(2020, 1, 1),
        null, null, List.of()));
    units.add(new Unit("hu-bl-btc", "Ban Tổ chức Huyện ủy Bảo Lâm", "BTC HU", UnitKind.ADVISORY_BODY, "HU", "hu-bl",
        LocalDate.of(2020, 1, 1), null, null, List.of("Ban Tổ chức Huyện ủy")));
    IssuerContext baoLam = IssuerContext.of("HUYỆN ỦY BẢO LÂM", units);
    assertThat(UnitMatcher.match("Ban Tổ chức Huyện ủy", baoLam, units).unitCode()).isEqualTo("hu-bl-btc");
    assertThat(UnitMatcher.match("Ban Tổ chức Huyện ủy", CAT_TIEN, units).unitCode()).isEqualTo("hu-ct-btc");
  }

  @Test
  void classPhrasesAreClassesUnderTheIssuer() {
    assertThat(match("các cấp ủy, tổ chức cơ sở Đảng", CAT_TIEN))
        .extracting(UnitRef::unitCode, UnitRef::unitClass, UnitRef::scopeCode, UnitRef::matchedBy)
        .containsExactly(null, "BASE_COMMITTEE", "hu-ct", "CLASS");
    assertThat(match("Các tổ chức cơ sở đảng", CAT_TIEN).unitClass()).isEqualTo("BASE_COMMITTEE");
    assertThat(match("Cấp ủy cơ sở", CAT_TIEN).unitClass()).isEqualTo("BASE_COMMITTEE");
    assertThat(match("Đảng ủy", CAT_TIEN)).extracting(UnitRef::unitClass, UnitRef::confidence)
        .containsExactly("BASE_COMMITTEE", UnitMatcher.BARE_COMMITTEE_CLASS);
    assertThat(match("các cơ quan tham mưu, giúp việc Huyện ủy", CAT_TIEN))
        .extracting(UnitRef::unitClass, UnitRef::scopeCode).containsExactly("ADVISORY_BODY", "hu-ct");
    assertThat(match("Các ban của Tỉnh ủy", CAT_TIEN)).extracting(UnitRef::unitClass, UnitRef::scopeCode)
        .containsExactly("ADVISORY_BODY", "tu-ld");
    assertThat(match("Các huyện ủy, thành ủy", LAM_DONG)).extracting(UnitRef::unitClass, UnitRef::scopeCode)
        .containsExactly("COMMITTEE", "tu-ld");
    assertThat(match("Các chi bộ trực thuộc", IssuerContext.of("Đảng ủy xã Đức Phổ", UNITS)))
        .extracting(UnitRef::unitClass, UnitRef::scopeCode).containsExactly("CELL", "du-ct-ducpho");
  }

  @Test
  void unmatchedPhrasesAreKeptAsWritten() {
    UnitRef ref = match("Ủy ban Kiểm tra Đảng ủy cơ sở", CAT_TIEN);
    assertThat(ref).isEqualTo(UnitRef.unmatched("Ủy ban Kiểm tra Đảng ủy cơ sở"));
    assertThat(ref.matched()).isFalse();
    assertThat(match("Huyện đoàn Cát Tiên", CAT_TIEN).unitCode()).isNull();
  }

  @Test
  void diacriticFreeTypingIsALowerConfidenceMatch() {
    assertThat(match("Ban Tuyen giao Huyen uy Cat Tien", CAT_TIEN)).extracting(UnitRef::unitCode, UnitRef::confidence)
        .containsExactly("hu-ct-btg", UnitMatcher.FOLDED);
  }

  static final IssuerContext DUC_PHO = IssuerContext.of("Đảng ủy xã Đức Phổ", UNITS);

  @Test
  void caseAndOldToneVariants() {
    assertThat(match("Ủy ban kiểm tra Huyện ủy", CAT_TIEN).unitCode()).isEqualTo("hu-ct-ubkt");
    assertThat(match("Uỷ ban Kiểm tra Huyện uỷ", CAT_TIEN).unitCode()).isEqualTo("hu-ct-ubkt");
    assertThat(match("văn phòng huyện ủy", CAT_TIEN).unitCode()).isEqualTo("hu-ct-vp");
  }

  @Test
  void abbreviationsMixedWithWords() {
    assertThat(match("UBKT Huyện ủy", CAT_TIEN).unitCode()).isEqualTo("hu-ct-ubkt");
    assertThat(match("BTC Huyện ủy", CAT_TIEN).unitCode()).isEqualTo("hu-ct-btc");
    assertThat(match("VP Huyện ủy", CAT_TIEN).unitCode()).isEqualTo("hu-ct-vp");
    assertThat(match("Thường trực HU", CAT_TIEN).unitCode()).isEqualTo("hu-ct-tt");
    assertThat(match("BTV Tỉnh ủy", CAT_TIEN).unitCode()).isEqualTo("tu-ld-btv");
    assertThat(match("Ban TG Huyện ủy", CAT_TIEN).unitCode()).isEqualTo("hu-ct-btg");
    assertThat(match("UBKT Huyện ủy", CAT_TIEN).confidence()).isLessThan(1.0);
    assertThat(match("UBND huyện", CAT_TIEN).unitCode()).as("not a party unit of the organisation").isNull();
  }

  @Test
  void theExecutiveAndThePartyOrganisationAreTheCommittee() {
    assertThat(match("Đảng bộ xã Đức Phổ", CAT_TIEN)).extracting(UnitRef::unitCode, UnitRef::confidence)
        .containsExactly("du-ct-ducpho", 0.8);
    assertThat(match("Ban Chấp hành Đảng bộ huyện Cát Tiên", LAM_DONG).unitCode()).isEqualTo("hu-ct");
    assertThat(match("Ban Chấp hành Đảng bộ huyện", CAT_TIEN).unitCode()).isEqualTo("hu-ct");
    // A board that is no unit of its own is left for a person, not replaced by its committee.
    assertThat(match("Ban Thường vụ Đảng ủy xã Đức Phổ", CAT_TIEN).matched()).isFalse();
    assertThat(match("Thường trực Đảng ủy", DUC_PHO).matched()).isFalse();
    assertThat(match("Ban Thường vụ Huyện ủy Cát Tiên", LAM_DONG).unitCode()).isEqualTo("hu-ct-btv");
  }

  @Test
  void classesWrittenInOtherWays() {
    assertThat(match("Đảng ủy các xã, thị trấn", CAT_TIEN).unitClass()).isEqualTo("BASE_COMMITTEE");
    assertThat(match("các đảng ủy xã, thị trấn", CAT_TIEN).unitClass()).isEqualTo("BASE_COMMITTEE");
    assertThat(match("Đảng ủy các xã, thị trấn trực thuộc", CAT_TIEN).unitClass()).isEqualTo("BASE_COMMITTEE");
    assertThat(match("các tổ chức cơ sở đảng trực thuộc Huyện ủy", CAT_TIEN)).extracting(UnitRef::unitClass, UnitRef::scopeCode)
        .containsExactly("BASE_COMMITTEE", "hu-ct");
    assertThat(match("chi bộ trực thuộc", DUC_PHO)).extracting(UnitRef::unitClass, UnitRef::scopeCode)
        .containsExactly("CELL", "du-ct-ducpho");
    assertThat(match("các chi bộ trực thuộc Đảng ủy", DUC_PHO).unitClass()).isEqualTo("CELL");
    assertThat(match("các ban xây dựng Đảng Huyện ủy", CAT_TIEN).unitClass()).isEqualTo("ADVISORY_BODY");
  }
  @Test
  void theCellItselfIsNotTheClassOfCells() {
    assertThat(match("Chi bộ", DUC_PHO).unitClass()).as("'báo cáo Chi bộ' in a cell's own conclusion").isNull();
    assertThat(match("các chi bộ", DUC_PHO).unitClass()).isEqualTo("CELL");
    assertThat(match("chi bộ trực thuộc", DUC_PHO).unitClass()).isEqualTo("CELL");
  }

  @Test
  void theCommunesCommitteesWrittenWithCac() {
    assertThat(match("các đảng ủy xã", CAT_TIEN)).extracting(UnitRef::unitClass, UnitRef::scopeCode)
        .containsExactly("BASE_COMMITTEE", "hu-ct");
    assertThat(match("Đảng ủy xã", DUC_PHO).unitClass()).as("one committee, not the class").isNull();
  }
  @Test
  void theCommitteesOfTheBasePartyOrganisations() {
    assertThat(match("Cấp ủy các tổ chức cơ sở đảng", CAT_TIEN).unitClass()).isEqualTo("BASE_COMMITTEE");
  }
}
