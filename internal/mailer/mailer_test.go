package mailer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/mailer/smtptest"
	"github.com/noticeproject/notice/internal/notice"
)

func TestParseURL(t *testing.T) {
	good := []struct {
		in   string
		want Server
	}{
		{"smtp://127.0.0.1:2525", Server{Host: "127.0.0.1", Port: 2525, Security: Plain, Timeout: 30 * time.Second}},
		{"smtp://localhost", Server{Host: "localhost", Port: 25, Security: Plain, Timeout: 30 * time.Second}},
		{"smtp://[::1]:25", Server{Host: "::1", Port: 25, Security: Plain, Timeout: 30 * time.Second}},
		{"smtp+starttls://mail.example.com", Server{Host: "mail.example.com", Port: 587, Security: StartTLS, Timeout: 30 * time.Second}},
		{"smtps://mail.example.com:2465?timeout=5s&helo=notice.example.com", Server{Host: "mail.example.com", Port: 2465, Security: TLS, Timeout: 5 * time.Second, HELO: "notice.example.com"}},
	}
	for _, tt := range good {
		got, err := ParseURL(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseURL(%q) = %+v, %v, want %+v", tt.in, got, err, tt.want)
		}
	}
	bad := map[string]string{
		"":                               "no scheme",
		"mail.example.com:25":            "unknown scheme",
		"smtp://mail.example.com":        "loopback only",
		"http://127.0.0.1":               "unknown scheme",
		"smtp://user:pw@127.0.0.1":       "credentials do not belong",
		"smtp://127.0.0.1:0":             "port must be",
		"smtp://127.0.0.1:99999":         "port must be",
		"smtp://127.0.0.1:x":             "not a URL",
		"smtps://":                       "no host",
		"smtps://mail.example.com/inbox": "no path",
		"smtps://mail.example.com?tls=1": "unknown parameter tls",
		"smtps://h.example.com?timeout=": "timeout must be",
		"smtp://127.0.0.1:25\r\nRCPT":    "not a URL",
	}
	for in, want := range bad {
		_, err := ParseURL(in)
		if !errors.Is(err, notice.ErrInvalidInput) || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseURL(%q) = %v, want an invalid-input error saying %q", in, err, want)
		}
	}
	if _, err := ParseURL("smtp://user:secret@127.0.0.1"); strings.Contains(err.Error(), "secret") {
		t.Errorf("ParseURL error %q shows the password", err)
	}
}

func FuzzParseURL(f *testing.F) {
	for _, s := range []string{"smtp://127.0.0.1:25", "smtps://mail.example.com?timeout=3s", "smtp+starttls://[::1]:587"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		s, err := ParseURL(raw)
		if err != nil {
			if !errors.Is(err, notice.ErrInvalidInput) {
				t.Errorf("ParseURL(%q) = %v, want ErrInvalidInput", raw, err)
			}
			return
		}
		if s.Host == "" || s.Port < 1 || s.Port > 65535 || (s.Security == Plain && !Loopback(s.Host)) {
			t.Errorf("ParseURL(%q) = %+v", raw, s)
		}
	})
}

func start(t *testing.T) *smtptest.Server {
	t.Helper()
	srv, err := smtptest.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv
}

func msg(to string) []byte {
	return []byte("From: a@example.com\r\nTo: " + to + "\r\nSubject: hi\r\n\r\nhello\r\n")
}

