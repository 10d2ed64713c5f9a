package vn.dondoc.followup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Bean {@code followupVars} for BPMN expressions: turns the comma-separated unit codes kept in a process
 * variable into the collection a multi-instance task iterates (one contribution per coordinating unit).
 */
@Component("followupVars")
public class FollowupVars {

  public List<String> list(Object commaSeparated) {
    return new ArrayList<>(TaskListJson.codes(commaSeparated == null ? null : commaSeparated.toString()));
  }
}
