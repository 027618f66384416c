package diff

import (
	"encoding/json"
	"io"
)

// WriteJSON writes r as one indented JSON object:
//
//	{"changed": true, "unchanged": 40,
//	 "changes": [{"section": "Use › Retention", "kind": "modified",
//	              "before": "...", "after": "...",
//	              "words": [{"op": "equal", "text": "We keep data "}, {"op": "delete", "text": "..."}],
//	              "from_line": 42, "to_line": 44}]}
//
// "kind" is modified, added, removed or moved; "from_section" is present
// when a sentence changed section; "words" only for a modified sentence.
func WriteJSON(w io.Writer, r *Result) error {
	changes := r.Changes
	if changes == nil {
		changes = []Change{}
	}
	v := struct {
		Changed   bool     `json:"changed"`
		Unchanged int      `json:"unchanged"`
		Changes   []Change `json:"changes"`
	}{r.Changed(), r.Unchanged, changes}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
