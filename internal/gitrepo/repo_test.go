package gitrepo

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/noticeproject/notice/internal/notice"
)

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func newRepo(t *testing.T) *Repo {
	t.Helper()
	r, err := Init(t.TempDir(), notice.DefaultConfig())
	if err != nil {
		t.Fatalf("Init: %v", err)
	}
	return r
}

// gitCLI runs git in dir; tests use it to check what other git tools see.
func gitCLI(t *testing.T, dir string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("NOTICE_CI") == "1" {
			t.Fatalf("git not found: %v", err)
		}
		t.Skip("git not found")
	}
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func TestInitOpen(t *testing.T) {
	dir := t.TempDir()
	cfg := notice.Config{NoticeDays: 14, TimeZone: "Europe/Paris", BaseURL: "https://notices.example.com"}
	if _, err := Init(dir, cfg); err != nil {
		t.Fatalf("Init: %v", err)
	}
	r, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if got := r.Config(); got != cfg {
		t.Errorf("Config() = %+v, want %+v", got, cfg)
	}
	if _, err := Init(dir, cfg); !errors.Is(err, notice.ErrExists) {
		t.Errorf("Init(existing) = %v, want ErrExists", err)
	}
	if names, err := r.Names(); err != nil || len(names) != 0 {
		t.Errorf("Names() = %v, %v; want none", names, err)
	}
	if _, err := Open(t.TempDir()); !errors.Is(err, notice.ErrNotRepository) {
		t.Errorf("Open(empty dir) = %v, want ErrNotRepository", err)
	}
	if st := gitCLI(t, dir, "status", "--porcelain"); st != "" {
		t.Errorf("git status after Init = %q, want clean", st)
	}
}

