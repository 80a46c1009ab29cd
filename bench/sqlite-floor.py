#!/usr/bin/env python3
"""What SQLite itself does on this machine: the floor under any importer's speed.

Inserts COMMENTS comments (ARTICLES stories of COMMENTS/ARTICLES) into a database that already
has Broadsheet's schema (pass the path of a freshly migrated, empty broadsheet.db), with the
same statement, pragmas and groups as `broadsheet import`, from C through Python's sqlite3
executemany. Rows are made in memory one group at a time, outside the timed part; the time is
only SQLite's: binding, inserting into the table and its indexes, committing with a sync.

Usage: bench/sqlite-floor.py DB [COMMENTS] [ARTICLES]   (prints "rows N seconds S per-second R")
"""
import random
import sqlite3
import sys
import time

GROUP = 50_000
INSERT_ARTICLE = (
    "INSERT INTO articles (source, published_on, headline, body, zone, slug, created_at)"
    " VALUES ('BENCH', '2020-01-01', ?, 'A paragraph.', 'UTC', 'bench', 0)")
INSERT_COMMENT = (
    "INSERT INTO comments (article_id, parent_id, name, posted_at, posted_local, body, status, origin,"
    " identity, occurrence, created_at) VALUES (?, NULL, ?, ?, ?, ?, 'published', 'imported', ?, 0, 0)"
    " ON CONFLICT (article_id, identity, occurrence) DO NOTHING")


def main():
    path = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    articles = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    per_article = total // articles
    rng = random.Random(1)
    words = ["bijli", "budget", "court", "minister", "price", "water", "school", "election", "the", "and"]
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "cache_size=-65536",
                   "wal_autocheckpoint=16384"):
        db.execute("PRAGMA " + pragma)
    spent = 0.0
    done = 0
    article = 0
    while done < total:
        rows = []
        ids = []
        while len(rows) < GROUP and done + len(rows) < total:
            ids.append(f"Bench story {article}")
            article += 1
            for i in range(per_article):
                text = " ".join(rng.choice(words) for _ in range(38))
                rows.append((len(ids) - 1, f"Reader {rng.randrange(50_000)}", 1_500_000_000_000 + i * 60_000,
                             "2018-03-03T09:48", text, "%064x" % rng.getrandbits(256)))
        started = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        for headline in ids:
            last = db.execute(INSERT_ARTICLE, (headline,)).lastrowid
        first = last - len(ids) + 1
        db.executemany(INSERT_COMMENT, [(first + r[0],) + r[1:] for r in rows])
        db.execute("COMMIT")
        spent += time.perf_counter() - started
        done += len(rows)
    print(f"rows {done} seconds {spent:.2f} per-second {done / spent:.0f}")


if __name__ == "__main__":
    main()
