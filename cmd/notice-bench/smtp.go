package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/store"
)

// runSMTP sends n personalised messages of about size bytes with notify to
// Postfix's smtp-sink on loopback, then has Postfix's smtp-source send as
// many messages of that size over the same number of connections, and
// prints the ratio of their rates. It then measures notify's peak RSS with
// a campaign to a large subscriber list.
func runSMTP(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("smtp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 20000, "messages to send")
	size := fs.Int("size", 25000, "approximate message size in bytes")
	conns := fs.Int("conns", 4, "SMTP connections (notify --concurrency, smtp-source -s)")
	rssSubs := fs.Int("rss-subscribers", 1000000, "subscribers for the memory run (0: skip it)")
	rssFor := fs.Duration("rss-for", 90*time.Second, "stop the memory run after this long (0: run the whole campaign)")
	rounds := fs.Int("rounds", 2, "alternate the two senders this many times and keep each one's best")
	keep := fs.Bool("keep", false, "keep the temporary directory (its repository and databases, to profile notify by hand)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sink, err := postfixTool("smtp-sink")
	if err != nil {
		return err
	}
	source, err := postfixTool("smtp-source")
	if err != nil {
		return err
	}
	work, bin, cleanup, err := workdir("smtp", *keep, stderr)
	if err != nil {
		return err
	}
	defer cleanup()

	addr, stopSink, err := startSink(sink)
	if err != nil {
		return err
	}
	defer stopSink()
	fmt.Fprintf(stderr, "smtp-sink on %s\n", addr)

	one := "sqlite:" + filepath.Join(work, "one.db")
	if err := seed(one, 1); err != nil {
		return err
	}
	repoDir, msgSize, err := calibrate(bin, work, one, *size)
	if err != nil {
		return err
	}
	// The two senders take turns, rounds times, and each is credited with
	// its best round: other work on the machine slows either at random.
	var notifyTime, sourceTime time.Duration
	var notifyRSS float64
	var notifyCPU, sourceCPU time.Duration
	for round := 1; round <= *rounds; round++ {
		fmt.Fprintf(stderr, "round %d: seeding %d subscribers\n", round, *n)
		db := "sqlite:" + filepath.Join(work, fmt.Sprintf("bench%d.db", round))
		if err := seed(db, *n); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "round %d: notify, %d messages of %d bytes over %d connections\n", round, *n, msgSize, *conns)
		d, rss, cpu, err := runNotify(bin, repoDir, db, addr, *conns, 0, stderr)
		if err != nil {
			return err
		}
		if notifyTime == 0 || d < notifyTime {
			notifyTime, notifyCPU = d, cpu
		}
		notifyRSS = max(notifyRSS, rss)
		fmt.Fprintf(stderr, "round %d: smtp-source, %d messages of %d bytes over %d connections\n", round, *n, msgSize, *conns)
		start := time.Now()
		cmd := exec.Command(source, "-d", "-s", strconv.Itoa(*conns), "-m", strconv.Itoa(*n), "-l", strconv.Itoa(msgSize),
			"-f", "privacy@example.com", "-t", "user@example.com", addr)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("smtp-source: %v\n%s", err, out)
		}
		if d := time.Since(start); sourceTime == 0 || d < sourceTime {
			sourceTime, sourceCPU = d, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime()
		}
	}

	nr, sr := float64(*n)/notifyTime.Seconds(), float64(*n)/sourceTime.Seconds()
	perMsg := func(cpu time.Duration) string {
		return fmt.Sprintf("%.0f µs CPU/msg", float64(cpu.Microseconds())/float64(*n))
	}
	fmt.Fprintf(stdout, "smtp: %d messages of %d bytes, %d connections, to smtp-sink on loopback (best of %d rounds)\n", *n, msgSize, *conns, *rounds)
	fmt.Fprintf(stdout, "  notify       %8.0f msg/s  (%s, %s, peak RSS %.1f MB)\n", nr, notifyTime.Round(time.Millisecond), perMsg(notifyCPU), notifyRSS)
	fmt.Fprintf(stdout, "  smtp-source  %8.0f msg/s  (%s, %s)\n", sr, sourceTime.Round(time.Millisecond), perMsg(sourceCPU))
	fmt.Fprintf(stdout, "  ratio        %8.2fx  (target >= 0.80x)\n", nr/sr)

	if *rssSubs > 0 {
		fmt.Fprintf(stderr, "seeding %d subscribers\n", *rssSubs)
		big := "sqlite:" + filepath.Join(work, "big.db")
		t0 := time.Now()
		if err := seed(big, *rssSubs); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "seeded in %s\n", time.Since(t0).Round(time.Second))
		st, err := store.Open(context.Background(), big)
		if err != nil {
			return err
		}
		_ = st.Close()
		d, rss, _, err := runNotify(bin, repoDir, big, addr, *conns, *rssFor, stderr)
		if err != nil {
			return err
		}
		sent, err := sentCount(big, repoDir)
		if err != nil {
			return err
		}
		how := "the whole campaign"
		if sent < *rssSubs {
			how = fmt.Sprintf("all enqueued, %d sent in %s, then interrupted", sent, d.Round(time.Second))
		}
		fmt.Fprintf(stdout, "  peak RSS at %d subscribers: %.1f MB (%s; target < 100 MB)\n", *rssSubs, rss, how)
	}
	return nil
}

