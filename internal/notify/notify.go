// Package notify emails every subscriber one notice of each pending
// material revision of a notice, before it takes effect, and keeps the
// ledger that proves it.
//
// A campaign is a revision's ledger: Enqueue adds a queued row per active
// subscriber, a run Claims small batches under a lease, and its workers
// take the rows one by one, render each message as it is sent, hand it to
// the mail server and Record the outcome. A row is recorded sent only
// after the server accepted the message (a 250 reply to the end of DATA).
// After a crash, the rows a dead run held become claimable again when
// their lease lapses, so a restart finishes the campaign; only the
// messages in flight at the crash (accepted by the server but not yet
// recorded: at most two per worker, as each worker records one outcome
// while it sends the next) can be sent twice, with the same Message-ID.
//
// Temporary failures (4xx replies, time-outs, dropped connections) are
// retried with exponential backoff, at most MaxAttempts attempts in all;
// the last one is recorded failed-permanent with the reason. Permanent
// failures (5xx) are recorded and never retried.
package notify

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/noticeproject/notice/internal/message"
	"github.com/noticeproject/notice/internal/notice"
)

// Store is the ledger of deliveries.
type Store interface {
	// Enqueue adds a 'queued' row per active subscriber lacking one for
	// rev.ID and returns how many it added. It is idempotent.
	Enqueue(ctx context.Context, rev notice.Revision) (int, error)
	// Claim moves up to n rows of revID to 'sending' for owner until
	// now+lease: queued rows, failed-temporary rows that are due, and
	// sending rows whose lease has lapsed. Email, Name, Locale, Attempts and
	// MessageID are filled.
	Claim(ctx context.Context, revID, owner string, n int, now time.Time, lease time.Duration) ([]notice.Delivery, error)
	// Record stores the outcome of one attempt. Only d.Owner may record;
	// anyone else gets notice.ErrConflict.
	Record(ctx context.Context, d notice.Delivery) error
	// RecordAll stores several outcomes, as Record does each, in one
	// transaction. The rows Record would refuse get their error at their
	// index and are left unchanged; the second result is set, and nothing
	// recorded, when the transaction fails.
	RecordAll(ctx context.Context, ds []notice.Delivery) ([]error, error)
	// Status counts revID's rows by state.
	Status(ctx context.Context, revID string) (notice.DeliveryCounts, error)
	// Outstanding counts revID's rows queued, sending or failed-temporary,
	// reading only those.
	Outstanding(ctx context.Context, revID string) (int, error)
}

// Repo is the notice repository.
type Repo interface {
	Config() notice.Config
	History(name string) (notice.History, error)
	Content(name, id string) ([]byte, error)
}

// Sender hands one message to a mail server (or writes it somewhere). A
// Sender is used by one worker at a time. Send returns the server's reply
// once it has accepted the message. An error with a Temporary() bool method
// returning true may go away on a later attempt; an error wrapping
// notice.ErrUnreachable means the message was not handed over at all.
type Sender interface {
	Send(ctx context.Context, from, to string, msg []byte) (reply string, err error)
	Close() error
}

// An Announcer is a Sender that can send the envelope of the next message
// (to next) right after a message, so that the next costs one exchange with
// the server instead of two (SMTP PIPELINING). The call after SendThen must
// send that next message; anything else makes it drop the connection.
type Announcer interface {
	SendThen(ctx context.Context, from, to string, msg []byte, next string) (reply string, err error)
}

// Service runs campaigns. Fields without a default must be set.
type Service struct {
	Store    Store
	Repo     Repo
	Classify func(old, new []byte) (notice.Classification, error)
	Renderer *message.Renderer
	// NewSender returns a sender for one worker.
	NewSender func() Sender
	// Sign, when set, signs each rendered message (DKIM).
	Sign func(msg []byte) ([]byte, error)
	// Subscribers streams the active subscribers, for a dry run.
	Subscribers func(ctx context.Context, fn func(notice.Subscriber) error) error
	Now         func() time.Time
	// Progress receives progress while sending; nil for none. Terminal
	// draws a bar instead of periodic lines.
	Progress io.Writer
	Terminal bool
}

