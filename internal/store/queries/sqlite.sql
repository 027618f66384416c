-- Named queries for SQLite. Each query starts at a "-- name: NAME" line.
-- Placeholders are $1, $2 ... as in PostgreSQL. Times are TEXT in the
-- fixed-width UTC layout the migrations describe.

-- name: migrate-lock
-- The transaction is BEGIN IMMEDIATE: it already holds the write lock.
SELECT 1;

-- name: migrations-create
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);

-- name: migrations-version
SELECT COALESCE(MAX(version), 0) FROM schema_migrations;

-- name: migrations-insert
INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2);

-- name: salt-insert
INSERT INTO meta (key, value) VALUES ('email_salt', $1) ON CONFLICT (key) DO NOTHING;

-- name: salt-get
SELECT value FROM meta WHERE key = 'email_salt';

-- name: subscriber-add
INSERT INTO subscribers (email, email_key, email_hash, name, locale, created_at)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (email_key) DO NOTHING
RETURNING id;

-- name: subscriber-import
-- $1 is a JSON array of {"email", "key", "hash", "name", "locale", "created"}.
INSERT INTO subscribers (email, email_key, email_hash, name, locale, created_at)
SELECT json_extract(value, '$.email'), json_extract(value, '$.key'), json_extract(value, '$.hash'),
       json_extract(value, '$.name'), json_extract(value, '$.locale'), json_extract(value, '$.created')
FROM json_each($1)
WHERE true
ON CONFLICT (email_key) DO NOTHING;

-- name: subscriber-page
SELECT id, email, name, locale, created_at
FROM subscribers
WHERE active AND id > $1
ORDER BY id
LIMIT $2;

-- name: subscriber-find
SELECT id FROM subscribers WHERE email_key = $1 AND active;

-- name: subscriber-purge-unsent
-- An erased person is never sent anything again: drop what was only planned.
DELETE FROM deliveries WHERE subscriber_id = $1 AND state IN ('queued', 'failed-temporary');

-- name: subscriber-erase
-- The row stays as a tombstone holding nothing about the person (ledger
-- rows carry their own copy of the hash), so that no ledger row ever points
-- at a missing subscriber, not even one an enqueue running right now adds.
UPDATE subscribers
SET email = NULL, email_key = NULL, email_hash = '', name = '', locale = '', active = 0, erased_at = $2
WHERE id = $1;

-- name: delivery-enqueue
INSERT INTO deliveries (revision_id, subscriber_id, notice, email_hash, state, queued_at, updated_at)
SELECT $1, s.id, $2, s.email_hash, 'queued', $3, $3
FROM subscribers s
WHERE s.active
  AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.revision_id = $1 AND d.subscriber_id = s.id)
ON CONFLICT (revision_id, subscriber_id) DO NOTHING;

-- name: delivery-enqueue-prune
-- Drops queued rows an enqueue added for someone erased while it ran.
DELETE FROM deliveries
WHERE revision_id = $1 AND state = 'queued'
  AND subscriber_id IN (SELECT id FROM subscribers WHERE NOT active);

-- name: delivery-claim-select
-- Runs in a BEGIN IMMEDIATE transaction with delivery-claim-update: SQLite
-- has one writer, so nobody else can claim these rows in between. Due
-- retries and lapsed leases come first (they have waited longest), then
-- queued rows in subscriber order; each kind through its own partial index.
SELECT revision_id, subscriber_id, notice, email_hash, state, attempts, reply, message_id, late,
       queued_at, updated_at, sent_at, next_attempt, owner, lease_until, email, name, locale
