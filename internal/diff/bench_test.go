package diff

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticeproject/notice/internal/prose"
)

// The seed pair is in testdata. The large pair is the largest consecutive
// pair of the Microsoft privacy statement in ../shared/corpus, outside the
// repository: those benchmarks skip when it is absent.

func readPair(b *testing.B, dir, old, new string) ([]byte, []byte) {
	o, err1 := os.ReadFile(filepath.Join(dir, old))
	n, err2 := os.ReadFile(filepath.Join(dir, new))
	if err1 != nil || err2 != nil {
		b.Skipf("%s is absent", dir)
	}
	return o, n
}

func largePair(b *testing.B) ([]byte, []byte) {
	return readPair(b, filepath.Join("..", "..", "..", "shared", "corpus", "microsoft"),
		"2024-04-18T063908Z.md", "2024-06-25T181015Z.md")
}

// shuffled returns src with its sentences in a random (fixed) order, one
// paragraph each: nothing stays in place, everything has moved.
func shuffled(src []byte) []byte {
	d := prose.Parse(src)
	s := make([]string, 0, len(d.Sentences))
	for _, x := range d.Sentences {
		s = append(s, x.Text)
	}
	rand.New(rand.NewSource(1)).Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	return []byte(strings.Join(s, "\n\n") + "\n")
}

func benchCompare(b *testing.B, old, new []byte) {
	b.SetBytes(int64(len(old) + len(new)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compare(old, new); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompareSeed(b *testing.B) {
	old, new := readPair(b, "testdata", "seed.old.md", "seed.new.md")
	benchCompare(b, old, new)
}

func BenchmarkCompareLarge(b *testing.B) {
	old, new := largePair(b)
	benchCompare(b, old, new)
}

func BenchmarkCompareShuffled(b *testing.B) {
	old, _ := largePair(b)
	benchCompare(b, old, shuffled(old))
}

func BenchmarkWordDiff(b *testing.B) {
	before := strings.Repeat("We collect personal information about you when you use our services, ", 20) + "and we never sell it."
	after := strings.Repeat("We collect personal information about you when you use our services, ", 20) + "and we may sell it."
	for b.Loop() {
		wordDiff(before, after)
	}
}

func BenchmarkTokenize(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "seed.old.md"))
	if err != nil {
		b.Fatal(err)
	}
	s := string(src)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		tokenize(s)
	}
}
