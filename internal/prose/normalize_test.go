package prose

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// normalizeTextByRune is normalizeText as it was written first, one rune at
// a time: the reference the faster one must agree with.
func normalizeTextByRune(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		start := i
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if isZeroWidth(r) {
				i += size
				continue
			}
			r = foldRune(r)
		}
		i += size
		switch r {
		case '*':
			continue
		case '_':
			prev, _ := utf8.DecodeLastRuneInString(s[:start])
			next, _ := utf8.DecodeRuneInString(s[i:])
			if start > 0 && i < len(s) && isWordRune(prev) && isWordRune(next) {
				break
			}
			continue
		case ' ', '\t', '\n', '\r', '\v', '\f':
			space = true
			continue
		}
		if r >= utf8.RuneSelf && unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 && !closesBefore(r) {
			b.WriteByte(' ')
		}
		space = false
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// TestNormalizeTextAgreesByRune checks normalizeText against the rune at a
// time reference on the test notices' lines and on random strings of the
// bytes and runes it treats specially.
func TestNormalizeTextAgreesByRune(t *testing.T) {
	var inputs []string
	files, err := filepath.Glob(filepath.Join("testdata", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test notices: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, strings.Split(string(b), "\n")...)
	}
	pieces := []string{"a", "Z", "We", " ", "  ", "\t", "\n", "\r", "\v", "\f", "*", "**", "_", "__", ".", ",", ";",
		":", "!", "?", ")", "(", "9", "é", "É", "\u00a0", "\u2003", "\u3000", "\u200b", "\ufeff", "\u00ad", "’",
		"“", "—", "…", "\u2028", "\x01", "\xff", "x_y", "ß", "İ"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		inputs = append(inputs, b.String())
	}
	for _, s := range inputs {
		if got, want := normalizeText(s), normalizeTextByRune(s); got != want {
			t.Errorf("normalizeText(%q) = %q, want %q", s, got, want)
		}
	}
}

// collapseAlways is collapse without its test for text already collapsed:
// it always rebuilds the text.
func collapseAlways(s string) string {
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

// TestCollapseAndStripShortcuts checks collapse, which returns collapsed
// text as it is, against collapseAlways, and stripInlineSteps, which
// returns text without inline Markdown bytes unscanned, against a scan.
func TestCollapseAndStripShortcuts(t *testing.T) {
	inputs := []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "a \u200bb", "a\u200b",
		"\xff", "a\xffb", "\ufffd", "é è", "a\u2003b", "a \u3000 b", "x\x1cy", "[a](b) c", "a *b* c", "a & b", "a &amp; b"}
	pieces := []string{"a", "Word", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\x1c", "\u00a0", "\u2002", "\u202f",
		"\u3000", "\u200b", "\ufeff", "\u00ad", "é", "\xff", "\xe2\x80", "\ufffd", "&amp;", "&", "[", "]", "(", ")",
		"*", "_", "`", "<", ">", "!", "~", "\\", "http://example.com"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		inputs = append(inputs, b.String())
	}
	for _, s := range inputs {
		if got, want := collapse(s), collapseAlways(s); got != want {
			t.Errorf("collapse(%q) = %q, want %q", s, got, want)
		}
		var b strings.Builder
		var links []Link
		st := &inlineScan{s: s, idx: newInlineIndex(s)}
		st.strip(&b, 0, len(s), &links, 0)
		got, gotLinks, _ := stripInlineSteps(s, nil)
		if want := collapse(unescape(b.String())); got != want || len(gotLinks) != len(links) {
			t.Errorf("stripInlineSteps(%q) = %q, %v; scanning gives %q, %v", s, got, gotLinks, want, links)
		}
	}
}
