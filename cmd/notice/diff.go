package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/noticeproject/notice/internal/diff"
	"github.com/noticeproject/notice/internal/notice"
)

func (a *app) diffCommands() []*cli.Command {
	diffCmd := &cli.Command{
		Name:      "diff",
		Usage:     "show what changed between two revisions of a notice, section by section",
		ArgsUsage: "NAME [FROM [TO]]",
		Description: "Compares two revisions of notice NAME sentence by sentence, word by word inside a changed\n" +
			"sentence, under each change's section path. FROM and TO are revision ids, unique prefixes (at\n" +
			"least 4 hex digits) or @DATE (the revision in effect on DATE). Without them the two newest\n" +
			"revisions are compared; with FROM only, FROM against the newest.\n\n" +
			"Formatting noise is not a change: white space and no-break spaces, typographic quotes and\n" +
			"dashes, Markdown emphasis, list markers and heading styles, letter case, and tracking\n" +
			"parameters (utm_*, fbclid ...) in link targets. A moved sentence or section is reported as\n" +
			"moved. Text is coloured on a terminal unless NO_COLOR is set.\n\n" +
			"With --files, OLD and NEW are two files and no repository is needed.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text",
				Usage: "output `FORMAT`: text, markdown, html (a printable redline page) or json"},
			&cli.BoolFlag{Name: "files", Usage: "compare two files, OLD NEW, instead of revisions"},
		},
		Action: a.diff,
	}
	return []*cli.Command{diffCmd, a.classifyCommand()}
}

func (a *app) diff(c *cli.Context) error {
	lessGC()
	pos := c.Args().Slice()
	format := c.String("format")
	if !validFormat(format) {
		return usagef("diff: unknown format %q: use text, markdown, html or json", format)
	}
	var old, new []byte
	var title string
	var err error
	if c.Bool("files") {
		old, new, title, err = readPair(pos)
	} else {
		old, new, title, err = a.revisionPair(c, pos)
	}
	if err != nil {
		return err
	}
	r, err := diff.Compare(old, new)
	if err != nil {
		return fmt.Errorf("diff: %w", err)
	}
	return writeDiff(a.stdout, r, format, title)
}

// lessGC lets the heap grow to four times its live size, rather than
// twice, before the garbage collector runs, unless GOGC says otherwise. A
// diff or a classification allocates a few times the size of the revisions
// and then exits: with the default, classifying two 300 KB revisions ran
// the collector for a fifth of its time (peak memory grew from 31 to 34 MB),
// while a pathological input still gets collected.
func lessGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}

func validFormat(f string) bool {
	switch f {
	case "text", "markdown", "html", "json":
		return true
	}
	return false
}

func writeDiff(w io.Writer, r *diff.Result, format, title string) error {
	switch format {
	case "markdown":
		return diff.WriteMarkdown(w, r)
	case "html":
		return diff.WriteHTML(w, r, title)
	case "json":
		return diff.WriteJSON(w, r)
	}
	return diff.WriteText(w, r, colorOK(w))
}

// colorOK reports whether w is a terminal and NO_COLOR is unset or empty
// (https://no-color.org).
func colorOK(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func readPair(args []string) (old, new []byte, title string, err error) {
	if len(args) != 2 {
		return nil, nil, "", usagef("diff --files: give two files, OLD NEW")
	}
	if old, err = readInput(args[0]); err != nil {
		return nil, nil, "", err
	}
	if new, err = readInput(args[1]); err != nil {
		return nil, nil, "", err
	}
	return old, new, args[0] + " → " + args[1], nil
}

// readInput reads a file to compare, refusing one over diff.MaxSize before
// reading it whole. The buffer is sized from the file's size, as
// os.ReadFile does: growing it from nothing, as io.ReadAll does, copies and
// clears several times the file's size, which for a large notice costs as
// much as reading it.
func readInput(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("diff: %w", err)
	}
	defer f.Close()
	size := 512
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size += int(min(fi.Size(), diff.MaxSize+1))
	}
	b, err := readAll(io.LimitReader(f, diff.MaxSize+1), size)
	if err != nil {
		return nil, fmt.Errorf("diff: read %s: %w", name, err)
	}
	if err := diff.Check(b); err != nil {
		return nil, fmt.Errorf("diff: %s: %w", name, err)
	}
	return b, nil
}

// revisionPair reads the two revisions that args (NAME [FROM [TO]]) name.
func (a *app) revisionPair(c *cli.Context, args []string) (old, new []byte, title string, err error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, nil, "", usagef("diff: give NAME [FROM [TO]], or --files OLD NEW")
	}
	name := args[0]
	repo, loc, err := a.open(c)
	if err != nil {
		return nil, nil, "", err
	}
	h, err := repo.History(name)
	if err != nil {
		return nil, nil, "", err
	}
	var from, to notice.Revision
	switch {
	case len(h) == 0:
		return nil, nil, "", fmt.Errorf("%w: %s", notice.ErrNoticeNotFound, name)
	case len(args) == 1 && len(h) < 2:
		return nil, nil, "", fmt.Errorf("diff %s: only one revision (%s); nothing to compare yet", name, h[0].Short())
	case len(args) == 1:
		from, to = h[len(h)-2], h[len(h)-1]
	default:
		if from, err = h.Resolve(args[1], loc); err != nil {
			return nil, nil, "", fmt.Errorf("diff %s: %w", name, err)
		}
		to = h[len(h)-1]
		if len(args) == 3 {
			if to, err = h.Resolve(args[2], loc); err != nil {
				return nil, nil, "", fmt.Errorf("diff %s: %w", name, err)
			}
		}
	}
	if old, err = repo.Content(name, from.ID); err != nil {
		return nil, nil, "", err
	}
	if new, err = repo.Content(name, to.ID); err != nil {
		return nil, nil, "", err
	}
	title = fmt.Sprintf("%s: %s (%s) → %s (%s)", name, from.Short(), day(from), to.Short(), day(to))
	return old, new, title, nil
}

// readAll is io.ReadAll with a first buffer of size bytes.
func readAll(r io.Reader, size int) ([]byte, error) {
	b := make([]byte, 0, size)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

func day(r notice.Revision) string {
	return strings.TrimSpace(r.Effective.Format("2006-01-02"))
}