FROM (
    SELECT * FROM (
        SELECT 1 AS pass, d.next_attempt AS ord, d.revision_id, d.subscriber_id, d.notice, d.email_hash, d.state, d.attempts, d.reply,
               d.message_id, d.late, d.queued_at, d.updated_at, d.sent_at, d.next_attempt, d.owner,
               d.lease_until, COALESCE(s.email, '') AS email, s.name AS name, s.locale AS locale
        FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
        WHERE d.revision_id = $1 AND d.state = 'failed-temporary' AND d.next_attempt <= $2 AND s.active
        ORDER BY d.next_attempt LIMIT $3)
    UNION ALL
    SELECT * FROM (
        SELECT 2 AS pass, d.lease_until AS ord, d.revision_id, d.subscriber_id, d.notice, d.email_hash, d.state, d.attempts, d.reply,
               d.message_id, d.late, d.queued_at, d.updated_at, d.sent_at, d.next_attempt, d.owner,
               d.lease_until, COALESCE(s.email, '') AS email, s.name AS name, s.locale AS locale
        FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
        WHERE d.revision_id = $1 AND d.state = 'sending' AND d.lease_until < $2 AND s.active
        ORDER BY d.lease_until LIMIT $3)
    UNION ALL
    SELECT * FROM (
        SELECT 3 AS pass, d.subscriber_id AS ord, d.revision_id, d.subscriber_id, d.notice, d.email_hash, d.state, d.attempts, d.reply,
               d.message_id, d.late, d.queued_at, d.updated_at, d.sent_at, d.next_attempt, d.owner,
               d.lease_until, COALESCE(s.email, '') AS email, s.name AS name, s.locale AS locale
        FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id
        WHERE d.revision_id = $1 AND d.state = 'queued' AND s.active
        ORDER BY d.subscriber_id LIMIT $3)
)
ORDER BY pass, ord
LIMIT $3;

-- name: delivery-claim-update
-- $5 is a JSON array of subscriber ids.
UPDATE deliveries
SET state = 'sending', owner = $2, updated_at = $3, lease_until = $4
WHERE revision_id = $1 AND subscriber_id IN (SELECT value FROM json_each($5));

-- name: delivery-record
UPDATE deliveries
SET state = $4, attempts = $5, reply = $6, message_id = $7, sent_at = $8, next_attempt = $9,
    late = $10, updated_at = COALESCE($11, updated_at), lease_until = NULL
WHERE revision_id = $1 AND subscriber_id = $2 AND owner = $3 AND state = 'sending';

-- name: delivery-record-all
-- delivery-record for several rows in one statement: the store puts in
-- place of ROWS one tuple of delivery-record's eleven parameters per row
-- (a statement prepared per number of rows). It returns the rows it
-- changed; the others were not being sent by that owner.
WITH v (revision_id, subscriber_id, owner, state, attempts, reply, message_id, sent_at, next_attempt, late, updated_at)
AS (VALUES ROWS)
UPDATE deliveries
SET state = v.state, attempts = v.attempts, reply = v.reply, message_id = v.message_id,
    sent_at = v.sent_at, next_attempt = v.next_attempt, late = v.late,
    updated_at = COALESCE(v.updated_at, deliveries.updated_at), lease_until = NULL
FROM v
WHERE deliveries.revision_id = v.revision_id AND deliveries.subscriber_id = v.subscriber_id
  AND deliveries.owner = v.owner AND deliveries.state = 'sending'
RETURNING deliveries.revision_id, deliveries.subscriber_id, deliveries.owner;

-- name: delivery-outstanding
-- Counts through the claim indexes, reading only the rows not yet done.
SELECT (SELECT COUNT(*) FROM deliveries WHERE revision_id = $1 AND state = 'queued')
     + (SELECT COUNT(*) FROM deliveries WHERE revision_id = $1 AND state = 'sending')
     + (SELECT COUNT(*) FROM deliveries WHERE revision_id = $1 AND state = 'failed-temporary');

-- name: delivery-status
SELECT state, COUNT(*), COALESCE(SUM(CASE WHEN late THEN 1 ELSE 0 END), 0)
FROM deliveries
WHERE revision_id = $1
GROUP BY state;

-- name: delivery-page
-- The page is cut from the ledger's primary key first, then joined: a plan
-- that cannot wander over the whole subscriber table, stale statistics or
-- not.
SELECT d.revision_id, d.subscriber_id, d.notice, d.email_hash, d.state, d.attempts, d.reply,
       d.message_id, d.late, d.queued_at, d.updated_at, d.sent_at, d.next_attempt, d.owner,
       d.lease_until, COALESCE(s.email, ''), s.name, s.locale
FROM (
    SELECT * FROM deliveries
    WHERE revision_id = $1 AND subscriber_id > $2
    ORDER BY revision_id, subscriber_id
    LIMIT $3
) d
JOIN subscribers s ON s.id = d.subscriber_id
ORDER BY d.subscriber_id;
