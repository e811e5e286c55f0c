-- Workspaces hold roles and bullets; a bullet keeps every version of its text.
CREATE TABLE workspaces (
  id          TEXT PRIMARY KEY CHECK (length(id) = 32),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE roles (
  id            INTEGER PRIMARY KEY,
  workspace_id  TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  title         TEXT NOT NULL,
  employer      TEXT NOT NULL,
  location      TEXT NOT NULL,
  start_date    TEXT NOT NULL,
  end_date      TEXT NOT NULL
) STRICT;
CREATE INDEX roles_by_workspace ON roles(workspace_id, position);

CREATE TABLE bullets (
  id            INTEGER PRIMARY KEY,
  workspace_id  TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  role_id       INTEGER REFERENCES roles(id) ON DELETE SET NULL,
  position      INTEGER NOT NULL,
  text          TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX bullets_by_workspace ON bullets(workspace_id, role_id, position);

CREATE TABLE bullet_versions (
  id          INTEGER PRIMARY KEY,
  bullet_id   INTEGER NOT NULL REFERENCES bullets(id) ON DELETE CASCADE,
  text        TEXT NOT NULL,
  reason      TEXT NOT NULL CHECK (reason IN ('created', 'edited', 'rewrite', 'restored')),
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX versions_by_bullet ON bullet_versions(bullet_id, id);
