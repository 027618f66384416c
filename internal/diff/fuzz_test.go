package diff

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzTokenize checks that tokens always join back to their text and that
// a word diff of a text with itself has no change.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "We don’t sell data.", "e-mail: a@example.com, 3.5 days", "\u00a0\t “x” — y…", "\xff\xfe\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		for _, tok := range tokenize(s) {
			if tok.text == "" {
				t.Fatalf("tokenize(%q) has an empty token", s)
			}
			b.WriteString(tok.text)
		}
		if b.String() != s {
			t.Fatalf("tokenize(%q) joins to %q", s, b.String())
		}
		for _, op := range wordDiff(s, s) {
			if op.Kind != Equal {
				t.Fatalf("wordDiff(%q, itself) = %q, want no change", s, op)
			}
		}
	})
}

// FuzzCompare checks that Compare never panics, that a revision compared
// with itself has no change, that the word steps of a modified sentence
// rebuild its new text, and that every renderer accepts the result. Run it
// with a short -fuzzminimizetime (2s): minimising a large new input
// otherwise takes the default minute, during which no progress shows.
func FuzzCompare(f *testing.F) {
	for _, name := range []string{"small.old.md", "small.new.md", "noise.new.md"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, []byte("# Example Privacy Notice\n\nWe sell your data.\n"))
	}
	f.Add([]byte("# A\n\nx. y. z.\n\n## B\n\n* one\n* two\n"), []byte("## B\n\n* two\n* one\n\n# A\n\nz. y. x.\n"))
	f.Add([]byte("```\ncode\n\n```\n\ntext"), []byte("text\n\n```\ncode\n"))
	f.Fuzz(func(t *testing.T, old, new []byte) {
		if len(old)+len(new) > 64<<10 {
			// Large inputs are the benchmarks' business.
			t.Skip()
		}
		r, err := Compare(old, new)
		if err != nil {
			if Check(old) == nil && Check(new) == nil {
				t.Fatalf("Compare = %v for valid input", err)
			}
			return
		}
		for _, c := range r.Changes {
			if c.Kind != "modified" {
				continue
			}
			var before, after strings.Builder
			for _, op := range c.Words {
				if op.Kind != Insert {
					before.WriteString(op.Text)
				}
				if op.Kind != Delete {
					after.WriteString(op.Text)
				}
			}
			// Link steps are appended after the text.
			if !strings.HasPrefix(after.String(), c.After) {
				t.Fatalf("words rebuild %q, want after %q", after.String(), c.After)
			}
		}
		var out bytes.Buffer
		for _, w := range []func() error{
			func() error { return WriteText(&out, r, true) },
			func() error { return WriteMarkdown(&out, r) },
			func() error { return WriteHTML(&out, r, "t") },
			func() error { return WriteJSON(&out, r) },
		} {
			if err := w(); err != nil {
				t.Fatal(err)
			}
		}
		if !utf8.Valid(out.Bytes()) {
			t.Fatalf("output is not UTF-8")
		}
		same, err := Compare(old, old)
		if err != nil {
			t.Fatal(err)
		}
		if same.Changed() {
			t.Fatalf("Compare(old, old) = %q, want no change", brief(same))
		}
	})
}
