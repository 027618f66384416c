package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	new := amend(old)
	b.SetBytes(int64(len(old) + len(new)))
	for b.Loop() {
		if _, err := Classify(old, new); err != nil {
			b.Fatal(err)
		}
	}
}

// amend makes the amended copy of a notice that cmd/notice-bench diff
// times (its diffAmend, kept in step with it): a word changed in every
// eighth paragraph, a qualifier added to another, one paragraph removed, a
// sentence added, and the second section moved to the end.
func amend(src []byte) []byte {
	paras := strings.Split(string(src), "\n\n")
	var out []string
	for i, p := range paras {
		switch {
		case i == len(paras)/2:
			continue // removed
		case i%8 == 5 && strings.Contains(p, " we "):
			p = strings.Replace(p, " we ", " we and our partners ", 1)
		case i%8 == 2 && strings.HasSuffix(strings.TrimSpace(p), "."):
			p = strings.TrimSpace(p)
			p = p[:len(p)-1] + ", unless the law requires otherwise."
		}
		out = append(out, p)
	}
	out = append(out, "We may share aggregated information with advertising partners.")
	// Move the second "## " section to the end.
	start, end := -1, len(out)
	seen := 0
	for i, p := range out {
		if strings.HasPrefix(p, "## ") {
			seen++
			if seen == 2 {
				start = i
			} else if seen == 3 {
				end = i
				break
			}
		}
	}
	if start >= 0 && end < len(out) {
		sec := append([]string(nil), out[start:end]...)
		out = append(out[:start], out[end:]...)
		out = append(out, sec...)
	}
	return []byte(strings.Join(out, "\n\n") + "\n")
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
