-- The parts of a resume that are not bullets, as one JSON Resume fragment per workspace (validated by zod before it
-- is written). Roles and bullets stay in their own tables.
CREATE TABLE resume_profiles (
  workspace_id  text PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
  data          json NOT NULL,
  updated_at    timestamptz NOT NULL
);
