-- The subscriber list and the delivery ledger.
--
-- Times are TEXT in one fixed-width UTC layout (2006-01-02T15:04:05.000000000Z)
-- so that comparing them as strings compares them as times.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A subscriber row. Removing a person erases it: email, email_key,
-- email_hash, name and locale are cleared and active is 0; the id stays so
-- that ledger rows never point at a missing row. Ids are never reused.
CREATE TABLE subscribers (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    email      TEXT,
    email_key  TEXT UNIQUE,
    email_hash TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    locale     TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    erased_at  TEXT
);

-- One row per (revision, subscriber): the proof, or failure, of notice.
CREATE TABLE deliveries (
    revision_id   TEXT NOT NULL,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id),
    notice        TEXT NOT NULL,
    email_hash    TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'queued'
                  CHECK (state IN ('queued', 'sending', 'sent', 'failed-temporary', 'failed-permanent')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    reply         TEXT NOT NULL DEFAULT '',
    message_id    TEXT NOT NULL DEFAULT '',
    late          INTEGER NOT NULL DEFAULT 0,
    queued_at     TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    sent_at       TEXT,
    next_attempt  TEXT,
    owner         TEXT NOT NULL DEFAULT '',
    lease_until   TEXT,
    PRIMARY KEY (revision_id, subscriber_id)
);

-- Only rows a worker may still have to send: claims never scan past the
-- rows already done.
CREATE INDEX deliveries_pending ON deliveries (revision_id, subscriber_id)
    WHERE state IN ('queued', 'sending', 'failed-temporary');

CREATE INDEX deliveries_subscriber ON deliveries (subscriber_id);
