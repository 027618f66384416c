package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-msgauth/dkim"

	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/mailer/smtptest"
	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/store"
)

// notifyFixture makes a notice repository with a seed revision and a
// material amendment taking effect in 40 days, and a SQLite database of n
// subscribers. It returns the repository, the database URL and the
// amendment.
func notifyFixture(t *testing.T, n int) (repoDir, db string, rev notice.Revision) {
	t.Helper()
	dir := t.TempDir()
	repoDir = filepath.Join(dir, "repo")
	r, err := gitrepo.Init(repoDir, notice.Config{NoticeDays: 30, TimeZone: "UTC", BaseURL: "https://notices.example.com"})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC().Truncate(time.Second)
	if _, err := r.Commit(notice.Revision{Notice: "privacy", Posted: now.AddDate(-1, 0, 0)},
		[]byte("# Privacy Policy\n\n## Sharing\n\nWe do not share your personal information with anyone.\n")); err != nil {
		t.Fatal(err)
	}
	rev, err = r.Commit(notice.Revision{Notice: "privacy", Posted: now.Add(-time.Hour), Effective: now.AddDate(0, 0, 40), Material: true,
		Summary: "We will share your purchase history with advertising partners."},
		[]byte("# Privacy Policy\n\n## Sharing\n\nWe share your purchase history with advertising partners for their marketing.\n"))
	if err != nil {
		t.Fatal(err)
	}
	db = "sqlite:" + filepath.Join(dir, "subscribers.db")
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	subs := make([]notice.Subscriber, n)
	for i := range subs {
		subs[i] = notice.Subscriber{Email: fmt.Sprintf("user%d@example.com", i+1), Name: fmt.Sprintf("User %d", i+1)}
	}
	if _, _, err := st.ImportSubscribers(context.Background(), subs); err != nil {
		t.Fatal(err)
	}
	return repoDir, db, rev
}

