-- Saved analyses (see src/store/analyses.ts): one row per workspace, kind and text hash, for one rules version.
-- Same shape as the SQLite schema.
CREATE TABLE analyses (
  workspace_id   text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  kind           text NOT NULL CHECK (kind IN ('bullet', 'story')),
  text_hash      text NOT NULL CHECK (length(text_hash) = 64),
  rules_version  text NOT NULL,
  result         text NOT NULL,
  PRIMARY KEY (workspace_id, kind, text_hash)
);
