package gitrepo

import (
	"fmt"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/notice"
)

// benchRepo returns a repository with n revisions spread over 20 notices.
func benchRepo(b *testing.B, n int) *Repo {
	b.Helper()
	r, err := Init(b.TempDir(), notice.DefaultConfig())
	if err != nil {
		b.Fatal(err)
	}
	base := date("2000-01-01T00:00:00Z")
	var entries []Entry
	for k := 0; k < n; k++ {
		at := base.Add(time.Duration(k) * 6 * time.Hour)
		entries = append(entries, Entry{Rev: notice.Revision{Notice: fmt.Sprintf("n%02d", k%20), Posted: at, Effective: at},
			Content: fmt.Appendf(nil, "# Notice %d\n\nRevision %d.\n", k%20, k)})
	}
	if _, err := r.CommitAll(entries); err != nil {
		b.Fatal(err)
	}
	return r
}

// BenchmarkHistoryInEffect is a dated look-up with a fresh index: open,
// read the history, pick the revision in effect, read its text.
func BenchmarkHistoryInEffect(b *testing.B) {
	r := benchRepo(b, 2000)
	at := date("2000-09-01T00:00:00Z")
	if _, err := r.History("n07"); err != nil { // build the index
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := Open(r.Dir())
		if err != nil {
			b.Fatal(err)
		}
		h, err := r.History("n07")
		if err != nil {
			b.Fatal(err)
		}
		rev, err := h.InEffect(at)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.Content("n07", rev.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHistoryRebuild reads a history whose index is missing.
func BenchmarkHistoryRebuild(b *testing.B) {
	r := benchRepo(b, 2000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		removeIndex(r)
		b.StartTimer()
		if _, err := r.History("n07"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCommit writes one revision at a time, each under the lock with
// its own branch update.
func BenchmarkCommit(b *testing.B) {
	r := benchRepo(b, 0)
	base := date("2020-01-01T00:00:00Z")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		at := base.Add(time.Duration(i) * time.Hour)
		if _, err := r.Commit(notice.Revision{Notice: "privacy", Posted: at, Effective: at}, fmt.Appendf(nil, "revision %d\n", i)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCommitAll writes revisions in batches of 100, as import does.
func BenchmarkCommitAll(b *testing.B) {
	r := benchRepo(b, 0)
	base := date("2020-01-01T00:00:00Z")
	b.ResetTimer()
	for i := 0; i < b.N; i += 100 {
		var entries []Entry
		for k := i; k < i+100 && k < b.N; k++ {
			at := base.Add(time.Duration(k) * time.Hour)
			entries = append(entries, Entry{Rev: notice.Revision{Notice: "privacy", Posted: at, Effective: at}, Content: fmt.Appendf(nil, "revision %d\n", k)})
		}
		if _, err := r.CommitAll(entries); err != nil {
			b.Fatal(err)
		}
	}
}
