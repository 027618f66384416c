-- Named queries for PostgreSQL. Each query starts at a "-- name: NAME" line.

-- name: migrate-lock
-- Serialises migrations of processes that start at the same moment.
SELECT pg_advisory_xact_lock(7013531);

-- name: migrations-create
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL
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
SELECT x.email, x.key, x.hash, x.name, x.locale, x.created::timestamptz
FROM json_to_recordset($1::json) AS x(email text, key text, hash text, name text, locale text, created text)
ON CONFLICT (email_key) DO NOTHING;

-- name: subscriber-page
SELECT id, email, name, locale, created_at
FROM subscribers
WHERE active AND id > $1
ORDER BY id
LIMIT $2;

-- name: subscriber-find
SELECT id FROM subscribers WHERE email_key = $1 AND active FOR UPDATE;

-- name: subscriber-purge-unsent
-- An erased person is never sent anything again: drop what was only planned.
DELETE FROM deliveries WHERE subscriber_id = $1 AND state IN ('queued', 'failed-temporary');

-- name: subscriber-erase
-- The row stays as a tombstone holding nothing about the person (ledger
-- rows carry their own copy of the hash), so that no ledger row ever points
-- at a missing subscriber, not even one an enqueue running right now adds.
UPDATE subscribers
SET email = NULL, email_key = NULL, email_hash = '', name = '', locale = '', active = FALSE, erased_at = $2
WHERE id = $1;

-- name: delivery-enqueue
INSERT INTO deliveries (revision_id, subscriber_id, notice, email_hash, state, queued_at, updated_at)
SELECT $1::text, s.id, $2::text, s.email_hash, 'queued', $3::timestamptz, $3::timestamptz
FROM subscribers s
WHERE s.active
  AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.revision_id = $1::text AND d.subscriber_id = s.id)
ON CONFLICT (revision_id, subscriber_id) DO NOTHING;

-- name: delivery-enqueue-prune
-- Drops queued rows an enqueue added for someone erased while it ran.
DELETE FROM deliveries d
USING subscribers s
WHERE d.revision_id = $1 AND d.state = 'queued' AND s.id = d.subscriber_id AND NOT s.active;

-- name: delivery-claim
-- Takes due retries and lapsed leases first (they have waited longest),
-- then queued rows in subscriber order; each kind through its own partial
-- index. FOR UPDATE SKIP LOCKED: concurrent claimers, on any machine, get
-- different rows; a row another transaction has just claimed fails the
-- re-check of the WHERE clause and is skipped.
WITH retry AS (
    SELECT d.revision_id, d.subscriber_id, 1 AS pass, d.subscriber_id AS ord
    FROM deliveries d
    WHERE d.revision_id = $1 AND d.state = 'failed-temporary' AND d.next_attempt <= $3
      AND EXISTS (SELECT 1 FROM subscribers s WHERE s.id = d.subscriber_id AND s.active)
    ORDER BY d.next_attempt
    LIMIT $5
    FOR UPDATE OF d SKIP LOCKED
), lapsed AS (
    SELECT d.revision_id, d.subscriber_id, 2 AS pass, d.subscriber_id AS ord
    FROM deliveries d
    WHERE d.revision_id = $1 AND d.state = 'sending' AND d.lease_until < $3
      AND EXISTS (SELECT 1 FROM subscribers s WHERE s.id = d.subscriber_id AND s.active)
    ORDER BY d.lease_until
    LIMIT $5
    FOR UPDATE OF d SKIP LOCKED
), queued AS (
    SELECT d.revision_id, d.subscriber_id, 3 AS pass, d.subscriber_id AS ord
    FROM deliveries d
    WHERE d.revision_id = $1 AND d.state = 'queued'
      AND EXISTS (SELECT 1 FROM subscribers s WHERE s.id = d.subscriber_id AND s.active)
    ORDER BY d.subscriber_id
    LIMIT $5
    FOR UPDATE OF d SKIP LOCKED
), c AS (
    SELECT x.revision_id, x.subscriber_id
    FROM (SELECT * FROM retry UNION ALL SELECT * FROM lapsed UNION ALL SELECT * FROM queued) x
    ORDER BY x.pass, x.ord
    LIMIT $5
)
UPDATE deliveries d
SET state = 'sending', owner = $2, updated_at = $3, lease_until = $4
FROM c, subscribers s
WHERE d.revision_id = c.revision_id AND d.subscriber_id = c.subscriber_id AND s.id = d.subscriber_id
RETURNING d.revision_id, d.subscriber_id, d.notice, d.email_hash, d.state, d.attempts, d.reply,
          d.message_id, d.late, d.queued_at, d.updated_at, d.sent_at, d.next_attempt, d.owner,
          d.lease_until, COALESCE(s.email, ''), s.name, s.locale;

-- name: delivery-record
UPDATE deliveries
SET state = $4, attempts = $5, reply = $6, message_id = $7, sent_at = $8, next_attempt = $9,
    late = $10, updated_at = COALESCE($11, updated_at), lease_until = NULL
WHERE revision_id = $1 AND subscriber_id = $2 AND owner = $3 AND state = 'sending';

-- name: delivery-record-all
-- delivery-record for several rows in one statement: $1 is a JSON array of
-- objects keyed by column name. It returns the rows it changed; the others
-- were not being sent by that owner.
UPDATE deliveries d
SET state = v.state, attempts = v.attempts, reply = v.reply, message_id = v.message_id,
    sent_at = v.sent_at, next_attempt = v.next_attempt, late = v.late,
    updated_at = COALESCE(v.updated_at, d.updated_at), lease_until = NULL
FROM json_to_recordset($1::json) AS v(revision_id TEXT, subscriber_id BIGINT, owner TEXT, state TEXT,
    attempts INTEGER, reply TEXT, message_id TEXT, sent_at TIMESTAMPTZ, next_attempt TIMESTAMPTZ,
    late BOOLEAN, updated_at TIMESTAMPTZ)
WHERE d.revision_id = v.revision_id AND d.subscriber_id = v.subscriber_id
  AND d.owner = v.owner AND d.state = 'sending'
RETURNING d.revision_id, d.subscriber_id, d.owner;

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
