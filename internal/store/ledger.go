package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/noticeproject/notice/internal/notice"
)

// Enqueue adds a queued ledger row for rev for every active subscriber that
// has none yet, and returns how many it added. It runs as one INSERT ...
// SELECT in the database, so it is idempotent and safe to run from several
// processes at once, and never loads the subscribers. Each row keeps the
// salted hash of the address from the start.
func (s *Store) Enqueue(ctx context.Context, rev notice.Revision) (int, error) {
	if rev.ID == "" {
		return 0, fmt.Errorf("%w: enqueue: revision without an id", notice.ErrInvalidInput)
	}
	res, err := s.stmt("delivery-enqueue").ExecContext(ctx, rev.ID, rev.Notice, s.ts(s.now()))
	if err != nil {
		return 0, fmt.Errorf("enqueue %s: %w", rev.Short(), s.translate(err))
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("enqueue %s: %w", rev.Short(), err)
	}
	// On PostgreSQL a subscriber erased while the INSERT ran may have been
	// read as active; its row would stay queued for ever.
	res, err = s.stmt("delivery-enqueue-prune").ExecContext(ctx, rev.ID)
	if err != nil {
		return 0, fmt.Errorf("enqueue %s: %w", rev.Short(), s.translate(err))
	}
	if pruned, err := res.RowsAffected(); err == nil {
		n -= pruned
	}
	return int(n), nil
}

// Claim atomically takes up to n ledger rows of revID that need a send
// attempt — queued; failed-temporary with NextAttempt at or before now; or
// sending with a lease that ran out before now (its worker crashed) — and
// marks them sending, owned by owner until now+lease. It returns them in
// subscriber order with the subscriber's Email, Name and Locale. Rows of
// erased subscribers are never claimed.
//
// Concurrent claims, from any number of processes, never return the same
// row while its lease runs: PostgreSQL uses FOR UPDATE SKIP LOCKED, SQLite
// claims in a BEGIN IMMEDIATE transaction. An empty result means nothing is
// claimable now (rows may still be waiting for a retry or a lease).
func (s *Store) Claim(ctx context.Context, revID, owner string, n int, now time.Time, lease time.Duration) ([]notice.Delivery, error) {
	if n <= 0 || owner == "" || lease <= 0 {
		return nil, fmt.Errorf("%w: claim needs n > 0, an owner and a lease (got %d, %q, %s)", notice.ErrInvalidInput, n, owner, lease)
	}
	ctx = s.perMessage(ctx)
	now = now.UTC()
	until := now.Add(lease)
	var out []notice.Delivery
	var err error
	if s.dialect == dialectPostgres {
		out, err = s.claimPostgres(ctx, revID, owner, n, now, until)
	} else {
		out, err = s.claimSQLite(ctx, revID, owner, n, now, until)
	}
	if err != nil {
		return nil, fmt.Errorf("claim deliveries of %s: %w", revID, err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SubscriberID < out[j].SubscriberID })
	return out, nil
}

func (s *Store) claimPostgres(ctx context.Context, revID, owner string, n int, now, until time.Time) ([]notice.Delivery, error) {
	rows, err := s.stmt("delivery-claim").QueryContext(ctx, revID, owner, s.ts(now), s.ts(until), n)
	if err != nil {
		return nil, s.translate(err)
	}
	defer rows.Close()
	out, err := scanDeliveries(rows, n)
	return out, s.translate(err)
}

func (s *Store) claimSQLite(ctx context.Context, revID, owner string, n int, now, until time.Time) ([]notice.Delivery, error) {
	var out []notice.Delivery
	err := s.tx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.StmtContext(ctx, s.stmt("delivery-claim-select")).QueryContext(ctx, revID, s.ts(now), n)
		if err != nil {
			return err
		}
		out, err = scanDeliveries(rows, n)
		rows.Close()
		if err != nil || len(out) == 0 {
			return err
		}
		ids := make([]int64, len(out))
		for i := range out {
			ids[i] = out[i].SubscriberID
			out[i].State = notice.Sending
			out[i].Owner = owner
			out[i].Updated = now
			u := until
			out[i].LeaseUntil = &u
		}
		b, err := json.Marshal(ids)
		if err != nil {
			return err
		}
		_, err = tx.StmtContext(ctx, s.stmt("delivery-claim-update")).ExecContext(ctx, revID, owner, s.ts(now), s.ts(until), string(b))
		return err
	})
	return out, err
}

