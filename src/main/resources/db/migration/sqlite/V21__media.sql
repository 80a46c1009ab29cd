-- Images uploaded on the desk (sqlite), kept in the database so that one backup holds everything
-- and every app node serves the same files. An upload is decoded and re-encoded (no metadata
-- survives) at several widths; the key is a digest of the uploaded bytes, so it is the same in
-- every Broadsheet that imports the image.
CREATE TABLE media (
    media_key  TEXT    NOT NULL PRIMARY KEY,
    format     TEXT    NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    alt        TEXT    NOT NULL,
    caption    TEXT    NOT NULL DEFAULT '',
    credit     TEXT    NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users (id),
    created_at BIGINT  NOT NULL
);

CREATE TABLE media_renditions (
    media_key TEXT    NOT NULL REFERENCES media (media_key),
    width     INTEGER NOT NULL,
    height    INTEGER NOT NULL,
    data      BLOB    NOT NULL,
    PRIMARY KEY (media_key, width)
);
