package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/notice"
)

// runArchive measures `notice serve` against nginx serving the same
// rendered pages from disk, both driven by wrk over the same URLs: dated
// snapshots (/NAME/at/DATE) and redlines (/NAME/diff/A..B) of a notice with
// a long history.
func runArchive(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("archive", flag.ContinueOnError)
	fs.SetOutput(stderr)
	revisions := fs.Int("revisions", 10000, "revisions in the generated notice history")
	urls := fs.Int("urls", 200, "distinct URLs of each kind that wrk rotates through")
	duration := fs.Duration("duration", 10*time.Second, "length of each wrk run")
	conns := fs.Int("connections", 64, "wrk connections")
	threads := fs.Int("threads", 2, "wrk threads")
	rounds := fs.Int("rounds", 3, "runs of each server, alternating; the median is reported")
	keep := fs.Bool("keep", false, "keep the temporary directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	for _, tool := range []string{"nginx", "wrk", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("archive: %s is not installed (apt-get install %s)", tool, tool)
		}
	}
	tmp, bin, cleanup, err := workdir("archive", *keep, stderr)
	if err != nil {
		return err
	}
	defer cleanup()

	fmt.Fprintf(stderr, "building a notice with %d revisions...\n", *revisions)
	start := time.Now()
	repoDir := filepath.Join(tmp, "repo")
	hist, err := archiveRepo(repoDir, *revisions)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "  %d revisions in %s\n", len(hist), time.Since(start).Round(time.Millisecond))

	noticeAddr, err := archiveFreeAddr()
	if err != nil {
		return err
	}
	serve := exec.Command(bin, "--repo", repoDir, "serve", "--addr", noticeAddr)
	serve.Stdout, serve.Stderr = io.Discard, stderr
	if err := serve.Start(); err != nil {
		return fmt.Errorf("archive: start notice serve: %w", err)
	}
	defer archiveStop(serve)
	start = time.Now()
	if err := archiveWait("http://" + noticeAddr + "/privacy"); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "  notice serve ready in %s (first read of the history)\n", time.Since(start).Round(time.Millisecond))

	// The same URLs for both servers; nginx gets the bytes notice renders.
	kinds := []struct {
		name  string
		paths []string
	}{
		{"/NAME/at/DATE", archiveAtPaths(hist, *urls)},
		{"/NAME/diff/A..B", archiveDiffPaths(hist, *urls)},
	}
	root := filepath.Join(tmp, "www")
	start = time.Now()
	for _, k := range kinds {
		for _, p := range k.paths {
			if err := archiveMirror("http://"+noticeAddr+p, filepath.Join(root, filepath.FromSlash(p))); err != nil {
				return err
			}
		}
	}
	fmt.Fprintf(stderr, "  rendered %d pages in %s\n", 2**urls, time.Since(start).Round(time.Millisecond))

	nginxAddr, err := archiveFreeAddr()
	if err != nil {
		return err
	}
	ng, err := archiveNginx(tmp, root, nginxAddr, stderr)
	if err != nil {
		return err
	}
	defer archiveStop(ng)
	if err := archiveWait("http://" + nginxAddr + kinds[0].paths[0]); err != nil {
		return err
	}

	fmt.Fprintf(stdout, "archive: %d revisions, wrk -t%d -c%d -d%s --latency, rotating %d URLs of each kind, median of %d runs\n",
		len(hist), *threads, *conns, *duration, *urls, max(*rounds, 1))
	// Both servers share the cores with wrk and with whatever else runs:
	// the load says how much of the tail latency is the machine's.
	fmt.Fprintf(stdout, "load average at start: %s\n", archiveLoad())
	defer func() { fmt.Fprintf(stdout, "load average at end: %s\n", archiveLoad()) }()
	fmt.Fprintf(stdout, "%-17s %-7s %10s %9s %9s %12s\n", "page", "server", "req/s", "p50", "p99", "CPU/request")
	ok := true
	for _, k := range kinds {
		script := filepath.Join(tmp, "rotate.lua")
		if err := archiveLua(script, k.paths); err != nil {
			return err
		}
		// The machine may be shared: alternate the servers and report
		// each one's median run.
		runs := [2][]wrkResult{}
		servers := []struct{ name, addr string }{{"notice", noticeAddr}, {"nginx", nginxAddr}}
		for round := 0; round < max(*rounds, 1); round++ {
			for i, srv := range servers {
				pid := []int{serve.Process.Pid, ng.Process.Pid}[i]
				cpu0 := archiveCPU(pid)
				r, err := archiveWrk(script, "http://"+srv.addr, *threads, *conns, *duration)
				if err != nil {
					return fmt.Errorf("%s %s: %w", srv.name, k.name, err)
				}
				if n := r.rps * duration.Seconds(); n > 0 {
					r.cpu = time.Duration(float64(archiveCPU(pid)-cpu0) / n)
				}
				runs[i] = append(runs[i], r)
			}
		}
		var res [2]wrkResult
		for i, srv := range servers {
			res[i] = archiveMedian(runs[i])
			fmt.Fprintf(stdout, "%-17s %-7s %10.0f %9s %9s %9.0f µs\n", k.name, srv.name, res[i].rps,
				archiveMs(res[i].p50), archiveMs(res[i].p99), float64(res[i].cpu)/float64(time.Microsecond))
		}
		ratio := res[0].rps / res[1].rps
		verdict := "ok"
		if ratio < 0.5 || res[0].p99 >= 20*time.Millisecond || res[0].errors > 0 {
			verdict, ok = "MISSED", false
		}
		fmt.Fprintf(stdout, "%-17s notice/nginx %.2f× (target ≥ 0.5×), p99 %s (target < 20 ms), %d errors: %s\n",
			k.name, ratio, archiveMs(res[0].p99), res[0].errors, verdict)
		if res[0].cpu > 0 {
			fmt.Fprintf(stdout, "%-17s CPU per request: nginx/notice %.2f× (the throughput ratio when CPU is what limits both)\n",
				k.name, float64(res[1].cpu)/float64(res[0].cpu))
		}
	}
	if !ok {
		fmt.Fprintln(stdout, "archive: a target was missed")
	}
	return nil
}

