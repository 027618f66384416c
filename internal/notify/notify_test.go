package notify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime/quotedprintable"
	"net"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/mailer"
	"github.com/noticeproject/notice/internal/mailer/smtptest"
	"github.com/noticeproject/notice/internal/message"
	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/templates"
)

// memStore is an in-memory ledger with the claim semantics of the real
// store, for unit tests; the end-to-end tests use the real store.
type memStore struct {
	mu   sync.Mutex
	subs []notice.Subscriber
	rows map[string]map[int64]*notice.Delivery
	// claims logs each Claim's owner, how many rows it asked for and how
	// many it got.
	claims []claimCall
}

type claimCall struct {
	owner      string
	asked, got int
}

func newMemStore(n int) *memStore {
	s := &memStore{rows: map[string]map[int64]*notice.Delivery{}}
	for i := 1; i <= n; i++ {
		s.subs = append(s.subs, notice.Subscriber{ID: int64(i), Email: fmt.Sprintf("user%d@example.com", i), Name: fmt.Sprintf("User %d", i)})
	}
	return s
}

func (s *memStore) Enqueue(_ context.Context, rev notice.Revision) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.rows[rev.ID]
	if m == nil {
		m = map[int64]*notice.Delivery{}
		s.rows[rev.ID] = m
	}
	added := 0
	for _, sub := range s.subs {
		if _, ok := m[sub.ID]; !ok {
			m[sub.ID] = &notice.Delivery{Notice: rev.Notice, RevisionID: rev.ID, SubscriberID: sub.ID, Email: sub.Email, Name: sub.Name, State: notice.Queued}
			added++
		}
	}
	return added, nil
}

func (s *memStore) Claim(_ context.Context, revID, owner string, n int, now time.Time, lease time.Duration) ([]notice.Delivery, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []int64
	for id := range s.rows[revID] {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var out []notice.Delivery
	for _, id := range ids {
		d := s.rows[revID][id]
		ok := d.State == notice.Queued ||
			(d.State == notice.FailedTemporary && (d.NextAttempt == nil || !d.NextAttempt.After(now))) ||
			(d.State == notice.Sending && d.LeaseUntil.Before(now))
		if !ok {
			continue
		}
		until := now.Add(lease)
		d.State, d.Owner, d.LeaseUntil = notice.Sending, owner, &until
		out = append(out, *d)
		if len(out) == n {
			break
		}
	}
	s.claims = append(s.claims, claimCall{owner, n, len(out)})
	return out, nil
}

func (s *memStore) Record(_ context.Context, d notice.Delivery) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	row := s.rows[d.RevisionID][d.SubscriberID]
	if row == nil || row.State != notice.Sending || row.Owner != d.Owner {
		return notice.ErrConflict
	}
	d.LeaseUntil = nil
	*row = d
	return nil
}

func (s *memStore) RecordAll(ctx context.Context, ds []notice.Delivery) ([]error, error) {
	errs := make([]error, len(ds))
	for i, d := range ds {
		errs[i] = s.Record(ctx, d)
	}
	return errs, nil
}

func (s *memStore) Status(_ context.Context, revID string) (notice.DeliveryCounts, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var c notice.DeliveryCounts
	for _, d := range s.rows[revID] {
		switch d.State {
		case notice.Queued:
			c.Queued++
		case notice.Sending:
			c.Sending++
		case notice.Sent:
			c.Sent++
		case notice.FailedTemporary:
			c.FailedTemporary++
		case notice.FailedPermanent:
			c.FailedPermanent++
		}
		if d.Late {
			c.Late++
		}
	}
	return c, nil
}

func (s *memStore) Outstanding(ctx context.Context, revID string) (int, error) {
	c, err := s.Status(ctx, revID)
	return outstanding(c), err
}

func (s *memStore) row(rev string, id int64) notice.Delivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	return *s.rows[rev][id]
}

func (s *memStore) list(_ context.Context, fn func(notice.Subscriber) error) error {
	for _, sub := range s.subs {
		if err := fn(sub); err != nil {
			return err
		}
	}
	return nil
}

// memRepo is a notice with a seed revision and a material amendment.
type memRepo struct{ h notice.History }