// Options are one run's settings. Zero values take the defaults.
type Options struct {
	Late        bool          // send even after the effective date, marked late
	DryRun      bool          // render everything, send and record nothing
	Concurrency int           // workers, each with its own connection (default 4)
	Rate        float64       // messages per second over all workers; 0 for no limit
	Batch       int           // rows claimed at once per worker (default 50, fewer at low rates)
	Lease       time.Duration // how long a claim holds (default 5m)
	MaxAttempts int           // attempts per recipient in all (default 5)
	RetryAfter  time.Duration // first backoff, doubled per attempt (default 30s, at most 1h)
	Poll        time.Duration // how often an idle worker looks for work (default 1s)
	// DryRunOut receives the dry run's report, one line per recipient.
	DryRunOut io.Writer
}

func (o *Options) defaults() {
	if o.Concurrency <= 0 {
		o.Concurrency = 4
	}
	if o.Batch <= 0 {
		o.Batch = 50
	}
	if o.Lease <= 0 {
		o.Lease = 5 * time.Minute
	}
	if o.Rate > 0 {
		// A worker must get through its batch well within the lease.
		o.Batch = max(1, min(o.Batch, int(o.Rate*o.Lease.Seconds()/float64(2*o.Concurrency))))
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 5
	}
	if o.RetryAfter <= 0 {
		o.RetryAfter = 30 * time.Second
	}
	if o.Poll <= 0 {
		o.Poll = time.Second
	}
	if o.DryRunOut == nil {
		o.DryRunOut = io.Discard
	}
}

// Campaign is the outcome of one revision's campaign.
type Campaign struct {
	Revision notice.Revision       `json:"revision"`
	Subject  string                `json:"subject"`
	Late     bool                  `json:"late"`
	Skipped  string                `json:"skipped,omitempty"` // why nothing was sent
	Enqueued int                   `json:"enqueued"`
	Sent     int                   `json:"sent"`    // by this run
	Failed   int                   `json:"failed"`  // permanently, by this run
	Retried  int                   `json:"retried"` // temporary failures met by this run
	Counts   notice.DeliveryCounts `json:"counts"`  // the whole ledger after the run
	Rendered int                   `json:"rendered,omitempty"`
	Elapsed  time.Duration         `json:"elapsed_ns"`
}

// Report is the outcome of a run.
type Report struct {
	Notice    string     `json:"notice"`
	DryRun    bool       `json:"dry_run,omitempty"`
	Campaigns []Campaign `json:"campaigns"`
}

// candidates returns the material revisions notices may be sent for at
// now: those posted and not yet in effect, and the one in effect at now
// (a late send). Superseded revisions are never sent. Imported revisions
// predate the tool and are skipped.
func candidates(h notice.History, now time.Time) []notice.Revision {
	var out []notice.Revision
	if cur, err := h.InEffect(now); err == nil && cur.Material && !cur.Imported {
		out = append(out, cur)
	}
	for _, r := range h.Pending(now) {
		if r.Material && !r.Imported {
			out = append(out, r)
		}
	}
	return out
}

func outstanding(c notice.DeliveryCounts) int { return c.Queued + c.Sending + c.FailedTemporary }

func total(c notice.DeliveryCounts) int {
	return c.Queued + c.Sending + c.Sent + c.FailedTemporary + c.FailedPermanent
}

