package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/noticeproject/notice/internal/classify"
	"github.com/noticeproject/notice/internal/mailer"
	"github.com/noticeproject/notice/internal/message"
	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/notify"
	"github.com/noticeproject/notice/internal/store"
	"github.com/noticeproject/notice/templates"
)

func (a *app) mailCommands() []*cli.Command {
	return append(append(a.subscriberCommands(), a.evidenceCommand()), &cli.Command{
		Name:      "notify",
		Usage:     "email every subscriber before a material change to NAME takes effect",
		ArgsUsage: "NAME",
		Description: "Sends one email per pending material revision of NAME to every active subscriber not yet\n" +
			"sent it, over SMTP (--smtp) or into a Maildir (--outbox), and records each outcome in the ledger.\n" +
			"Run it again after a crash: it finishes the campaign. SMTP credentials come from\n" +
			"NOTICE_SMTP_USERNAME and NOTICE_SMTP_PASSWORD.\n\n" +
			"SMTP URLs: smtp://127.0.0.1:25 (plain, loopback only), smtp+starttls://HOST:587,\n" +
			"smtps://HOST:465; optional ?timeout=30s&helo=NAME.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "smtp", Usage: "send through the SMTP server at `URL`", EnvVars: []string{"NOTICE_SMTP"}},
			&cli.StringFlag{Name: "outbox", Usage: "write the messages into the Maildir `DIR` instead of sending them (mutt -f DIR reads it)"},
			&cli.StringFlag{Name: "from", Usage: "sender `ADDRESS`, e.g. \"Example Privacy <privacy@example.com>\" (default: notices@ the base URL's host)", EnvVars: []string{"NOTICE_FROM"}},
			&cli.IntFlag{Name: "concurrency", Value: 4, Usage: "`N` workers, each with its own SMTP connection"},
			&cli.Float64Flag{Name: "rate", Usage: "send at most `N` messages per second (0: no limit)"},
			&cli.BoolFlag{Name: "dry-run", Usage: "render every message and say who would get what; send and record nothing"},
			&cli.BoolFlag{Name: "late", Usage: "send even though the revision is already in effect; the ledger marks these sends late"},
			&cli.BoolFlag{Name: "status", Usage: "show sent, failed and remaining, and the time left before the effective date"},
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			&cli.StringFlag{Name: "dkim-key", Usage: "sign with the DKIM private key in `FILE` (PEM)"},
			&cli.StringFlag{Name: "dkim-domain", Usage: "DKIM signing `DOMAIN` (d=)"},
			&cli.StringFlag{Name: "dkim-selector", Usage: "DKIM `SELECTOR` (s=)"},
			&cli.StringFlag{Name: "list-unsubscribe", Usage: "add RFC 8058 one-click List-Unsubscribe headers pointing at https `URL` ({id} is the subscriber id)"},
			&cli.IntFlag{Name: "max-attempts", Value: 5, Usage: "give up on a recipient after `N` temporary failures"},
			&cli.DurationFlag{Name: "retry-after", Value: 30 * time.Second, Usage: "wait `DURATION` before the first retry, doubling each time"},
			&cli.DurationFlag{Name: "lease", Value: 5 * time.Minute, Usage: "a claimed batch is another worker's to take after `DURATION` (a crashed run's messages)", Hidden: true},
			&cli.IntFlag{Name: "batch", Value: 50, Usage: "recipients claimed at once per worker", Hidden: true},
		},
		Action: a.notify,
	})
}

