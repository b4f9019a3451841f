-- Slack event ids already handled: de-duplicates retried deliveries across threads and nodes.
CREATE TABLE processed_events (
  event_id    VARCHAR(64) PRIMARY KEY,
  received_at TIMESTAMP   NOT NULL
);
CREATE INDEX processed_events_received_at ON processed_events (received_at);
