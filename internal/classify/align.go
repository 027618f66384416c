package classify

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/noticeproject/notice/internal/prose"
)

// maxPosting skips stems too common to say which sentences belong
// together; it also keeps pairing linear on large, shuffled documents.
const maxPosting = 64

// candidate is a possible pairing of a leftover old sentence with a
// leftover new one.
type candidate struct {
	o, n  int
	score float64
	part  bool // only joins a unit: a short list item that is part of the other sentence
}

// align cancels identical sentences as multisets (moves disappear), then
// groups the remaining sentences into units. Leftover sentences are first
// paired one to one, best overlap first (a sentence in the same section
// and nearer in order wins a tie); a sentence left without a partner then
// joins its best partner's unit (splits and merges), and leftover
// sentences of one block join their block-mates' unit, so that a rewritten
// paragraph is compared as a whole (rule E7). A unit never holds sentences
// of different sections on the same side: each change belongs to one
// section.
func align(os, ns []*sentence) []*unit {
	lists := listsOf(os, ns)
	ro, rn := cancel(os, ns, lists)
	// What is left is compared in canonical form (E6), which may cancel more.
	for _, s := range ro {
		s.prepare()
	}
	for _, s := range rn {
		s.prepare()
	}
	ro, rn = cancel(ro, rn, lists)
	if len(ro) == 0 && len(rn) == 0 {
		return nil
	}

	g := newGrouping(ro, rn)
	cands := candidates(ro, rn)
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.score != b.score {
			return a.score > b.score
		}
		da, db := abs(ro[a.o].order-rn[a.n].order), abs(ro[b.o].order-rn[b.n].order)
		if da != db {
			return da < db
		}
		if a.o != b.o {
			return a.o < b.o
		}
		return a.n < b.n
	})
	pairedO, pairedN := make([]bool, len(ro)), make([]bool, len(rn))
	var pairs [][2]int
	// A summary line ("In short: you may have the right to access,
	// correct or delete ...") restates the sentences below it, often in
	// their own words: paired with one of the other side's body it takes
	// that sentence from its own rewrite, so it pairs only with a summary
	// line and is otherwise read as added or removed, against its section.
	summ := func(x *sentence) bool { return x.summary || hasPrefixAny(x.norm, summaryMarkers...) }
	cands = slices.DeleteFunc(cands, func(c candidate) bool { return summ(ro[c.o]) != summ(rn[c.n]) })
	for _, c := range cands {
		if pairedO[c.o] || pairedN[c.n] || c.part {
			continue
		}
		pairedO[c.o], pairedN[c.n] = true, true
		pairs = append(pairs, [2]int{c.o, c.n})
	}
	uncross(pairs, ro, rn, cands)
	for _, p := range pairs {
		g.union(p[0], len(ro)+p[1])
	}
	// Splits and merges: an unpaired sentence joins its best partner.
	for _, c := range cands {
		if !pairedO[c.o] {
			if g.union(c.o, len(ro)+c.n) {
				pairedO[c.o] = true
			}
		}
		if !pairedN[c.n] {
			if g.union(c.o, len(ro)+c.n) {
				pairedN[c.n] = true
			}
		}
	}
	// A table that replaced a paragraph ("We rely on X (items 1-3) and
	// your consent (item 7)" → a row per basis) is the paragraph
	// rewritten: a row of it too short to pair with the paragraph joins
	// the unit its sibling rows joined, when that unit holds the
	// paragraph. A table edited row by row keeps its rows apart.
	joinRows := func(ss, others []*sentence, off, otherOff int, paired []bool) {
		prose := map[int][]*sentence{}
		for i, x := range others {
			if !x.row {
				r := g.find(otherOff + i)
				prose[r] = append(prose[r], x)
			}
		}
		for i, x := range ss {
			if !x.row || paired[i] {
				continue
			}
			for k, y := range ss {
				if k == i || !paired[k] || !y.row || y.header != x.header || !sameSection(x, y) {
					continue
				}
				// The row must share two words with the paragraph: a
				// row of its own ("| Our sponsor | |") is added.
				if slices.ContainsFunc(prose[g.find(off+k)], func(p *sentence) bool { return shared(x.content, p.content) >= 2 }) {
					paired[i] = g.union(off+i, off+k)
					break
				}
			}
		}
	}
	joinRows(rn, ro, len(ro), 0, pairedN)
	joinRows(ro, rn, 0, len(ro), pairedO)
	joinBlock := func(ss []*sentence, off int) {
		first := map[int]int{}
		for i, s := range ss {
			if k, ok := first[s.block]; ok {
				g.union(off+i, k)
			} else {
				first[s.block] = off + i
			}
		}
	}
	joinBlock(ro, 0)
	joinBlock(rn, len(ro))
	joinItems(g, ro, rn)

	groups := map[int]*unit{}
	var order []int
	get := func(i int) *unit {
		r := g.find(i)
		if groups[r] == nil {
			groups[r] = &unit{}
			order = append(order, r)
		}
		return groups[r]
	}
	for i, s := range ro {
		u := get(i)
		u.old = append(u.old, s)
	}
	for j, s := range rn {
		u := get(len(ro) + j)
		u.new = append(u.new, s)
	}
	for _, p := range pairs {
		u := get(p[0])
		u.pairs = append(u.pairs, [2]*sentence{ro[p[0]], rn[p[1]]})
	}
	units := make([]*unit, 0, len(order))
	for _, r := range order {
		units = append(units, groups[r])
	}
	// Report in the order of the new revision where possible.
	pos := func(u *unit) int {
		if len(u.new) > 0 {
			return u.new[0].order
		}
		return u.old[0].order
	}
	sort.SliceStable(units, func(i, j int) bool { return pos(units[i]) < pos(units[j]) })
	return units
}

