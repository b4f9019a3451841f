-- One row per workspace Roundup has seen (a request from it, or an installation in it), with the
-- Enterprise Grid org it belongs to (NULL outside a Grid). Slack's team ids are unique across
-- Slack, Grid workspaces included, so every stored row's team_id leads here to its enterprise: the
-- per-workspace tables keep their team_id alone, and this table answers which org that team is in.
-- It is how a workspace of a Grid org finds the org-wide installation that speaks for it, and which
-- workspaces an org-wide uninstall stops. org_access_revoked_at is set when the org took an org-wide
-- installation out of this one workspace (team_access_revoked) and cleared when it gave it back
-- (team_access_granted): while set, the org-wide installation does not speak for the workspace.
CREATE TABLE workspaces (
  team_id               VARCHAR(32) PRIMARY KEY,
  enterprise_id         VARCHAR(32),
  org_access_revoked_at TIMESTAMP WITH TIME ZONE,
  first_seen_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX workspaces_enterprise ON workspaces (enterprise_id);

-- Workspaces installed before this table existed ('' is "none" in slack_installations' keys).
INSERT INTO workspaces (team_id, enterprise_id, first_seen_at, updated_at)
  SELECT team_id, NULLIF(enterprise_id, ''), installed_at, installed_at
  FROM slack_installations WHERE team_id <> '';
