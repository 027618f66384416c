package prose

import (
	"html"
	"reflect"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"We collect data. We share it.", []string{"We collect data.", "We share it."}},
		{"We collect data, e.g. your name. We share it.", []string{"We collect data, e.g. your name.", "We share it."}},
		{"Use i.e. this. Then that!", []string{"Use i.e. this.", "Then that!"}},
		{"Example, Inc. We are here.", []string{"Example, Inc. We are here."}},
		{"Data stays in the U.S. and Canada.", []string{"Data stays in the U.S. and Canada."}},
		{"Version 1.5 is out. Next.", []string{"Version 1.5 is out.", "Next."}},
		{"See No. 5 in the list. Done.", []string{"See No. 5 in the list.", "Done."}},
		{"We said no. Then we left.", []string{"We said no.", "Then we left."}},
		{"Keep it; delete it later", []string{"Keep it;", "delete it later"}},
		{"send news; and", []string{"send news; and"}},
		{"Is it? Yes.", []string{"Is it?", "Yes."}},
		{`He said "stop." Then left.`, []string{`He said "stop."`, "Then left."}},
		{"Visit example.com. Thanks.", []string{"Visit example.com.", "Thanks."}},
		{"1. Who we are", []string{"1. Who we are"}},
		{"Contact J. Smith today.", []string{"Contact J. Smith today."}},
		{"", nil},
		{"   ", nil},
	}
	for _, tt := range tests {
		if got := SplitSentences(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SplitSentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"We  **do not** sell\u00a0data.", "we do not sell data"},
		{"“Cookies” — and ‘tags’", `"cookies" - and 'tags'`},
		{"_emphasis_ and snake_case", "emphasis and snake_case"},
		{"Data , and more .", "data, and more"},
		{"See https://Example.com/Privacy/?utm_source=x&id=3&fbclid=y.", "see example.com/privacy?id=3"},
		{"See https://www.example.com/privacy/", "see example.com/privacy"},
		{"zero\u200bwidth", "zerowidth"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"http://www.example.com/a/?utm_medium=email&gclid=1", "https://example.com/a"},
		{"https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"},
		{"mailto:privacy@example.com", "mailto:privacy@example.com"},
	}
	for _, tt := range tests {
		if got := NormalizeURL(tt.in); got != tt.want {
			t.Errorf("NormalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

type blk struct {
	Kind    BlockKind
	Level   int
	Section string
	Text    string
	Line    int
}

func blocks(d *Document) []blk {
	var out []blk
	for _, b := range d.Blocks {
		out = append(out, blk{b.Kind, b.Level, SectionPath(b.Section), b.Text, b.Line})
	}
	return out
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []blk
	}{
		{"atx and setext", "# Title #\r\n\r\nIntro\r\n\r\nUse\r\n===\r\n\r\nRetention\r\n---------\r\n\r\nKept **one** year.\r\n",
			[]blk{
				{Heading, 1, "", "Title", 1},
				{Paragraph, 0, "Title", "Intro", 3},
				{Heading, 1, "", "Use", 5},
				{Heading, 2, "Use", "Retention", 8},
				{Paragraph, 0, "Use › Retention", "Kept one year.", 11},
			}},
		{"lists", "## Data\n* name\n- email,\n  wrapped\n  1. nested\n+ phone\n\n2) two\n",
			[]blk{
				{Heading, 2, "", "Data", 1},
				{ListItem, 1, "Data", "name", 2},
				{ListItem, 1, "Data", "email, wrapped", 3},
				{ListItem, 2, "Data", "nested", 5},
				{ListItem, 1, "Data", "phone", 6},
				{ListItem, 1, "Data", "two", 8},
			}},
		{"wrapped paragraph and hard breaks", "We collect\nyour name\u00a0and [email](https://example.com/x?utm_source=a).\n\nExample Inc.  \n1 Main St\n",
			[]blk{
				{Paragraph, 0, "", "We collect your name and email.", 1},
				{Paragraph, 0, "", "Example Inc.", 4},
				{Paragraph, 0, "", "1 Main St", 5},
			}},
		{"table", "| Data | Kept |\n|---|:--:|\n| Logs | 90 days |\n\nAfter\n",
			[]blk{
				{TableRow, 0, "", "Data, Kept", 1},
				{TableRow, 0, "", "Logs, 90 days", 3},
				{Paragraph, 0, "", "After", 5},
			}},
		{"code and rule", "```\n# not a heading\n```\n\n***\n\n> quoted _text_\n",
			[]blk{
				{Code, 0, "", "# not a heading", 1},
				{Rule, 0, "", "", 5},
				{Paragraph, 0, "", "quoted text", 7},
			}},
		{"list in a block quote", "> **In short**\n>\n> - no sale\n> - **opt out** any time\n",
			[]blk{
				{Paragraph, 0, "", "In short", 1},
				{ListItem, 1, "", "no sale", 3},
				{ListItem, 1, "", "opt out any time", 4},
			}},
		{"ordered number in paragraph", "The year\n2024. was good\n", []blk{{Paragraph, 0, "", "The year 2024. was good", 1}}},
		{"numbered setext headings", "Notice\n======\n\n1. Scope\n--------\n\nText.\n\n2) Use\n===\n- item\n---\n",
			[]blk{
				{Heading, 1, "", "Notice", 1},
				{Heading, 2, "Notice", "1. Scope", 4},
				{Paragraph, 0, "Notice › 1. Scope", "Text.", 7},
				{Heading, 1, "", "2) Use", 9},
				{ListItem, 1, "2) Use", "item", 11},
				{Rule, 0, "2) Use", "", 12},
			}},
		{"escapes and images", `Price \*not\* ![logo](x.png) <b>bold</b> <https://example.org>`,
			[]blk{{Paragraph, 0, "", "Price *not* logo bold https://example.org", 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := blocks(Parse([]byte(tt.in)))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) =\n%v\nwant\n%v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseLinks(t *testing.T) {
	d := Parse([]byte("Read [our **terms**](https://example.com/terms \"Terms\") and [that][ref]."))
	want := []Link{{Text: "our terms", URL: "https://example.com/terms"}}
	if len(d.Blocks) != 1 || !reflect.DeepEqual(d.Blocks[0].Links, want) {
		t.Fatalf("Parse links = %+v, want %+v", d.Blocks, want)
	}
	if got := d.Blocks[0].Text; got != "Read our terms and that." {
		t.Errorf("Parse text = %q", got)
	}
}

// Reference-style links read as the inline links they stand for, and their
// definitions are no text; a line like one inside a paragraph stays text.
func TestParseReferenceLinks(t *testing.T) {
	inline := Parse([]byte("Read [our terms](https://example.com/terms) and [the FAQ](https://example.com/faq).\n\nSee [Help](https://example.com/help).\n"))
	ref := Parse([]byte("Read [our terms][1] and [the FAQ][].\n\nSee [Help][help].\n\n[1]: https://example.com/terms\n[the faq]: <https://example.com/faq> \"FAQ\"\n  [HELP]: https://example.com/help\n"))
	if len(ref.Blocks) != len(inline.Blocks) {
		t.Fatalf("reference links: %d blocks, want %d: %+v", len(ref.Blocks), len(inline.Blocks), ref.Blocks)
	}
	for i := range inline.Blocks {
		if ref.Blocks[i].Text != inline.Blocks[i].Text || !reflect.DeepEqual(ref.Blocks[i].Links, inline.Blocks[i].Links) {
			t.Errorf("block %d: %q %+v, want %q %+v", i, ref.Blocks[i].Text, ref.Blocks[i].Links, inline.Blocks[i].Text, inline.Blocks[i].Links)
		}
	}
	d := Parse([]byte("We keep data\n[1]: for a year\n"))
	if len(d.Blocks) != 1 || d.Blocks[0].Text != "We keep data [1]: for a year" {
		t.Errorf("a definition-like line inside a paragraph: %+v", d.Blocks)
	}
}

func TestParseSentences(t *testing.T) {
	d := Parse([]byte("# A\n\n## B\n\nOne. Two;\nthree.\n"))
	var got []string
	for _, s := range d.Sentences {
		got = append(got, SectionPath(s.Section)+"|"+s.Norm)
	}
	want := []string{"|a", "A|b", "A › B|one", "A › B|two", "A › B|three"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse sentences = %q, want %q", got, want)
	}
}

func TestParseInvalid(t *testing.T) {
	for _, in := range []string{"", "\xff\xfe\x00", strings.Repeat("[", 10000), strings.Repeat("<a", 5000), "\uFEFF# x"} {
		d := Parse([]byte(in))
		for _, b := range d.Blocks {
			if strings.ContainsRune(b.Text, '\uFEFF') {
				t.Errorf("Parse(%q) kept a byte-order mark", in)
			}
		}
	}
}

// pathologicalRuns are inputs that made inline scanning quadratic: runs of
// link, image, comment and tag openers with nothing to close them.
var pathologicalRuns = []string{"[", "![", "<!--", "<", "<a", "[a](", "[a][", "](", "-->", "<http://"}

// TestInlineLinear checks that stripping inline Markdown from 200 KB of
// each pathological run does work linear in its size.
func TestInlineLinear(t *testing.T) {
	const size = 200 << 10
	for _, r := range pathologicalRuns {
		s := strings.Repeat(r, size/len(r))
		_, _, steps := stripInlineSteps(s, nil)
		if steps > 8*len(s) {
			t.Errorf("stripping %d bytes of %q took %d steps, want at most %d", len(s), r, steps, 8*len(s))
		}
	}
	// The counter must see real work: a link is still read as a link.
	text, links, steps := stripInlineSteps("see [our policy](https://example.com/p) and <https://example.org>", nil)
	if text != "see our policy and https://example.org" || len(links) != 2 || steps == 0 {
		t.Errorf("stripInlineSteps = %q, %v, %d", text, links, steps)
	}
}

// TestUnescape checks that unescape, which skips text whose ampersands
// start no character reference, reads every text as html.UnescapeString
// does.
func TestUnescape(t *testing.T) {
	for _, in := range []string{
		"", "no ampersand", "Terms & Conditions", "a &", "&", "&&", "& &", "&;", "&1", "&1amp;", "&-x",
		"AT&T", "&amp;", "&amp", "&AMP;", "&lt;b&gt;", "a & b &amp; c", "a & b&#39;s", "&#39;", "&#x27;",
		"&#", "&#;", "&#xZZ;", "&notit;", "&nbsp;x", "& &nbsp;", "&&lt;", "5 &12; 6 & 7",
	} {
		if got, want := unescape(in), html.UnescapeString(in); got != want {
			t.Errorf("unescape(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParseSentencesNilWhenNone keeps Document.Sentences nil for a notice
// with no sentence, as it was before Parse sized the slice ahead.
func TestParseSentencesNilWhenNone(t *testing.T) {
	for _, src := range []string{"", "---\n", "```\ncode only\n```\n"} {
		if d := Parse([]byte(src)); d.Sentences != nil {
			t.Errorf("Parse(%q).Sentences = %#v, want nil", src, d.Sentences)
		}
	}
	if d := Parse([]byte("We keep it. We share it.\n\nWe sell it.\n")); len(d.Sentences) != 3 {
		t.Errorf("Parse found %d sentences, want 3", len(d.Sentences))
	}
}
