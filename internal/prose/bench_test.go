package prose

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The largest Microsoft privacy statement in ../shared/corpus (about
// 300 KB); the benchmarks skip when it is absent.
const largeNotice = "../../../shared/corpus/microsoft/2024-06-25T181015Z.md"

func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile(largeNotice)
	if err != nil {
		b.Skipf("corpus not available (%v)", err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Parse(src)
	}
}

func BenchmarkNormalize(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "hollowellfinch.md"))
	if err != nil {
		b.Fatal(err)
	}
	d := Parse(src)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		for _, s := range d.Sentences {
			Normalize(s.Text)
		}
	}
}

func BenchmarkSplitSentences(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "hollowellfinch.md"))
	if err != nil {
		b.Fatal(err)
	}
	d := Parse(src)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		for _, bl := range d.Blocks {
			SplitSentences(bl.Text)
		}
	}
}

// BenchmarkParsePathological parses 200 KB of each run that once made
// inline scanning quadratic; each should cost about what 200 KB of prose
// does.
func BenchmarkParsePathological(b *testing.B) {
	for _, r := range pathologicalRuns {
		src := []byte(strings.Repeat(r, (200<<10)/len(r)))
		b.Run(fmt.Sprintf("%q", r), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Parse(src)
			}
		})
	}
}
