package classify

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestCorpus runs the classifier over consecutive revisions of real
// privacy policies in ../shared/corpus (Open Terms Archive, ODC-By 1.0) when
// that folder is present: it must finish without error on every pair, find
// Zoom's August 2023 AI-training change material, and find no material
// change between byte-identical revisions.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-corpus check skipped in -short mode")
	}
	for _, policy := range []string{"zoom", "spotify"} {
		dir := filepath.Join(corpusDir, policy)
		files, err := filepath.Glob(filepath.Join(dir, "*.md"))
		if err != nil || len(files) == 0 {
			// A whole-corpus check: the corpus lives beside the
			// repository and a user's clone may lack it, so it skips
			// even under NOTICE_CI.
			t.Skipf("whole-corpus check skipped: corpus %s is absent (it is not part of the repository)", dir)
		}
		sort.Strings(files)
		material := 0
		for i := 1; i < len(files); i++ {
			old, err := os.ReadFile(files[i-1])
			if err != nil {
				t.Fatal(err)
			}
			new, err := os.ReadFile(files[i])
			if err != nil {
				t.Fatal(err)
			}
			res, err := Classify(old, new)
			if err != nil {
				t.Errorf("Classify(%s, %s): %v", files[i-1], files[i], err)
				continue
			}
			if string(old) == string(new) && res.Material {
				t.Errorf("Classify(%s) of identical files is material", files[i])
			}
			if res.Material {
				material++
			}
			name := filepath.Base(files[i])
			if policy == "zoom" && strings.HasPrefix(name, "2023-08-11") {
				if !res.Material || !contains(res.Categories, "use") {
					t.Errorf("zoom %s (AI training on customer content) = material %v, categories %v; want material, use",
						name, res.Material, res.Categories)
				}
			}
		}
		t.Logf("%s: %d of %d consecutive pairs material", policy, material, len(files)-1)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestDeterministic classifies one real pair many times: the verdict and
// every reason must be the same each time, whatever order Go visits its
// maps in. The pair (YouTube's May 2018 rewrite) once named a different
// word in an M1 reason from run to run.
func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-corpus check skipped in -short mode")
	}
	dir := filepath.Join(corpusDir, "youtube-google")
	old, err1 := os.ReadFile(filepath.Join(dir, "2018-05-11T054415Z.md"))
	new, err2 := os.ReadFile(filepath.Join(dir, "2018-05-26T054320Z.md"))
	if err1 != nil || err2 != nil {
		t.Skipf("whole-corpus check skipped: corpus %s is absent (it is not part of the repository)", dir)
	}
	first, err := Classify(old, new)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprint(first)
	for i := 0; i < 12; i++ {
		res, err := Classify(old, new)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(res); got != want {
			t.Fatalf("run %d differs from the first:\n%s\nvs\n%s", i+2, got, want)
		}
	}
}
