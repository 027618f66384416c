package classify

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/noticeproject/notice/internal/prose"
)

// The classifier's hot paths are hand-written scans that replace simpler
// but slower code. The tests below hold each scan to the code it replaced
// (kept here as the reference) on every sentence of the labelled cases, of
// ../shared/corpus when present, and under the fuzzer.

// refDiffTokens is diffTokens as first written, with a strings.Replacer.
func refDiffTokens(canon string) []string {
	var out []string
	for _, f := range strings.Fields(strings.NewReplacer("-", " ", ",", " , ", ";", " ; ", ":", " : ", "(", " ", ")", " ", "\"", " ").Replace(canon)) {
		f = strings.Trim(f, ".!?'")
		f = strings.TrimSuffix(f, "'s")
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// refNeedles are the tests canonicalize first made before running each
// pattern of canonicalPhrases (the text had to hold one of the needles).
var refNeedles = [][]string{
	{"can"}, {"n't"}, {"n't"}, {"n't"}, {"nobody", "no-one"}, {"able"}, {"kind", "sort", "whatsoever", "other things", "limited to", "without limitation"}, {"later than"}, {"than", "maximum", "minimum"}, {"than", "minimum"},
	{" or "}, {"'ll"}, {"we shall"}, {"on the basis of"}, {" alone"}, {"'re"}, {"'ve"}, {"you will find"}, {"e-mail"}, {"by call", "by phon", "by teleph"}, {"call us", "phone us", "telephone us", "ring us"}, {"call", "phone", "ring "}, {"as stated", "as explained", "as described", "as noted", "as mentioned", "as set out", "as already", "as previously"}, {"in an effort to", "in an attempt to"}, {"opt"}, {"opt"},
	{"abilit", "able", "capacity", "option"}, {"free to"}, {"allowed to", "permitted to"}, {"free", "no c", "charge", "cost", "fee"}, {"calendar"}, {"prior", "advance", "ahead"},
	{"age", "younger"}, {"age", "older"}, {"older", "over", "above", "years old"}, {"approximate", "general ", "coarse", "rough"}, {"work out from", "worked out from", "derive", "infer", "estimate", "calculate"}, {"keep"}, {"whenever you"},
	{"european", "united", "u.s", "u.k"}, {"european"}, {"united", "u.k"}, {"united", "u.s", "the us"}, {"third"}, {"countries", "world"}, {"as well as possible", "as well as we can"}, {"as well", "addition", "plus"},
	{"no longer"}, {"law"}, {"requires us to", "require us to"}, {"requires us to", "require us to", "obliges us to", "oblige us to", "obligates us to", "obligate us to"}, {"are required to"}, {"are required by"}, {"under "}, {"nor ", "neither "}, {"know"}, {"let"}, {"informing", "telling"}, {"inform", "tell", "told"}, {"learn from", "hear from"}, {"twice"}, {"quarter"}, {"year", "annual"}, {"month"},
	{"exception"}, {"other than", "excluding", "except for", "with the exception of", "save for", "apart from"}, {" beyond", " besides", " more than"}, {"not"},
	{"must be", "need to be", "only"}, {"section", "paragraph", "clause"},
	{"above", "below", "earlier", "previously", "elsewhere in this"}, {"years old", "year old", "years of age", "year of age"},
	{"years old", "year old", "years of age", "year of age"}, {"aged "}, {"intended", "directed", "meant", "designed", "aimed", "targeted"}, {"to let us", "to allow us", "to enable us", "to permit us"},
	{"which let", "which allow", "which enable", "which permit"}, {"so we can", "in order that we can"}, {" you from ", "you do not have to"}, {"time you visit", "visit to"}, {", we "}, {"unres", "unans", "unadd", "unset", "unful", "unproc", "unver", "unconf", "unhan", "unus", "unred", "unspe", "uncla"},
	{"not apply to", "exclude"}, {"unless you"},
	{"as a whole", "in aggregate", "in the aggregate"}, {"laws of the state of", "law of the state of", "laws of the commonwealth of", "law of the commonwealth of"},
	{"law"}, {" effective"},
}

// refCanonicalize is canonicalize as first written, gated by refNeedles.
// It also checks each phrase's cheap test: the test must hold wherever its
// pattern matches.
func refCanonicalize(t *testing.T, norm string) string {
	t.Helper()
	if len(refNeedles) != len(canonicalPhrases) {
		t.Fatalf("%d reference needles for %d canonical phrases", len(refNeedles), len(canonicalPhrases))
	}
	for i, p := range canonicalPhrases {
		if !hasAny(norm, refNeedles[i]...) || p.re().FindStringIndex(norm) == nil {
			continue
		}
		if !p.may(norm) {
			t.Errorf("canonicalPhrases[%d] (%s) matches %q, but its cheap test fails", i, p.re(), norm)
		}
		norm = p.re().ReplaceAllString(norm, p.repl)
	}
	return norm
}

// refNav is the pattern navLines replaces.
var refNav = regexp.MustCompile(`^(?:back to (?:the )?top|return to top|top of page|go to top|table of contents|contents|skip to (?:main )?content|print(?: this page)?|jump to|on this page|in this (?:notice|policy)|show more|show less|read more|expand all|collapse all|view all legal agreements)$`)

// refIsAnnouncement is isAnnouncement as first written.
func refIsAnnouncement(norm string) bool {
	if len(norm) > 260 || !strings.Contains(norm, "updat") && !strings.Contains(norm, "revis") &&
		!strings.Contains(norm, "chang") && !strings.Contains(norm, "refresh") {
		return false
	}
	if !reAnnouncement().MatchString(norm) {
		return false
	}
	return !hasAny(norm, " share", " sell", " collect", " disclos", " transfer", " retain", " consent", " opt", " track")
}

// refIsDateLine is isDateLine as first written.
func refIsDateLine(norm string) bool {
	if len(norm) > 240 || !hasAny(norm, "updat", "effective", "revis", "modif", "publish", "version", "changed") || !reDateLine().MatchString(norm) {
		return false
	}
	rest := reDate().ReplaceAllString(norm, " ")
	rest = strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return ' '
		}
		return r
	}, rest)
	return len(strings.Fields(rest)) <= 10
}

