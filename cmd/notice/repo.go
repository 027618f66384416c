package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/noticeproject/notice/internal/classify"
	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/publish"
)

func (a *app) repoCommands() []*cli.Command {
	return []*cli.Command{
		{
			Name:      "init",
			Usage:     "create a notice repository in --repo DIR",
			ArgsUsage: " ",
			Flags: []cli.Flag{
				&cli.IntFlag{Name: "notice-days", Value: 30, Usage: "notice period: a material revision takes effect at least `DAYS` after posting"},
				&cli.StringFlag{Name: "time-zone", Value: "UTC", Usage: "IANA time `ZONE` in which a bare date (2017-06-24) is read"},
				&cli.StringFlag{Name: "base-url", Usage: "`URL` where the public archive is served"},
			},
			Action: a.initRepo,
		},
		{
			Name:      "publish",
			Usage:     "record a new revision of a notice",
			ArgsUsage: "NAME FILE",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "effective", Usage: "`DATE` the revision takes effect (YYYY-MM-DD or RFC 3339)"},
				&cli.StringFlag{Name: "summary", Usage: "one-line `TEXT` saying what changed"},
				&cli.BoolFlag{Name: "material", Usage: "the revision is material: readers are notified before it takes effect"},
				&cli.BoolFlag{Name: "editorial", Usage: "the revision is editorial: it may take effect on posting"},
				&cli.StringFlag{Name: "reason", Usage: "why `TEXT` --material or --editorial overrules the classifier"},
				&cli.StringFlag{Name: "author", Usage: "who publishes it, as \"`Name <email>`\""},
			},
			Action: a.publish,
		},
		{
			Name:      "import",
			Usage:     "backfill a notice's history from a folder of dated files (YYYY-MM-DD.md, YYYY-MM-DDTHHMMSSZ.md)",
			ArgsUsage: "NAME FOLDER",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "author", Usage: "who imports it, as \"`Name <email>`\""},
			},
			Action: a.importHistory,
		},
		{
			Name:      "log",
			Usage:     "list a notice's revisions, oldest first: id, posted, effective, material or editorial, summary",
			ArgsUsage: "NAME",
			Flags:     []cli.Flag{&cli.BoolFlag{Name: "json", Usage: "print JSON"}},
			Action:    a.log,
		},
		{
			Name:      "show",
			Usage:     "print a notice as in effect now, on a date, or at a revision",
			ArgsUsage: "NAME",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "at", Usage: "the revision in effect on `DATE`"},
				&cli.StringFlag{Name: "rev", Usage: "the revision `ID` (or a unique prefix of at least 4 digits)"},
				&cli.BoolFlag{Name: "as-posted", Usage: "what was posted on the date, even if not yet in effect"},
			},
			Action: a.show,
		},
	}
}

// args returns the command's positional arguments, one for each of names,
// or a usage error.
func args(c *cli.Context, names ...string) ([]string, error) {
	pos := c.Args().Slice()
	if len(pos) != len(names) && len(names) == 0 {
		return nil, usagef("%s takes no arguments; see notice %s --help", c.Command.Name, c.Command.Name)
	}
	if len(pos) != len(names) {
		return nil, usagef("%s takes %s (got %d argument(s)); see notice %s --help",
			c.Command.Name, strings.Join(names, " and "), len(pos), c.Command.Name)
	}
	return pos, nil
}

func (a *app) initRepo(c *cli.Context) error {
	if _, err := args(c); err != nil {
		return err
	}
	cfg := notice.Config{NoticeDays: c.Int("notice-days"), TimeZone: c.String("time-zone"), BaseURL: c.String("base-url")}
	r, err := gitrepo.Init(c.String("repo"), cfg)
	if err != nil {
		return err
	}
	cfg = r.Config()
	fmt.Fprintf(a.stdout, "created notice repository %s (notice period %d days, time zone %s)\n", r.Dir(), cfg.NoticeDays, cfg.TimeZone)
	return nil
}

// open opens the repository named by --repo and its time zone.
func (a *app) open(c *cli.Context) (*gitrepo.Repo, *time.Location, error) {
	r, err := gitrepo.Open(c.String("repo"))
	if err != nil {
		return nil, nil, err
	}
	loc, err := r.Config().Location()
	if err != nil {
		return nil, nil, err
	}
	r.Now = a.now
	return r, loc, nil
}

// publisher returns the publish service for r: each new revision is
// classified against the one before it.
func (a *app) publisher(r *gitrepo.Repo) *publish.Service {
	return &publish.Service{Repo: r, Now: a.now, Classify: classify.Classify}
}

