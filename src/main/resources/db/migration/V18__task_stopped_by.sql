-- Who stopped a reminder that posts in their direct messages (someone else set it up for them).
-- Their stop holds against the task's owner: the task cannot be resumed or run now while it still
-- reminds them. It used to be told only by the end of the pause reason; a reminder stopped that
-- way stays stopped by the person it reminds.
ALTER TABLE tasks ADD COLUMN stopped_by VARCHAR(32);
UPDATE tasks SET stopped_by = delivery_channel
  WHERE paused = TRUE AND delivery_kind = 'DM' AND pause_reason LIKE '%, whom it reminded';
