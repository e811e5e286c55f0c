-- STAR stories of a workspace and their rehearsal runs; both go when the workspace is deleted.
CREATE TABLE stories (
  id            INTEGER PRIMARY KEY,
  workspace_id  TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  title         TEXT NOT NULL,
  text          TEXT NOT NULL,
  prompt_id     TEXT,
  bullet_id     INTEGER REFERENCES bullets(id) ON DELETE SET NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX stories_by_workspace ON stories(workspace_id, id);

CREATE TABLE rehearsals (
  id          INTEGER PRIMARY KEY,
  story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  seconds     INTEGER NOT NULL CHECK (seconds >= 0),
  rating      INTEGER CHECK (rating BETWEEN 1 AND 5),
  hidden      INTEGER NOT NULL CHECK (hidden IN (0, 1)),
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX rehearsals_by_story ON rehearsals(story_id, id);
