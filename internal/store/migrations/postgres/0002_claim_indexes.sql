-- Claims take three kinds of rows; each gets its own partial index so that
-- a claim reads only the rows it may take, however many are done, in
-- flight or waiting for a retry.
DROP INDEX deliveries_pending;

CREATE INDEX deliveries_queued ON deliveries (revision_id, subscriber_id)
    WHERE state = 'queued';
CREATE INDEX deliveries_retry ON deliveries (revision_id, next_attempt)
    WHERE state = 'failed-temporary';
CREATE INDEX deliveries_lease ON deliveries (revision_id, lease_until)
    WHERE state = 'sending';
