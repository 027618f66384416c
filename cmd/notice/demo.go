package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/noticeproject/notice/notices"
)

func (a *app) demoCommands() []*cli.Command {
	return []*cli.Command{{
		Name:  "demo",
		Usage: "run the whole job on embedded defaults, in a new folder",
		Description: "Creates a notice repository, imports the shipped notice at the date it states, publishes an\n" +
			"amended revision, subscribes a few sample people (example.com), emails them into a Maildir,\n" +
			"and writes the dated snapshots and the proof of notice. Each step is the real command, printed\n" +
			"before it runs. Nothing leaves the machine: subscribers live in SQLite in the folder.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "dir", Usage: "new or empty folder for the demo (default: a new temporary folder)"},
		},
		Action: a.demo,
	}}
}

// demoAmendments turn the shipped notice into the demo's amended revision:
// one editorial edit (the date line) and material ones (sharing, access,
// retention), each applied to every copy of the sentence.
var demoAmendments = []struct{ old, new string }{
	{"This notice was updated on October 28, 2015", "This notice was updated on %s"},
	{"We do not disclose your personal information to unaffiliated third parties for their marketing and advertising purposes without your explicit consent.",
		"We may disclose your personal information to third parties for their marketing and advertising purposes."},
	{"we never disclose your personal information to unaffiliated third parties for their marketing purposes without your explicit consent.",
		"we may disclose your personal information to third parties for their marketing purposes."},
	{"within 30 days", "within 45 days"},
	{"comply with the law, prevent fraud,", "comply with the law, improve our products, prevent fraud,"},
}

var demoSubscribers = "email,name,locale\n" +
	"alice@example.com,Alice Example,en-US\n" +
	"bob@example.org,Bob Example,en-GB\n" +
	"chloe@example.com,Chloé Exemple,fr-FR\n"

func (a *app) demo(c *cli.Context) error {
	if c.NArg() > 0 {
		return usagef("demo takes no arguments; name its folder with --dir DIR")
	}
	dir, err := demoDir(c.String("dir"))
	if err != nil {
		return err
	}
	seed, meta := notices.Seed()
	name := meta.Name
	now := a.now()
	effective := now.AddDate(0, 0, 31).Format("2006-01-02")
	amended := string(seed)
	for _, am := range demoAmendments {
		repl := am.new
		if strings.Contains(repl, "%s") {
			repl = fmt.Sprintf(repl, now.AddDate(0, 0, 31).Format("January 2, 2006"))
		}
		if !strings.Contains(amended, am.old) {
			return fmt.Errorf("demo: the shipped notice no longer contains %q; update the demo's amendments", am.old)
		}
		amended = strings.ReplaceAll(amended, am.old, repl)
	}

	repo := filepath.Join(dir, "repo")
	history := filepath.Join(dir, "history")
	outbox := filepath.Join(dir, "outbox")
	db := "sqlite:" + filepath.Join(dir, "subscribers.db")
	files := map[string]string{
		filepath.Join(history, meta.Effective.Format("2006-01-02")+".md"): string(seed),
		filepath.Join(dir, "amended.md"):                                  amended,
		filepath.Join(dir, "subscribers.csv"):                             demoSubscribers,
	}
	for path, text := range files {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return err
		}
	}
	at := meta.Posted.Format("2006-01-02")
	steps := []struct {
		args []string
		out  string // file for the step's output, relative to dir; "" prints it
	}{
		{args: []string{"--repo", repo, "init", "--base-url", "https://example.com/legal"}},
		{args: []string{"--repo", repo, "import", name, history}},
		{args: []string{"--repo", repo, "publish", name, filepath.Join(dir, "amended.md"), "--effective", effective,
			"--summary", "We may now share your information with third parties for their marketing, answer access requests within 45 days, and keep closed accounts' data to improve our products."}},
		{args: []string{"--repo", repo, "log", name}},
		{args: []string{"--repo", repo, "diff", name}},
		{args: []string{"--repo", repo, "diff", name, "--format", "html"}, out: "redline.html"},
		{args: []string{"--db", db, "subscribers", "import", filepath.Join(dir, "subscribers.csv")}},
		{args: []string{"--repo", repo, "--db", db, "notify", name, "--outbox", outbox, "--from", "Privacy Team <privacy@example.com>"}},
		{args: []string{"--repo", repo, "--db", db, "evidence", name, "--format", "csv"}, out: "evidence.csv"},
		{args: []string{"--repo", repo, "show", name, "--at", at}, out: "in-effect-" + at + ".md"},
		{args: []string{"--repo", repo, "show", name, "--at", effective}, out: "in-effect-" + effective + ".md"},
	}
	for _, st := range steps {
		fmt.Fprintf(a.stdout, "\n$ notice %s\n", strings.Join(quoteArgs(st.args), " "))
		var out io.Writer = a.stdout
		var buf bytes.Buffer
		if st.out != "" {
			out = &buf
		}
		sub := newApp(a.stdin, out, a.stderr)
		sub.now = a.now
		if err := sub.cli.Run(flagsFirst(sub.cli, append([]string{"notice"}, st.args...))); err != nil {
			return fmt.Errorf("demo step %q: %w", strings.Join(st.args, " "), err)
		}
		if st.out != "" {
			path := filepath.Join(dir, st.out)
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "(written to %s)\n", path)
		}
	}
	fmt.Fprintf(a.stdout, `
Done. Where to look, in %s:
  repo/             the notice repository: git log shows each revision with its trailers
  outbox/           the emails, one Maildir message per subscriber (mutt -f %s)
  evidence.csv      the proof of notice: one ledger row per recipient
  redline.html      the redline between the two revisions, to open in a browser
  in-effect-*.md    what the notice said on %s, and what it will say on %s
Serve the archive: notice --repo %s serve
`, dir, outbox, at, effective, repo)
	return nil
}

// demoDir returns the demo's folder: dir, which must be new or empty, or a
// new temporary folder.
func demoDir(dir string) (string, error) {
	if dir == "" {
		return os.MkdirTemp("", "notice-demo-")
	}
	entries, err := os.ReadDir(dir)
	switch {
	case os.IsNotExist(err):
		return dir, os.MkdirAll(dir, 0o755)
	case err != nil:
		return "", err
	case len(entries) > 0:
		return "", fmt.Errorf("demo folder %s is not empty: name a new or empty folder with --dir", dir)
	}
	return dir, nil
}

func quoteArgs(args []string) []string {
	out := make([]string, len(args))
	for i, s := range args {
		if strings.ContainsAny(s, " '\"<>") {
			s = "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
		}
		out[i] = s
	}
	return out
}