const (
	seedID  = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"
	amendID = "3f2a9c1d8e7b6a5f4e3d2c1b0a998877665544aa"
)

func newRepo(now time.Time, effectiveIn time.Duration) *memRepo {
	return &memRepo{h: notice.History{
		{ID: seedID, Notice: "privacy", Posted: now.AddDate(-1, 0, 0), Effective: now.AddDate(-1, 0, 0)},
		{ID: amendID, Notice: "privacy", Posted: now.AddDate(0, 0, -5), Effective: now.Add(effectiveIn), Material: true,
			Summary: "We now share purchase history with advertisers."},
	}}
}

func (r *memRepo) Config() notice.Config {
	return notice.Config{NoticeDays: 30, TimeZone: "UTC", BaseURL: "https://notices.example.com"}
}
func (r *memRepo) History(name string) (notice.History, error) {
	if name != "privacy" {
		return nil, notice.ErrNoticeNotFound
	}
	return r.h, nil
}
func (r *memRepo) Content(_, id string) ([]byte, error) {
	if id == seedID {
		return []byte("# Privacy Policy\n\n## Sharing\n\nWe do not share your data.\n"), nil
	}
	return []byte("# Privacy Policy\n\n## Sharing\n\nWe share your purchase history with advertisers.\n"), nil
}

func classify(old, new []byte) (notice.Classification, error) {
	return notice.Classification{Material: true, Changes: []notice.Change{{
		Section: "Sharing", Kind: notice.Modified, Material: true, Reasons: []string{"data goes to advertisers"},
		Before: "We do not share your data.", After: "We share your purchase history with advertisers.",
	}}}, nil
}

type fixture struct {
	svc   *Service
	store *memStore
	srv   *smtptest.Server
}

func setup(t *testing.T, subscribers int, effectiveIn time.Duration) *fixture {
	t.Helper()
	srv, err := smtptest.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	tr, err := mailer.NewSMTP("smtp://"+srv.Addr+"?timeout=2s", mailer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := message.New(templates.Email(), message.Options{From: "Example <privacy@example.com>"})
	if err != nil {
		t.Fatal(err)
	}
	st := newMemStore(subscribers)
	svc := &Service{
		Store: st, Repo: newRepo(time.Now().UTC(), effectiveIn), Classify: classify, Renderer: r,
		NewSender:   func() Sender { return tr.Conn() },
		Subscribers: st.list,
		Now:         func() time.Time { return time.Now().UTC() },
	}
	return &fixture{svc: svc, store: st, srv: srv}
}

func fast() Options {
	return Options{Concurrency: 3, Batch: 4, RetryAfter: time.Millisecond, Poll: 5 * time.Millisecond, MaxAttempts: 3}
}

func TestRunSendsEachOnce(t *testing.T) {
	f := setup(t, 25, 30*24*time.Hour)
	rep, err := f.svc.Run(context.Background(), "privacy", fast())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Campaigns) != 1 || rep.Campaigns[0].Sent != 25 || rep.Campaigns[0].Counts.Sent != 25 {
		t.Fatalf("Run = %+v, want 25 sent", rep)
	}
	got := f.srv.Received()
	for i := 1; i <= 25; i++ {
		if n := got[fmt.Sprintf("user%d@example.com", i)]; n != 1 {
			t.Errorf("user%d got %d messages, want 1", i, n)
		}
	}
	d := f.store.row(amendID, 7)
	if d.State != notice.Sent || d.Attempts != 1 || d.SentAt == nil || d.MessageID != "<notice.3f2a9c1d8e7b6a5f.7@example.com>" || !strings.HasPrefix(d.Reply, "250") || d.Late {
		t.Errorf("ledger row 7 = %+v", d)
	}
	var msg []byte
	for _, m := range f.srv.Messages() {
		if m.To == "user7@example.com" {
			msg = m.Data
		}
	}
	text, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(msg)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Message-ID: " + d.MessageID, "Dear User 7,", "Sharing", "data goes to advertisers", "https://notices.example.com/privacy/diff/0a1b2c3d4e5f..3f2a9c1d8e7b"} {
		if !bytes.Contains(text, []byte(want)) {
			t.Errorf("message to user7 lacks %q", want)
		}
	}
	// A second run has nothing left to send.
	rep, err = f.svc.Run(context.Background(), "privacy", fast())
	if err != nil || rep.Campaigns[0].Sent != 0 || len(f.srv.Messages()) != 25 {
		t.Errorf("second Run = %+v, %v; server has %d messages, want 25", rep, err, len(f.srv.Messages()))
	}
}

