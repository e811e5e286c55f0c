-- Each workspace's own dictionary: words the spelling check accepts. They go when the workspace is deleted.
CREATE TABLE dictionary_words (
  workspace_id  text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  word          text NOT NULL CHECK (length(word) BETWEEN 1 AND 60),
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (workspace_id, word)
);
