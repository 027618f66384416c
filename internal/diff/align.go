package diff

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/prose"
)

// unit is one sentence of a revision, or one heading.
type unit struct {
	block   int
	heading bool
	section string // display path; a heading's includes the heading
	text    string
	key     string   // what units are compared by: the normalised text and link targets
	links   []string // the targets of the links in text, as written
	line    int
	// anchor marks a stand-in for an unchanged paragraph that was not
	// parsed (see reduce); key makes it match its twin.
	anchor bool
}

// withAnchors merges the anchors of r, as units, into us by line.
func withAnchors(us []unit, r *reduced) []unit {
	if len(r.anchors) == 0 {
		return us
	}
	out := make([]unit, 0, len(us)+len(r.anchors))
	k := 0
	for n, a := range r.anchors {
		for k < len(us) && us[k].line < a.line {
			out = append(out, us[k])
			k++
		}
		out = append(out, unit{block: -1 - n, key: "\x00anchor" + strconv.Itoa(n), line: a.line, anchor: true})
	}
	return append(out, us[k:]...)
}

// units lists the sentences of d with their comparison keys. A link's
// target is part of the key of the sentence showing the link's text, so a
// changed target is a change, while a tracking parameter is not.
func units(d *prose.Document, line func(int) int) []unit {
	out := make([]unit, 0, len(d.Sentences))
	paths := make(map[int]string)
	for _, s := range d.Sentences {
		b := &d.Blocks[s.Block]
		path, ok := paths[s.Block]
		if !ok {
			sec := s.Section
			if b.Kind == prose.Heading {
				sec = append(append([]string(nil), sec...), b.Text)
			}
			path = prose.SectionPath(sec)
			paths[s.Block] = path
		}
		u := unit{block: s.Block, heading: b.Kind == prose.Heading, section: path, text: s.Text, key: s.Norm, line: line(b.Line)}
		if len(b.Links) > 0 {
			var k strings.Builder
			k.WriteString(s.Norm)
			for _, l := range b.Links {
				if l.Text != "" && strings.Contains(s.Text, l.Text) {
					k.WriteString("\x00")
					k.WriteString(prose.NormalizeURL(l.URL))
					u.links = append(u.links, l.URL)
				}
			}
			u.key = k.String()
		}
		out = append(out, u)
	}
	return out
}

// aligner holds the state of one comparison. a is the old revision, b the
// new; ma[i] is the index in b matched to a[i] (or -1), mb the reverse.
type aligner struct {
	a, b   []unit
	ma, mb []int
	// same marks matched pairs whose keys are equal (unchanged or moved);
	// the others are modified. Indexed by a.
	same []bool
	// stable marks the a units left in place (matched and in order).
	stable []bool
}

func compareUnits(a, b []unit) *Result {
	x := &aligner{a: a, b: b, ma: fill(len(a)), mb: fill(len(b)), same: make([]bool, len(a)), stable: make([]bool, len(a))}
	x.matchIdentical()
	x.pairSimilar()
	return x.result()
}