// A run claims for all its workers at once, under one owner, so that the
// workers send neighbouring rows at the same time and the ledger commits
// their outcomes together.
func TestRunClaimsForAllWorkers(t *testing.T) {
	f := setup(t, 25, 30*24*time.Hour)
	opt := fast()
	if _, err := f.svc.Run(context.Background(), "privacy", opt); err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, c := range f.store.claims {
		if c.asked != opt.Batch*opt.Concurrency || c.owner != f.store.claims[0].owner {
			t.Errorf("claim %+v, want %d rows for owner %s", c, opt.Batch*opt.Concurrency, f.store.claims[0].owner)
		}
		if c.got > 0 {
			got = append(got, c.got)
		}
	}
	if want := []int{12, 12, 1}; !slices.Equal(got, want) {
		t.Errorf("claims got %v rows, want %v", got, want)
	}
}

func TestRunRetriesTemporaryOnly(t *testing.T) {
	f := setup(t, 6, 30*24*time.Hour)
	f.srv.Fault = func(to string, n int) smtptest.Fault {
		switch {
		case to == "user2@example.com" && n <= 2:
			return smtptest.Fault{Code: 451}
		case to == "user3@example.com":
			return smtptest.Fault{Code: 550}
		case to == "user4@example.com":
			return smtptest.Fault{Code: 451}
		case to == "user5@example.com" && n == 1:
			return smtptest.Fault{Drop: true}
		}
		return smtptest.Fault{}
	}
	rep, err := f.svc.Run(context.Background(), "privacy", fast())
	if err != nil {
		t.Fatal(err)
	}
	c := rep.Campaigns[0].Counts
	if c.Sent != 4 || c.FailedPermanent != 2 || outstanding(c) != 0 {
		t.Errorf("counts = %+v, want 4 sent, 2 failed-permanent", c)
	}
	tests := []struct {
		id       int64
		state    notice.DeliveryState
		attempts int
		reply    string
	}{
		{1, notice.Sent, 1, "250"},
		{2, notice.Sent, 3, "250"},
		{3, notice.FailedPermanent, 1, "550"},
		{4, notice.FailedPermanent, 3, "gave up after 3 attempts: 451"},
		{5, notice.Sent, 2, "250"},
	}
	for _, tt := range tests {
		d := f.store.row(amendID, tt.id)
		if d.State != tt.state || d.Attempts != tt.attempts || !strings.HasPrefix(d.Reply, tt.reply) {
			t.Errorf("row %d = %s, %d attempts, %q; want %s, %d, %q...", tt.id, d.State, d.Attempts, d.Reply, tt.state, tt.attempts, tt.reply)
		}
	}
	if n := f.srv.Received()["user3@example.com"]; n != 0 {
		t.Errorf("user3 (550) got %d messages", n)
	}
}

func TestRunLate(t *testing.T) {
	f := setup(t, 3, -time.Hour)
	_, err := f.svc.Run(context.Background(), "privacy", fast())
	if !errors.Is(err, notice.ErrLate) || !strings.Contains(err.Error(), "--late") {
		t.Fatalf("Run after the effective date = %v, want ErrLate mentioning --late", err)
	}
	if n := len(f.srv.Messages()); n != 0 {
		t.Fatalf("%d messages sent after a refusal", n)
	}
	opt := fast()
	opt.Late = true
	rep, err := f.svc.Run(context.Background(), "privacy", opt)
	if err != nil || rep.Campaigns[0].Counts.Sent != 3 || rep.Campaigns[0].Counts.Late != 3 {
		t.Fatalf("Run --late = %+v, %v, want 3 sent late", rep, err)
	}
	if !bytes.Contains(f.srv.Messages()[0].Data, []byte("sorry this notice reaches you late")) {
		t.Error("late message does not say it is late")
	}
	// Complete: a later run neither refuses nor sends.
	rep, err = f.svc.Run(context.Background(), "privacy", fast())
	if err != nil || rep.Campaigns[0].Skipped != "complete" {
		t.Errorf("Run after a complete late campaign = %+v, %v", rep, err)
	}
}

