-- Secrets the site keeps across restarts, made on first use: the key that signs readers' keys, so
-- that a reader key is one the server issued and not one a client made up.
CREATE TABLE site_secrets (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
