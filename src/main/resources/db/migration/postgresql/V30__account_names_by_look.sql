-- Account names are compared by how they look (postgresql): the key of a name (news.broadsheet.text.NameKey:
-- case folded, invisible characters removed, confusable letters such as Cyrillic А and Latin A
-- made one) is unique among accounts. The key needs Unicode data the database does not have:
-- the application computes it for accounts stored before this column, at start, before serving.

ALTER TABLE users ADD COLUMN look_key TEXT;

CREATE UNIQUE INDEX users_by_look ON users (look_key);