func (a *app) publish(c *cli.Context) error {
	in, err := args(c, "NAME", "FILE")
	if err != nil {
		return err
	}
	if c.Bool("material") && c.Bool("editorial") {
		return usagef("give --material or --editorial, not both")
	}
	r, loc, err := a.open(c)
	if err != nil {
		return err
	}
	req := publish.Request{Name: in[0], Summary: c.String("summary"), Reason: c.String("reason"), Author: c.String("author")}
	if c.Bool("material") || c.Bool("editorial") {
		m := c.Bool("material")
		req.Material = &m
	}
	if err := notice.ValidateName(req.Name); err != nil {
		return err
	}
	if s := c.String("effective"); s != "" {
		if req.Effective, err = notice.ParseDate(s, loc); err != nil {
			return fmt.Errorf("--effective: %w", err)
		}
	}
	if req.Content, err = publish.ReadFile(in[1]); err != nil {
		return err
	}
	rev, err := a.publisher(r).Publish(req)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "published %s revision %s (%s), posted %s, effective %s\n", rev.Notice, rev.Short(), kind(rev),
		rev.Posted.In(loc).Format(time.RFC3339), rev.Effective.In(loc).Format(time.RFC3339))
	return nil
}

func (a *app) importHistory(c *cli.Context) error {
	in, err := args(c, "NAME", "FOLDER")
	if err != nil {
		return err
	}
	r, loc, err := a.open(c)
	if err != nil {
		return err
	}
	res, err := a.publisher(r).Import(in[0], in[1], c.String("author"))
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "imported %d revisions of %s from %d files (%d identical to the previous skipped), %s to %s\n",
		res.Imported, in[0], res.Files, res.Skipped, res.First.In(loc).Format(time.RFC3339), res.Last.In(loc).Format(time.RFC3339))
	return nil
}

func kind(rev notice.Revision) string {
	if rev.Material {
		return "material"
	}
	return "editorial"
}

// logEntry is one revision as log --json prints it.
type logEntry struct {
	notice.Revision
	Pending bool `json:"pending"`
}

func (a *app) log(c *cli.Context) error {
	in, err := args(c, "NAME")
	if err != nil {
		return err
	}
	r, loc, err := a.open(c)
	if err != nil {
		return err
	}
	h, err := r.History(in[0])
	if err != nil {
		return err
	}
	now := a.now()
	if c.Bool("json") {
		out := make([]logEntry, len(h))
		for i, rev := range h {
			if rev.Categories == nil {
				rev.Categories = []string{}
			}
			out[i] = logEntry{rev, rev.Pending(now)}
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPOSTED\tEFFECTIVE\tKIND\tCATEGORIES\tNOTES\tSUMMARY")
	for _, rev := range h {
		cats := strings.Join(rev.Categories, ",")
		if cats == "" {
			cats = "-"
		}
		var notes []string
		if rev.Pending(now) {
			notes = append(notes, "pending")
		}
		if rev.Override != nil {
			notes = append(notes, "override")
		}
		if rev.Imported {
			notes = append(notes, "imported")
		}
		if len(notes) == 0 {
			notes = []string{"-"}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", rev.Short(), rev.Posted.In(loc).Format(time.RFC3339),
			rev.Effective.In(loc).Format(time.RFC3339), kind(rev), cats, strings.Join(notes, ","), rev.Summary)
	}
	return tw.Flush()
}

func (a *app) show(c *cli.Context) error {
	in, err := args(c, "NAME")
	if err != nil {
		return err
	}
	if c.IsSet("at") && c.IsSet("rev") {
		return usagef("give --at DATE or --rev ID, not both")
	}
	if c.IsSet("rev") && c.Bool("as-posted") {
		return usagef("--as-posted goes with --at DATE (or now), not with --rev")
	}
	r, loc, err := a.open(c)
	if err != nil {
		return err
	}
	if err := notice.ValidateName(in[0]); err != nil {
		return err
	}
	at := a.now()
	if c.IsSet("at") {
		if at, err = notice.ParseDate(c.String("at"), loc); err != nil {
			return fmt.Errorf("--at: %w", err)
		}
	}
	h, err := r.History(in[0])
	if err != nil {
		return err
	}
	var rev notice.Revision
	switch {
	case c.IsSet("rev"):
		rev, err = h.Resolve(c.String("rev"), loc)
	case c.Bool("as-posted"):
		rev, err = h.AsPosted(at)
	default:
		rev, err = h.InEffect(at)
	}
	if err != nil {
		return err
	}
	b, err := r.Content(in[0], rev.ID)
	if err != nil {
		return err
	}
	_, err = a.stdout.Write(b)
	return err
}
