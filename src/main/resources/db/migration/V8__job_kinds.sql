-- Scheduled items are now grouped by kind ('task', 'digest') instead of sharing one id space in
-- the group 'items' (where digests used negative ids). Triggers planned the old way are dropped;
-- at start-up each feature's repair sweep plans every item that has no trigger.
DELETE FROM qrtz_simple_triggers WHERE trigger_group = 'items';
DELETE FROM qrtz_triggers WHERE trigger_group = 'items';
DELETE FROM qrtz_job_details WHERE job_group = 'items';
