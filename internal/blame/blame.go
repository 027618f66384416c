// Package blame tells, for each sentence of a notice revision, the revision
// that introduced it: the first revision of the unbroken run of revisions,
// ending with the one asked about, whose text contains the sentence.
//
// Sentences are those of package prose, compared in its normal form, so
// reflowed lines, changed emphasis or curly quotes do not make a sentence new.
package blame

import (
	"fmt"
	"strings"
	"sync"

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

// readAhead is how many older revisions may be read before they are needed.
const readAhead = 16

// ContentFunc returns the text of the revision with the given id. Blame
// calls it from a goroutine of its own, never after Blame has returned.
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
	// Older revisions are read by a second goroutine, ahead of the one
	// comparing them, and stop being read when every origin is known.
	type read struct {
		src []byte
		err error
	}
	reads := make(chan read, readAhead)
	stop := make(chan struct{})
	var reader sync.WaitGroup
	defer func() {
		close(stop)
		reader.Wait() // content is never called after Blame returns
	}()
	reader.Add(1)
	go func() {
		defer reader.Done()
		defer close(reads)
		for i := at - 1; i >= 0; i-- {
			src, err := content(h[i].ID)
			if err != nil {
				err = fmt.Errorf("blame %s: %w", h[i].Short(), err)
			}
			select {
			case reads <- read{src, err}:
			case <-stop:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	chunks := chunkCache{}
	for i := at - 1; i >= 0 && len(alive) > 0; i-- {
		rd := <-reads
		if rd.err != nil {
			return nil, rd.err
		}
		present := make(map[string]bool, len(alive))
		chunks.each(rd.src, func(norm string) {
			if _, ok := alive[norm]; ok {
				present[norm] = true
			}
		})
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

// chunkCache remembers the normalised sentences of the chunks of text it
// has parsed. Consecutive revisions share most of their text, so splitting
// each revision into chunks and parsing only the chunks not seen before
// makes reading a long history cost little more than reading its bytes.
type chunkCache map[string][]string

// each calls fn with the normalised form of each sentence of src.
func (c chunkCache) each(src []byte, fn func(norm string)) {
	for _, chunk := range chunks(src) {
		norms, ok := c[chunk]
		if !ok {
			for _, sent := range prose.Parse([]byte(chunk)).Sentences {
				norms = append(norms, sent.Norm)
			}
			c[chunk] = norms
		}
		for _, n := range norms {
			fn(n)
		}
	}
}

// chunks splits a Markdown document where a blank line is followed by an
// unindented line outside a fenced code block: the places where one block
// surely ends and the next begins, so that a chunk parses alone into the
// same sentences as it does in the document.
func chunks(src []byte) []string {
	text := string(src)
	var out []string
	start := 0
	fence := ""
	blank := false
	pos := 0
	for pos < len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		line := text[pos:end]
		trimmed := strings.TrimSpace(line)
		switch {
		case fence != "":
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
		case trimmed == "":
			blank = true
		default:
			if blank && line[0] != ' ' && line[0] != '\t' && pos > start {
				out = append(out, text[start:pos])
				start = pos
			}
			blank = false
			if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
				fence = trimmed[:3]
			}
		}
		pos = end + 1
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}
