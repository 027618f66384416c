package diff

import (
	"os"
	"path/filepath"
	"testing"
)

// largePair reads the largest consecutive pair of the Microsoft privacy
// statement from ../shared/corpus (outside the repository: the benchmark
// skips when it is absent).
func largePair(b *testing.B) (old, new []byte) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "microsoft")
	old, err1 := os.ReadFile(filepath.Join(dir, "2024-04-18T063908Z.md"))
	new, err2 := os.ReadFile(filepath.Join(dir, "2024-06-25T181015Z.md"))
	if err1 != nil || err2 != nil {
		b.Skip("../shared/corpus/microsoft is absent")
	}
	return old, new
}

func BenchmarkCompareLarge(b *testing.B) {
	old, new := largePair(b)
	b.SetBytes(int64(len(old) + len(new)))
	for b.Loop() {
		if _, err := Compare(old, new); err != nil {
			b.Fatal(err)
		}
	}
}
