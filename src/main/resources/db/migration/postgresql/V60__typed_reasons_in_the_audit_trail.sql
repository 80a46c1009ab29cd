-- The audit trail keeps the reasons of an automatic decision as values, stored like
-- comments.reasons (a JSON array of kind, outcome and parameters; empty for none), apart from a
-- person's own words, which stay in reason. V61 converts what older versions wrote (postgresql).
ALTER TABLE moderation_events ADD COLUMN reasons TEXT NOT NULL DEFAULT '';