// buildNotice builds the real binary.
func buildNotice(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	bin := filepath.Join(t.TempDir(), "notice")
	out, err := exec.Command(goBin, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestNotifySurvivesSIGKILL kills the real binary mid-campaign against a
// slow server and runs it again against a second one, and checks what the
// README promises: nothing is recorded sent that the first server did not
// accept; at most two messages per worker were accepted but not recorded at
// the kill (one waiting for its outcome to be committed, one being sent);
// the second run sends exactly the rows not recorded sent, so those are the
// only messages anyone gets twice; neither run sends anyone two messages
// itself; and everyone ends up notified.
func TestNotifySurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	const subscribers, workers = 300, 4
	bin := buildNotice(t)
	repoDir, db, rev := notifyFixture(t, subscribers)
	// One server per run tells the messages in flight at the kill, sent by
	// both runs, from a run sending someone twice by itself.
	var srvs [2]*smtptest.Server
	for i := range srvs {
		srv, err := smtptest.Start()
		if err != nil {
			t.Fatal(err)
		}
		defer srv.Close()
		srv.Delay = 20 * time.Millisecond
		srvs[i] = srv
	}
	command := func(srv *smtptest.Server) *exec.Cmd {
		cmd := exec.Command(bin, "--repo", repoDir, "--db", db, "notify", "privacy", "--smtp", "smtp://"+srv.Addr,
			"--from", "Example Privacy <privacy@example.com>", "--concurrency", fmt.Sprint(workers), "--batch", "5", "--lease", "2s")
		cmd.Env = append(os.Environ(), "NOTICE_NOW=")
		return cmd
	}

	first := command(srvs[0])
	var out1 strings.Builder
	first.Stdout, first.Stderr = &out1, &out1
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for len(srvs[0].Messages()) < 60 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if err := first.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	first.Wait()
	atKill := len(srvs[0].Messages())
	if atKill < 60 || atKill >= subscribers {
		t.Fatalf("the server had %d messages at the kill, want some but not all %d\n%s", atKill, subscribers, out1.String())
	}
	recorded := ledgerStates(t, db, rev.ID)

	out, err := command(srvs[1]).CombinedOutput()
	if err != nil {
		t.Fatalf("notify after the kill: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), fmt.Sprintf("ledger: %d sent, 0 failed, 0 remaining of %d", subscribers, subscribers)) {
		t.Errorf("notify after the kill printed:\n%s", out)
	}
	// The first server may take a message the killed process had written
	// whole after the kill; by now it has.
	got1, got2 := srvs[0].Received(), srvs[1].Received()
	unrecorded, again := 0, 0
	for i := 1; i <= subscribers; i++ {
		to := fmt.Sprintf("user%d@example.com", i)
		n1, n2 := got1[to], got2[to]
		sent := recorded[to] == notice.Sent
		switch {
		case n1 > 1 || n2 > 1:
			t.Errorf("%s got %d messages from the killed run and %d from the next, want at most one from each\n%s",
				to, n1, n2, sendLog(srvs, to))
		case sent && n1 == 0:
			t.Errorf("%s is recorded sent by the killed run, which the server never accepted", to)
		case sent && n2 > 0:
			t.Errorf("%s is recorded sent by the killed run and was sent again\n%s", to, sendLog(srvs, to))
		case !sent && n2 == 0:
			t.Errorf("%s was not recorded sent by the killed run (%q) and got no message from the next", to, recorded[to])
		}
		if n1 > 0 && !sent {
			unrecorded++
		}
		if n1 > 0 && n2 > 0 {
			again++
		}
	}
	if unrecorded > 2*workers {
		t.Errorf("%d messages accepted but not recorded sent at the kill, want at most %d (two in flight per worker)", unrecorded, 2*workers)
	}
	t.Logf("%d messages at the kill, %d accepted but not recorded sent, %d sent again", atKill, unrecorded, again)

	if c, err := ledgerCounts(db, rev.ID); err != nil || c.Sent != subscribers {
		t.Errorf("ledger = %+v, %v, want %d sent", c, err, subscribers)
	}
}

// ledgerStates returns the state of each of revID's ledger rows by
// address.
func ledgerStates(t *testing.T, db, revID string) map[string]notice.DeliveryState {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	states := map[string]notice.DeliveryState{}
	if err := st.Evidence(context.Background(), revID, func(d notice.Delivery) error {
		states[d.Email] = d.State
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return states
}

func ledgerCounts(db, revID string) (notice.DeliveryCounts, error) {
	st, err := store.Open(context.Background(), db)
	if err != nil {
		return notice.DeliveryCounts{}, err
	}
	defer st.Close()
	return st.Status(context.Background(), revID)
}

// sendLog says when each server accepted a message for to, by the
// message's position and Date header, for a failure to show.
func sendLog(srvs [2]*smtptest.Server, to string) string {
	var b strings.Builder
	for run, srv := range srvs {
		msgs := srv.Messages()
		for i, m := range msgs {
			if m.To != to {
				continue
			}
			_, date, _ := strings.Cut(string(m.Data), "Date: ")
			date, _, _ = strings.Cut(date, "\r\n")
			fmt.Fprintf(&b, "  run %d: message %d of %d, dated %s\n", run+1, i+1, len(msgs), date)
		}
	}
	return b.String()
}

// TestNotifyDKIM signs the campaign with a key given on the command line
// and verifies a message from the outbox.
func TestNotifyDKIM(t *testing.T) {
	repoDir, db, _ := notifyFixture(t, 2)
	dir := t.TempDir()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(dir, "dkim.pem")
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}), 0o600); err != nil {
		t.Fatal(err)
	}
	pub, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	outbox := filepath.Join(dir, "out")
	var stdout, stderr strings.Builder
	code := run([]string{"notice", "--repo", repoDir, "--db", db, "notify", "privacy", "--outbox", outbox,
		"--from", "Example Privacy <privacy@example.com>", "--dkim-key", keyFile, "--dkim-domain", "example.com", "--dkim-selector", "s2026"},
		strings.NewReader(""), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("notify exited %d: %s%s", code, stdout.String(), stderr.String())
	}
	files, err := filepath.Glob(filepath.Join(outbox, "new", "*"))
	if err != nil || len(files) != 2 {
		t.Fatalf("outbox holds %d messages (%v), want 2", len(files), err)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	// The Maildir file has LF line endings; the signature is over CRLF.
	msg := bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
	vs, err := dkim.VerifyWithOptions(bytes.NewReader(msg), &dkim.VerifyOptions{LookupTXT: func(domain string) ([]string, error) {
		if domain != "s2026._domainkey.example.com" {
			return nil, fmt.Errorf("no TXT record for %s", domain)
		}
		return []string{"v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(pub)}, nil
	}})
	if err != nil || len(vs) != 1 || vs[0].Err != nil || vs[0].Domain != "example.com" {
		t.Fatalf("dkim.Verify = %+v, %v\n%s", vs, err, b)
	}
}

// TestDemoMessageNotSpam has SpamAssassin's offline rules judge a message
// the demo sends: it must score at most 1.0.
func TestDemoMessageNotSpam(t *testing.T) {
	sa, err := exec.LookPath("spamassassin")
	if err != nil {
		if os.Getenv("NOTICE_CI") == "1" {
			t.Fatal("spamassassin is missing")
		}
		t.Skip("spamassassin is not installed (apt-get install spamassassin)")
	}
	dir := filepath.Join(t.TempDir(), "demo")
	var stdout, stderr strings.Builder
	if code := run([]string{"notice", "demo", "--dir", dir}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("demo exited %d: %s%s", code, stdout.String(), stderr.String())
	}
	files, err := filepath.Glob(filepath.Join(dir, "outbox", "new", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("the demo's outbox holds no message (%v)", err)
	}
	msg, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(sa, "-L", "-t")
	cmd.Stdin = bytes.NewReader(msg)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("spamassassin: %v", err)
	}
	m := regexp.MustCompile(`X-Spam-Status: \w+, score=(-?[0-9.]+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("spamassassin gave no score:\n%s", out)
	}
	if score, _ := strconv.ParseFloat(string(m[1]), 64); score > 1.0 {
		t.Errorf("SpamAssassin scores the demo's message %.1f, want at most 1.0:\n%s", score, out[max(0, bytes.Index(out, []byte("Content analysis"))):])
	}
}
