package diff

import (
	"bytes"
	"hash/maphash"
	"sort"
)

// A revision is usually its predecessor with a few paragraphs edited, and
// reading Markdown costs far more than comparing bytes. So, before either
// revision is parsed, the paragraphs that stand unchanged and in the same
// order in both (byte for byte, between blank lines) are set aside: their
// sentences are unchanged by definition, and no sentence can have moved
// into or out of them without changing them. What is parsed is the rest,
// with every paragraph that holds a heading kept so that section paths stay
// whole. A Markdown paragraph reads the same wherever it stands once its
// headings are known, with one exception, fenced code, which may span blank
// lines: a revision with a fence is parsed whole.

// chunk is one run of non-blank lines, or one bullet list item of one.
type chunk struct {
	text []byte // a slice of the revision, not a copy
	line int    // 1-based first line
}

// reduced is a revision with its unchanged paragraphs set aside.
type reduced struct {
	src []byte
	// anchors stand for the runs of chunks set aside, in order; the k-th
	// anchor of each revision stands for the same run.
	anchors []anchor
	// starts[k] is the line in src where the k-th kept chunk begins, and
	// lines[k] its line in the original revision.
	starts, lines []int
}

// anchor is a run of chunks set aside, by its first line in the original
// revision.
type anchor struct{ line int }

// weight estimates the number of sentences of a chunk.
func weight(c []byte) int { return 1 + bytes.Count(c, []byte(".")) }

// origLine maps a line of the reduced text to the original revision.
func (r *reduced) origLine(l int) int {
	if r.starts == nil {
		return l
	}
	k := sort.SearchInts(r.starts, l+1) - 1
	if k < 0 {
		return l
	}
	return r.lines[k] + (l - r.starts[k])
}

// cleanLines gives src with LF line ends and no byte-order mark, as
// prose.Parse reads it, so that line numbers agree.
func cleanLines(src []byte) []byte {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	return src
}

func chunks(src []byte) (out []chunk, fenced bool) {
	// Most chunks end at a blank line: sizing out for them spares
	// growing it, and the revision's bytes are counted at memory speed.
	out = make([]chunk, 0, bytes.Count(src, []byte("\n\n"))+1)
	line, start, startLine := 1, -1, 0
	for i := 0; i <= len(src); {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			j = len(src)
		} else {
			j += i
		}
		t := bytes.TrimSpace(src[i:j])
		if bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~")) {
			fenced = true
		}
		switch {
		case len(t) == 0:
			if start >= 0 {
				out = append(out, chunk{src[start:i], startLine})
				start = -1
			}
		case start < 0:
			start, startLine = i, line
		case isBullet(t):
			// A bullet always starts a new list item, even without a
			// blank line before it.
			out = append(out, chunk{src[start:i], startLine})
			start, startLine = i, line
		}
		line++
		if j == len(src) {
			if start >= 0 {
				out = append(out, chunk{src[start:], startLine})
			}
			break
		}
		i = j + 1
	}
	return out, fenced
}

