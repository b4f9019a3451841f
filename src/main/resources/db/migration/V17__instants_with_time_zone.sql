-- Every instant is stored as TIMESTAMP WITH TIME ZONE, as the task tables always were. The
-- columns below were plain TIMESTAMP, written as the writing JVM's local wall time: two nodes in
-- different time zones wrote different values for the same instant (so the unique key that lets
-- one node claim a digest run could not see the other's claim), and in the hour a daylight-saving
-- change repeats, two instants an hour apart were stored alike. The conversion reads the old
-- values in the session's time zone, which both H2 and the PostgreSQL driver take from the JVM
-- that runs the migration: the zone they were written in. A value written in a repeated hour was
-- already ambiguous; PostgreSQL reads it as the later of the two instants, H2 as the earlier.
ALTER TABLE processed_events ALTER COLUMN received_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE messages ALTER COLUMN stored_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE digest_subscriptions ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE digest_subscriptions ALTER COLUMN next_run_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE digest_subscriptions ALTER COLUMN last_period_end
  SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE digest_builds ALTER COLUMN scheduled_for SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE digest_builds ALTER COLUMN started_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE digest_builds ALTER COLUMN finished_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE digest_builds ALTER COLUMN period_from SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE digest_builds ALTER COLUMN period_to SET DATA TYPE TIMESTAMP WITH TIME ZONE;