func TestSendKeepsConnectionOpen(t *testing.T) {
	srv := start(t)
	s, err := NewSMTP("smtp://"+srv.Addr, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := s.Conn()
	defer c.Close()
	for i := range 5 {
		to := fmt.Sprintf("r%d@example.com", i)
		reply, err := c.Send(context.Background(), "a@example.com", to, msg(to))
		if err != nil || !strings.HasPrefix(reply, "250") {
			t.Fatalf("Send(%s) = %q, %v, want 250", to, reply, err)
		}
	}
	if n := len(srv.Messages()); n != 5 {
		t.Errorf("server got %d messages, want 5", n)
	}
	if n := srv.Connections(); n != 1 {
		t.Errorf("%d connections for 5 messages, want 1", n)
	}
}

func TestFaults(t *testing.T) {
	tests := []struct {
		name      string
		fault     smtptest.Fault
		temporary bool
		code      int
	}{
		{"451 at data", smtptest.Fault{Code: 451}, true, 451},
		{"421 at data", smtptest.Fault{Code: 421}, true, 421},
		{"550 at data", smtptest.Fault{Code: 550}, false, 550},
		{"550 at rcpt", smtptest.Fault{At: "rcpt", Code: 550}, false, 550},
		{"452 at rcpt", smtptest.Fault{At: "rcpt", Code: 452}, true, 452},
		{"dropped", smtptest.Fault{Drop: true}, true, 0},
		{"stalled", smtptest.Fault{Stall: 2 * time.Second}, true, 0},
	}
	for _, tt := range tests {
		for _, pipelining := range []bool{true, false} {
			name := tt.name
			if !pipelining {
				name += " without pipelining"
			}
			t.Run(name, func(t *testing.T) {
				testFault(t, tt.fault, tt.temporary, tt.code, pipelining)
			})
		}
	}
}

// testFault sends twice to one recipient whose first attempt meets fault:
// the first Send fails as expected, the second goes through on the same
// Conn, reconnecting if it must.
func testFault(t *testing.T, fault smtptest.Fault, temporary bool, code int, pipelining bool) {
	srv := start(t)
	srv.Fault = func(to string, n int) smtptest.Fault {
		if to == "bad@example.com" && n == 1 {
			return fault
		}
		return smtptest.Fault{}
	}
	s, err := NewSMTP("smtp://"+srv.Addr+"?timeout=300ms", Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.noPipelining = !pipelining
	c := s.Conn()
	defer c.Close()
	_, err = c.Send(context.Background(), "a@example.com", "bad@example.com", msg("bad@example.com"))
	var se *Error
	if !errors.As(err, &se) || se.Temporary() != temporary || se.Code != code {
		t.Fatalf("Send with fault %+v = %v, want code %d temporary %v", fault, err, code, temporary)
	}
	if errors.Is(err, notice.ErrUnreachable) {
		t.Errorf("Send with fault %+v = %v, which wraps ErrUnreachable", fault, err)
	}
	if _, err := c.Send(context.Background(), "a@example.com", "bad@example.com", msg("bad@example.com")); err != nil {
		t.Fatalf("Send after the fault = %v", err)
	}
	if got := srv.Received()["bad@example.com"]; got != 1 {
		t.Errorf("server accepted %d messages, want 1", got)
	}
}

func TestUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	s, err := NewSMTP("smtp://"+addr+"?timeout=1s", Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Conn().Send(context.Background(), "a@example.com", "b@example.com", msg("b@example.com"))
	if !errors.Is(err, notice.ErrUnreachable) || !strings.Contains(err.Error(), addr) {
		t.Errorf("Send to a closed port = %v, want ErrUnreachable naming %s", err, addr)
	}
}

func TestCancelStalled(t *testing.T) {
	srv := start(t)
	srv.Fault = func(string, int) smtptest.Fault { return smtptest.Fault{Stall: 5 * time.Second} }
	s, err := NewSMTP("smtp://"+srv.Addr, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(100 * time.Millisecond); cancel() }()
	_, err = s.Conn().Send(ctx, "a@example.com", "b@example.com", msg("b@example.com"))
	var se *Error
	if !errors.As(err, &se) || !se.Temporary() {
		t.Errorf("Send cancelled mid-exchange = %v, want a temporary error", err)
	}
}

func TestCredentialsBoth(t *testing.T) {
	if _, err := NewSMTP("smtp://127.0.0.1", Options{Username: "u"}); !errors.Is(err, notice.ErrInvalidInput) {
		t.Errorf("NewSMTP with a username and no password = %v, want ErrInvalidInput", err)
	}
}

func TestMaildir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "outbox")
	m, err := OpenMaildir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		to := fmt.Sprintf("r%d@example.com", i)
		if _, err := m.Send(context.Background(), "a@example.com", to, msg(to)); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(filepath.Join(dir, "new"))
	if err != nil || len(entries) != 3 {
		t.Fatalf("new/ holds %d files (%v), want 3", len(entries), err)
	}
	if tmp, _ := os.ReadDir(filepath.Join(dir, "tmp")); len(tmp) != 0 {
		t.Errorf("tmp/ holds %d files, want none", len(tmp))
	}
	b, err := os.ReadFile(filepath.Join(dir, "new", entries[0].Name()))
	if err != nil || bytes.Contains(b, []byte("\r")) || !bytes.HasPrefix(b, []byte("From: a@example.com\n")) {
		t.Errorf("maildir file = %q, %v, want LF line endings", b, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "cur")); err != nil {
		t.Errorf("cur/: %v", err)
	}
}

