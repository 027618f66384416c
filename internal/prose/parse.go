package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parse reads a Markdown notice into blocks and sentences. It accepts any
// input: invalid UTF-8 is replaced by U+FFFD, CRLF and CR line ends are
// read as LF, and a byte-order mark is dropped. It never panics and runs in
// time linear in the size of src.
func Parse(src []byte) *Document {
	s := string(src)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	p := &parser{lines: strings.Split(s, "\n")}
	p.defs = linkDefinitions(p.lines)
	p.run()
	d := &Document{Blocks: p.blocks}
	// Most blocks hold a sentence or two: room for two a block spares
	// most of the slice's regrowing.
	d.Sentences = make([]Sentence, 0, 2*len(d.Blocks))
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Kind == Rule || b.Kind == Code {
			continue
		}
		for _, t := range SplitSentences(b.Text) {
			n := Normalize(t)
			if n == "" {
				continue
			}
			d.Sentences = append(d.Sentences, Sentence{Block: i, Section: b.Section, Text: t, Norm: n})
		}
	}
	if len(d.Sentences) == 0 {
		d.Sentences = nil // as before the slice was sized ahead
	}
	return d
}

type heading struct {
	level int
	text  string
}

type parser struct {
	lines  []string
	blocks []Block
	heads  []heading

	// The open paragraph or list item.
	open      bool
	kind      BlockKind
	level     int
	start     int // 0-based line index
	raw       []string
	content   []string
	hardBreak bool // the last content line ended with a hard line break

	// defs are the document's link reference definitions ("[1]: URL"),
	// by lower-case label; nil when it has none.
	defs map[string]string

	// List nesting: the indents of the open list items' markers.
	listIndents []int
	inTable     bool
}

func (p *parser) section() []string {
	if len(p.heads) == 0 {
		return nil
	}
	out := make([]string, len(p.heads))
	for i, h := range p.heads {
		out[i] = h.text
	}
	return out
}

func (p *parser) emit(kind BlockKind, level, line int, raw, content string) {
	text, links := stripInlineRefs(content, p.defs)
	if text == "" && kind != Rule && kind != Code {
		return
	}
	if kind == Code {
		text = content
	}
	p.blocks = append(p.blocks, Block{Kind: kind, Level: level, Section: p.section(), Raw: raw,
		Text: text, Links: links, Line: line + 1})
}

func (p *parser) flush() {
	if !p.open {
		return
	}
	p.open = false
	p.emit(p.kind, p.level, p.start, strings.Join(p.raw, "\n"), strings.Join(p.content, " "))
	p.raw, p.content = p.raw[:0], p.content[:0]
	p.hardBreak = false
}

func (p *parser) heading(level, line int, raw, content string) {
	p.flush()
	p.listIndents = p.listIndents[:0]
	text, links := stripInlineRefs(content, p.defs)
	for len(p.heads) > 0 && p.heads[len(p.heads)-1].level >= level {
		p.heads = p.heads[:len(p.heads)-1]
	}
	if text != "" {
		p.blocks = append(p.blocks, Block{Kind: Heading, Level: level, Section: p.section(), Raw: raw,
			Text: text, Links: links, Line: line + 1})
	}
	p.heads = append(p.heads, heading{level, text})
}

func (p *parser) startBlock(kind BlockKind, level, line int, raw, content string) {
	p.flush()
	p.open, p.kind, p.level, p.start = true, kind, level, line
	p.raw = append(p.raw, raw)
	p.content = append(p.content, content)
	p.hardBreak = endsWithHardBreak(raw)
}

