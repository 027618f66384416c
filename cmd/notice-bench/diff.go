package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/noticeproject/notice/internal/benchdata"
	"github.com/noticeproject/notice/internal/prose"
)

// runDiff compares the whole-process wall time of `notice diff --files`
// and `notice classify` with `git diff --no-index --word-diff` on three
// pairs: the seed notice against an amended copy (about 20 KB), the
// largest consecutive pair of ../shared/corpus/microsoft (about 300 KB),
// and that statement against itself with its sentences shuffled (nothing
// in place: the worst case for alignment). Runs are interleaved so that
// load on the machine weighs on every command alike; medians are reported.
func runDiff(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	runs := fs.Int("runs", 21, "timed runs of each command (the median is reported)")
	seedFile := fs.String("seed", "notices/magento-privacy.md", "the seed notice")
	corpus := fs.String("corpus", "../shared/corpus/microsoft", "dated revisions; the largest consecutive pair is used")
	keep := fs.Bool("keep", false, "keep the temporary folder")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if _, err := exec.LookPath("git"); err != nil {
		return fmt.Errorf("diff: the git CLI is the reference and is not installed: %w", err)
	}
	tmp, bin, cleanup, err := workdir("diff", *keep, stderr)
	if err != nil {
		return err
	}
	defer cleanup()

	seed, err := os.ReadFile(*seedFile)
	if err != nil {
		return fmt.Errorf("diff: %w (run from the repository root, or give -seed)", err)
	}
	type pair struct {
		name     string
		old, new []byte
		target   float64
	}
	pairs := []pair{{"seed vs amended seed", seed, benchdata.Amend(seed), 1}}
	old, new, names, err := diffLargestPair(*corpus)
	switch {
	case err != nil:
		fmt.Fprintf(stderr, "skipping the corpus pairs: %v\n", err)
	default:
		pairs = append(pairs,
			pair{"largest pair " + names[:10], old, new, 1},
			pair{"shuffled sentences", new, diffShuffle(new), 10})
	}

	gitVersion, _ := exec.Command("git", "--version").Output()
	fmt.Fprintf(stdout, "notice-bench diff: %d interleaved runs each, median whole-process wall time; %s\n",
		*runs, strings.TrimSpace(string(gitVersion)))
	// The start-up of the notice binary alone (its package initialisers
	// and page faults) bounds what any notice command can achieve.
	var starts, startsCPU []time.Duration
	for r := 0; r < *runs; r++ {
		d, c, err := diffTime([]string{bin, "--help"})
		if err != nil {
			return err
		}
		starts, startsCPU = append(starts, d), append(startsCPU, c)
	}
	fmt.Fprintf(stdout, "notice start-up alone (notice --help): %s wall, %s CPU\n", diffMs(mid(starts)), diffMs(mid(startsCPU)))
	fmt.Fprintln(stdout, "wall time (CPU time, user+system, in parentheses; it is less sensitive to other load on the machine):")
	fmt.Fprintf(stdout, "%-36s %7s %17s %17s %13s %17s %13s %6s\n", "pair", "bytes", "git", "diff", "ratio", "classify", "ratio", "target")
	for k, p := range pairs {
		a := filepath.Join(tmp, fmt.Sprintf("%d-old.md", k))
		b := filepath.Join(tmp, fmt.Sprintf("%d-new.md", k))
		if err := os.WriteFile(a, p.old, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(b, p.new, 0o644); err != nil {
			return err
		}
		cmds := [][]string{
			{"git", "diff", "--no-index", "--word-diff", a, b},
			{bin, "diff", "--files", a, b},
			{bin, "classify", a, b},
		}
		wall := make([][]time.Duration, len(cmds))
		cpu := make([][]time.Duration, len(cmds))
		for r := 0; r < *runs; r++ {
			for c, argv := range cmds {
				d, u, err := diffTime(argv)
				if err != nil {
					return fmt.Errorf("%s: %w", p.name, err)
				}
				wall[c], cpu[c] = append(wall[c], d), append(cpu[c], u)
			}
		}
		g, d, c := mid(wall[0]), mid(wall[1]), mid(wall[2])
		gu, du, cu := mid(cpu[0]), mid(cpu[1]), mid(cpu[2])
		both := func(w, u time.Duration) string { return diffMs(w) + " (" + diffMs(u) + ")" }
		ratio := func(a, b, au, bu time.Duration) string {
			return fmt.Sprintf("%.2f (%.2f)", a.Seconds()/b.Seconds(), au.Seconds()/max(bu.Seconds(), 1e-4))
		}
		fmt.Fprintf(stdout, "%-36s %7d %17s %17s %13s %17s %13s %6s\n", p.name, len(p.old)+len(p.new),
			both(g, gu), both(d, du), ratio(d, g, du, gu), both(c, cu), ratio(c, g, cu, gu), fmt.Sprintf("<=%g", p.target))
	}
	return nil
}

// diffTime runs argv once, its output discarded, and returns its wall
// time and its CPU time (user and system). git diff exits 1 when the files
// differ, which is not a failure here.
func diffTime(argv []string) (wall, cpu time.Duration, err error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	var stderr bytes.Buffer
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	start := time.Now()
	err = cmd.Run()
	wall = time.Since(start)
	var ee *exec.ExitError
	if err != nil && !(argv[0] == "git" && errors.As(err, &ee) && ee.ExitCode() == 1) {
		return 0, 0, fmt.Errorf("%s: %v: %s", strings.Join(argv[:2], " "), err, bytes.TrimSpace(stderr.Bytes()))
	}
	return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
}

func diffMs(d time.Duration) string { return fmt.Sprintf("%.1fms", d.Seconds()*1000) }

// diffLargestPair finds the consecutive pair of files in dir (sorted by
// name, i.e. by date) with the most bytes together.
func diffLargestPair(dir string) (old, new []byte, names string, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(files) < 2 {
		return nil, nil, "", fmt.Errorf("%s: no dated revisions (it is in ../shared, next to the repository)", dir)
	}
	best, size := -1, int64(-1)
	for i := 0; i+1 < len(files); i++ {
		a, err1 := os.Stat(files[i])
		b, err2 := os.Stat(files[i+1])
		if err1 == nil && err2 == nil && a.Size()+b.Size() > size {
			best, size = i, a.Size()+b.Size()
		}
	}
	if old, err = os.ReadFile(files[best]); err != nil {
		return nil, nil, "", err
	}
	if new, err = os.ReadFile(files[best+1]); err != nil {
		return nil, nil, "", err
	}
	return old, new, strings.TrimSuffix(filepath.Base(files[best+1]), ".md"), nil
}

// diffShuffle returns src's sentences in a fixed random order, one
// paragraph each.
func diffShuffle(src []byte) []byte {
	d := prose.Parse(src)
	s := make([]string, 0, len(d.Sentences))
	for _, x := range d.Sentences {
		s = append(s, x.Text)
	}
	rand.New(rand.NewSource(1)).Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	return []byte(strings.Join(s, "\n\n") + "\n")
}
