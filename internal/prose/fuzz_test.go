package prose

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func addSeeds(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.md"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seeds in testdata: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	// Runs of unmatched openers (once quadratic), kept short for fuzzing.
	for _, r := range pathologicalRuns {
		f.Add([]byte(strings.Repeat(r, 64) + " text ]) --> >"))
	}
}

// FuzzParse checks that Parse never panics and that what it returns is
// consistent: valid UTF-8 text, sentences pointing at their blocks, 1-based
// lines in order.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		d := Parse(src)
		last := 0
		for _, b := range d.Blocks {
			if !utf8.ValidString(b.Text) {
				t.Fatalf("block text not UTF-8: %q", b.Text)
			}
			if b.Line < 1 || b.Line < last {
				t.Fatalf("block line %d after %d", b.Line, last)
			}
			last = b.Line
		}
		for _, s := range d.Sentences {
			if s.Block < 0 || s.Block >= len(d.Blocks) {
				t.Fatalf("sentence block %d out of range", s.Block)
			}
			if s.Norm == "" || s.Norm != Normalize(s.Text) {
				t.Fatalf("sentence norm %q of %q", s.Norm, s.Text)
			}
		}
	})
}

// FuzzSplitSentences checks that splitting loses no words.
func FuzzSplitSentences(f *testing.F) {
	addSeeds(f)
	f.Add([]byte("Example, Inc. We keep it; e.g. logs. No. 5 is done! Is it? Yes."))
	f.Fuzz(func(t *testing.T, b []byte) {
		text := string(b)
		got := SplitSentences(text)
		if want, have := strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(strings.Join(got, " ")), " "); want != have {
			t.Fatalf("SplitSentences(%q) lost text: %q", text, got)
		}
		for _, s := range got {
			if strings.TrimSpace(s) != s || s == "" {
				t.Fatalf("SplitSentences(%q) gave untrimmed %q", text, s)
			}
		}
	})
}

// FuzzNormalize checks that Normalize is idempotent.
func FuzzNormalize(f *testing.F) {
	f.Add("We  **do not** sell\u00a0data — “ever”, see https://example.com/?utm_source=x.")
	f.Add("_a_ *b* `c`")
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("Normalize(Normalize(%q)) = %q, want %q", s, Normalize(n), n)
		}
	})
}
