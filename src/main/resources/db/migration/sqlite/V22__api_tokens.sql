-- Tokens for the desk API (sqlite): `Authorization: Bearer TOKEN` acts with the rights of the
-- token's account. A token is known by the SHA-256 digest of its text, never the text itself;
-- revoking keeps the row.
CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    label        TEXT    NOT NULL,
    token_digest TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    revoked_at   BIGINT,
    CONSTRAINT api_tokens_digest UNIQUE (token_digest)
);

CREATE INDEX api_tokens_by_user ON api_tokens (user_id, id);
