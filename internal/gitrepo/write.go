package gitrepo

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/storage"
	"github.com/gofrs/flock"

	"github.com/noticeproject/notice/internal/notice"
)

// LockTimeout is how long a writer waits for another writer to finish
// before giving up with notice.ErrConflict.
const LockTimeout = 60 * time.Second

// maxCASAttempts bounds the retries when the branch moved under a writer
// (only a writer that ignores the lock, such as git itself, can do that).
const maxCASAttempts = 10

// ErrBaseChanged is returned by CommitOn (wrapping notice.ErrConflict) when
// the notice changed after the revision was prepared.
var ErrBaseChanged = fmt.Errorf("%w: the notice changed while the revision was being prepared", notice.ErrConflict)

// Entry is one revision to write with CommitAll.
type Entry struct {
	Rev     notice.Revision
	Content []byte
	// Based, when set, is the text this revision was prepared against
	// (classified and checked): the write fails with notice.ErrConflict if
	// the notice's current file is not that text, because another writer
	// got in first. An empty Based.Text means the notice must be new.
	Based *Base
}

// Base is the text a revision was prepared against.
type Base struct{ Text []byte }

// Commit writes one revision of rev.Notice with the given content and
// returns it with its ID (and Posted, Effective, Author defaults) set. A
// zero Posted means now; a zero Effective means Posted; an empty Author
// means DefaultAuthor. Content identical to the notice's current file
// records nothing and returns an error wrapping notice.ErrNoChange.
//
// The revision becomes a commit on the branch; other notices' files are
// kept. On any error the branch is left where it was.
func (r *Repo) Commit(rev notice.Revision, content []byte) (notice.Revision, error) {
	return r.commit(Entry{Rev: rev, Content: content})
}

// CommitOn writes one revision as Commit does, but only if the notice's
// current text is still based (nil or empty: the notice does not exist
// yet); otherwise it records nothing and returns an error wrapping
// notice.ErrConflict. The check and the write happen under the write lock,
// so a revision is never recorded against a text it was not checked
// against.
func (r *Repo) CommitOn(rev notice.Revision, content, based []byte) (notice.Revision, error) {
	return r.commit(Entry{Rev: rev, Content: content, Based: &Base{Text: based}})
}

func (r *Repo) commit(e Entry) (notice.Revision, error) {
	rev := e.Rev
	out, err := r.CommitAll([]Entry{e})
	if err != nil {
		return notice.Revision{}, err
	}
	if out[0].ID == "" {
		return notice.Revision{}, fmt.Errorf("%w: %s is identical to the current revision of %s", notice.ErrNoChange, path(rev.Notice), rev.Notice)
	}
	return out[0], nil
}

