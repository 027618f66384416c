package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/store"
	"github.com/noticeproject/notice/internal/subscriber"
)

func (a *app) subscriberCommands() []*cli.Command {
	return []*cli.Command{{
		Name:  "subscribers",
		Usage: "manage who is sent notice of material changes",
		Description: "The subscriber database is --db URL (NOTICE_DB): sqlite:PATH or postgres://...; by default\n" +
			"sqlite:$XDG_DATA_HOME/notice/notice.db (~/.local/share/notice/notice.db), outside any notice\n" +
			"repository, so that personal data never enters the notice history.",
		Subcommands: []*cli.Command{{
			Name:      "import",
			Usage:     "add the subscribers of a CSV file (header: email,name,locale; other columns are ignored)",
			ArgsUsage: "FILE.csv",
			Description: "Every invalid address is reported with its line number, and then nothing is imported unless\n" +
				"--skip-invalid is given. Addresses already subscribed, or repeated in the file, are skipped and\n" +
				"counted. Line breaks in names are replaced by spaces. FILE - reads standard input.",
			Flags:  []cli.Flag{&cli.BoolFlag{Name: "skip-invalid", Usage: "import the valid lines even when some are invalid"}},
			Action: a.subscribersImport,
		}, {
			Name:      "add",
			Usage:     "add one subscriber",
			ArgsUsage: "EMAIL",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "name", Usage: "the subscriber's `NAME`"},
				&cli.StringFlag{Name: "locale", Usage: "the subscriber's language `TAG`, e.g. en or pt-BR"},
			},
			Action: a.subscribersAdd,
		}, {
			Name:   "list",
			Usage:  "list the active subscribers",
			Flags:  []cli.Flag{&cli.BoolFlag{Name: "json", Usage: "print a JSON array"}},
			Action: a.subscribersList,
		}, {
			Name:      "remove",
			Usage:     "erase a subscriber: address, name and locale are deleted; the ledger keeps a salted hash only",
			ArgsUsage: "EMAIL",
			Action:    a.subscribersRemove,
		}},
	}}
}

// openStore opens the subscriber database that --db (NOTICE_DB) names,
// and by default the SQLite file notice/notice.db in the user's data
// directory ($XDG_DATA_HOME, else ~/.local/share), creating the directory.
// The store's clock is a.now unless opts give another (store.WithClock).
func (a *app) openStore(c *cli.Context, opts ...store.Option) (*store.Store, error) {
	db := c.String("db")
	if db == "" {
		path, err := defaultDBPath()
		if err != nil {
			return nil, err
		}
		db = "sqlite:" + path
	}
	return store.Open(c.Context, db, append([]store.Option{store.WithClock(a.now)}, opts...)...)
}

func defaultDBPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no home directory for the default database: give --db URL or NOTICE_DB: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	dir = filepath.Join(dir, "notice")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("create the default database directory: %w; give --db URL or NOTICE_DB", err)
	}
	return filepath.Join(dir, "notice.db"), nil
}

// subArgs is args for a subcommand: its usage message names the whole
// command ("notice subscribers add --help").
func subArgs(c *cli.Context, names ...string) ([]string, error) {
	pos := c.Args().Slice()
	if len(pos) != len(names) {
		what := "no arguments"
		if len(names) > 0 {
			what = strings.Join(names, " and ")
		}
		name := commandPath(c)
		return nil, usagef("%s takes %s (got %d); see notice %s --help", name, what, len(pos), name)
	}
	return pos, nil
}

// commandPath is the names of c's command and its parents below the
// application: "subscribers add".
func commandPath(c *cli.Context) string {
	var names []string
	for _, l := range c.Lineage() {
		if l.Command != nil && l.Command.Name != "" && l.Command.Name != c.App.Name &&
			(len(names) == 0 || names[0] != l.Command.Name) {
			names = append([]string{l.Command.Name}, names...)
		}
	}
	return strings.Join(names, " ")
}

// inputMessage is err's text without the sentinel that every per-line
// problem shares.
func inputMessage(err error) string {
	return strings.TrimPrefix(err.Error(), notice.ErrInvalidInput.Error()+": ")
}

