-- One row per channel, locked (SELECT ... FOR UPDATE) by every write that reads a channel's rows
-- and writes back what they add up to: a thread's reply counts, the merged coverage ranges. The
-- lock is the database's, so it serialises those writes across threads and across nodes sharing
-- the database. Rows are created on a channel's first such write.
CREATE TABLE channel_locks (
  channel VARCHAR(32) NOT NULL PRIMARY KEY
);
