// Package diff compares two revisions of a notice the way a lawyer reads
// them: section by section, sentence by sentence, and word by word inside a
// changed sentence, with formatting noise set aside.
//
// Both revisions are read with package prose, which gives every sentence its
// section path (the Markdown headings above it) and a normalised form in
// which white space, no-break spaces, typographic quotes and dashes,
// emphasis, list markers and heading styles do not count; link targets are
// compared with their tracking parameters (utm_*, fbclid ...) removed.
// Sentences whose normalised forms are equal are cancelled first; one that
// appears in both revisions at another position is reported as moved, not
// as removed and added. The remaining sentences are paired by word
// similarity, first near their old position and then anywhere, and a pair
// is diffed word by word with github.com/sergi/go-diff (this package is its
// only importer) on tokens of this package's own tokenizer.
//
// Every step is linear or n log n in the number of sentences: identical
// sentences are found with hash maps, the sentences left in place with a
// longest increasing subsequence, and similar sentences with an index of
// their rarest words, with a bounded number of candidates for each.
package diff

import (
	"bytes"
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/prose"
)

// MaxSize is the largest revision Compare accepts, in bytes (8 MiB; the
// largest real privacy policy we know of is about 320 KB).
const MaxSize = 8 << 20

// Change is one changed unit between two revisions: a modified sentence,
// or a run of added, removed or moved sentences in one section.
type Change struct {
	// Section is the section path in the new revision ("Use and retention
	// › Retention"), or in the old one for a removal; "" before the first
	// heading. A change to a heading belongs to the section it heads.
	Section string `json:"section"`
	// FromSection is the section path in the old revision when it differs
	// from Section (a sentence moved or edited into another section).
	FromSection string            `json:"from_section,omitempty"`
	Kind        notice.ChangeKind `json:"kind"`
	// Before and After are the text as displayed (Markdown stripped), one
	// line per block; Before is empty for an addition and After for a
	// removal.
	Before string `json:"before"`
	After  string `json:"after"`
	// Words are the word-level steps from Before to After of a modified
	// sentence; nil for other kinds.
	Words []Op `json:"words,omitempty"`
	// FromLine and ToLine are the 1-based source lines of the change's
	// first block in the old and new revision; 0 when it has none there.
	FromLine int `json:"from_line,omitempty"`
	ToLine   int `json:"to_line,omitempty"`
}

// Result is the difference between two revisions.
type Result struct {
	// Changes are in the order of the new revision, removals where the
	// removed text stood.
	Changes []Change `json:"changes"`
	// Unchanged counts the paragraphs of the new revision (runs of lines
	// between blank lines: a paragraph, a heading, a list) in which no
	// sentence was modified, added or moved.
	Unchanged int `json:"unchanged"`
}

// Changed reports whether the revisions differ in anything but noise.
func (r *Result) Changed() bool { return len(r.Changes) > 0 }

// Check reports whether src can be compared: it must not be empty (or only
// white space), binary (a NUL byte), invalid UTF-8 or larger than MaxSize.
// The error wraps notice.ErrInvalidInput.
func Check(src []byte) error {
	switch {
	case len(bytes.TrimSpace(src)) == 0:
		return fmt.Errorf("%w: empty document", notice.ErrInvalidInput)
	case bytes.IndexByte(src, 0) >= 0:
		return fmt.Errorf("%w: binary data (a NUL byte at offset %d); give a Markdown or text file",
			notice.ErrInvalidInput, bytes.IndexByte(src, 0))
	case len(src) > MaxSize:
		return fmt.Errorf("%w: larger than the size limit of %d bytes (8 MiB)", notice.ErrInvalidInput, MaxSize)
	case !utf8.Valid(src):
		return fmt.Errorf("%w: not UTF-8 text; convert it first (iconv -t UTF-8)", notice.ErrInvalidInput)
	}
	return nil
}

// Compare returns the changes from old to new. Revisions that differ only
// in noise give a Result with no changes. It returns an error wrapping
// notice.ErrInvalidInput, naming "old" or "new", when either fails Check.
func Compare(old, new []byte) (*Result, error) {
	if err := Check(old); err != nil {
		return nil, fmt.Errorf("old revision: %w", err)
	}
	if err := Check(new); err != nil {
		return nil, fmt.Errorf("new revision: %w", err)
	}
	ra, rb, paras := reduce(old, new)
	var da, db *prose.Document
	if len(ra.src)+len(rb.src) > parallelSize {
		// Two large revisions (a rewrite, or a reordering) are read at
		// once.
		done := make(chan struct{})
		go func() { da = prose.Parse(ra.src); close(done) }()
		db = prose.Parse(rb.src)
		<-done
	} else {
		da, db = prose.Parse(ra.src), prose.Parse(rb.src)
	}
	r, lines := compareUnits(withAnchors(units(da, ra.origLine), ra), withAnchors(units(db, rb.origLine), rb))
	r.Unchanged = len(paras) - touched(paras, lines)
	return r, nil
}

// touched counts the paragraphs, given by their first lines, that hold
// any of lines.
func touched(paras []int, lines []int) int {
	seen := make(map[int]bool)
	for _, l := range lines {
		seen[sort.SearchInts(paras, l+1)-1] = true
	}
	return len(seen)
}

// parallelSize is the size of text to parse past which the two revisions
// are parsed concurrently.
const parallelSize = 256 << 10
