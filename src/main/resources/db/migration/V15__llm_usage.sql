-- Model tokens spent, per workspace (team_id) per UTC day; every query filters by team_id. One
-- row per day holds the workspace's total (task_id 0) and one per task that spent tokens that
-- day. Nodes share these rows, so a budget holds across a cluster: a call first holds its most
-- (prompt estimate plus output cap) with a conditional UPDATE that refuses to pass the budget, and
-- when it returns the hold is replaced by what the provider billed.
CREATE TABLE llm_usage (
  team_id       VARCHAR(32)  NOT NULL,
  usage_day     DATE         NOT NULL,
  task_id       BIGINT       NOT NULL,
  -- spent, plus what calls under way hold
  tokens        BIGINT       NOT NULL DEFAULT 0,
  input_tokens  BIGINT       NOT NULL DEFAULT 0,
  output_tokens BIGINT       NOT NULL DEFAULT 0,
  calls         BIGINT       NOT NULL DEFAULT 0,
  -- task rows: the run that spent last, and what that run has spent (the per-run budget)
  run_key       VARCHAR(200),
  run_tokens    BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (team_id, usage_day, task_id)
);
CREATE INDEX llm_usage_task ON llm_usage (team_id, task_id, usage_day);
