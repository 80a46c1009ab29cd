-- The admins' accounts page (sqlite): when each account was last seen, and the audit trail of
-- what admins changed on accounts (role, disabled, enabled, sessions ended): who, when, what.

ALTER TABLE users ADD COLUMN last_seen_at BIGINT;

CREATE TABLE account_events (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES users (id),
    kind             TEXT    NOT NULL,
    role_before      TEXT,
    role_after       TEXT,
    sessions         INTEGER NOT NULL DEFAULT 0,
    actor            TEXT    NOT NULL,
    actor_account_id BIGINT,
    created_at       BIGINT  NOT NULL
);

CREATE INDEX account_events_by_account ON account_events (account_id, id);
