package vn.dondoc.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The two decision tables administrators may change: the reminder ladder and who decides an extension. */
class FollowupDecisionsTest {

  static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  static DmnDecision decision(String file, String key) throws Exception {
    try (InputStream in = new FileInputStream("processes/" + file)) {
      return DMN.parseDecision(key, in);
    }
  }

  @Test
  void ladderWarnsTheUnitThenItsHeadAndMonitorThenLeadership() throws Exception {
    DmnDecision ladder = decision("reminder-ladder.dmn", FollowupIds.Decisions.REMINDER_LADDER);
    List<Map<String, Object>> fixed = DMN.evaluateDecisionTable(ladder,
        Variables.createVariables().putValue("deadlineType", "FIXED")).getResultList();
    assertThat(fixed).extracting(r -> r.get("level") + "@" + r.get("offsetWorkingDays") + ":" + r.get("recipient"))
        .containsExactly("WARNING@-5:LEAD_UNIT", "DUE@0:UNIT_HEAD", "DUE@0:MONITORING_UNIT",
            "ESCALATION@3:LEADERSHIP");
    assertThat(DMN.evaluateDecisionTable(ladder, Variables.createVariables().putValue("deadlineType", "PERIOD"))
        .getResultList()).extracting(r -> r.get("offsetWorkingDays")).contains(-10);
    assertThat(DMN.evaluateDecisionTable(ladder, Variables.createVariables().putValue("deadlineType", "RECURRING"))
        .getResultList()).isEmpty();
  }

  @Test
  void extensionsAreDecidedByMonitoringUnitOrLeadership() throws Exception {
    DmnDecision decider = decision("extension-decider.dmn", FollowupIds.Decisions.EXTENSION_DECIDER);
    assertThat(decide(decider, "HU", 10, 0)).isEqualTo("MONITORING_UNIT");
    assertThat(decide(decider, "HU", 21, 0)).isEqualTo("LEADERSHIP");
    assertThat(decide(decider, "TU", 11, 0)).isEqualTo("LEADERSHIP");
    assertThat(decide(decider, "TU", 5, 0)).isEqualTo("MONITORING_UNIT");
    assertThat(decide(decider, "HU", 3, 2)).isEqualTo("LEADERSHIP");
  }

  static String decide(DmnDecision d, String level, int days, int count) {
    return DMN.evaluateDecisionTable(d, Variables.createVariables().putValue("issuerLevel", level)
        .putValue("daysAsked", days).putValue("extensionCount", count)).getSingleEntry();
  }
}