// postfixTool finds a Postfix test program.
func postfixTool(name string) (string, error) {
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	for _, dir := range []string{"/usr/sbin", "/usr/lib/postfix/sbin", "/usr/libexec/postfix"} {
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s not found: install Postfix (apt-get install postfix, \"Local only\")", name)
}

// startSink runs smtp-sink on a free loopback port.
func startSink(sink string) (addr string, stop func(), err error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	addr = l.Addr().String()
	l.Close()
	args := []string{addr, "1000"}
	if os.Geteuid() == 0 {
		args = append([]string{"-u", "nobody"}, args...)
	}
	cmd := exec.Command(sink, args...)
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("smtp-sink: %w", err)
	}
	stop = func() { cmd.Process.Kill(); cmd.Wait() }
	for i := 0; i < 100; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return addr, stop, nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	stop()
	return "", nil, fmt.Errorf("smtp-sink did not start on %s", addr)
}

// calibrate finds how many materially changed sections make a message of
// about size bytes (the message quotes every material change) and returns
// a repository with that many, and the message's size.
func calibrate(bin, work, db string, size int) (string, int, error) {
	sizes := map[int]int{}
	for _, k := range []int{5, 10} {
		dir := filepath.Join(work, fmt.Sprintf("probe%d", k))
		if err := benchRepo(dir, k); err != nil {
			return "", 0, err
		}
		n, err := messageSize(bin, dir, db)
		if err != nil {
			return "", 0, err
		}
		sizes[k] = n
	}
	per := max((sizes[10]-sizes[5])/5, 1)
	base := sizes[5] - 5*per
	k := max(1, (size-base+per/2)/per)
	for try := 0; ; try++ {
		dir := filepath.Join(work, fmt.Sprintf("repo%d", try))
		if err := benchRepo(dir, k); err != nil {
			return "", 0, err
		}
		n, err := messageSize(bin, dir, db)
		if err != nil || try == 3 || (n > size*19/20 && n < size*21/20) {
			return dir, n, err
		}
		k = max(1, k+(size-n+per/2)/per)
	}
}

