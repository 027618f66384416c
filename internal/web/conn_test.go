package web

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/noticeproject/notice/internal/notice"
)

// countingConn counts the writes that reach the network.
type countingConn struct {
	net.Conn
	mu     *sync.Mutex
	writes *int
}

func (c countingConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	*c.writes++
	c.mu.Unlock()
	return c.Conn.Write(p)
}

type countingListener struct {
	net.Listener
	mu     sync.Mutex
	writes int
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return countingConn{c, &l.mu, &l.writes}, nil
}

func (l *countingListener) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.writes
}

// TestListenerWire sends requests one after another on one keep-alive
// connection to a server behind Listener and checks that each response is
// the one the handler gives in process, and that each page, whatever its
// size, goes out in one write.
func TestListenerWire(t *testing.T) {
	f := newFixture(t)
	// A second notice long enough that its pages overflow net/http's
	// 4 KiB write buffer.
	var terms []string
	for i, d := range []string{"2019-01-01", "2020-01-01"} {
		text := "# Terms\n\n" + strings.Repeat(fmt.Sprintf("Clause %d says what the parties owe each other. ", i), 300) + "\n"
		rev, err := f.repo.Commit(notice.Revision{Notice: "terms", Posted: day(d), Effective: day(d)}, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		terms = append(terms, rev.ID)
	}
	s := newServer(t, f.repo)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cl := &countingListener{Listener: ln}
	srv := s.HTTPServer(ln.Addr().String())
	go func() { _ = srv.Serve(Listener(cl)) }()
	defer srv.Close()

	etag := get(t, s, f.expand("/privacy/rev/REV2")).Header.Get("ETag")
	reqs := []struct {
		method, path string
		header       []string
		oneWrite     bool
	}{
		{"GET", "/terms/at/2019-06-01", nil, true},
		{"GET", "/terms/at/2019-06-01", nil, true}, // from the cache
		{"GET", "/terms/rev/" + terms[1], nil, true},
		{"GET", "/terms/diff/" + terms[0] + ".." + terms[1], nil, true},
		{"HEAD", "/terms", nil, true},
		{"GET", "/privacy/at/2019-01-01", nil, true},
		{"GET", "/privacy/rev/REV2", nil, true},
		{"GET", "/privacy/rev/REV2", []string{"If-None-Match", etag}, true},
		{"HEAD", "/privacy/diff/REV1..REV2", nil, true},
		{"GET", "/privacy/diff/REV1..REV2", nil, true},
		{"GET", "/privacy/diff/REV1..REV2", []string{"Accept", "application/json"}, true},
		{"GET", "/privacy", nil, true},
		{"GET", "/privacy/history", nil, true},
		{"GET", "/nosuch", nil, true},
		{"GET", "/privacy/at/bad", nil, true},
		{"GET", "/privacy/at?date=2019-01-01", nil, true},
		{"GET", "/static/style.css", nil, true},
		{"GET", "/privacy/feed.atom", nil, true},
	}
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	br := bufio.NewReader(conn)
	for _, rq := range reqs {
		path := f.expand(rq.path)
		var hdr strings.Builder
		for i := 0; i+1 < len(rq.header); i += 2 {
			fmt.Fprintf(&hdr, "%s: %s\r\n", rq.header[i], rq.header[i+1])
		}
		before := cl.count()
		if _, err := fmt.Fprintf(conn, "%s %s HTTP/1.1\r\nHost: notices.example.com\r\n%s\r\n", rq.method, path, hdr.String()); err != nil {
			t.Fatal(err)
		}
		req := httptest.NewRequest(rq.method, path, nil)
		resp, err := http.ReadResponse(br, req)
		if err != nil {
			t.Fatalf("%s %s: %v", rq.method, rq.path, err)
		}
		got, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatalf("%s %s: read body: %v", rq.method, rq.path, err)
		}
		if n := cl.count() - before; rq.oneWrite && n != 1 {
			t.Errorf("%s %s (%d bytes): %d writes, want 1", rq.method, rq.path, len(got), n)
		}

		for i := 0; i+1 < len(rq.header); i += 2 {
			req.Header.Set(rq.header[i], rq.header[i+1])
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		want := rec.Result()
		if resp.StatusCode != want.StatusCode {
			t.Errorf("%s %s: status %d, want %d", rq.method, rq.path, resp.StatusCode, want.StatusCode)
		}
		if rq.method == "GET" && !bytes.Equal(got, rec.Body.Bytes()) {
			t.Errorf("%s %s: body over the wire differs from the handler's (%d bytes, want %d)",
				rq.method, rq.path, len(got), rec.Body.Len())
		}
		for k := range want.Header {
			if k == "Date" || want.StatusCode == http.StatusNotModified && (k == "Content-Type" || k == "Content-Length") {
				continue // net/http drops these from a 304
			}
			if g, w := resp.Header.Values(k), want.Header.Values(k); strings.Join(g, ",") != strings.Join(w, ",") {
				t.Errorf("%s %s: %s = %q, want %q", rq.method, rq.path, k, g, w)
			}
		}
		if resp.Close {
			t.Fatalf("%s %s: the server closed the connection", rq.method, rq.path)
		}
	}
	if n, _ := strconv.Atoi(get(t, s, "/terms/at/2019-06-01").Header.Get("Content-Length")); n <= 8<<10 {
		t.Errorf("the long dated page is %d bytes: it no longer tests a response larger than net/http's 4 KiB buffer", n)
	}
}

// recordConn records what is written to it, one entry a write.
type recordConn struct {
	net.Conn
	writes [][]byte
}

func (c *recordConn) Write(p []byte) (int, error) {
	c.writes = append(c.writes, bytes.Clone(p))
	return len(p), nil
}

func TestHeldConnLarge(t *testing.T) {
	rc := &recordConn{}
	l := Listener(nil).(*listener)
	c := &heldConn{Conn: rc, bufs: &l.bufs}
	var want []byte
	c.hold()
	for i := 0; i < 5; i++ {
		p := bytes.Repeat([]byte{byte('a' + i)}, 30<<10)
		want = append(want, p...)
		if n, err := c.Write(p); n != len(p) || err != nil {
			t.Fatalf("Write(%d bytes) = %d, %v", len(p), n, err)
		}
	}
	c.send()
	if _, err := c.Write([]byte("after")); err != nil {
		t.Fatal(err)
	}
	want = append(want, "after"...)
	got := bytes.Join(rc.writes, nil)
	if !bytes.Equal(got, want) {
		t.Errorf("bytes written differ from bytes given (%d, want %d)", len(got), len(want))
	}
	for i, w := range rc.writes[:len(rc.writes)-1] {
		if len(w) > maxHeld+30<<10 {
			t.Errorf("write %d is %d bytes: a held response must not grow past maxHeld", i, len(w))
		}
	}
	if c.buf != nil {
		t.Errorf("after send the connection keeps its buffer; an idle connection must hold none")
	}
}
