package diff

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/noticeproject/notice/internal/notice"
)

// WriteMarkdown writes r as a Markdown redline: a summary, then one
// "###" heading per change naming its section and kind, with deleted words
// ~~struck through~~ and inserted words in **bold**. The notice's own text
// is escaped, so its characters never read as Markdown.
func WriteMarkdown(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	if !r.Changed() {
		fmt.Fprintln(bw, "No change.")
		return bw.Flush()
	}
	fmt.Fprintf(bw, "%s.\n\nDeleted words are ~~struck through~~, inserted words are **bold**.\n", Summary(r))
	for _, c := range r.Changes {
		sec := c.Section
		if sec == "" {
			sec = "(top)"
		}
		fmt.Fprintf(bw, "\n### %s\n\n*%s*\n\n", escapeMarkdown(sec), escapeMarkdown(describe(c)))
		for i, line := range strings.Split(markdownBody(c), "\n") {
			if i > 0 {
				bw.WriteString("\n")
			}
			fmt.Fprintf(bw, "%s\n", line)
		}
	}
	return bw.Flush()
}

func markdownBody(c Change) string {
	mark := func(k OpKind, s string) string {
		// Emphasis must hug the words: keep surrounding spaces outside.
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			core := strings.TrimSpace(l)
			if core == "" {
				lines[i] = escapeMarkdown(l)
				continue
			}
			lead := l[:strings.Index(l, core)]
			trail := l[len(lead)+len(core):]
			switch k {
			case Delete:
				core = "~~" + escapeMarkdown(core) + "~~"
			case Insert:
				core = "**" + escapeMarkdown(core) + "**"
			default:
				core = escapeMarkdown(core)
			}
			lines[i] = lead + core + trail
		}
		return strings.Join(lines, "\n")
	}
	switch c.Kind {
	case notice.Added:
		return mark(Insert, c.After)
	case notice.Removed:
		return mark(Delete, c.Before)
	case notice.Moved:
		return mark(Equal, c.After)
	}
	var sb strings.Builder
	for _, op := range c.Words {
		sb.WriteString(mark(op.Kind, op.Text))
	}
	return sb.String()
}

// escapeMarkdown backslash-escapes the characters that could start
// Markdown syntax, and "<" and "&", which could start HTML. A number
// followed by "." or ")" at the start would begin an ordered list.
func escapeMarkdown(s string) string {
	var sb strings.Builder
	digits := 0
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '#', '|', '~', '&':
			sb.WriteByte('\\')
		case '+', '-':
			if i == 0 {
				sb.WriteByte('\\')
			}
		case '!':
			// Only before "[" would it start an image; escape it anyway.
			sb.WriteByte('\\')
		case '.', ')':
			if digits == i && i > 0 {
				sb.WriteByte('\\')
			}
		}
		if r >= '0' && r <= '9' && digits == i {
			digits++
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