// benchRepo writes a notice whose amendment changes sections sections
// materially.
func benchRepo(dir string, sections int) error {
	r, err := gitrepo.Init(dir, notice.Config{NoticeDays: 30, TimeZone: "UTC", BaseURL: "https://notices.example.com"})
	if err != nil {
		return err
	}
	now := time.Now().UTC().Truncate(time.Second)
	var old, next bytes.Buffer
	old.WriteString("# Privacy Policy\n\n")
	next.WriteString("# Privacy Policy\n\n")
	topics := []string{"order history", "location data", "contact list", "browsing activity", "payment details",
		"device identifiers", "voice recordings", "health information", "purchase records", "search queries"}
	for i := range sections {
		topic := topics[i%len(topics)]
		fmt.Fprintf(&old, "## Section %d: %s\n\nWe keep your %s (record set %d) for 30 days and never share it with anyone outside our company.\n\n", i+1, topic, topic, i+1)
		fmt.Fprintf(&next, "## Section %d: %s\n\nWe keep your %s (record set %d) for 5 years and share it with advertising partners, who may use it for their own marketing.\n\n", i+1, topic, topic, i+1)
	}
	if _, err := r.Commit(notice.Revision{Notice: "privacy", Posted: now.AddDate(-1, 0, 0)}, old.Bytes()); err != nil {
		return err
	}
	_, err = r.Commit(notice.Revision{Notice: "privacy", Posted: now.Add(-time.Hour), Effective: now.AddDate(0, 0, 40), Material: true,
		Summary: "We will keep your data for longer and share it with advertising partners."}, next.Bytes())
	return err
}

// seed creates a database of n subscribers, imported in chunks.
func seed(db string, n int) error {
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	const chunk = 50000
	subs := make([]notice.Subscriber, 0, chunk)
	for i := 1; i <= n; i++ {
		subs = append(subs, notice.Subscriber{Email: fmt.Sprintf("user%07d@example.com", i), Name: fmt.Sprintf("Subscriber %d", i)})
		if len(subs) == chunk || i == n {
			if _, _, err := st.ImportSubscribers(ctx, subs); err != nil {
				return err
			}
			subs = subs[:0]
		}
	}
	return nil
}

// messageSize renders the campaign for one subscriber (a dry run) and
// returns the message's size.
func messageSize(bin, repoDir, db string) (int, error) {
	out, err := exec.Command(bin, "--repo", repoDir, "--db", db, "notify", "privacy", "--dry-run", "--from", "Example Privacy <privacy@example.com>").CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("notify --dry-run: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`\((\d+) bytes\)`).FindSubmatch(out)
	if m == nil {
		return 0, fmt.Errorf("notify --dry-run gave no size:\n%s", out)
	}
	return strconv.Atoi(string(m[1]))
}

// runNotify runs a campaign and returns its wall time, peak RSS in MB and
// CPU time. With limit > 0 it interrupts the campaign (SIGINT) after limit.
func runNotify(bin, repoDir, db, addr string, conns int, limit time.Duration, stderr io.Writer) (time.Duration, float64, time.Duration, error) {
	cmd := exec.Command(bin, "--repo", repoDir, "--db", db, "notify", "privacy", "--smtp", "smtp://"+addr+"?timeout=2m",
		"--from", "Example Privacy <privacy@example.com>", "--concurrency", strconv.Itoa(conns))
	cmd.Env = append(os.Environ(), "NOTICE_NOW=")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, 0, err
	}
	if limit > 0 {
		t := time.AfterFunc(limit, func() { cmd.Process.Signal(os.Interrupt) })
		defer t.Stop()
	}
	err := cmd.Wait()
	d := time.Since(start)
	if err != nil && !(limit > 0 && strings.Contains(out.String(), "interrupted")) {
		return 0, 0, 0, fmt.Errorf("notify: %v\n%s", err, out.String())
	}
	rss := 0.0
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = float64(ru.Maxrss) / 1024 // kilobytes on Linux
	}
	fmt.Fprint(stderr, lastLines(out.String(), 4))
	return d, rss, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n") + "\n"
}

// sentCount reads how many messages the ledger records sent.
func sentCount(db, repoDir string) (int, error) {
	r, err := gitrepo.Open(repoDir)
	if err != nil {
		return 0, err
	}
	h, err := r.History("privacy")
	if err != nil {
		return 0, err
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	c, err := st.Status(context.Background(), h[len(h)-1].ID)
	return c.Sent, err
}