// CommitAll writes entries, in order, as consecutive commits and moves the
// branch once, so a batch is recorded whole or not at all. An entry whose
// content is identical to its notice's file before it is skipped: its
// revision in the result has an empty ID. Defaults are applied as in
// Commit.
func (r *Repo) CommitAll(entries []Entry) ([]notice.Revision, error) {
	out := make([]notice.Revision, len(entries))
	for i, e := range entries {
		rev := e.Rev
		if err := notice.ValidateName(rev.Notice); err != nil {
			return nil, err
		}
		if rev.Posted.IsZero() {
			rev.Posted = r.now()
		}
		rev.Posted = rev.Posted.UTC().Truncate(time.Second)
		if rev.Effective.IsZero() {
			rev.Effective = rev.Posted
		}
		rev.Effective = rev.Effective.UTC().Truncate(time.Second)
		if rev.Author == "" {
			rev.Author = DefaultAuthor
		}
		if _, err := parseAuthor(rev.Author); err != nil {
			return nil, err
		}
		if rev.Override != nil && oneLine(rev.Override.Reason) == "" {
			return nil, fmt.Errorf("%w: an override needs a reason", notice.ErrInvalidInput)
		}
		rev.ID = ""
		out[i] = rev
	}
	err := r.update(func(parent plumbing.Hash, root *object.Tree) (*plumbing.Hash, error) {
		w := &treeWriter{r: r, trees: map[plumbing.Hash]*object.Tree{}}
		head := parent
		for i, e := range entries {
			out[i].ID = ""
			blob := plumbing.ComputeHash(plumbing.BlobObject, e.Content)
			cur, curErr := w.entry(root, path(out[i].Notice))
			if e.Based != nil {
				isNew := errors.Is(curErr, os.ErrNotExist)
				if curErr != nil && !isNew {
					return nil, curErr
				}
				if isNew != (len(e.Based.Text) == 0) || (!isNew && cur != plumbing.ComputeHash(plumbing.BlobObject, e.Based.Text)) {
					return nil, fmt.Errorf("%w (%s); run the command again", ErrBaseChanged, path(out[i].Notice))
				}
			}
			if curErr == nil && cur == blob {
				continue
			}
			if _, err := r.writeBlob(e.Content); err != nil {
				return nil, err
			}
			newRoot, treeHash, err := w.set(root, strings.Split(path(out[i].Notice), "/"), blob)
			if err != nil {
				return nil, err
			}
			sig, _ := parseAuthor(out[i].Author)
			sig.When = out[i].Posted
			h, err := r.writeCommit(&object.Commit{
				Author: sig, Committer: sig, TreeHash: treeHash,
				ParentHashes: []plumbing.Hash{head},
				Message:      encodeMessage(out[i]),
			})
			if err != nil {
				return nil, err
			}
			out[i].ID = h.String()
			head, root = h, newRoot
		}
		if head == parent {
			return nil, nil
		}
		return &head, nil
	}, false)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// update runs fn under the repository's write lock with the branch's tip
// and its tree, and moves the branch to the commit fn returns (nil: no
// change) if the branch is still at the tip; otherwise it runs fn again. A
// missing branch is an error unless allowMissing (Init only).
func (r *Repo) update(fn func(parent plumbing.Hash, root *object.Tree) (*plumbing.Hash, error), allowMissing bool) error {
	lock := flock.New(filepath.Join(r.gitDir, lockFile))
	ctx, cancel := context.WithTimeout(context.Background(), LockTimeout)
	defer cancel()
	ok, err := lock.TryLockContext(ctx, 10*time.Millisecond)
	if err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("lock %s: %w", lock.Path(), err)
	}
	if !ok {
		return fmt.Errorf("%w: another writer has held %s for %s; try again when it has finished", notice.ErrConflict, lock.Path(), LockTimeout)
	}
	defer lock.Unlock()

	for attempt := 0; attempt < maxCASAttempts; attempt++ {
		branch, err := r.headBranch()
		if err != nil {
			return err
		}
		if branch != r.branch {
			return fmt.Errorf("%w: HEAD moved from %s to %s; run the command again", notice.ErrConflict, r.branch.Short(), branch.Short())
		}
		parent, err := r.tip()
		var root *object.Tree
		switch {
		case errors.Is(err, plumbing.ErrReferenceNotFound) && allowMissing:
			parent = plumbing.ZeroHash
		case errors.Is(err, plumbing.ErrReferenceNotFound):
			return fmt.Errorf("%w: branch %s has disappeared from %s; restore it before writing", notice.ErrNotRepository, r.branch.Short(), r.dir)
		case err != nil:
			return err
		default:
			c, err := object.GetCommit(r.st, parent)
			if err != nil {
				return fmt.Errorf("read commit %s: %w", parent, err)
			}
			if root, err = object.GetTree(r.st, c.TreeHash); err != nil {
				return fmt.Errorf("read tree of %s: %w", parent, err)
			}
		}
		next, err := fn(parent, root)
		if err != nil || next == nil {
			return err
		}
		err = r.setBranch(parent, *next)
		if errors.Is(err, storage.ErrReferenceHasChanged) {
			continue
		}
		if err != nil {
			return fmt.Errorf("move %s to %s: %w", r.branch.Short(), next, err)
		}
		r.syncWorktree(root, *next)
		return nil
	}
	return fmt.Errorf("%w: %s kept moving while writing; try again", notice.ErrConflict, r.branch.Short())
}

func (r *Repo) writeBlob(content []byte) (plumbing.Hash, error) {
	obj := r.st.NewEncodedObject()
	obj.SetType(plumbing.BlobObject)
	obj.SetSize(int64(len(content)))
	w, err := obj.Writer()
	if err != nil {
		return plumbing.ZeroHash, err
	}
	if _, err := w.Write(content); err != nil {
		return plumbing.ZeroHash, err
	}
	if err := w.Close(); err != nil {
		return plumbing.ZeroHash, err
	}
	h, err := r.st.SetEncodedObject(obj)
	if err != nil {
		return plumbing.ZeroHash, fmt.Errorf("write blob: %w", err)
	}
	return h, nil
}

func (r *Repo) writeCommit(c *object.Commit) (plumbing.Hash, error) {
	obj := r.st.NewEncodedObject()
	if err := c.Encode(obj); err != nil {
		return plumbing.ZeroHash, err
	}
	h, err := r.st.SetEncodedObject(obj)
	if err != nil {
		return plumbing.ZeroHash, fmt.Errorf("write commit: %w", err)
	}
	return h, nil
}

// writeTree returns root with the file at p set to blob, written.
func (r *Repo) writeTree(root *object.Tree, p string, blob plumbing.Hash) (plumbing.Hash, error) {
	w := &treeWriter{r: r, trees: map[plumbing.Hash]*object.Tree{}}
	_, h, err := w.set(root, strings.Split(p, "/"), blob)
	return h, err
}

// treeWriter builds trees, remembering the ones it wrote so a batch need
// not read them back.
type treeWriter struct {
	r     *Repo
	trees map[plumbing.Hash]*object.Tree
}

func (w *treeWriter) tree(h plumbing.Hash) (*object.Tree, error) {
	if t, ok := w.trees[h]; ok {
		return t, nil
	}
	return object.GetTree(w.r.st, h)
}

