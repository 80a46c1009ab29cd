-- Moderation: settings, word lists, the audit trail of every decision, reader reports,
-- sanctions and pre-moderation (sqlite). Instants are epoch milliseconds.

-- Settings changed from their defaults; the defaults live in the code that declares each key.
CREATE TABLE settings (
    key        TEXT   NOT NULL PRIMARY KEY,
    value      TEXT   NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT   NOT NULL
);

-- Banned words reject a comment, suspect words hold it. Words are stored in canonical form.
CREATE TABLE moderation_words (
    word       TEXT   NOT NULL PRIMARY KEY,
    list       TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    created_by TEXT   NOT NULL
);

-- Every decision, automatic or human: who (actor_kind: screening, readers, moderator), when,
-- what (action, from_status, to_status) and why. Decisions on commenters have a subject instead
-- of a comment. Nothing here is ever deleted.
CREATE TABLE moderation_events (
    id               INTEGER PRIMARY KEY,
    comment_id       INTEGER REFERENCES comments (id),
    subject          TEXT,
    actor_kind       TEXT   NOT NULL,
    actor            TEXT   NOT NULL,
    actor_account_id BIGINT,
    action           TEXT   NOT NULL,
    reason           TEXT   NOT NULL DEFAULT '',
    from_status      TEXT,
    to_status        TEXT,
    created_at       BIGINT NOT NULL
);

CREATE INDEX moderation_events_by_comment ON moderation_events (comment_id, id);
CREATE INDEX moderation_events_by_kind ON moderation_events (actor_kind, id);

-- A reader's report of a comment, once per reader; reviewed once a moderator has decided.
CREATE TABLE comment_reports (
    id           INTEGER PRIMARY KEY,
    comment_id   INTEGER NOT NULL REFERENCES comments (id),
    reporter_key TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    reviewed     INTEGER NOT NULL DEFAULT 0,
    created_at   BIGINT  NOT NULL,
    CONSTRAINT comment_reports_once UNIQUE (comment_id, reporter_key)
);

CREATE INDEX comment_reports_open ON comment_reports (reviewed, comment_id);

-- Bans (no end) and suspensions (an end) of a commenter: an account, or a guest's name and/or
-- client fingerprint. Lifting keeps the row.
CREATE TABLE sanctions (
    id         INTEGER PRIMARY KEY,
    account_id BIGINT,
    name_key   TEXT,
    name       TEXT,
    client_key TEXT,
    kind       TEXT   NOT NULL,
    ends_at    BIGINT,
    reason     TEXT   NOT NULL,
    created_by TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    lifted_at  BIGINT,
    lifted_by  TEXT
);

-- Stories and commenters whose comments are all held for review (kind: story, name, client, account).
CREATE TABLE premoderation (
    kind       TEXT   NOT NULL,
    subject    TEXT   NOT NULL,
    created_by TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (kind, subject)
);

-- Screening looks up a commenter's recent comments (repeats, flooding, new commenters).
CREATE INDEX comments_by_client ON comments (client_key, created_at);
CREATE INDEX comments_by_name ON comments (name, created_at);

-- The moderation queue lists comments by status.
CREATE INDEX comments_by_status ON comments (status, id);

