package diff

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/noticeproject/notice/internal/notice"
)

// ANSI colours of the text redline.
const (
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiCyan  = "\x1b[36m"
	ansiBold  = "\x1b[1m"
	ansiReset = "\x1b[0m"
)

// WriteText writes r as a plain-text redline: a summary line, then each
// change under its section path, with deleted words as [-words-] and
// inserted words as {+words+}, as git diff --word-diff writes them. With
// color, deletions are red and insertions green instead, and the markers
// are left out; the caller decides (a terminal, and NO_COLOR unset).
func WriteText(w io.Writer, r *Result, color bool) error {
	bw := bufio.NewWriter(w)
	if !r.Changed() {
		fmt.Fprintln(bw, "no change")
		return bw.Flush()
	}
	fmt.Fprintln(bw, Summary(r))
	for _, c := range r.Changes {
		bw.WriteByte('\n')
		sec := c.Section
		if sec == "" {
			sec = "(top)"
		}
		if color {
			fmt.Fprintf(bw, "%s%s%s\n", ansiBold, sec, ansiReset)
		} else {
			fmt.Fprintln(bw, sec)
		}
		meta := describe(c)
		if color {
			meta = ansiCyan + meta + ansiReset
		}
		fmt.Fprintf(bw, "  %s\n", meta)
		for _, line := range strings.Split(textBody(c, color), "\n") {
			fmt.Fprintf(bw, "    %s\n", line)
		}
	}
	return bw.Flush()
}

// Summary is one line counting r's changes by kind, e.g. "3 changes: 1
// modified, 1 added, 1 moved; 40 paragraphs unchanged".
func Summary(r *Result) string {
	if !r.Changed() {
		return "no change"
	}
	n := map[notice.ChangeKind]int{}
	for _, c := range r.Changes {
		n[c.Kind]++
	}
	var parts []string
	for _, k := range []notice.ChangeKind{notice.Modified, notice.Added, notice.Removed, notice.Moved} {
		if n[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[k], k))
		}
	}
	return fmt.Sprintf("%s: %s; %s unchanged", plural(len(r.Changes), "change"), strings.Join(parts, ", "),
		plural(r.Unchanged, "paragraph"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// describe says what happened to a change and where: "modified, line 12 →
// 14", "moved from Use › Cookies, line 40 → 12".
func describe(c Change) string {
	var sb strings.Builder
	sb.WriteString(string(c.Kind))
	if c.FromSection != "" {
		sec := c.FromSection
		fmt.Fprintf(&sb, " from %s", sec)
	}
	switch {
	case c.FromLine > 0 && c.ToLine > 0:
		if c.FromLine == c.ToLine {
			fmt.Fprintf(&sb, ", line %d", c.ToLine)
		} else {
			fmt.Fprintf(&sb, ", line %d → %d", c.FromLine, c.ToLine)
		}
	case c.ToLine > 0:
		fmt.Fprintf(&sb, ", line %d", c.ToLine)
	case c.FromLine > 0:
		fmt.Fprintf(&sb, ", old line %d", c.FromLine)
	}
	return sb.String()
}

func textBody(c Change, color bool) string {
	switch c.Kind {
	case notice.Added:
		return markText([]Op{{Insert, c.After}}, color)
	case notice.Removed:
		return markText([]Op{{Delete, c.Before}}, color)
	case notice.Moved:
		return c.After
	}
	return markText(c.Words, color)
}
