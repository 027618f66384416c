package prose

import (
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLinkSpan bounds how far a link's closing bracket or parenthesis is
// looked for, so that text full of unmatched brackets stays linear.
const maxLinkSpan = 2000

// stripInline removes inline Markdown from s: emphasis, code backticks,
// HTML tags, and link syntax (keeping the link text and recording the
// link). Whitespace is collapsed.
func stripInline(s string) (string, []Link) {
	return stripInlineRefs(s, nil)
}

// stripInlineRefs is stripInline with the document's link reference
// definitions, which give reference links ("[text][1]") their targets.
func stripInlineRefs(s string, defs map[string]string) (string, []Link) {
	out, links, _ := stripInlineSteps(s, defs)
	return out, links
}

// stripInlineSteps is stripInlineRefs that also reports how many steps it
// took, so that tests can check the work stays linear in len(s).
func stripInlineSteps(s string, defs map[string]string) (string, []Link, int) {
	// Text without a byte that may open inline Markdown is its own
	// stripped form: strip would copy it whole, a step a byte.
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		plain = !inlineSpecial[s[i]]
	}
	if plain {
		return collapse(unescape(s)), nil, len(s)
	}
	var links []Link
	var b strings.Builder
	b.Grow(len(s))
	st := &inlineScan{s: s, idx: newInlineIndex(s), defs: defs}
	st.strip(&b, 0, len(s), &links, 0)
	steps := st.steps
	if st.idx != nil {
		steps += st.idx.steps
	}
	return collapse(unescape(b.String())), links, steps
}

// unescape replaces the HTML character references in s, as
// html.UnescapeString does. The first call of that builds a table of two
// thousand entity names, which costs more than diffing a short notice; an
// '&' that is not followed by '#' or a letter starts no reference, so text
// with only such ampersands ("Terms & Conditions") is returned as it is.
func unescape(s string) string {
	for i := strings.IndexByte(s, '&'); i >= 0; {
		if i+1 < len(s) {
			if c := s[i+1]; c == '#' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				return html.UnescapeString(s)
			}
		}
		k := strings.IndexByte(s[i+1:], '&')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return s
}

// inlineIndex holds, for the bytes of a text, where the constructs that
// start there end, computed in one pass each so that inline scanning stays
// linear (up to a binary search) however many brackets, '<' or comment
// openers go unmatched. Every answer is -1 when there is none.
type inlineIndex struct {
	// The brackets are few in a text, so they are kept as sorted lists
	// of positions rather than one entry per byte: each '[' and '('
	// (openers, with their matching closers in closers, -1 for none) and
	// every ']'. built says they have been built.
	brackets, bracketClosers []int32
	parens, parenClosers     []int32
	rbs                      []int32
	built                    bool
	nextGT                   []int32 // the next '>' at or after i
	nextLT                   []int32 // the next '<' at or after i
	nextComment              []int32 // the next "-->" at or after i
	steps                    int     // work done building it, for tests
	s                        string
}

// newInlineIndex prepares an index of s; it returns nil when s has no '['
// and no '<', the only bytes that need it. Each part is built on first
// use.
func newInlineIndex(s string) *inlineIndex {
	if strings.IndexByte(s, '[') < 0 && strings.IndexByte(s, '<') < 0 {
		return nil
	}
	return &inlineIndex{s: s}
}

// buildBrackets builds the lists of brackets and parentheses.
func (x *inlineIndex) buildBrackets() {
	if x.built {
		return
	}
	x.built = true
	s, n := x.s, len(x.s)
	var open, parens []int // indices into x.brackets and x.parens
	for i := 0; i < n; i++ {
		x.steps++
		switch s[i] {
		case '\\':
			// The next byte is escaped: it opens or closes nothing,
			// but an escaped ']' still ends a reference label.
			if i+1 < n && s[i+1] == ']' {
				x.rbs = append(x.rbs, int32(i+1))
			}
			i++
		case '[':
			open = append(open, len(x.brackets))
			x.brackets = append(x.brackets, int32(i))
			x.bracketClosers = append(x.bracketClosers, -1)
		case ']':
			x.rbs = append(x.rbs, int32(i))
			if k := len(open); k > 0 {
				x.bracketClosers[open[k-1]] = int32(i)
				open = open[:k-1]
			}
		case '(':
			parens = append(parens, len(x.parens))
			x.parens = append(x.parens, int32(i))
			x.parenClosers = append(x.parenClosers, -1)
		case ')':
			if k := len(parens); k > 0 {
				x.parenClosers[parens[k-1]] = int32(i)
				parens = parens[:k-1]
			}
		}
	}
	x.steps += n
}

