package diff

import (
	"reflect"
	"strings"
	"testing"
)

func texts(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", []string{}},
		{"We share data.", []string{"We", " ", "share", " ", "data", "."}},
		{"don't e-mail us", []string{"don't", " ", "e-mail", " ", "us"}},
		{"we don’t", []string{"we", " ", "don’t"}},
		{"within 3.5 days", []string{"within", " ", "3.5", " ", "days"}},
		{"at privacy@example.com.", []string{"at", " ", "privacy@example.com", "."}},
		{"see example.org/privacy?", []string{"see", " ", "example.org/privacy", "?"}},
		{"“quoted” — dash", []string{"“", "quoted", "”", " ", "—", " ", "dash"}},
		{"a\u00a0b  \tc", []string{"a", "\u00a0", "b", "  \t", "c"}},
		{"trailing- hyphen", []string{"trailing", "-", " ", "hyphen"}},
		{"(30 days)", []string{"(", "30", " ", "days", ")"}},
		{"naïve café", []string{"naïve", " ", "café"}},
		{"\xff\xfe", []string{"\xff", "\xfe"}},
	}
	for _, tt := range tests {
		got := texts(tokenize(tt.in))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if j := strings.Join(got, ""); j != tt.in {
			t.Errorf("tokenize(%q) joins to %q", tt.in, j)
		}
	}
}

func TestTokenKey(t *testing.T) {
	same := [][2]string{
		{"don’t", "don't"},
		{"“", "\""},
		{"—", "-"},
		{"\u00a0", " "},
		{"  \n", " "},
		{"Personal", "personal"},
	}
	for _, p := range same {
		a, b := tokenize(p[0]), tokenize(p[1])
		if len(a) != 1 || len(b) != 1 || tokenKey(a[0]) != tokenKey(b[0]) {
			t.Errorf("tokenKey(%q) != tokenKey(%q), want equal", p[0], p[1])
		}
	}
	differ := [][2]string{{"may", "will"}, {".", ","}, {"30", "60"}, {"email", "e-mail"}}
	for _, p := range differ {
		if tokenKey(tokenize(p[0])[0]) == tokenKey(tokenize(p[1])[0]) {
			t.Errorf("tokenKey(%q) == tokenKey(%q), want different", p[0], p[1])
		}
	}
}

func TestWordDiff(t *testing.T) {
	tests := []struct {
		before, after string
		want          []Op
	}{
		{"We may share data.", "We will share data.",
			[]Op{{Equal, "We "}, {Delete, "may"}, {Insert, "will"}, {Equal, " share data."}}},
		{"the cat sat", "a dog sat",
			[]Op{{Delete, "the cat"}, {Insert, "a dog"}, {Equal, " sat"}}},
		{"We keep it for 30 days.", "We keep it for 90 days.",
			[]Op{{Equal, "We keep it for "}, {Delete, "30"}, {Insert, "90"}, {Equal, " days."}}},
		{"We do not sell data.", "We sell data.",
			[]Op{{Equal, "We"}, {Delete, " do not"}, {Equal, " sell data."}}},
		// Typography and spacing are not changes: the new text is shown.
		{"We don't “sell” data — ever.", "We don’t \"sell\"  data - ever.",
			[]Op{{Equal, "We don’t \"sell\"  data - ever."}}},
		{"partners, affiliates", "partners, affiliates, and advertisers",
			[]Op{{Equal, "partners, affiliates"}, {Insert, ", and advertisers"}}},
		{"", "new text", []Op{{Insert, "new text"}}},
	}
	for _, tt := range tests {
		got := wordDiff(tt.before, tt.after)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("wordDiff(%q, %q) = %q, want %q", tt.before, tt.after, got, tt.want)
		}
	}
}

// A one-word change deep inside a long sentence stays a one-word change:
// go-diff is never given a deadline after which it would replace the
// whole sentence.
func TestWordDiffLongSentence(t *testing.T) {
	words := strings.Repeat("we collect personal information about you and ", 400)
	before := words + "we never sell it."
	after := words + "we sometimes sell it."
	got := wordDiff(before, after)
	want := []Op{{Equal, words + "we "}, {Delete, "never"}, {Insert, "sometimes"}, {Equal, " sell it."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("wordDiff(long) = %d ops %.200q, want the one word", len(got), got)
	}
}

func TestIndexRune(t *testing.T) {
	for _, n := range []int{0, 1, 0xd800 - 0x100 - 1, 0xd800 - 0x100, 0xd800, 70000} {
		r := indexRune(n)
		if r >= 0xd800 && r <= 0xdfff {
			t.Errorf("indexRune(%d) = %U, a surrogate", n, r)
		}
		if string(r) == "\uFFFD" {
			t.Errorf("indexRune(%d) = %U, not a valid rune", n, r)
		}
	}
}

func TestCountWords(t *testing.T) {
	for _, s := range []string{"", "We don't e-mail. ", "a.b. c-", "“x” — y…", " 3.5 days, at a@example.com."} {
		want := 0
		for _, tok := range tokenize(s) {
			if tok.kind != tokSpace {
				want++
			}
		}
		if got := countWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestGlue(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"We share data.", []string{"We", " share", " data", "."}},
		{"  lead and trail  ", []string{"  lead", " and", " trail  "}},
		{"   ", []string{"   "}},
		{"", []string{}},
	}
	for _, tt := range tests {
		got := texts(glue(tt.in, tokenize(tt.in)))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("glue(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