func (a *app) notify(c *cli.Context) error {
	in, err := args(c, "NAME")
	if err != nil {
		return err
	}
	name := in[0]
	if err := notice.ValidateName(name); err != nil {
		return err
	}
	if c.IsSet("smtp") && c.IsSet("outbox") {
		return usagef("give --smtp URL or --outbox DIR, not both")
	}
	if !c.Bool("status") && !c.Bool("dry-run") && c.String("smtp") == "" && c.String("outbox") == "" {
		return usagef("give --smtp URL to send, --outbox DIR to write a Maildir, or --dry-run")
	}
	if c.Int("concurrency") < 1 || c.Float64("rate") < 0 || c.Int("max-attempts") < 1 {
		return usagef("--concurrency and --max-attempts must be at least 1, --rate not negative")
	}
	repo, _, err := a.open(c)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	// Leases and retries need time to pass even when NOTICE_NOW fixes
	// the start: the clock starts at a.now() and runs.
	start, t0 := a.now(), time.Now()
	clock := func() time.Time { return start.Add(time.Since(t0)) }
	st, err := a.mailStore(ctx, c, clock)
	if err != nil {
		return err
	}
	defer st.Close()
	svc := &notify.Service{Store: st, Repo: repo, Classify: classify.Classify, Now: clock, Subscribers: st.ListSubscribers}
	if c.Bool("status") {
		svc.Now = a.now
		return a.notifyStatus(ctx, c, svc, name)
	}
	if svc.Renderer, err = a.renderer(c, repo.Config()); err != nil {
		return err
	}
	var where string
	if svc.NewSender, where, err = a.transport(c); err != nil {
		return err
	}
	if svc.Sign, err = a.signer(c); err != nil {
		return err
	}
	svc.Progress = a.stderr
	if f, ok := a.stderr.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			svc.Terminal = true
		}
	}
	opt := notify.Options{
		Late: c.Bool("late"), DryRun: c.Bool("dry-run"), Concurrency: c.Int("concurrency"), Rate: c.Float64("rate"),
		MaxAttempts: c.Int("max-attempts"), RetryAfter: c.Duration("retry-after"), Lease: c.Duration("lease"),
		Batch: c.Int("batch"), DryRunOut: a.stdout,
	}
	if c.Bool("json") {
		opt.DryRunOut = io.Discard
	}
	rep, err := svc.Run(ctx, name, opt)
	if errors.Is(err, context.Canceled) {
		err = fmt.Errorf("interrupted: every message the server accepted is recorded; run notify %s again to finish", name)
	}
	if err != nil && len(rep.Campaigns) == 0 {
		return err
	}
	if c.Bool("json") {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if jerr := enc.Encode(rep); jerr != nil && err == nil {
			err = jerr
		}
		return err
	}
	a.summary(rep, where)
	return err
}

// transport returns the senders that --smtp, --outbox or --dry-run ask
// for, and where the messages go.
func (a *app) transport(c *cli.Context) (func() notify.Sender, string, error) {
	switch {
	case c.Bool("dry-run"):
		return func() notify.Sender { return nil }, "", nil
	case c.IsSet("outbox"):
		box, err := mailer.OpenMaildir(c.String("outbox"))
		if err != nil {
			return nil, "", err
		}
		dir := c.String("outbox")
		return func() notify.Sender { return box }, fmt.Sprintf("messages are in the Maildir %s (read them with: mutt -f %s)", dir, dir), nil
	}
	tr, err := mailer.NewSMTP(c.String("smtp"), mailer.Options{
		Username: os.Getenv("NOTICE_SMTP_USERNAME"), Password: os.Getenv("NOTICE_SMTP_PASSWORD")})
	if err != nil {
		return nil, "", err
	}
	return func() notify.Sender { return tr.Conn() }, "sent through " + tr.Server().Addr(), nil
}

// signer returns the DKIM signer the --dkim-* flags describe, or nil.
func (a *app) signer(c *cli.Context) (func([]byte) ([]byte, error), error) {
	if !c.IsSet("dkim-key") && !c.IsSet("dkim-domain") && !c.IsSet("dkim-selector") {
		return nil, nil
	}
	if c.String("dkim-key") == "" {
		return nil, usagef("give --dkim-key FILE with --dkim-domain and --dkim-selector")
	}
	key, err := os.ReadFile(c.String("dkim-key"))
	if err != nil {
		return nil, fmt.Errorf("dkim key: %w", err)
	}
	d, err := mailer.NewDKIM(key, c.String("dkim-domain"), c.String("dkim-selector"))
	if err != nil {
		return nil, err
	}
	return d.Sign, nil
}

// mailStore opens the subscriber database named by --db, as openStore
// does, with a clock that runs from a.now().
func (a *app) mailStore(ctx context.Context, c *cli.Context, clock func() time.Time) (*store.Store, error) {
	db := c.String("db")
	if db == "" {
		path, err := defaultDBPath()
		if err != nil {
			return nil, err
		}
		db = "sqlite:" + path
	}
	return store.Open(ctx, db, store.WithClock(clock))
}

