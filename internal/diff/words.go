package diff

import (
	"strings"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// OpKind is the kind of one word-level step.
type OpKind string

// Word-level step kinds.
const (
	Equal  OpKind = "equal"
	Insert OpKind = "insert"
	Delete OpKind = "delete"
)

// Op is one step of the word-level diff inside a modified sentence: text
// kept, inserted or deleted. Equal text is shown as the new revision writes
// it.
type Op struct {
	Kind OpKind `json:"op"`
	Text string `json:"text"`
}

// maxWordTokens bounds the tokens of one side of a word-level diff. Past it
// (a "sentence" of thousands of words, as in a list without full stops) the
// common head and tail are kept and the middle is shown as replaced: the
// Myers diff would otherwise cost the product of the lengths.
const maxWordTokens = 8000

// wordDiff returns the word-level steps that turn before into after.
// Differences in white space and typography are not steps.
func wordDiff(before, after string) []Op {
	if before == after {
		// A sentence whose link changed, or that moved and changed
		// only in noise.
		return appendOp(nil, Equal, after)
	}
	a, b := glue(before, tokenize(before)), glue(after, tokenize(after))
	ka, kb := make([]rune, len(a)), make([]rune, len(b))
	ids := make(map[string]rune, len(a)+len(b))
	intern := func(toks []token, keys []rune) {
		for i, t := range toks {
			k := tokenKey(t)
			id, ok := ids[k]
			if !ok {
				id = indexRune(len(ids))
				ids[k] = id
			}
			keys[i] = id
		}
	}
	intern(a, ka)
	intern(b, kb)

	var diffs []diffmatchpatch.Diff
	if len(a) > maxWordTokens || len(b) > maxWordTokens {
		diffs = coarseDiff(ka, kb)
	} else {
		dmp := diffmatchpatch.New()
		// Never a deadline: past it go-diff returns "delete all, insert
		// all", which would hide a one-word change in a redline.
		dmp.DiffTimeout = 0
		diffs = dmp.DiffMainRunes(ka, kb, false)
	}

	// Map the runes back to the tokens, walking both sides.
	var ops []Op
	i, j := 0, 0
	for _, d := range diffs {
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			ops = appendOp(ops, Equal, joinTokens(b[j:j+n]))
			i += n
			j += n
		case diffmatchpatch.DiffDelete:
			ops = appendOp(ops, Delete, joinTokens(a[i:i+n]))
			i += n
		case diffmatchpatch.DiffInsert:
			ops = appendOp(ops, Insert, joinTokens(b[j:j+n]))
			j += n
		}
	}
	return tidy(ops)
}

// glue attaches each run of white space to the token after it (the last
// run to the token before it), so that the diff aligns words and
// punctuation only: spaces would otherwise be the commonest "words" and
// pull the alignment towards them. A token's key ignores its space, and a
// deleted or inserted word takes the space before it along: "data[- and
// more-]."
//
// The tokens are consecutive pieces of s, so each glued token is a
// substring of s: nothing is copied.
func glue(s string, toks []token) []token {
	out := toks[:0]
	pos, space := 0, -1 // space: where the pending white space starts
	for _, t := range toks {
		start := pos
		pos += len(t.text)
		if t.kind == tokSpace {
			space = start
			continue
		}
		if space >= 0 {
			t.text = s[space:pos]
			space = -1
		}
		out = append(out, t)
	}
	if space >= 0 {
		if n := len(out); n > 0 {
			out[n-1].text = s[pos-len(out[n-1].text)-(pos-space) : pos]
		} else {
			out = append(out, token{tokSpace, s[space:pos]})
		}
	}
	return out
}

// indexRune maps the n-th distinct token to a rune, skipping the surrogate
// range, which is not a valid rune and would not survive go-diff's
// conversions to string.
func indexRune(n int) rune {
	r := rune(n) + 0x100
	if r >= 0xd800 {
		r += 0x800
	}
	return r
}

