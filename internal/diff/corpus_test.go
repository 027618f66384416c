package diff

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// sharedDir is ../shared next to the repository: the labelled cases and
// the revision corpus. It is not part of the repository; the tests that
// read it skip when it is absent.
var sharedDir = filepath.Join("..", "..", "..", "shared")

// sharedPairs lists the labelled case pairs and the consecutive pairs of
// the corpus.
func sharedPairs(t *testing.T) [][2]string {
	var pairs [][2]string
	cases, _ := filepath.Glob(filepath.Join(sharedDir, "materiality", "cases", "*"))
	for _, c := range cases {
		pairs = append(pairs, [2]string{filepath.Join(c, "old.md"), filepath.Join(c, "new.md")})
	}
	dirs, _ := filepath.Glob(filepath.Join(sharedDir, "corpus", "*"))
	for _, d := range dirs {
		files, _ := filepath.Glob(filepath.Join(d, "*.md"))
		sort.Strings(files)
		for i := 0; i+1 < len(files); i++ {
			pairs = append(pairs, [2]string{files[i], files[i+1]})
		}
	}
	if len(pairs) == 0 {
		t.Skip("../shared is absent")
	}
	return pairs
}

// On every labelled case and every consecutive pair of the corpus,
// Compare succeeds (or rejects the input cleanly), finds no change between
// a revision and itself, and finds a change exactly when parsing both
// revisions whole does. (Not always the same changes: where a notice
// repeats a paragraph, which copy was removed is a free choice, and the
// paragraphs set aside as anchors tip it, usually towards fewer spurious
// moves.)
func TestSharedCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole corpus")
	}
	for _, p := range sharedPairs(t) {
		old, err1 := os.ReadFile(p[0])
		new, err2 := os.ReadFile(p[1])
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		name := strings.TrimPrefix(p[1], sharedDir)
		r, err := Compare(old, new)
		if err != nil {
			if Check(old) == nil && Check(new) == nil {
				t.Errorf("Compare(%s) = %v", name, err)
			}
			continue
		}
		if w := compareWhole(old, new); r.Changed() != w.Changed() {
			t.Errorf("Compare(%s).Changed() = %v, %v when parsed whole", name, r.Changed(), w.Changed())
		}
		if same, _ := Compare(new, new); same.Changed() {
			t.Errorf("Compare(%s, itself) = %d changes, want none", name, len(same.Changes))
		}
	}
}