func (p *parser) run() {
	for i := 0; i < len(p.lines); i++ {
		ln := p.lines[i]
		trimmed := strings.TrimSpace(ln)
		if trimmed == "" {
			p.flush()
			p.inTable = false
			continue
		}
		indent := leadingIndent(ln)

		// Fenced code.
		if indent < 4 {
			if fence := fenceOpen(trimmed); fence != "" {
				p.flush()
				j := i + 1
				for j < len(p.lines) && !fenceClose(strings.TrimSpace(p.lines[j]), fence) {
					j++
				}
				end := j
				if end > len(p.lines) {
					end = len(p.lines)
				}
				body := strings.Join(p.lines[i+1:end], "\n")
				rawEnd := j + 1
				if rawEnd > len(p.lines) {
					rawEnd = len(p.lines)
				}
				p.blocks = append(p.blocks, Block{Kind: Code, Section: p.section(),
					Raw: strings.Join(p.lines[i:rawEnd], "\n"), Text: body, Line: i + 1})
				i = j
				continue
			}
		}

		// ATX heading.
		if indent < 4 && trimmed[0] == '#' {
			if level, content, ok := atxHeading(trimmed); ok {
				p.heading(level, i, ln, content)
				continue
			}
		}

		// Setext underline of the open paragraph.
		if indent < 4 && p.open && p.kind == Paragraph && isSetextUnderline(trimmed) {
			level := 2
			if trimmed[0] == '=' {
				level = 1
			}
			raw := strings.Join(append(p.raw, ln), "\n")
			content := strings.Join(p.content, " ")
			start := p.start
			p.open = false
			p.raw, p.content = p.raw[:0], p.content[:0]
			p.heading(level, start, raw, content)
			continue
		}

		// A link reference definition ("[1]: https://example.com") is
		// no text: the links that name it show its target. It cannot
		// interrupt a paragraph.
		if indent < 4 && !p.open && trimmed[0] == '[' {
			if _, _, ok := linkDefinition(trimmed); ok {
				continue
			}
		}

		// Thematic break.
		if indent < 4 && isRule(trimmed) {
			p.flush()
			p.listIndents = p.listIndents[:0]
			p.blocks = append(p.blocks, Block{Kind: Rule, Section: p.section(), Raw: ln, Line: i + 1})
			continue
		}

		// Table rows.
		if strings.IndexByte(trimmed, '|') >= 0 && (p.inTable || trimmed[0] == '|' ||
			(i+1 < len(p.lines) && isTableSeparator(strings.TrimSpace(p.lines[i+1])))) {
			p.flush()
			p.inTable = true
			if isTableSeparator(trimmed) {
				continue
			}
			before := len(p.blocks)
			p.emit(TableRow, 0, i, ln, strings.Join(tableCells(trimmed), ", "))
			if len(p.blocks) > before && i+1 < len(p.lines) && isTableSeparator(strings.TrimSpace(p.lines[i+1])) {
				p.blocks[len(p.blocks)-1].Header = true
			}
			continue
		}

		// A numbered line underlined as a setext heading ("2. Data we
		// collect" over "------") is a numbered heading as its writer
		// meant it, although CommonMark reads a list item and a rule.
		if _, _, ordered, _, ok := listItem(ln); ok && ordered && indent < 4 && i+1 < len(p.lines) &&
			leadingIndent(p.lines[i+1]) < 4 && isSetextUnderline(strings.TrimSpace(p.lines[i+1])) {
			p.flush()
			p.listIndents = p.listIndents[:0]
			level := 2
			if strings.TrimSpace(p.lines[i+1])[0] == '=' {
				level = 1
			}
			p.heading(level, i, ln+"\n"+p.lines[i+1], trimmed)
			i++
			continue
		}

		// List items.
		if _, content, ordered, num, ok := listItem(ln); ok {
			interrupts := !(p.open && p.kind == Paragraph && ordered && num != 1)
			if interrupts {
				p.listIndents = nestList(p.listIndents, indent)
				p.startBlock(ListItem, len(p.listIndents), i, ln, content)
				continue
			}
		}

		// Block quotes: read the quoted text as ordinary text.
		content := trimmed
		for strings.HasPrefix(content, ">") {
			content = strings.TrimSpace(content[1:])
		}
		if content == "" {
			p.flush()
			continue
		}
		// A list inside a block quote ("> - item") is a list as one
		// outside it is: each item is a block of its own.
		if content != trimmed {
			if _, item, ordered, num, ok := listItem(content); ok && !(p.open && p.kind == Paragraph && ordered && num != 1) {
				p.listIndents = nestList(p.listIndents, 0)
				p.startBlock(ListItem, len(p.listIndents), i, content, item)
				continue
			}
		}
		content = strings.TrimSuffix(content, "\\")

		if p.open && !(p.kind == Paragraph && p.hardBreak) {
			p.raw = append(p.raw, ln)
			p.content = append(p.content, content)
			p.hardBreak = endsWithHardBreak(ln)
			continue
		}
		if !p.open && indent == 0 {
			p.listIndents = p.listIndents[:0]
		}
		p.startBlock(Paragraph, 0, i, ln, content)
	}
	p.flush()
}

func endsWithHardBreak(ln string) bool {
	return strings.HasSuffix(ln, "  ") || strings.HasSuffix(ln, "\\") || strings.HasSuffix(ln, "\u00a0\u00a0")
}

