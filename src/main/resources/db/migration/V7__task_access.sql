-- Tasks remember why they were paused (the privacy rule, repeated failures) and which of their
-- channels the last run had to leave out, so the owner is told once, not at every run.
ALTER TABLE tasks ADD COLUMN pause_reason VARCHAR(1000);
ALTER TABLE tasks ADD COLUMN left_out VARCHAR(2000);

-- A scheduled run is claimed before it starts: the unique key stops a second firing of the same
-- planned run (another node, the repair sweep, a retried trigger) from running it again. Runs
-- started by hand have no planned time and never collide.
CREATE UNIQUE INDEX task_runs_once ON task_runs (task_id, scheduled_for);
