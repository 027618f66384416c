package diff

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/noticeproject/notice/internal/prose"
)

// compareWhole is Compare without setting unchanged paragraphs aside.
func compareWhole(old, new []byte) *Result {
	old, new = cleanLines(old), cleanLines(new)
	id := func(l int) int { return l }
	r, _ := compareUnits(units(prose.Parse(old), id), units(prose.Parse(new), id))
	return r
}

// Setting unchanged paragraphs aside is an optimisation: the changes are
// the same as when both revisions are parsed whole.
func TestReduceSameChanges(t *testing.T) {
	pairs := [][2]string{{"seed.old.md", "seed.new.md"}, {"small.old.md", "small.new.md"}, {"small.old.md", "noise.new.md"}}
	for _, p := range pairs {
		old, err1 := os.ReadFile(filepath.Join("testdata", p[0]))
		new, err2 := os.ReadFile(filepath.Join("testdata", p[1]))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		r, err := Compare(old, new)
		if err != nil {
			t.Fatal(err)
		}
		if w := compareWhole(old, new); !reflect.DeepEqual(r.Changes, w.Changes) {
			t.Errorf("Compare(%s, %s) =\n%s\nwhole:\n%s", p[0], p[1], strings.Join(brief(r), "\n"), strings.Join(brief(w), "\n"))
		}
	}
}

func TestReduce(t *testing.T) {
	var old, new strings.Builder
	old.WriteString("# Title\n\n")
	new.WriteString("# Title\n\n")
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&old, "Paragraph %d.\n\n", i)
		fmt.Fprintf(&new, "Paragraph %d.\n\n", i)
	}
	old.WriteString("* one\n* two\n* three\n\n## End\n\nLast.\n")
	new.WriteString("* one\n* 2\n* three\n\n## End\n\nLast!\n")
	ra, rb, paras := reduce([]byte(old.String()), []byte(new.String()))
	// Kept: the title, the changed item, the heading "End" and "Last".
	wantA := "# Title\n\n* two\n\n## End\n\nLast.\n\n"
	if string(ra.src) != wantA {
		t.Errorf("reduce kept %q, want %q", ra.src, wantA)
	}
	// Set aside: the ten paragraphs and "* one" (one run), "* three".
	if len(ra.anchors) != 2 || len(rb.anchors) != 2 {
		t.Errorf("reduce set aside %d and %d runs, want 2 each", len(ra.anchors), len(rb.anchors))
	}
	// "* two" is on line 24 of the original, line 3 of the reduced text;
	// "Last." on line 29 and 7.
	if got := ra.origLine(3); got != 24 {
		t.Errorf("origLine(3) = %d, want 24", got)
	}
	if got := ra.origLine(7); got != 29 {
		t.Errorf("origLine(7) = %d, want 29", got)
	}
	if len(paras) != 16 {
		t.Errorf("paragraphs = %d, want 16 (title, 10 paragraphs, 3 items, heading, last)", len(paras))
	}

	// A fence may span blank lines: the revisions are kept whole.
	fenced := "# T\n\n```\ncode\n\nmore\n```\n\nText.\n"
	ra, _, _ = reduce([]byte(fenced), []byte(fenced+"\nMore.\n"))
	if string(ra.src) != fenced || ra.anchors != nil {
		t.Errorf("reduce(fenced) = %q, want it whole", ra.src)
	}
}

func TestIncreasing(t *testing.T) {
	tests := []struct {
		m, w []int
		want []bool
	}{
		{[]int{0, 1, 2}, nil, []bool{true, true, true}},
		{[]int{2, 0, 1}, nil, []bool{false, true, true}},
		{[]int{2, 0, 1}, []int{5, 1, 1}, []bool{true, false, false}},
		{[]int{-1, 1, -1, 0}, nil, []bool{false, true, false, false}},
		{[]int{}, nil, []bool{}},
	}
	for _, tt := range tests {
		if got := increasing(tt.m, tt.w); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("increasing(%v, %v) = %v, want %v", tt.m, tt.w, got, tt.want)
		}
	}
}
