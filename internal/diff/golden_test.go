package diff

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenCases are the pairs testdata/OLD.old.md → NAME.new.md, rendered
// to testdata/NAME.FORMAT.golden. The seed is the 2017 Magento privacy
// notice; its amended copy changes a date, a duration, a negation, a list
// and a section's place, and adds noise (typographic quotes, a reflowed
// paragraph) that must not show. noise.new.md is small.old.md restyled,
// reflowed, with typographic marks and tracking parameters: no change.
var goldenCases = []struct{ name, old string }{{"seed", "seed"}, {"small", "small"}, {"noise", "small"}}

// goldenFormats renders a result in each output format.
var goldenFormats = []struct {
	ext    string
	render func(*bytes.Buffer, *Result) error
}{
	{"txt", func(b *bytes.Buffer, r *Result) error { return WriteText(b, r, false) }},
	{"color.txt", func(b *bytes.Buffer, r *Result) error { return WriteText(b, r, true) }},
	{"md", func(b *bytes.Buffer, r *Result) error { return WriteMarkdown(b, r) }},
	{"html", func(b *bytes.Buffer, r *Result) error { return WriteHTML(b, r, "example: abc → def <&>") }},
	{"fragment.html", func(b *bytes.Buffer, r *Result) error { return WriteHTMLFragment(b, r) }},
	{"json", func(b *bytes.Buffer, r *Result) error { return WriteJSON(b, r) }},
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		name := c.name
		old, err := os.ReadFile(filepath.Join("testdata", c.old+".old.md"))
		if err != nil {
			t.Fatal(err)
		}
		new, err := os.ReadFile(filepath.Join("testdata", name+".new.md"))
		if err != nil {
			t.Fatal(err)
		}
		r, err := Compare(old, new)
		if err != nil {
			t.Fatalf("Compare(%s) = %v", name, err)
		}
		for _, f := range goldenFormats {
			t.Run(name+"."+f.ext, func(t *testing.T) {
				var got bytes.Buffer
				if err := f.render(&got, r); err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("testdata", name+"."+f.ext+".golden")
				if *update {
					if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if !bytes.Equal(got.Bytes(), want) {
					t.Errorf("%s differs from %s (go test -update rewrites it):\n%s", name+"."+f.ext, golden, firstDiff(got.String(), string(want)))
				}
			})
		}
	}
}

// firstDiff shows the first differing line of got and want.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

// The HTML page is self-contained: no script, no outside resource, and
// the notice's own text is escaped.
func TestHTMLSelfContained(t *testing.T) {
	old, _ := os.ReadFile(filepath.Join("testdata", "small.old.md"))
	new, _ := os.ReadFile(filepath.Join("testdata", "small.new.md"))
	r, err := Compare(old, new)
	if err != nil {
		t.Fatal(err)
	}
	var page, frag bytes.Buffer
	if err := WriteHTML(&page, r, "t <script>"); err != nil {
		t.Fatal(err)
	}
	if err := WriteHTMLFragment(&frag, r); err != nil {
		t.Fatal(err)
	}
	p := page.String()
	for _, bad := range []string{"<script", "src=", "href=", "@import", "url("} {
		if strings.Contains(p, bad) {
			t.Errorf("WriteHTML contains %q, want a self-contained page", bad)
		}
	}
	for _, want := range []string{"<ins>", "<del>", "<style>", "&lt;script&gt;"} {
		if !strings.Contains(p, want) {
			t.Errorf("WriteHTML lacks %q", want)
		}
	}
	if !strings.Contains(p, frag.String()) {
		t.Errorf("WriteHTML does not embed WriteHTMLFragment's output")
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text.", "plain text."},
		{"1. Who we are", "1\\. Who we are"},
		{"12) Rights", "12\\) Rights"},
		{"In 2024. Then", "In 2024. Then"},
		{"- item", "\\- item"},
		{"a *b* _c_ [d](e) <f> & #g", "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\& \\#g"},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
