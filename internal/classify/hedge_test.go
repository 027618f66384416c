package classify

import (
	"math/rand/v2"
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