// refEntity is the pattern reEntity is built to be.
const refEntity = `((?:[A-Z][\w&.'-]*,? (?:&|and|of|de|der|du|la|le )?){1,5})(Inc|Ltd|LLC|LLP|L\.P|LP|PLC|plc|GmbH|AG|B\.V|BV|N\.V|NV|S\.A|SA|SAS|SARL|S\.à r\.l|SRL|S\.r\.l|SpA|S\.p\.A|Oy|AB|A/S|ApS|K\.K|KK|Pty|Pte|Corp|Corporation|Co|Company|Limited|Incorporated|S\.L|SL|Kft|s\.r\.o|sp\. z o\.o|UG|KG|SE|ULC|Lda|Ltda|BVBA)\b\.?`

func TestEntityPattern(t *testing.T) {
	loadVocab()
	if got := reEntity().String(); got != refEntity {
		t.Errorf("reEntity = %s, want %s", got, refEntity)
	}
}

// refIsNumberWord is isNumberWord as first written.
func refIsNumberWord(w string) bool {
	if n, ok := numberWords[w]; ok {
		return n >= 0
	}
	_, ok := compoundNumber(strings.Split(w, "-"))
	return ok && strings.IndexByte(w, '-') > 0
}

// checkScans compares each hand-written scan with its reference on a
// sentence's normalised text and display text.
func checkScans(t *testing.T, norm, text string) {
	t.Helper()
	canon := canonicalize(norm)
	if want := refCanonicalize(t, norm); canon != want {
		t.Errorf("canonicalize(%q) = %q, want %q", norm, canon, want)
	}
	tg := newTrigrams(norm)
	for _, cues := range categoryCues {
		for _, cue := range cues {
			if !tg.may(cue) && strings.Contains(norm, cue) {
				t.Errorf("%q holds %q, but its trigrams say it cannot", norm, cue)
			}
		}
	}
	for _, s := range []string{norm, canon, text} {
		if got, want := diffTokens(s), refDiffTokens(s); !slices.Equal(got, want) {
			t.Errorf("diffTokens(%q) = %q, want %q", s, got, want)
		}
		if got, want := isNavLine(s), len(s) < 48 && refNav.MatchString(s); got != want {
			t.Errorf("isNavLine(%q) = %v, want %v", s, got, want)
		}
		if reEntity().MatchString(s) && !mayNameEntity(s) {
			t.Errorf("reEntity matches %q, but mayNameEntity is false", s)
		}
		if got, want := isDateLine(s), refIsDateLine(s); got != want {
			t.Errorf("isDateLine(%q) = %v, want %v", s, got, want)
		}
		if got, want := isAnnouncement(s), refIsAnnouncement(s); got != want {
			t.Errorf("isAnnouncement(%q) = %v, want %v", s, got, want)
		}
		for _, w := range strings.Fields(s) {
			if got, want := isNumberWord(w), refIsNumberWord(w); got != want {
				t.Errorf("isNumberWord(%q) = %v, want %v", w, got, want)
			}
		}
	}
}

