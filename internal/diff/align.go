package diff

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// parsed (see reduce); the k-th anchor of each revision are twins.
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
		out = append(out, unit{block: -1 - n, line: a.line, anchor: true})
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
	// groups holds the modified pairs that span more than one unit on a
	// side (a sentence split in two, or two merged), by their first a
	// unit; the other units are absorbed.
	groups               map[int]pairGroup
	absorbedA, absorbedB []bool
	// renames maps old section paths to new ones (see renamed).
	renames map[string]string
}

type pairGroup struct{ as, bs []int }

// compareUnits aligns a with b and returns the changes, and the lines of
// the new revision's units that take part in one.
func compareUnits(a, b []unit) (*Result, []int) {
	x := &aligner{a: a, b: b, ma: fill(len(a)), mb: fill(len(b)), same: make([]bool, len(a)), stable: make([]bool, len(a)),
		groups: make(map[int]pairGroup), absorbedA: make([]bool, len(a)), absorbedB: make([]bool, len(b))}
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
	// Anchors match their twins, in order.
	var ai []int
	for i, u := range x.a {
		if u.anchor {
			ai = append(ai, i)
		}
	}
	k := 0
	for j, u := range x.b {
		if u.anchor && k < len(ai) {
			x.match(ai[k], j, true)
			k++
		}
	}
	type count struct{ na, nb, ia, ib int }
	counts := make(map[string]*count, len(x.a))
	for i, u := range x.a {
		if u.anchor {
			continue
		}
		c := counts[u.key]
		if c == nil {
			c = &count{ia: i}
			counts[u.key] = c
		}
		c.na++
	}
	for j, u := range x.b {
		if u.anchor {
			continue
		}
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
// at least nearThreshold between the same anchors (loneThreshold when it is
// the only candidate on each side there), or farThreshold
// anywhere else. Exhaustive comparison is allowed in a stretch with at
// most exhaustivePairs candidate pairs; otherwise candidates come from an
// index of rare words: at most rareWords of a sentence's rarest words, a
// word in more than maxPostings sentences being too common to index, and
// at most maxCandidates scored per sentence. Together they keep pairing
// linear in the number of sentences.
const (
	nearThreshold   = 0.5
	loneThreshold   = 0.2
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
		if len(ga) == 1 && len(gb) == 1 && x.a[ga[0]].heading == x.b[gb[0]].heading &&
			(x.a[ga[0]].heading || w.dice(ga[0], gb[0]) >= loneThreshold) {
			// The only sentence gone and the only one new between the
			// same anchors are one sentence rewritten; the only heading
			// gone and the only one new, a section renamed.
			edges = append(edges, edge{ga[0], gb[0], 1, 0})
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
	x.growPairs(w)
}

// growPairs lets a modified pair take in an unmatched neighbouring
// sentence of the same block on either side when that makes the pair more
// alike: a sentence split in two, or two sentences merged into one, is one
// change.
func (x *aligner) growPairs(w *wordSets) {
	for i := range x.a {
		j := x.ma[i]
		if j < 0 || x.same[i] || x.absorbedA[i] {
			continue
		}
		as, bs := []int{i}, []int{j}
		pa, pb := w.a[i], w.b[j]
		best := diceLists(pa, pb)
		for grew := true; grew; {
			grew = false
			for _, c := range []struct {
				a    bool
				next int
			}{{true, as[0] - 1}, {true, as[len(as)-1] + 1}, {false, bs[0] - 1}, {false, bs[len(bs)-1] + 1}} {
				var cand []uint32
				if c.a {
					if c.next < 0 || c.next >= len(x.a) || x.ma[c.next] >= 0 || x.absorbedA[c.next] || x.a[c.next].block != x.a[i].block {
						continue
					}
					cand = mergeLists(pa, w.a[c.next])
					if s := diceLists(cand, pb); s > best {
						best, pa, grew = s, cand, true
						x.absorbedA[c.next] = true
						as = insertSorted(as, c.next)
					}
				} else {
					if c.next < 0 || c.next >= len(x.b) || x.mb[c.next] >= 0 || x.absorbedB[c.next] || x.b[c.next].block != x.b[j].block {
						continue
					}
					cand = mergeLists(pb, w.b[c.next])
					if s := diceLists(pa, cand); s > best {
						best, pb, grew = s, cand, true
						x.absorbedB[c.next] = true
						bs = insertSorted(bs, c.next)
					}
				}
			}
		}
		if len(as) > 1 || len(bs) > 1 {
			if as[0] != i {
				// The group is led by its first a unit.
				x.absorbedA[as[0]] = false
				x.absorbedA[i] = true
				x.ma[as[0]], x.same[as[0]] = j, false
				x.ma[i] = -1
				x.mb[j] = as[0]
			}
			x.groups[as[0]] = pairGroup{as, bs}
		}
	}
}

func insertSorted(s []int, v int) []int {
	k := sort.SearchInts(s, v)
	s = append(s, 0)
	copy(s[k+1:], s[k:])
	s[k] = v
	return s
}

// mergeLists merges two sorted word lists.
func mergeLists(p, q []uint32) []uint32 {
	out := make([]uint32, 0, len(p)+len(q))
	s, t := 0, 0
	for s < len(p) && t < len(q) {
		if p[s] <= q[t] {
			out = append(out, p[s])
			s++
		} else {
			out = append(out, q[t])
			t++
		}
	}
	out = append(out, p[s:]...)
	return append(out, q[t:]...)
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
	var scratch []uint32
	for _, i := range as {
		scratch = appendDistinct(scratch[:0], w.a[i])
		for _, t := range scratch {
			if p := post[t]; len(p) <= maxPostings {
				post[t] = append(p, i)
			}
		}
	}
	var edges []edge
	counts := make(map[int]int)
	type rare struct {
		post []int
	}
	var toks []rare
	type cand struct{ i, n int }
	var cands []cand
	for _, j := range bs {
		// The sentence's words found in few candidates, rarest first.
		toks = toks[:0]
		scratch = appendDistinct(scratch[:0], w.b[j])
		for _, t := range scratch {
			if p := post[t]; len(p) > 0 && len(p) <= maxPostings {
				toks = append(toks, rare{p})
			}
		}
		sort.Slice(toks, func(p, q int) bool { return len(toks[p].post) < len(toks[q].post) })
		if len(toks) > rareWords {
			toks = toks[:rareWords]
		}
		clear(counts)
		for _, t := range toks {
			for _, i := range t.post {
				counts[i]++
			}
		}
		cands = cands[:0]
		for i, n := range counts {
			if x.a[i].heading == x.b[j].heading {
				cands = append(cands, cand{i, n})
			}
		}
		// A total order (i is unique), so the sort algorithm does not
		// matter.
		slices.SortFunc(cands, func(p, q cand) int {
			if p.n != q.n {
				return q.n - p.n
			}
			return p.i - q.i
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

// wordSets holds the words of the units being paired, as sorted ids,
// indexed by unit; units not being paired have none.
type wordSets struct {
	a, b [][]uint32
}

func newWordSets(a, b []unit, as, bs []int) *wordSets {
	ids := make(map[string]uint32)
	// One backing array for all the lists: a list is never appended to
	// in place (mergeLists copies), so each is capped at its own end.
	var buf []uint32
	words := func(key string) []uint32 {
		if k := strings.IndexByte(key, 0); k >= 0 {
			key = key[:k]
		}
		start := len(buf)
		// The words are the runs of letters and digits, as
		// strings.FieldsFunc would split them, without building the
		// strings.
		for i := 0; i < len(key); {
			for i < len(key) {
				r, n := rune(key[i]), 1
				if r >= utf8.RuneSelf {
					r, n = utf8.DecodeRuneInString(key[i:])
				}
				if isLetterOrDigit(r) {
					break
				}
				i += n
			}
			j := i
			for j < len(key) {
				r, n := rune(key[j]), 1
				if r >= utf8.RuneSelf {
					r, n = utf8.DecodeRuneInString(key[j:])
				}
				if !isLetterOrDigit(r) {
					break
				}
				j += n
			}
			if j == i {
				break
			}
			id, ok := ids[key[i:j]]
			if !ok {
				id = uint32(len(ids))
				ids[key[i:j]] = id
			}
			buf = append(buf, id)
			i = j
		}
		out := buf[start:len(buf):len(buf)]
		slices.Sort(out)
		return out
	}
	w := &wordSets{a: make([][]uint32, len(a)), b: make([][]uint32, len(b))}
	for _, i := range as {
		w.a[i] = words(a[i].key)
	}
	for _, j := range bs {
		w.b[j] = words(b[j].key)
	}
	return w
}

func isLetterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// appendDistinct appends the distinct words of the sorted list s to dst.
func appendDistinct(dst, s []uint32) []uint32 {
	for k, t := range s {
		if k == 0 || t != s[k-1] {
			dst = append(dst, t)
		}
	}
	return dst
}

// dice is the Dice coefficient of the word multisets of a[i] and b[j].
func (w *wordSets) dice(i, j int) float64 { return diceLists(w.a[i], w.b[j]) }

// diceLists is the Dice coefficient of two sorted word multisets.
func diceLists(p, q []uint32) float64 {
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

// item is one change before runs are merged: the units it covers in a and
// b (either may be empty), and where it stands in new-revision order.
type item struct {
	kind   notice.ChangeKind
	as, bs []int
	pos    int
}

func (x *aligner) result() (*Result, []int) {
	r := &Result{Changes: []Change{}}
	var lines []int
	var items []item
	// A removal stands just after the new place of the last unit before
	// it that is still in place (unchanged or modified there).
	after := -1
	for i := range x.a {
		j := x.ma[i]
		switch {
		case x.absorbedA[i]:
		case x.a[i].anchor:
			if x.stable[i] {
				after = j
			}
		case j < 0:
			items = append(items, item{notice.Removed, []int{i}, nil, 2 * (after + 1)})
		case x.same[i] && x.stable[i]:
			after = j
		case x.same[i]:
			items = append(items, item{notice.Moved, []int{i}, []int{j}, 2*j + 1})
		default:
			as, bs := x.group(i)
			items = append(items, item{notice.Modified, as, bs, 2*bs[0] + 1})
			after = bs[len(bs)-1]
		}
	}
	for j := range x.b {
		if x.mb[j] < 0 && !x.b[j].anchor && !x.absorbedB[j] {
			items = append(items, item{notice.Added, nil, []int{j}, 2*j + 1})
		}
	}
	sort.SliceStable(items, func(p, q int) bool { return items[p].pos < items[q].pos })

	for k := 0; k < len(items); {
		end := k + 1
		if items[k].kind != notice.Modified {
			for end < len(items) && x.continues(items[end-1], items[end]) {
				end++
			}
		}
		r.Changes = append(r.Changes, x.change(items[k:end]))
		for _, it := range items[k:end] {
			for _, j := range it.bs {
				lines = append(lines, x.b[j].line)
			}
		}
		k = end
	}
	return r, lines
}

// renamed returns the path an old section path has in the new revision,
// its headings renamed as the modified heading pairs say, so that a
// sentence in a renamed section is not said to come from another one.
func (x *aligner) renamed(path string) string {
	if x.renames == nil {
		x.renames = make(map[string]string)
		for i, u := range x.a {
			// A heading rewritten, or left in place: not one that moved.
			if j := x.ma[i]; u.heading && j >= 0 && (!x.same[i] || x.stable[i]) {
				x.renames[u.section] = x.b[j].section
			}
		}
	}
	// The longest renamed prefix of the path.
	for p := path; p != ""; {
		if n, ok := x.renames[p]; ok {
			return n + path[len(p):]
		}
		k := strings.LastIndex(p, " › ")
		if k < 0 {
			break
		}
		p = p[:k]
	}
	return path
}

// group returns the units of the modified pair led by a[i]: more than one
// on a side when sentences were split or merged.
func (x *aligner) group(i int) (as, bs []int) {
	if g, ok := x.groups[i]; ok {
		return g.as, g.bs
	}
	return []int{i}, []int{x.ma[i]}
}

// continues reports whether next extends the run ending with prev: the
// same kind, in the same section, with consecutive units. A heading starts
// a section of its own, so an added section is one change.
func (x *aligner) continues(prev, next item) bool {
	if prev.kind != next.kind {
		return false
	}
	if len(prev.as) > 0 {
		p, n := prev.as[len(prev.as)-1], next.as[0]
		if n != p+1 || x.a[p].section != x.a[n].section {
			return false
		}
	}
	if len(prev.bs) > 0 {
		p, n := prev.bs[len(prev.bs)-1], next.bs[0]
		if n != p+1 || x.b[p].section != x.b[n].section {
			return false
		}
	}
	return true
}

// joinUnits joins the texts of us[idx...]: sentences of one block with a
// space, blocks with a line break.
func joinUnits(us []unit, idx []int) string {
	var sb strings.Builder
	last := 0
	for k, i := range idx {
		if k > 0 {
			if us[i].block == last {
				sb.WriteByte(' ')
			} else {
				sb.WriteByte('\n')
			}
		}
		sb.WriteString(us[i].text)
		last = us[i].block
	}
	return sb.String()
}

// change builds the Change of a run of items of one kind.
func (x *aligner) change(run []item) Change {
	var as, bs []int
	for _, it := range run {
		as = append(as, it.as...)
		bs = append(bs, it.bs...)
	}
	c := Change{Kind: run[0].kind, Before: joinUnits(x.a, as), After: joinUnits(x.b, bs)}
	if len(as) > 0 {
		c.FromLine = x.a[as[0]].line
		c.Section = x.a[as[0]].section
	}
	if len(bs) > 0 {
		c.ToLine = x.b[bs[0]].line
		if len(as) > 0 && x.renamed(c.Section) != x.b[bs[0]].section {
			c.FromSection = c.Section
		}
		c.Section = x.b[bs[0]].section
	}
	if c.Kind == notice.Modified {
		c.Words = wordDiff(c.Before, c.After)
		var la, lb []string
		for _, i := range as {
			la = append(la, x.a[i].links...)
		}
		for _, j := range bs {
			lb = append(lb, x.b[j].links...)
		}
		c.Words = append(c.Words, linkOps(la, lb)...)
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
