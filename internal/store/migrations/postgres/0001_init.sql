-- The subscriber list and the delivery ledger.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A subscriber row. Removing a person erases it: email, email_key,
-- email_hash, name and locale are cleared and active is false; the id stays so
-- that ledger rows never point at a missing row. Ids are never reused.
CREATE TABLE subscribers (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      TEXT,
    email_key  TEXT UNIQUE,
    email_hash TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    locale     TEXT NOT NULL DEFAULT '',
    active     BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL,
    erased_at  TIMESTAMPTZ
);

-- One row per (revision, subscriber): the proof, or failure, of notice.
CREATE TABLE deliveries (
    revision_id   TEXT NOT NULL,
    subscriber_id BIGINT NOT NULL REFERENCES subscribers (id),
    notice        TEXT NOT NULL,
    email_hash    TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'queued'
                  CHECK (state IN ('queued', 'sending', 'sent', 'failed-temporary', 'failed-permanent')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    reply         TEXT NOT NULL DEFAULT '',
    message_id    TEXT NOT NULL DEFAULT '',
    late          BOOLEAN NOT NULL DEFAULT FALSE,
    queued_at     TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    sent_at       TIMESTAMPTZ,
    next_attempt  TIMESTAMPTZ,
    owner         TEXT NOT NULL DEFAULT '',
    lease_until   TIMESTAMPTZ,
    PRIMARY KEY (revision_id, subscriber_id)
);

-- Only rows a worker may still have to send: claims never scan past the
-- rows already done.
CREATE INDEX deliveries_pending ON deliveries (revision_id, subscriber_id)
    WHERE state IN ('queued', 'sending', 'failed-temporary');

CREATE INDEX deliveries_subscriber ON deliveries (subscriber_id);