// archiveRepo writes a notice, privacy, with n revisions a day apart from
// 1990-01-01, each changing one paragraph of a 40-paragraph text, and
// returns its history.
func archiveRepo(dir string, n int) (notice.History, error) {
	repo, err := gitrepo.Init(dir, notice.DefaultConfig())
	if err != nil {
		return nil, err
	}
	paras := make([]string, 40)
	for i := range paras {
		paras[i] = fmt.Sprintf("We process personal data of category %d for the purposes listed in section %d. "+
			"We keep it for as long as the purpose requires and no longer than %d months, unless the law requires otherwise. "+
			"You may ask us for a copy, a correction or its erasure at any time.", i, i+1, 12+i)
	}
	first := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	const batch = 500
	for done := 0; done < n; {
		var entries []gitrepo.Entry
		for ; done < n && len(entries) < batch; done++ {
			p := done % len(paras)
			paras[p] = fmt.Sprintf("As of revision %d, we process personal data of category %d for the purposes listed in section %d. "+
				"We keep it for no longer than %d months. You may ask us for a copy, a correction or its erasure at any time.",
				done, p, p+1, 12+done%48)
			var b strings.Builder
			b.WriteString("# Privacy notice\n\n")
			for i, para := range paras {
				if i%8 == 0 {
					fmt.Fprintf(&b, "## Part %d\n\n", i/8+1)
				}
				b.WriteString(para + "\n\n")
			}
			day := first.AddDate(0, 0, done)
			entries = append(entries, gitrepo.Entry{
				Rev: notice.Revision{Notice: "privacy", Posted: day, Effective: day, Material: done%5 == 0,
					Summary: fmt.Sprintf("Revision %d", done)},
				Content: []byte(b.String()),
			})
		}
		if _, err := repo.CommitAll(entries); err != nil {
			return nil, err
		}
	}
	return repo.History("privacy")
}

