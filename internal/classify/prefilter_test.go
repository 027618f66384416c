package classify

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// hedgePhrases are phrases reHedge or reNoneElse match, each alternative
// of the patterns at least once.
var hedgePhrases = []string{
	"normally", "usually", "generally", "typically", "ordinarily", "mostly", "largely", "mainly", "primarily",
	"predominantly", "customarily", "habitually", "as a rule", "as a general rule", "in most cases",
	"in many instances", "in the majority of circumstances", "in nearly all situations", "in almost all cases",
	"in general", "in principle", "for the most part", "by and large", "where possible", "where practicable",
	"where feasible", "as far as possible", "as far as practicable", "as far as we can", "wherever possible",
	"wherever practicable", "nobody else", "no one else", "no-one else", "nothing else", "nowhere else",
	"no other one", "no other party", "no other parties", "no other person", "no other people",
	"no other recipient", "no other recipients", "no other purpose", "no other purposes", "no other company",
	"no other companies", "no other organisation", "no other organizations",
}

// joinedHedges counts as newSide once did: the patterns run on the
// sentences joined by spaces.
func joinedHedges(canons []string) (hedges, noneElse, noneElseNo int) {
	joined := strings.Join(canons, " ")
	hedges = len(reHedge().FindAllStringIndex(joined, -1))
	for _, m := range reNoneElse().FindAllString(joined, -1) {
		noneElse++
		if strings.HasPrefix(m, "no ") || strings.HasPrefix(m, "nothing") {
			noneElseNo++
		}
	}
	return hedges, noneElse, noneElseNo
}

func checkHedgesOf(t *testing.T, canons []string) {
	t.Helper()
	sents := make([]*sentence, len(canons))
	feats := make([]*sentenceFeatures, len(canons))
	for i, c := range canons {
		sents[i] = &sentence{text: c, canon: c}
		feats[i] = sents[i].features()
	}
	h, n, no := hedgesOf(sents, feats)
	wh, wn, wno := joinedHedges(canons)
	if h != wh || n != wn || no != wno {
		t.Errorf("hedgesOf(%q) = %d, %d, %d; joined text gives %d, %d, %d", canons, h, n, no, wh, wn, wno)
	}
}

func TestHedgesOfSplitPhrases(t *testing.T) {
	loadVocab()
	for _, p := range hedgePhrases {
		if h, n := mayHedge("we share it " + p + ", and only then"); !h && !n {
			t.Errorf("mayHedge misses %q", p)
		}
		text := "we share your data " + p + " with our partners"
		checkHedgesOf(t, []string{text})
		// Split the phrase's sentence at each space, as two sentences of
		// a side would meet.
		for i := 0; i < len(text); i++ {
			if text[i] == ' ' {
				checkHedgesOf(t, []string{"we do not sell it.", text[:i], text[i+1:], "you can ask us"})
			}
		}
	}
}

func TestHedgesOfRandomSides(t *testing.T) {
	loadVocab()
	pool := []string{
		"we keep it for the most", "part of the year", "we do it as a", "rule", "general", "we share it with no",
		"one else", "other", "parties", "we never sell it.", "in most", "cases we reply", "in", "where", "possible",
		"as far as we", "can, we help", "nobody", "else", "we use it by and", "large", "normally we", "",
		"(usually)", "we may share it, in general", "2 cases", "no other people", "other purposes apply",
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		canons := make([]string, 1+r.IntN(6))
		for i := range canons {
			canons[i] = pool[r.IntN(len(pool))]
		}
		checkHedgesOf(t, canons)
	}
}

