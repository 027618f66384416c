package web

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/notice"
)

// TestURLIndexFollowsHistory checks that pages answered by URL from the
// index change when a revision is published: a dated snapshot after it
// shows it, the previous newest revision links to it, and the JSON and
// HTML forms of one URL stay apart.
func TestURLIndexFollowsHistory(t *testing.T) {
	f := newFixture(t)
	s, err := New(f.repo, Options{Now: func() time.Time { return now }, BaseURL: "https://notices.example.com",
		ErrorLog: testWriter{t}, HistoryTTL: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	at, rev4 := "/privacy/at/2027-01-01", f.expand("/privacy/rev/REV4")
	for i := 0; i < 2; i++ { // the second time from the index
		if b := body(t, get(t, s, at)); !strings.Contains(b, f.ids[3]) {
			t.Fatalf("GET %s: want revision 4 in effect", at)
		}
		if b := body(t, get(t, s, rev4)); strings.Contains(b, `rel="next"`) {
			t.Fatalf("GET %s: the newest revision links to a next one", rev4)
		}
	}
	if _, ok := s.urls.get(urlKey{at, false}); !ok {
		t.Fatalf("GET %s did not enter the URL index: this test no longer tests it", at)
	}
	resp := get(t, s, at, "Accept", "application/json")
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET %s as JSON after HTML: Content-Type = %q", at, ct)
	}
	if resp := get(t, s, at); !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("GET %s as HTML after JSON: Content-Type = %q", at, resp.Header.Get("Content-Type"))
	}

	rev5, err := f.repo.Commit(notice.Revision{Notice: "privacy", Posted: day("2026-06-01"), Effective: day("2026-07-01"),
		Summary: "A fifth revision."}, []byte("# Privacy notice\n\nWe collect nothing.\n"))
	if err != nil {
		t.Fatal(err)
	}
	// The server re-reads the history in the background once it is older
	// than its time to live: ask until the pages change.
	deadline := time.Now().Add(30 * time.Second)
	for {
		atNew := strings.Contains(body(t, get(t, s, at)), rev5.ID)
		nextNew := strings.Contains(body(t, get(t, s, rev4)), rev5.ID)
		if atNew && nextNew {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("30 s after publishing: GET %s shows the new revision: %v; GET %s links to it: %v", at, atNew, rev4, nextNew)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestExportAfterServing checks that an export from a server that has
// answered readers renders its own pages rather than those the URL index
// holds, whose links are absolute.
func TestExportAfterServing(t *testing.T) {
	f := newFixture(t)
	files := func(s *Server) map[string]string {
		dir := t.TempDir()
		if _, err := s.Export("privacy", dir, nil); err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			out[strings.TrimPrefix(p, dir)] = string(b)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	want := files(newServer(t, f.repo))
	s := newServer(t, f.repo)
	for _, p := range []string{"/privacy/rev/REV1", "/privacy/rev/REV2", "/privacy/diff/REV1..REV2", "/privacy/diff/REV2..REV3"} {
		for i := 0; i < 2; i++ {
			get(t, s, f.expand(p))
		}
	}
	if s.urls.urls == nil {
		t.Fatal("no page entered the URL index: this test no longer tests it")
	}
	got := files(s)
	if len(got) != len(want) {
		t.Fatalf("export after serving wrote %d files, want %d", len(got), len(want))
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("export after serving: %s differs from a fresh server's export", name)
		}
	}
}