// Run sends name's pending material revisions to every active subscriber
// not yet sent them. A revision already in effect whose campaign is not
// complete is refused unless opt.Late: the pending revisions are still
// sent, and Run then returns an error wrapping notice.ErrLate. It returns when every row is sent or failed-permanent, or when
// ctx is cancelled (rows not attempted are released for the next run).
func (s *Service) Run(ctx context.Context, name string, opt Options) (Report, error) {
	opt.defaults()
	rep := Report{Notice: name, DryRun: opt.DryRun}
	h, err := s.Repo.History(name)
	if err != nil {
		return rep, err
	}
	now := s.Now()
	type plan struct {
		rev  notice.Revision
		late bool
	}
	var plans []plan
	var lateErr error
	for _, rev := range candidates(h, now) {
		counts, err := s.Store.Status(ctx, rev.ID)
		if err != nil {
			return rep, fmt.Errorf("notify %s: %w", name, err)
		}
		if rev.Pending(now) {
			plans = append(plans, plan{rev: rev})
			continue
		}
		if total(counts) > 0 && outstanding(counts) == 0 {
			rep.Campaigns = append(rep.Campaigns, Campaign{Revision: rev, Counts: counts, Skipped: "complete"})
			continue
		}
		if !opt.Late {
			// Pending revisions are still sent; the refusal is reported
			// after them.
			lateErr = fmt.Errorf("%w: revision %s of %s took effect on %s and its notices are not all sent (%d sent); add --late to send them anyway, marked late in the ledger",
				notice.ErrLate, rev.Short(), name, rev.Effective.Format(time.RFC3339), counts.Sent)
			continue
		}
		plans = append(plans, plan{rev: rev, late: true})
	}
	for _, p := range plans {
		c, err := s.campaign(ctx, h, p.rev, p.late, opt)
		rep.Campaigns = append(rep.Campaigns, c)
		if err != nil {
			return rep, err
		}
	}
	return rep, lateErr
}

// build prepares what every recipient of rev is told.
func (s *Service) build(h notice.History, rev notice.Revision, late bool) (*message.Notice, error) {
	cfg := s.Repo.Config()
	loc, err := cfg.Location()
	if err != nil {
		return nil, err
	}
	content, err := s.Repo.Content(rev.Notice, rev.ID)
	if err != nil {
		return nil, fmt.Errorf("notify %s: %w", rev.Short(), err)
	}
	n := &message.Notice{
		Name:       rev.Notice,
		Title:      Title(content, rev.Notice),
		RevisionID: rev.ID,
		Effective:  rev.Effective.In(loc),
		Summary:    rev.Summary,
		Late:       late,
	}
	prevID := ""
	if prev, ok := h.Previous(rev.ID); ok {
		prevID = prev.ID
		old, err := s.Repo.Content(rev.Notice, prev.ID)
		if err != nil {
			return nil, fmt.Errorf("notify %s: %w", prev.Short(), err)
		}
		c, err := s.Classify(old, content)
		if err != nil {
			return nil, fmt.Errorf("notify: classify %s: %w", rev.Short(), err)
		}
		n.Sections = message.Sections(c)
	}
	n.RedlineURL, n.CurrentURL, n.NewURL = message.Links(cfg.BaseURL, rev.Notice, prevID, rev.ID)
	return n, nil
}

// Title returns the notice's title: its first level-one Markdown heading,
// or name when it has none.
func Title(content []byte, name string) string {
	for _, line := range strings.Split(string(content), "\n") {
		if t, ok := strings.CutPrefix(strings.TrimSpace(line), "# "); ok && strings.TrimSpace(t) != "" {
			return strings.TrimSpace(t)
		}
	}
	return name
}

