-- Search (PostgreSQL): the stories readers may see, newest first, for a search of stories alone.
-- Stories are 1 % of the documents: read among all documents, 200 stories that match meant reading
-- some 20,000 comments' terms too.

CREATE INDEX search_public_stories ON search_documents (id) WHERE visible AND kind = 'story';
