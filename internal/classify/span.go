package classify

import (
	"fmt"
	"strings"
)

// quoteMark stands for the quote of the changed words in a finding's
// reason until judge knows which words the finding is about.
const quoteMark = "\x00quote"

// maxQuoteWords bounds each side of a quote in a reason.
const maxQuoteWords = 12

// maxSpanTokens bounds the word diff behind a quote; longer changed
// stretches are quoted from their common ends alone.
const maxSpanTokens = 400

// span is one changed stretch of the word diff of two texts, as word
// positions: old words a[ai:aj] became new words b[bi:bj].
type span struct{ ai, aj, bi, bj int }

// quoteSpan quotes the changed words of a modified unit that a finding is
// about: the changed stretch holding one of its keywords (or, failing
// that, the first), with two words of context on each side, as
// "'old words' became 'new words'".
func quoteSpan(o, n *side, keywords []string) string {
	a, b := strings.Fields(strings.Join(o.texts, " ")), strings.Fields(strings.Join(n.texts, " "))
	ka, kb := spanKeys(a), spanKeys(b)
	spans := diffSpans(ka, kb)
	if len(spans) == 0 {
		return fmt.Sprintf("'%s' became '%s'", clipWords(a), clipWords(b))
	}
	want := map[string]bool{}
	for _, k := range keywords {
		for _, t := range diffTokens(k) {
			if !glue[t] && t != "," && t != ";" {
				want[t] = true
			}
		}
	}
	pick := spans[0]
	if len(want) > 0 {
	search:
		for _, sp := range spans {
			for _, k := range append(append([]string{}, ka[sp.ai:sp.aj]...), kb[sp.bi:sp.bj]...) {
				if want[k] {
					pick = sp
					break search
				}
			}
		}
	}
	// Context: up to two shared words before and after.
	from, to := max(pick.ai-2, 0), min(pick.aj+2, len(a))
	before := pick.ai - from
	after := to - pick.aj
	ob := a[from:to]
	nb := b[max(pick.bi-before, 0):min(pick.bj+after, len(b))]
	return fmt.Sprintf("'%s' became '%s'", clipQuote(ob), clipQuote(nb))
}

// spanKeys is each word's comparison form: lowercase, without surrounding
// punctuation and typographic quotes.
func spanKeys(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.Trim(strings.ToLower(w), ".,;:!?()[]\"'“”‘’*_")
	}
	return out
}

// diffSpans diffs two key lists: common ends trimmed, then a longest
// common subsequence on what is left (one stretch when that is too long).
func diffSpans(a, b []string) []span {
	p, s := commonEnds(a, b)
	if p == len(a) && p == len(b) {
		return nil
	}
	n, m := len(a)-p-s, len(b)-p-s
	if n > maxSpanTokens || m > maxSpanTokens || n == 0 || m == 0 {
		return []span{{p, p + n, p, p + m}}
	}
	x, y := a[p:p+n], b[p:p+m]
	l := lcsTable(x, y)
	var out []span
	cur := span{-1, -1, -1, -1}
	flush := func(i, j int) {
		if cur.ai >= 0 {
			cur.aj, cur.bj = p+i, p+j
			out = append(out, cur)
		}
		cur = span{-1, -1, -1, -1}
	}
	i, j := 0, 0
	for i < n || j < m {
		if i < n && j < m && x[i] == y[j] {
			flush(i, j)
			i++
			j++
			continue
		}
		if cur.ai < 0 {
			cur.ai, cur.bi = p+i, p+j
		}
		if j < m && (i == n || l[i][j+1] >= l[i+1][j]) {
			j++
		} else {
			i++
		}
	}
	flush(i, j)
	// Stretches a word or two apart read as one edit.
	merged := out[:0]
	for _, sp := range out {
		if k := len(merged) - 1; k >= 0 && sp.ai-merged[k].aj <= 2 && sp.bi-merged[k].bj <= 2 {
			merged[k].aj, merged[k].bj = sp.aj, sp.bj
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// clipQuote keeps a quote short: the first and last words of a long one.
func clipQuote(ws []string) string {
	if len(ws) > maxQuoteWords+2 {
		return strings.Join(ws[:maxQuoteWords-3], " ") + " … " + strings.Join(ws[len(ws)-3:], " ")
	}
	return strings.Join(ws, " ")
}

// restrictForms lists the words of a qualifier class, for quoting.
func restrictForms(class string) []string {
	var out []string
	for w := range restrictive {
		if restrictClass(w) == class {
			out = append(out, w)
		}
	}
	return out
}

// exceptForms lists the words of an exception class, for quoting.
func exceptForms(class string) []string {
	var out []string
	for w := range exceptions {
		if exceptClass(w) == class {
			out = append(out, w)
		}
	}
	return out
}

// numberWordsIn lists the words of a text that write a number, for
// quoting a changed number.
func numberWordsIn(norm string) []string {
	var out []string
	for _, w := range strings.Fields(norm) {
		w = strings.Trim(w, ".,;:()\"'")
		// "business" and "working" qualify a count of days.
		if _, ok := numberWords[w]; ok || strings.ContainsAny(w, "0123456789") || w == "business" || w == "working" {
			out = append(out, w)
		}
	}
	return out
}
