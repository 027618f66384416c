package web

import (
	"html/template"
	"strings"
)

// redline marks up the change from old to cur. Until the diff engine lands
// it compares paragraphs: removed ones in <del>, added ones in <ins>.
func redline(old, cur []byte) (template.HTML, error) {
	a := strings.Split(strings.TrimSpace(string(old)), "\n\n")
	b := strings.Split(strings.TrimSpace(string(cur)), "\n\n")
	inA := make(map[string]bool, len(a))
	for _, p := range a {
		inA[p] = true
	}
	inB := make(map[string]bool, len(b))
	for _, p := range b {
		inB[p] = true
	}
	var sb strings.Builder
	for _, p := range a {
		if !inB[p] {
			sb.WriteString("<p><del>" + template.HTMLEscapeString(p) + "</del></p>\n")
		}
	}
	for _, p := range b {
		if inA[p] {
			sb.WriteString("<p>" + template.HTMLEscapeString(p) + "</p>\n")
		} else {
			sb.WriteString("<p><ins>" + template.HTMLEscapeString(p) + "</ins></p>\n")
		}
	}
	return template.HTML(sb.String()), nil
}
