package web

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/notice"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// now is the fixed clock of every test: revision 4 is posted but pending.
var now = time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// fixture is a notice repository with one notice, privacy, of four
// revisions, and the ids they were given.
type fixture struct {
	repo *gitrepo.Repo
	ids  []string
}

// fixtureRevisions are the revisions of the fixture's privacy notice.
var fixtureRevisions = []struct {
	rev  notice.Revision
	text string
}{
	{notice.Revision{Posted: day("2017-01-10"), Effective: day("2017-01-10"), Summary: "First publication."},
		"# Privacy notice\n\nWe collect your name and email address. We use them to send you receipts.\n\n## Sharing\n\nWe do not share your data.\n"},
	{notice.Revision{Posted: day("2017-05-01"), Effective: day("2017-06-01"), Material: true,
		Impact: notice.ImpactLessProtective, Categories: []string{"sharing"}, Summary: "We now share data with advertisers."},
		"# Privacy notice\n\nWe collect your name and email address. We use them to send you receipts.\n\n## Sharing\n\nWe share your email address with advertising partners. You can object at any time.\n"},
	{notice.Revision{Posted: day("2018-04-25"), Effective: day("2018-05-25"), Material: true,
		Impact: notice.ImpactMoreProtective, Categories: []string{"access", "international"}, Summary: "Rights under the GDPR."},
		"# Privacy notice\n\nWe collect your name and email address. We use them to send you receipts.\n\n## Sharing\n\nWe share your email address with advertising partners. You can object at any time.\n\n## Your rights\n\nYou may ask for a copy of your data. Write to privacy@example.com.\n\n<script>alert(\"owned\")</script>\n\nInline <b onclick=\"x()\">markup</b> is shown as text.\n"},
	{notice.Revision{Posted: day("2026-01-10"), Effective: day("2026-02-15"), Material: true,
		Impact: notice.ImpactNeutral, Categories: []string{"retention"}, Summary: "Retention periods."},
		"# Privacy notice\n\nWe collect your name and email address. We use them to send you receipts.\n\n## Sharing\n\nWe share your email address with advertising partners. You can object at any time.\n\n## Your rights\n\nYou may ask for a copy of your data. Write to privacy@example.com.\n\n## Retention\n\nWe keep receipts for six years.\n"},
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	dir := t.TempDir()
	repo, err := gitrepo.Init(dir, notice.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{repo: repo}
	for _, fr := range fixtureRevisions {
		rev := fr.rev
		rev.Notice = "privacy"
		got, err := repo.Commit(rev, []byte(fr.text))
		if err != nil {
			t.Fatal(err)
		}
		f.ids = append(f.ids, got.ID)
	}
	return f
}

func newServer(t testing.TB, a Archive) *Server {
	t.Helper()
	s, err := New(a, Options{Now: func() time.Time { return now }, BaseURL: "https://notices.example.com",
		ErrorLog: testWriter{t}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(b []byte) (int, error) {
	w.t.Logf("%s", b)
	return len(b), nil
}

// anonymise replaces the fixture's revision ids, which depend on when the
// repository was created, by REV1…REV4.
func (f *fixture) anonymise(s string) string {
	for i, id := range f.ids {
		s = strings.ReplaceAll(s, id, fmt.Sprintf("REV%d", i+1))
		s = strings.ReplaceAll(s, id[:12], fmt.Sprintf("SHORT%d", i+1))
	}
	return s
}

// expand replaces REV1…REV4 in a path by the fixture's ids.
func (f *fixture) expand(s string) string {
	for i := len(f.ids) - 1; i >= 0; i-- {
		s = strings.ReplaceAll(s, fmt.Sprintf("REV%d", i+1), f.ids[i])
	}
	return s
}

func get(t testing.TB, h http.Handler, path string, header ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t testing.TB, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s (run go test -update and review the diff):\n%s", name, path, got)
	}
}

// TestPages renders each page as HTML and JSON and compares it with its
// golden file.
func TestPages(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.repo)
	tests := []struct {
		golden string
		path   string
		status int
	}{
		{"index", "/", 200},
		{"current", "/privacy", 200},
		{"history", "/privacy/history", 200},
		{"at", "/privacy/at/2017-07-01", 200},
		{"at-as-posted", "/privacy/at/2017-05-15?as-posted=1", 200},
		{"rev", "/privacy/rev/REV3", 200},
		{"diff", "/privacy/diff/REV1..REV2", 200},
		{"diff-dates", "/privacy/diff/@2017-01-10..@2018-06-01", 200},
		{"blame", "/privacy/blame", 200},
		{"not-found-name", "/nosuch", 404},
		{"not-found-page", "/privacy/nosuch/page", 404},
		{"bad-date", "/privacy/at/2017-13-45", 400},
		{"before-first", "/privacy/at/2010-01-01", 404},
		{"bad-range", "/privacy/diff/REV1", 400},
		{"unknown-rev", "/privacy/rev/abcdef0123", 404},
		{"bad-range-date", "/privacy/diff/@2017-02-01..@yesterday", 400},
	}
	for _, tt := range tests {
		for _, format := range []string{"html", "json"} {
			t.Run(tt.golden+"."+format, func(t *testing.T) {
				accept := "text/html"
				if format == "json" {
					accept = "application/json"
				}
				resp := get(t, s, f.expand(tt.path), "Accept", accept)
				if resp.StatusCode != tt.status {
					t.Fatalf("GET %s = %d, want %d", tt.path, resp.StatusCode, tt.status)
				}
				if ct := resp.Header.Get("Content-Type"); !strings.Contains(ct, format) {
					t.Errorf("GET %s Content-Type = %q, want %s", tt.path, ct, format)
				}
				b := body(t, resp)
				if format == "json" && !json.Valid([]byte(b)) {
					t.Errorf("GET %s: invalid JSON: %s", tt.path, b)
				}
				checkGolden(t, tt.golden+"."+format, f.anonymise(b))
			})
		}
	}
}