// renderer builds the message renderer from --from and --list-unsubscribe.
func (a *app) renderer(c *cli.Context, cfg notice.Config) (*message.Renderer, error) {
	from := c.String("from")
	if from == "" {
		u, err := url.Parse(cfg.BaseURL)
		if err != nil || u.Hostname() == "" {
			return nil, usagef("give the sender with --from ADDRESS (the repository has no base_url to derive one from)")
		}
		from = "notices@" + u.Hostname()
	}
	return message.New(templates.Email(), message.Options{From: from, ListUnsubscribe: c.String("list-unsubscribe")})
}

func (a *app) summary(rep notify.Report, where string) {
	now := a.now()
	if len(rep.Campaigns) == 0 {
		fmt.Fprintf(a.stdout, "%s: no material revision is pending; nothing to send\n", rep.Notice)
		return
	}
	for _, c := range rep.Campaigns {
		rev := c.Revision
		fmt.Fprintf(a.stdout, "%s %s: effective %s (%s)\n", rep.Notice, rev.Short(), rev.Effective.Format("2006-01-02"), timeLeft(rev.Effective.Sub(now)))
		switch {
		case c.Skipped != "":
			fmt.Fprintf(a.stdout, "  already notified: %d sent, %d failed\n", c.Counts.Sent, c.Counts.FailedPermanent)
		case rep.DryRun:
			fmt.Fprintf(a.stdout, "  dry run: %d messages rendered, subject %q; nothing sent or recorded (ledger: %d already sent)\n", c.Rendered, c.Subject, c.Counts.Sent)
		default:
			late := ""
			if c.Late {
				late = " (late)"
			}
			fmt.Fprintf(a.stdout, "  this run: %d sent%s, %d failed, %d temporary failures retried, in %s\n", c.Sent, late, c.Failed, c.Retried, c.Elapsed.Round(time.Millisecond))
			fmt.Fprintf(a.stdout, "  ledger: %d sent, %d failed, %d remaining of %d\n", c.Counts.Sent, c.Counts.FailedPermanent,
				c.Counts.Queued+c.Counts.Sending+c.Counts.FailedTemporary, c.Counts.Queued+c.Counts.Sending+c.Counts.Sent+c.Counts.FailedTemporary+c.Counts.FailedPermanent)
		}
	}
	if where != "" && !rep.DryRun {
		fmt.Fprintln(a.stdout, where)
	}
}

func timeLeft(d time.Duration) string {
	if d < 0 {
		return "in effect for " + notify.FormatDuration(d)
	}
	return notify.FormatDuration(d) + " left"
}

func (a *app) notifyStatus(ctx context.Context, c *cli.Context, svc *notify.Service, name string) error {
	st, err := svc.Status(ctx, name)
	if err != nil {
		return err
	}
	if c.Bool("json") {
		type row struct {
			Notice    string                `json:"notice"`
			Revision  string                `json:"revision"`
			Effective time.Time             `json:"effective"`
			Sent      int                   `json:"sent"`
			Failed    int                   `json:"failed"`
			Remaining int                   `json:"remaining"`
			Late      int                   `json:"late"`
			Counts    notice.DeliveryCounts `json:"counts"`
			TimeLeft  int64                 `json:"time_left_seconds"`
		}
		rows := []row{}
		for _, s := range st {
			rows = append(rows, row{name, s.Revision.ID, s.Revision.Effective, s.Counts.Sent, s.Counts.FailedPermanent,
				s.Remaining, s.Counts.Late, s.Counts, int64(s.TimeLeft / time.Second)})
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	if len(st) == 0 {
		fmt.Fprintf(a.stdout, "%s: no material revision is pending\n", name)
		return nil
	}
	for _, s := range st {
		fmt.Fprintf(a.stdout, "%s %s: effective %s (%s)\n", name, s.Revision.Short(), s.Revision.Effective.Format("2006-01-02"), timeLeft(s.TimeLeft))
		fmt.Fprintf(a.stdout, "  sent %d, failed %d, remaining %d", s.Counts.Sent, s.Counts.FailedPermanent, s.Remaining)
		if s.Counts.Late > 0 {
			fmt.Fprintf(a.stdout, " (%d sent late)", s.Counts.Late)
		}
		fmt.Fprintln(a.stdout)
	}
	return nil
}