// counted says n things: "1 subscriber", "3 subscribers".
func counted(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func (a *app) subscribersImport(c *cli.Context) error {
	in, err := subArgs(c, "FILE.csv")
	if err != nil {
		return err
	}
	file := in[0]
	var r io.Reader = a.stdin
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return fmt.Errorf("%w: %v; give the path of a CSV file with the header email,name,locale", notice.ErrInvalidInput, err)
		}
		defer f.Close()
		r = f
	}
	parsed, err := subscriber.ParseCSV(r)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	for _, p := range parsed.Invalid {
		fmt.Fprintf(a.stderr, "%s:%d: %s\n", file, p.Line, inputMessage(p.Err))
	}
	if len(parsed.Invalid) > 0 && !c.Bool("skip-invalid") {
		return fmt.Errorf("%s: %s: nothing imported; correct them, or give --skip-invalid to import the other lines",
			file, counted(len(parsed.Invalid), "invalid line", "invalid lines"))
	}
	for _, d := range parsed.Duplicates {
		fmt.Fprintf(a.stderr, "%s:%d: %s repeats line %d; skipped\n", file, d.Line, d.Email, d.First)
	}
	for _, l := range parsed.Cleaned {
		fmt.Fprintf(a.stderr, "%s:%d: the name contained line breaks or control characters; they were replaced by spaces\n", file, l)
	}
	st, err := a.openStore(c)
	if err != nil {
		return err
	}
	defer st.Close()
	added, existing, err := st.ImportSubscribers(c.Context, parsed.Subscribers)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "imported %s from %s", counted(added, "subscriber", "subscribers"), file)
	var notes []string
	if existing > 0 {
		notes = append(notes, counted(existing, "was already subscribed", "were already subscribed"))
	}
	if n := len(parsed.Duplicates); n > 0 {
		notes = append(notes, counted(n, "line repeated an address", "lines repeated an address"))
	}
	if n := len(parsed.Invalid); n > 0 {
		notes = append(notes, counted(n, "invalid line skipped", "invalid lines skipped"))
	}
	if len(notes) > 0 {
		fmt.Fprintf(a.stdout, " (%s)", strings.Join(notes, "; "))
	}
	fmt.Fprintln(a.stdout)
	return nil
}

func (a *app) subscribersAdd(c *cli.Context) error {
	in, err := subArgs(c, "EMAIL")
	if err != nil {
		return err
	}
	email, err := subscriber.ParseAddress(in[0])
	if err != nil {
		return err
	}
	name, err := subscriber.ParseName(c.String("name"))
	if err != nil {
		return fmt.Errorf("--name: %w", err)
	}
	locale, err := subscriber.ParseLocale(c.String("locale"))
	if err != nil {
		return fmt.Errorf("--locale: %w", err)
	}
	st, err := a.openStore(c)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.AddSubscriber(c.Context, notice.Subscriber{Email: email, Name: name, Locale: locale})
	if errors.Is(err, notice.ErrExists) {
		return fmt.Errorf("%w: %s is already subscribed (addresses are compared without case)", notice.ErrExists, email)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "added %s (id %d)\n", s.Email, s.ID)
	return nil
}

func (a *app) subscribersList(c *cli.Context) error {
	if _, err := subArgs(c); err != nil {
		return err
	}
	st, err := a.openStore(c)
	if err != nil {
		return err
	}
	defer st.Close()
	asJSON := c.Bool("json")
	n := 0
	arr := &jsonArray{w: a.stdout}
	err = st.ListSubscribers(c.Context, func(s notice.Subscriber) error {
		n++
		if asJSON {
			return arr.add(s)
		}
		_, err := fmt.Fprintf(a.stdout, "%6d  %-32s  %-6s  %s\n", s.ID, s.Email, s.Locale, s.Name)
		return err
	})
	if err != nil {
		return err
	}
	switch {
	case asJSON:
		return arr.close()
	case n == 0:
		fmt.Fprintln(a.stdout, "no subscribers; add one with: notice subscribers add EMAIL")
	default:
		fmt.Fprintln(a.stdout, counted(n, "subscriber", "subscribers"))
	}
	return nil
}

func (a *app) subscribersRemove(c *cli.Context) error {
	in, err := subArgs(c, "EMAIL")
	if err != nil {
		return err
	}
	st, err := a.openStore(c)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.RemoveSubscriber(c.Context, in[0]); err != nil {
		if errors.Is(err, notice.ErrNotFound) {
			return fmt.Errorf("%w: nobody is subscribed as %s; see notice subscribers list", notice.ErrNotFound, in[0])
		}
		return err
	}
	fmt.Fprintf(a.stdout, "erased %s: address, name and locale deleted; the ledger keeps a salted hash of the address\n", in[0])
	return nil
}

