package dev.roundup.schedule;

import java.time.Instant;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/**
 * The one Quartz job: reads the item id and its intended time from the trigger and hands a
 * {@link Firing} to the handler. Nothing else happens here.
 */
final class FireJob implements Job {

  static final String ID = "id";
  static final String SCHEDULED_FOR = "scheduledFor";

  private final FireHandler handler;

  FireJob(FireHandler handler) {
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
    handler.fire(new Firing(id, scheduledFor, context.getFireTime().toInstant()));
  }
}
