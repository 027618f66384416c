package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/noticeproject/notice/internal/notice"
)

func TestRawHTMLShownAsText(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.repo)
	for _, path := range []string{"/privacy", "/privacy/rev/REV3", "/privacy/at/2019-01-01", "/privacy/diff/REV2..REV3", "/privacy/blame"} {
		b := body(t, get(t, s, f.expand(path)))
		if strings.Contains(b, "<script") || strings.Contains(b, "<b onclick") || strings.Contains(b, "onclick=") && !strings.Contains(b, "&lt;b onclick") {
			t.Errorf("GET %s: notice markup reached the page as HTML:\n%s", path, b)
		}
		if !strings.Contains(b, "alert(") {
			t.Errorf("GET %s: the script's text is missing; it must be shown as text", path)
		}
	}
	b := body(t, get(t, s, f.expand("/privacy/rev/REV3")))
	if !strings.Contains(b, "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;") {
		t.Errorf("GET /privacy/rev/REV3: want the escaped <script> element shown as text")
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.repo)
	for _, path := range []string{"/", "/privacy", "/nosuch", "/privacy/at/bad", "/privacy/feed.atom", "/static/style.css"} {
		resp := get(t, s, path)
		h := resp.Header
		// frame-ancestors is what keeps the pages out of other sites' frames.
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("GET %s: Content-Security-Policy = %q", path, csp)
		}
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options = %q, want nosniff", path, got)
		}
		if got := h.Get("Referrer-Policy"); got == "" {
			t.Errorf("GET %s: no Referrer-Policy", path)
		}
	}
}

func TestCaching(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.repo)
	tests := []struct {
		path  string
		cache string
	}{
		{"/privacy/rev/REV2", "immutable"},
		{"/privacy/diff/REV1..REV2", "immutable"},
		{"/privacy/rev/REV4", "no-cache"}, // the newest: gains a "next" link later
		{"/privacy", "no-cache"},
		{"/privacy/history", "no-cache"},
		{"/privacy/at/2017-07-01", "max-age"},
	}
	for _, tt := range tests {
		path := f.expand(tt.path)
		resp := get(t, s, path)
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s = %d", tt.path, resp.StatusCode)
		}
		if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, tt.cache) {
			t.Errorf("GET %s: Cache-Control = %q, want %s", tt.path, cc, tt.cache)
		}
		etag := resp.Header.Get("ETag")
		if !regexp.MustCompile(`^"[0-9a-f]{32}"$`).MatchString(etag) {
			t.Fatalf("GET %s: ETag = %q, want a strong ETag", tt.path, etag)
		}
		again := get(t, s, path, "If-None-Match", etag)
		if again.StatusCode != http.StatusNotModified || body(t, again) != "" {
			t.Errorf("GET %s If-None-Match %s = %d, want 304 with no body", tt.path, etag, again.StatusCode)
		}
		other := get(t, s, path, "If-None-Match", `"0000"`)
		if other.StatusCode != 200 {
			t.Errorf("GET %s with a stale ETag = %d, want 200", tt.path, other.StatusCode)
		}
		asJSON := get(t, s, path, "Accept", "application/json")
		if asJSON.Header.Get("ETag") == etag {
			t.Errorf("GET %s: the JSON and HTML forms share an ETag", tt.path)
		}
		if v := asJSON.Header.Get("Vary"); v != "Accept" {
			t.Errorf("GET %s: Vary = %q, want Accept", tt.path, v)
		}
	}
}

func TestRedirects(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.repo)
	tests := []struct{ path, location string }{
		{"/privacy/rev/" + f.ids[1][:8], "/privacy/rev/REV2"},
		{"/privacy/at?date=2017-07-01", "/privacy/at/2017-07-01"},
		{"/privacy/at?date=2017-07-01&as-posted=1", "/privacy/at/2017-07-01?as-posted=1"},
		{"/privacy/diff?from=@2017-02-01&to=" + f.ids[2][:10], "/privacy/diff/@2017-02-01.." + f.ids[2][:10]},
	}
	for _, tt := range tests {
		resp := get(t, s, tt.path)
		if resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != f.expand(tt.location) {
			t.Errorf("GET %s = %d to %q, want 302 to %s", tt.path, resp.StatusCode, resp.Header.Get("Location"), tt.location)
		}
	}
}