// coarseDiff keeps the common head and tail and replaces the middle.
func coarseDiff(a, b []rune) []diffmatchpatch.Diff {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	var out []diffmatchpatch.Diff
	add := func(t diffmatchpatch.Operation, r []rune) {
		if len(r) > 0 {
			out = append(out, diffmatchpatch.Diff{Type: t, Text: string(r)})
		}
	}
	add(diffmatchpatch.DiffEqual, a[:p])
	add(diffmatchpatch.DiffDelete, a[p:len(a)-s])
	add(diffmatchpatch.DiffInsert, b[p:len(b)-s])
	add(diffmatchpatch.DiffEqual, a[len(a)-s:])
	return out
}

func joinTokens(toks []token) string {
	var sb strings.Builder
	for _, t := range toks {
		sb.WriteString(t.text)
	}
	return sb.String()
}

func appendOp(ops []Op, k OpKind, text string) []Op {
	if text == "" {
		return ops
	}
	if n := len(ops); n > 0 && ops[n-1].Kind == k {
		ops[n-1].Text += text
		return ops
	}
	return append(ops, Op{k, text})
}

// seg is a run of equal text, or one change: text deleted and inserted.
type seg struct {
	change   bool
	eq       string
	del, ins string
}

// tidy makes the steps read like a redline: a change that is only white
// space is no change; a short equal stretch between two larger changes
// joins them (so "the cat" → "a dog" is one replacement, and a lone "for"
// kept inside a rewritten clause does not split it); within a change the
// deletion comes before the insertion; and a replacement's common
// trailing space stands outside it.
func tidy(ops []Op) []Op {
	var segs []seg
	for _, op := range ops {
		if op.Kind != Equal && strings.TrimSpace(op.Text) == "" {
			// White-space-only: insertions are kept as equal text,
			// deletions dropped: the new revision's spacing is shown.
			if op.Kind == Delete {
				continue
			}
			op.Kind = Equal
		}
		n := len(segs)
		switch {
		case op.Kind == Equal && n > 0 && !segs[n-1].change:
			segs[n-1].eq += op.Text
		case op.Kind == Equal:
			segs = append(segs, seg{eq: op.Text})
		case n > 0 && segs[n-1].change:
			if op.Kind == Delete {
				segs[n-1].del += op.Text
			} else {
				segs[n-1].ins += op.Text
			}
		case op.Kind == Delete:
			segs = append(segs, seg{change: true, del: op.Text})
		default:
			segs = append(segs, seg{change: true, ins: op.Text})
		}
	}
	// Absorb short equal stretches between changes, as go-diff's semantic
	// cleanup does, counting words rather than characters.
	for merged := true; merged; {
		merged = false
		for k := 1; k+1 < len(segs); k++ {
			l, e, r := segs[k-1], segs[k], segs[k+1]
			if e.change || !l.change || !r.change {
				continue
			}
			n := countWords(e.eq)
			if n > max(countWords(l.del), countWords(l.ins)) || n > max(countWords(r.del), countWords(r.ins)) {
				continue
			}
			m := seg{change: true, del: l.del + e.eq + r.del, ins: l.ins + e.eq + r.ins}
			segs = append(segs[:k-1], append([]seg{m}, segs[k+2:]...)...)
			merged = true
			break
		}
	}
	var out []Op
	for _, sg := range segs {
		if !sg.change {
			out = appendOp(out, Equal, sg.eq)
			continue
		}
		// A replacement's common leading space stands before it.
		if sg.del != "" && sg.ins != "" {
			d := strings.TrimLeftFunc(sg.del, isSpace)
			i := strings.TrimLeftFunc(sg.ins, isSpace)
			if d != sg.del && i != sg.ins {
				out = appendOp(out, Equal, sg.ins[:len(sg.ins)-len(i)])
				sg.del, sg.ins = d, i
			}
		}
		out = appendOp(out, Delete, sg.del)
		out = appendOp(out, Insert, sg.ins)
	}
	return out
}

// countWords counts the words and punctuation marks of s, as tokenize
// would, without building the tokens.
func countWords(s string) int {
	n := 0
	inWord := false
	for i, r := range s {
		switch {
		case isSpace(r):
			inWord = false
		case isWordRune(r):
			if !inWord {
				n++
			}
			inWord = true
		case inWord && isConnector(r):
			// Inside a word only when a letter or digit follows.
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if !isWordRune(next) {
				inWord = false
				n++
			}
		default:
			inWord = false
			n++
		}
	}
	return n
}