func (s *Service) campaign(ctx context.Context, h notice.History, rev notice.Revision, late bool, opt Options) (Campaign, error) {
	start := time.Now()
	c := Campaign{Revision: rev, Late: late}
	n, err := s.build(h, rev, late)
	if err != nil {
		return c, err
	}
	if c.Subject, err = s.Renderer.Subject(n); err != nil {
		return c, err
	}
	if opt.DryRun {
		err := s.dryRun(ctx, n, &c, opt)
		c.Elapsed = time.Since(start)
		return c, err
	}
	if c.Enqueued, err = s.Store.Enqueue(ctx, rev); err != nil {
		return c, fmt.Errorf("notify %s: enqueue: %w", rev.Short(), err)
	}
	counts, err := s.Store.Status(ctx, rev.ID)
	if err != nil {
		return c, fmt.Errorf("notify %s: %w", rev.Short(), err)
	}
	prepared, err := s.Renderer.Prepare(n)
	if err != nil {
		return c, err
	}
	r := &run{s: s, n: prepared, rev: rev, late: late, opt: opt, limit: newLimiter(opt.Rate)}
	r.total.Store(int64(total(counts)))
	r.done.Store(int64(counts.Sent + counts.FailedPermanent))
	err = r.do(ctx)
	c.Sent, c.Failed, c.Retried = int(r.sent.Load()), int(r.failed.Load()), int(r.retried.Load())
	if counts, serr := s.Store.Status(context.WithoutCancel(ctx), rev.ID); serr == nil {
		c.Counts = counts
	}
	c.Elapsed = time.Since(start)
	return c, err
}

func (s *Service) dryRun(ctx context.Context, n *message.Notice, c *Campaign, opt Options) error {
	if s.Subscribers == nil {
		return errors.New("dry run: no subscriber list")
	}
	counts, err := s.Store.Status(ctx, n.RevisionID)
	if err != nil {
		return err
	}
	c.Counts = counts
	p, err := s.Renderer.Prepare(n)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	now := s.Now()
	return s.Subscribers(ctx, func(sub notice.Subscriber) error {
		buf.Reset()
		to := message.Recipient{ID: sub.ID, Email: sub.Email, Name: sub.Name}
		if err := p.Render(&buf, to, now); err != nil {
			fmt.Fprintf(opt.DryRunOut, "would skip %s: %v\n", sub.Email, err)
			return nil
		}
		c.Rendered++
		_, err := fmt.Fprintf(opt.DryRunOut, "would send %s %s (%d bytes): %s\n", n.RevisionID[:min(12, len(n.RevisionID))], sub.Email, buf.Len(), c.Subject)
		return err
	})
}

// run is one campaign's workers and counters.
type run struct {
	s     *Service
	n     *message.Prepared
	rev   notice.Revision
	late  bool
	opt   Options
	limit *limiter

	total, done, sent, failed, retried atomic.Int64
}

func (r *run) do(ctx context.Context) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	host, _ := os.Hostname()
	var tag [4]byte
	rand.Read(tag[:])
	owner := fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(tag[:]))

	stopProgress := r.progress()
	l := newLedger(r.s.Store, r.opt.Concurrency)
	f := &feed{r: r, owner: owner, low: max(r.opt.Batch*r.opt.Concurrency/4, r.opt.Concurrency)}
	f.cond = sync.NewCond(&f.mu)
	var wg sync.WaitGroup
	for range r.opt.Concurrency {
		wg.Go(func() {
			if err := r.worker(ctx, f, l); err != nil {
				cancel(err)
			}
		})
	}
	wg.Wait()
	f.prefetching.Wait()
	l.close()
	stopProgress()
	// An interrupted run hands back what it claimed and did not attempt.
	if err := r.release(f.rows, "not attempted: interrupted"); err != nil {
		cancel(err)
	}
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return ctx.Err()
}

// feed is the run's claimed rows, which all its workers take one by one in
// the order claimed, so that the outcomes the ledger commits together are
// of neighbouring rows: a commit then writes one page of the ledger rather
// than one per worker. The worker that finds it empty claims the next
// batch, Batch rows per worker, while the others wait.
type feed struct {
	r     *run
	owner string

	mu       sync.Mutex
	cond     *sync.Cond // signalled when a claim ends
	rows     []notice.Delivery
	claiming bool // a claim is under way
	closed   bool // nothing is outstanding, or the run is over
	// Once fewer than low rows are left, the next batch is claimed in the
	// background (prefetching), unless the last such claim found nothing
	// (dry).
	low         int
	dry         bool
	prefetching sync.WaitGroup

	// handed counts the rows taken, finished the rows whose outcome is
	// recorded or that were handed back: the claiming worker waits for the
	// two to match before it concludes that nothing is outstanding.
	handed, finished atomic.Int64
}

