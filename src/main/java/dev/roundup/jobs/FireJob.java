package dev.roundup.jobs;

import java.time.Instant;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/**
 * The one Quartz job: reads the item's kind, id and intended time from the trigger and hands a
 * {@link Firing} to the router. Nothing else happens here.
 */
final class FireJob implements Job {

  static final String KIND = "kind";
  static final String ID = "id";
  static final String SCHEDULED_FOR = "scheduledFor";

  /** Hands a firing of the named kind to that kind's handler. */
  @FunctionalInterface
  interface Router {
    void route(String kind, Firing firing);
  }

  private final Router handler;

  FireJob(Router handler) {
    this.handler = handler;
  }

  @Override
  public void execute(JobExecutionContext context) {
    JobDataMap data = context.getMergedJobDataMap();
    long id = Long.parseLong(data.getString(ID));
    String planned = data.getString(SCHEDULED_FOR);
    Instant scheduledFor = planned != null
        ? Instant.ofEpochMilli(Long.parseLong(planned))
        : context.getScheduledFireTime().toInstant();
    handler.route(data.getString(KIND), new Firing(id, scheduledFor, context.getFireTime().toInstant()));
  }
}
