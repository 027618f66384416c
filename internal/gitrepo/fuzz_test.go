package gitrepo

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/notice"
)

func removeIndex(r *Repo) { os.RemoveAll(filepath.Join(r.gitDir, indexDir)) }

// FuzzMessage checks that any commit message decodes without panicking, and
// that every revision encodes to a message that decodes to itself.
func FuzzMessage(f *testing.F) {
	f.Add("privacy: x\n\nNotice: privacy\nEffective: 2020-01-01T00:00:00Z\nMaterial: no\n", "a, b", "why")
	f.Add("Notice:\n\nEffective", "", "")
	f.Fuzz(func(t *testing.T, msg, cats, reason string) {
		decodeMessage(msg)
		rev := notice.Revision{Notice: "privacy", Effective: time.Unix(1e9, 0).UTC(), Material: len(cats)%2 == 0,
			Summary: oneLine(msg), Impact: notice.Impact(oneLine(reason))}
		for _, c := range splitCats(cats) {
			rev.Categories = append(rev.Categories, c)
		}
		if oneLine(reason) != "" {
			rev.Override = &notice.Override{Classified: !rev.Material, Reason: oneLine(reason)}
		}
		got, ok, err := decodeMessage(encodeMessage(rev))
		if !ok || err != nil {
			t.Fatalf("decodeMessage(encodeMessage(%+v)) = %v, %v", rev, ok, err)
		}
		if rev.Summary == defaultSubject {
			rev.Summary = ""
		}
		if got.Notice != rev.Notice || !got.Effective.Equal(rev.Effective) || got.Material != rev.Material ||
			got.Summary != rev.Summary || got.Impact != rev.Impact || len(got.Categories) != len(rev.Categories) ||
			(got.Override == nil) != (rev.Override == nil) || (got.Override != nil && *got.Override != *rev.Override) {
			t.Errorf("round trip of %+v = %+v", rev, got)
		}
	})
}

// splitCats returns the category-like words of s: no commas, no spaces.
func splitCats(s string) []string {
	var out []string
	word := ""
	for _, c := range s + " " {
		if c == ',' || c == ' ' || c < 0x21 || c > 0x7e {
			if word != "" {
				out = append(out, word)
			}
			word = ""
			continue
		}
		word += string(c)
	}
	return out
}
