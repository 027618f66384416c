package web

import (
	"bytes"
	"html/template"

	"github.com/noticeproject/notice/internal/diff"
)

// redline compares two revisions with the diff engine and returns the
// marked-up fragment (<del> for removed words, <ins> for added ones) and
// the changes themselves, for the JSON form of the page.
func redline(old, cur []byte) (template.HTML, *diff.Result, error) {
	r, err := diff.Compare(old, cur)
	if err != nil {
		return "", nil, err
	}
	var buf bytes.Buffer
	if err := diff.WriteHTMLFragment(&buf, r); err != nil {
		return "", nil, err
	}
	// The diff engine escapes every piece of notice text it writes.
	return template.HTML(buf.String()), r, nil //nolint:gosec
}