func fill(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

func (x *aligner) match(i, j int, same bool) {
	x.ma[i], x.mb[j], x.same[i] = j, i, same
}

// matchIdentical cancels units with equal keys. Keys found once on each
// side are matched first, and those in order become anchors; repeated keys
// ("Back to top") are then matched within the stretch between two anchors,
// and only then anywhere, so that a repeated line pairs with its neighbour.
func (x *aligner) matchIdentical() {
	type count struct{ na, nb, ia, ib int }
	counts := make(map[string]*count, len(x.a))
	for i, u := range x.a {
		c := counts[u.key]
		if c == nil {
			c = &count{ia: i}
			counts[u.key] = c
		}
		c.na++
	}
	for j, u := range x.b {
		if c := counts[u.key]; c != nil {
			if c.nb == 0 {
				c.ib = j
			}
			c.nb++
		}
	}
	for _, c := range counts {
		if c.na == 1 && c.nb == 1 {
			x.match(c.ia, c.ib, true)
		}
	}
	x.markStable()

	// Repeated keys, between the same two anchors.
	ga, gb := x.gaps()
	type gapKey struct {
		gap int
		key string
	}
	queues := make(map[gapKey][]int)
	for i, u := range x.a {
		if x.ma[i] < 0 {
			k := gapKey{ga[i], u.key}
			queues[k] = append(queues[k], i)
		}
	}
	if len(queues) > 0 {
		for j, u := range x.b {
			if x.mb[j] >= 0 {
				continue
			}
			k := gapKey{gb[j], u.key}
			if q := queues[k]; len(q) > 0 {
				x.match(q[0], j, true)
				queues[k] = q[1:]
			}
		}
	}

	// Anywhere: these are moves.
	left := make(map[string][]int)
	for i, u := range x.a {
		if x.ma[i] < 0 {
			left[u.key] = append(left[u.key], i)
		}
	}
	if len(left) > 0 {
		for j, u := range x.b {
			if x.mb[j] >= 0 {
				continue
			}
			if q := left[u.key]; len(q) > 0 {
				x.match(q[0], j, true)
				left[u.key] = q[1:]
			}
		}
	}
	x.markStable()
}

// markStable marks as stable the largest set of matched pairs that are in
// the same order in both revisions. Matched pairs outside it have moved.
// Anchors outweigh any number of sentences: the paragraphs set aside as
// unchanged and in place stay so.
func (x *aligner) markStable() {
	w := make([]int, len(x.a))
	for i, u := range x.a {
		w[i] = 1
		if u.anchor {
			w[i] = anchorWeight
		}
	}
	x.stable = increasing(x.ma, w)
}

// anchorWeight is the weight of an anchor in markStable: more than all the
// sentences of the largest revision.
const anchorWeight = MaxSize

// gaps numbers the stretches between stable pairs: ga[i] is the number of
// stable a units before a[i], gb[j] the number of stable pairs whose b
// index is before j. Units in the same stretch with the same number stand
// between the same two anchors.
func (x *aligner) gaps() (ga, gb []int) {
	ga, gb = make([]int, len(x.a)), make([]int, len(x.b))
	n := 0
	for i := range x.a {
		ga[i] = n
		if x.stable[i] {
			n++
		}
	}
	stableB := make([]bool, len(x.b))
	for i, ok := range x.stable {
		if ok {
			stableB[x.ma[i]] = true
		}
	}
	n = 0
	for j := range x.b {
		gb[j] = n
		if stableB[j] {
			n++
		}
	}
	return ga, gb
}

// Similarity pairing bounds. A pair needs a word-overlap (Dice) score of
// at least nearThreshold between the same anchors, or farThreshold
// anywhere else. Exhaustive comparison is allowed in a stretch with at
// most exhaustivePairs candidate pairs; otherwise candidates come from an
// index of rare words: at most rareWords of a sentence's rarest words, a
// word in more than maxPostings sentences being too common to index, and
// at most maxCandidates scored per sentence. Together they keep pairing
// linear in the number of sentences.
const (
	nearThreshold   = 0.5
	farThreshold    = 0.65
	exhaustivePairs = 4096
	rareWords       = 8
	maxPostings     = 64
	maxCandidates   = 12
)

type edge struct {
	i, j int
	sim  float64
	dist int
}

// pairSimilar pairs the unmatched units by word similarity: modified
// sentences.
func (x *aligner) pairSimilar() {
	var as, bs []int
	for i := range x.a {
		if x.ma[i] < 0 {
			as = append(as, i)
		}
	}
	for j := range x.b {
		if x.mb[j] < 0 {
			bs = append(bs, j)
		}
	}
	if len(as) == 0 || len(bs) == 0 {
		return
	}
	w := newWordSets(x.a, x.b, as, bs)
	ga, gb := x.gaps()

	// Near: within each stretch between anchors.
	byGapA := make(map[int][]int)
	for _, i := range as {
		byGapA[ga[i]] = append(byGapA[ga[i]], i)
	}
	byGapB := make(map[int][]int)
	var gapOrder []int
	for _, j := range bs {
		if _, ok := byGapB[gb[j]]; !ok {
			gapOrder = append(gapOrder, gb[j])
		}
		byGapB[gb[j]] = append(byGapB[gb[j]], j)
	}
	var edges []edge
	for _, g := range gapOrder {
		ga, gb := byGapA[g], byGapB[g]
		if len(ga) == 0 {
			continue
		}
		if len(ga)*len(gb) <= exhaustivePairs {
			for _, i := range ga {
				for _, j := range gb {
					if x.a[i].heading != x.b[j].heading {
						continue
					}
					if s := w.dice(i, j); s >= nearThreshold {
						edges = append(edges, edge{i, j, s, relDist(i, j, ga, gb)})
					}
				}
			}
			continue
		}
		edges = append(edges, x.indexed(w, ga, gb, nearThreshold)...)
	}
	x.assign(edges)

	// Far: anything left, anywhere.
	as, bs = as[:0], bs[:0]
	for i := range x.a {
		if x.ma[i] < 0 {
			as = append(as, i)
		}
	}
	for j := range x.b {
		if x.mb[j] < 0 {
			bs = append(bs, j)
		}
	}
	if len(as) > 0 && len(bs) > 0 {
		x.assign(x.indexed(w, as, bs, farThreshold))
	}
}

// relDist is how far apart i and j stand within their stretch, for
// breaking ties between equally similar candidates.
func relDist(i, j int, ga, gb []int) int {
	pi := sort.SearchInts(ga, i)
	pj := sort.SearchInts(gb, j)
	if pi > pj {
		return pi - pj
	}
	return pj - pi
}

// indexed finds candidate pairs between as and bs through an index of the
// rarest words of the units in as.
func (x *aligner) indexed(w *wordSets, as, bs []int, threshold float64) []edge {
	post := make(map[uint32][]int)
	for _, i := range as {
		for _, t := range w.distinctA(i) {
			if p := post[t]; len(p) <= maxPostings {
				post[t] = append(p, i)
			}
		}
	}
	var edges []edge
	counts := make(map[int]int)
	var toks []uint32
	for _, j := range bs {
		toks = append(toks[:0], w.distinctB(j)...)
		sort.Slice(toks, func(p, q int) bool { return len(post[toks[p]]) < len(post[toks[q]]) })
		clear(counts)
		used := 0
		for _, t := range toks {
			p := post[t]
			if len(p) == 0 {
				continue
			}
			if len(p) > maxPostings || used == rareWords {
				break
			}
			used++
			for _, i := range p {
				counts[i]++
			}
		}
		type cand struct{ i, n int }
		cands := make([]cand, 0, len(counts))
		for i, n := range counts {
			if x.a[i].heading == x.b[j].heading {
				cands = append(cands, cand{i, n})
			}
		}
		sort.Slice(cands, func(p, q int) bool {
			if cands[p].n != cands[q].n {
				return cands[p].n > cands[q].n
			}
			return cands[p].i < cands[q].i
		})
		if len(cands) > maxCandidates {
			cands = cands[:maxCandidates]
		}
		for _, c := range cands {
			if s := w.dice(c.i, j); s >= threshold {
				d := c.i - j
				if d < 0 {
					d = -d
				}
				edges = append(edges, edge{c.i, j, s, d})
			}
		}
	}
	return edges
}

// assign pairs greedily, most similar first.
func (x *aligner) assign(edges []edge) {
	sort.Slice(edges, func(p, q int) bool {
		e, f := edges[p], edges[q]
		if e.sim != f.sim {
			return e.sim > f.sim
		}
		if e.dist != f.dist {
			return e.dist < f.dist
		}
		if e.i != f.i {
			return e.i < f.i
		}
		return e.j < f.j
	})
	for _, e := range edges {
		if x.ma[e.i] < 0 && x.mb[e.j] < 0 {
			x.match(e.i, e.j, false)
		}
	}
}

// wordSets holds the words of the units being paired, as sorted ids.
type wordSets struct {
	a, b map[int][]uint32
}

func newWordSets(a, b []unit, as, bs []int) *wordSets {
	ids := make(map[string]uint32)
	words := func(key string) []uint32 {
		if k := strings.IndexByte(key, 0); k >= 0 {
			key = key[:k]
		}
		var out []uint32
		for _, f := range strings.FieldsFunc(key, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			id, ok := ids[f]
			if !ok {
				id = uint32(len(ids))
				ids[f] = id
			}
			out = append(out, id)
		}
		sort.Slice(out, func(p, q int) bool { return out[p] < out[q] })
		return out
	}
	w := &wordSets{a: make(map[int][]uint32, len(as)), b: make(map[int][]uint32, len(bs))}
	for _, i := range as {
		w.a[i] = words(a[i].key)
	}
	for _, j := range bs {
		w.b[j] = words(b[j].key)
	}
	return w
}

func distinct(s []uint32) []uint32 {
	var out []uint32
	for k, t := range s {
		if k == 0 || t != s[k-1] {
			out = append(out, t)
		}
	}
	return out
}

func (w *wordSets) distinctA(i int) []uint32 { return distinct(w.a[i]) }
func (w *wordSets) distinctB(j int) []uint32 { return distinct(w.b[j]) }

// dice is the Dice coefficient of the word multisets of a[i] and b[j].
func (w *wordSets) dice(i, j int) float64 {
	p, q := w.a[i], w.b[j]
	if len(p)+len(q) == 0 {
		return 0
	}
	common := 0
	for s, t := 0, 0; s < len(p) && t < len(q); {
		switch {
		case p[s] == q[t]:
			common++
			s++
			t++
		case p[s] < q[t]:
			s++
		default:
			t++
		}
	}
	return 2 * float64(common) / float64(len(p)+len(q))
}

// item is one unit's part in the result, before runs are merged.
type item struct {
	kind notice.ChangeKind
	i, j int // unit indices in a and b, -1 when absent
	pos  int // sort key in new-revision order
}

func (x *aligner) result() *Result {
	r := &Result{Changes: []Change{}}
	var items []item
	// Removed units stand after the last stable unit before them.
	lastStable := -1
	for i := range x.a {
		switch {
		case x.a[i].anchor:
			if x.stable[i] {
				lastStable = x.ma[i]
			}
		case x.stable[i]:
			lastStable = x.ma[i]
			if !x.same[i] {
				items = append(items, item{notice.Modified, i, x.ma[i], 2*x.ma[i] + 1})
			}
		case x.ma[i] < 0:
			items = append(items, item{notice.Removed, i, -1, 2 * (lastStable + 1)})
		case x.same[i]:
			items = append(items, item{notice.Moved, i, x.ma[i], 2*x.ma[i] + 1})
		default:
			items = append(items, item{notice.Modified, i, x.ma[i], 2*x.ma[i] + 1})
		}
	}
	for j := range x.b {
		if x.mb[j] < 0 && !x.b[j].anchor {
			items = append(items, item{notice.Added, -1, j, 2*j + 1})
		}
	}
	sort.SliceStable(items, func(p, q int) bool {
		if items[p].pos != items[q].pos {
			return items[p].pos < items[q].pos
		}
		return items[p].i < items[q].i
	})

	for k := 0; k < len(items); {
		it := items[k]
		end := k + 1
		if it.kind != notice.Modified {
			for end < len(items) && x.continues(items[end-1], items[end]) {
				end++
			}
		}
		r.Changes = append(r.Changes, x.change(items[k:end]))
		k = end
	}
	return r
}

// continues reports whether next extends the run ending with prev: the
// same kind, in the same section, with consecutive units. A heading starts
// a section of its own, so an added section is one change.
func (x *aligner) continues(prev, next item) bool {
	if prev.kind != next.kind {
		return false
	}
	if prev.i >= 0 && (next.i != prev.i+1 || x.a[prev.i].section != x.a[next.i].section) {
		return false
	}
	if prev.j >= 0 && (next.j != prev.j+1 || x.b[prev.j].section != x.b[next.j].section) {
		return false
	}
	return true
}

// change builds the Change of a run of items of one kind.
func (x *aligner) change(run []item) Change {
	first := run[0]
	c := Change{Kind: first.kind}
	var before, after strings.Builder
	lastA, lastB := -1, -1
	join := func(sb *strings.Builder, u unit, last *int) {
		if sb.Len() > 0 {
			if u.block == *last {
				sb.WriteByte(' ')
			} else {
				sb.WriteByte('\n')
			}
		}
		sb.WriteString(u.text)
		*last = u.block
	}
	for _, it := range run {
		if it.i >= 0 {
			join(&before, x.a[it.i], &lastA)
		}
		if it.j >= 0 {
			join(&after, x.b[it.j], &lastB)
		}
	}
	c.Before, c.After = before.String(), after.String()
	if first.i >= 0 {
		c.FromLine = x.a[first.i].line
		c.Section = x.a[first.i].section
	}
	if first.j >= 0 {
		c.ToLine = x.b[first.j].line
		if first.i >= 0 && c.Section != x.b[first.j].section {
			c.FromSection = c.Section
		}
		c.Section = x.b[first.j].section
	}
	if first.kind == notice.Modified {
		c.Words = wordDiff(c.Before, c.After)
		c.Words = append(c.Words, linkOps(x.a[first.i].links, x.b[first.j].links)...)
	}
	return c
}

// linkOps shows a change of link target, which the text alone does not.
func linkOps(ta, tb []string) []Op {
	var ops []Op
	for k := 0; k < len(ta) || k < len(tb); k++ {
		var u, v string
		if k < len(ta) {
			u = ta[k]
		}
		if k < len(tb) {
			v = tb[k]
		}
		if prose.NormalizeURL(u) == prose.NormalizeURL(v) {
			continue
		}
		ops = append(ops, Op{Equal, " (link "})
		if u != "" {
			ops = append(ops, Op{Delete, u})
		}
		if v != "" {
			ops = append(ops, Op{Insert, v})
		}
		ops = append(ops, Op{Equal, ")"})
	}
	return ops
}