// joinItems puts a lead-in and the items of its list in one unit when
// the paragraph they were written out of lies split between the two
// ("We protect it ... Some of the safeguards we use are firewalls and
// data encryption, ..." → "We protect it ... Amongst the safeguards we
// employ are:" over "firewalls and data encryption;", ...): the lead-in
// went with its paragraph's unit and the items with the sentence that
// listed them, and each half read alone adds or drops what the other
// says. So does an item left alone, added, beside siblings in the
// lead-in's unit, when every word of it is a word of an old sentence of
// that unit ("firewalls;", too short to pair with the sentence that
// listed it); an item that says more is compared alone. A lead-in whose
// unit holds nothing of that paragraph ("We use the following
// safeguards:" over items that rewrite it) is compared alone, as added.
// Only the new revision's lists are joined so: a list written out as
// prose is read item by item.
func joinItems(g *grouping, ro, rn []*sentence) {
	off := len(ro)
	// The old blocks each group holds.
	blocks := map[int]map[int]bool{}
	for i, y := range ro {
		r := g.find(i)
		if blocks[r] == nil {
			blocks[r] = map[int]bool{}
		}
		blocks[r][y.block] = true
	}
	for i, x := range rn {
		if x.leads == 0 {
			continue
		}
		var items []int
		for k := i + 1; k < len(rn) && rn[k].block <= x.block+2*x.leads; k++ {
			if y := rn[k]; y.item && strings.HasSuffix(y.leadIn, x.norm) && sameSection(x, y) {
				items = append(items, k)
			}
		}
		for _, k := range items {
			rx, ry := g.find(off+i), g.find(off+k)
			if rx == ry {
				continue
			}
			both := false
			for bl := range blocks[ry] {
				if blocks[rx][bl] {
					both = true
					break
				}
			}
			sibling := false
			if len(blocks[ry]) == 0 && slices.ContainsFunc(items, func(j int) bool { return j != k && g.find(off+j) == rx }) {
				for j, o := range ro {
					if g.find(j) == rx && shared(rn[k].content, o.content) == len(rn[k].content) {
						sibling = true
						break
					}
				}
			}
			if (both || sibling) && g.union(rx, ry) {
				merged := map[int]bool{}
				maps.Copy(merged, blocks[rx])
				maps.Copy(merged, blocks[ry])
				blocks[g.find(rx)] = merged
			}
		}
	}
}

