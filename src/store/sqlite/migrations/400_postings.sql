-- Job postings of a workspace and the tailored resumes made for each; both go when the workspace is deleted.
CREATE TABLE postings (
  id            INTEGER PRIMARY KEY,
  workspace_id  TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  title         TEXT NOT NULL,
  text          TEXT NOT NULL,
  source        TEXT NOT NULL CHECK (source IN ('paste', 'txt', 'docx')),
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX postings_by_workspace ON postings(workspace_id, id);

CREATE TABLE tailored_versions (
  id          INTEGER PRIMARY KEY,
  posting_id  INTEGER NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
  resume      TEXT NOT NULL CHECK (json_valid(resume)),
  bullets     INTEGER NOT NULL CHECK (bullets >= 0),
  left_out    INTEGER NOT NULL CHECK (left_out >= 0),
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX tailored_by_posting ON tailored_versions(posting_id, id);