// archiveAtPaths spreads n dates over the history.
func archiveAtPaths(h notice.History, n int) []string {
	firstDay, lastDay := h[0].Effective, h[len(h)-1].Effective
	days := int(lastDay.Sub(firstDay).Hours() / 24)
	var out []string
	for i := 0; i < n; i++ {
		t := firstDay.AddDate(0, 0, days*i/n)
		out = append(out, "/privacy/at/"+t.Format("2006-01-02"))
	}
	return out
}

// archiveDiffPaths spreads n redlines over the history: consecutive
// revisions and pairs a few revisions apart.
func archiveDiffPaths(h notice.History, n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		a := 1 + (len(h)-12)*i/n
		b := a + 1 + i%10
		out = append(out, "/privacy/diff/"+h[a].ID+".."+h[b].ID)
	}
	return out
}

func archiveFreeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// archiveWait waits for url to answer 200.
func archiveWait(url string) error {
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("archive: %s did not answer 200 within 2 minutes", url)
}

// archiveMirror saves the page at url to file.
func archiveMirror(url, file string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("archive: GET %s: %s", url, resp.Status)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return os.WriteFile(file, b, 0o644)
}

// archiveNginx starts nginx in the foreground serving root on addr, with
// every path it writes under dir.
func archiveNginx(dir, root, addr string, stderr io.Writer) (*exec.Cmd, error) {
	prefix := filepath.Join(dir, "nginx")
	if err := os.MkdirAll(filepath.Join(prefix, "logs"), 0o755); err != nil {
		return nil, err
	}
	conf := fmt.Sprintf(`worker_processes auto;
pid %[1]s/nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
	access_log off;
	default_type text/html;
	sendfile on;
	tcp_nopush on;
	keepalive_requests 1000000;
	open_file_cache max=10000;
	client_body_temp_path %[1]s/body;
	proxy_temp_path %[1]s/proxy;
	fastcgi_temp_path %[1]s/fastcgi;
	uwsgi_temp_path %[1]s/uwsgi;
	scgi_temp_path %[1]s/scgi;
	server {
		listen %[2]s;
		root %[3]s;
		location / { try_files $uri =404; }
	}
}
`, prefix, addr, root)
	confFile := filepath.Join(prefix, "nginx.conf")
	if err := os.WriteFile(confFile, []byte(conf), 0o644); err != nil {
		return nil, err
	}
	cmd := exec.Command("nginx", "-p", prefix, "-c", confFile, "-e", "stderr", "-g", "daemon off;")
	cmd.Stdout, cmd.Stderr = stderr, stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("archive: start nginx: %w", err)
	}
	return cmd, nil
}