// candidates lists the old/new pairs that share enough words to be one
// sentence rewritten, scored by overlap (plus a little for staying in the
// same section).
func candidates(ro, rn []*sentence) []candidate {
	oc, nc := pairingContent(ro), pairingContent(rn)
	post := map[string][]int{}
	for j := range rn {
		for st := range nc[j] {
			post[st] = append(post[st], j)
		}
	}
	var out []candidate
	counts := map[int]int{}
	for i, s := range ro {
		clear(counts)
		for st := range oc[i] {
			if p := post[st]; len(p) <= maxPosting {
				for _, j := range p {
					counts[j]++
				}
			}
		}
		for j, n := range counts {
			a, b := len(oc[i]), len(nc[j])
			m := min(a, b)
			sim := float64(n) / float64(m)
			dice := 2 * float64(n) / float64(a+b)
			// A sentence split into list items ("the right to access,
			// correct and delete it" → "the right to: access it; correct
			// it; delete it") leaves short items whose every word the
			// long sentence has: they join its unit, not pair with it.
			part := n == m && m <= 3 && dice < 0.2 && sameSection(s, rn[j]) ||
				headIn(rn[j], s) || headIn(s, rn[j])
			if !((sim >= 0.5 && n >= 2 || n >= 1 && m == 1) && dice >= 0.2) && !part {
				continue
			}
			score := sim + dice
			if sameSection(s, rn[j]) {
				score += 0.05
			}
			// A sentence merged whole into another as its clause ("We
			// will respond within 45 days." → "..., and we will respond
			// within 45 days") is that sentence's, wherever a look-alike
			// went.
			if mergedClause(s, rn[j]) {
				score += 1
			}
			out = append(out, candidate{i, j, score, part})
		}
	}
	return out
}

// pairingContent returns the content stems by which each sentence of ss
// pairs with the other revision's. The number of a period is no content
// word, whether written in digits or in words: "We respond within
// forty-five days." says what "We will respond within 45 days." did, and
// the period is compared on its own (E6). An answer too short to say
// what it is about ("Ninety days." under "### How long are server logs
// kept?") is read with the question it answers: the question states
// nothing, and the answer states the question's subject.
func pairingContent(ss []*sentence) []map[string]bool {
	out := make([]map[string]bool, len(ss))
	for i, x := range ss {
		c, own := x.content, false
		for k, w := range x.words {
			if st := stem(lemma(w)); isNumberWord(w) && k+1 < len(x.words) && isPeriodUnit(x.words[k+1]) && c[st] {
				if !own {
					c, own = maps.Clone(c), true
				}
				delete(c, st)
			}
		}
		if len(c) <= shortAnswer && !x.asks {
			if q := questionOf(x, ss); q != "" {
				if !own {
					c, own = maps.Clone(c), true
				}
				for _, w := range words(canonicalize(q)) {
					if !glue[w] && !isNumber(w) && !isNumberWord(w) {
						c[stem(lemma(w))] = true
					}
				}
			}
		}
		out[i] = c
	}
	return out
}

// shortAnswer is the most content words an answer says that still needs
// its question to say what it is about ("Ninety days.", "Until you
// leave.").
const shortAnswer = 2

// questionOf returns, normalised, the question that x answers among ss (its
// own revision's leftover sentences) or in its subsection's heading; ""
// when it answers none.
func questionOf(x *sentence, ss []*sentence) string {
	for _, y := range ss {
		if y.asks && y.answer == x.block && y.order < x.order {
			return y.norm
		}
	}
	if n := len(x.section); n > 0 && strings.HasSuffix(strings.TrimSpace(x.section[n-1]), "?") {
		return prose.Normalize(x.section[n-1])
	}
	return ""
}

