package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/notice"
)

// runRepo compares whole-process times of the notice binary against the
// git CLI on the two jobs the notice repository must do fast: a dated
// look-up in a large repository, and importing a history. It reads
// ../shared/corpus (next to the repository) for the import.
func runRepo(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("repo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	revisions := fs.Int("revisions", 10000, "revisions in the look-up repository")
	notices := fs.Int("notices", 20, "notices in the look-up repository")
	runs := fs.Int("runs", 9, "timed runs of each command (the median is reported)")
	corpus := fs.String("corpus", "../shared/corpus/youtube-google", "dated history to import")
	keep := fs.Bool("keep", false, "keep the temporary folder")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if _, err := exec.LookPath("git"); err != nil {
		return fmt.Errorf("repo: the git CLI is the reference and is not installed: %w", err)
	}
	tmp, bin, cleanup, err := workdir("repo", *keep, stderr)
	if err != nil {
		return err
	}
	defer cleanup()
	gitVersion, _ := exec.Command("git", "--version").Output()
	fmt.Fprintf(stdout, "notice-bench repo: %d runs each, median whole-process wall time; %s\n", *runs, strings.TrimSpace(string(gitVersion)))

	if err := benchShow(stdout, stderr, tmp, bin, *revisions, *notices, *runs); err != nil {
		return err
	}
	return benchImport(stdout, stderr, tmp, bin, *corpus, *runs)
}

// lookupText is notice n's text at revision k: a few kilobytes, one line of
// which changes with k.
func lookupText(n, k int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Notice %d\n\nRevision %d.\n\n", n, k)
	for p := 0; p < 40; p++ {
		fmt.Fprintf(&b, "Paragraph %d of notice %d: we collect, use and share the information described here for the purposes described here, and keep it no longer than needed.\n\n", p, n)
	}
	return b.Bytes()
}

func benchShow(stdout, stderr io.Writer, tmp, bin string, revisions, notices, runs int) error {
	dir := filepath.Join(tmp, "lookup")
	r, err := gitrepo.Init(dir, notice.DefaultConfig())
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "writing %d revisions of %d notices ...\n", revisions, notices)
	start := time.Now()
	base := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	const batch = 1000
	for i := 0; i < revisions; i += batch {
		var entries []gitrepo.Entry
		for k := i; k < i+batch && k < revisions; k++ {
			at := base.Add(time.Duration(k) * 6 * time.Hour)
			n := k % notices
			entries = append(entries, gitrepo.Entry{
				Rev:     notice.Revision{Notice: fmt.Sprintf("n%02d", n), Posted: at, Effective: at, Material: true},
				Content: lookupText(n, k),
			})
		}
		if _, err := r.CommitAll(entries); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "\nwrote a %d-revision, %d-notice repository in %s (%.0f revisions/s)\n",
		revisions, notices, time.Since(start).Round(time.Millisecond), float64(revisions)/time.Since(start).Seconds())

	name := fmt.Sprintf("n%02d", notices/3)
	at := base.Add(time.Duration(revisions/2) * 6 * time.Hour).Add(time.Hour).Format(time.RFC3339)
	noticeShow := func() ([]byte, error) {
		return exec.Command(bin, "--repo", dir, "show", name, "--at", at).Output()
	}
	gitShow := func() ([]byte, error) {
		h, err := exec.Command("git", "-C", dir, "log", "-1", "--before="+at, "--format=%H", "--", "notices/"+name+".md").Output()
		if err != nil {
			return nil, err
		}
		return exec.Command("git", "-C", dir, "show", strings.TrimSpace(string(h))+":notices/"+name+".md").Output()
	}
	// The first look-up builds the revision index from the commits.
	cold, err := timeOnce(noticeShow)
	if err != nil {
		return fmt.Errorf("notice show: %w", err)
	}
	a, err := noticeShow()
	if err != nil {
		return fmt.Errorf("notice show: %w", err)
	}
	b, err := gitShow()
	if err != nil {
		return fmt.Errorf("git log + git show: %w", err)
	}
	if !bytes.Equal(a, b) {
		return fmt.Errorf("notice show and git disagree on %s at %s (%d and %d bytes)", name, at, len(a), len(b))
	}
	fmt.Fprintf(stdout, "show --at %s on %s (same %d bytes from both; first notice run, building the index: %s):\n",
		at, name, len(a), cold.Round(time.Millisecond))
	for _, packed := range []bool{false, true} {
		if packed {
			// git's own layout after housekeeping: one pack instead of
			// loose objects, which favours git.
			if out, err := exec.Command("git", "-C", dir, "gc", "-q").CombinedOutput(); err != nil {
				return fmt.Errorf("git gc: %v: %s", err, out)
			}
		}
		nt, err := median(runs, noticeShow)
		if err != nil {
			return err
		}
		gt, err := median(runs, gitShow)
		if err != nil {
			return err
		}
		layout := "loose objects, as written"
		if packed {
			layout = "after git gc (packed)"
		}
		fmt.Fprintf(stdout, "  %s:\n", layout)
		fmt.Fprintf(stdout, "    notice show --at                  %8s\n", nt.Round(10*time.Microsecond))
		fmt.Fprintf(stdout, "    git log -1 --before + git show    %8s\n", gt.Round(10*time.Microsecond))
		fmt.Fprintf(stdout, "    ratio notice/git                  %8.2f   (target <= 1.0)\n", nt.Seconds()/gt.Seconds())
	}
	return nil
}

