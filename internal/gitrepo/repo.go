// Package gitrepo stores notices in a notice repository: an ordinary git
// repository with one Markdown file per notice, notices/<name>.md, and one
// commit per revision whose trailers carry the revision's dates and
// classification (see the README, "The notice repository format").
//
// It is the only package that imports go-git. It writes objects directly
// and moves the branch with a compare-and-set under a file lock, so that two
// writers never lose each other's commits; see Repo.Commit.
package gitrepo

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/go-git/go-billy/v5/osfs"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/storage/filesystem"

	"github.com/noticeproject/notice/internal/notice"
)

// Paths inside the notice repository and its git directory.
const (
	// ConfigFile is the tracked configuration file at the repository root.
	ConfigFile = "notice.json"
	// NoticeDir is the tracked folder holding one <name>.md per notice.
	NoticeDir = "notices"
	// lockFile, in the git directory, is held by every writer.
	lockFile = "notice.lock"
	// indexDir, in the git directory, holds the per-notice revision index.
	indexDir = "notice-index"
	// defaultBranch is the branch Init creates.
	defaultBranch = "main"
)

// DefaultAuthor signs revisions when no author is given.
const DefaultAuthor = "notice <notice@example.com>"

// ErrDetached is returned (wrapped) when the repository's HEAD is detached:
// revisions are only ever added to a branch.
var ErrDetached = errors.New("notice: repository HEAD is detached")

// Repo is an open notice repository. Its methods may be called from several
// goroutines; writes are serialised by a file lock shared with other
// processes.
type Repo struct {
	dir    string // the repository's directory (the work tree, or the git dir when bare)
	gitDir string
	st     *filesystem.Storage
	branch plumbing.ReferenceName
	cfg    notice.Config

	mu    sync.Mutex
	blobs map[string]plumbing.Hash // notice + " " + revision id → blob, from the index
	mem   map[string]*indexFile    // the indexes read or built, by notice
	// Now stamps revisions whose Posted time is zero; nil means time.Now.
	Now func() time.Time
}

// Dir returns the repository's directory.
func (r *Repo) Dir() string { return r.dir }

// Config returns the repository's configuration, read from notice.json on
// the branch when the repository was opened.
func (r *Repo) Config() notice.Config { return r.cfg }

func (r *Repo) now() time.Time {
	if r.Now != nil {
		return r.Now().UTC()
	}
	return time.Now().UTC()
}

// findGitDir returns the git directory of the repository at dir: dir/.git
// (a directory, or a file naming one), or dir itself when it is bare. It
// returns "" when dir is no repository.
func findGitDir(dir string) string {
	dotgit := filepath.Join(dir, ".git")
	if fi, err := os.Stat(dotgit); err == nil {
		if fi.IsDir() {
			return dotgit
		}
		b, err := os.ReadFile(dotgit)
		if err != nil {
			return ""
		}
		if p, ok := strings.CutPrefix(strings.TrimSpace(string(b)), "gitdir: "); ok {
			if !filepath.IsAbs(p) {
				p = filepath.Join(dir, p)
			}
			return p
		}
		return ""
	}
	if fi, err := os.Stat(filepath.Join(dir, "objects")); err == nil && fi.IsDir() {
		if _, err := os.Stat(filepath.Join(dir, "HEAD")); err == nil {
			return dir
		}
	}
	return ""
}

func newStorage(gitDir string) *filesystem.Storage {
	return filesystem.NewStorage(osfs.New(gitDir), cache.NewObjectLRU(8*cache.MiByte))
}

// initGitDir creates an empty git directory at gitDir for a work tree in
// its parent: the object and ref folders, HEAD naming the default branch,
// and a config saying the repository is not bare. It uses the storage layer
// rather than go-git's root package, whose Repository type links every
// transport (HTTP, SSH, the git protocol) into the binary and so slows the
// start of every command.
func initGitDir(gitDir string) error {
	st := newStorage(gitDir)
	if err := st.Init(); err != nil {
		return err
	}
	head := plumbing.NewSymbolicReference(plumbing.HEAD, plumbing.NewBranchReferenceName(defaultBranch))
	if err := st.SetReference(head); err != nil {
		return err
	}
	cfg, err := st.Config()
	if err != nil {
		return err
	}
	cfg.Core.IsBare = false
	return st.SetConfig(cfg)
}

