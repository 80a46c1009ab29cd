-- The clients an account has logged in from (postgresql), known by a SHA-256 digest of the client's key,
-- never the key itself: wrong passwords for an account from other clients never lock its owner out
-- of a client they have used. Rows not used for 90 days are deleted by the periodic clean-up.

CREATE TABLE login_clients (
    user_id       BIGINT  NOT NULL REFERENCES users (id),
    client_digest TEXT    NOT NULL,
    last_login_at BIGINT  NOT NULL,
    PRIMARY KEY (user_id, client_digest)
);

CREATE INDEX login_clients_by_last_login ON login_clients (last_login_at);
