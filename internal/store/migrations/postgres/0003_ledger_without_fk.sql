-- Subscriber rows are never deleted (erasure leaves an empty tombstone), so
-- the ledger's foreign key guards nothing; yet its per-row check takes a
-- KEY SHARE lock on, and so rewrites, every subscriber row an enqueue
-- reads: a third of the time of enqueueing a million rows.
ALTER TABLE deliveries DROP CONSTRAINT deliveries_subscriber_id_fkey;