// next returns the next row to send, and false when there is none. rec's
// outcome is recorded before next waits for anything.
func (f *feed) next(ctx context.Context, rec *recorder) (notice.Delivery, bool, error) {
	f.mu.Lock()
	for len(f.rows) == 0 {
		if f.closed {
			f.mu.Unlock()
			return notice.Delivery{}, false, nil
		}
		f.mu.Unlock()
		if err := rec.wait(); err != nil {
			return notice.Delivery{}, false, err
		}
		f.mu.Lock()
		switch {
		case len(f.rows) > 0 || f.closed:
		case f.claiming:
			f.cond.Wait()
		default:
			f.claiming = true
			f.mu.Unlock()
			rows, err := f.claim(ctx)
			f.mu.Lock()
			f.claiming = false
			f.rows, f.closed, f.dry = rows, len(rows) == 0, false
			f.cond.Broadcast()
			if err != nil {
				f.mu.Unlock()
				return notice.Delivery{}, false, err
			}
		}
	}
	d := f.take(ctx)
	f.mu.Unlock()
	return d, true, nil
}

// tryNext returns the next row if one is there at once.
func (f *feed) tryNext(ctx context.Context) (notice.Delivery, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.rows) == 0 {
		return notice.Delivery{}, false
	}
	return f.take(ctx), true
}

// take hands out the first row; f.mu is held and f.rows not empty.
func (f *feed) take(ctx context.Context) notice.Delivery {
	d := f.rows[0]
	f.rows = f.rows[1:]
	f.handed.Add(1)
	if len(f.rows) < f.low && !f.claiming && !f.dry {
		// Claim the next batch before this one runs out, so that no
		// worker's connection idles while a claim runs.
		f.claiming = true
		f.prefetching.Go(func() { f.prefetch(ctx) })
	}
	return d
}

// prefetch claims the next batch once, in the background. When it finds
// nothing it stops prefetching: the worker that runs out claims as next
// does, waiting if need be for rows to become due.
func (f *feed) prefetch(ctx context.Context) {
	r := f.r
	batch, err := r.s.Store.Claim(ctx, r.rev.ID, f.owner, r.opt.Batch*r.opt.Concurrency, r.s.Now(), r.opt.Lease)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.claiming = false
	f.cond.Broadcast()
	// A failed claim is tried again, and its error reported, when the
	// batch runs out.
	if err != nil || len(batch) == 0 {
		f.dry = true
		return
	}
	for i := range batch {
		batch[i].Owner = f.owner
	}
	f.rows = append(f.rows, batch...)
}

// claim returns the next batch, or none when nothing is outstanding or ctx
// is done. It waits while the rows still outstanding are not yet due, or
// are held by another process.
func (f *feed) claim(ctx context.Context) ([]notice.Delivery, error) {
	r := f.r
	idle := min(20*time.Millisecond, r.opt.Poll)
	for ctx.Err() == nil {
		batch, err := r.s.Store.Claim(ctx, r.rev.ID, f.owner, r.opt.Batch*r.opt.Concurrency, r.s.Now(), r.opt.Lease)
		if err != nil {
			if ctx.Err() != nil {
				return nil, nil
			}
			return nil, fmt.Errorf("notify %s: claim: %w", r.rev.Short(), err)
		}
		if len(batch) > 0 {
			for i := range batch {
				batch[i].Owner = f.owner
			}
			return batch, nil
		}
		// The rows the other workers hold count as outstanding until their
		// outcomes are recorded.
		for f.finished.Load() < f.handed.Load() && ctx.Err() == nil {
			sleep(ctx, time.Millisecond)
		}
		left, err := r.s.Store.Outstanding(ctx, r.rev.ID)
		if err != nil {
			if ctx.Err() != nil {
				return nil, nil
			}
			return nil, fmt.Errorf("notify %s: %w", r.rev.Short(), err)
		}
		if left == 0 {
			return nil, nil
		}
		// Rows wait for their next attempt or for another process: look
		// again soon, then less and less often.
		sleep(ctx, idle)
		idle = min(2*idle, r.opt.Poll)
	}
	return nil, nil
}

