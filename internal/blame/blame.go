// Package blame tells, for each sentence of a notice revision, the revision
// that introduced it: the first revision of the unbroken run of revisions,
// ending with the one asked about, whose text contains the sentence.
//
// Sentences are those of package prose, compared in its normal form, so
// reflowed lines, changed emphasis or curly quotes do not make a sentence new.
package blame

import (
	"fmt"

	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/prose"
)

// Line is one sentence of the blamed revision.
type Line struct {
	// Section is the path of headings above the sentence, joined by
	// prose.SectionPath ("" before the first heading).
	Section string `json:"section"`
	// Text is the sentence as written, without Markdown markers.
	Text string `json:"text"`
	// Heading is the level (1–6) of the heading the sentence is; 0 when it
	// is not a heading.
	Heading int `json:"heading,omitempty"`
	// Since is the revision that introduced the sentence.
	Since notice.Revision `json:"since"`
}

// ContentFunc returns the text of the revision with the given id.
type ContentFunc func(id string) ([]byte, error)

// Blame returns the sentences of the revision id of h, in document order,
// each with the revision that introduced it. It reads revisions backwards
// from id and stops as soon as every sentence is accounted for, so the cost
// is proportional to the age of the oldest surviving sentence, not to the
// length of the history. It returns an error wrapping notice.ErrRevNotFound
// when id is not in h, and content's errors wrapped.
func Blame(h notice.History, id string, content ContentFunc) ([]Line, error) {
	at := -1
	for i, r := range h {
		if r.ID == id {
			at = i
			break
		}
	}
	if at < 0 {
		return nil, fmt.Errorf("blame: %w: %s", notice.ErrRevNotFound, id)
	}
	src, err := content(id)
	if err != nil {
		return nil, fmt.Errorf("blame %s: %w", h[at].Short(), err)
	}
	doc := prose.Parse(src)
	sents := doc.Sentences
	lines := make([]Line, len(sents))
	// alive maps a normalised sentence to the lines holding it whose origin
	// is not yet known.
	alive := make(map[string][]int, len(sents))
	for i, s := range sents {
		lines[i] = Line{Section: prose.SectionPath(s.Section), Text: s.Text}
		if b := doc.Blocks[s.Block]; b.Kind == prose.Heading {
			lines[i].Heading = b.Level
		}
		alive[s.Norm] = append(alive[s.Norm], i)
	}
	settle := func(key string, r notice.Revision) {
		for _, i := range alive[key] {
			lines[i].Since = r
		}
		delete(alive, key)
	}
	for i := at - 1; i >= 0 && len(alive) > 0; i-- {
		src, err := content(h[i].ID)
		if err != nil {
			return nil, fmt.Errorf("blame %s: %w", h[i].Short(), err)
		}
		present := make(map[string]bool)
		for _, s := range prose.Parse(src).Sentences {
			if _, ok := alive[s.Norm]; ok {
				present[s.Norm] = true
			}
		}
		for key := range alive {
			if !present[key] {
				settle(key, h[i+1])
			}
		}
	}
	for key := range alive {
		settle(key, h[0])
	}
	return lines, nil
}
