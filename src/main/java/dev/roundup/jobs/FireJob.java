package dev.roundup.jobs;

import java.time.Instant;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/**
 * The one Quartz job: reads the kind and the planned instant from the trigger and hands them to
 * the router, which runs every item of that kind due then. A recovery firing (Quartz re-running
 * what a dead node was running) also names that node. Nothing else happens here.
 */
final class FireJob implements Job {

  static final String KIND = "kind";
  static final String SCHEDULED_FOR = "scheduledFor";
  /** Quartz names the triggers it creates for recovery {@code recover_<failed node>_<number>}. */
  private static final String RECOVER_PREFIX = "recover_";

  /** Hands a firing of an instant of the named kind to that kind's handler. */
  @FunctionalInterface
  interface Router {
    void route(String kind, Instant scheduledFor, Instant firedAt, String recoveredFrom);
  }

  private final Router router;

  FireJob(Router router) {
    this.router = router;
  }

  @Override
  public void execute(JobExecutionContext context) {
    JobDataMap data = context.getMergedJobDataMap();
    String planned = data.getString(SCHEDULED_FOR);
    Instant scheduledFor = planned != null
        ? Instant.ofEpochMilli(Long.parseLong(planned))
        : context.getScheduledFireTime().toInstant();
    String recoveredFrom = context.isRecovering()
        ? failedNode(context.getTrigger().getKey().getName()) : null;
    router.route(data.getString(KIND), scheduledFor, context.getFireTime().toInstant(), recoveredFrom);
  }

  /** The node a recovery trigger re-runs the work of, from the name Quartz gave the trigger. */
  static String failedNode(String recoveryTriggerName) {
    if (!recoveryTriggerName.startsWith(RECOVER_PREFIX)) {
      return "unknown";
    }
    String rest = recoveryTriggerName.substring(RECOVER_PREFIX.length());
    int last = rest.lastIndexOf('_');
    return last > 0 ? rest.substring(0, last) : rest;
  }
}
