package diff

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind says what a token is made of.
type tokenKind uint8

const (
	tokSpace tokenKind = iota // a run of white space
	tokWord                   // letters and digits, with inner connectors (don't, e-mail, 3.5, example.com)
	tokPunct                  // one other character
)

// token is one piece of a sentence; the tokens of a text concatenate back
// to the text exactly.
type token struct {
	kind tokenKind
	text string
}

// tokenize splits s into words, runs of white space and single punctuation
// characters. It never drops or rewrites a byte: joining the tokens gives s
// back, which the renderers rely on to show the text as it was written.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/3+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isSpace(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isSpace(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{tokSpace, s[i:j]})
			i = j
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// A connector stays inside the word when a letter or digit
				// follows it: don't, e-mail, 3.5, example.com, a/b.
				if isConnector(r2) && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			toks = append(toks, token{tokWord, s[i:j]})
			i = j
		default:
			toks = append(toks, token{tokPunct, s[i : i+n]})
			i += n
		}
	}
	return toks
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2007' || r == '\u200b' || r == '\ufeff'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isConnector(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '-', '\u2010', '\u2011', '.', '_', '/', '@', ':', '&', '+':
		return true
	}
	return false
}

// tokenKey is what two tokens are compared by, with the noise that
// prose.Normalize ignores in a sentence ignored in a word too: white space
// of any kind is one space, typographic quotes, apostrophes and dashes fold
// to their ASCII forms, and case is ignored.
func tokenKey(t token) string {
	if t.kind != tokSpace {
		t.text = strings.TrimFunc(t.text, isSpace)
	}
	switch t.kind {
	case tokSpace:
		return " "
	case tokPunct:
		return foldPunct(t.text)
	}
	if plainLower(t.text) {
		return t.text
	}
	if strings.IndexFunc(t.text, isTypographic) < 0 {
		return strings.ToLower(t.text)
	}
	return strings.ToLower(strings.Map(func(r rune) rune { return []rune(foldPunct(string(r)))[0] }, t.text))
}

// plainLower reports whether s is ASCII without capitals: its own key.
func plainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' || c == '`' {
			return false
		}
	}
	return true
}

func isTypographic(r rune) bool { return foldPunct(string(r)) != string(r) }

// foldPunct folds one typographic character to its plain form.
func foldPunct(s string) string {
	switch s {
	case "\u2018", "\u2019", "\u201a", "\u201b", "\u2032", "`", "\u00b4":
		return "'"
	case "\u201c", "\u201d", "\u201e", "\u201f", "\u2033", "\u00ab", "\u00bb":
		return "\""
	case "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212":
		return "-"
	case "\u2026":
		return "..."
	}
	return s
}
