package diff

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name          string
		before, after string
		want          []Op
		text, html    string
	}{
		{"one word changed", "We keep order records for two years.", "We keep order records for five years.",
			[]Op{{Equal, "We keep order records for "}, {Delete, "two"}, {Insert, "five"}, {Equal, " years."}},
			"We keep order records for [-two-]{+five+} years.",
			"We keep order records for <del>two</del><ins>five</ins> years."},
		{"insertion only", "We share your data.", "We share your data with partners.",
			[]Op{{Equal, "We share your data"}, {Insert, " with partners"}, {Equal, "."}},
			"We share your data{+ with partners+}.",
			"We share your data<ins> with partners</ins>."},
		{"deletion only", "We never sell your data to anyone.", "We never sell your data.",
			[]Op{{Equal, "We never sell your data"}, {Delete, " to anyone"}, {Equal, "."}},
			"We never sell your data[- to anyone-].",
			"We never sell your data<del> to anyone</del>."},
		{"identical", "We keep logs.", "We keep logs.",
			[]Op{{Equal, "We keep logs."}},
			"We keep logs.", "We keep logs."},
		{"typography only", "It's \"ours\".", "It’s “ours”.",
			[]Op{{Equal, "It’s “ours”."}},
			"It’s “ours”.", "It’s “ours”."},
		{"empty before", "", "We use cookies.",
			[]Op{{Insert, "We use cookies."}},
			"{+We use cookies.+}", "<ins>We use cookies.</ins>"},
		{"empty after", "We use cookies.", "",
			[]Op{{Delete, "We use cookies."}},
			"[-We use cookies.-]", "<del>We use cookies.</del>"},
		{"both empty", "", "", nil, "", ""},
		{"HTML escaping", "Run <b>this</b>.", `Run <script>alert("x")</script> & more.`,
			nil, "",
			`Run &lt;<del>b&gt;this&lt;/b&gt;</del><ins>script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; more</ins>.`},
		{"two lines", "First block.\nSecond block.", "First block.\nSecond block, changed.",
			nil, "First block.\nSecond block{+, changed+}.", "First block.<br>\nSecond block<ins>, changed</ins>."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Words(tt.before, tt.after)
			if tt.want != nil && !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Words(%q, %q) = %q, want %q", tt.before, tt.after, got, tt.want)
			}
			if tt.text != "" || tt.want == nil && tt.before == "" && tt.after == "" {
				if s := Redline(got); s != tt.text {
					t.Errorf("Redline(Words(%q, %q)) = %q, want %q", tt.before, tt.after, s, tt.text)
				}
			}
			if s := RedlineHTML(got, "", ""); s != tt.html {
				t.Errorf("RedlineHTML(Words(%q, %q)) = %q, want %q", tt.before, tt.after, s, tt.html)
			}
			// The steps must give both sentences back (equal text as
			// the new revision writes it).
			var before, after strings.Builder
			for _, op := range got {
				if op.Kind != Insert {
					before.WriteString(op.Text)
				}
				if op.Kind != Delete {
					after.WriteString(op.Text)
				}
			}
			if after.String() != tt.after {
				t.Errorf("Words(%q, %q) rebuilds after as %q", tt.before, tt.after, after.String())
			}
			if tt.name != "typography only" && before.String() != tt.before {
				t.Errorf("Words(%q, %q) rebuilds before as %q", tt.before, tt.after, before.String())
			}
		})
	}
}

func TestRedlineHTMLStyles(t *testing.T) {
	ops := Words("a b c", "a x c")
	got := RedlineHTML(ops, `color:#a00"><script>`, "color:#060")
	want := `a <del style="color:#a00&#34;&gt;&lt;script&gt;">b</del><ins style="color:#060">x</ins> c`
	if got != want {
		t.Errorf("RedlineHTML(%q) = %q, want %q", ops, got, want)
	}
}

func TestExcerpt(t *testing.T) {
	const long = "When you create an account with us we collect your name, your email address and your postal address " +
		"and we keep them for two years after you close the account, unless the law requires us to keep them longer."
	tests := []struct {
		name          string
		before, after string
		context       int
		want          string
	}{
		{"short sentence untouched", "We keep order records for two years.", "We keep order records for five years.", 4,
			"We keep order records for [-two-]{+five+} years."},
		{"long sentence trimmed on both sides", long, strings.Replace(long, "two years", "ten years", 1), 4,
			"… we keep them for [-two-]{+ten+} years after you close …"},
		{"change at the start", long, strings.Replace(long, "When you create", "Once you open", 1), 3,
			"[-When you create-]{+Once you open+} an account with …"},
		{"change at the end", long, strings.Replace(long, "keep them longer.", "keep them for longer.", 1), 3,
			"… to keep them{+ for+} longer."},
		{"two distant changes", long, strings.Replace(strings.Replace(long, "When you", "If you", 1), "two years", "ten years", 1), 3,
			"[-When-]{+If+} you create an … keep them for [-two-]{+ten+} years after you …"},
		{"punctuation kept with the cut", "We collect your name, and that is all we ask for today, nothing else at all this year.",
			"We collect your name, and that is all we ask for now, nothing else at all this year.", 2,
			"… ask for [-today-]{+now+}, nothing else …"},
		{"identical", long, long, 3, long},
		{"added sentence whole", "", long, 3, "{+" + long + "+}"},
		{"removed sentence whole", long, "", 3, "[-" + long + "-]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ops := Words(tt.before, tt.after)
			got := Redline(Excerpt(ops, tt.context))
			if got != tt.want {
				t.Errorf("Redline(Excerpt(Words(%q, %q), %d)) =\n%q, want\n%q", tt.before, tt.after, tt.context, got, tt.want)
			}
		})
	}
}

func TestExcerptLeavesInputAlone(t *testing.T) {
	ops := Words("one two three four five six seven eight", "one two three four five six seven nine")
	orig := append([]Op(nil), ops...)
	Excerpt(ops, 1)
	if !reflect.DeepEqual(ops, orig) {
		t.Errorf("Excerpt changed its input: %q, was %q", ops, orig)
	}
}

// FuzzWords checks that any pair of sentences gives steps that rebuild the
// new sentence, and that excerpts and renderings of them never fail.
func FuzzWords(f *testing.F) {
	f.Add("We keep order records for two years.", "We keep order records for five years.", 2)
	f.Add("", "a <b> & c", 0)
	f.Add("a\n\nb, c. d", "a\nb; c", 1)
	f.Fuzz(func(t *testing.T, before, after string, context int) {
		if !utf8.ValidString(before) || !utf8.ValidString(after) || context < 0 || context > 50 {
			return
		}
		ops := Words(before, after)
		var rebuilt strings.Builder
		for _, op := range ops {
			if op.Kind != Delete {
				rebuilt.WriteString(op.Text)
			}
		}
		if rebuilt.String() != after {
			t.Fatalf("Words(%q, %q) rebuilds after as %q", before, after, rebuilt.String())
		}
		ex := Excerpt(ops, context)
		h := RedlineHTML(ex, "", "")
		if strings.Count(h, "<del>") != strings.Count(h, "</del>") || strings.Count(h, "<ins>") != strings.Count(h, "</ins>") {
			t.Fatalf("RedlineHTML(Excerpt(Words(%q, %q), %d)) = %q: unbalanced tags", before, after, context, h)
		}
		_ = Redline(ex)
	})
}
