package classify

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/noticeproject/notice/internal/benchdata"
	"github.com/noticeproject/notice/internal/prose"
)

// The largest consecutive pair of the Microsoft privacy statement in
// ../shared/corpus (about 300 KB each); benchmarks skip when it is absent.
const (
	corpusDir = "../../../shared/corpus"
	msOld     = "microsoft/2024-04-18T063908Z.md"
	msNew     = "microsoft/2024-06-25T181015Z.md"
)

// readCorpus reads a file of ../shared/corpus. The corpus lives beside the
// repository, so a benchmark skips without it, except under NOTICE_CI=1.
func readCorpus(b *testing.B, name string) []byte {
	data, err := os.ReadFile(filepath.Join(corpusDir, name))
	if err != nil {
		if os.Getenv("NOTICE_CI") == "1" {
			b.Fatalf("corpus not available under NOTICE_CI=1: %v", err)
		}
		b.Skipf("corpus not available (%v)", err)
	}
	return data
}

// BenchmarkClassifySeed classifies the seed notice against an amended copy
// (the pair cmd/notice-bench diff times first: about 20 KB each).
func BenchmarkClassifySeed(b *testing.B) {
	old, err := os.ReadFile(filepath.Join("..", "..", "notices", "magento-privacy.md"))
	if err != nil {
		b.Fatal(err)
	}
	new := benchdata.Amend(old)
	b.SetBytes(int64(len(old) + len(new)))
	for b.Loop() {
		if _, err := Classify(old, new); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkClassifyLarge(b *testing.B) {
	old, new := readCorpus(b, msOld), readCorpus(b, msNew)
	b.SetBytes(int64(len(old) + len(new)))
	for b.Loop() {
		if _, err := Classify(old, new); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkClassifyCase(b *testing.B) {
	dir := filepath.Join("testdata", "cases", "061-magento-whole-doc")
	old, err := os.ReadFile(filepath.Join(dir, "old.md"))
	if err != nil {
		b.Fatal(err)
	}
	new, err := os.ReadFile(filepath.Join(dir, "new.md"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(old) + len(new)))
	for b.Loop() {
		if _, err := Classify(old, new); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseLarge(b *testing.B) {
	src := readCorpus(b, msNew)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		prose.Parse(src)
	}
}
