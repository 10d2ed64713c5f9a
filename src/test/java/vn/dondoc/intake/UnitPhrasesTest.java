package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitPhrasesTest {

  @Test
  void giaoXChuTri() {
    assertThat(UnitPhrases.lead("Giao Ban Tổ chức Huyện ủy chủ trì phối hợp với các cơ quan tham mưu, giúp việc Huyện ủy "
        + "thường xuyên theo dõi")).containsExactly("Ban Tổ chức Huyện ủy");
  }

  @Test
  void subjectTheItemOpensWith() {
    assertThat(UnitPhrases.lead("Cấp ủy cơ sở thường xuyên theo dõi, chỉ đạo")).containsExactly("Cấp ủy cơ sở");
    assertThat(UnitPhrases.lead("Đảng ủy, Ủy ban Kiểm tra Đảng ủy cơ sở hàng năm xây dựng kế hoạch"))
        .containsExactly("Đảng ủy", "Ủy ban Kiểm tra Đảng ủy cơ sở");
    assertThat(UnitPhrases.lead("Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy xây dựng"))
        .containsExactly("Ủy ban Kiểm tra Tỉnh ủy");
    assertThat(UnitPhrases.lead("Ban Tuyên giáo và Dân vận Huyện ủy tham mưu")).containsExactly("Ban Tuyên giáo và Dân vận Huyện ủy");
  }

  @Test
  void noSubjectWhenTheItemOpensWithAVerb() {
    assertThat(UnitPhrases.lead("Tiếp tục quán triệt, triển khai thực hiện")).isEmpty();
    assertThat(UnitPhrases.lead("Chỉ đạo, hướng dẫn các chi bộ đưa nội dung")).isEmpty();
    assertThat(UnitPhrases.lead("Đảng viên là cấp ủy viên các cấp phải tập trung")).isEmpty();
  }

  @Test
  void coordinatingUnitsAfterPhoiHopVoi() {
    assertThat(UnitPhrases.coordinating("chủ trì phối hợp với các cơ quan tham mưu, giúp việc Huyện ủy thường xuyên theo dõi"))
        .containsExactly("các cơ quan tham mưu, giúp việc Huyện ủy");
    assertThat(UnitPhrases.coordinating("chủ trì, phối hợp với Văn phòng Huyện ủy và Ban Dân vận Huyện ủy hướng dẫn"))
        .containsExactly("Văn phòng Huyện ủy", "Ban Dân vận Huyện ủy");
    assertThat(UnitPhrases.coordinating("chủ trì, phối hợp với Sở Thông tin và Truyền thông triển khai"))
        .containsExactly("Sở Thông tin và Truyền thông");
    assertThat(UnitPhrases.coordinating("Tổ chức sơ kết")).isEmpty();
  }

  @Test
  void addresseesOfASection() {
    assertThat(UnitPhrases.addressees("Để tiếp tục thực hiện tốt Kế hoạch; kịp thời khắc phục những hạn chế; các cấp ủy, "
        + "tổ chức cơ sở Đảng tập trung lãnh đạo, chỉ đạo thực hiện tốt một số nội dung trọng tâm sau:"))
        .containsExactly("các cấp ủy, tổ chức cơ sở Đảng");
    assertThat(UnitPhrases.addressees("Thường trực Huyện ủy đề nghị Đảng ủy xã Đức Phổ tập trung thực hiện tốt:"))
        .containsExactly("Đảng ủy xã Đức Phổ");
    assertThat(UnitPhrases.addressees("Mục tiêu là nâng cao, phát huy hơn nữa vai trò")).isEmpty();
  }

  @Test
  void reportToAndCellLists() {
    assertThat(UnitPhrases.reportTo("theo dõi, đôn đốc; định kỳ báo cáo Thường trực, Ban Thường vụ Huyện ủy."))
        .containsExactly("Thường trực", "Ban Thường vụ Huyện ủy");
    assertThat(UnitPhrases.list("Văn phòng Huyện ủy; Ban Dân vận Huyện ủy")).containsExactly("Văn phòng Huyện ủy", "Ban Dân vận Huyện ủy");
  }

  @Test
  void leadNamedMidSentence() {
    assertThat(UnitPhrases.lead("Tổ chức sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW, giao Ban Tuyên giáo Huyện ủy chủ trì, "
        + "hoàn thành trong quý I/2025.")).containsExactly("Ban Tuyên giáo Huyện ủy");
    assertThat(UnitPhrases.lead("Rà soát quy hoạch cán bộ (Ban Tổ chức Huyện ủy chủ trì, Văn phòng Huyện ủy phối hợp).")).containsExactly(
        "Ban Tổ chức Huyện ủy");
    assertThat(UnitPhrases.coordinating("Rà soát quy hoạch cán bộ (Ban Tổ chức Huyện ủy chủ trì, Văn phòng Huyện ủy phối hợp)."))
        .containsExactly("Văn phòng Huyện ủy");
    assertThat(UnitPhrases.lead("Xây dựng đề án chuyển đổi số do Văn phòng Tỉnh ủy thực hiện.")).containsExactly("Văn phòng Tỉnh ủy");
    assertThat(UnitPhrases.lead("Đề nghị Đảng ủy xã Đức Phổ tập trung lãnh đạo.")).containsExactly("Đảng ủy xã Đức Phổ");
    // "giao" inside ordinary words, or a unit that is only the object, is not a lead.
    assertThat(UnitPhrases.lead("Thực hiện bàn giao Ban quản lý dự án cho Ủy ban nhân dân huyện trong quý I/2025.")).isEmpty();
    assertThat(UnitPhrases.lead("Tăng cường kiểm tra Đảng ủy các xã về công tác phát triển đảng viên.")).isEmpty();
  }

  @Test
  void everyUnitGivenAJobAndOtherReadingsFromHeldOutSet3() {
    assertThat(UnitPhrases.lead("Về kiến nghị của Đảng ủy xã: giao Ủy ban nhân dân huyện xem xét, hỗ trợ kinh phí; giao Ban "
        + "Tổ chức Huyện ủy hướng dẫn Đảng ủy xã thực hiện quy trình.")).containsExactly("Ủy ban nhân dân huyện", "Ban Tổ chức Huyện ủy");
    assertThat(UnitPhrases.coordinating("Phối hợp với Ban Dân vận Huyện ủy chỉ đạo Mặt trận Tổ quốc vận động nhân dân"))
        .containsExactly("Ban Dân vận Huyện ủy");
    assertThat(UnitPhrases.lead("Chi ủy phân công đảng viên phụ trách hộ gia đình")).containsExactly("Chi ủy");
    assertThat(UnitPhrases.lead("Giao đồng chí Bí thư Chi bộ theo dõi, đôn đốc việc thực hiện Kết luận này"))
        .containsExactly("đồng chí Bí thư Chi bộ");
    // "giao thông" (traffic) is not an assignment, even with a "chủ trì" further on.
    assertThat(UnitPhrases.lead("Hạ tầng thủy lợi, giao thông nội đồng được đầu tư; nhiều hộ ứng dụng công nghệ. Giao Ban Tuyên "
        + "giáo Huyện ủy chủ trì hoàn chỉnh báo cáo.")).containsExactly("Ban Tuyên giáo Huyện ủy");
    assertThat(UnitPhrases.reportTo("theo dõi, đôn đốc; báo cáo kết quả tại kỳ sinh hoạt tháng 12/2024.")).isEmpty();
  }

  @Test
  void theBodyAskedLeadsAndParenthesisedAssignmentsFromHeldOutSet4() {
    assertThat(UnitPhrases.lead("Về dự án hồ chứa nước Ka Pét: Thường trực Tỉnh ủy yêu cầu Huyện ủy Cát Tiên lãnh đạo chính quyền."))
        .containsExactly("Huyện ủy Cát Tiên");
    assertThat(UnitPhrases.lead("Về dự án cao tốc: dự án đạt 62% khối lượng. Thường trực Tỉnh ủy đề nghị Ban cán sự đảng Ủy ban "
        + "nhân dân tỉnh chỉ đạo tháo gỡ vướng mắc.")).containsExactly("Ban cán sự đảng Ủy ban nhân dân tỉnh");
    assertThat(UnitPhrases.lead("Về công tác kiểm tra, giám sát: Ủy ban Kiểm tra Tỉnh ủy xây dựng kế hoạch giám sát."))
        .containsExactly("Ủy ban Kiểm tra Tỉnh ủy");
    assertThat(UnitPhrases.lead("Duy trì sinh hoạt chi bộ (Giao: các chi bộ trực thuộc thực hiện; thời gian: hằng tháng)."))
        .containsExactly("các chi bộ trực thuộc");
    String parenthesised = "Xây dựng kế hoạch đại hội (Giao: Văn phòng Đảng ủy chủ trì; các chi bộ phối hợp; thời gian: trước 15/02/2025).";
    assertThat(UnitPhrases.lead(parenthesised)).containsExactly("Văn phòng Đảng ủy");
    assertThat(UnitPhrases.coordinating(parenthesised)).containsExactly("các chi bộ");
    assertThat(UnitPhrases.reportTo("theo dõi, đôn đốc việc thực hiện Kết luận này, báo cáo Ban Thường vụ Đảng ủy hằng tháng."))
        .containsExactly("Ban Thường vụ Đảng ủy");
  }

  @Test
  void unitsOpeningALaterClauseButNotThePeopleBesideThem() {
    assertThat(UnitPhrases.lead("Năm 2025 là năm tổ chức đại hội; các chi bộ, cán bộ, đảng viên cần nêu cao tinh thần trách nhiệm."))
        .containsExactly("các chi bộ");
  }

  @Test
  void partsAddressedToAUnitAndBodiesThatAgreeToAssign() {
    assertThat(UnitPhrases.lead("Đối với Ủy ban nhân dân huyện:")).containsExactly("Ủy ban nhân dân huyện");
    assertThat(UnitPhrases.lead("Đối với các chi bộ trực thuộc, cần tập trung lãnh đạo.")).containsExactly("các chi bộ trực thuộc");
    assertThat(UnitPhrases.lead("Đối với công tác cán bộ: Ban Tổ chức Huyện ủy rà soát quy hoạch.")).containsExactly(
        "Ban Tổ chức Huyện ủy");
    assertThat(UnitPhrases.lead("Đối với công tác cán bộ, cần rà soát quy hoạch.")).isEmpty();
    assertThat(UnitPhrases.lead("Ban Thường vụ Huyện ủy thống nhất giao Ban Tổ chức Huyện ủy hoàn chỉnh đề án.")).containsExactly(
        "Ban Tổ chức Huyện ủy");
    assertThat(UnitPhrases.lead("Ban Thường vụ Huyện ủy yêu cầu: Đảng ủy xã Đức Phổ khắc phục ngay hạn chế.")).containsExactly(
        "Đảng ủy xã Đức Phổ");
  }

  @Test
  void abbreviationsAndMassOrganisationsOpenASubject() {
    assertThat(UnitPhrases.lead("HĐND huyện giám sát việc giải quyết kiến nghị cử tri.")).containsExactly("HĐND huyện");
    assertThat(UnitPhrases.lead("UBND huyện, MTTQ huyện chủ động phối hợp.")).containsExactly("UBND huyện", "MTTQ huyện");
    assertThat(UnitPhrases.lead("Liên đoàn Lao động huyện có trách nhiệm vận động đoàn viên.")).containsExactly(
        "Liên đoàn Lao động huyện");
    assertThat(UnitPhrases.lead("Ban Tuyên giáo Huyện ủy là cơ quan chủ trì hướng dẫn.")).containsExactly("Ban Tuyên giáo Huyện ủy");
    assertThat(UnitPhrases.lead("Trường hợp cần thiết, báo cáo Thường trực Huyện ủy.")).isEmpty();
    assertThat(UnitPhrases.lead("Giao Chi cục Thuế chủ trì, phối hợp với Kho bạc Nhà nước huyện đôn đốc thu nợ.")).containsExactly(
        "Chi cục Thuế");
    assertThat(UnitPhrases.coordinating("Giao Chi cục Thuế chủ trì, phối hợp với Kho bạc Nhà nước huyện đôn đốc thu nợ."))
        .containsExactly("Kho bạc Nhà nước huyện");
  }

  @Test
  void labelledLeadAndCoordinatingUnitsInTheSentence() {
    String t = "Rà soát quy hoạch cán bộ (cơ quan chủ trì: Ban Tổ chức Huyện ủy; cơ quan phối hợp: Văn phòng Huyện ủy, Ủy ban "
        + "Kiểm tra Huyện ủy; thời gian hoàn thành: quý II/2025).";
    assertThat(UnitPhrases.lead(t)).containsExactly("Ban Tổ chức Huyện ủy");
    assertThat(UnitPhrases.coordinating(t)).containsExactly("Văn phòng Huyện ủy", "Ủy ban Kiểm tra Huyện ủy");
    assertThat(UnitPhrases.lead("Đơn vị thực hiện: các chi bộ trực thuộc. Thời gian: hằng tháng.")).containsExactly(
        "các chi bộ trực thuộc");
    // A label followed by no unit is not a lead.
    assertThat(UnitPhrases.lead("Nội dung thực hiện: rà soát, bổ sung quy hoạch.")).isEmpty();
  }

  @Test
  void coordinatingWithCungAndReportToWithoutWhen() {
    assertThat(UnitPhrases.coordinating("Ban Dân vận Huyện ủy phối hợp cùng Ủy ban MTTQ huyện vận động nhân dân."))
        .containsExactly("Ủy ban MTTQ huyện");
    assertThat(UnitPhrases.coordinating("Huyện đoàn phối hợp tốt với Hội Nông dân huyện tổ chức tập huấn."))
        .containsExactly("Hội Nông dân huyện");
    assertThat(UnitPhrases.reportTo("theo dõi, đôn đốc việc thực hiện Kết luận này, báo cáo Ban Thường vụ Huyện ủy theo định kỳ."))
        .containsExactly("Ban Thường vụ Huyện ủy");
    assertThat(UnitPhrases.reportTo("theo dõi, đôn đốc; báo cáo Thường trực Huyện ủy vào cuối mỗi quý.")).containsExactly(
        "Thường trực Huyện ủy");
  }

  @Test
  void aTopicEndingWithAFullStop() {
    assertThat(UnitPhrases.lead("Về công tác cán bộ. Ban Tổ chức Huyện ủy tham mưu kiện toàn.")).containsExactly(
        "Ban Tổ chức Huyện ủy");
  }

  @Test
  void aPersonWithTheOfficeHeldIsOnePhrase() {
    assertThat(UnitPhrases.lead("Đồng chí Nguyễn Văn An, Bí thư Chi bộ: phụ trách chung, chỉ đạo công tác đảng viên."))
        .containsExactly("Đồng chí Nguyễn Văn An, Bí thư Chi bộ");
  }

  @Test
  void theBodyThatAsksIsNotTheAddresseeOfItsItems() {
    assertThat(UnitPhrases.addressees("II. Nhiệm vụ thời gian tới Ban Thường vụ Huyện ủy yêu cầu:")).isEmpty();
    assertThat(UnitPhrases.addressees("Thường trực Huyện ủy thống nhất giao:")).isEmpty();
    assertThat(UnitPhrases.addressees("Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện tốt các "
        + "nhiệm vụ sau:")).containsExactly("các cấp ủy, tổ chức đảng");
  }

  @Test
  void theSubjectEndsBeforeHowTheUnitsAct() {
    assertThat(UnitPhrases.lead("Ban Tổ chức Huyện ủy, Ủy ban Kiểm tra Huyện ủy theo chức năng, nhiệm vụ hướng dẫn các chi bộ."))
        .containsExactly("Ban Tổ chức Huyện ủy", "Ủy ban Kiểm tra Huyện ủy");
    assertThat(UnitPhrases.lead("Đảng ủy xã Đức Phổ nghiêm túc rút kinh nghiệm.")).containsExactly("Đảng ủy xã Đức Phổ");
  }

  @Test
  void theBodyAskedLeadsAndNotTheOneItDirects() {
    assertThat(UnitPhrases.lead("Ban Thường vụ Huyện ủy yêu cầu Đảng ủy xã Đức Phổ chỉ đạo các chi bộ rà soát đảng viên."))
        .containsExactly("Đảng ủy xã Đức Phổ");
    assertThat(UnitPhrases.lead("Đảng đoàn HĐND huyện, Ban cán sự đảng UBND huyện chủ động phối hợp với Ủy ban MTTQ huyện "
        + "giám sát.")).containsExactly("Đảng đoàn HĐND huyện", "Ban cán sự đảng UBND huyện");
    assertThat(UnitPhrases.coordinating("Đảng đoàn HĐND huyện, Ban cán sự đảng UBND huyện chủ động phối hợp với Ủy ban MTTQ "
        + "huyện giám sát.")).containsExactly("Ủy ban MTTQ huyện");
    assertThat(UnitPhrases.lead("Hội Liên hiệp Phụ nữ, Huyện đoàn, Hội Nông dân huyện có trách nhiệm vận động hội viên."))
        .containsExactly("Hội Liên hiệp Phụ nữ", "Huyện đoàn", "Hội Nông dân huyện");
  }
  @Test
  void theSubjectAfterAPhraseOfPurposeAndNotTheIssuerSpeaking() {
    assertThat(UnitPhrases.addressees("Để hoàn thành các chỉ tiêu năm 2024 và nhiệm kỳ 2020 - 2025, Đảng ủy xã Tiên "
        + "Hoàng cần tập trung lãnh đạo, chỉ đạo thực hiện tốt một số nhiệm vụ sau:")).containsExactly("Đảng ủy xã Tiên Hoàng");
    assertThat(UnitPhrases.addressees("Quý IV là thời điểm quyết định; Ban Chấp hành Đảng bộ xã thống nhất tập trung "
        + "lãnh đạo thực hiện tốt các nhiệm vụ trọng tâm sau:")).isEmpty();
  }

  @Test
  void aRecommendationTheTopicsAskedBodyAndTheCommissionInLowerCase() {
    assertThat(UnitPhrases.lead("Kiến nghị Thường trực Huyện ủy chỉ đạo các tổ chức cơ sở đảng rà soát."))
        .containsExactly("Thường trực Huyện ủy");
    assertThat(UnitPhrases.lead("Về công tác Mặt trận và các đoàn thể: Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể "
        + "chính trị - xã hội xã đẩy mạnh tuyên truyền.")).containsExactly("Ủy ban MTTQ Việt Nam xã",
        "các đoàn thể chính trị - xã hội xã");
    assertThat(UnitPhrases.lead("Ủy ban kiểm tra Tỉnh ủy trong năm 2025 tiến hành kiểm tra chuyên đề."))
        .containsExactly("Ủy ban kiểm tra Tỉnh ủy");
  }
  @Test
  void peopleGivenATaskEndAtTheirOffice() {
    assertThat(UnitPhrases.lead("Đồng chí Phó Bí thư Chi bộ thu đảng phí tháng 11/2024, nộp về Văn phòng Đảng ủy xã."))
        .containsExactly("Đồng chí Phó Bí thư Chi bộ");
    assertThat(UnitPhrases.lead("Đồng chí Bí thư Chi bộ trực tiếp gặp, nhắc nhở đảng viên.")).containsExactly(
        "Đồng chí Bí thư Chi bộ");
    assertThat(UnitPhrases.lead("Phân công đồng chí Lê Thị Hồng và đồng chí Trần Văn Lực tiếp tục giúp đỡ quần chúng."))
        .containsExactly("đồng chí Lê Thị Hồng", "đồng chí Trần Văn Lực");
    assertThat(UnitPhrases.lead("Giao đồng chí Ủy viên Ủy ban Kiểm tra Huyện ủy phụ trách địa bàn xã Đức Phổ theo dõi."))
        .containsExactly("đồng chí Ủy viên Ủy ban Kiểm tra Huyện ủy phụ trách địa bàn xã Đức Phổ");
  }

  @Test
  void villageBodiesAndNamesThatHoldAVerbOrAComma() {
    assertThat(UnitPhrases.lead("Chi hội Phụ nữ phối hợp với Chi đoàn thôn hằng tháng ra quân.")).containsExactly("Chi hội Phụ nữ");
    assertThat(UnitPhrases.lead("Tổ bảo vệ an ninh, trật tự thôn thường xuyên tuần tra ban đêm.")).containsExactly(
        "Tổ bảo vệ an ninh, trật tự thôn");
    assertThat(UnitPhrases.coordinating("UBND thị trấn chủ trì, phối hợp với Ban Quản lý công trình công cộng huyện "
        + "sửa chữa.")).containsExactly("Ban Quản lý công trình công cộng huyện");
    assertThat(UnitPhrases.coordinating("Ban cán sự đảng UBND huyện chủ trì, phối hợp với các phòng, ban chuyên môn của "
        + "huyện rà soát.")).containsExactly("các phòng, ban chuyên môn của huyện");
    assertThat(UnitPhrases.coordinating("Đảng đoàn Ủy ban MTTQ Việt Nam huyện chủ trì, phối hợp với các tổ chức chính "
        + "trị - xã hội huyện triển khai Đề án.")).containsExactly("các tổ chức chính trị - xã hội huyện");
    assertThat(UnitPhrases.coordinating("Sở Nông nghiệp chủ trì, phối hợp với Ủy ban MTTQ Việt Nam tỉnh huy động các "
        + "nguồn lực.")).containsExactly("Ủy ban MTTQ Việt Nam tỉnh");
  }

  @Test
  void oneBodyNamedForSeveralPlacesIsGivenToEach() {
    assertThat(UnitPhrases.lead("Đảng ủy các xã Gia Viễn, Nam Ninh, Đức Phổ và thị trấn Phước Cát chỉ đạo lực lượng "
        + "chức năng tuần tra.")).containsExactly("Đảng ủy xã Gia Viễn", "Đảng ủy xã Nam Ninh", "Đảng ủy xã Đức Phổ",
        "Đảng ủy thị trấn Phước Cát");
  }
  @Test
  void aNameEndsAtItsLevelWhenAnActionNotInTheListFollows() {
    assertThat(UnitPhrases.lead("Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện đổi mới "
        + "nội dung, phương thức hoạt động.")).containsExactly("Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
        "các tổ chức chính trị - xã hội huyện");
    assertThat(UnitPhrases.coordinating("UBND thị trấn chủ trì, phối hợp với Ban Quản lý công trình công cộng huyện điều "
        + "chỉnh lộ giới.")).containsExactly("Ban Quản lý công trình công cộng huyện");
    assertThat(UnitPhrases.coordinating("Đảng ủy chủ trì, phối hợp với cấp ủy nơi đảng viên công tác rà soát đảng viên."))
        .as("a name that goes on in lower case after a committee word is kept").containsExactly("cấp ủy nơi đảng viên công tác");
    assertThat(UnitPhrases.lead("Các đồng chí Đảng ủy viên phụ trách chi bộ dự sinh hoạt.")).containsExactly(
        "Các đồng chí Đảng ủy viên phụ trách chi bộ");
  }
  @Test
  void subCommitteesBlocsSectionsAndAnOfficeWithItsField() {
    assertThat(UnitPhrases.lead("Tiểu ban Văn kiện hoàn thiện dự thảo báo cáo chính trị.")).containsExactly("Tiểu ban Văn kiện");
    assertThat(UnitPhrases.lead("Khối Dân vận xã chủ trì vận động nhân dân.")).containsExactly("Khối Dân vận xã");
    assertThat(UnitPhrases.lead("Bộ phận Kế hoạch - Đầu tư tham mưu điều chuyển vốn.")).containsExactly("Bộ phận Kế hoạch - Đầu tư");
    assertThat(UnitPhrases.lead("Giao đồng chí Phó Trưởng phòng phụ trách lĩnh vực đầu tư theo dõi tiến độ giải ngân."))
        .containsExactly("đồng chí Phó Trưởng phòng phụ trách lĩnh vực đầu tư");
    assertThat(UnitPhrases.list("UBND các huyện, thành phố; Các sở, ngành liên quan")).containsExactly(
        "UBND các huyện, thành phố", "Các sở, ngành liên quan");
    assertThat(UnitPhrases.reportTo("định kỳ hằng tháng báo cáo Chi bộ tại kỳ sinh hoạt thường kỳ.")).containsExactly("Chi bộ");
  }

  @Test
  void newRuralAreasAreNoVillageLevel() {
    assertThat(UnitPhrases.lead("Giao Ban Chỉ đạo xây dựng nông thôn mới xã chủ trì rà soát các tiêu chí.")).containsExactly(
        "Ban Chỉ đạo xây dựng nông thôn mới xã");
  }

  @Test
  void schoolBodiesPeopleBesideUnitsAndAnOfficeInCharge() {
    assertThat(UnitPhrases.lead("Chi đoàn, Liên đội tổ chức cho học sinh tham gia.")).containsExactly("Chi đoàn", "Liên đội");
    assertThat(UnitPhrases.coordinating("Ban Giám hiệu chủ trì, phối hợp với Công đoàn trường, Chi đoàn giới thiệu quần "
        + "chúng ưu tú.")).containsExactly("Công đoàn trường", "Chi đoàn");
    assertThat(UnitPhrases.coordinating("Giáo viên chủ nhiệm phối hợp với cha mẹ học sinh, Ban đại diện cha mẹ học sinh "
        + "vận động học sinh.")).containsExactly("Ban đại diện cha mẹ học sinh");
    assertThat(UnitPhrases.lead("Đồng chí chi ủy viên phụ trách tài chính đảng thu đảng phí đúng hạn.")).containsExactly(
        "Đồng chí chi ủy viên phụ trách tài chính đảng");
  }

  @Test
  void aLaterClauseWithItsOwnActorAddsALeadAndTheOfficesLeadershipIsAsked() {
    assertThat(UnitPhrases.lead("Các chi bộ trực thuộc tiến hành đại hội chi bộ, hoàn thành trước ngày 30/4/2025; Chi bộ "
        + "thôn 4 tổ chức đại hội điểm để rút kinh nghiệm chung.")).containsExactly("Các chi bộ trực thuộc", "Chi bộ thôn 4");
    assertThat(UnitPhrases.lead("Ban Tổ chức Huyện ủy chủ trì thẩm định; Văn phòng Huyện ủy phối hợp bố trí kinh phí."))
        .as("a clause that only coordinates adds no lead").containsExactly("Ban Tổ chức Huyện ủy");
    assertThat(UnitPhrases.lead("Đề nghị lãnh đạo Phòng tập trung chỉ đạo thực hiện tốt các nội dung sau:"))
        .containsExactly("lãnh đạo Phòng");
  }
  @Test
  void aNameListingItsFieldsAndTwoNamesJoinedByVa() {
    assertThat(UnitPhrases.coordinating("Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể "
        + "thao huyện thường xuyên tuyên truyền.")).containsExactly("Trung tâm Văn hóa, Thông tin và Thể thao huyện");
    assertThat(UnitPhrases.coordinating("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Báo Lâm Đồng và Đài Phát thanh - "
        + "Truyền hình Lâm Đồng tuyên truyền.")).containsExactly("Báo Lâm Đồng", "Đài Phát thanh - Truyền hình Lâm Đồng");
  }
}