func TestRunUnreachable(t *testing.T) {
	f := setup(t, 5, 30*24*time.Hour)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	tr, err := mailer.NewSMTP("smtp://"+addr+"?timeout=1s", mailer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f.svc.NewSender = func() Sender { return tr.Conn() }
	_, err = f.svc.Run(context.Background(), "privacy", fast())
	if !errors.Is(err, notice.ErrUnreachable) || !strings.Contains(err.Error(), addr) {
		t.Fatalf("Run against a closed port = %v, want ErrUnreachable naming %s", err, addr)
	}
	c, _ := f.store.Status(context.Background(), amendID)
	if c.Sent != 0 || c.Queued != 5 {
		t.Errorf("counts after an unreachable server = %+v, want 5 queued", c)
	}
	if d := f.store.row(amendID, 1); d.Attempts != 0 {
		t.Errorf("row 1 has %d attempts, want 0: the message never reached a server", d.Attempts)
	}
}

func TestRunInterrupted(t *testing.T) {
	f := setup(t, 40, 30*24*time.Hour)
	f.srv.Delay = 20 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(150 * time.Millisecond); cancel() }()
	_, err := f.svc.Run(ctx, "privacy", fast())
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted Run = %v, want context.Canceled", err)
	}
	c, _ := f.store.Status(context.Background(), amendID)
	accepted := len(f.srv.Messages())
	if c.Sent != accepted || c.Sending != 0 || c.Sent+c.Queued != 40 {
		t.Fatalf("after interruption: counts %+v, server accepted %d; want sent == accepted, the rest queued", c, accepted)
	}
	if _, err := f.svc.Run(context.Background(), "privacy", fast()); err != nil {
		t.Fatal(err)
	}
	for to, n := range f.srv.Received() {
		if n != 1 {
			t.Errorf("%s got %d messages, want 1", to, n)
		}
	}
	if n := len(f.srv.Received()); n != 40 {
		t.Errorf("%d recipients got mail, want 40", n)
	}
}

func TestDryRun(t *testing.T) {
	f := setup(t, 3, 30*24*time.Hour)
	var out bytes.Buffer
	opt := fast()
	opt.DryRun, opt.DryRunOut = true, &out
	rep, err := f.svc.Run(context.Background(), "privacy", opt)
	if err != nil || rep.Campaigns[0].Rendered != 3 {
		t.Fatalf("dry Run = %+v, %v", rep, err)
	}
	if len(f.srv.Messages()) != 0 || len(f.store.rows) != 0 {
		t.Error("a dry run sent or recorded")
	}
	if !strings.Contains(out.String(), "would send 3f2a9c1d8e7b user2@example.com") {
		t.Errorf("dry run report:\n%s", out.String())
	}
}

func TestRunInvalidAddress(t *testing.T) {
	f := setup(t, 2, 30*24*time.Hour)
	f.store.subs[1].Email = "bob@example.com\r\nBcc: eve@example.org"
	rep, err := f.svc.Run(context.Background(), "privacy", fast())
	if err != nil {
		t.Fatal(err)
	}
	if c := rep.Campaigns[0].Counts; c.Sent != 1 || c.FailedPermanent != 1 {
		t.Errorf("counts = %+v, want 1 sent and 1 failed-permanent", c)
	}
	if len(f.srv.Messages()) != 1 {
		t.Errorf("server got %d messages, want 1", len(f.srv.Messages()))
	}
}

func TestStatus(t *testing.T) {
	f := setup(t, 2, 48*time.Hour)
	if _, err := f.svc.Run(context.Background(), "privacy", fast()); err != nil {
		t.Fatal(err)
	}
	st, err := f.svc.Status(context.Background(), "privacy")
	if err != nil || len(st) != 1 || st[0].Counts.Sent != 2 || st[0].Remaining != 0 || st[0].TimeLeft < 47*time.Hour {
		t.Errorf("Status = %+v, %v", st, err)
	}
	if _, err := f.svc.Status(context.Background(), "nope"); !errors.Is(err, notice.ErrNoticeNotFound) {
		t.Errorf("Status(nope) = %v, want ErrNoticeNotFound", err)
	}
}

