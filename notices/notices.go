// Package notices holds the notice documents shipped with notice, embedded
// in the binary so a demo runs from a fresh clone: first the seed, the
// Magento web-site privacy notice as archived on 2017-06-24 (updated
// October 28, 2015), cleaned into Markdown.
//
// notices.json records, for each document, the dates it states and where
// it came from.
package notices

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"time"
)

//go:embed *.md *.json
var files embed.FS

// SeedName is the name of the seed notice.
const SeedName = "magento-privacy"

// Meta describes a shipped notice.
type Meta struct {
	Name  string `json:"-"`
	Title string `json:"title"`
	File  string `json:"file"`
	// Effective is the date the notice says it was updated.
	Effective time.Time `json:"effective"`
	// Posted is when the copy was archived: it was on the site then.
	Posted time.Time `json:"posted"`
	Source string    `json:"source"`
	Note   string    `json:"note"`
}

// All returns every shipped notice's metadata, sorted by name.
func All() ([]Meta, error) {
	b, err := files.ReadFile("notices.json")
	if err != nil {
		return nil, err
	}
	var m map[string]Meta
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("notices.json: %w", err)
	}
	out := make([]Meta, 0, len(m))
	for name, meta := range m {
		meta.Name = name
		out = append(out, meta)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Get returns the text and metadata of the shipped notice name.
func Get(name string) ([]byte, Meta, error) {
	all, err := All()
	if err != nil {
		return nil, Meta{}, err
	}
	for _, m := range all {
		if m.Name == name {
			b, err := files.ReadFile(m.File)
			if err != nil {
				return nil, Meta{}, fmt.Errorf("notice %s: %w", name, err)
			}
			return b, m, nil
		}
	}
	return nil, Meta{}, fmt.Errorf("no shipped notice %q", name)
}

// Seed returns the seed notice's text and metadata. The files are embedded
// and checked by the package's tests, so it cannot fail at run time.
func Seed() ([]byte, Meta) {
	b, m, _ := Get(SeedName)
	return b, m
}