// worker sends the rows the feed hands it until the feed closes.
func (r *run) worker(ctx context.Context, f *feed, l *ledger) error {
	rec := &recorder{r: r, l: l, f: f, done: make(chan error, 1)}
	err := r.work(ctx, f, rec)
	if rerr := rec.wait(); err == nil {
		err = rerr
	}
	return err
}

// recorder has the ledger record a worker's outcomes, so that recording
// one message overlaps sending the next. At most one outcome waits to be
// recorded while the next message is sent.
type recorder struct {
	r       *run
	l       *ledger
	f       *feed
	done    chan error // the pending outcome's result
	pending *notice.Delivery
}

// submit waits for the previous outcome to be recorded, then hands d to
// the ledger.
func (rc *recorder) submit(d notice.Delivery) error {
	if err := rc.wait(); err != nil {
		return err
	}
	rc.pending = &d
	rc.l.record(d, rc.done)
	return nil
}

// wait returns once the last outcome submitted is recorded.
func (rc *recorder) wait() error {
	if rc.pending == nil {
		return nil
	}
	d := *rc.pending
	rc.pending = nil
	var err error
	select {
	case err = <-rc.done:
	default:
		rc.l.hurry()
		err = <-rc.done
	}
	rc.f.finished.Add(1)
	return rc.r.recorded(d, err)
}

// ledger writes the outcomes of all of a run's workers through one
// goroutine, committing them together (group commit): it gathers outcomes
// until it holds one per worker, or until a worker is waiting for one of
// them, or maxDelay has passed, and then records them all in one
// transaction. A commit is most of what a record costs, so the workers
// share it. Each worker still waits for its outcome to be committed before
// it submits the next. The ledger's goroutine is woken once per commit, not
// once per outcome.
type ledger struct {
	store   Store
	workers int
	wake    chan struct{} // commit what is pending now
	stopped chan struct{}
	timer   *time.Timer // wakes the ledger maxDelay after an outcome waits alone

	mu      sync.Mutex
	pending []ledgerRequest
	closed  bool
}

type ledgerRequest struct {
	d    notice.Delivery
	done chan<- error
}

func newLedger(st Store, workers int) *ledger {
	l := &ledger{store: st, workers: max(workers, 1), wake: make(chan struct{}, 1), stopped: make(chan struct{})}
	l.timer = time.AfterFunc(time.Hour, l.hurry)
	l.timer.Stop()
	go l.loop()
	return l
}

// record queues d; done receives the result of its record once committed.
func (l *ledger) record(d notice.Delivery, done chan<- error) {
	l.mu.Lock()
	l.pending = append(l.pending, ledgerRequest{d: d, done: done})
	n := len(l.pending)
	if n == 1 {
		l.timer.Reset(maxDelay)
	}
	l.mu.Unlock()
	if n >= l.workers {
		l.hurry()
	}
}

// hurry has the ledger commit what it holds now, for a worker that waits.
func (l *ledger) hurry() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// close waits for every queued outcome to be recorded. record must not be
// called after close.
func (l *ledger) close() {
	l.mu.Lock()
	l.closed = true
	l.mu.Unlock()
	l.hurry()
	<-l.stopped
}