// Open opens the notice repository at dir. It returns an error wrapping
// notice.ErrNotRepository when dir is not a git repository or has no
// notice.json on its branch, and ErrDetached when HEAD is detached.
func Open(dir string) (*Repo, error) {
	gitDir := findGitDir(dir)
	if gitDir == "" {
		return nil, fmt.Errorf("%w: %s is not a git repository; create one with: notice --repo %s init", notice.ErrNotRepository, dir, dir)
	}
	r := &Repo{dir: dir, gitDir: gitDir, st: newStorage(gitDir)}
	branch, err := r.headBranch()
	if err != nil {
		return nil, err
	}
	r.branch = branch
	tip, err := r.tip()
	if err != nil {
		if errors.Is(err, plumbing.ErrReferenceNotFound) {
			return nil, fmt.Errorf("%w: %s has no commits on %s; create one with: notice --repo %s init", notice.ErrNotRepository, dir, branch.Short(), dir)
		}
		return nil, err
	}
	cfg, err := r.readConfig(tip)
	if err != nil {
		return nil, err
	}
	r.cfg = cfg
	return r, nil
}

// headBranch returns the branch HEAD names.
func (r *Repo) headBranch() (plumbing.ReferenceName, error) {
	head, err := r.st.Reference(plumbing.HEAD)
	if err != nil {
		return "", fmt.Errorf("%w: %s: read HEAD: %v", notice.ErrNotRepository, r.dir, err)
	}
	if head.Type() != plumbing.SymbolicReference {
		return "", fmt.Errorf("%w (at %s) in %s: switch to the notice branch first, e.g. git -C %s switch %s",
			ErrDetached, head.Hash().String()[:12], r.dir, r.dir, defaultBranch)
	}
	return head.Target(), nil
}

// tip returns the commit the branch points to. notice writes the ref
// file whole (setBranch), but other tools may rewrite it in place, so a
// reader that briefly sees it empty tries again.
func (r *Repo) tip() (plumbing.Hash, error) {
	var err error
	for i := 0; i < 50; i++ {
		var ref *plumbing.Reference
		ref, err = r.st.Reference(r.branch)
		if err == nil {
			return ref.Hash(), nil
		}
		if !errors.Is(err, plumbing.ErrReferenceNotFound) && !strings.Contains(err.Error(), "empty") {
			return plumbing.ZeroHash, fmt.Errorf("read %s: %w", r.branch, err)
		}
		if _, statErr := os.Stat(filepath.Join(r.gitDir, filepath.FromSlash(r.branch.String()))); statErr != nil {
			break // no loose ref file: the ref is really missing (or packed and absent)
		}
		time.Sleep(2 * time.Millisecond)
	}
	return plumbing.ZeroHash, err
}

func (r *Repo) readConfig(tip plumbing.Hash) (notice.Config, error) {
	o := r.reader()
	defer o.close()
	c, err := o.commit(tip)
	if err != nil {
		return notice.Config{}, err
	}
	h, err := o.lookup(c.TreeHash, ConfigFile)
	if errors.Is(err, os.ErrNotExist) {
		return notice.Config{}, fmt.Errorf("%w: %s has no %s on %s; create one with: notice --repo %s init",
			notice.ErrNotRepository, r.dir, ConfigFile, r.branch.Short(), r.dir)
	}
	if err != nil {
		return notice.Config{}, err
	}
	s, err := o.blob(h)
	if err != nil {
		return notice.Config{}, fmt.Errorf("read %s: %w", ConfigFile, err)
	}
	cfg := notice.DefaultConfig()
	if err := json.Unmarshal(s, &cfg); err != nil {
		return notice.Config{}, fmt.Errorf("%w: %s: %v; fix the file and commit it", notice.ErrInvalidInput, ConfigFile, err)
	}
	if _, err := cfg.Location(); err != nil {
		return notice.Config{}, fmt.Errorf("%s: %w", ConfigFile, err)
	}
	return cfg, nil
}