// equivSentences lists the sentences the scans are checked on: every
// sentence of the labelled cases, and of a sample of ../shared/corpus when
// present.
func equivSentences(t *testing.T) []prose.Sentence {
	t.Helper()
	loadVocab()
	files, err := filepath.Glob(filepath.Join("testdata", "*", "*", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no labelled cases: %v", err)
	}
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.md"))
	if len(corpus) == 0 {
		t.Logf("corpus %s absent: checking the labelled cases only", corpusDir)
	}
	// Every tenth revision keeps the check to seconds.
	for i := 0; i < len(corpus); i += 10 {
		files = append(files, corpus[i])
	}
	seen := map[string]bool{}
	var out []prose.Sentence
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range prose.Parse(b).Sentences {
			if !seen[s.Text] {
				seen[s.Text] = true
				out = append(out, s)
			}
		}
	}
	return out
}

func TestScansMatchReference(t *testing.T) {
	if testing.Short() {
		t.Skip("reference check skipped in -short mode")
	}
	sents := equivSentences(t)
	for _, s := range sents {
		checkScans(t, s.Norm, s.Text)
	}
	t.Logf("%d sentences checked", len(sents))
}

func FuzzScans(f *testing.F) {
	for _, s := range []string{
		"we share it with (our) partners; \"third-party\" vendors, e.g. ads.",
		"the company's data\u00a0and\u2003users' choices: opt-out…",
		"a\u0085b\tc\vd\fe\rf", "can't, cannot or can not", "", "'s", "-", "x's.'",
		"you are unable to opt-out, and we're not able to tell; we won't inform you", "scan not_able to",
		"you have the option to opt in at no cost; we will let you know prior to sharing",
		"all or part of it, some or all, in whole or in part, portions or all thereof",
		"users under the age of 13 or older than 16, aged 18 or more years old; not less than a minimum of 3",
		"the u.s. and the united kingdom, the european economic area, third parties elsewhere in the world",
		"lets us, as well as plus, no longer, every year, monthly, other than, not sell any",
		"back to the top", "print this page", "in this policy", "we have recently updated our privacy policy",
		"thirty-five-day twenty-one forty-five six-month one-off", "we've made some changes to this notice",
		"last updated: 1 may 2024", "effective as of january 1, 2020", "this privacy notice was last revised 2021-03-04",
		"Acme Holdings, Inc. and Smith &Co, Example ofCorp, Foo deSA, Bar S.à r.l, Baz sp. z o.o", "Zed Company",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		loadVocab()
		checkScans(t, s, s)
	})
}

// TestLowercaseMatchesReference holds context.lowercase, which reads the
// revisions for the asked words alone, to the set of every lowercase word
// of both revisions, for every word of the labelled cases.
func TestLowercaseMatchesReference(t *testing.T) {
	loadVocab()
	for _, c := range loadCases(t) {
		os, ns := sentencesOf(prose.Parse(c.old), 0), sentencesOf(prose.Parse(c.new), 1)
		ctx := &context{olds: os, news: ns, asked: askedNames(align(os, ns))}
		all := map[string]bool{}
		var words []string
		for _, s := range append(append([]*sentence{}, os...), ns...) {
			lowercaseWords(all, nil, s.text)
			for w := range strings.FieldsSeq(s.text) {
				words = append(words, strings.ToLower(strings.Trim(w, ".,;:!?()[]\"'“”‘’*_")))
			}
		}
		for _, w := range words {
			if got, want := ctx.lowercase(w), all[w]; got != want {
				t.Errorf("%s: lowercase(%q) = %v, want %v", c.name, w, got, want)
			}
		}
	}
}

// refNewIndex is newIndex as first written, a map look-up per word.
func refNewIndex(ss []*sentence, need map[string]bool) *index {
	ix := &index{sents: ss, post: map[string][]int{}}
	for i, s := range ss {
		for _, w := range strings.Split(s.key, " ") {
			if w == "" || !need[w] {
				continue
			}
			p := ix.post[w]
			if len(p) > 0 && p[len(p)-1] == i {
				continue
			}
			ix.post[w] = append(p, i)
		}
	}
	return ix
}

// refBest is index.best as first written, counting in a map.
func refBest(ix *index, content []string) (*sentence, float64) {
	counts := map[int]int{}
	for _, st := range content {
		p := ix.post[st]
		if len(p) > 200 {
			continue
		}
		for _, i := range p {
			counts[i]++
		}
	}
	var best *sentence
	bestScore := 0.0
	for i, n := range counts {
		s := ix.sents[i]
		score := float64(n) / float64(len(content))
		if score > bestScore || score == bestScore && best != nil && s.order < best.order {
			best, bestScore = s, score
		}
	}
	return best, bestScore
}

