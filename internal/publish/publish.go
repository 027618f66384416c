// Package publish records new revisions of notices: it checks the text and
// the dates, applies the notice period to material revisions, asks the
// classifier (when there is one) whether a revision is material, and writes
// the revision to the notice repository. It also imports dated histories.
package publish

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/notice"
)

// MaxSize is the largest notice file accepted, in bytes. The longest
// privacy policies seen in the wild are about 320 KB.
const MaxSize = 2 << 20

// Classifier says whether the change from old to new is material, and how.
type Classifier func(old, new []byte) (notice.Classification, error)

// Service publishes and imports revisions into one notice repository.
type Service struct {
	Repo *gitrepo.Repo
	// Classify, when set, decides whether a published revision is material;
	// a person may overrule it with a reason. When nil, the request
	// decides, and a revision is material unless said otherwise.
	Classify Classifier
	// ClassifyImports runs Classify on each imported revision too; by
	// default imported revisions are recorded as material.
	ClassifyImports bool
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

// Request is one revision to publish.
type Request struct {
	Name      string
	Content   []byte
	Effective time.Time
	Summary   string
	// Material is the publisher's verdict: nil lets the classifier decide
	// (material when there is none).
	Material *bool
	// Reason explains a verdict that contradicts the classifier; it is
	// required then.
	Reason string
	// Author is "Name <email>"; empty means gitrepo.DefaultAuthor.
	Author string
}

// ReadFile reads a notice's text from path and checks it as CheckText does.
func ReadFile(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: file %s does not exist; give the path of the notice's Markdown file", notice.ErrInvalidInput, path)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: file %s: %v", notice.ErrInvalidInput, path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%w: %s is a folder; give the path of the notice's Markdown file", notice.ErrInvalidInput, path)
	}
	if fi.Size() > MaxSize {
		return nil, fmt.Errorf("%w: file %s is %d bytes, over the %d-byte limit for a notice", notice.ErrInvalidInput, path, fi.Size(), MaxSize)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: file %s: %v", notice.ErrInvalidInput, path, err)
	}
	if err := CheckText(b); err != nil {
		return nil, fmt.Errorf("file %s: %w", path, err)
	}
	return b, nil
}

// CheckText reports whether b may be the text of a notice: not empty, not
// over MaxSize, UTF-8 text without NUL bytes. Errors wrap
// notice.ErrInvalidInput.
func CheckText(b []byte) error {
	switch {
	case len(bytes.TrimSpace(b)) == 0:
		return fmt.Errorf("%w: the text is empty; give the notice's Markdown text", notice.ErrInvalidInput)
	case len(b) > MaxSize:
		return fmt.Errorf("%w: the text is %d bytes, over the %d-byte limit for a notice", notice.ErrInvalidInput, len(b), MaxSize)
	case bytes.IndexByte(b, 0) >= 0:
		return fmt.Errorf("%w: the file is binary (it contains NUL bytes); give the notice as Markdown text", notice.ErrInvalidInput)
	case !utf8.Valid(b):
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("%w: the text is not UTF-8 (invalid byte at offset %d); convert it, e.g. iconv -f LATIN1 -t UTF-8", notice.ErrInvalidInput, off)
	}
	return nil
}

// Publish records req as a new revision of req.Name, posted now, and
// returns it. It refuses, leaving the repository unchanged: a bad name
// (notice.ErrInvalidName), bad text or dates (notice.ErrInvalidInput), text
// identical to the current revision (notice.ErrNoChange), a material
// revision taking effect before the notice period has run
// (notice.ErrTooSoon), and a verdict contradicting the classifier without a
// reason (notice.ErrInvalidInput).
func (s *Service) Publish(req Request) (notice.Revision, error) {
	// Another publish may land between reading the current revision and
	// writing this one; the write then refuses (the check is under the
	// lock) and the revision is prepared again against the new text, so it
	// is never classified against a revision that is no longer the latest.
	for attempt := 1; ; attempt++ {
		rev, err := s.publishOnce(req)
		if errors.Is(err, gitrepo.ErrBaseChanged) && attempt < maxPrepare {
			// Someone else won this round; each round has a winner, so
			// with a little jitter every writer gets through.
			time.Sleep(time.Duration(rand.IntN(20*attempt)) * time.Millisecond)
			continue
		}
		return rev, err
	}
}

// maxPrepare bounds how often a revision is prepared again because other
// revisions of the same notice kept landing first.
const maxPrepare = 50