// TestBadRequests: malformed input gives 4xx pages, never a 500.
func TestBadRequests(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.repo)
	tests := []struct {
		method, path string
		status       int
	}{
		{"GET", "/privacy/diff/..", 307}, // cleaned to /privacy by the router
		{"GET", "/privacy/diff/a..b..c", 404},
		{"GET", "/privacy/diff/REV1..", 400},
		{"GET", "/privacy/diff/@2017-02-30..REV2", 400},
		{"GET", "/privacy/at/2017-02-30", 400},
		{"GET", "/privacy/at/20170101", 400},
		{"GET", "/privacy/rev/@2017-06-01", 400},
		{"GET", "/privacy/rev/zz", 404},
		{"GET", "/privacy/rev/REV1/extra", 404},
		{"GET", "/PRIVACY", 404},
		{"GET", "/..%2f..%2fetc%2fpasswd", 404},
		{"GET", "/privacy%00", 404},
		{"GET", "/privacy/blame?at=tomorrow", 400},
		{"GET", "/privacy/blame?at=2001-01-01", 404},
		{"GET", "/privacy/at?date=", 400},
		{"GET", "/privacy/diff?from=x", 400},
		{"GET", "/nosuch/feed.atom", 404},
		{"GET", "/nosuch/banner.json", 404},
		{"POST", "/privacy", 405},
		{"DELETE", "/privacy/rev/REV1", 405},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(tt.method, f.expand(tt.path), nil)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != tt.status {
			t.Errorf("%s %s = %d, want %d: %s", tt.method, tt.path, rec.Code, tt.status, firstLine(rec.Body.String()))
		}
	}
}

func TestHead(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.repo)
	req := httptest.NewRequest(http.MethodHead, "/privacy", nil)
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Code != 200 || rec.Body.Len() != 0 || rec.Header().Get("Content-Length") == "0" {
		t.Errorf("HEAD /privacy = %d, %d bytes, Content-Length %s; want 200, no body, the page's length",
			rec.Code, rec.Body.Len(), rec.Header().Get("Content-Length"))
	}
}

func TestFeed(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.repo)
	resp := get(t, s, "/privacy/feed.atom")
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/atom+xml") {
		t.Errorf("feed Content-Type = %q", ct)
	}
	feed, err := gofeed.NewParser().ParseString(body(t, resp))
	if err != nil {
		t.Fatalf("parse feed: %v", err)
	}
	if feed.FeedType != "atom" || len(feed.Items) != len(f.ids) {
		t.Fatalf("feed: type %s with %d entries, want atom with %d", feed.FeedType, len(feed.Items), len(f.ids))
	}
	newest := feed.Items[0]
	if want := "https://notices.example.com/privacy/rev/" + f.ids[3]; newest.Link != want || newest.GUID != want {
		t.Errorf("newest entry link %q, id %q; want %s", newest.Link, newest.GUID, want)
	}
	if !strings.Contains(strings.Join(newest.Categories, ","), "material") || !strings.Contains(strings.Join(newest.Categories, ","), "retention") {
		t.Errorf("newest entry categories = %v, want material and retention", newest.Categories)
	}
	oldest := feed.Items[len(feed.Items)-1]
	if len(oldest.Categories) != 1 || oldest.Categories[0] != "editorial" || !strings.HasPrefix(oldest.Title, "Editorial revision") {
		t.Errorf("oldest entry %q categories %v, want an editorial revision", oldest.Title, oldest.Categories)
	}
	if newest.PublishedParsed == nil || !newest.PublishedParsed.Equal(day("2026-01-10")) {
		t.Errorf("newest entry published %v, want 2026-01-10", newest.PublishedParsed)
	}
}

// TestFeedPages: a long history's feed is paged (RFC 5005), and every
// revision is on one page.
func TestFeedPages(t *testing.T) {
	revs := make(notice.History, 250)
	for i := range revs {
		day := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		revs[i] = notice.Revision{ID: fmt.Sprintf("%040x", i+1), Notice: "privacy", Posted: day, Effective: day}
	}
	s := newServer(t, fakeArchive{revs})
	seen := map[string]bool{}
	next := "/privacy/feed.atom"
	for pages := 0; next != ""; pages++ {
		if pages > 3 {
			t.Fatal("the feed's next links do not end")
		}
		resp := get(t, s, next)
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s = %d", next, resp.StatusCode)
		}
		xml := body(t, resp)
		feed, err := gofeed.NewParser().ParseString(xml)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range feed.Items {
			seen[it.GUID] = true
		}
		next = ""
		if m := nextLink.FindStringSubmatch(xml); m != nil {
			next = strings.TrimPrefix(m[1], "https://notices.example.com")
		}
	}
	if len(seen) != 250 {
		t.Errorf("the feed's pages hold %d revisions, want 250", len(seen))
	}
	if resp := get(t, s, "/privacy/feed.atom?page=4"); resp.StatusCode != 404 {
		t.Errorf("GET feed page 4 of 3 = %d, want 404", resp.StatusCode)
	}
	if resp := get(t, s, "/privacy/feed.atom?page=0"); resp.StatusCode != 400 {
		t.Errorf("GET feed page 0 = %d, want 400", resp.StatusCode)
	}
}

