package diff

import (
	"strings"

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
	a, b := tokenize(before), tokenize(after)
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

// tidy makes the steps read like a redline: a change that is only white
// space is no change, white space between two changes joins them (so "the
// cat" → "a dog" is one replacement, not two), and within each run of
// changes the deletion comes before the insertion.
func tidy(ops []Op) []Op {
	// White-space-only insertions are kept as equal text and white-space-only
	// deletions dropped: the new revision's spacing is shown.
	var clean []Op
	for _, op := range ops {
		if op.Kind != Equal && strings.TrimSpace(op.Text) == "" {
			if op.Kind == Insert {
				clean = appendOp(clean, Equal, op.Text)
			}
			continue
		}
		clean = appendOp(clean, op.Kind, op.Text)
	}
	// Absorb white-space-only equal runs between changes.
	var out []Op
	var del, ins strings.Builder
	flush := func() {
		if del.Len() > 0 {
			out = append(out, Op{Delete, del.String()})
		}
		if ins.Len() > 0 {
			out = append(out, Op{Insert, ins.String()})
		}
		del.Reset()
		ins.Reset()
	}
	for k, op := range clean {
		switch op.Kind {
		case Delete:
			del.WriteString(op.Text)
		case Insert:
			ins.WriteString(op.Text)
		case Equal:
			pending := del.Len() > 0 || ins.Len() > 0
			if pending && k+1 < len(clean) && strings.TrimSpace(op.Text) == "" {
				del.WriteString(op.Text)
				ins.WriteString(op.Text)
				continue
			}
			flush()
			out = appendOp(out, Equal, op.Text)
		}
	}
	flush()
	return out
}
