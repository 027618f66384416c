package gitrepo

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/noticeproject/notice/internal/notice"
)

// indexVersion changes whenever the index file's format or meaning does, so
// an old index is rebuilt rather than misread.
const indexVersion = 2

// indexFile is the cached history of one notice, valid only for the branch
// tip it names. It lives in the git directory, never in the tracked tree,
// and is rebuilt from the commits whenever the tip differs.
type indexFile struct {
	Version   int        `json:"version"`
	Tip       string     `json:"tip"`
	Revisions []indexRev `json:"revisions"`
}

// indexRev is a revision and the blob of its file, so that reading a
// revision's text needs one object, not four.
type indexRev struct {
	notice.Revision
	Blob plumbing.Hash `json:"blob"`
}

// revisions returns a copy of revs that callers may change.
func revisions(revs []indexRev) notice.History {
	h := make(notice.History, len(revs))
	for i, r := range revs {
		h[i] = r.Revision
		h[i].Categories = append([]string(nil), r.Categories...)
		if r.Override != nil {
			o := *r.Override
			h[i].Override = &o
		}
	}
	return h
}

// sortRevs orders revs by posting time, as notice.History.Sort does.
func sortRevs(revs []indexRev) {
	sort.SliceStable(revs, func(i, j int) bool { return revs[i].Posted.Before(revs[j].Posted) })
}

// keep holds name's index in memory, so a long-running process (the web
// archive) reads the file only when the branch moved.
func (r *Repo) keep(name string, idx *indexFile) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.mem == nil {
		r.mem = map[string]*indexFile{}
	}
	r.mem[name] = idx
}

// remember keeps the blobs of name's revisions for Content.
func (r *Repo) remember(name string, revs []indexRev) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.blobs == nil {
		r.blobs = map[string]plumbing.Hash{}
	}
	for _, rev := range revs {
		r.blobs[name+" "+rev.ID] = rev.Blob
	}
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
	revs, err := r.indexed(name, tip)
	if err != nil {
		return nil, err
	}
	r.remember(name, revs)
	return revisions(revs), nil
}

func (r *Repo) indexed(name string, tip plumbing.Hash) ([]indexRev, error) {
	r.mu.Lock()
	mem := r.mem[name]
	r.mu.Unlock()
	if mem != nil && mem.Tip == tip.String() {
		return mem.Revisions, nil
	}
	old := r.loadIndex(name)
	if old != nil && old.Tip == tip.String() {
		r.keep(name, old)
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
	if reachedStop {
		revs := append(old.Revisions[:len(old.Revisions):len(old.Revisions)], found[name]...)
		sortRevs(revs)
		r.saveIndex(name, tip, revs)
		r.keep(name, &indexFile{Version: indexVersion, Tip: tip.String(), Revisions: revs})
		return revs, nil
	}
	// A full walk: every notice's index can be rebuilt from it.
	for n, revs := range found {
		sortRevs(revs)
		r.saveIndex(n, tip, revs)
		r.keep(n, &indexFile{Version: indexVersion, Tip: tip.String(), Revisions: revs})
	}
	if found[name] == nil {
		r.saveIndex(name, tip, nil)
	}
	r.keep(name, &indexFile{Version: indexVersion, Tip: tip.String(), Revisions: found[name]})
	return found[name], nil
}

// walk reads the revisions of every notice among the ancestors of tip,
// stopping at stop (excluded). It returns them oldest first by notice, and
// whether stop was met; when it was not, the walk covered the whole history.
func (r *Repo) walk(tip, stop plumbing.Hash) (map[string][]indexRev, bool, error) {
	o := r.reader()
	defer o.close()
	found := map[string][]indexRev{}
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
		c, err := o.commit(h)
		if err != nil {
			return nil, false, err
		}
		queue = append(queue, c.ParentHashes...)
		rev, ok, err := decodeMessage(c.Message)
		if !ok {
			continue
		}
		if err != nil {
			return nil, false, fmt.Errorf("commit %s: %w", h.String()[:12], err)
		}
		if notice.ValidateName(rev.Notice) != nil {
			continue
		}
		blob, err := o.lookup(c.TreeHash, path(rev.Notice))
		if errors.Is(err, os.ErrNotExist) {
			continue // names a notice it does not hold: not a revision
		}
		if err != nil {
			return nil, false, err
		}
		rev.ID = h.String()
		rev.Posted = c.Committer.When.UTC()
		rev.Author = c.Author.Name + " <" + c.Author.Email + ">"
		found[rev.Notice] = append(found[rev.Notice], indexRev{rev, blob})
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
		if rev.Notice != name || len(rev.ID) != 40 || rev.Blob.IsZero() {
			return nil
		}
	}
	return &idx
}

// saveIndex writes name's index atomically. The index is a cache: failing
// to write it (a read-only repository) only costs speed.
func (r *Repo) saveIndex(name string, tip plumbing.Hash, revs []indexRev) {
	b, err := json.Marshal(indexFile{Version: indexVersion, Tip: tip.String(), Revisions: revs})
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
	r.mu.Lock()
	blob, ok := r.blobs[name+" "+id]
	r.mu.Unlock()
	o := r.reader()
	defer o.close()
	if !ok {
		c, err := o.commit(plumbing.NewHash(id))
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", notice.ErrRevNotFound, id, err)
		}
		if blob, err = o.lookup(c.TreeHash, path(name)); err != nil {
			return nil, fmt.Errorf("%w: revision %s has no %s", notice.ErrRevNotFound, id[:12], path(name))
		}
	}
	b, err := o.blob(blob)
	if err != nil {
		return nil, fmt.Errorf("read %s at %s: %w", path(name), id[:12], err)
	}
	return b, nil
}
