-- The 9:00 burst. A firing claims every task due at its instant in a few statements instead of
-- one per task: each claim of one firing carries the same token, by which the firing reads its
-- claimed runs (and their tasks) back in one query.
ALTER TABLE task_runs ADD COLUMN claim_token VARCHAR(36);
CREATE INDEX task_runs_claim ON task_runs (claim_token);

-- Slack's posting limit per workspace, shared by every node: a token bucket per workspace that
-- nodes take a few permits at a time from with a conditional update, so N nodes
-- together post no faster than the workspace allows. refilled_at is the wall clock in epoch
-- milliseconds.
CREATE TABLE posting_budgets (
  team_id     VARCHAR(32)      NOT NULL PRIMARY KEY,
  tokens      DOUBLE PRECISION NOT NULL,
  refilled_at BIGINT           NOT NULL,
  version     BIGINT           NOT NULL
);
