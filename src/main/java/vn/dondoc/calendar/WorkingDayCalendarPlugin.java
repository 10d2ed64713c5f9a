package vn.dondoc.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Registers {@link WorkingDayBusinessCalendar} as the engine's {@code duration} and {@code dueDate} calendars,
 * so that timers and task due dates can be written in Vietnamese working days ({@code P3WD}). The Camunda
 * Spring Boot starter applies every {@code ProcessEnginePlugin} bean.
 */
@Component
public class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingCalendar calendar;

  public WorkingDayCalendarPlugin(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
        new WorkingDayBusinessCalendar(calendar, new DurationBusinessCalendar(), false));
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
        new WorkingDayBusinessCalendar(calendar, new DueDateBusinessCalendar(), true));
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(calendars);
  }
}
