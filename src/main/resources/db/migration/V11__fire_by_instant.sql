-- Scheduled items now fire by instant: one trigger per distinct due instant per kind (group 'task',
-- 'digest' or 'suggest', named by the instant in epoch milliseconds) runs every item due then, instead of one
-- trigger per item. Triggers planned the old way are dropped; at start-up each feature's repair
-- sweep plans the instants of its active items.
DELETE FROM qrtz_fired_triggers WHERE trigger_group IN ('task', 'digest', 'suggest');
DELETE FROM qrtz_simple_triggers WHERE trigger_group IN ('task', 'digest', 'suggest');
DELETE FROM qrtz_triggers WHERE trigger_group IN ('task', 'digest', 'suggest');
DELETE FROM qrtz_job_details WHERE job_group IN ('task', 'digest', 'suggest');

-- A firing lists the tasks due at its instant.
CREATE INDEX tasks_due ON tasks (next_run_at);

-- The node that claimed a run. When a node dies mid-run, the node that re-runs its instant takes
-- over only that node's unfinished claims (after checking with Slack whether its post went out).
ALTER TABLE task_runs ADD COLUMN claimed_by VARCHAR(120);
ALTER TABLE digest_builds ADD COLUMN claimed_by VARCHAR(120);