// archiveStop stops a child server and waits for it.
func archiveStop(cmd *exec.Cmd) {
	if cmd.Process == nil {
		return
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// archiveLua writes a wrk script that rotates through paths.
func archiveLua(file string, paths []string) error {
	var b strings.Builder
	b.WriteString("local paths = {\n")
	for _, p := range paths {
		fmt.Fprintf(&b, "  %q,\n", p)
	}
	b.WriteString("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n")
	return os.WriteFile(file, []byte(b.String()), 0o644)
}

type wrkResult struct {
	rps      float64
	p50, p99 time.Duration
	errors   int
	cpu      time.Duration // server CPU time per request
}

var (
	wrkRPS     = regexp.MustCompile(`Requests/sec:\s+([0-9.]+)`)
	wrkPct     = regexp.MustCompile(`(?m)^\s+(50|99)%\s+([0-9.]+)(us|ms|s)\s*$`)
	wrkNon2xx  = regexp.MustCompile(`Non-2xx or 3xx responses:\s+(\d+)`)
	wrkSockErr = regexp.MustCompile(`Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)`)
)

// archiveWrk runs wrk and reads its report.
func archiveWrk(script, url string, threads, conns int, d time.Duration) (wrkResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), d+time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "wrk", "-t"+strconv.Itoa(threads), "-c"+strconv.Itoa(conns),
		"-d"+strconv.Itoa(int(d.Seconds()))+"s", "--latency", "-s", script, url).CombinedOutput()
	if err != nil {
		return wrkResult{}, fmt.Errorf("wrk: %w: %s", err, out)
	}
	var r wrkResult
	m := wrkRPS.FindSubmatch(out)
	if m == nil {
		return r, fmt.Errorf("wrk: no Requests/sec in its report:\n%s", out)
	}
	r.rps, _ = strconv.ParseFloat(string(m[1]), 64)
	for _, m := range wrkPct.FindAllSubmatch(out, -1) {
		v, _ := strconv.ParseFloat(string(m[2]), 64)
		unit := map[string]time.Duration{"us": time.Microsecond, "ms": time.Millisecond, "s": time.Second}[string(m[3])]
		dur := time.Duration(v * float64(unit))
		if string(m[1]) == "50" {
			r.p50 = dur
		} else {
			r.p99 = dur
		}
	}
	if m := wrkNon2xx.FindSubmatch(out); m != nil {
		r.errors, _ = strconv.Atoi(string(m[1]))
	}
	if m := wrkSockErr.FindSubmatch(out); m != nil {
		for _, g := range m[1:] {
			n, _ := strconv.Atoi(string(g))
			r.errors += n
		}
	}
	return r, nil
}

// archiveCPU returns the CPU time (user and system) used so far by the
// process pid and its children (nginx's workers), from /proc; 0 where
// /proc is absent.
func archiveCPU(pid int) time.Duration {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return 0
	}
	var ticks int64
	for _, e := range entries {
		n, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// Fields after the command, which is in parentheses: state ppid ...
		// utime and stime are fields 14 and 15 of the whole line.
		rest := string(b)
		if i := strings.LastIndexByte(rest, ')'); i >= 0 {
			rest = rest[i+2:]
		}
		f := strings.Fields(rest)
		if len(f) < 13 {
			continue
		}
		ppid, _ := strconv.Atoi(f[1])
		if n != pid && ppid != pid {
			continue
		}
		u, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		ticks += u + st
	}
	return time.Duration(ticks) * (time.Second / 100) // USER_HZ is 100 on Linux
}

// archiveMedian returns the run with the median throughput, with the
// median of the runs' p50 and p99 and the total errors.
func archiveMedian(runs []wrkResult) wrkResult {
	med := func(f func(wrkResult) float64) float64 {
		v := make([]float64, len(runs))
		for i, r := range runs {
			v[i] = f(r)
		}
		slices.Sort(v)
		return v[len(v)/2]
	}
	out := wrkResult{
		rps: med(func(r wrkResult) float64 { return r.rps }),
		p50: time.Duration(med(func(r wrkResult) float64 { return float64(r.p50) })),
		p99: time.Duration(med(func(r wrkResult) float64 { return float64(r.p99) })),
		cpu: time.Duration(med(func(r wrkResult) float64 { return float64(r.cpu) })),
	}
	for _, r := range runs {
		out.errors += r.errors
	}
	return out
}

// archiveLoad returns the 1-, 5- and 15-minute load averages and the
// number of cores, or "unknown" where /proc is absent.
func archiveLoad() string {
	b, err := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if err != nil || len(f) < 3 {
		return "unknown"
	}
	return fmt.Sprintf("%s %s %s on %d cores", f[0], f[1], f[2], runtime.NumCPU())
}

func archiveMs(d time.Duration) string {
	return strconv.FormatFloat(float64(d)/float64(time.Millisecond), 'f', 2, 64) + " ms"
}
