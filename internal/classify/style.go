package classify

import (
	"slices"
	"strings"
	"sync"
)

// styleGroups are words a drafter swaps for one another for style alone
// (E7). None of them names a practice, a recipient, a modal, a
// quantity or a condition: "collect" and "gather" take the same data,
// "tailor" and "personalise" the same experience. They are kept apart
// from synonymGroups, which the fallback of M7 reads: a style swap is
// undone before the rules run again, so that whatever else the edit
// changed is still judged on its own.
var styleGroups = [][]string{
	{"collect", "gather"},
	{"different", "various", "diverse"},
	{"type", "kind", "sort", "category"},
	{"personalize", "personalise", "tailor", "customize", "customise"},
	{"improve", "enhance"},
	{"strengthen", "bolster", "reinforce"},
	{"transaction", "deal"},
	{"company", "business", "firm"},
	{"protect", "safeguard"},
	{"purpose", "reason", "aim", "goal", "objective"},
	{"explain", "describe", "outline"},
	{"question", "query", "enquiry", "inquiry"},
	{"promptly", "quickly", "swiftly"},
	{"additionally", "furthermore", "moreover"},
	{"customer", "client"},
	{"website", "site"},
	{"disclose", "reveal", "divulge"},
	{"law", "legislation", "statute"},
	{"dispute", "disagreement"},
	{"happen", "occur"},
	{"mistake", "error", "inaccuracy"},
	{"incorrect", "inaccurate", "wrong"},
	{"correct", "fix", "rectify"},
	{"method", "way", "means"},
	{"feature", "function", "functionality"},
	{"permission", "authorization", "authorisation"},
	{"often", "frequently"},
	{"large", "big"},
	{"small", "little"},
	// A notice revised is a notice updated; what changes with it is in
	// the rest of the sentence.
	{"update", "revise", "amend"},
}

// styleGroupsOf maps the stem of each word of styleGroups to the groups
// it belongs to.
var styleGroupsOf = sync.OnceValue(func() map[string][]int {
	out := map[string][]int{}
	for i, g := range styleGroups {
		for _, w := range g {
			st := stem(lemma(w))
			if !slices.Contains(out[st], i) {
				out[st] = append(out[st], i)
			}
		}
	}
	return out
})

// styleSwaps maps each word of the new side that only the new side has
// to a word of a style group it shares with a word the old side has
// more of: {"gathered": "collected"}.
func styleSwaps(o, n *side) map[string]string {
	groups := styleGroupsOf()
	stems := func(ws []string) map[string]int {
		out := map[string]int{}
		for _, w := range ws {
			out[stem(lemma(w))]++
		}
		return out
	}
	os, ns := stems(o.words), stems(n.words)
	var swaps map[string]string
	for _, w := range n.words {
		sw := stem(lemma(w))
		gw := groups[sw]
		if len(gw) == 0 || os[sw] > 0 {
			continue
		}
		// The old word may stay elsewhere in the sentence ("update the
		// "last updated" date" → "the "last updated" date is revised"):
		// the new side has fewer of it.
		for _, v := range o.words {
			sv := stem(lemma(v))
			if ns[sv] >= os[sv] || !slices.ContainsFunc(groups[sv], func(g int) bool { return slices.Contains(gw, g) }) {
				continue
			}
			if swaps == nil {
				swaps = map[string]string{}
			}
			swaps[w] = v
			break
		}
	}
	return swaps
}

// restyled returns a copy of u whose new sentences use the old side's
// word wherever they swapped in a style synonym of it.
func restyled(u *unit, swaps map[string]string) *unit {
	copies := map[*sentence]*sentence{}
	r := &unit{old: u.old}
	for _, x := range u.new {
		c := *x
		c.norm = replaceWords(x.norm, swaps)
		c.canon, c.key, c.words, c.content, c.feats = "", "", nil, nil, nil
		c.prepare()
		copies[x] = &c
		r.new = append(r.new, &c)
	}
	for _, p := range u.pairs {
		if c, ok := copies[p[1]]; ok {
			p[1] = c
		}
		r.pairs = append(r.pairs, p)
	}
	return r
}

// replaceWords replaces each whole word of norm that swaps maps.
func replaceWords(norm string, swaps map[string]string) string {
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := norm[start:end]
		if v, ok := swaps[w]; ok {
			w = v
		}
		b.WriteString(w)
		start = -1
	}
	for i := 0; i < len(norm); i++ {
		c := norm[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80 {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteByte(c)
	}
	flush(len(norm))
	return b.String()
}

// styleReason names the swaps for an editorial reason: "'gather' for
// 'collect'".
func styleReason(swaps map[string]string) string {
	var parts []string
	for w, v := range swaps {
		parts = append(parts, "'"+w+"' for '"+v+"'")
	}
	slices.Sort(parts)
	return strings.Join(parts, ", ")
}