// isBullet reports whether a trimmed line starts a bullet list item.
func isBullet(t []byte) bool {
	return len(t) >= 2 && (t[0] == '*' || t[0] == '-' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t')
}

// mayHoldHeading reports whether a chunk could be or contain a heading (an
// ATX "#" line or a Setext underline). Keeping a chunk that is not is
// harmless.
func mayHoldHeading(c []byte) bool {
	for len(c) > 0 {
		ln := c
		if k := bytes.IndexByte(c, '\n'); k >= 0 {
			ln, c = c[:k], c[k+1:]
		} else {
			c = nil
		}
		t := bytes.TrimSpace(ln)
		if len(t) == 0 {
			continue
		}
		if t[0] == '#' || (t[0] == '=' || t[0] == '-') && (len(bytes.Trim(t, "= ")) == 0 || len(bytes.Trim(t, "- ")) == 0) {
			return true
		}
	}
	return false
}

// reduce sets aside the chunks that are unchanged and in place in both
// revisions. It also returns the first lines of the new revision's chunks.
func reduce(old, new []byte) (ra, rb *reduced, paras []int) {
	old, new = cleanLines(old), cleanLines(new)
	ca, fa := chunks(old)
	cb, fb := chunks(new)
	paras = make([]int, len(cb))
	for j, c := range cb {
		paras[j] = c.line
	}
	if fa || fb {
		return &reduced{src: old}, &reduced{src: new}, paras
	}
	// A chunk found as often on each side is matched occurrence by
	// occurrence; then those in the same order are set aside. Chunks are
	// compared by a hash of their bytes (confirmed byte for byte), so the
	// revisions are never copied.
	type count struct {
		na, nb        int
		first, firstB int  // indices of the first occurrences
		clashed       bool // two different chunks with one hash: match neither
	}
	seed := maphash.MakeSeed()
	ha := make([]uint64, len(ca))
	// The counts are held in one slice, the map giving their index, so
	// that a chunk costs no allocation of its own.
	index := make(map[uint64]int32, len(ca))
	counts := make([]count, 0, len(ca))
	countOf := func(h uint64) *count {
		if k, ok := index[h]; ok {
			return &counts[k]
		}
		return nil
	}
	for i, c := range ca {
		h := maphash.Bytes(seed, c.text)
		ha[i] = h
		n := countOf(h)
		if n == nil {
			index[h] = int32(len(counts))
			counts = append(counts, count{first: i})
			n = &counts[len(counts)-1]
		} else if !bytes.Equal(ca[n.first].text, c.text) {
			n.clashed = true
		}
		n.na++
	}
	hb := make([]uint64, len(cb))
	for j, c := range cb {
		h := maphash.Bytes(seed, c.text)
		hb[j] = h
		if n := countOf(h); n != nil {
			if !bytes.Equal(ca[n.first].text, c.text) {
				n.clashed = true
			}
			if n.nb == 0 {
				n.firstB = j
			}
			n.nb++
		}
	}
	// The k-th occurrence in a matches the k-th in b.
	ma := make([]int, len(ca))
	for i := range ma {
		ma[i] = -1
	}
	next := make(map[uint64][]int)
	for i, h := range ha {
		switch n := countOf(h); {
		case n.clashed || n.na != n.nb:
		case n.na == 1:
			ma[i] = n.firstB
		default:
			next[h] = append(next[h], i)
		}
	}
	for j, h := range hb {
		if q := next[h]; len(q) > 0 {
			ma[q[0]] = j
			next[h] = q[1:]
		}
	}
	wa := make([]int, len(ca))
	for i, c := range ca {
		wa[i] = weight(c.text)
	}
	stable := increasing(ma, wa)
	// runA[i] and runB[j] number the runs of chunks set aside, from 1; a
	// run is consecutive in both revisions and becomes one anchor.
	runA := make([]int, len(ca))
	runB := make([]int, len(cb))
	run, lastI, lastJ := 0, -2, -2
	for i, ok := range stable {
		if !ok || mayHoldHeading(ca[i].text) {
			continue
		}
		j := ma[i]
		if i != lastI+1 || j != lastJ+1 {
			run++
		}
		runA[i], runB[j] = run, run
		lastI, lastJ = i, j
	}
	return keep(ca, runA), keep(cb, runB), paras
}

// keep builds the reduced text from the chunks not in a run, and one
// anchor per run.
func keep(cs []chunk, run []int) *reduced {
	r := &reduced{starts: []int{}, lines: []int{}}
	size := 0
	for i, c := range cs {
		if run[i] == 0 {
			size += len(c.text) + 2
		}
	}
	var b bytes.Buffer
	b.Grow(size)
	line := 1
	for i, c := range cs {
		if run[i] > 0 {
			if i == 0 || run[i-1] != run[i] {
				r.anchors = append(r.anchors, anchor{c.line})
			}
			continue
		}
		text := bytes.TrimRight(c.text, "\n")
		r.starts = append(r.starts, line)
		r.lines = append(r.lines, c.line)
		b.Write(text)
		b.WriteString("\n\n")
		line += bytes.Count(text, []byte("\n")) + 2
	}
	r.src = b.Bytes()
	return r
}

// increasing marks the heaviest increasing subsequence of the matched
// values of m (m[i] < 0 is unmatched): the matches that keep their order,
// as many (by weight) as can. w gives each index's weight; nil weighs all
// alike. It runs in O(n log n) with a Fenwick tree of prefix maxima over
// the matched values.
func increasing(m []int, w []int) []bool {
	out := make([]bool, len(m))
	size := 0
	for _, v := range m {
		if v+1 > size {
			size = v + 1
		}
	}
	if size == 0 {
		return out
	}
	// tree[k] holds the best (weight, index) ending at a value in its range.
	type best struct{ sum, i int }
	tree := make([]best, size+1)
	prev := make([]int, len(m))
	end := best{0, -1}
	for i, v := range m {
		if v < 0 {
			continue
		}
		// Best chain ending at a value below v.
		b := best{0, -1}
		for k := v; k > 0; k -= k & -k {
			if tree[k].sum > b.sum {
				b = tree[k]
			}
		}
		wt := 1
		if w != nil {
			wt = w[i]
		}
		cur := best{b.sum + wt, i}
		prev[i] = b.i
		for k := v + 1; k <= size; k += k & -k {
			if cur.sum > tree[k].sum {
				tree[k] = cur
			}
		}
		if cur.sum > end.sum {
			end = cur
		}
	}
	for i := end.i; i >= 0; i = prev[i] {
		out[i] = true
	}
	return out
}
