-- Messages stored as their events arrive, so digests read the database instead of Slack's
-- history (which new distributed apps may read at 1 request per minute).
CREATE TABLE messages (
  channel           VARCHAR(32)    NOT NULL,
  ts                VARCHAR(32)    NOT NULL,
  -- ts in microseconds, for numeric windows and ordering (the text form does not sort).
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
  PRIMARY KEY (channel, ts)
);
CREATE INDEX messages_channel_time ON messages (channel, ts_micros);
CREATE INDEX messages_thread ON messages (channel, thread_ts);
CREATE INDEX messages_time ON messages (ts_micros);

-- Time ranges [from, to] per channel that the store holds completely (live events or backfill).
CREATE TABLE message_coverage (
  channel     VARCHAR(32) NOT NULL,
  from_micros BIGINT      NOT NULL,
  to_micros   BIGINT      NOT NULL,
  PRIMARY KEY (channel, from_micros)
);
