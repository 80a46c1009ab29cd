-- The slot a transaction counts into changes on PostgreSQL only (see its V72); SQLite has one
-- writer and counts into slot 0.
SELECT 1;