func TestSendDotStuffing(t *testing.T) {
	srv := start(t)
	s, err := NewSMTP("smtp://"+srv.Addr, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := s.Conn()
	defer c.Close()
	bodies := []string{
		".starts with a dot\r\n",
		"Subject: x\r\n\r\nline\r\n.\r\n..two\r\n.three\r\nend\r\n",
		"Subject: x\r\n\r\nno final line break\r\n.",
		"Subject: x\r\n\r\n\r\n.\r\n",
	}
	for _, body := range bodies {
		if _, err := c.Send(context.Background(), "a@example.com", "b@example.com", []byte(body)); err != nil {
			t.Fatalf("Send(%q) = %v", body, err)
		}
	}
	got := srv.Messages()
	if len(got) != len(bodies) {
		t.Fatalf("server got %d messages, want %d", len(got), len(bodies))
	}
	for i, body := range bodies {
		want := body
		if !strings.HasSuffix(want, "\r\n") {
			want += "\r\n"
		}
		if string(got[i].Data) != want {
			t.Errorf("server got %q, want %q", got[i].Data, want)
		}
	}
}

// SendThen writes the next message's envelope after the message, and the
// next call sends that message without an exchange of its own.
func TestSendThen(t *testing.T) {
	srv := start(t)
	srv.Fault = func(to string, n int) smtptest.Fault {
		switch to {
		case "refused@example.com":
			return smtptest.Fault{At: "rcpt", Code: 550}
		case "later@example.com":
			if n == 1 {
				return smtptest.Fault{At: "data", Code: 451}
			}
		}
		return smtptest.Fault{}
	}
	s, err := NewSMTP("smtp://"+srv.Addr+"?timeout=2s", Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := s.Conn()
	ctx := context.Background()
	send := func(to, next string) error {
		t.Helper()
		_, err := c.SendThen(ctx, "a@example.com", to, msg(to), next)
		// A message refused before its text has no end of data to follow.
		var se *Error
		refusedEarly := errors.As(err, &se) && se.Code == 550
		if next != "" && !refusedEarly && (c.announced == nil || c.announced.to != next) {
			t.Errorf("after SendThen(%s, %s) the envelope of %s did not go ahead: %+v", to, next, next, c.announced)
		}
		return err
	}
	steps := []struct {
		to, next  string
		wantCode  int // 0: accepted
		temporary bool
	}{
		{"r1@example.com", "r2@example.com", 0, false},
		{"r2@example.com", "refused@example.com", 0, false},
		{"refused@example.com", "later@example.com", 550, false}, // refused at RCPT: later's envelope goes the usual way
		{"later@example.com", "r3@example.com", 451, true},       // refused at the end of data; r3's envelope still awaits
		{"r3@example.com", "", 0, false},
	}
	for _, st := range steps {
		err := send(st.to, st.next)
		var se *Error
		switch {
		case st.wantCode == 0 && err != nil:
			t.Fatalf("SendThen(%s) = %v", st.to, err)
		case st.wantCode != 0 && (!errors.As(err, &se) || se.Code != st.wantCode || se.Temporary() != st.temporary):
			t.Fatalf("SendThen(%s) = %v, want code %d", st.to, err, st.wantCode)
		}
	}
	// An envelope sent ahead for a message that does not follow is
	// abandoned with the connection: nothing reaches that recipient.
	if err := send("r4@example.com", "skipped@example.com"); err != nil {
		t.Fatal(err)
	}
	if err := send("r5@example.com", "closing@example.com"); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	got := srv.Received()
	for _, to := range []string{"r1", "r2", "r3", "r4", "r5"} {
		if got[to+"@example.com"] != 1 {
			t.Errorf("%s@example.com got %d messages, want 1", to, got[to+"@example.com"])
		}
	}
	for _, to := range []string{"refused", "later", "skipped", "closing"} {
		if got[to+"@example.com"] != 0 {
			t.Errorf("%s@example.com got %d messages, want none", to, got[to+"@example.com"])
		}
	}
	for _, m := range srv.Messages() {
		if !bytes.Contains(m.Data, []byte("To: "+m.To)) {
			t.Errorf("message for %s carries another's text:\n%s", m.To, m.Data)
		}
	}
	if n := srv.Connections(); n != 2 {
		t.Errorf("%d connections, want 2 (one more after the skipped envelope)", n)
	}
}

// A message refused at the end of data on a connection that then drops
// while the next envelope is answered fails as refused; the next message
// goes out on a new connection.
func TestSendThenRefusedThenDropped(t *testing.T) {
	srv := start(t)
	srv.Fault = func(to string, n int) smtptest.Fault {
		switch {
		case to == "first@example.com" && n == 1:
			return smtptest.Fault{At: "data", Code: 451}
		case to == "second@example.com" && n == 1:
			return smtptest.Fault{At: "rcpt", Drop: true}
		}
		return smtptest.Fault{}
	}
	s, err := NewSMTP("smtp://"+srv.Addr+"?timeout=2s", Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := s.Conn()
	defer c.Close()
	_, err = c.SendThen(context.Background(), "a@example.com", "first@example.com", msg("first@example.com"), "second@example.com")
	var se *Error
	if !errors.As(err, &se) || se.Code != 451 || !se.Temporary() {
		t.Fatalf("SendThen(first) = %v, want a temporary 451", err)
	}
	if _, err := c.Send(context.Background(), "a@example.com", "second@example.com", msg("second@example.com")); err != nil {
		t.Fatalf("Send(second) after the drop = %v", err)
	}
	if got := srv.Received(); got["second@example.com"] != 1 || got["first@example.com"] != 0 {
		t.Errorf("server received %v, want second once and first never", got)
	}
}
