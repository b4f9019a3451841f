-- Every stored row belongs to a workspace (Slack team). Tables made since V10 have carried team_id
-- from the start; this gives it to the older ones. Rows stored before have no workspace (''):
-- single-workspace mode adopts them at start-up, once auth.test has said which team its token is
-- for (see WorkspaceAdoption); a multi-workspace install reads none of them.
--
-- Keys include the team: a channel shared between two workspaces (Slack Connect) has the same id
-- in both, and each workspace keeps its own copy of its messages and coverage. The tables whose
-- key changes are rebuilt (a primary key's name differs between H2 and PostgreSQL, so it cannot be
-- dropped portably).
--
-- task_runs and digest_builds belong to their task's or subscription's workspace through that row
-- (tasks.team_id, digest_subscriptions.team_id); processed_events holds Slack's event ids, which
-- are unique across workspaces, and nothing of a workspace's own.
-- Within an Enterprise Grid each workspace has its own team id, which is what rows are scoped by.

CREATE TABLE messages_by_team (
  team_id           VARCHAR(32)    NOT NULL,
  channel           VARCHAR(32)    NOT NULL,
  ts                VARCHAR(32)    NOT NULL,
  ts_micros         BIGINT         NOT NULL,
  thread_ts         VARCHAR(32),
  user_id           VARCHAR(32),
  bot_id            VARCHAR(32),
  text              VARCHAR(40000) NOT NULL,
  subtype           VARCHAR(64),
  reply_count       INTEGER        NOT NULL DEFAULT 0,
  reply_users_count INTEGER        NOT NULL DEFAULT 0,
  edited            BOOLEAN        NOT NULL DEFAULT FALSE,
  stored_at         TIMESTAMP      NOT NULL,
  PRIMARY KEY (team_id, channel, ts)
);
INSERT INTO messages_by_team (team_id, channel, ts, ts_micros, thread_ts, user_id, bot_id, text,
    subtype, reply_count, reply_users_count, edited, stored_at)
  SELECT '', channel, ts, ts_micros, thread_ts, user_id, bot_id, text, subtype, reply_count,
    reply_users_count, edited, stored_at FROM messages;
DROP TABLE messages;
ALTER TABLE messages_by_team RENAME TO messages;
CREATE INDEX messages_channel_time ON messages (team_id, channel, ts_micros);
CREATE INDEX messages_thread ON messages (team_id, channel, thread_ts);
CREATE INDEX messages_time ON messages (ts_micros);
CREATE INDEX messages_user_time ON messages (team_id, user_id, ts_micros);

CREATE TABLE message_coverage_by_team (
  team_id     VARCHAR(32) NOT NULL,
  channel     VARCHAR(32) NOT NULL,
  from_micros BIGINT      NOT NULL,
  to_micros   BIGINT      NOT NULL,
  PRIMARY KEY (team_id, channel, from_micros)
);
INSERT INTO message_coverage_by_team (team_id, channel, from_micros, to_micros)
  SELECT '', channel, from_micros, to_micros FROM message_coverage;
DROP TABLE message_coverage;
ALTER TABLE message_coverage_by_team RENAME TO message_coverage;

-- Lock rows are made again on each channel's next write.
DROP TABLE channel_locks;
CREATE TABLE channel_locks (
  team_id VARCHAR(32) NOT NULL,
  channel VARCHAR(32) NOT NULL,
  PRIMARY KEY (team_id, channel)
);

CREATE TABLE user_settings_by_team (
  team_id VARCHAR(32) NOT NULL,
  user_id VARCHAR(32) NOT NULL,
  zone_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (team_id, user_id)
);
INSERT INTO user_settings_by_team (team_id, user_id, zone_id) SELECT '', user_id, zone_id FROM user_settings;
DROP TABLE user_settings;
ALTER TABLE user_settings_by_team RENAME TO user_settings;

ALTER TABLE digest_subscriptions ADD COLUMN team_id VARCHAR(32) NOT NULL DEFAULT '';
DROP INDEX digest_subscriptions_owner;
CREATE INDEX digest_subscriptions_owner ON digest_subscriptions (team_id, owner);

DROP INDEX tasks_owner;
CREATE INDEX tasks_owner ON tasks (team_id, owner_id);