func (s *Service) publishOnce(req Request) (notice.Revision, error) {
	if err := notice.ValidateName(req.Name); err != nil {
		return notice.Revision{}, err
	}
	if err := CheckText(req.Content); err != nil {
		return notice.Revision{}, err
	}
	cfg := s.Repo.Config()
	loc, err := cfg.Location()
	if err != nil {
		return notice.Revision{}, err
	}
	posted := s.now().Truncate(time.Second)
	effective := req.Effective.UTC()
	if req.Effective.IsZero() {
		if req.Material == nil || *req.Material {
			return notice.Revision{}, fmt.Errorf("%w: no effective date; give --effective DATE", notice.ErrInvalidInput)
		}
		// An editorial revision may take effect on posting.
		effective = posted
	}
	if effective.Before(posted) {
		return notice.Revision{}, fmt.Errorf("%w: effective date %s is before the posting time %s; a revision cannot take effect before it is posted: give --effective %s or later",
			notice.ErrInvalidInput, stamp(effective, loc), stamp(posted, loc), stamp(posted, loc))
	}

	hist, err := s.Repo.History(req.Name)
	if err != nil && !errors.Is(err, notice.ErrNoticeNotFound) {
		return notice.Revision{}, err
	}
	var old []byte
	if len(hist) > 0 {
		last := hist[len(hist)-1]
		if last.Posted.After(posted) {
			return notice.Revision{}, fmt.Errorf("%w: the latest revision of %s was posted at %s, after now (%s); check the clock",
				notice.ErrInvalidInput, req.Name, stamp(last.Posted, loc), stamp(posted, loc))
		}
		if old, err = s.Repo.Content(req.Name, last.ID); err != nil {
			return notice.Revision{}, err
		}
		if bytes.Equal(old, req.Content) {
			return notice.Revision{}, fmt.Errorf("%w: the text is identical to the current revision %s (posted %s); nothing to publish",
				notice.ErrNoChange, last.Short(), stamp(last.Posted, loc))
		}
	}

	rev := notice.Revision{Notice: req.Name, Posted: posted, Effective: effective, Material: true,
		Summary: strings.TrimSpace(req.Summary), Author: req.Author}
	if err := s.decide(&rev, req, old, len(hist) > 0); err != nil {
		return notice.Revision{}, err
	}
	if rev.Material {
		if earliest := cfg.EarliestEffective(posted); effective.Before(earliest) {
			return notice.Revision{}, fmt.Errorf("%w: a material revision posted %s may take effect on %s at the earliest (notice period %d days); give --effective %s or later, or --editorial if no reader's rights change",
				notice.ErrTooSoon, stamp(posted, loc), stamp(earliest, loc), cfg.NoticeDays, firstDay(earliest, loc))
		}
	}
	out, err := s.Repo.CommitOn(rev, req.Content, old)
	return out, err
}

// decide sets rev's Material, Categories, Impact and Override from the
// classifier's verdict and the publisher's.
func (s *Service) decide(rev *notice.Revision, req Request, old []byte, hasPrevious bool) error {
	if s.Classify == nil || !hasPrevious {
		// Nothing to compare with, or nothing to compare by: the publisher
		// decides, and when unsure, notify.
		if req.Material != nil {
			rev.Material = *req.Material
		}
		return nil
	}
	c, err := s.Classify(old, req.Content)
	if err != nil {
		return fmt.Errorf("classify: %w", err)
	}
	rev.Material, rev.Categories, rev.Impact = c.Material, c.Categories, c.Impact
	if !c.Material {
		rev.Impact = notice.ImpactNone
	}
	if req.Material == nil || *req.Material == c.Material {
		return nil
	}
	reason := strings.TrimSpace(req.Reason)
	if reason == "" {
		verdict, flag := "editorial", "--material"
		if c.Material {
			verdict, flag = "material", "--editorial"
			if len(c.Categories) > 0 {
				verdict += " (" + strings.Join(c.Categories, ", ") + ")"
			}
		}
		return fmt.Errorf("%w: the classifier finds this revision %s; to publish it with %s, say why with --reason TEXT",
			notice.ErrInvalidInput, verdict, flag)
	}
	rev.Material = *req.Material
	if !rev.Material {
		rev.Impact = notice.ImpactNone
	}
	rev.Override = &notice.Override{Classified: c.Material, Reason: reason}
	return nil
}

// stamp formats t in the repository's time zone.
func stamp(t time.Time, loc *time.Location) string { return t.In(loc).Format(time.RFC3339) }

// firstDay returns the first date (YYYY-MM-DD, whose start in loc is) not
// before t.
func firstDay(t time.Time, loc *time.Location) string {
	lt := t.In(loc)
	day := time.Date(lt.Year(), lt.Month(), lt.Day(), 0, 0, 0, 0, loc)
	if day.Before(t) {
		day = day.AddDate(0, 0, 1)
	}
	return day.Format("2006-01-02")
}
