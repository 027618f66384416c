// Package benchdata makes the inputs that the Go benchmarks and
// cmd/notice-bench time, so that both time the same pairs.
package benchdata

import "strings"

// Amend makes an amended copy of a notice by a few programmatic edits of
// the kinds a real amendment has: a word changed in every eighth
// paragraph, a qualifier added to another, one paragraph removed, a
// sentence added, and the second "## " section moved to the end.
func Amend(src []byte) []byte {
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
