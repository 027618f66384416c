package store_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/store"
	"github.com/noticeproject/notice/internal/store/storetest"
)

var t0 = time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)

// suite runs fn against a new, empty database of every kind: the shared
// store test suite. PostgreSQL is skipped when NOTICE_TEST_POSTGRES is
// unset, except in CI (NOTICE_CI=1), where that fails.
func suite(t *testing.T, fn func(t *testing.T, url string)) {
	t.Helper()
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			fn(t, b.URL(t))
		})
	}
}

func open(t testing.TB, url string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), url, store.WithClock(func() time.Time { return t0 }))
	if err != nil {
		t.Fatalf("Open(%s): %v", url, err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func sub(email string) notice.Subscriber { return notice.Subscriber{Email: email} }

func rev(id string) notice.Revision { return notice.Revision{ID: id, Notice: "privacy"} }

func addN(t testing.TB, st *store.Store, n int) {
	t.Helper()
	subs := make([]notice.Subscriber, n)
	for i := range subs {
		subs[i] = notice.Subscriber{Email: fmt.Sprintf("user%06d@example.com", i), Name: fmt.Sprintf("User %d", i), Locale: "en"}
	}
	added, dups, err := st.ImportSubscribers(context.Background(), subs)
	if err != nil || added != n || dups != 0 {
		t.Fatalf("ImportSubscribers(%d) = %d, %d, %v, want %d, 0, nil", n, added, dups, err, n)
	}
}

func list(t testing.TB, st *store.Store) []notice.Subscriber {
	t.Helper()
	var out []notice.Subscriber
	if err := st.ListSubscribers(context.Background(), func(s notice.Subscriber) error {
		out = append(out, s)
		return nil
	}); err != nil {
		t.Fatalf("ListSubscribers: %v", err)
	}
	return out
}

func evidence(t testing.TB, st *store.Store, revID string) []notice.Delivery {
	t.Helper()
	var out []notice.Delivery
	if err := st.Evidence(context.Background(), revID, func(d notice.Delivery) error {
		out = append(out, d)
		return nil
	}); err != nil {
		t.Fatalf("Evidence(%s): %v", revID, err)
	}
	return out
}

func TestAddSubscriber(t *testing.T) {
	suite(t, func(t *testing.T, url string) {
		ctx := context.Background()
		st := open(t, url)
		got, err := st.AddSubscriber(ctx, notice.Subscriber{Email: "Ana@Example.com", Name: "Ana", Locale: "pt-BR"})
		if err != nil {
			t.Fatalf("AddSubscriber: %v", err)
		}
		if got.ID == 0 || got.Email != "Ana@Example.com" || got.Name != "Ana" || got.Locale != "pt-BR" || !got.Created.Equal(t0) {
			t.Errorf("AddSubscriber = %+v, want id set, fields kept, created %s", got, t0)
		}
		for _, email := range []string{"Ana@Example.com", "ana@example.com", " ANA@EXAMPLE.COM "} {
			if _, err := st.AddSubscriber(ctx, sub(email)); !errors.Is(err, notice.ErrExists) {
				t.Errorf("AddSubscriber(%q) again = %v, want ErrExists", email, err)
			}
		}
		for _, bad := range []notice.Subscriber{{Email: ""}, {Email: "x@example.com", Name: "Eve\r\nBcc: y@example.org"}, {Email: "a@example.com\n"}} {
			if _, err := st.AddSubscriber(ctx, bad); !errors.Is(err, notice.ErrInvalidInput) {
				t.Errorf("AddSubscriber(%+v) = %v, want ErrInvalidInput", bad, err)
			}
		}
		subs := list(t, st)
		if len(subs) != 1 || subs[0] != got {
			t.Errorf("ListSubscribers = %+v, want [%+v]", subs, got)
		}
	})
}

func TestImportSubscribers(t *testing.T) {
	suite(t, func(t *testing.T, url string) {
		ctx := context.Background()
		st := open(t, url)
		if _, err := st.AddSubscriber(ctx, sub("old@example.com")); err != nil {
			t.Fatal(err)
		}
		subs := []notice.Subscriber{
			{Email: "a@example.com", Name: "A", Locale: "en"},
			{Email: "OLD@example.com"},          // against the database
			{Email: "b@example.org"},            // new
			{Email: "A@EXAMPLE.COM", Name: "X"}, // within the batch
		}
		added, dups, err := st.ImportSubscribers(ctx, subs)
		if err != nil || added != 2 || dups != 2 {
			t.Fatalf("ImportSubscribers = %d, %d, %v, want 2, 2, nil", added, dups, err)
		}
		var emails []string
		for _, s := range list(t, st) {
			emails = append(emails, s.Email+"/"+s.Name)
		}
		if got, want := strings.Join(emails, " "), "old@example.com/ a@example.com/A b@example.org/"; got != want {
			t.Errorf("after import, subscribers = %s, want %s", got, want)
		}

		// One bad row: nothing is imported.
		_, _, err = st.ImportSubscribers(ctx, []notice.Subscriber{sub("c@example.com"), {Email: "d@example.com", Name: "D\nBcc: e@example.org"}})
		if !errors.Is(err, notice.ErrInvalidInput) {
			t.Errorf("ImportSubscribers(bad name) = %v, want ErrInvalidInput", err)
		}
		if n := len(list(t, st)); n != 3 {
			t.Errorf("after a failed import, %d subscribers, want 3", n)
		}
	})
}

func TestListSubscribersStreams(t *testing.T) {
	suite(t, func(t *testing.T, url string) {
		ctx := context.Background()
		st := open(t, url)
		const n = 2345 // more than two pages
		addN(t, st, n)
		subs := list(t, st)
		if len(subs) != n {
			t.Fatalf("ListSubscribers gave %d, want %d", len(subs), n)
		}
		for i := 1; i < len(subs); i++ {
			if subs[i].ID <= subs[i-1].ID {
				t.Fatalf("ListSubscribers not in id order at %d: %d after %d", i, subs[i].ID, subs[i-1].ID)
			}
		}
		// Evidence pages the same way.
		if _, err := st.Enqueue(ctx, rev("r1")); err != nil {
			t.Fatal(err)
		}
		ev := evidence(t, st, "r1")
		if len(ev) != n {
			t.Fatalf("Evidence gave %d rows, want %d", len(ev), n)
		}
		for i := range ev {
			if ev[i].SubscriberID != subs[i].ID || ev[i].Email != subs[i].Email {
				t.Fatalf("Evidence[%d] = subscriber %d %s, want %d %s", i, ev[i].SubscriberID, ev[i].Email, subs[i].ID, subs[i].Email)
			}
		}
		// The callback may use the store (no connection is held), and its
		// error stops the stream.
		stop := errors.New("stop")
		calls := 0
		err := st.ListSubscribers(ctx, func(s notice.Subscriber) error {
			calls++
			if _, err := st.Status(ctx, "x"); err != nil {
				return err
			}
			if calls == 1500 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || calls != 1500 {
			t.Errorf("ListSubscribers with a failing callback = %v after %d calls, want stop after 1500", err, calls)
		}
	})
}

func TestEnqueueIdempotent(t *testing.T) {
	suite(t, func(t *testing.T, url string) {
		ctx := context.Background()
		st := open(t, url)
		addN(t, st, 30)
		if n, err := st.Enqueue(ctx, rev("r1")); err != nil || n != 30 {
			t.Fatalf("Enqueue(r1) = %d, %v, want 30", n, err)
		}
		if n, err := st.Enqueue(ctx, rev("r1")); err != nil || n != 0 {
			t.Fatalf("Enqueue(r1) again = %d, %v, want 0", n, err)
		}
		if _, err := st.AddSubscriber(ctx, sub("late@example.com")); err != nil {
			t.Fatal(err)
		}
		if n, err := st.Enqueue(ctx, rev("r1")); err != nil || n != 1 {
			t.Fatalf("Enqueue(r1) after a new subscriber = %d, %v, want 1", n, err)
		}
		if n, err := st.Enqueue(ctx, rev("r2")); err != nil || n != 31 {
			t.Fatalf("Enqueue(r2) = %d, %v, want 31", n, err)
		}
		c, err := st.Status(ctx, "r1")
		if err != nil || c != (notice.DeliveryCounts{Queued: 31}) {
			t.Errorf("Status(r1) = %+v, %v, want 31 queued", c, err)
		}
		ev := evidence(t, st, "r1")
		if len(ev) != 31 || ev[0].State != notice.Queued || ev[0].EmailHash != st.EmailHash(ev[0].Email) ||
			ev[0].Notice != "privacy" || !ev[0].Queued.Equal(t0) {
			t.Errorf("Evidence(r1)[0] = %+v (of %d), want queued with hash, notice and queued time", ev[0], len(ev))
		}
	})
}

func TestClaimRecord(t *testing.T) {
	suite(t, func(t *testing.T, url string) {
		ctx := context.Background()
		st := open(t, url)
		addN(t, st, 5)
		if _, err := st.Enqueue(ctx, rev("r1")); err != nil {
			t.Fatal(err)
		}
		got, err := st.Claim(ctx, "r1", "w1", 3, t0, time.Minute)
		if err != nil || len(got) != 3 {
			t.Fatalf("Claim(3) = %d rows, %v, want 3", len(got), err)
		}
		d := got[0]
		if d.State != notice.Sending || d.Owner != "w1" || d.LeaseUntil == nil || !d.LeaseUntil.Equal(t0.Add(time.Minute)) ||
			d.Email != "user000000@example.com" || d.Name != "User 0" || d.Locale != "en" || d.Attempts != 0 || d.RevisionID != "r1" {
			t.Errorf("Claim()[0] = %+v, want sending by w1 with the subscriber's details", d)
		}
		if more, err := st.Claim(ctx, "r1", "w2", 10, t0, 20*time.Minute); err != nil || len(more) != 2 {
			t.Fatalf("second Claim = %d rows, %v, want the 2 left", len(more), err)
		}

		// Only the owner may record.
		sentAt := t0.Add(time.Second)
		d.State, d.Attempts, d.Reply, d.MessageID, d.SentAt, d.Updated = notice.Sent, 1, "250 2.0.0 Ok: queued", "<m1@example.com>", &sentAt, sentAt
		wrong := d
		wrong.Owner = "w2"
		if err := st.Record(ctx, wrong); !errors.Is(err, notice.ErrConflict) {
			t.Errorf("Record by another worker = %v, want ErrConflict", err)
		}
		if err := st.Record(ctx, d); err != nil {
			t.Fatalf("Record(sent) = %v", err)
		}
		if err := st.Record(ctx, d); !errors.Is(err, notice.ErrConflict) {
			t.Errorf("Record of a row already sent = %v, want ErrConflict", err)
		}
		bad := got[1]
		bad.State = notice.Sending
		if err := st.Record(ctx, bad); !errors.Is(err, notice.ErrInvalidInput) {
			t.Errorf("Record(state sending) = %v, want ErrInvalidInput", err)
		}

		// A temporary failure waits for its next attempt.
		tmp := got[1]
		next := t0.Add(10 * time.Minute)
		tmp.State, tmp.Attempts, tmp.Reply, tmp.NextAttempt, tmp.Updated = notice.FailedTemporary, 1, "451 4.3.0 try later", &next, t0
		if err := st.Record(ctx, tmp); err != nil {
			t.Fatal(err)
		}
		// A permanent failure is never retried; a row handed back is claimable at once.
		perm := got[2]
		perm.State, perm.Attempts, perm.Reply = notice.FailedPermanent, 1, "550 5.1.1 no such user"
		if err := st.Record(ctx, perm); err != nil {
			t.Fatal(err)
		}
		c, err := st.Status(ctx, "r1")
		want := notice.DeliveryCounts{Sending: 2, Sent: 1, FailedTemporary: 1, FailedPermanent: 1}
		if err != nil || c != want {
			t.Errorf("Status = %+v, %v, want %+v", c, err, want)
		}
		if early, err := st.Claim(ctx, "r1", "w3", 10, t0.Add(5*time.Minute), time.Minute); err != nil || len(early) != 0 {
			t.Errorf("Claim before the retry time and the leases' end = %d rows, %v, want none", len(early), err)
		}
		retry, err := st.Claim(ctx, "r1", "w3", 10, t0.Add(11*time.Minute), time.Minute)
		if err != nil || len(retry) != 1 || retry[0].SubscriberID != tmp.SubscriberID || retry[0].Attempts != 1 || retry[0].Reply != "451 4.3.0 try later" {
			t.Errorf("Claim after the retry time = %+v, %v, want the failed row (attempts 1)", retry, err)
		}
		// At +21m w2's two leases and w3's own (until +12m) have run out.
		if expired, err := st.Claim(ctx, "r1", "w4", 10, t0.Add(21*time.Minute), time.Minute); err != nil || len(expired) != 3 {
			t.Errorf("Claim after the leases ran out = %d rows, %v, want 3", len(expired), err)
		}

		ev := evidence(t, st, "r1")
		if len(ev) != 5 {
			t.Fatalf("Evidence = %d rows, want 5", len(ev))
		}
		e := ev[0]
		if e.State != notice.Sent || e.Attempts != 1 || e.Reply != "250 2.0.0 Ok: queued" || e.MessageID != "<m1@example.com>" ||
			e.SentAt == nil || !e.SentAt.Equal(sentAt) || !e.Updated.Equal(sentAt) || e.Email != "user000000@example.com" {
			t.Errorf("Evidence[0] = %+v, want the recorded sent row", e)
		}
		if ev[2].State != notice.FailedPermanent || ev[2].Reply != "550 5.1.1 no such user" {
			t.Errorf("Evidence[2] = %+v, want the permanent failure", ev[2])
		}
	})
}

func TestLeaseExpiry(t *testing.T) {
	suite(t, func(t *testing.T, url string) {
		ctx := context.Background()
		st := open(t, url)
		addN(t, st, 4)
		if _, err := st.Enqueue(ctx, rev("r1")); err != nil {
			t.Fatal(err)
		}
		crashed, err := st.Claim(ctx, "r1", "crashed", 4, t0, time.Minute)
		if err != nil || len(crashed) != 4 {
			t.Fatalf("Claim = %d, %v", len(crashed), err)
		}
		if got, err := st.Claim(ctx, "r1", "w2", 4, t0.Add(time.Minute), time.Minute); err != nil || len(got) != 0 {
			t.Errorf("Claim when the lease ends (not yet lapsed) = %d rows, %v, want none", len(got), err)
		}
		got, err := st.Claim(ctx, "r1", "w2", 4, t0.Add(time.Minute+time.Second), time.Minute)
		if err != nil || len(got) != 4 || got[0].Owner != "w2" {
			t.Fatalf("Claim after the lease lapsed = %d rows, %v, want all 4 for w2", len(got), err)
		}
		late := crashed[0]
		late.State, late.Attempts = notice.Sent, 1
		if err := st.Record(ctx, late); !errors.Is(err, notice.ErrConflict) {
			t.Errorf("Record by the worker whose lease lapsed = %v, want ErrConflict", err)
		}
		ok := got[0]
		ok.State, ok.Attempts, ok.Late = notice.Sent, 1, true
		if err := st.Record(ctx, ok); err != nil {
			t.Errorf("Record by the new owner = %v", err)
		}
		c, err := st.Status(ctx, "r1")
		if want := (notice.DeliveryCounts{Sending: 3, Sent: 1, Late: 1}); err != nil || c != want {
			t.Errorf("Status = %+v, %v, want %+v", c, err, want)
		}
	})
}

// TestRecordAll records a batch that mixes rows of two owners, a row
// another worker now owns and a row in a state that cannot be recorded:
// the good rows are recorded in one go, each refused row gets its own
// error and stays as it was.
func TestRecordAll(t *testing.T) {
	suite(t, func(t *testing.T, url string) {
		ctx := context.Background()
		st := open(t, url)
		addN(t, st, 6)
		if _, err := st.Enqueue(ctx, rev("r1")); err != nil {
			t.Fatal(err)
		}
		if n, err := st.Outstanding(ctx, "r1"); err != nil || n != 6 {
			t.Errorf("Outstanding before claims = %d, %v, want 6", n, err)
		}
		a, err := st.Claim(ctx, "r1", "a", 3, t0, time.Minute)
		if err != nil || len(a) != 3 {
			t.Fatalf("Claim(a) = %d rows, %v, want 3", len(a), err)
		}
		b, err := st.Claim(ctx, "r1", "b", 2, t0, time.Minute)
		if err != nil || len(b) != 2 {
			t.Fatalf("Claim(b) = %d rows, %v, want 2", len(b), err)
		}
		sentAt := t0.Add(time.Second)
		sent := func(d notice.Delivery) notice.Delivery {
			d.State, d.Attempts, d.Reply, d.SentAt, d.Updated = notice.Sent, 1, "250 2.0.0 Ok", &sentAt, sentAt
			return d
		}
		stolen := sent(b[1])
		stolen.Owner = "a"
		bad := a[2]
		bad.State = notice.Sending
		next := t0.Add(time.Hour)
		retry := a[1]
		retry.State, retry.Attempts, retry.Reply, retry.NextAttempt = notice.FailedTemporary, 1, "451 4.3.0 later", &next
		errs, err := st.RecordAll(ctx, []notice.Delivery{sent(a[0]), retry, sent(b[0]), stolen, bad})
		if err != nil || len(errs) != 5 {
			t.Fatalf("RecordAll = %v, %v, want 5 results", errs, err)
		}
		for i, want := range []error{nil, nil, nil, notice.ErrConflict, notice.ErrInvalidInput} {
			if (want == nil) != (errs[i] == nil) || (want != nil && !errors.Is(errs[i], want)) {
				t.Errorf("RecordAll(...)[%d] = %v, want %v", i, errs[i], want)
			}
		}
		c, err := st.Status(ctx, "r1")
		if want := (notice.DeliveryCounts{Queued: 1, Sending: 2, Sent: 2, FailedTemporary: 1}); err != nil || c != want {
			t.Errorf("Status after RecordAll = %+v, %v, want %+v", c, err, want)
		}
		if n, err := st.Outstanding(ctx, "r1"); err != nil || n != 4 {
			t.Errorf("Outstanding after RecordAll = %d, %v, want 4", n, err)
		}
		ev := evidence(t, st, "r1")
		if e := ev[0]; e.State != notice.Sent || e.Reply != "250 2.0.0 Ok" || e.SentAt == nil || !e.SentAt.Equal(sentAt) {
			t.Errorf("Evidence[0] = %+v, want sent", e)
		}
		if e := ev[1]; e.State != notice.FailedTemporary || e.NextAttempt == nil || !e.NextAttempt.Equal(next) {
			t.Errorf("Evidence[1] = %+v, want failed-temporary until %s", e, next)
		}
		if e := ev[4]; e.State != notice.Sending || e.Owner != "b" {
			t.Errorf("Evidence[4] = %+v, want still sending by b", e)
		}
		// One row records as Record would.
		errs, err = st.RecordAll(ctx, []notice.Delivery{sent(b[1])})
		if err != nil || len(errs) != 1 || errs[0] != nil {
			t.Errorf("RecordAll(one row) = %v, %v, want it recorded", errs, err)
		}
		errs, err = st.RecordAll(ctx, []notice.Delivery{sent(b[1])})
		if err != nil || len(errs) != 1 || !errors.Is(errs[0], notice.ErrConflict) {
			t.Errorf("RecordAll(a row already sent) = %v, %v, want ErrConflict", errs, err)
		}
	})
}

// TestRecordAllText records, several at a time, outcomes whose text needs
// quoting or escaping: it must come back byte for byte, with the times to
// the microsecond.
func TestRecordAllText(t *testing.T) {
	suite(t, func(t *testing.T, url string) {
		ctx := context.Background()
		st := open(t, url)
		addN(t, st, 3)
		if _, err := st.Enqueue(ctx, rev("r1")); err != nil {
			t.Fatal(err)
		}
		ds, err := st.Claim(ctx, "r1", "a", 3, t0, time.Minute)
		if err != nil || len(ds) != 3 {
			t.Fatalf("Claim = %d rows, %v, want 3", len(ds), err)
		}
		replies := []string{`250 2.0.0 Ok: queued as "A1\B2" <&>`, "550 5.1.1 Empfänger unbekannt ✉", "451 4.7.1 'later'; -- \\u0000"}
		at := t0.Add(1234567 * time.Microsecond)
		for i := range ds {
			ds[i].State, ds[i].Attempts, ds[i].Reply, ds[i].Updated = notice.FailedPermanent, 2, replies[i], at
			ds[i].MessageID = fmt.Sprintf("<%d.\"x\"@example.com>", i)
		}
		ds[0].State, ds[0].SentAt = notice.Sent, &at
		errs, err := st.RecordAll(ctx, ds)
		if err != nil || len(errs) != 3 || errors.Join(errs...) != nil {
			t.Fatalf("RecordAll = %v, %v, want all recorded", errs, err)
		}
		for i, e := range evidence(t, st, "r1") {
			if e.Reply != replies[i] || e.MessageID != ds[i].MessageID || e.State != ds[i].State || e.Attempts != 2 || !e.Updated.Equal(at) {
				t.Errorf("Evidence[%d] = %+v, want %+v", i, e, ds[i])
			}
			if (e.SentAt == nil) != (i != 0) || (e.SentAt != nil && !e.SentAt.Equal(at)) {
				t.Errorf("Evidence[%d].SentAt = %v, want %v only for the first", i, e.SentAt, at)
			}
		}
	})
}

// TestClaimConcurrent claims from two store handles (two processes' worth
// of connections) and many goroutines at once: every row must be handed out
// exactly once.
func TestClaimConcurrent(t *testing.T) {
	suite(t, func(t *testing.T, url string) {
		ctx := context.Background()
		stores := []*store.Store{open(t, url), open(t, url)}
		const n = 600
		addN(t, stores[0], n)
		if _, err := stores[0].Enqueue(ctx, rev("r1")); err != nil {
			t.Fatal(err)
		}
		var mu sync.Mutex
		seen := map[int64]string{}
		var dup []string
		var wg sync.WaitGroup
		errs := make(chan error, 16)
		for w := range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				st := stores[w%2]
				owner := fmt.Sprintf("w%d", w)
				for {
					got, err := st.Claim(ctx, "r1", owner, 7, t0, time.Hour)
					if err != nil {
						errs <- err
						return
					}
					if len(got) == 0 {
						return
					}
					mu.Lock()
					for _, d := range got {
						if prev, ok := seen[d.SubscriberID]; ok {
							dup = append(dup, fmt.Sprintf("%d to %s and %s", d.SubscriberID, prev, owner))
						}
						seen[d.SubscriberID] = owner
					}
					mu.Unlock()
					for _, d := range got {
						d.State, d.Attempts = notice.Sent, 1
						if err := st.Record(ctx, d); err != nil {
							errs <- err
							return
						}
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("worker: %v", err)
		}
		if len(dup) > 0 {
			t.Errorf("rows claimed twice: %v", dup)
		}
		if len(seen) != n {
			t.Errorf("claimed %d rows, want %d", len(seen), n)
		}
		c, err := stores[1].Status(ctx, "r1")
		if err != nil || c != (notice.DeliveryCounts{Sent: n}) {
			t.Errorf("Status = %+v, %v, want %d sent", c, err, n)
		}
	})
}

func TestRemoveSubscriber(t *testing.T) {
	suite(t, func(t *testing.T, url string) {
		ctx := context.Background()
		st := open(t, url)
		for _, s := range []notice.Subscriber{{Email: "gone@example.com", Name: "Gone", Locale: "fr"}, sub("queued@example.com"), sub("stays@example.org")} {
			if _, err := st.AddSubscriber(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := st.Enqueue(ctx, rev("r1")); err != nil {
			t.Fatal(err)
		}
		got, err := st.Claim(ctx, "r1", "w", 1, t0, time.Minute)
		if err != nil || len(got) != 1 || got[0].Email != "gone@example.com" {
			t.Fatalf("Claim = %+v, %v", got, err)
		}
		got[0].State, got[0].Attempts, got[0].MessageID = notice.Sent, 1, "<m@example.com>"
		if err := st.Record(ctx, got[0]); err != nil {
			t.Fatal(err)
		}
		hash := st.EmailHash("gone@example.com")

		if err := st.RemoveSubscriber(ctx, "GONE@example.com"); err != nil {
			t.Fatalf("RemoveSubscriber = %v", err)
		}
		if err := st.RemoveSubscriber(ctx, "gone@example.com"); !errors.Is(err, notice.ErrNotFound) {
			t.Errorf("RemoveSubscriber twice = %v, want ErrNotFound", err)
		}
		if err := st.RemoveSubscriber(ctx, "never@example.com"); !errors.Is(err, notice.ErrNotFound) {
			t.Errorf("RemoveSubscriber(unknown) = %v, want ErrNotFound", err)
		}
		// Only queued: the planned row goes, and so does the person.
		if err := st.RemoveSubscriber(ctx, "queued@example.com"); err != nil {
			t.Fatal(err)
		}

		subs := list(t, st)
		if len(subs) != 1 || subs[0].Email != "stays@example.org" {
			t.Errorf("ListSubscribers after removals = %+v, want stays@example.org only", subs)
		}
		ev := evidence(t, st, "r1")
		if len(ev) != 2 {
			t.Fatalf("Evidence = %+v, want the sent row of the erased person and the queued row of stays@", ev)
		}
		e := ev[0]
		if e.Email != "" || e.Name != "" || e.Locale != "" || e.EmailHash != hash || e.State != notice.Sent || e.MessageID != "<m@example.com>" {
			t.Errorf("Evidence of the erased person = %+v, want no email/name/locale, hash %s, sent row kept", e, hash)
		}
		// Erased people are never enqueued or claimed again.
		if n, err := st.Enqueue(ctx, rev("r2")); err != nil || n != 1 {
			t.Errorf("Enqueue(r2) after erasure = %d, %v, want 1", n, err)
		}
		// The same address may subscribe again, as a new person.
		again, err := st.AddSubscriber(ctx, sub("gone@example.com"))
		if err != nil || again.ID == e.SubscriberID {
			t.Errorf("AddSubscriber after erasure = %+v, %v, want a new id", again, err)
		}
		if st.EmailHash("Gone@Example.com") != hash {
			t.Errorf("EmailHash is not case-insensitive")
		}
	})
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	for _, url := range []string{"", "mysql://x", "notice.db", "sqlite:", "sqlite:a?b.db"} {
		if _, err := store.Open(ctx, url); !errors.Is(err, notice.ErrInvalidInput) {
			t.Errorf("Open(%q) = %v, want ErrInvalidInput", url, err)
		}
	}
	if _, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "missing", "x.db")); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("Open(sqlite in a missing directory) = %v, want a clear error", err)
	}
	_, err := store.Open(ctx, "postgres://someone:secret@127.0.0.1:1/none?connect_timeout=2")
	if err == nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("Open(unreachable postgres) = %v, want an error without the password", err)
	}

	// Reopening keeps the data and the salt; another database has another salt.
	dir := t.TempDir()
	a := "sqlite:" + filepath.Join(dir, "a.db")
	st1 := open(t, a)
	h := st1.EmailHash("x@example.com")
	st1.Close()
	st2 := open(t, a)
	if got := st2.EmailHash("x@example.com"); got != h {
		t.Errorf("EmailHash after reopening = %s, want %s", got, h)
	}
	if other := open(t, "sqlite:"+filepath.Join(dir, "b.db")).EmailHash("x@example.com"); other == h {
		t.Errorf("two databases share a salt")
	}
}

func TestOpenPostgresTwice(t *testing.T) {
	url := storetest.Postgres(t)
	// Concurrent first opens race to migrate; the advisory lock serialises them.
	var wg sync.WaitGroup
	hashes := make([]string, 4)
	for i := range hashes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := store.Open(context.Background(), url)
			if err != nil {
				t.Errorf("Open: %v", err)
				return
			}
			hashes[i] = st.EmailHash("x@example.com")
			st.Close()
		}()
	}
	wg.Wait()
	for _, h := range hashes[1:] {
		if h != hashes[0] {
			t.Errorf("concurrent opens saw different salts: %v", hashes)
		}
	}
}
