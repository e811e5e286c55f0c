-- The parts of a resume that are not bullets: header, education, certifications and skills, as one JSON Resume
-- fragment per workspace (validated by zod before it is written). Roles and bullets stay in their own tables.
CREATE TABLE resume_profiles (
  workspace_id  TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
  data          TEXT NOT NULL CHECK (json_valid(data)),
  updated_at    TEXT NOT NULL
) STRICT;