// headIn reports a list item explained by a clause (see reItemGloss)
// whose words before that clause the sentence y, in its section, holds
// all: "a penetration test every year, in which testers try to break
// in" is the "annual penetration tests" of a sentence's list, explained,
// and joins that sentence's unit however many words the explanation
// adds.
func headIn(x, y *sentence) bool {
	if !x.item || !sameSection(x, y) {
		return false
	}
	m := reItemGloss().FindStringIndex(x.canon)
	if m == nil {
		return false
	}
	k := 0
	for _, w := range words(x.canon[:m[0]]) {
		if glue[w] || isNumber(w) {
			continue
		}
		if !y.content[stem(lemma(w))] {
			return false
		}
		k++
	}
	return k >= 2
}

// mergedClause reports an old sentence, not a list item, that the new
// sentence y holds word for word as a clause joined on with "and" or a
// semicolon.
func mergedClause(x, y *sentence) bool {
	c := strings.TrimRight(x.canon, ".!;: ")
	if x.item || x.leadIn != "" || len(strings.Fields(c)) < 4 {
		return false
	}
	i := strings.Index(y.canon, c)
	if i <= 0 {
		return false
	}
	head := y.canon[:i]
	return strings.HasSuffix(head, ", and ") || strings.HasSuffix(head, "; ") || strings.HasSuffix(head, "; and ")
}

// uncross undoes two pairings that each cross from one section to the
// other when each old sentence could pair within its own section with the
// other's partner: two sentences rewritten in place, in two sections
// that say much the same ("You can play without giving us your name"
// in a summary for adults and "you don't need to tell us your name" in
// one for children), are likelier than two that swapped sections.
func uncross(pairs [][2]int, ro, rn []*sentence, cands []candidate) {
	ok := map[[2]int]bool{}
	for _, c := range cands {
		if !c.part {
			ok[[2]int{c.o, c.n}] = true
		}
	}
	for i := range pairs {
		for j := i + 1; j < len(pairs); j++ {
			a, b := pairs[i], pairs[j]
			if sameSection(ro[a[0]], rn[a[1]]) || sameSection(ro[b[0]], rn[b[1]]) {
				continue
			}
			if ok[[2]int{a[0], b[1]}] && ok[[2]int{b[0], a[1]}] &&
				sameSection(ro[a[0]], rn[b[1]]) && sameSection(ro[b[0]], rn[a[1]]) {
				pairs[i][1], pairs[j][1] = b[1], a[1]
			}
		}
	}
}

// shared counts the stems a and b both hold.
func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