func (l *ledger) loop() {
	defer close(l.stopped)
	var batch []ledgerRequest
	var ds []notice.Delivery
	for range l.wake {
		l.mu.Lock()
		batch, l.pending = l.pending, batch[:0]
		closed := l.closed
		l.timer.Stop()
		l.mu.Unlock()
		if len(batch) > 0 {
			ds = ds[:0]
			for _, req := range batch {
				ds = append(ds, req.d)
			}
			errs := l.write(ds)
			for i, req := range batch {
				req.done <- errs[i]
			}
		}
		if closed {
			return
		}
	}
}

// maxDelay bounds how long the ledger holds an outcome for others to
// join it in a commit.
const maxDelay = 5 * time.Millisecond

// write records ds and returns each one's error. It goes on after the
// run is cancelled: a message the server accepted must be recorded sent.
func (l *ledger) write(ds []notice.Delivery) []error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	errs, err := l.store.RecordAll(ctx, ds)
	if err == nil {
		return errs
	}
	// One row's trouble (PostgreSQL may abort a transaction to break a
	// deadlock) must not fail the others: record them one by one.
	errs = make([]error, len(ds))
	for i, d := range ds {
		errs[i] = l.store.Record(ctx, d)
	}
	return errs
}

func (r *run) work(ctx context.Context, f *feed, rec *recorder) (err error) {
	sender := r.s.NewSender()
	defer sender.Close()
	// With no rate limit, a worker takes the row after the one it sends
	// when one is there, so that an Announcer sends its envelope along.
	_, lookahead := sender.(Announcer)
	lookahead = lookahead && r.limit == nil
	var ahead *notice.Delivery
	defer func() {
		if ahead != nil {
			why := "not attempted: interrupted"
			if err != nil {
				why = "not attempted: " + err.Error()
			}
			if herr := r.handBack(f, *ahead, why); err == nil {
				err = herr
			}
		}
	}()
	var buf bytes.Buffer
	unreachable := 0
	for {
		var d notice.Delivery
		if ahead != nil {
			d, ahead = *ahead, nil
		} else {
			var ok bool
			if d, ok, err = f.next(ctx, rec); err != nil || !ok {
				return err
			}
		}
		if ctx.Err() != nil {
			return r.handBack(f, d, "not attempted: interrupted")
		}
		if d.LeaseUntil != nil && r.s.Now().Add(r.opt.Lease/10).After(*d.LeaseUntil) {
			// The lease is about to lapse: leave the row to be claimed
			// again rather than race another process for it.
			f.finished.Add(1)
			continue
		}
		if err := r.limit.wait(ctx); err != nil {
			return r.handBack(f, d, "not attempted: interrupted")
		}
		next := ""
		if lookahead {
			if a, ok := f.tryNext(ctx); ok {
				ahead, next = &a, a.Email
			}
		}
		err = r.send(ctx, sender, &buf, d, next, rec)
		if errors.Is(err, notice.ErrUnreachable) {
			unreachable++
			if rerr := r.handBack(f, d, "not attempted: "+err.Error()); rerr != nil {
				return rerr
			}
			if unreachable >= 3 {
				return fmt.Errorf("notify %s: %w", r.rev.Short(), err)
			}
			sleep(ctx, time.Duration(unreachable)*r.opt.Poll)
			continue
		}
		if err != nil {
			return err
		}
		unreachable = 0
	}
}

// handBack releases one row the feed handed out and counts it finished.
func (r *run) handBack(f *feed, d notice.Delivery, why string) error {
	defer f.finished.Add(1)
	return r.release([]notice.Delivery{d}, why)
}

