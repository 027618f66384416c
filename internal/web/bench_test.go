package web

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/notice"
)

// longFixture is a notice with n revisions a day apart from 1990-01-01.
func longFixture(b *testing.B, n int) (*gitrepo.Repo, notice.History) {
	b.Helper()
	repo, err := gitrepo.Init(b.TempDir(), notice.DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	paras := make([]string, 20)
	for i := range paras {
		paras[i] = fmt.Sprintf("Paragraph %d says what we do with data of kind %d. We keep it for a while.", i, i)
	}
	var entries []gitrepo.Entry
	first := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		paras[i%len(paras)] = fmt.Sprintf("As of revision %d, paragraph %d changed. We keep data for %d months.", i, i%len(paras), i%48)
		day := first.AddDate(0, 0, i)
		entries = append(entries, gitrepo.Entry{
			Rev:     notice.Revision{Notice: "privacy", Posted: day, Effective: day, Material: i%5 == 0},
			Content: []byte("# Privacy\n\n" + strings.Join(paras, "\n\n") + "\n"),
		})
	}
	if _, err := repo.CommitAll(entries); err != nil {
		b.Fatal(err)
	}
	h, err := repo.History("privacy")
	if err != nil {
		b.Fatal(err)
	}
	return repo, h
}

// BenchmarkCachedPages serves dated snapshots and redlines of a long
// history from the page cache, as the archive does once warm.
func BenchmarkCachedPages(b *testing.B) {
	repo, h := longFixture(b, 2000)
	s, err := New(repo, Options{})
	if err != nil {
		b.Fatal(err)
	}
	var paths []string
	for i := 0; i < 100; i++ {
		t := h[0].Effective.AddDate(0, 0, i*len(h)/100)
		paths = append(paths, "/privacy/at/"+t.Format("2006-01-02"))
		a := 1 + i*(len(h)-12)/100
		paths = append(paths, "/privacy/diff/"+h[a].ID+".."+h[a+1+i%10].ID)
	}
	for _, p := range paths {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != 200 {
			b.Fatalf("GET %s = %d", p, rec.Code)
		}
	}
	reqs := make([]*http.Request, len(paths))
	for i, p := range paths {
		reqs[i] = httptest.NewRequest(http.MethodGet, p, nil)
	}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		w := &discard{h: http.Header{}}
		i := 0
		for pb.Next() {
			clear(w.h)
			s.ServeHTTP(w, reqs[i%len(reqs)])
			i++
		}
	})
}

// discard is a ResponseWriter that keeps nothing, so that the benchmark
// measures the archive rather than a recorder.
type discard struct{ h http.Header }

func (d *discard) Header() http.Header         { return d.h }
func (d *discard) WriteHeader(int)             {}
func (d *discard) Write(b []byte) (int, error) { return len(b), nil }