func sameSection(a, b *sentence) bool {
	if len(a.section) != len(b.section) {
		return false
	}
	for i := range a.section {
		if a.section[i] != b.section[i] {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// cancel removes the sentences whose key both lists hold, as multisets,
// and returns the rest of each. A list item is read under its lead-in:
// one that moved to another list whose lead-in says something else of
// what it lists (see movedAcross) does not cancel, and an item cancels
// with a twin under its own lead-in before one under another.
func cancel(os, ns []*sentence, lists *leadLists) (ro, rn []*sentence) {
	byKey := make(map[string][]int, len(ns))
	for j, s := range ns {
		byKey[s.key] = append(byKey[s.key], j)
	}
	newUsed := make([]bool, len(ns))
	for _, s := range os {
		js := byKey[s.key]
		k := -1
		for i, j := range js {
			if ns[j].leadIn == s.leadIn {
				k = i
				break
			}
			if k < 0 && !lists.movedAcross(s, ns[j]) {
				k = i
			}
		}
		if k >= 0 {
			newUsed[js[k]] = true
			byKey[s.key] = append(js[:k:k], js[k+1:]...)
			continue
		}
		ro = append(ro, s)
	}
	for j, s := range ns {
		if !newUsed[j] {
			rn = append(rn, s)
		}
	}
	return ro, rn
}

// leadLists holds the lead-ins of each revision's lists, and what each
// lead-in says of what it lists (leadSense), worked out once.
type leadLists struct {
	old, new map[string]bool
	sense    map[string]string
}

// listsOf gathers the lead-ins of the lists of two revisions.
func listsOf(os, ns []*sentence) *leadLists {
	l := &leadLists{old: map[string]bool{}, new: map[string]bool{}, sense: map[string]string{}}
	for _, x := range os {
		if x.leadIn != "" {
			l.old[x.leadIn] = true
		}
	}
	for _, x := range ns {
		if x.leadIn != "" {
			l.new[x.leadIn] = true
		}
	}
	return l
}

// movedAcross reports an item x of the old revision whose twin y in the
// new one stands in another list, both lists held by both revisions
// ("We share it with:" and "We never share it with:"), whose lead-in
// says something else of what it lists: whether it denies, or lets an
// exception in. "Advertisers;"
// under "We share your data with:" and under "We never sell or share
// your data with:" say opposite things. A list split in two under the
// same words, or a lead-in reworded in place, is no move across.
func (l *leadLists) movedAcross(x, y *sentence) bool {
	a, b := x.leadIn, y.leadIn
	if a == b || a == "" || b == "" || !l.new[a] || !l.old[b] {
		return false
	}
	return l.senseOf(a) != l.senseOf(b)
}

func (l *leadLists) senseOf(lead string) string {
	if s, ok := l.sense[lead]; ok {
		return s
	}
	s := leadSense(lead)
	l.sense[lead] = s
	return s
}

// leadSense sums up what a lead-in says of what it goes on to list, read
// by its last sentence: whether it denies, and whether it lets an
// exception or a limit in.
func leadSense(lead string) string {
	body := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(lead), ":"))
	if k := strings.LastIndex(body, ". "); k >= 0 {
		body = body[k+2:]
	}
	if body == "" {
		return ""
	}
	l := &sentence{text: body, norm: body}
	l.prepare()
	var out []string
	if newSide([]*sentence{l}).neg > 0 {
		out = append(out, "!")
	}
	if hasAny(" "+l.canon+" ", " except ", " other than ", " unless ", " only ", " besides ", " apart from ", " save ") {
		out = append(out, "?")
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

// grouping is a union-find over the leftover sentences (old ones first)
// that refuses to join two groups holding sentences of different sections
// on the same side.
type grouping struct {
	parent []int
	sec    [][2]string // per root: the section of its old and new sentences ("" when none)
	has    [][2]bool
}

func newGrouping(ro, rn []*sentence) *grouping {
	n := len(ro) + len(rn)
	g := &grouping{parent: make([]int, n), sec: make([][2]string, n), has: make([][2]bool, n)}
	for i := range g.parent {
		g.parent[i] = i
	}
	for i, s := range ro {
		g.sec[i][0], g.has[i][0] = strings.Join(s.section, "\x00"), true
	}
	for j, s := range rn {
		g.sec[len(ro)+j][1], g.has[len(ro)+j][1] = strings.Join(s.section, "\x00"), true
	}
	return g
}

func (g *grouping) find(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

// union joins a's and b's groups unless that would mix sections; it
// reports whether they are (now) one group.
func (g *grouping) union(a, b int) bool {
	ra, rb := g.find(a), g.find(b)
	if ra == rb {
		return true
	}
	for k := 0; k < 2; k++ {
		if g.has[ra][k] && g.has[rb][k] && g.sec[ra][k] != g.sec[rb][k] {
			return false
		}
	}
	for k := 0; k < 2; k++ {
		if !g.has[rb][k] && g.has[ra][k] {
			g.sec[rb][k], g.has[rb][k] = g.sec[ra][k], true
		}
	}
	g.parent[ra] = rb
	return true
}