// Init creates a notice repository at dir with configuration cfg: a git
// repository (created when dir is none) whose branch gets a first commit
// adding notice.json. It returns an error wrapping notice.ErrExists when dir
// already is a notice repository.
func Init(dir string, cfg notice.Config) (*Repo, error) {
	if cfg.NoticeDays < 0 {
		return nil, fmt.Errorf("%w: notice period %d days: give 0 or more", notice.ErrInvalidInput, cfg.NoticeDays)
	}
	if cfg.TimeZone == "" {
		cfg.TimeZone = "UTC"
	}
	if _, err := cfg.Location(); err != nil {
		return nil, err
	}
	if _, err := Open(dir); err == nil {
		return nil, fmt.Errorf("%w: %s is already a notice repository", notice.ErrExists, dir)
	} else if !errors.Is(err, notice.ErrNotRepository) {
		return nil, err
	}
	gitDir := findGitDir(dir)
	if gitDir == "" {
		gitDir = filepath.Join(dir, ".git")
		if err := initGitDir(gitDir); err != nil {
			return nil, fmt.Errorf("init %s: %w", dir, err)
		}
	}
	// Create the lock file now, so that later writes leave no new file behind.
	if f, err := os.OpenFile(filepath.Join(gitDir, lockFile), os.O_CREATE|os.O_WRONLY, 0o644); err != nil {
		return nil, fmt.Errorf("init %s: %w", dir, err)
	} else {
		f.Close()
	}
	r := &Repo{dir: dir, gitDir: gitDir, st: newStorage(gitDir)}
	branch, err := r.headBranch()
	if err != nil {
		return nil, err
	}
	r.branch = branch
	b, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		return nil, err
	}
	b = append(b, '\n')
	err = r.update(func(parent plumbing.Hash, root *object.Tree) (*plumbing.Hash, error) {
		if root != nil {
			if _, err := root.File(ConfigFile); err == nil {
				return nil, fmt.Errorf("%w: %s already tracks %s", notice.ErrExists, dir, ConfigFile)
			}
		}
		blob, err := r.writeBlob(b)
		if err != nil {
			return nil, err
		}
		tree, err := r.writeTree(root, ConfigFile, blob)
		if err != nil {
			return nil, err
		}
		var parents []plumbing.Hash
		if !parent.IsZero() {
			parents = []plumbing.Hash{parent}
		}
		sig := signature(DefaultAuthor, r.now())
		h, err := r.writeCommit(&object.Commit{
			Author: sig, Committer: sig, TreeHash: tree, ParentHashes: parents,
			Message: "Start a notice repository\n\nnotice.json holds the notice period, time zone and archive URL.\n",
		})
		return &h, err
	}, true)
	if err != nil {
		return nil, fmt.Errorf("init %s: %w", dir, err)
	}
	return Open(dir)
}

// Names returns the names of the notices on the branch, sorted.
func (r *Repo) Names() ([]string, error) {
	tip, err := r.tip()
	if err != nil {
		return nil, err
	}
	o := r.reader()
	defer o.close()
	c, err := o.commit(tip)
	if err != nil {
		return nil, err
	}
	root, err := o.tree(c.TreeHash)
	if err != nil {
		return nil, err
	}
	var names []string
	var dir *object.Tree
	for _, e := range root.Entries {
		if e.Name == NoticeDir && e.Mode == filemode.Dir {
			if dir, err = o.tree(e.Hash); err != nil {
				return nil, err
			}
		}
	}
	if dir == nil {
		return names, nil
	}
	for _, e := range dir.Entries {
		name, ok := strings.CutSuffix(e.Name, ".md")
		if ok && e.Mode.IsFile() && notice.ValidateName(name) == nil {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names, nil
}

// path returns the tracked path of notice name.
func path(name string) string { return NoticeDir + "/" + name + ".md" }