// TestPrefiltersHoldEveryMatch checks that each cheap test put before a
// pattern passes every text the pattern matches, on texts made to match
// each alternative of the pattern.
func TestPrefiltersHoldEveryMatch(t *testing.T) {
	loadVocab()
	contains := func(needles ...string) func(string) bool {
		return func(s string) bool { return hasAny(s, needles...) }
	}
	tests := []struct {
		name  string
		re    func() *regexp.Regexp
		may   func(string) bool
		texts []string
	}{
		{"reEnumeration", reEnumeration, mayBeEnumerated, []string{
			"1. we collect", "12) we share", "(3) it", "1.2.3. data", "16.1. in the course of", "3.1 information",
			"(a) we collect", "a) we", "b. data", "(iv) we share", "iv. we share", "xvi) it", "(ab) it", "1.\tit",
			"i.e. we keep", "30 days after", "e.g. logs", "(a)we", "1.", "a.b. c", "we 1. it", "(1)", "10.5.2\tthe"}},
		{"reCrossRef", reCrossRef, mayCrossRef, []string{
			"section 5 explains how we use it", "see section 7", "for details, see section 7.",
			"please read paragraph 3.2 above", "refer to clause 4 below", "part 2 describes it",
			"for more information about cookies, please see section 9", "see part 12.1.", "section five explains"}},
		{"reIncludes", reIncludes, contains("includ", "cover"), []string{
			"which includes your name", "and that also covers logs", "including your email address.",
			"but they include cookies", "it covers apps", "this include x", "we include it"}},
		{"reOwnNotice", reOwnNotice, contains(" own ", "covered by", "governed by"), []string{
			"the app has its own privacy notice", "services with their own statements", "under a own policy",
			"it is covered by a separate notice", "governed by their own privacy policy",
			"covered by another cookie policy", "we own it"}},
		{"reKeepSafe", reKeepSafe, contains("keep"), []string{"keeping your data safe", "we keep it very secure",
			"keeps all of it safe", "safe keeping"}},
		{"reLawEnforcement", reLawEnforcement, contains("enforcement"), []string{"law enforcement", "law-enforcement agencies", "lawenforcement"}},
		{"reAgeGroup", reAgeGroup, contains("age "), []string{"your age group", "age ranges", "age bands", "age brackets", "page group"}},
		{"reScopeStatement", reScopeStatement, contains("explains", "describes", "sets out", "covers", "applies", "not apply"), []string{
			"this privacy notice explains", "this policy describes", "this statement sets out", "this notice covers",
			"this policy applies", "the notice applies to", "this statement does not apply to", "our policy does not apply to x"}},
	}
	for _, tt := range tests {
		matched := 0
		for _, s := range tt.texts {
			if tt.re().MatchString(s) {
				matched++
				if !tt.may(s) {
					t.Errorf("%s matches %q, but its cheap test does not pass it", tt.name, s)
				}
			}
		}
		if matched == 0 {
			t.Errorf("%s matches none of its test texts", tt.name)
		}
	}
}

// TestDigitPrefilters checks the cheap tests numbersIn and isContactLine
// put before the patterns of numbers: mayPhone passes exactly the texts
// rePhone matches, and the others pass every text their patterns match,
// on hand-made texts and random mixes of digits, letters and separators.
func TestDigitPrefilters(t *testing.T) {
	loadVocab()
	digits := func(s string) bool { return strings.ContainsAny(s, "0123456789") }
	checks := []struct {
		name string
		re   func() *regexp.Regexp
		may  func(string) bool
	}{
		{"reDate", reDate, func(s string) bool { return hasDigitRun(s, 4) || strings.IndexByte(s, '/') >= 0 }},
		{"rePostcode", rePostcode, func(s string) bool { return hasDigitRun(s, 4) }},
		{"rePhone", rePhone, mayPhone},
		{"reEmail", reEmail, func(s string) bool { return strings.IndexByte(s, '@') >= 0 }},
		{"reStreet", reStreet, digits},
		{"reQuantity", reQuantity, digits},
	}
	texts := []string{
		"updated on march 3, 2024", "3rd june 2023", "2024-01-31", "1/2/24", "since 1999", "call +1 (425) 555-0100",
		"555 0100 12", "12-34-56-78", "1.2.3.4.5", "write to privacy@example.com", "one microsoft way, redmond, wa 98052",
		"suite 400", "5th floor", "rue 12", "ls1 4ab", "kept for 30 days", "$5", "10%", "year 2", "no digits at all",
		"1234", "123", "12 3 45 6", "(123) 4567", "1\t2\n3\f4\r5 6 7 8", "1 2 3 4\v5 6 7 8", "1é2345678", "8-7 6.5(4)3 2",
	}
	r := rand.New(rand.NewPCG(3, 4))
	const alphabet = "0123456789 ().-/+@a,st\tfloor\vé"
	for range 20000 {
		b := make([]byte, 1+r.IntN(24))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, c := range checks {
		matched := 0
		for _, s := range texts {
			m := c.re().MatchString(s)
			if m {
				matched++
			}
			if m && !c.may(s) {
				t.Errorf("%s matches %q, but its cheap test does not pass it", c.name, s)
			}
			if c.name == "rePhone" && !m && c.may(s) {
				t.Errorf("mayPhone passes %q, which rePhone does not match", s)
			}
		}
		if matched == 0 {
			t.Errorf("%s matches none of the test texts", c.name)
		}
	}
	if !hasDigitRun("a 2024 b", 4) || hasDigitRun("a 202 4 b", 4) {
		t.Error("hasDigitRun miscounts a run of digits")
	}
}

// TestCountWord checks countWord against a count of whole words.
func TestCountWord(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want int
	}{
		{"night mode\nuse night mode at night", "night mode", 2},
		{"nightmode night modes night mode", "night mode", 1},
		{"a", "a", 1},
		{"", "a", 0},
		{"aaa a", "a", 1},
	} {
		if got := countWord(c.s, c.w); got != c.want {
			t.Errorf("countWord(%q, %q) = %d, want %d", c.s, c.w, got, c.want)
		}
	}
}