func benchImport(stdout, stderr io.Writer, tmp, bin, corpus string, runs int) error {
	ents, err := os.ReadDir(corpus)
	if err != nil {
		fmt.Fprintf(stdout, "\nimport: skipped, %s is absent (the shared corpus lives next to the repository)\n", corpus)
		return nil
	}
	var files []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".md") {
			files = append(files, e.Name())
		}
	}
	sort.Strings(files)
	abs, err := filepath.Abs(corpus)
	if err != nil {
		return err
	}
	// The reference: one git add and one git commit per revision, dated.
	var script strings.Builder
	script.WriteString("set -e\nmkdir -p notices\n")
	for _, f := range files {
		t, err := time.Parse("2006-01-02T150405Z", strings.TrimSuffix(f, ".md"))
		if err != nil {
			return fmt.Errorf("import: %s is not named YYYY-MM-DDTHHMMSSZ.md", f)
		}
		d := t.Format(time.RFC3339)
		fmt.Fprintf(&script, "cp '%s/%s' notices/yt.md\ngit add notices/yt.md\nGIT_AUTHOR_DATE=%s GIT_COMMITTER_DATE=%s git commit -q -m 'yt: import %s' || true\n", abs, f, d, d, f)
	}
	scriptPath := filepath.Join(tmp, "git-import.sh")
	if err := os.WriteFile(scriptPath, []byte(script.String()), 0o644); err != nil {
		return err
	}
	n := 0
	fresh := func() string {
		n++
		return filepath.Join(tmp, fmt.Sprintf("import-%d", n))
	}
	fmt.Fprintf(stderr, "importing %d files of %s, %d times each way ...\n", len(files), corpus, runs)
	var nts, gts []time.Duration
	for i := 0; i < runs; i++ {
		dir := fresh()
		if out, err := exec.Command(bin, "--repo", dir, "init").CombinedOutput(); err != nil {
			return fmt.Errorf("notice init: %v: %s", err, out)
		}
		d, err := timeOnce(func() ([]byte, error) {
			return exec.Command(bin, "--repo", dir, "import", "yt", corpus).CombinedOutput()
		})
		if err != nil {
			return fmt.Errorf("notice import: %w", err)
		}
		nts = append(nts, d)

		gdir := fresh()
		for _, args := range [][]string{{"init", "-q", gdir}, {"-C", gdir, "config", "user.name", "Bench"}, {"-C", gdir, "config", "user.email", "bench@example.com"}} {
			if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
				return fmt.Errorf("git %v: %v: %s", args, err, out)
			}
		}
		d, err = timeOnce(func() ([]byte, error) {
			cmd := exec.Command("sh", scriptPath)
			cmd.Dir = gdir
			return cmd.CombinedOutput()
		})
		if err != nil {
			return fmt.Errorf("git loop: %w", err)
		}
		gts = append(gts, d)
	}
	nt, gt := mid(nts), mid(gts)
	fmt.Fprintf(stdout, "\nimport of %s (%d files):\n", corpus, len(files))
	fmt.Fprintf(stdout, "  notice import                     %8s\n", nt.Round(100*time.Microsecond))
	fmt.Fprintf(stdout, "  sh loop: git add + git commit     %8s\n", gt.Round(100*time.Microsecond))
	fmt.Fprintf(stdout, "  ratio notice/git                  %8.2f   (target <= 0.5)\n", nt.Seconds()/gt.Seconds())
	return nil
}

func timeOnce(f func() ([]byte, error)) (time.Duration, error) {
	start := time.Now()
	out, err := f()
	d := time.Since(start)
	if err != nil {
		return 0, fmt.Errorf("%v: %s", err, bytes.TrimSpace(out))
	}
	return d, nil
}

func median(runs int, f func() ([]byte, error)) (time.Duration, error) {
	var ds []time.Duration
	for i := 0; i < runs; i++ {
		d, err := timeOnce(f)
		if err != nil {
			return 0, err
		}
		ds = append(ds, d)
	}
	return mid(ds), nil
}

func mid(ds []time.Duration) time.Duration {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return ds[len(ds)/2]
}
