package gitrepo

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/format/index"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// syncWorktree brings the work tree and git's index up to date after the
// branch moved from a commit with tree old (nil: none) to commit next, so
// that git status in a notice repository stays clean. Files the user edited
// are left alone. It runs after the revision is recorded, so it is best
// effort: a failure here must not report the publish as failed.
func (r *Repo) syncWorktree(old *object.Tree, next plumbing.Hash) {
	if filepath.Clean(r.gitDir) != filepath.Join(filepath.Clean(r.dir), ".git") {
		return // bare, or a linked work tree this package does not manage
	}
	c, err := object.GetCommit(r.st, next)
	if err != nil {
		return
	}
	tree, err := object.GetTree(r.st, c.TreeHash)
	if err != nil {
		return
	}
	idx, err := r.st.Index()
	if err != nil || idx == nil {
		idx = &index.Index{Version: 2}
	}
	w := &treeWriter{r: r, trees: map[plumbing.Hash]*object.Tree{}}
	changed := false
	walker := object.NewTreeWalker(tree, true, nil)
	defer walker.Close()
	for {
		name, te, err := walker.Next()
		if err != nil {
			break
		}
		if !te.Mode.IsFile() {
			continue
		}
		if r.syncFile(idx, w, old, name, te.Hash) {
			changed = true
		}
	}
	if changed {
		_ = r.st.SetIndex(idx)
	}
}

var zeroTime time.Time

// syncFile updates one file of the work tree and its index entry; it
// reports whether the index changed.
func (r *Repo) syncFile(idx *index.Index, w *treeWriter, old *object.Tree, name string, h plumbing.Hash) bool {
	var was plumbing.Hash
	if old != nil {
		was, _ = w.entry(old, name)
	}
	e, _ := idx.Entry(name)
	if was == h && e != nil && e.Hash == h {
		return false
	}
	full := filepath.Join(r.dir, filepath.FromSlash(name))
	cur, err := os.ReadFile(full)
	clean := os.IsNotExist(err) || (err == nil && plumbing.ComputeHash(plumbing.BlobObject, cur) == was)
	if clean {
		blob, err := object.GetBlob(r.st, h)
		if err != nil {
			return false
		}
		rd, err := blob.Reader()
		if err != nil {
			return false
		}
		var buf bytes.Buffer
		_, err = io.Copy(&buf, rd)
		rd.Close()
		if err != nil || os.MkdirAll(filepath.Dir(full), 0o755) != nil || os.WriteFile(full, buf.Bytes(), 0o644) != nil {
			return false
		}
	}
	if e == nil {
		e = idx.Add(name)
	}
	e.Hash = h
	e.Mode = filemode.Regular
	e.Size, e.ModifiedAt, e.CreatedAt = 0, zeroTime, zeroTime
	if fi, err := os.Stat(full); err == nil && clean {
		e.Size = uint32(fi.Size())
		e.ModifiedAt, e.CreatedAt = fi.ModTime(), fi.ModTime()
	}
	return true
}
