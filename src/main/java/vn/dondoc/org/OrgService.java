package vn.dondoc.org;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.platform.ApiException;

/**
 * The organisation model: units with their history, each mirrored as a Camunda group so that tasks can be
 * routed to a unit and Camunda Admin manages who belongs to it.
 */
@Service
public class OrgService {

  static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final UnitRepository units;
  private final IdentityService identityService;

  public OrgService(UnitRepository units, IdentityService identityService) {
    this.units = units;
    this.identityService = identityService;
  }

  public List<Unit> allUnits() {
    return units.findAll();
  }

  public Unit unit(String code) {
    return units.findByCode(code)
        .orElseThrow(() -> ApiException.notFound("UNIT_NOT_FOUND", "Không tìm thấy đơn vị có mã \"" + code + "\"."));
  }

  /** Units of a kind under a parent that exist on the given day: the fan-out of "các tổ chức cơ sở Đảng". */
  public List<Unit> currentUnits(UnitKind kind, String parentCode, LocalDate on) {
    return units.findAll().stream()
        .filter(u -> u.kind() == kind)
        .filter(u -> parentCode == null || parentCode.equals(u.parentCode()))
        .filter(u -> u.isValidOn(on))
        .toList();
  }

  /** The codes of the units a user works in (their Camunda groups of type UNIT). */
  public List<String> unitCodesOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).groupType(Roles.UNIT_GROUP_TYPE).list()
        .stream().map(Group::getId).sorted().toList();
  }

  @Transactional
  public Unit create(Unit unit, String actor) {
    validate(unit);
    if (units.exists(unit.code()) || identityService.createGroupQuery().groupId(unit.code()).count() > 0) {
      throw ApiException.conflict("UNIT_CODE_TAKEN", "Mã đơn vị \"" + unit.code() + "\" đã được sử dụng.");
    }
    units.insert(unit, actor);
    Group group = identityService.newGroup(unit.code());
    group.setName(unit.name());
    group.setType(Roles.UNIT_GROUP_TYPE);
    identityService.saveGroup(group);
    return unit(unit.code());
  }

  /**
   * Ends a unit on {@code lastDay}: merged into, or abolished with, a successor. Nothing is deleted; its
   * assignments stay on record under its code and the successor link tells who carries on.
   */
  @Transactional
  public Unit end(String code, LocalDate lastDay, String successorCode, String note, String actor) {
    Unit unit = unit(code);
    if (unit.validTo() != null) {
      throw ApiException.conflict("UNIT_ALREADY_ENDED", "Đơn vị \"" + unit.name() + "\" đã kết thúc hoạt động.");
    }
    if (lastDay == null || lastDay.isBefore(unit.validFrom())) {
      throw ApiException.badRequest("INVALID_END_DATE",
          "Ngày kết thúc phải có và không được trước ngày thành lập đơn vị.");
    }
    if (successorCode != null) {
      Unit successor = unit(successorCode);
      if (successor.code().equals(code)) {
        throw ApiException.badRequest("INVALID_SUCCESSOR", "Đơn vị kế thừa phải là một đơn vị khác.");
      }
    }
    units.end(code, lastDay, successorCode, successorCode == null ? "ABOLISHED" : "MERGED", note, actor);
    return unit(code);
  }

  private void validate(Unit unit) {
    if (unit.code() == null || !CODE.matcher(unit.code()).matches() || unit.code().length() > 64) {
      throw ApiException.badRequest("INVALID_UNIT_CODE",
          "Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: hu-ct-btc).");
    }
    if (unit.name() == null || unit.name().isBlank()) {
      throw ApiException.badRequest("UNIT_NAME_REQUIRED", "Tên đơn vị không được để trống.");
    }
    if (unit.kind() == null) {
      throw ApiException.badRequest("UNIT_KIND_REQUIRED", "Vui lòng chọn loại đơn vị.");
    }
    if (unit.validFrom() == null) {
      throw ApiException.badRequest("UNIT_VALID_FROM_REQUIRED", "Vui lòng nhập ngày bắt đầu hoạt động.");
    }
    if (unit.parentCode() != null && !units.exists(unit.parentCode())) {
      throw ApiException.badRequest("PARENT_UNIT_NOT_FOUND",
          "Không tìm thấy đơn vị cấp trên có mã \"" + unit.parentCode() + "\".");
    }
  }
}
