package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence. They are
// compared lowercased, without the final period.
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "etc": true, "vs": true, "cf": true, "viz": true, "approx": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "llc": true, "plc": true, "bv": true,
	"b.v": true, "n.v": true, "s.a": true, "s.r.l": true, "gmbh": true, "ag": true, "pty": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "ave": true,
	"blvd": true, "rd": true, "jr": true, "sr": true, "dept": true, "fig": true, "est": true,
	"u.s": true, "u.k": true, "u.s.a": true, "e.u": true, "a.m": true, "p.m": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true, "ste": true,
}

// beforeNumber are abbreviations only when a number follows ("No. 5",
// "Art. 6", "Sec. 2"); elsewhere they may end a sentence ("we say no.").
var beforeNumber = map[string]bool{
	"no": true, "nos": true, "art": true, "arts": true, "sec": true, "para": true, "p": true,
	"pp": true, "vol": true, "ch": true, "cl": true, "reg": true,
}

// SplitSentences splits stripped text into sentences at . ! ? and ;
// followed by white space. A period does not end a sentence after a known
// abbreviation (e.g., i.e., Inc., U.S., "No." before a number), after a
// single-letter initial, inside a number (1.5) or a domain name, or when the
// next word starts in lowercase. Closing quotes and brackets stay with the
// sentence they close. Each sentence is trimmed; empty ones are dropped.
func SplitSentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' && c != ';' {
			continue
		}
		end := i + 1
		// Runs of terminal punctuation ("?!", "...") end together.
		for end < len(text) && (text[end] == '.' || text[end] == '!' || text[end] == '?') {
			end++
		}
		// Closing quotes and brackets belong to the sentence.
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if r == '"' || r == '\'' || r == ')' || r == ']' || r == '”' || r == '’' || r == '»' {
				end += n
				continue
			}
			break
		}
		if end < len(text) {
			r, _ := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsSpace(r) {
				i = end - 1
				continue
			}
		}
		if c == '.' && end < len(text) && (isNumbering(text[start:i]) || !periodEnds(text, i, end)) {
			i = end - 1
			continue
		}
		out = appendSentence(out, text[start:end])
		start = end
		i = end - 1
	}
	return appendSentence(out, text[start:])
}

// appendSentence appends s, trimmed, to out. A lone connective left over
// from a list item ("...; and") joins the sentence before it.
func appendSentence(out []string, s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return out
	}
	if len(out) > 0 && isConnective(s) {
		out[len(out)-1] += " " + s
		return out
	}
	return append(out, s)
}

func isConnective(s string) bool {
	s = strings.TrimRight(s, ".;,:")
	if len(s) > len("and/or") {
		return false // no need to lowercase a whole sentence
	}
	switch strings.ToLower(s) {
	case "and", "or", "and/or", "nor", "but", "then":
		return true
	}
	return false
}

// isNumbering reports whether s, the sentence so far, is only a section
// number such as "1" or "3.2" (in "1. Who we are").
func isNumbering(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 12 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
			return false
		}
	}
	return true
}

// periodEnds decides whether the period at i (its punctuation run ending at
// end, followed by white space) ends a sentence.
func periodEnds(text string, i, end int) bool {
	// The word before the period.
	w := i
	for w > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:w])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' || r == '[' {
			break
		}
		w -= n
	}
	word := strings.ToLower(strings.TrimRight(text[w:i], "."))
	// The next word.
	rest := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
	next, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsLower(next) {
		return false
	}
	if word == "" {
		return true
	}
	if abbreviations[word] {
		return false
	}
	if beforeNumber[word] && unicode.IsDigit(next) {
		return false
	}
	// A single-letter initial ("J. Smith"), but not a number ("version 2.").
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsLetter(r) {
		return false
	}
	return true
}