// closerAt returns the closer of the opener at position i, or -1 when
// there is no opener there or it is unmatched.
func closerAt(openers, closers []int32, i int) int32 {
	if k, ok := slices.BinarySearch(openers, int32(i)); ok {
		return closers[k]
	}
	return -1
}

// closeBracket returns the ']' matching the '[' at i, or -1.
func (x *inlineIndex) closeBracket(i int) int32 {
	x.buildBrackets()
	return closerAt(x.brackets, x.bracketClosers, i)
}

// closeParen returns the ')' matching the '(' at i, or -1.
func (x *inlineIndex) closeParen(i int) int32 {
	x.buildBrackets()
	return closerAt(x.parens, x.parenClosers, i)
}

// nextRB returns the first ']' at or after i, or -1.
func (x *inlineIndex) nextRB(i int) int32 {
	x.buildBrackets()
	if k, _ := slices.BinarySearch(x.rbs, int32(i)); k < len(x.rbs) {
		return x.rbs[k]
	}
	return -1
}

// angles builds nextGT, nextLT and nextComment.
func (x *inlineIndex) angles() {
	if x.nextGT != nil {
		return
	}
	s, n := x.s, len(x.s)
	buf := make([]int32, 3*(n+1))
	x.nextGT, x.nextLT, x.nextComment = buf[:n+1], buf[n+1:2*(n+1)], buf[2*(n+1):]
	gt, lt, cm := int32(-1), int32(-1), int32(-1)
	x.nextGT[n], x.nextLT[n], x.nextComment[n] = -1, -1, -1
	for i := n - 1; i >= 0; i-- {
		switch s[i] {
		case '>':
			gt = int32(i)
		case '<':
			lt = int32(i)
		case '-':
			if strings.HasPrefix(s[i:], "-->") {
				cm = int32(i)
			}
		}
		x.nextGT[i], x.nextLT[i], x.nextComment[i] = gt, lt, cm
	}
	x.steps += n
}

// inlineScan strips inline Markdown from s, with its index.
type inlineScan struct {
	s     string
	idx   *inlineIndex
	defs  map[string]string // link reference definitions, by lower-case label
	steps int               // bytes visited, for tests
}

// within returns p when it is a position in [lo, hi), else -1.
func within(p int32, lo, hi int) int {
	if p < 0 || int(p) < lo || int(p) >= hi {
		return -1
	}
	return int(p)
}

func (st *inlineScan) strip(b *strings.Builder, lo, hi int, links *[]Link, depth int) {
	s := st.s
	for i := lo; i < hi; {
		st.steps++
		c := s[i]
		switch {
		case c == '\\' && i+1 < hi && isASCIIPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '!' && i+1 < hi && s[i+1] == '[':
			if tlo, thi, _, end, ok := st.link(i+1, hi); ok {
				if depth < 4 {
					st.strip(b, tlo, thi, nil, depth+1)
				}
				i = end
				continue
			}
		case c == '[':
			if tlo, thi, url, end, ok := st.link(i, hi); ok {
				var tb strings.Builder
				if depth < 4 {
					st.strip(&tb, tlo, thi, links, depth+1)
				} else {
					tb.WriteString(s[tlo:thi])
				}
				t := tb.String()
				b.WriteString(t)
				if links != nil && url != "" {
					*links = append(*links, Link{Text: collapse(unescape(t)), URL: url})
				}
				i = end
				continue
			}
		case c == '<':
			if n, url, ok := st.autolink(i, hi); ok {
				b.WriteString(url)
				if links != nil {
					*links = append(*links, Link{Text: url, URL: url})
				}
				i += n
				continue
			}
			if n := st.htmlTag(i, hi); n > 0 {
				b.WriteByte(' ')
				i += n
				continue
			}
		case c == '`':
			i++
			continue
		case c == '*' || c == '_' || c == '~':
			j := i
			for j < hi && s[j] == c {
				j++
			}
			prev, _ := utf8.DecodeLastRuneInString(s[lo:i])
			next, _ := utf8.DecodeRuneInString(s[j:hi])
			keep := false
			switch c {
			case '*':
				// A lone star between spaces is text ("5 * 3").
				keep = i > lo && j < hi && unicode.IsSpace(prev) && unicode.IsSpace(next)
			case '_':
				// Intra-word underscores are text (snake_case, utm_source).
				keep = i > lo && j < hi && isWordRune(prev) && isWordRune(next)
			case '~':
				keep = j-i == 1
			}
			if keep {
				b.WriteString(s[i:j])
			}
			i = j
			continue
		}
		// Copy the run of plain bytes up to the next one that may open
		// inline Markdown in one go.
		j := i + 1
		for j < hi && !inlineSpecial[s[j]] {
			j++
		}
		st.steps += j - i - 1
		b.WriteString(s[i:j])
		i = j
	}
}

