package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/noticeproject/notice/internal/notice"
)

// pageSize is how many rows a streaming read fetches at a time. Streams are
// read in pages by key so that no connection is held while the caller's
// function runs (it may use the store itself).
const pageSize = 1000

// importChunk is how many subscribers one import statement inserts.
const importChunk = 1000

// checkSubscriber rejects what must never reach a mail header.
func checkSubscriber(sub notice.Subscriber) error {
	if strings.TrimSpace(sub.Email) == "" {
		return fmt.Errorf("%w: empty email address", notice.ErrInvalidInput)
	}
	for _, f := range []struct{ what, v string }{{"email address", sub.Email}, {"name", sub.Name}, {"locale", sub.Locale}} {
		if strings.ContainsAny(f.v, "\r\n\x00") {
			return fmt.Errorf("%w: %s %q contains a line break or NUL", notice.ErrInvalidInput, f.what, f.v)
		}
	}
	return nil
}

// AddSubscriber adds one active subscriber and returns it with its id and
// creation time. The address is unique regardless of case: adding one that
// is already subscribed returns an error wrapping notice.ErrExists. The
// store does not judge the address's syntax beyond rejecting empty values
// and line breaks (notice.ErrInvalidInput); callers validate it.
func (s *Store) AddSubscriber(ctx context.Context, sub notice.Subscriber) (notice.Subscriber, error) {
	if err := checkSubscriber(sub); err != nil {
		return notice.Subscriber{}, err
	}
	sub.Email = strings.TrimSpace(sub.Email)
	if sub.Created.IsZero() {
		sub.Created = s.now()
	}
	sub.Created = sub.Created.UTC()
	err := s.db.QueryRowContext(ctx, s.q("subscriber-add"),
		sub.Email, emailKey(sub.Email), s.hash(sub.Email), sub.Name, sub.Locale, s.ts(sub.Created)).Scan(&sub.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return notice.Subscriber{}, fmt.Errorf("%w: subscriber %s", notice.ErrExists, sub.Email)
	}
	if err != nil {
		return notice.Subscriber{}, fmt.Errorf("add subscriber %s: %w", sub.Email, s.translate(err))
	}
	return sub, nil
}

type importRow struct {
	Email   string `json:"email"`
	Key     string `json:"key"`
	Hash    string `json:"hash"`
	Name    string `json:"name"`
	Locale  string `json:"locale"`
	Created string `json:"created"`
}

// ImportSubscribers adds subs in one transaction: either all new addresses
// are added or, on error, none. An address already subscribed, or repeated
// within subs (regardless of case), counts as a duplicate and is skipped.
// A sub with an empty address or a line break in a field fails the whole
// import with notice.ErrInvalidInput.
func (s *Store) ImportSubscribers(ctx context.Context, subs []notice.Subscriber) (added, duplicates int, err error) {
	for _, sub := range subs {
		if err := checkSubscriber(sub); err != nil {
			return 0, 0, err
		}
	}
	now := s.now()
	err = s.tx(ctx, func(tx *sql.Tx) error {
		rows := make([]importRow, 0, min(len(subs), importChunk))
		for start := 0; start < len(subs); start += importChunk {
			rows = rows[:0]
			for _, sub := range subs[start:min(start+importChunk, len(subs))] {
				created := sub.Created
				if created.IsZero() {
					created = now
				}
				email := strings.TrimSpace(sub.Email)
				rows = append(rows, importRow{Email: email, Key: emailKey(email), Hash: s.hash(email),
					Name: sub.Name, Locale: sub.Locale, Created: created.UTC().Format(tsLayout)})
			}
			b, err := json.Marshal(rows)
			if err != nil {
				return err
			}
			res, err := tx.ExecContext(ctx, s.q("subscriber-import"), string(b))
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			added += int(n)
		}
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("import subscribers: %w", err)
	}
	return added, len(subs) - added, nil
}

// ListSubscribers calls fn for every active subscriber, in id order. It
// reads them in pages, never all at once, and holds no connection while fn
// runs. It stops at, and returns, the first error fn returns.
func (s *Store) ListSubscribers(ctx context.Context, fn func(notice.Subscriber) error) error {
	var after int64
	for {
		page, err := s.subscriberPage(ctx, after)
		if err != nil {
			return fmt.Errorf("list subscribers: %w", err)
		}
		for _, sub := range page {
			if err := fn(sub); err != nil {
				return err
			}
		}
		if len(page) < pageSize {
			return nil
		}
		after = page[len(page)-1].ID
	}
}

func (s *Store) subscriberPage(ctx context.Context, after int64) ([]notice.Subscriber, error) {
	rows, err := s.stmt("subscriber-page").QueryContext(ctx, after, pageSize)
	if err != nil {
		return nil, s.translate(err)
	}
	defer rows.Close()
	page := make([]notice.Subscriber, 0, pageSize)
	for rows.Next() {
		var sub notice.Subscriber
		var created dbTime
		if err := rows.Scan(&sub.ID, &sub.Email, &sub.Name, &sub.Locale, &created); err != nil {
			return nil, err
		}
		sub.Created = created.T
		page = append(page, sub)
	}
	return page, rows.Err()
}

// RemoveSubscriber erases the person subscribed as email (any case): their
// address, name, locale and hash are deleted and they are never sent
// anything again; what stays of the subscriber row is its id and dates.
// Ledger rows of messages that were sent, failed permanently or are in
// flight stay, with the salted hash of the address only; rows only queued
// or waiting for a retry are deleted. It returns an error wrapping
// notice.ErrNotFound when nobody is subscribed as email.
func (s *Store) RemoveSubscriber(ctx context.Context, email string) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, s.q("subscriber-find"), emailKey(email)).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%w: no subscriber %s", notice.ErrNotFound, email)
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.q("subscriber-purge-unsent"), id); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, s.q("subscriber-erase"), id, s.ts(s.now()))
		return err
	})
	if err != nil {
		if errors.Is(err, notice.ErrNotFound) {
			return err
		}
		return fmt.Errorf("remove subscriber %s: %w", email, err)
	}
	return nil
}