// TestIndexMatchesReference holds the restatement index and its look-ups
// to the reference code on the labelled cases, with the words of every
// other sentence needed, as in a notice rewritten throughout.
func TestIndexMatchesReference(t *testing.T) {
	loadVocab()
	for _, c := range loadCases(t) {
		os, ns := sentencesOf(prose.Parse(c.old), 0), sentencesOf(prose.Parse(c.new), 1)
		need := map[string]bool{}
		for i, x := range append(append([]*sentence{}, os...), ns...) {
			if i%2 == 0 {
				for _, w := range keyWords(x.key) {
					need[w] = true
				}
			}
		}
		for _, pair := range [][2][]*sentence{{os, ns}, {ns, os}} {
			ix, ref := newIndex(pair[0], need), refNewIndex(pair[0], need)
			if len(ix.post) != len(ref.post) {
				t.Errorf("%s: index holds %d words, want %d", c.name, len(ix.post), len(ref.post))
			}
			for w, p := range ref.post {
				if !slices.Equal(ix.post[w], p) {
					t.Errorf("%s: index of %q = %v, want %v", c.name, w, ix.post[w], p)
				}
			}
			for _, x := range pair[1] {
				content := keyWords(x.key)
				got, gotShare := ix.best(content, nil)
				want, wantShare := refBest(ref, content)
				if got != want || gotShare != wantShare {
					t.Errorf("%s: best(%q) = %v, %v; want %v, %v", c.name, content, got, gotShare, want, wantShare)
				}
			}
		}
	}
}

// TestCategorizeWithSides holds categorize given the sides judge already
// built to categorize building them itself, on the modified units of the
// labelled cases.
func TestCategorizeWithSides(t *testing.T) {
	loadVocab()
	units := 0
	for _, c := range loadCases(t) {
		for _, u := range align(sentencesOf(prose.Parse(c.old), 0), sentencesOf(prose.Parse(c.new), 1)) {
			if len(u.old) == 0 || len(u.new) == 0 {
				continue
			}
			units++
			mo, mn := newSide(u.old), newSide(u.new)
			kw := changedLoose(mo, mn)
			got, want := categorize(u, mo, mn, kw, nil), categorize(u, nil, nil, kw, nil)
			if !slices.Equal(got, want) {
				t.Errorf("%s: categorize with sides = %q, without = %q", c.name, got, want)
			}
		}
	}
	if units == 0 {
		t.Error("no modified units to check")
	}
}

// countWord counts the whole-word uses of w in s.
func countWord(s, w string) int {
	n := 0
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return n
		}
		k += i
		if (k == 0 || !isAlnum(s[k-1])) && (k+len(w) >= len(s) || !isAlnum(s[k+len(w)])) {
			n++
		}
		i = k + 1
	}
}

// refDefinedTerms is definedTerms as first written: a quoted name is a
// term when the whole text, joined with newlines, holds more of its
// whole-word uses than the quoting sentence does.
func refDefinedTerms(ss []*sentence) map[string]*sentence {
	out := map[string]*sentence{}
	twice := map[string]bool{}
	for _, s := range ss {
		for _, m := range reDefinedTerm().FindAllStringSubmatch(s.norm, -1) {
			if _, ok := out[m[1]]; ok {
				twice[m[1]] = true
			}
			out[m[1]] = s
		}
	}
	quoted := map[string]*sentence{}
	for _, s := range ss {
		for _, m := range reQuotedTerm().FindAllStringSubmatch(s.norm, -1) {
			if _, ok := out[m[1]]; ok {
				continue
			}
			if _, ok := quoted[m[1]]; ok {
				twice[m[1]] = true
			}
			quoted[m[1]] = s
		}
	}
	norms := make([]string, len(ss))
	for i, x := range ss {
		norms[i] = x.norm
	}
	all := strings.Join(norms, "\n")
	for t, s := range quoted {
		if countWord(all, t) > countWord(s.norm, t) {
			out[t] = s
		}
	}
	for t := range twice {
		delete(out, t)
	}
	return out
}

// TestDefinedTermsMatchReference holds definedTerms to refDefinedTerms on
// every labelled revision and every tenth corpus revision.
func TestDefinedTermsMatchReference(t *testing.T) {
	if testing.Short() {
		t.Skip("reference check skipped in -short mode")
	}
	loadVocab()
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*", "*.md"))
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.md"))
	for i := 0; i < len(corpus); i += 10 {
		files = append(files, corpus[i])
	}
	seen := map[string]bool{}
	terms := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if seen[string(b)] {
			continue
		}
		seen[string(b)] = true
		ss := sentencesOf(prose.Parse(b), 0)
		got, want := definedTerms(ss), refDefinedTerms(ss)
		terms += len(want)
		if len(got) != len(want) {
			t.Errorf("%s: %d terms, want %d", f, len(got), len(want))
		}
		for term, s := range want {
			if got[term] != s {
				t.Errorf("%s: term %q defined by %v, want %q", f, term, got[term], s.text)
			}
		}
	}
	if terms == 0 {
		t.Fatal("no defined terms in the revisions checked")
	}
	t.Logf("%d revisions, %d terms checked", len(seen), terms)
}
