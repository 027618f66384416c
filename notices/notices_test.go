package notices

import (
	"bytes"
	"testing"
	"time"
	"unicode/utf8"
)

func TestSeed(t *testing.T) {
	b, m := Seed()
	if len(b) == 0 || !utf8.Valid(b) || !bytes.HasPrefix(b, []byte("# Magento Web Site User Privacy Notice\n")) {
		t.Errorf("Seed() text = %.60q, want the Magento notice", b)
	}
	if !bytes.Contains(b, []byte("This notice was updated on October 28, 2015")) {
		t.Error("Seed() text lacks its stated date")
	}
	want := Meta{Name: SeedName, File: "magento-privacy.md",
		Effective: time.Date(2015, 10, 28, 0, 0, 0, 0, time.UTC), Posted: time.Date(2017, 6, 24, 5, 52, 29, 0, time.UTC)}
	if m.Name != want.Name || m.File != want.File || !m.Effective.Equal(want.Effective) || !m.Posted.Equal(want.Posted) || m.Source == "" {
		t.Errorf("Seed() meta = %+v, want %+v", m, want)
	}
}

func TestAllFilesExist(t *testing.T) {
	all, err := All()
	if err != nil || len(all) == 0 {
		t.Fatalf("All() = %v, %v", all, err)
	}
	for _, m := range all {
		if _, _, err := Get(m.Name); err != nil {
			t.Errorf("Get(%s) = %v", m.Name, err)
		}
	}
	if _, _, err := Get("nope"); err == nil {
		t.Error("Get(nope) = nil error")
	}
}
