package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/signal"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/noticeproject/notice/internal/blame"
	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/web"
)

func (a *app) webCommands() []*cli.Command {
	return []*cli.Command{
		{
			Name:      "serve",
			Usage:     "serve the public archive: current notices, history, dated snapshots, redlines, feeds",
			ArgsUsage: " ",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8080", Usage: "listen on `HOST:PORT`", EnvVars: []string{"NOTICE_ADDR"}},
				&cli.StringFlag{Name: "base-url", Usage: "public `URL` of the archive, for feed and banner links (default: the repository's base_url)"},
			},
			Action: a.serve,
		},
		{
			Name:      "blame",
			Usage:     "show each sentence of a notice with the revision that introduced it",
			ArgsUsage: "NAME",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "at", Usage: "blame the revision in effect on `DATE` (YYYY-MM-DD or RFC 3339; default now)"},
				&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			},
			Action: a.blame,
		},
		{
			Name:      "export",
			Usage:     "write a static copy of a notice's archive pages, hostable anywhere",
			ArgsUsage: "NAME --html DIR",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "html", Usage: "write the pages into `DIR`"},
				&cli.StringFlag{Name: "base-url", Usage: "public `URL` where the copy will be hosted, for the feed's links"},
			},
			Action: a.export,
		},
	}
}

// oneName returns the command's single NAME argument.
func oneName(c *cli.Context) (string, error) {
	if c.NArg() != 1 {
		return "", usagef("%s takes one notice NAME (see notice %s --help)", c.Command.Name, c.Command.Name)
	}
	return c.Args().First(), nil
}

func (a *app) serve(c *cli.Context) error {
	if c.Args().Len() > 0 {
		return usagef("serve takes no arguments: notice serve [--addr HOST:PORT] [--base-url URL]")
	}
	repo, err := gitrepo.Open(c.String("repo"))
	if err != nil {
		return err
	}
	s, err := web.New(repo, web.Options{BaseURL: c.String("base-url"), Now: a.now, ErrorLog: a.stderr})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", c.String("addr"))
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := s.HTTPServer(ln.Addr().String())
	ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(web.Listener(ln)) }()
	fmt.Fprintf(a.stderr, "serving the archive on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("serve: shut down: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintln(a.stderr, "stopped")
	return nil
}

// blameJSON is one sentence of `notice blame --json`.
type blameJSON struct {
	Section   string    `json:"section"`
	Text      string    `json:"text"`
	Revision  string    `json:"revision"`
	Posted    time.Time `json:"posted"`
	Effective time.Time `json:"effective"`
}

func (a *app) blame(c *cli.Context) error {
	name, err := oneName(c)
	if err != nil {
		return err
	}
	repo, err := gitrepo.Open(c.String("repo"))
	if err != nil {
		return err
	}
	loc, err := repo.Config().Location()
	if err != nil {
		return err
	}
	at := a.now()
	if s := c.String("at"); s != "" {
		if at, err = notice.ParseDate(s, loc); err != nil {
			return usagef("--at: %v", err)
		}
	}
	h, err := repo.History(name)
	if err != nil {
		return err
	}
	rev, err := h.InEffect(at)
	if err != nil {
		return err
	}
	lines, err := blame.Blame(h, rev.ID, func(id string) ([]byte, error) { return repo.Content(name, id) })
	if err != nil {
		return err
	}
	if c.Bool("json") {
		out := make([]blameJSON, len(lines))
		for i, l := range lines {
			out[i] = blameJSON{l.Section, l.Text, l.Since.ID, l.Since.Posted, l.Since.Effective}
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	for _, l := range lines {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", l.Since.Effective.In(loc).Format("2006-01-02"), l.Since.Short(), l.Text)
	}
	return tw.Flush()
}

func (a *app) export(c *cli.Context) error {
	name, err := oneName(c)
	if err != nil {
		return err
	}
	dir := c.String("html")
	if dir == "" {
		return usagef("export needs --html DIR: notice export %s --html DIR", name)
	}
	repo, err := gitrepo.Open(c.String("repo"))
	if err != nil {
		return err
	}
	s, err := web.New(repo, web.Options{BaseURL: c.String("base-url"), Now: a.now, ErrorLog: a.stderr})
	if err != nil {
		return err
	}
	n, err := s.Export(name, dir, a.stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "wrote %d files to %s; open %s/index.html\n", n, dir, dir)
	return nil
}
