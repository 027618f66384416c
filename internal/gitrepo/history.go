package gitrepo

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/noticeproject/notice/internal/notice"
)

// indexVersion changes whenever the index file's format or meaning does, so
// an old index is rebuilt rather than misread.
const indexVersion = 1

// indexFile is the cached history of one notice, valid only for the branch
// tip it names. It lives in the git directory, never in the tracked tree,
// and is rebuilt from the commits whenever the tip differs.
type indexFile struct {
	Version   int               `json:"version"`
	Tip       string            `json:"tip"`
	Revisions []notice.Revision `json:"revisions"`
}

// History returns the revisions of notice name, oldest posted first. It
// returns an error wrapping notice.ErrInvalidName for a bad name and
// notice.ErrNoticeNotFound when the notice has no revision.
func (r *Repo) History(name string) (notice.History, error) {
	if err := notice.ValidateName(name); err != nil {
		return nil, err
	}
	tip, err := r.tip()
	if err != nil {
		return nil, err
	}
	h, err := r.history(name, tip)
	if err != nil {
		return nil, err
	}
	if len(h) == 0 {
		names, _ := r.Names()
		known := "none yet"
		if len(names) > 0 {
			known = strings.Join(names, ", ")
		}
		return nil, fmt.Errorf("%w %q (notices: %s); publish it first: notice publish %s FILE --effective DATE",
			notice.ErrNoticeNotFound, name, known, name)
	}
	return h, nil
}

// history reads name's history at tip from the index, bringing the index up
// to date from the commits when its tip differs.
func (r *Repo) history(name string, tip plumbing.Hash) (notice.History, error) {
	old := r.loadIndex(name)
	if old != nil && old.Tip == tip.String() {
		return old.Revisions, nil
	}
	stop := plumbing.ZeroHash
	if old != nil {
		stop = plumbing.NewHash(old.Tip)
	}
	found, reachedStop, err := r.walk(tip, stop)
	if err != nil {
		return nil, err
	}
	var h notice.History
	if reachedStop {
		h = append(append(h, old.Revisions...), found[name]...)
		h.Sort()
		r.saveIndex(name, tip, h)
		return h, nil
	}
	// A full walk: every notice's index can be rebuilt from it.
	for n, revs := range found {
		hist := notice.History(revs)
		hist.Sort()
		if n == name {
			h = hist
		}
		r.saveIndex(n, tip, hist)
	}
	if h == nil {
		r.saveIndex(name, tip, nil)
	}
	return h, nil
}

// walk reads the revisions of every notice among the ancestors of tip,
// stopping at stop (excluded). It returns them oldest first by notice, and
// whether stop was met; when it was not, the walk covered the whole history.
func (r *Repo) walk(tip, stop plumbing.Hash) (map[string][]notice.Revision, bool, error) {
	found := map[string][]notice.Revision{}
	seen := map[plumbing.Hash]bool{}
	queue := []plumbing.Hash{tip}
	reached := false
	for len(queue) > 0 {
		h := queue[0]
		queue = queue[1:]
		if seen[h] {
			continue
		}
		seen[h] = true
		if h == stop {
			reached = true
			continue
		}
		c, err := object.GetCommit(r.st, h)
		if err != nil {
			return nil, false, fmt.Errorf("read commit %s: %w", h, err)
		}
		queue = append(queue, c.ParentHashes...)
		rev, ok, err := decodeMessage(c.Message)
		if !ok {
			continue
		}
		if err != nil {
			return nil, false, fmt.Errorf("commit %s: %w", h.String()[:12], err)
		}
		rev.ID = h.String()
		rev.Posted = c.Committer.When.UTC()
		rev.Author = c.Author.Name + " <" + c.Author.Email + ">"
		found[rev.Notice] = append(found[rev.Notice], rev)
	}
	for n, revs := range found {
		// The walk met them newest first.
		for i, j := 0, len(revs)-1; i < j; i, j = i+1, j-1 {
			revs[i], revs[j] = revs[j], revs[i]
		}
		found[n] = revs
	}
	if reached {
		return found, true, nil
	}
	return found, false, nil
}

func (r *Repo) indexPath(name string) string {
	return filepath.Join(r.gitDir, indexDir, name+".json")
}

// loadIndex returns name's index, or nil when there is none usable.
func (r *Repo) loadIndex(name string) *indexFile {
	b, err := os.ReadFile(r.indexPath(name))
	if err != nil {
		return nil
	}
	var idx indexFile
	if json.Unmarshal(b, &idx) != nil || idx.Version != indexVersion || len(idx.Tip) != 40 {
		return nil
	}
	for _, rev := range idx.Revisions {
		if rev.Notice != name || rev.ID == "" {
			return nil
		}
	}
	return &idx
}

// saveIndex writes name's index atomically. The index is a cache: failing
// to write it (a read-only repository) only costs speed.
func (r *Repo) saveIndex(name string, tip plumbing.Hash, h notice.History) {
	b, err := json.Marshal(indexFile{Version: indexVersion, Tip: tip.String(), Revisions: h})
	if err != nil {
		return
	}
	dir := filepath.Join(r.gitDir, indexDir)
	if os.MkdirAll(dir, 0o755) != nil {
		return
	}
	f, err := os.CreateTemp(dir, name+".*.tmp")
	if err != nil {
		return
	}
	_, werr := f.Write(b)
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), r.indexPath(name)) != nil {
		os.Remove(f.Name())
	}
}

// Content returns the exact bytes of notices/<name>.md at revision id (a
// full commit id). It returns an error wrapping notice.ErrRevNotFound when
// there is no such commit or it has no such file.
func (r *Repo) Content(name, id string) ([]byte, error) {
	if err := notice.ValidateName(name); err != nil {
		return nil, err
	}
	if len(id) != 40 {
		return nil, fmt.Errorf("%w: %q: give a full revision id (40 hex digits)", notice.ErrRevNotFound, id)
	}
	if _, err := hex.DecodeString(id); err != nil {
		return nil, fmt.Errorf("%w: %q: give a full revision id (40 hex digits)", notice.ErrRevNotFound, id)
	}
	c, err := object.GetCommit(r.st, plumbing.NewHash(id))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", notice.ErrRevNotFound, id, err)
	}
	f, err := c.File(path(name))
	if err != nil {
		return nil, fmt.Errorf("%w: revision %s has no %s", notice.ErrRevNotFound, id[:12], path(name))
	}
	rd, err := f.Reader()
	if err != nil {
		return nil, fmt.Errorf("read %s at %s: %w", path(name), id[:12], err)
	}
	defer rd.Close()
	b, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("read %s at %s: %w", path(name), id[:12], err)
	}
	return b, nil
}