func (a *app) evidenceCommand() *cli.Command {
	return &cli.Command{
		Name:      "evidence",
		Usage:     "export the proof of notice of a revision of NAME: one row per recipient",
		ArgsUsage: "NAME",
		Description: "Prints the delivery ledger of one revision (by default the newest material one) with the\n" +
			"revision's commit id and effective date: state, attempts, SMTP reply, Message-ID and times per\n" +
			"recipient. Erased subscribers appear with the salted hash of their address only.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "rev", Usage: "the revision: commit `ID` (a unique prefix of 4+ hex digits) or @DATE"},
			&cli.StringFlag{Name: "format", Value: "csv", Usage: "`csv` or json"},
		},
		Action: a.evidence,
	}
}

// evidenceColumns are the CSV export's columns, in order.
var evidenceColumns = []string{"notice", "revision", "effective", "subscriber_id", "email", "email_hash", "state",
	"attempts", "smtp_reply", "message_id", "queued_at", "sent_at", "updated_at", "late"}

// evidenceRow is one JSON evidence record: the ledger row and the
// revision's effective date.
type evidenceRow struct {
	notice.Delivery
	Effective time.Time `json:"effective"`
}

func (a *app) evidence(c *cli.Context) error {
	in, err := args(c, "NAME")
	if err != nil {
		return err
	}
	format := c.String("format")
	if format != "csv" && format != "json" {
		return usagef("--format %q: use csv or json", format)
	}
	name := in[0]
	if err := notice.ValidateName(name); err != nil {
		return err
	}
	repo, loc, err := a.open(c)
	if err != nil {
		return err
	}
	h, err := repo.History(name)
	if err != nil {
		return err
	}
	rev, err := evidenceRevision(h, name, c.String("rev"), loc)
	if err != nil {
		return err
	}
	st, err := a.openStore(c)
	if err != nil {
		return err
	}
	defer st.Close()

	n := 0
	arr := &jsonArray{w: a.stdout}
	var w *csv.Writer
	if format == "csv" {
		w = csv.NewWriter(a.stdout)
		w.Write(evidenceColumns)
	}
	err = st.Evidence(c.Context, rev.ID, func(d notice.Delivery) error {
		n++
		if format == "json" {
			return arr.add(evidenceRow{Delivery: d, Effective: rev.Effective})
		}
		return w.Write([]string{d.Notice, d.RevisionID, rev.Effective.UTC().Format(time.RFC3339),
			strconv.FormatInt(d.SubscriberID, 10), d.Email, d.EmailHash, string(d.State), strconv.Itoa(d.Attempts),
			d.Reply, d.MessageID, formatTime(&d.Queued), formatTime(d.SentAt), formatTime(&d.Updated), strconv.FormatBool(d.Late)})
	})
	if err != nil {
		return err
	}
	if format == "csv" {
		w.Flush()
		if err := w.Error(); err != nil {
			return err
		}
	} else if err := arr.close(); err != nil {
		return err
	}
	if n == 0 {
		fmt.Fprintf(a.stderr, "%s %s: no ledger rows; run notice notify %s first\n", name, rev.Short(), name)
	}
	return nil
}

// evidenceRevision picks the revision the evidence is about: ref when it
// is given, else the newest material revision.
func evidenceRevision(h notice.History, name, ref string, loc *time.Location) (notice.Revision, error) {
	if ref != "" {
		rev, err := h.Resolve(ref, loc)
		if err != nil {
			return notice.Revision{}, fmt.Errorf("--rev: %w", err)
		}
		return rev, nil
	}
	for i := len(h) - 1; i >= 0; i-- {
		if h[i].Material {
			return h[i], nil
		}
	}
	return notice.Revision{}, fmt.Errorf("%w: %s has no material revision, so nobody was notified; give --rev ID for another one", notice.ErrRevNotFound, name)
}

// jsonArray streams a JSON array, one element a line, so that a long list
// is never held in memory.
type jsonArray struct {
	w io.Writer
	n int
}

func (j *jsonArray) add(v any) error {
	b, err := marshalLine(v)
	if err != nil {
		return err
	}
	sep := ",\n"
	if j.n == 0 {
		sep = "[\n"
	}
	j.n++
	_, err = fmt.Fprintf(j.w, "%s  %s", sep, b)
	return err
}

// close ends the array; an empty one is written as [].
func (j *jsonArray) close() error {
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}

// marshalLine is json.Marshal without HTML escaping: a Message-ID's angle
// brackets stay readable.
func marshalLine(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

func formatTime(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}
