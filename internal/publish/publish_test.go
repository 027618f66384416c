package publish

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/notice"
)

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

var now = date("2026-01-15T12:00:00Z")

// fixture returns a repository whose notice "privacy" has one revision,
// v1, posted and in effect on 2026-01-01.
func fixture(t *testing.T) *gitrepo.Repo {
	t.Helper()
	r, err := gitrepo.Init(t.TempDir(), notice.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Commit(notice.Revision{Notice: "privacy", Posted: date("2026-01-01T00:00:00Z"), Material: true}, []byte("v1\n")); err != nil {
		t.Fatal(err)
	}
	return r
}

func ptr(b bool) *bool { return &b }

func TestPublish(t *testing.T) {
	material := func(old, new []byte) (notice.Classification, error) {
		return notice.Classification{Material: true, Impact: notice.ImpactLessProtective, Categories: []string{"sharing"}}, nil
	}
	editorial := func(old, new []byte) (notice.Classification, error) {
		return notice.Classification{}, nil
	}
	broken := func(old, new []byte) (notice.Classification, error) {
		return notice.Classification{}, errors.New("model missing")
	}
	tests := []struct {
		name     string
		classify Classifier
		req      Request
		want     notice.Revision // Notice, Material, Effective, Categories, Impact, Override checked
		err      error
		msg      string
	}{
		{name: "material by default, on the earliest date",
			req:  Request{Name: "privacy", Content: []byte("v2\n"), Effective: date("2026-02-14T12:00:00Z")},
			want: notice.Revision{Material: true, Effective: date("2026-02-14T12:00:00Z")}},
		{name: "material too soon",
			req: Request{Name: "privacy", Content: []byte("v2\n"), Effective: date("2026-02-14T00:00:00Z")},
			err: notice.ErrTooSoon, msg: "may take effect on 2026-02-14T12:00:00Z at the earliest (notice period 30 days); give --effective 2026-02-15 or later"},
		{name: "editorial on posting",
			req:  Request{Name: "privacy", Content: []byte("v2\n"), Material: ptr(false)},
			want: notice.Revision{Material: false, Effective: now}},
		{name: "effective before posted",
			req: Request{Name: "privacy", Content: []byte("v2\n"), Effective: date("2026-01-15T11:59:59Z"), Material: ptr(false)},
			err: notice.ErrInvalidInput, msg: "is before the posting time 2026-01-15T12:00:00Z"},
		{name: "no effective date for a material revision",
			req: Request{Name: "privacy", Content: []byte("v2\n")},
			err: notice.ErrInvalidInput, msg: "give --effective DATE"},
		{name: "identical",
			req: Request{Name: "privacy", Content: []byte("v1\n"), Material: ptr(false)},
			err: notice.ErrNoChange},
		{name: "empty", req: Request{Name: "privacy", Content: []byte(" \n"), Material: ptr(false)}, err: notice.ErrInvalidInput, msg: "empty"},
		{name: "binary", req: Request{Name: "privacy", Content: []byte("a\x00b"), Material: ptr(false)}, err: notice.ErrInvalidInput, msg: "binary"},
		{name: "not UTF-8", req: Request{Name: "privacy", Content: []byte("caf\xe9"), Material: ptr(false)}, err: notice.ErrInvalidInput, msg: "offset 3"},
		{name: "too large", req: Request{Name: "privacy", Content: bytes.Repeat([]byte("a"), MaxSize+1), Material: ptr(false)}, err: notice.ErrInvalidInput, msg: "limit"},
		{name: "bad name", req: Request{Name: "../x", Content: []byte("v2\n"), Material: ptr(false)}, err: notice.ErrInvalidName},
		{name: "bad author", req: Request{Name: "privacy", Content: []byte("v2\n"), Material: ptr(false), Author: "x"}, err: notice.ErrInvalidInput, msg: "Name <email>"},
		{name: "classifier decides material", classify: material,
			req:  Request{Name: "privacy", Content: []byte("v2\n"), Effective: date("2026-03-01T00:00:00Z")},
			want: notice.Revision{Material: true, Effective: date("2026-03-01T00:00:00Z"), Categories: []string{"sharing"}, Impact: notice.ImpactLessProtective}},
		{name: "classifier decides editorial", classify: editorial,
			req:  Request{Name: "privacy", Content: []byte("v2\n"), Effective: now},
			want: notice.Revision{Material: false, Effective: now}},
		{name: "classifier applies the notice period", classify: material,
			req: Request{Name: "privacy", Content: []byte("v2\n"), Effective: now},
			err: notice.ErrTooSoon},
		{name: "override without reason", classify: material,
			req: Request{Name: "privacy", Content: []byte("v2\n"), Effective: now, Material: ptr(false)},
			err: notice.ErrInvalidInput, msg: "the classifier finds this revision material (sharing); to publish it with --editorial, say why with --reason TEXT"},
		{name: "override with reason", classify: material,
			req: Request{Name: "privacy", Content: []byte("v2\n"), Effective: now, Material: ptr(false), Reason: "only a link changed"},
			want: notice.Revision{Material: false, Effective: now, Categories: []string{"sharing"},
				Override: &notice.Override{Classified: true, Reason: "only a link changed"}}},
		{name: "agreeing verdict is no override", classify: editorial,
			req:  Request{Name: "privacy", Content: []byte("v2\n"), Effective: now, Material: ptr(false), Reason: "typo"},
			want: notice.Revision{Material: false, Effective: now}},
		{name: "override to material", classify: editorial,
			req: Request{Name: "privacy", Content: []byte("v2\n"), Effective: date("2026-03-01T00:00:00Z"), Material: ptr(true), Reason: "new purpose"},
			want: notice.Revision{Material: true, Effective: date("2026-03-01T00:00:00Z"),
				Override: &notice.Override{Classified: false, Reason: "new purpose"}}},
		{name: "classifier failure", classify: broken,
			req: Request{Name: "privacy", Content: []byte("v2\n"), Effective: date("2026-03-01T00:00:00Z")},
			msg: "classify: model missing"},
		{name: "first revision of a new notice is not classified", classify: broken,
			req:  Request{Name: "terms", Content: []byte("t1\n"), Material: ptr(false)},
			want: notice.Revision{Notice: "terms", Material: false, Effective: now}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := fixture(t)
			s := &Service{Repo: r, Classify: tt.classify, Now: func() time.Time { return now }}
			got, err := s.Publish(tt.req)
			if tt.err != nil || tt.msg != "" {
				if err == nil || (tt.err != nil && !errors.Is(err, tt.err)) || !strings.Contains(err.Error(), tt.msg) {
					t.Fatalf("Publish() error = %v, want %v containing %q", err, tt.err, tt.msg)
				}
				h, herr := r.History("privacy")
				if herr != nil || len(h) != 1 {
					t.Errorf("after a refused Publish, History = %d revisions, %v; want 1", len(h), herr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Publish() error = %v", err)
			}
			if tt.want.Notice == "" {
				tt.want.Notice = "privacy"
			}
			if got.Notice != tt.want.Notice || got.Material != tt.want.Material || !got.Effective.Equal(tt.want.Effective) ||
				strings.Join(got.Categories, ",") != strings.Join(tt.want.Categories, ",") || got.Impact != tt.want.Impact ||
				(got.Override == nil) != (tt.want.Override == nil) || (got.Override != nil && *got.Override != *tt.want.Override) {
				t.Errorf("Publish() = %+v, want %+v", got, tt.want)
			}
			h, err := r.History(tt.want.Notice)
			if err != nil {
				t.Fatal(err)
			}
			last := h[len(h)-1]
			if last.ID != got.ID || last.Material != got.Material || !last.Posted.Equal(now) ||
				(last.Override == nil) != (got.Override == nil) || (got.Override != nil && *last.Override != *got.Override) {
				t.Errorf("History last = %+v, want %+v posted %s", last, got, now)
			}
		})
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"ok.md": "# ok\n", "empty.md": "", "bin.md": "\x00", "latin1.md": "caf\xe9"}
	for name, body := range files {
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	for _, tt := range []struct{ name, msg string }{
		{"ok.md", ""}, {"empty.md", "empty"}, {"bin.md", "binary"}, {"latin1.md", "not UTF-8"},
		{"missing.md", "does not exist"}, {".", "is a folder"},
	} {
		_, err := ReadFile(filepath.Join(dir, tt.name))
		if (tt.msg == "") != (err == nil) || (err != nil && (!errors.Is(err, notice.ErrInvalidInput) || !strings.Contains(err.Error(), tt.msg))) {
			t.Errorf("ReadFile(%s) = %v, want error containing %q", tt.name, err, tt.msg)
		}
	}
}

// checkSnapshots checks that the revision in effect at each file's date is
// that file, byte for byte, or the last file of the same date.
func checkSnapshots(t *testing.T, r *gitrepo.Repo, name, folder string) {
	t.Helper()
	loc, _ := r.Config().Location()
	files, err := datedFiles(folder, loc)
	if err != nil {
		t.Fatal(err)
	}
	h, err := r.History(name)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		j := i
		for j+1 < len(files) && files[j+1].at.Equal(f.at) {
			j++
		}
		want, err := os.ReadFile(filepath.Join(folder, files[j].name))
		if err != nil {
			t.Fatal(err)
		}
		rev, err := h.InEffect(f.at)
		if err != nil {
			t.Fatalf("InEffect(%s) = %v", f.name, err)
		}
		got, err := r.Content(name, rev.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: show --at %s = revision %s (%d bytes), want %s (%d bytes)", name, f.at.Format(time.RFC3339), rev.Short(), len(got), files[j].name, len(want))
		}
	}
}

func TestImportAdobe(t *testing.T) {
	r, err := gitrepo.Init(t.TempDir(), notice.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	s := &Service{Repo: r, Now: func() time.Time { return now }}
	res, err := s.Import("adobe", "testdata/adobe", "")
	if err != nil {
		t.Fatal(err)
	}
	if res.Files != 14 || res.Imported != 14 || res.Skipped != 0 {
		t.Errorf("Import(adobe) = %+v, want 14 files, 14 imported, 0 skipped", res)
	}
	checkSnapshots(t, r, "adobe", "testdata/adobe")
	h, _ := r.History("adobe")
	if !h[0].Imported || !h[0].Posted.Equal(date("2012-10-03T22:23:20Z")) || !h[0].Effective.Equal(h[0].Posted) {
		t.Errorf("first imported revision = %+v", h[0])
	}
	// Importing again adds nothing and says why.
	if _, err := s.Import("adobe", "testdata/adobe", ""); !errors.Is(err, notice.ErrInvalidInput) {
		t.Errorf("Import(adobe) again = %v, want ErrInvalidInput", err)
	}
}

func TestImportOrderAndSkips(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"2021-01-01.md":           "a\n",
		"2021-01-15T120000Z.md":   "b\n", // identical to the one before: skipped
		"2021-01-10.md":           "b\n", // out of order by name only: dates sort it first
		"2021-03-01.md":           "c\n",
		"2021-03-01-2.md":         "d\n", // the second file of that date wins
		"manifest.tsv":            "ignored",
		"2021-04-01T000000Z-3.md": "a\n",
	} {
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	r, err := gitrepo.Init(t.TempDir(), notice.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	s := &Service{Repo: r, Now: func() time.Time { return now }}
	res, err := s.Import("hist", dir, "Historian <historian@example.org>")
	if err != nil {
		t.Fatal(err)
	}
	if res.Files != 6 || res.Imported != 5 || res.Skipped != 1 {
		t.Errorf("Import = %+v, want 6 files, 5 imported, 1 skipped", res)
	}
	checkSnapshots(t, r, "hist", dir)
	h, _ := r.History("hist")
	var got []string
	for _, rev := range h {
		b, _ := r.Content("hist", rev.ID)
		got = append(got, strings.TrimSpace(string(b)))
	}
	if strings.Join(got, "") != "abcda" {
		t.Errorf("imported texts = %v, want a b c d a", got)
	}
	if h[0].Author != "Historian <historian@example.org>" {
		t.Errorf("author = %q", h[0].Author)
	}
}

func TestImportAtomic(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "2021-01-01.md"), []byte("a\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "2021-02-01.md"), []byte("caf\xe9\n"), 0o644)
	r, err := gitrepo.Init(t.TempDir(), notice.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	s := &Service{Repo: r}
	if _, err := s.Import("hist", dir, ""); err == nil || !strings.Contains(err.Error(), "2021-02-01.md") {
		t.Fatalf("Import = %v, want an error naming 2021-02-01.md", err)
	}
	if _, err := r.History("hist"); !errors.Is(err, notice.ErrNoticeNotFound) {
		t.Errorf("History after a failed import = %v, want ErrNoticeNotFound", err)
	}
}

// TestPublishRacesAnotherWriter lands another revision while a publish is
// being classified: the publish must be classified again, against the
// revision that is now the latest, not recorded against the one it read.
func TestPublishRacesAnotherWriter(t *testing.T) {
	r := fixture(t)
	var seen []string // the old text each classification compared against
	classify := func(old, new []byte) (notice.Classification, error) {
		seen = append(seen, string(old))
		if len(seen) == 1 {
			// Another writer publishes while this one is classifying.
			if _, err := r.Commit(notice.Revision{Notice: "privacy", Posted: now.Add(-time.Minute)}, []byte("intruder\n")); err != nil {
				t.Fatal(err)
			}
		}
		return notice.Classification{}, nil
	}
	s := &Service{Repo: r, Classify: classify, Now: func() time.Time { return now }}
	rev, err := s.Publish(Request{Name: "privacy", Content: []byte("v2\n"), Effective: now.AddDate(0, 0, 40)})
	if err != nil {
		t.Fatalf("Publish = %v, want success after re-preparing", err)
	}
	if want := []string{"v1\n", "intruder\n"}; fmt.Sprint(seen) != fmt.Sprint(want) {
		t.Errorf("classified against %q, want %q", seen, want)
	}
	h, err := r.History("privacy")
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 3 || h[2].ID != rev.ID {
		t.Fatalf("history has %d revisions, last %s; want 3 ending with %s", len(h), h[len(h)-1].ID, rev.ID)
	}
}

func TestCommitOnRefusesAStaleBase(t *testing.T) {
	r := fixture(t)
	before, _ := r.History("privacy")
	for _, tt := range []struct {
		name  string
		based []byte
	}{
		{"stale text", []byte("v0\n")},
		{"notice assumed new", nil},
	} {
		_, err := r.CommitOn(notice.Revision{Notice: "privacy", Posted: now}, []byte("v2\n"), tt.based)
		if !errors.Is(err, gitrepo.ErrBaseChanged) || !errors.Is(err, notice.ErrConflict) {
			t.Errorf("CommitOn(%s) error = %v, want ErrBaseChanged", tt.name, err)
		}
	}
	if after, _ := r.History("privacy"); len(after) != len(before) {
		t.Errorf("refused writes changed the history: %d revisions, want %d", len(after), len(before))
	}
	if _, err := r.CommitOn(notice.Revision{Notice: "privacy", Posted: now}, []byte("v2\n"), []byte("v1\n")); err != nil {
		t.Errorf("CommitOn(current base) = %v, want success", err)
	}
	if _, err := r.CommitOn(notice.Revision{Notice: "terms", Posted: now}, []byte("t1\n"), nil); err != nil {
		t.Errorf("CommitOn(new notice, nil base) = %v, want success", err)
	}
}
