#!/usr/bin/env python3
"""The plain Python loader: the yardstick that SQLite import is measured against.

What one would write by hand to load an archive into SQLite: read every *.txt file of a folder
(sorted), split it into blocks, take the header, headline and body, recognise comment headers
(a two-line block whose second line is a time such as "Mar 03, 2018 09:48am"), and insert the
story and its comments into two tables with no secondary index, through Python's sqlite3 (C).
The same durability as Broadsheet (WAL, synchronous=FULL) and the same groups (a commit every
500 files or 50,000 comments). No merging, no identity digests, no validation beyond the shape:
every file must be a new, well-formed story. The whole process is what is timed.

Usage: bench/python-loader.py DB CORPUS_DIR   (prints "rows N seconds S per-second R")
"""
import os
import re
import sqlite3
import sys
import time

MAX_FILES = 500
MAX_COMMENTS = 50_000
TIME = re.compile(r"[A-Z][a-z]{2} \d{2}, \d{4} \d{2}:\d{2}[ap]m\Z")
PRINT_LINE = re.compile(r"Published in .+, [A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th), \d{4}\Z")
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, source TEXT NOT NULL,
  published_on TEXT NOT NULL, headline TEXT NOT NULL, byline TEXT, body TEXT NOT NULL,
  print_line TEXT);
CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL,
  name TEXT NOT NULL, posted TEXT NOT NULL, body TEXT NOT NULL);
"""
INSERT_ARTICLE = ("INSERT INTO articles (source, published_on, headline, byline, body, print_line)"
                  " VALUES (?, ?, ?, ?, ?, ?)")
INSERT_COMMENT = "INSERT INTO comments (article_id, name, posted, body) VALUES (?, ?, ?, ?)"


def is_comment_header(block):
    lines = block.split("\n")
    return len(lines) == 2 and TIME.match(lines[1]) is not None


def parse(text):
    """A file's text as (source, date, headline, byline, body, print line, comments)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    blocks = text.replace("\r\n", "\n").rstrip("\n").split("\n\n")
    header = blocks[0]
    if not header.startswith(" date "):
        raise ValueError("no header")
    published_on, source = header[6:16], header[17:]
    headline = blocks[1]
    at = 2
    byline = None
    if at < len(blocks) and "Updated " in blocks[at] and "\n" not in blocks[at]:
        byline = blocks[at]
        at += 1
    body = []
    while at < len(blocks) and not is_comment_header(blocks[at]):
        body.append(blocks[at])
        at += 1
    print_line = body.pop() if body and PRINT_LINE.match(body[-1]) else None
    comments = []
    while at < len(blocks):
        name, posted = blocks[at].split("\n")
        at += 1
        paragraphs = []
        while at < len(blocks) and not is_comment_header(blocks[at]):
            paragraphs.append(blocks[at])
            at += 1
        if not paragraphs:
            raise ValueError("a comment with no text")
        comments.append((name, posted, "\n\n".join(paragraphs)))
    return source, published_on, headline, byline, "\n\n".join(body), print_line, comments


def files(corpus):
    found = []
    for folder, _, names in os.walk(corpus):
        found.extend(os.path.join(folder, n) for n in names if n.endswith(".txt"))
    return sorted(found)


def main():
    started = time.perf_counter()
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "cache_size=-65536", "wal_autocheckpoint=16384"):
        db.execute("PRAGMA " + pragma)
    db.executescript(SCHEMA)
    rows = files_in_group = comments_in_group = 0
    db.execute("BEGIN IMMEDIATE")
    for path in files(sys.argv[2]):
        with open(path, encoding="utf-8") as f:
            source, date, headline, byline, body, print_line, comments = parse(f.read())
        article = db.execute(INSERT_ARTICLE, (source, date, headline, byline, body, print_line)).lastrowid
        db.executemany(INSERT_COMMENT, [(article,) + c for c in comments])
        rows += len(comments)
        files_in_group += 1
        comments_in_group += len(comments)
        if files_in_group >= MAX_FILES or comments_in_group >= MAX_COMMENTS:
            db.execute("COMMIT")
            db.execute("BEGIN IMMEDIATE")
            files_in_group = comments_in_group = 0
    db.execute("COMMIT")
    db.close()
    spent = time.perf_counter() - started
    print(f"rows {rows} seconds {spent:.2f} per-second {rows / spent:.0f}")


if __name__ == "__main__":
    main()