// leadingIndent counts leading columns, a tab counting as four.
func leadingIndent(ln string) int {
	n := 0
	for _, r := range ln {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

func fenceOpen(t string) string {
	for _, c := range []byte{'`', '~'} {
		n := 0
		for n < len(t) && t[n] == c {
			n++
		}
		if n >= 3 {
			if c == '`' && strings.IndexByte(t[n:], '`') >= 0 {
				return ""
			}
			return t[:n]
		}
	}
	return ""
}

func fenceClose(t, fence string) bool {
	if !strings.HasPrefix(t, fence) {
		return false
	}
	return strings.Trim(t, fence[:1]) == ""
}

func atxHeading(t string) (int, string, bool) {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n > 6 {
		return 0, "", false
	}
	rest := t[n:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return 0, "", false
	}
	rest = strings.TrimSpace(rest)
	// A closing sequence of #s preceded by a space is not content.
	if k := strings.TrimRight(rest, "#"); k != rest && (k == "" || strings.HasSuffix(k, " ") || strings.HasSuffix(k, "\t")) {
		rest = strings.TrimSpace(k)
	}
	return n, rest, true
}

func isSetextUnderline(t string) bool {
	if t == "" {
		return false
	}
	c := t[0]
	if c != '=' && c != '-' {
		return false
	}
	return strings.Trim(t, string(c)) == ""
}

func isRule(t string) bool {
	c := t[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

func isTableSeparator(t string) bool {
	if strings.IndexByte(t, '-') < 0 || strings.IndexByte(t, '|') < 0 && !strings.Contains(t, "---") {
		return false
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '|', '-', ':', ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// tableCells splits a table row on unescaped pipes, outside code spans.
func tableCells(t string) []string {
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, "\\|") {
		t = t[:len(t)-1]
	}
	var cells []string
	var b strings.Builder
	inCode := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '\\' && i+1 < len(t) && t[i+1] == '|':
			b.WriteByte('|')
			i++
		case c == '`':
			inCode = !inCode
			b.WriteByte(c)
		case c == '|' && !inCode:
			cells = append(cells, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	cells = append(cells, strings.TrimSpace(b.String()))
	out := cells[:0]
	for _, c := range cells {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// listItem recognises a bullet (*, -, +) or ordered (1. or 1)) list item.
func listItem(ln string) (marker, content string, ordered bool, num int, ok bool) {
	t := strings.TrimLeft(ln, " \t")
	if t == "" {
		return
	}
	n := 0
	switch t[0] {
	case '*', '-', '+':
		n = 1
	default:
		for n < len(t) && n < 9 && t[n] >= '0' && t[n] <= '9' {
			num = num*10 + int(t[n]-'0')
			n++
		}
		if n == 0 || n >= len(t) || (t[n] != '.' && t[n] != ')') {
			return
		}
		n++
		ordered = true
	}
	if n < len(t) && t[n] != ' ' && t[n] != '\t' {
		return
	}
	return t[:n], strings.TrimSpace(t[n:]), ordered, num, true
}

// nestList returns the list-indent stack after an item whose marker is at
// indent.
func nestList(stack []int, indent int) []int {
	for len(stack) > 0 && stack[len(stack)-1] > indent {
		stack = stack[:len(stack)-1]
	}
	if len(stack) > 0 && indent-stack[len(stack)-1] < 2 {
		return stack
	}
	return append(stack, indent)
}

func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r >= '\u2000' && r <= '\u200a' || r == '\u202f'
}

// linkDefinition reads a link reference definition, `[label]: target` with
// an optional title, from a trimmed line.
func linkDefinition(t string) (label, target string, ok bool) {
	if len(t) < 4 || t[0] != '[' {
		return "", "", false
	}
	k := strings.Index(t, "]:")
	if k < 2 || strings.ContainsAny(t[1:k], "[]") {
		return "", "", false
	}
	f := strings.Fields(t[k+2:])
	if len(f) == 0 {
		return "", "", false
	}
	if len(f) > 1 {
		rest := strings.Join(f[1:], " ")
		if c := rest[0]; !(c == '"' || c == '\'' || c == '(') {
			return "", "", false
		}
	}
	target = strings.TrimSuffix(strings.TrimPrefix(f[0], "<"), ">")
	return strings.ToLower(strings.Join(strings.Fields(t[1:k]), " ")), target, true
}

// linkDefinitions collects the link reference definitions of a document,
// the first one of each label winning as in CommonMark.
func linkDefinitions(lines []string) map[string]string {
	var defs map[string]string
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		if t == "" || t[0] != '[' || leadingIndent(ln) >= 4 {
			continue
		}
		if label, target, ok := linkDefinition(t); ok {
			if defs == nil {
				defs = map[string]string{}
			}
			if _, seen := defs[label]; !seen {
				defs[label] = target
			}
		}
	}
	return defs
}
