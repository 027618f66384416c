package publish

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParseDatedName checks that any file name is either refused or read
// as a date that formats back to the name's date.
func FuzzParseDatedName(f *testing.F) {
	for _, s := range []string{"2021-01-01.md", "2021-08-16T085523Z.md", "2021-08-16T085523Z-2.md", "2021-02-30.md", "README.md", "2021-01-01-99999999999999999999.md"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		d, err := parseDatedName(name, time.UTC)
		if err != nil {
			return
		}
		if got := d.at.Format("2006-01-02"); got != name[:10] {
			t.Errorf("parseDatedName(%q) = %s", name, got)
		}
		if d.seq < 0 {
			t.Errorf("parseDatedName(%q) seq = %d", name, d.seq)
		}
	})
}

// FuzzCheckText checks that accepted text is valid, non-empty UTF-8.
func FuzzCheckText(f *testing.F) {
	f.Add([]byte("# Privacy\n"))
	f.Add([]byte("caf\xe9"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if CheckText(b) == nil && (!utf8.Valid(b) || len(b) == 0) {
			t.Errorf("CheckText(%q) = nil", b)
		}
	})
}
