-- Saved analyses (see src/store/analyses.ts): one row per workspace, kind and text hash, for one rules version.
CREATE TABLE analyses (
  workspace_id   TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind IN ('bullet', 'story')),
  text_hash      TEXT NOT NULL CHECK (length(text_hash) = 64),
  rules_version  TEXT NOT NULL,
  result         TEXT NOT NULL,
  PRIMARY KEY (workspace_id, kind, text_hash)
) STRICT, WITHOUT ROWID;
