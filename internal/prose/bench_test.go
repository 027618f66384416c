package prose

import (
	"os"
	"path/filepath"
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
