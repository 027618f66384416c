// Command notice-bench measures notice against reference tools in one run
// and prints ratios: git for the repository and diffs, Postfix's
// smtp-source for sending, nginx for the archive.
//
//	go run ./cmd/notice-bench repo|diff|smtp|archive [flags]
package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

type bench struct {
	name  string
	usage string
	run   func(args []string, stdout, stderr io.Writer) error
}

func benches() []bench {
	return []bench{
		{"repo", "show --at and import against the git CLI", runRepo},
		{"diff", "diff and classify against git diff --word-diff", runDiff},
		{"smtp", "notify against Postfix smtp-source into smtp-sink", runSMTP},
		{"archive", "the web archive against nginx, driven by wrk", runArchive},
	}
}

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "notice-bench: %s\n", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, "usage: notice-bench BENCH [flags]")
		for _, b := range benches() {
			fmt.Fprintf(stderr, "  %-8s %s\n", b.name, b.usage)
		}
		return fmt.Errorf("name a benchmark")
	}
	for _, b := range benches() {
		if b.name == args[0] {
			return b.run(args[1:], stdout, stderr)
		}
	}
	return fmt.Errorf("unknown benchmark %q (repo, diff, smtp, archive)", args[0])
}

// workdir makes the benchmark's temporary folder, readable by other users
// (nginx's workers may run as one), and builds the notice binary into it.
// cleanup removes the folder unless keep is set, in which case it says
// where the folder is.
func workdir(name string, keep bool, stderr io.Writer) (dir, bin string, cleanup func(), err error) {
	dir, err = os.MkdirTemp("", "notice-bench-"+name+"-")
	if err != nil {
		return "", "", nil, err
	}
	cleanup = func() { os.RemoveAll(dir) }
	if keep {
		fmt.Fprintf(stderr, "keeping %s\n", dir)
		cleanup = func() {}
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		cleanup()
		return "", "", nil, err
	}
	bin = filepath.Join(dir, "notice")
	fmt.Fprintln(stderr, "building notice ...")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/noticeproject/notice/cmd/notice").CombinedOutput(); err != nil {
		cleanup()
		return "", "", nil, fmt.Errorf("build notice (run from the repository): %v\n%s", err, out)
	}
	return dir, bin, cleanup, nil
}
