package dev.roundup.jobs;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Builds every {@link FireJob} with the router, so jobs need no static state or reflection. */
final class RoundupJobFactory implements JobFactory {

  private final FireJob.Router router;

  RoundupJobFactory(FireJob.Router router) {
    this.router = router;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
    return new FireJob(router);
  }
}