func TestOpenPlainGit(t *testing.T) {
	dir := t.TempDir()
	gitCLI(t, dir, "init", "-q")
	if _, err := Open(dir); !errors.Is(err, notice.ErrNotRepository) {
		t.Errorf("Open(plain git, no commits) = %v, want ErrNotRepository", err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("a\n"), 0o644)
	gitCLI(t, dir, "add", "a.txt")
	gitCLI(t, dir, "-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "-q", "-m", "a")
	if _, err := Open(dir); !errors.Is(err, notice.ErrNotRepository) {
		t.Errorf("Open(plain git) = %v, want ErrNotRepository", err)
	}
	// init turns it into one, keeping its files.
	r, err := Init(dir, notice.DefaultConfig())
	if err != nil {
		t.Fatalf("Init(plain git): %v", err)
	}
	if _, err := r.Commit(notice.Revision{Notice: "privacy"}, []byte("v1\n")); err != nil {
		t.Fatal(err)
	}
	if out := gitCLI(t, dir, "ls-tree", "-r", "--name-only", "HEAD"); out != "a.txt\nnotice.json\nnotices/privacy.md\n" {
		t.Errorf("tree = %q", out)
	}
}

func TestDetachedHead(t *testing.T) {
	r := newRepo(t)
	gitCLI(t, r.Dir(), "update-ref", "--no-deref", "HEAD", "HEAD")
	if _, err := Open(r.Dir()); !errors.Is(err, ErrDetached) {
		t.Fatalf("Open(detached) = %v, want ErrDetached", err)
	}
	if _, err := r.Commit(notice.Revision{Notice: "privacy"}, []byte("v1\n")); !errors.Is(err, ErrDetached) {
		t.Fatalf("Commit(detached) = %v, want ErrDetached", err)
	}
}

func TestCommitHistoryContent(t *testing.T) {
	r := newRepo(t)
	r1 := notice.Revision{Notice: "privacy", Posted: date("2020-01-01T10:00:00Z"), Effective: date("2020-02-01T00:00:00Z"),
		Material: true, Categories: []string{"sharing", "retention"}, Impact: notice.ImpactLessProtective,
		Summary: "First version", Author: "Jane Doe <jane@example.com>"}
	got1, err := r.Commit(r1, []byte("# Privacy\n\nv1\n"))
	if err != nil {
		t.Fatalf("Commit: %v", err)
	}
	if len(got1.ID) != 40 {
		t.Fatalf("Commit ID = %q", got1.ID)
	}
	r2 := notice.Revision{Notice: "privacy", Posted: date("2020-03-01T10:00:00Z"), Effective: date("2020-03-01T10:00:00Z"),
		Material: false, Override: &notice.Override{Classified: true, Reason: "typo only"}}
	got2, err := r.Commit(r2, []byte("# Privacy\n\nv2\n"))
	if err != nil {
		t.Fatalf("Commit: %v", err)
	}
	if _, err := r.Commit(notice.Revision{Notice: "terms", Posted: date("2020-03-02T00:00:00Z"), Imported: true}, []byte("terms\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Commit(notice.Revision{Notice: "privacy"}, []byte("# Privacy\n\nv2\n")); !errors.Is(err, notice.ErrNoChange) {
		t.Errorf("Commit(same content) = %v, want ErrNoChange", err)
	}

	for _, fresh := range []bool{true, false} {
		if fresh {
			os.RemoveAll(filepath.Join(r.gitDir, indexDir))
		}
		h, err := r.History("privacy")
		if err != nil {
			t.Fatalf("History: %v", err)
		}
		want := notice.History{
			{ID: got1.ID, Notice: "privacy", Posted: r1.Posted, Effective: r1.Effective, Material: true,
				Categories: []string{"sharing", "retention"}, Impact: notice.ImpactLessProtective, Summary: "First version", Author: "Jane Doe <jane@example.com>"},
			{ID: got2.ID, Notice: "privacy", Posted: r2.Posted, Effective: r2.Effective, Material: false,
				Override: &notice.Override{Classified: true, Reason: "typo only"}, Author: DefaultAuthor},
		}
		if !reflect.DeepEqual(h, want) {
			t.Errorf("History(privacy) (fresh index %v) =\n%+v\nwant\n%+v", fresh, h, want)
		}
	}
	b, err := r.Content("privacy", got1.ID)
	if err != nil || string(b) != "# Privacy\n\nv1\n" {
		t.Errorf("Content(privacy, r1) = %q, %v", b, err)
	}
	if _, err := r.Content("terms", got1.ID); !errors.Is(err, notice.ErrRevNotFound) {
		t.Errorf("Content(terms, r1) = %v, want ErrRevNotFound", err)
	}
	if _, err := r.History("cookies"); !errors.Is(err, notice.ErrNoticeNotFound) {
		t.Errorf("History(cookies) = %v, want ErrNoticeNotFound", err)
	}
	if _, err := r.History("../x"); !errors.Is(err, notice.ErrInvalidName) {
		t.Errorf("History(../x) = %v, want ErrInvalidName", err)
	}
	names, err := r.Names()
	if err != nil || !reflect.DeepEqual(names, []string{"privacy", "terms"}) {
		t.Errorf("Names() = %v, %v", names, err)
	}
	gitCLI(t, r.Dir(), "fsck", "--strict")
	if st := gitCLI(t, r.Dir(), "status", "--porcelain"); st != "" {
		t.Errorf("git status = %q, want clean", st)
	}
	if out := gitCLI(t, r.Dir(), "show", got1.ID+":notices/privacy.md"); out != "# Privacy\n\nv1\n" {
		t.Errorf("git show = %q", out)
	}
	if out := gitCLI(t, r.Dir(), "log", "-1", "--format=%(trailers:key=Effective,valueonly)%cI", got1.ID); out != "2020-02-01T00:00:00Z\n2020-01-01T10:00:00+00:00\n" {
		t.Errorf("git log trailers = %q", out)
	}
}

func TestCommitAllSkipsIdentical(t *testing.T) {
	r := newRepo(t)
	var entries []Entry
	for i, c := range []string{"a", "b", "b", "c", "a"} {
		entries = append(entries, Entry{Rev: notice.Revision{Notice: "privacy", Posted: date("2021-01-01T00:00:00Z").AddDate(0, 0, i)}, Content: []byte(c)})
	}
	out, err := r.CommitAll(entries)
	if err != nil {
		t.Fatal(err)
	}
	var ids []bool
	for _, rev := range out {
		ids = append(ids, rev.ID != "")
	}
	if want := []bool{true, true, false, true, true}; !reflect.DeepEqual(ids, want) {
		t.Errorf("CommitAll written = %v, want %v", ids, want)
	}
	h, err := r.History("privacy")
	if err != nil || len(h) != 4 {
		t.Fatalf("History = %d revisions, %v; want 4", len(h), err)
	}
	for i, want := range []string{"a", "b", "c", "a"} {
		b, err := r.Content("privacy", h[i].ID)
		if err != nil || !bytes.Equal(b, []byte(want)) {
			t.Errorf("Content(%d) = %q, %v; want %q", i, b, err, want)
		}
	}
}

func TestIndexNotTrustedOverCommits(t *testing.T) {
	r := newRepo(t)
	a, _ := r.Commit(notice.Revision{Notice: "privacy", Posted: date("2021-01-01T00:00:00Z")}, []byte("a"))
	if _, err := r.History("privacy"); err != nil {
		t.Fatal(err)
	}
	// Someone rewrites history with git: the index's tip is no longer an
	// ancestor, so the index is rebuilt.
	gitCLI(t, r.Dir(), "update-ref", "refs/heads/main", a.ID+"~1")
	if _, err := r.History("privacy"); !errors.Is(err, notice.ErrNoticeNotFound) {
		t.Fatalf("History after reset = %v, want ErrNoticeNotFound", err)
	}
	// A corrupt index is ignored.
	os.WriteFile(r.indexPath("privacy"), []byte("{"), 0o644)
	gitCLI(t, r.Dir(), "update-ref", "refs/heads/main", a.ID)
	h, err := r.History("privacy")
	if err != nil || len(h) != 1 || h[0].ID != a.ID {
		t.Fatalf("History = %v, %v", h, err)
	}
}

// TestPackedRepository reads a repository that git has packed (as a clone
// or git gc leaves it): the direct object reader must agree with go-git on
// every object, deltas included.
func TestPackedRepository(t *testing.T) {
	r := newRepo(t)
	var entries []Entry
	text := strings.Repeat("We keep your data safe and never sell it.\n", 200)
	for i := 0; i < 60; i++ {
		text = strings.Replace(text, "safe", fmt.Sprintf("safe (%d)", i), 1)
		entries = append(entries, Entry{Rev: notice.Revision{Notice: fmt.Sprintf("n%d", i%3), Posted: date("2021-01-01T00:00:00Z").Add(time.Duration(i) * time.Hour)},
			Content: []byte(text)})
	}
	if _, err := r.CommitAll(entries); err != nil {
		t.Fatal(err)
	}
	before, err := r.History("n1")
	if err != nil {
		t.Fatal(err)
	}
	gitCLI(t, r.Dir(), "gc", "-q", "--aggressive")
	if packs, _ := filepath.Glob(filepath.Join(r.gitDir, "objects", "pack", "*.pack")); len(packs) != 1 {
		t.Fatalf("git gc left %d packs, want 1", len(packs))
	}
	objects := strings.Fields(gitCLI(t, r.Dir(), "rev-list", "--objects", "--all"))
	o := r.reader()
	defer o.close()
	deltas := 0
	for _, s := range objects {
		if len(s) != 40 {
			continue // a path after the id
		}
		h := plumbing.NewHash(s)
		typ, got, err := o.fastObject(h)
		if err != nil {
			t.Fatalf("fastObject(%s) = %v", s, err)
		}
		obj, err := r.st.EncodedObject(plumbing.AnyObject, h)
		if err != nil {
			t.Fatal(err)
		}
		rd, _ := obj.Reader()
		want, _ := io.ReadAll(rd)
		rd.Close()
		if typ != obj.Type() || !bytes.Equal(got, want) {
			t.Errorf("fastObject(%s) = %s, %d bytes; go-git reads %s, %d bytes", s, typ, len(got), obj.Type(), len(want))
		}
		deltas++
	}
	if deltas < 100 {
		t.Errorf("checked %d objects, want at least 100", deltas)
	}
	os.RemoveAll(filepath.Join(r.gitDir, indexDir))
	r2, err := Open(r.Dir())
	if err != nil {
		t.Fatal(err)
	}
	after, err := r2.History("n1")
	if err != nil || !reflect.DeepEqual(after, before) {
		t.Fatalf("History after git gc = %v, %v; want %v", after, err, before)
	}
	for i, rev := range after {
		b, err := r2.Content("n1", rev.ID)
		if err != nil || !bytes.Equal(b, entries[3*i+1].Content) {
			t.Errorf("Content(n1, %d) = %d bytes, %v", i, len(b), err)
		}
	}
}

// TestConcurrentCommits writes from several goroutines, through one Repo
// and through separately opened ones: no commit may be lost.
func TestConcurrentCommits(t *testing.T) {
	r := newRepo(t)
	const writers, each = 6, 8
	errs := make(chan error, writers*each)
	for w := 0; w < writers; w++ {
		go func(w int) {
			repo := r
			if w%2 == 1 {
				var err error
				if repo, err = Open(r.Dir()); err != nil {
					for i := 0; i < each; i++ {
						errs <- err
					}
					return
				}
			}
			for i := 0; i < each; i++ {
				_, err := repo.Commit(notice.Revision{Notice: fmt.Sprintf("n%d", w%3)}, fmt.Appendf(nil, "writer %d commit %d\n", w, i))
				if err == nil {
					_, err = repo.History(fmt.Sprintf("n%d", w%3))
				}
				errs <- err
			}
		}(w)
	}
	for i := 0; i < writers*each; i++ {
		if err := <-errs; err != nil {
			t.Errorf("Commit: %v", err)
		}
	}
	total := 0
	for n := 0; n < 3; n++ {
		h, err := r.History(fmt.Sprintf("n%d", n))
		if err != nil {
			t.Fatal(err)
		}
		total += len(h)
	}
	if total != writers*each {
		t.Errorf("histories hold %d revisions, want %d", total, writers*each)
	}
	gitCLI(t, r.Dir(), "fsck", "--strict", "--no-dangling")
}

// TestBranchNeverEmpty reads the branch's ref file while commits move it:
// every read must find a full commit id. A ref rewritten in place (truncated,
// then written) is empty for a moment, and a reader in another process then
// fails with "reference not found".
func TestBranchNeverEmpty(t *testing.T) {
	r := newRepo(t)
	ref := filepath.Join(r.gitDir, filepath.FromSlash(r.branch.String()))
	done := make(chan error, 1)
	go func() {
		var err error
		for i := 0; i < 60 && err == nil; i++ {
			_, err = r.Commit(notice.Revision{Notice: "n"}, fmt.Appendf(nil, "commit %d\n", i))
		}
		done <- err
	}()
	reads := 0
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("Commit: %v", err)
			}
			if reads == 0 {
				t.Fatal("the ref was never read while commits ran")
			}
			if got := gitCLI(t, r.Dir(), "rev-list", "--count", "HEAD"); strings.TrimSpace(got) != "61" {
				t.Errorf("git rev-list --count HEAD = %s, want 61", got)
			}
			return
		default:
		}
		b, err := os.ReadFile(ref)
		if err != nil {
			t.Fatalf("read %s: %v", ref, err)
		}
		if len(bytes.TrimSpace(b)) != 40 {
			t.Fatalf("read %d: the ref file held %q while a commit moved it", reads, b)
		}
		reads++
	}
}
