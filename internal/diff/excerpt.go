package diff

import (
	"html"
	"strings"
)

// Words returns the word-level steps that turn the sentence before into
// after, exactly as Compare gives them for a modified sentence: the same
// tokenizer and alignment, with differences in white space and typography
// not counted as steps. An empty before gives one insertion (an added
// sentence), an empty after one deletion (a removed sentence), and two
// empty sides no step at all.
func Words(before, after string) []Op {
	switch {
	case before == "" && after == "":
		return nil
	case before == "":
		return []Op{{Insert, after}}
	case after == "":
		return []Op{{Delete, before}}
	}
	return wordDiff(before, after)
}

// Ellipsis stands for the text Excerpt leaves out.
const Ellipsis = "…"

// Excerpt trims ops to the region that changed, for a reader who wants the
// change and not the whole sentence: equal text before the first change and
// after the last keeps the context words nearest the change, a long equal
// stretch between two changes keeps context words on each side, and what is
// left out is shown as Ellipsis. Text is only cut when at least three words
// would go, and inserted or deleted text is never cut. Steps with no change
// at all are returned as they are. The result is a new slice.
func Excerpt(ops []Op, context int) []Op {
	first, last := -1, -1
	for i, op := range ops {
		if op.Kind != Equal {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	out := make([]Op, 0, len(ops))
	for i, op := range ops {
		if op.Kind == Equal && first >= 0 {
			switch {
			case i < first:
				op.Text = keepTail(op.Text, context)
			case i > last:
				op.Text = keepHead(op.Text, context)
			default:
				op.Text = keepEnds(op.Text, context)
			}
		}
		out = appendOp(out, op.Kind, op.Text)
	}
	return out
}

// minCut is the fewest words Excerpt replaces by an ellipsis: leaving out
// one or two words saves nothing a reader would notice.
const minCut = 3

// wordBounds returns the start and end offsets in s of each word token.
func wordBounds(s string) (starts, ends []int) {
	pos := 0
	for _, t := range tokenize(s) {
		if t.kind == tokWord {
			starts = append(starts, pos)
			ends = append(ends, pos+len(t.text))
		}
		pos += len(t.text)
	}
	return starts, ends
}

// keepTail keeps the last n words of s, with what follows them.
func keepTail(s string, n int) string {
	starts, _ := wordBounds(s)
	if len(starts)-n < minCut {
		return s
	}
	return Ellipsis + " " + s[starts[len(starts)-n]:]
}

// keepHead keeps the first n words of s, with what precedes them and any
// punctuation attached to the last of them.
func keepHead(s string, n int) string {
	_, ends := wordBounds(s)
	if len(ends)-n < minCut {
		return s
	}
	return s[:headEnd(s, ends[n-1])] + " " + Ellipsis
}

// keepEnds keeps n words at each end of s.
func keepEnds(s string, n int) string {
	starts, ends := wordBounds(s)
	if len(starts)-2*n < minCut {
		return s
	}
	return s[:headEnd(s, ends[n-1])] + " " + Ellipsis + " " + s[starts[len(starts)-n]:]
}

// headEnd extends a cut at end over punctuation that follows the word
// directly ("data," or "data."), so a comma is not left dangling.
func headEnd(s string, end int) int {
	if end == 0 {
		return 0
	}
	for end < len(s) && strings.IndexByte(",.;:!?)\"'", s[end]) >= 0 {
		end++
	}
	return end
}

// Redline returns ops as plain text, deleted words as [-words-] and
// inserted words as {+words+}, as WriteText writes them: a marker never
// spans a line break, so each line reads on its own.
func Redline(ops []Op) string {
	return markText(ops, false)
}

// RedlineHTML returns ops as escaped HTML: deleted words in <del>, inserted
// words in <ins>, line breaks as <br>. A non-empty delStyle or insStyle is
// the style attribute of the <del> or <ins> elements, for email clients
// that ignore style sheets; it is escaped too.
func RedlineHTML(ops []Op, delStyle, insStyle string) string {
	del, ins := "<del>", "<ins>"
	if delStyle != "" {
		del = `<del style="` + html.EscapeString(delStyle) + `">`
	}
	if insStyle != "" {
		ins = `<ins style="` + html.EscapeString(insStyle) + `">`
	}
	return strings.ReplaceAll(markHTML(ops, del, ins), "\n", "<br>\n")
}

// markText marks ops up as text, with colours or with [- -] and {+ +}.
func markText(ops []Op, color bool) string {
	mark := func(k OpKind, s string) string {
		switch {
		case k == Delete && color:
			return ansiRed + s + ansiReset
		case k == Insert && color:
			return ansiGreen + s + ansiReset
		case k == Delete:
			return "[-" + s + "-]"
		case k == Insert:
			return "{+" + s + "+}"
		}
		return s
	}
	var sb strings.Builder
	for _, op := range ops {
		lines := strings.Split(op.Text, "\n")
		for i, l := range lines {
			if i > 0 {
				sb.WriteByte('\n')
			}
			if l != "" {
				sb.WriteString(mark(op.Kind, l))
			}
		}
	}
	return sb.String()
}

// markHTML marks ops up as escaped HTML, one line per block, opening
// deletions with del and insertions with ins. Tags never span a line, so
// each line is well formed on its own.
func markHTML(ops []Op, del, ins string) string {
	var sb strings.Builder
	for _, op := range ops {
		lines := strings.Split(op.Text, "\n")
		for i, l := range lines {
			if i > 0 {
				sb.WriteByte('\n')
			}
			if l == "" {
				continue
			}
			e := html.EscapeString(l)
			switch op.Kind {
			case Delete:
				sb.WriteString(del + e + "</del>")
			case Insert:
				sb.WriteString(ins + e + "</ins>")
			default:
				sb.WriteString(e)
			}
		}
	}
	return sb.String()
}