// send renders and sends one delivery and has rec record the outcome;
// next, when not empty, is the address of the message the worker sends
// after it. It returns an error wrapping notice.ErrUnreachable, without
// recording, when the message was not handed over, and other errors only
// when the ledger fails.
func (r *run) send(ctx context.Context, sender Sender, buf *bytes.Buffer, d notice.Delivery, next string, rec *recorder) error {
	record := func(state notice.DeliveryState, reply string) error {
		return rec.submit(r.outcome(d, state, reply))
	}
	if d.MessageID == "" {
		d.MessageID = r.s.Renderer.MessageID(r.rev.ID, d.SubscriberID)
	}
	now := r.s.Now()
	buf.Reset()
	err := r.n.Render(buf, message.Recipient{ID: d.SubscriberID, Email: d.Email, Name: d.Name, MessageID: d.MessageID}, now)
	if err != nil {
		d.Attempts++
		return record(notice.FailedPermanent, err.Error())
	}
	msg := buf.Bytes()
	if r.s.Sign != nil {
		if msg, err = r.s.Sign(msg); err != nil {
			return err
		}
	}
	// An interruption lets the exchange under way finish (the connection's
	// time-out bounds it), so that what the server accepts is recorded.
	var reply string
	if a, ok := sender.(Announcer); ok && next != "" {
		reply, err = a.SendThen(context.WithoutCancel(ctx), r.s.Renderer.From(), d.Email, msg, next)
	} else {
		reply, err = sender.Send(context.WithoutCancel(ctx), r.s.Renderer.From(), d.Email, msg)
	}
	if err == nil {
		d.Attempts++
		return record(notice.Sent, reply)
	}
	if errors.Is(err, notice.ErrUnreachable) {
		return err
	}
	d.Attempts++
	var t interface{ Temporary() bool }
	if !errors.As(err, &t) || !t.Temporary() {
		return record(notice.FailedPermanent, err.Error())
	}
	if d.Attempts >= r.opt.MaxAttempts {
		return record(notice.FailedPermanent, fmt.Sprintf("gave up after %d attempts: %v", d.Attempts, err))
	}
	at := now.Add(backoff(r.opt.RetryAfter, d.Attempts))
	d.NextAttempt = &at
	r.retried.Add(1)
	return record(notice.FailedTemporary, err.Error())
}

// backoff is base doubled per attempt after the first, at most an hour.
func backoff(base time.Duration, attempts int) time.Duration {
	d := base
	for i := 1; i < attempts && d < time.Hour; i++ {
		d *= 2
	}
	return min(d, time.Hour)
}

// outcome returns d recorded in state with the server's reply.
func (r *run) outcome(d notice.Delivery, state notice.DeliveryState, reply string) notice.Delivery {
	now := r.s.Now()
	d.State, d.Reply, d.Updated = state, reply, now
	d.Late = r.late
	if state == notice.Sent {
		d.SentAt = &now
		d.NextAttempt = nil
	}
	return d
}

// recorded counts d once the ledger has recorded it, err being the result.
func (r *run) recorded(d notice.Delivery, err error) error {
	if errors.Is(err, notice.ErrConflict) {
		// Another worker took the row after our lease lapsed; it owns the
		// outcome now.
		return nil
	}
	if err != nil {
		return fmt.Errorf("notify %s: record %d: %w", r.rev.Short(), d.SubscriberID, err)
	}
	switch d.State {
	case notice.Sent:
		r.sent.Add(1)
		r.done.Add(1)
	case notice.FailedPermanent:
		r.failed.Add(1)
		r.done.Add(1)
	}
	return nil
}

// release hands rows back, queued again with no attempt counted.
func (r *run) release(ds []notice.Delivery, why string) error {
	now := r.s.Now()
	for _, d := range ds {
		d.State, d.Reply, d.Updated, d.NextAttempt = notice.Queued, why, now, nil
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		err := r.s.Store.Record(ctx, d)
		cancel()
		if err != nil && !errors.Is(err, notice.ErrConflict) {
			return fmt.Errorf("notify %s: release %d: %w", r.rev.Short(), d.SubscriberID, err)
		}
	}
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