var nextLink = regexp.MustCompile(`<link href="([^"]+)" rel="next"`)

// fakeArchive is a history without texts, for pages that show none.
type fakeArchive struct{ h notice.History }

func (a fakeArchive) Names() ([]string, error) { return []string{"privacy"}, nil }
func (a fakeArchive) History(name string) (notice.History, error) {
	if name != "privacy" {
		return nil, notice.ErrNoticeNotFound
	}
	return a.h, nil
}
func (a fakeArchive) Content(name, id string) ([]byte, error) { return []byte("# Text\n"), nil }
func (a fakeArchive) Config() notice.Config                   { return notice.DefaultConfig() }

func TestExport(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.repo)
	dir := t.TempDir()
	n, err := s.Export("privacy", dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	// index, current, history, blame, feed, banner, style, 4 revisions, 3 redlines
	// and the pending banner's redline (REV3..REV4 is one of the 3).
	if n != 14 {
		t.Errorf("Export wrote %d files, want 14", n)
	}
	href := regexp.MustCompile(`(?:href|src)="([^"]*)"`)
	err = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.Contains(string(b), "<form") {
			t.Errorf("%s: a static page has a form", p)
		}
		for _, m := range href.FindAllStringSubmatch(string(b), -1) {
			link := m[1]
			if strings.Contains(link, "://") || strings.HasPrefix(link, "mailto:") {
				continue
			}
			if strings.HasPrefix(link, "/") {
				t.Errorf("%s: absolute link %s in a static copy", p, link)
				continue
			}
			if _, err := os.Stat(filepath.Join(filepath.Dir(p), filepath.FromSlash(link))); err != nil {
				t.Errorf("%s: broken link %s", p, link)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Export("nosuch", t.TempDir(), nil); !errors.Is(err, notice.ErrNoticeNotFound) {
		t.Errorf("Export(nosuch) = %v, want a no-such-notice error", err)
	}
}

func TestBanner(t *testing.T) {
	f := newFixture(t)
	s := newServer(t, f.repo)
	resp := get(t, s, "/privacy/banner.json")
	if resp.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("banner.json: no CORS header; the company's site must be able to fetch it")
	}
	checkGolden(t, "banner.json", f.anonymise(body(t, resp)))
}

func TestLRUBounded(t *testing.T) {
	c := newLRU(1000)
	for i := 0; i < 100; i++ {
		c.add(&entry{key: string(rune('a'+i%26)) + strings.Repeat("x", i), body: make([]byte, 100)})
	}
	if c.size > 1000 {
		t.Errorf("cache holds %d bytes, over its 1000-byte bound", c.size)
	}
	if _, ok := c.get(string(rune('a'+99%26)) + strings.Repeat("x", 99)); !ok {
		t.Errorf("the most recent entry was evicted")
	}
}

// gatedArchive counts Content calls and holds them until gate is closed.
type gatedArchive struct {
	fakeArchive
	calls   *atomic.Int64
	started chan struct{}
	gate    chan struct{}
}

func (a gatedArchive) Content(name, id string) ([]byte, error) {
	if a.calls.Add(1) == 1 {
		close(a.started)
	}
	<-a.gate
	return []byte("# Text\n"), nil
}

// TestOneRenderPerPage: concurrent requests for a page not yet rendered
// wait for one rendering instead of each doing it.
func TestOneRenderPerPage(t *testing.T) {
	revs := notice.History{{ID: fmt.Sprintf("%040x", 1), Notice: "privacy", Posted: day("2020-01-01"), Effective: day("2020-01-01")},
		{ID: fmt.Sprintf("%040x", 2), Notice: "privacy", Posted: day("2020-02-01"), Effective: day("2020-02-01")}}
	a := gatedArchive{fakeArchive{revs}, new(atomic.Int64), make(chan struct{}), make(chan struct{})}
	s := newServer(t, a)
	path := "/privacy/rev/" + revs[0].ID
	var wg sync.WaitGroup
	codes := make([]int, 8)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i > 0 {
				<-a.started
			}
			codes[i] = get(t, s, path).StatusCode
		}()
	}
	<-a.started
	time.Sleep(100 * time.Millisecond) // let the other requests arrive
	close(a.gate)
	wg.Wait()
	if n := a.calls.Load(); n != 1 {
		t.Errorf("8 concurrent requests read the revision %d times, want once", n)
	}
	for i, c := range codes {
		if c != 200 {
			t.Errorf("request %d = %d, want 200", i, c)
		}
	}
}