// entry returns the hash of the file at p in root.
func (w *treeWriter) entry(root *object.Tree, p string) (plumbing.Hash, error) {
	t := root
	parts := strings.Split(p, "/")
	for i, name := range parts {
		if t == nil {
			return plumbing.ZeroHash, os.ErrNotExist
		}
		var found *object.TreeEntry
		for j := range t.Entries {
			if t.Entries[j].Name == name {
				found = &t.Entries[j]
				break
			}
		}
		if found == nil {
			return plumbing.ZeroHash, os.ErrNotExist
		}
		if i == len(parts)-1 {
			if !found.Mode.IsFile() {
				return plumbing.ZeroHash, os.ErrNotExist
			}
			return found.Hash, nil
		}
		if found.Mode != filemode.Dir {
			return plumbing.ZeroHash, os.ErrNotExist
		}
		var err error
		if t, err = w.tree(found.Hash); err != nil {
			return plumbing.ZeroHash, err
		}
	}
	return plumbing.ZeroHash, os.ErrNotExist
}

// set writes a copy of t (nil: empty) with the file at parts set to blob,
// and the trees above it, and returns the new tree and its hash.
func (w *treeWriter) set(t *object.Tree, parts []string, blob plumbing.Hash) (*object.Tree, plumbing.Hash, error) {
	var entries []object.TreeEntry
	if t != nil {
		entries = append(entries, t.Entries...)
	}
	name := parts[0]
	entry := object.TreeEntry{Name: name, Mode: filemode.Regular, Hash: blob}
	idx := -1
	for i := range entries {
		if entries[i].Name == name {
			idx = i
			break
		}
	}
	if len(parts) > 1 {
		var sub *object.Tree
		if idx >= 0 && entries[idx].Mode == filemode.Dir {
			var err error
			if sub, err = w.tree(entries[idx].Hash); err != nil {
				return nil, plumbing.ZeroHash, err
			}
		}
		_, h, err := w.set(sub, parts[1:], blob)
		if err != nil {
			return nil, plumbing.ZeroHash, err
		}
		entry = object.TreeEntry{Name: name, Mode: filemode.Dir, Hash: h}
	}
	if idx >= 0 {
		entries[idx] = entry
	} else {
		entries = append(entries, entry)
	}
	// Git orders entries by name, a tree's name compared as if it ended in '/'.
	key := func(e object.TreeEntry) string {
		if e.Mode == filemode.Dir {
			return e.Name + "/"
		}
		return e.Name
	}
	sort.Slice(entries, func(i, j int) bool { return key(entries[i]) < key(entries[j]) })
	nt := &object.Tree{Entries: entries}
	obj := w.r.st.NewEncodedObject()
	if err := nt.Encode(obj); err != nil {
		return nil, plumbing.ZeroHash, err
	}
	h, err := w.r.st.SetEncodedObject(obj)
	if err != nil {
		return nil, plumbing.ZeroHash, fmt.Errorf("write tree: %w", err)
	}
	nt.Hash = h
	w.trees[h] = nt
	return nt, h, nil
}

// authorRE matches "Name <email>". It is compiled on first use so that
// commands which never write a revision do not pay for it at start-up.
var authorRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([^<>]*[^<>\s])\s*<([^<>\s]+@[^<>\s]+)>$`)
})

// parseAuthor reads "Name <email>".
func parseAuthor(s string) (object.Signature, error) {
	m := authorRE().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return object.Signature{}, fmt.Errorf("%w: author %q: give it as \"Name <email>\", e.g. \"Jane Doe <jane@example.com>\"", notice.ErrInvalidInput, s)
	}
	return object.Signature{Name: strings.TrimSpace(m[1]), Email: m[2]}, nil
}

func signature(author string, when time.Time) object.Signature {
	sig, _ := parseAuthor(author)
	sig.When = when
	return sig
}

// setBranch moves the branch from old (zero: create it) to next the way
// git itself does: it takes refs/heads/NAME.lock exclusively, checks that
// the branch still points to old, writes the lock file and renames it over
// the ref. Readers, in this process or another, and git alike, never see a
// half-written or empty ref, and a crash leaves either the old ref or the
// new one. A git command updating the branch at the same moment holds the
// same lock file, so one of the two fails instead of both writing.
func (r *Repo) setBranch(old, next plumbing.Hash) error {
	path := filepath.Join(r.gitDir, filepath.FromSlash(r.branch.String()))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	lockPath := path + ".lock"
	f, err := os.OpenFile(lockPath, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%w: %s exists: another git command is updating %s (remove the file if none is)",
			notice.ErrConflict, lockPath, r.branch.Short())
	}
	if err != nil {
		return err
	}
	renamed := false
	defer func() {
		if !renamed {
			f.Close()
			os.Remove(lockPath)
		}
	}()
	cur, err := r.st.Reference(r.branch)
	switch {
	case errors.Is(err, plumbing.ErrReferenceNotFound):
		if !old.IsZero() {
			return storage.ErrReferenceHasChanged
		}
	case err != nil:
		return err
	case cur.Hash() != old:
		return storage.ErrReferenceHasChanged
	}
	if _, err := f.WriteString(next.String() + "\n"); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(lockPath, path); err != nil {
		return err
	}
	renamed = true
	return nil
}
