// Package prose is the text model of a notice: it reads a Markdown notice
// (CommonMark block structure as notices use it: ATX and Setext headings,
// bullet and ordered lists, GFM pipe tables, fenced code, thematic breaks)
// into blocks with their section path, splits the blocks into sentences, and
// normalises text so that formatting noise (typographic quotes and dashes,
// no-break spaces, emphasis markers, tracking parameters in links) compares
// equal.
//
// The diff engine, the classifier and the archive's blame all share this
// model, so that they agree on what a sentence and a section are.
package prose

import "strings"

// BlockKind says what kind of Markdown block a Block is.
type BlockKind int

// Block kinds.
const (
	Paragraph BlockKind = iota
	Heading
	ListItem
	TableRow
	Code
	Rule
)

// String returns the kind's lowercase name.
func (k BlockKind) String() string {
	switch k {
	case Paragraph:
		return "paragraph"
	case Heading:
		return "heading"
	case ListItem:
		return "list-item"
	case TableRow:
		return "table-row"
	case Code:
		return "code"
	case Rule:
		return "rule"
	}
	return "unknown"
}

// Link is a Markdown link: its visible text and its target.
type Link struct {
	Text string
	URL  string
}

// Block is one block of a notice: a heading, a paragraph (or one
// hard-broken line of one), a list item, a table row, a code block or a
// thematic break.
type Block struct {
	Kind BlockKind
	// Level is the heading level (1–6) of a heading and the nesting depth
	// (1 for a top-level item) of a list item; 0 otherwise.
	Level int
	// Section is the path of heading texts leading to the block. For a
	// heading it holds the heading's parents, not the heading itself.
	Section []string
	// Raw is the block's source text, lines joined by "\n".
	Raw string
	// Text is the block's text with the Markdown stripped: no heading or
	// list markers, no emphasis, no table pipes; link text is kept and link
	// targets removed. Hard-wrapped lines are unwrapped and whitespace is
	// collapsed.
	Text string
	// Links are the block's links, in order.
	Links []Link
	// Line is the 1-based source line where the block starts.
	Line int
	// Header marks a table's header row (the row above its separator).
	Header bool
}

// Sentence is one sentence of a block.
type Sentence struct {
	// Block is the index in Document.Blocks of the sentence's block.
	Block int
	// Section is the section path of the sentence's block.
	Section []string
	// Text is the sentence as displayed (Markdown stripped).
	Text string
	// Norm is Normalize(Text): the form sentences are compared in.
	Norm string
}

// Document is a parsed notice.
type Document struct {
	Blocks    []Block
	Sentences []Sentence
}

// SectionPath joins a section path for display, for example
// "Use and retention › Retention". An empty path gives "".
func SectionPath(section []string) string {
	return strings.Join(section, " › ")
}