func TestBackoff(t *testing.T) {
	for _, tt := range []struct {
		attempts int
		want     time.Duration
	}{{1, 30 * time.Second}, {2, time.Minute}, {4, 4 * time.Minute}, {20, time.Hour}} {
		if got := backoff(30*time.Second, tt.attempts); got != tt.want {
			t.Errorf("backoff(30s, %d) = %s, want %s", tt.attempts, got, tt.want)
		}
	}
}

func TestTitle(t *testing.T) {
	if got := Title([]byte("intro\n#  \n# Privacy Policy \n# Other"), "privacy"); got != "Privacy Policy" {
		t.Errorf("Title = %q", got)
	}
	if got := Title([]byte("no heading"), "privacy"); got != "privacy" {
		t.Errorf("Title = %q, want privacy", got)
	}
}

// TestRunPendingDespiteLate: an incomplete campaign for the revision in
// effect does not hold back the notice of a pending one.
func TestRunPendingDespiteLate(t *testing.T) {
	f := setup(t, 2, -time.Hour)
	repo := f.svc.Repo.(*memRepo)
	now := time.Now().UTC()
	const nextID = "9999999999999999999999999999999999999999"
	repo.h = append(repo.h, notice.Revision{ID: nextID, Notice: "privacy", Posted: now.Add(-time.Minute), Effective: now.AddDate(0, 0, 30), Material: true})
	rep, err := f.svc.Run(context.Background(), "privacy", fast())
	if !errors.Is(err, notice.ErrLate) || !strings.Contains(err.Error(), amendID[:12]) {
		t.Fatalf("Run = %v, want ErrLate for %s", err, amendID[:12])
	}
	if len(rep.Campaigns) != 1 || rep.Campaigns[0].Revision.ID != nextID || rep.Campaigns[0].Sent != 2 {
		t.Fatalf("Run = %+v, want the pending revision sent to 2", rep)
	}
	if c, _ := f.store.Status(context.Background(), amendID); total(c) != 0 {
		t.Errorf("the late revision has ledger rows %+v, want none", c)
	}
}

// announcing counts the messages whose envelope went ahead of them.
type announcing struct {
	*mailer.Conn
	ahead *atomic.Int64
}

func (a announcing) SendThen(ctx context.Context, from, to string, msg []byte, next string) (string, error) {
	if next != "" {
		a.ahead.Add(1)
	}
	return a.Conn.SendThen(ctx, from, to, msg, next)
}

// Workers send the next message's envelope along with each message when
// the next row is at hand, and every recipient still gets their own message
// once.
func TestRunSendsEnvelopesAhead(t *testing.T) {
	f := setup(t, 30, 30*24*time.Hour)
	tr, err := mailer.NewSMTP("smtp://"+f.srv.Addr+"?timeout=2s", mailer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ahead atomic.Int64
	f.svc.NewSender = func() Sender { return announcing{tr.Conn(), &ahead} }
	if _, err := f.svc.Run(context.Background(), "privacy", fast()); err != nil {
		t.Fatal(err)
	}
	if n := ahead.Load(); n < 10 {
		t.Errorf("%d of 30 messages had the next one's envelope follow them, want most", n)
	}
	for _, m := range f.srv.Messages() {
		if !bytes.Contains(m.Data, []byte("To: "+m.To)) && !bytes.Contains(m.Data, []byte("<"+m.To+">")) {
			t.Errorf("message for %s carries another's text", m.To)
		}
	}
	got := f.srv.Received()
	for i := 1; i <= 30; i++ {
		if n := got[fmt.Sprintf("user%d@example.com", i)]; n != 1 {
			t.Errorf("user%d got %d messages, want 1", i, n)
		}
	}
	if c, _ := f.store.Status(context.Background(), amendID); c.Sent != 30 {
		t.Errorf("ledger %+v, want 30 sent", c)
	}
}
