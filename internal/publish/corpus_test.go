package publish

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/notice"
)

// corpusDir is the shared corpus of real privacy-policy histories, next to
// the repository (../shared/corpus from its root). It is not part of a
// clone: this whole-corpus check skips when it is absent.
const corpusDir = "../../../shared/corpus"

// TestCorpus imports all nine histories of ../shared/corpus and checks that
// the revision in effect at each file's date is that file, byte for byte.
func TestCorpus(t *testing.T) {
	ents, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Skipf("whole-corpus check skipped: %s is absent (it lives next to the repository, not in it)", corpusDir)
	}
	if testing.Short() {
		t.Skip("whole-corpus check skipped in -short mode")
	}
	r, err := gitrepo.Init(t.TempDir(), notice.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	s := &Service{Repo: r, Now: func() time.Time { return now }}
	n := 0
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		n++
		name, folder := e.Name(), filepath.Join(corpusDir, e.Name())
		t.Run(name, func(t *testing.T) {
			res, err := s.Import(name, folder, "")
			if err != nil {
				t.Fatalf("Import(%s) = %v", name, err)
			}
			h, err := r.History(name)
			if err != nil {
				t.Fatal(err)
			}
			if len(h) != res.Imported || res.Imported+res.Skipped != res.Files {
				t.Errorf("Import(%s) = %+v, history has %d revisions", name, res, len(h))
			}
			t.Logf("%s: %d files, %d revisions, %d identical to the previous skipped", name, res.Files, res.Imported, res.Skipped)
			checkSnapshots(t, r, name, folder)
		})
	}
	if n != 9 {
		t.Errorf("corpus has %d histories, want 9", n)
	}
}
