package classify

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func errorsIs(err, target error) bool { return errors.Is(err, target) }

// FuzzClassify checks that no pair of inputs makes Classify panic, and
// that identical inputs are never material.
func FuzzClassify(f *testing.F) {
	for _, name := range []string{"002-magento-disclosure-list", "028-lanternlagoon-choices", "063-magento-safe-harbor-disputes", "044-tallyloom-customer-content"} {
		dir := filepath.Join("testdata", "cases", name)
		old, err := os.ReadFile(filepath.Join(dir, "old.md"))
		if err != nil {
			f.Fatal(err)
		}
		new, err := os.ReadFile(filepath.Join(dir, "new.md"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(old, new)
	}
	f.Add([]byte("We do not sell data."), []byte("We may sell data."))
	f.Add([]byte("| a | b |\n|---|---|\n| 1 | 2 |"), []byte("* x\n  * y\n\n1. z"))
	f.Fuzz(func(t *testing.T, old, new []byte) {
		res, err := Classify(old, new)
		if err != nil {
			return
		}
		if string(old) == string(new) && res.Material {
			t.Errorf("Classify(x, x) is material")
		}
		for _, ch := range res.Changes {
			if ch.Material && len(ch.Reasons) == 0 {
				t.Errorf("material change without reasons: %+v", ch)
			}
		}
	})
}