// Record stores the outcome of one attempt on the row (d.RevisionID,
// d.SubscriberID): d.State (sent, failed-temporary, failed-permanent, or
// queued to hand the row back), Attempts, Reply, MessageID, SentAt,
// NextAttempt (for failed-temporary; none means at once), Late and Updated
// (when zero, the previous value stays). The
// lease ends. Only the worker that claimed the row may record it: when the
// row is not sending under d.Owner (the lease ran out and another worker
// took it, or the subscriber was erased) it returns an error wrapping
// notice.ErrConflict and changes nothing.
func (s *Store) Record(ctx context.Context, d notice.Delivery) error {
	ctx = s.perMessage(ctx)
	args, err := s.recordArgs(d)
	if err != nil {
		return err
	}
	res, err := s.stmt("delivery-record").ExecContext(ctx, args...)
	return s.recorded(d, res, err)
}

// RecordAll stores the outcomes of several attempts, as Record does each,
// in one statement: one statement and one commit for all of them, which is
// most of what a record costs. Rows that Record would refuse are left
// unchanged and get their error at the same index of the returned slice
// (wrapping notice.ErrConflict or notice.ErrInvalidInput); the others are
// recorded. When the statement fails nothing is recorded and the second
// result says why.
func (s *Store) RecordAll(ctx context.Context, ds []notice.Delivery) ([]error, error) {
	errs := make([]error, len(ds))
	if len(ds) == 1 {
		// A statement of its own commits by itself, in fewer calls.
		err := s.Record(ctx, ds[0])
		if errors.Is(err, notice.ErrConflict) || errors.Is(err, notice.ErrInvalidInput) {
			errs[0], err = err, nil
		}
		return errs, err
	}
	ctx = s.perMessage(ctx)
	var res *sql.Rows
	var err error
	if s.dialect == dialectPostgres {
		res, err = s.recordAllPostgres(ctx, ds, errs)
	} else {
		res, err = s.recordAllSQLite(ctx, ds, errs)
	}
	if err != nil {
		if errors.Is(err, errNotJSON) {
			return s.recordEach(ctx, ds)
		}
		return nil, fmt.Errorf("record %d deliveries: %w", len(ds), s.translate(err))
	}
	if res == nil {
		return errs, nil // every row refused
	}
	done := make([]bool, len(ds))
	for res.Next() {
		var rev, owner string
		var sub int64
		if err := res.Scan(&rev, &sub, &owner); err != nil {
			res.Close()
			return nil, fmt.Errorf("record %d deliveries: %w", len(ds), err)
		}
		for i, d := range ds {
			if !done[i] && errs[i] == nil && d.SubscriberID == sub && d.RevisionID == rev && d.Owner == owner {
				done[i] = true
				break
			}
		}
	}
	if err := errors.Join(res.Err(), res.Close()); err != nil {
		return nil, fmt.Errorf("record %d deliveries: %w", len(ds), s.translate(err))
	}
	for i, d := range ds {
		if !done[i] && errs[i] == nil {
			errs[i] = fmt.Errorf("%w: delivery %s/%d is not being sent by %s", notice.ErrConflict, d.RevisionID, d.SubscriberID, d.Owner)
		}
	}
	return errs, nil
}

