-- Search (sqlite): nothing to do; on PostgreSQL, an index of the stories readers may see (FTS5
-- reads a search of stories alone through its facet term).
SELECT 1;