// inlineSpecial marks the bytes strip must look at: the rest are copied.
var inlineSpecial = [256]bool{'\\': true, '!': true, '[': true, '<': true, '`': true, '*': true, '_': true, '~': true}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// link reads "[text](target "title")" or "[text][ref]" at i (a '[') and
// returns where its text lies, the target (empty for a reference link) and
// where it ends. It looks no further than hi.
func (st *inlineScan) link(i, hi int) (tlo, thi int, url string, end int, ok bool) {
	s, x := st.s, st.idx
	close := within(x.closeBracket(i), i, hi)
	if close < 0 || close-i >= maxLinkSpan {
		return 0, 0, "", 0, false
	}
	r := close + 1
	switch {
	case r < hi && s[r] == '(':
		cp := within(x.closeParen(r), r, hi)
		if cp < 0 || cp-r >= maxLinkSpan {
			return 0, 0, "", 0, false
		}
		st.steps += cp - r
		target := strings.TrimSpace(s[r+1 : cp])
		if k := strings.IndexAny(target, " \t"); k >= 0 {
			target = target[:k] // drop a title
		}
		target = strings.TrimSuffix(strings.TrimPrefix(target, "<"), ">")
		return i + 1, close, target, cp + 1, true
	case r < hi && s[r] == '[':
		k := within(x.nextRB(r), r, hi)
		if k >= 0 {
			st.steps += k - r
		}
		if k >= 0 && k-r < maxLinkSpan && strings.IndexByte(s[r+1:k], '[') < 0 {
			// "[text][label]", or "[text][]" whose label is its text.
			label := s[r+1 : k]
			if strings.TrimSpace(label) == "" {
				label = s[i+1 : close]
			}
			return i + 1, close, st.defs[strings.ToLower(strings.Join(strings.Fields(label), " "))], k + 1, true
		}
	}
	return 0, 0, "", 0, false
}

// autolink reads "<https://...>" or "<name@example.com>" at i.
func (st *inlineScan) autolink(i, hi int) (n int, url string, ok bool) {
	s, x := st.s, st.idx
	x.angles()
	k := within(x.nextGT[i], i, hi)
	if k < 0 || k-i > maxLinkSpan {
		return 0, "", false
	}
	// Another '<' before the '>' means this one opens nothing; checking
	// that first keeps the scan of the inside linear.
	if lt := within(x.nextLT[i+1], i+1, hi); lt >= 0 && lt < k {
		return 0, "", false
	}
	inner := s[i+1 : k]
	st.steps += len(inner)
	if strings.ContainsAny(inner, " \t") || inner == "" {
		return 0, "", false
	}
	lower := strings.ToLower(inner)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") ||
		strings.HasPrefix(lower, "mailto:") || strings.Contains(inner, "@") {
		return k + 1 - i, inner, true
	}
	return 0, "", false
}

// htmlTag returns the length of an HTML tag or comment at i, or 0.
func (st *inlineScan) htmlTag(i, hi int) int {
	s, x := st.s, st.idx
	x.angles()
	if strings.HasPrefix(s[i:hi], "<!--") {
		if k := within(x.nextComment[i+4], i+4, hi); k >= 0 && k+3 <= hi {
			return k + 3 - i
		}
		return 0
	}
	if hi-i < 3 {
		return 0
	}
	c := s[i+1]
	if !(c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return 0
	}
	k := within(x.nextGT[i], i, hi)
	if k < 0 || k-i > 500 {
		return 0
	}
	if lt := within(x.nextLT[i+1], i+1, hi); lt >= 0 && lt < k {
		return 0
	}
	return k + 1 - i
}

// collapse replaces every run of white space (including no-break and
// zero-width spaces) with one space and trims the ends.
func collapse(s string) string {
	if collapsed(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			// Copy the rest of an ASCII word in one go.
			j := i
			for j < len(s) && s[j] < utf8.RuneSelf && s[j] != ' ' && !(s[j] >= '\t' && s[j] <= '\r') {
				j++
			}
			b.WriteString(s[i-1 : j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isZeroWidth(r) {
			continue
		}
		if isSpaceRune(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// collapsed reports text that collapse returns as it is: valid UTF-8
// without zero-width runes or white space other than single ASCII spaces
// between other characters.
func collapsed(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' && (i == 0 || i+1 == len(s) || s[i+1] == ' ') || c >= '\t' && c <= '\r' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || isZeroWidth(r) || isSpaceRune(r) {
			return false
		}
		i += size
	}
	return true
}
