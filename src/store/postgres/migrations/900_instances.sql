-- What several app instances share besides the workspaces: rate-limit counters (one row per client and limit, kept
-- until its window ends) and the secret that signs form tokens, so a form served by one instance posts to another.
-- Unlogged: counters need no crash safety, and skipping the WAL keeps the write on every request cheap.
CREATE UNLOGGED TABLE rate_limits (
  key       text PRIMARY KEY,
  hits      integer NOT NULL,
  reset_at  timestamptz NOT NULL
);
CREATE INDEX rate_limits_by_reset ON rate_limits(reset_at);

CREATE TABLE app_secrets (
  name   text PRIMARY KEY,
  value  text NOT NULL
);