-- The default word lists: English, romanised Urdu and Urdu script.
INSERT INTO moderation_words (word, list, created_at, created_by) VALUES
    ('fuck', 'banned', 0, 'default'),
    ('fucking', 'banned', 0, 'default'),
    ('fucked', 'banned', 0, 'default'),
    ('fucker', 'banned', 0, 'default'),
    ('motherfucker', 'banned', 0, 'default'),
    ('fck', 'banned', 0, 'default'),
    ('fuk', 'banned', 0, 'default'),
    ('shit', 'banned', 0, 'default'),
    ('shithead', 'banned', 0, 'default'),
    ('asshole', 'banned', 0, 'default'),
    ('bastard', 'banned', 0, 'default'),
    ('bitch', 'banned', 0, 'default'),
    ('cunt', 'banned', 0, 'default'),
    ('dickhead', 'banned', 0, 'default'),
    ('slut', 'banned', 0, 'default'),
    ('whore', 'banned', 0, 'default'),
    ('retard', 'banned', 0, 'default'),
    ('retarded', 'banned', 0, 'default'),
    ('idiot', 'banned', 0, 'default'),
    ('moron', 'banned', 0, 'default'),
    ('dumbass', 'banned', 0, 'default'),
    ('jackass', 'banned', 0, 'default'),
    ('twat', 'banned', 0, 'default'),
    ('wanker', 'banned', 0, 'default'),
    ('harami', 'banned', 0, 'default'),
    ('haramzada', 'banned', 0, 'default'),
    ('haramzade', 'banned', 0, 'default'),
    ('haramkhor', 'banned', 0, 'default'),
    ('kamina', 'banned', 0, 'default'),
    ('kamine', 'banned', 0, 'default'),
    ('kanjar', 'banned', 0, 'default'),
    ('kanjri', 'banned', 0, 'default'),
    ('chutiya', 'banned', 0, 'default'),
    ('chutiye', 'banned', 0, 'default'),
    ('bhenchod', 'banned', 0, 'default'),
    ('behenchod', 'banned', 0, 'default'),
    ('madarchod', 'banned', 0, 'default'),
    ('maderchod', 'banned', 0, 'default'),
    ('gandu', 'banned', 0, 'default'),
    ('bharwa', 'banned', 0, 'default'),
    ('bhadwa', 'banned', 0, 'default'),
    ('bhen chod', 'banned', 0, 'default'),
    ('behen chod', 'banned', 0, 'default'),
    ('madar chod', 'banned', 0, 'default'),
    ('kill yourself', 'banned', 0, 'default'),
    ('حرامی', 'banned', 0, 'default'),
    ('حرامزادہ', 'banned', 0, 'default'),
    ('حرامخور', 'banned', 0, 'default'),
    ('کمینہ', 'banned', 0, 'default'),
    ('کمینی', 'banned', 0, 'default'),
    ('کنجر', 'banned', 0, 'default'),
    ('کنجری', 'banned', 0, 'default'),
    ('چوتیا', 'banned', 0, 'default'),
    ('چوتیی', 'banned', 0, 'default'),
    ('بہنچود', 'banned', 0, 'default'),
    ('مادرچود', 'banned', 0, 'default'),
    ('گانڈو', 'banned', 0, 'default'),
    ('بہڑوا', 'banned', 0, 'default'),
    ('بہڑوی', 'banned', 0, 'default'),
    ('رنڈی', 'banned', 0, 'default'),
    ('حرام زادہ', 'banned', 0, 'default'),
    ('حرام خور', 'banned', 0, 'default'),
    ('بہن چود', 'banned', 0, 'default'),
    ('مادر چود', 'banned', 0, 'default'),
    ('stupid', 'suspect', 0, 'default'),
    ('fool', 'suspect', 0, 'default'),
    ('dumb', 'suspect', 0, 'default'),
    ('traitor', 'suspect', 0, 'default'),
    ('scum', 'suspect', 0, 'default'),
    ('scumbag', 'suspect', 0, 'default'),
    ('bullshit', 'suspect', 0, 'default'),
    ('crap', 'suspect', 0, 'default'),
    ('ass', 'suspect', 0, 'default'),
    ('prick', 'suspect', 0, 'default'),
    ('kutta', 'suspect', 0, 'default'),
    ('kuttay', 'suspect', 0, 'default'),
    ('kutte', 'suspect', 0, 'default'),
    ('suar', 'suspect', 0, 'default'),
    ('gadha', 'suspect', 0, 'default'),
    ('gadhay', 'suspect', 0, 'default'),
    ('ullu', 'suspect', 0, 'default'),
    ('ghaddar', 'suspect', 0, 'default'),
    ('jahil', 'suspect', 0, 'default'),
    ('bewakoof', 'suspect', 0, 'default'),
    ('beghairat', 'suspect', 0, 'default'),
    ('lanati', 'suspect', 0, 'default'),
    ('randi', 'suspect', 0, 'default'),
    ('besharam', 'suspect', 0, 'default'),
    ('shut up', 'suspect', 0, 'default'),
    ('ullu ka pattha', 'suspect', 0, 'default'),
    ('be ghairat', 'suspect', 0, 'default'),
    ('go to hell', 'suspect', 0, 'default'),
    ('کتا', 'suspect', 0, 'default'),
    ('کتی', 'suspect', 0, 'default'),
    ('سور', 'suspect', 0, 'default'),
    ('گدہا', 'suspect', 0, 'default'),
    ('گدہی', 'suspect', 0, 'default'),
    ('الو', 'suspect', 0, 'default'),
    ('غدار', 'suspect', 0, 'default'),
    ('جاہل', 'suspect', 0, 'default'),
    ('بیوقوف', 'suspect', 0, 'default'),
    ('بیغیرت', 'suspect', 0, 'default'),
    ('لعنتی', 'suspect', 0, 'default'),
    ('بیشرم', 'suspect', 0, 'default'),
    ('الو کا پٹہا', 'suspect', 0, 'default'),
    ('بی وقوف', 'suspect', 0, 'default'),
    ('بی غیرت', 'suspect', 0, 'default'),
    ('بی شرم', 'suspect', 0, 'default');