// recordEach is RecordAll one statement per row, in one transaction, for
// outcomes JSON cannot carry unchanged.
func (s *Store) recordEach(ctx context.Context, ds []notice.Delivery) ([]error, error) {
	errs := make([]error, len(ds))
	err := s.tx(ctx, func(tx *sql.Tx) error {
		st := tx.StmtContext(ctx, s.stmt("delivery-record"))
		for i, d := range ds {
			args, err := s.recordArgs(d)
			if err != nil {
				errs[i] = err
				continue
			}
			res, err := st.ExecContext(ctx, args...)
			if err != nil {
				// The transaction is spoilt (PostgreSQL aborts it).
				return err
			}
			errs[i] = s.recorded(d, res, nil)
			if errs[i] != nil && !errors.Is(errs[i], notice.ErrConflict) {
				return errs[i]
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("record %d deliveries: %w", len(ds), err)
	}
	return errs, nil
}

// errNotJSON says an outcome holds text JSON would change.
var errNotJSON = errors.New("text JSON cannot carry")

// recordAllSQLite runs delivery-record-all for the rows of ds that
// recordArgs accepts, setting errs for the others; it returns nil rows when
// there are none.
func (s *Store) recordAllSQLite(ctx context.Context, ds []notice.Delivery, errs []error) (*sql.Rows, error) {
	var args []any
	for i, d := range ds {
		a, err := s.recordArgs(d)
		if err != nil {
			errs[i] = err
			continue
		}
		args = append(args, a...)
	}
	if len(args) == 0 {
		return nil, nil
	}
	st, err := s.recordAllStmt(len(args) / recordParams)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// recordParams is the number of delivery-record's parameters.
const recordParams = 11

// recordAllStmt returns delivery-record-all for n rows, prepared on first
// use.
func (s *Store) recordAllStmt(n int) (*sql.Stmt, error) {
	s.recordAllMu.Lock()
	defer s.recordAllMu.Unlock()
	if st, ok := s.recordAll[n]; ok {
		return st, nil
	}
	tuple := "(" + strings.Repeat("?, ", recordParams-1) + "?)"
	text := strings.Replace(s.q("delivery-record-all"), "(VALUES ROWS)", "(VALUES "+strings.Repeat(tuple+", ", n-1)+tuple+")", 1)
	st, err := s.db.Prepare(text)
	if err != nil {
		return nil, err
	}
	if s.recordAll == nil {
		s.recordAll = map[int]*sql.Stmt{}
	}
	s.recordAll[n] = st
	return st, nil
}

// recordAllPostgres is recordAllSQLite for PostgreSQL, which takes the
// rows as one JSON array: one round trip, one statement text. It returns
// errNotJSON when an outcome holds text JSON would change.
func (s *Store) recordAllPostgres(ctx context.Context, ds []notice.Delivery, errs []error) (*sql.Rows, error) {
	rows := make([]recordRow, 0, len(ds))
	for i, d := range ds {
		args, err := s.recordArgs(d)
		if err != nil {
			errs[i] = err
			continue
		}
		row, ok := s.recordRow(args)
		if !ok {
			return nil, errNotJSON
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	b, err := json.Marshal(rows)
	if err != nil {
		return nil, err
	}
	return s.stmt("delivery-record-all").QueryContext(ctx, string(b))
}

// recordRow is one element of delivery-record-all's JSON array.
type recordRow struct {
	RevisionID   string  `json:"revision_id"`
	SubscriberID int64   `json:"subscriber_id"`
	Owner        string  `json:"owner"`
	State        string  `json:"state"`
	Attempts     int     `json:"attempts"`
	Reply        string  `json:"reply"`
	MessageID    string  `json:"message_id"`
	SentAt       *string `json:"sent_at"`
	NextAttempt  *string `json:"next_attempt"`
	Late         bool    `json:"late"`
	Updated      *string `json:"updated_at"`
}

// recordRow turns delivery-record's parameters into a row of
// delivery-record-all. It reports false when a text holds what JSON, or
// the database reading it, would change (invalid UTF-8, NUL).
func (s *Store) recordRow(args []any) (recordRow, bool) {
	r := recordRow{RevisionID: args[0].(string), SubscriberID: args[1].(int64), Owner: args[2].(string),
		State: args[3].(string), Attempts: args[4].(int), Reply: args[5].(string), MessageID: args[6].(string),
		SentAt: s.jsonTime(args[7]), NextAttempt: s.jsonTime(args[8]), Late: args[9].(bool), Updated: s.jsonTime(args[10])}
	for _, t := range []string{r.RevisionID, r.Owner, r.Reply, r.MessageID} {
		if !utf8.ValidString(t) || strings.IndexByte(t, 0) >= 0 {
			return r, false
		}
	}
	return r, true
}

// jsonTime writes a ts parameter as JSON text: SQLite's stored form, or
// for PostgreSQL RFC 3339 to the microsecond, as pgx sends a time.
func (s *Store) jsonTime(v any) *string {
	switch t := v.(type) {
	case string:
		return &t
	case time.Time:
		f := t.UTC().Format("2006-01-02T15:04:05.000000Z")
		return &f
	}
	return nil
}

// perMessage returns the context for the statements run for every
// message (claims and records). On SQLite it cannot be cancelled: with a
// context that can, database/sql and the driver start a goroutine per
// transaction and per statement to watch it, which costs more than such a
// statement, and the statements are short and local, their waits for the
// lock bounded by busy_timeout. PostgreSQL's go over the network and keep
// ctx.
func (s *Store) perMessage(ctx context.Context) context.Context {
	if s.dialect == dialectSQLite {
		return context.WithoutCancel(ctx)
	}
	return ctx
}

// recordArgs checks d and returns the parameters of delivery-record.
func (s *Store) recordArgs(d notice.Delivery) ([]any, error) {
	switch d.State {
	case notice.Sent, notice.FailedTemporary, notice.FailedPermanent, notice.Queued:
	default:
		return nil, fmt.Errorf("%w: record delivery state %q: use sent, failed-temporary, failed-permanent or queued", notice.ErrInvalidInput, d.State)
	}
	var updated any
	if !d.Updated.IsZero() {
		updated = s.ts(d.Updated)
	}
	if d.State == notice.FailedTemporary && (d.NextAttempt == nil || d.NextAttempt.IsZero()) {
		// Due at once; claims find retries by this time.
		next := d.Updated
		d.NextAttempt = &next
	}
	return []any{d.RevisionID, d.SubscriberID, d.Owner,
		string(d.State), d.Attempts, d.Reply, d.MessageID, s.tsp(d.SentAt), s.tsp(d.NextAttempt), d.Late, updated}, nil
}

// recorded turns the result of delivery-record for d into Record's error.
func (s *Store) recorded(d notice.Delivery, res sql.Result, err error) error {
	if err != nil {
		return fmt.Errorf("record delivery %s/%d: %w", d.RevisionID, d.SubscriberID, s.translate(err))
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("record delivery %s/%d: %w", d.RevisionID, d.SubscriberID, err)
	}
	if n == 0 {
		return fmt.Errorf("%w: delivery %s/%d is not being sent by %s", notice.ErrConflict, d.RevisionID, d.SubscriberID, d.Owner)
	}
	return nil
}

// Status counts the ledger rows of revID by state. A revision never
// enqueued has all counts zero.
func (s *Store) Status(ctx context.Context, revID string) (notice.DeliveryCounts, error) {
	var c notice.DeliveryCounts
	rows, err := s.stmt("delivery-status").QueryContext(ctx, revID)
	if err != nil {
		return c, fmt.Errorf("status of %s: %w", revID, s.translate(err))
	}
	defer rows.Close()
	for rows.Next() {
		var state string
		var n, late int
		if err := rows.Scan(&state, &n, &late); err != nil {
			return c, fmt.Errorf("status of %s: %w", revID, err)
		}
		c.Late += late
		switch notice.DeliveryState(state) {
		case notice.Queued:
			c.Queued = n
		case notice.Sending:
			c.Sending = n
		case notice.Sent:
			c.Sent = n
		case notice.FailedTemporary:
			c.FailedTemporary = n
		case notice.FailedPermanent:
			c.FailedPermanent = n
		}
	}
	if err := rows.Err(); err != nil {
		return c, fmt.Errorf("status of %s: %w", revID, err)
	}
	return c, nil
}

// Outstanding counts the ledger rows of revID that still need a send
// attempt or are in flight: queued, sending and failed-temporary, the sum
// of those counts in Status. It reads only those rows, so it stays cheap
// however many are done.
func (s *Store) Outstanding(ctx context.Context, revID string) (int, error) {
	var n int
	if err := s.stmt("delivery-outstanding").QueryRowContext(s.perMessage(ctx), revID).Scan(&n); err != nil {
		return 0, fmt.Errorf("outstanding of %s: %w", revID, s.translate(err))
	}
	return n, nil
}

// Evidence calls fn for every ledger row of revID, in subscriber order,
// reading them in pages (never all at once, no connection held while fn
// runs). Email is empty for erased subscribers; EmailHash is always set. It
// stops at, and returns, the first error fn returns.
func (s *Store) Evidence(ctx context.Context, revID string, fn func(notice.Delivery) error) error {
	var after int64
	for {
		page, err := s.deliveryPage(ctx, revID, after)
		if err != nil {
			return fmt.Errorf("evidence of %s: %w", revID, err)
		}
		for _, d := range page {
			if err := fn(d); err != nil {
				return err
			}
		}
		if len(page) < pageSize {
			return nil
		}
		after = page[len(page)-1].SubscriberID
	}
}

func (s *Store) deliveryPage(ctx context.Context, revID string, after int64) ([]notice.Delivery, error) {
	rows, err := s.stmt("delivery-page").QueryContext(ctx, revID, after, pageSize)
	if err != nil {
		return nil, s.translate(err)
	}
	defer rows.Close()
	return scanDeliveries(rows, pageSize)
}

// scanDeliveries reads rows of the delivery column list the queries share.
func scanDeliveries(rows *sql.Rows, capacity int) ([]notice.Delivery, error) {
	out := make([]notice.Delivery, 0, min(capacity, pageSize))
	for rows.Next() {
		var d notice.Delivery
		var state string
		var queued, updated, sentAt, next, lease dbTime
		if err := rows.Scan(&d.RevisionID, &d.SubscriberID, &d.Notice, &d.EmailHash, &state, &d.Attempts,
			&d.Reply, &d.MessageID, &d.Late, &queued, &updated, &sentAt, &next, &d.Owner, &lease,
			&d.Email, &d.Name, &d.Locale); err != nil {
			return nil, err
		}
		d.State = notice.DeliveryState(state)
		d.Queued, d.Updated = queued.T, updated.T
		d.SentAt, d.NextAttempt, d.LeaseUntil = sentAt.ptr(), next.ptr(), lease.ptr()
		out = append(out, d)
	}
	return out, rows.Err()
}
