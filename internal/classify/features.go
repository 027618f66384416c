package classify

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/noticeproject/notice/internal/prose"
)

// canonicalPhrase is a rewrite of a phrase to its canonical form.
type canonicalPhrase struct {
	// may is a cheap test that must hold wherever the pattern matches:
	// most sentences fail it, and the pattern is neither run nor compiled
	// for them.
	may  func(string) bool
	re   func() *regexp.Regexp // compiled on first use
	repl string
}

// phrase makes a canonicalPhrase whose pattern is compiled on first use.
func phrase(may func(string) bool, pattern, repl string) canonicalPhrase {
	return canonicalPhrase{may: may, re: lazyRegexp(pattern), repl: repl}
}

// lazyRegexp returns a function that compiles pattern on its first call
// and returns the same Regexp on every call. Compiling is paid by every
// process that classifies, and a run needs few of the patterns.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}

// replaceWith is re().ReplaceAllString(text, repl) for a pattern every
// match of which holds needle: a text without it is returned as it is.
func replaceWith(re func() *regexp.Regexp, needle, text, repl string) string {
	if !strings.Contains(text, needle) {
		return text
	}
	return re().ReplaceAllString(text, repl)
}

// anyOf tests that text holds one of the needles.
func anyOf(needles ...string) func(string) bool {
	return func(text string) bool { return hasAny(text, needles...) }
}

// allOf tests that text holds every needle.
func allOf(needles ...string) func(string) bool {
	return func(text string) bool {
		for _, n := range needles {
			if !strings.Contains(text, n) {
				return false
			}
		}
		return true
	}
}

// wholeWord tests that text holds one of the needles between word
// boundaries, as the regexp \b sees them (ASCII letters, digits and '_'
// are word bytes). Each needle must start and end with a word byte.
func wholeWord(needles ...string) func(string) bool {
	return func(text string) bool {
		for _, n := range needles {
			for i := 0; ; {
				k := strings.Index(text[i:], n)
				if k < 0 {
					break
				}
				k += i
				if (k == 0 || !isWordByte(text[k-1])) && (k+len(n) == len(text) || !isWordByte(text[k+len(n)])) {
					return true
				}
				i = k + 1
			}
		}
		return false
	}
}

// isWordByte reports the bytes of the regexp class \w.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// canonicalPhrases are rewrites of phrases that say the same thing (rule
// E6), applied to normalised text before it is split into words. Order
// matters: longer phrases first.
var canonicalPhrases []canonicalPhrase

var numberWords map[string]int

// unitDays converts a duration unit to days, so that 12 months and one year
// compare equal (rule E6).
var unitDays map[string]float64

// unitMonths converts calendar units to months (1 year = 12 months); they
// are kept apart from days, as a month is not a whole number of days.
var unitMonths map[string]float64

// words splits normalised, canonicalised text into words.
func words(norm string) []string {
	f := strings.FieldsFunc(norm, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '\'' || r == '.' || r == '$' ||
			r == '€' || r == '£' || r == '%' || r == '@' || r > 127)
	})
	out := f[:0]
	for _, w := range f {
		w = strings.Trim(w, "-'.")
		w = strings.TrimSuffix(w, "'s")
		w = strings.TrimSuffix(w, "s'")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// canonicalize applies the equivalences of rule E6 to normalised text.
func canonicalize(norm string) string {
	for _, p := range canonicalPhrases {
		if p.may(norm) {
			norm = p.re().ReplaceAllString(norm, p.repl)
		}
	}
	return norm
}

// stem reduces a word to a rough stem, so that "share", "shared" and
// "sharing" meet.
func stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	for _, suf := range []string{"ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly", "ion", "e", "y"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			if suf == "s" && (strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is")) {
				continue
			}
			// A "y" after a vowel belongs to the word: "survey",
			// "surveys" and "surveyed" meet at "survey", "play" and
			// "played" at "play". After a consonant it goes, as "ies"
			// and "ied" do: "verify", "verifies" and "verified" meet at
			// "verif".
			if suf == "y" && strings.IndexByte("aeiou", w[len(w)-2]) >= 0 {
				continue
			}
			w = w[:len(w)-len(suf)]
			break
		}
	}
	return strings.TrimSuffix(w, "e")
}

// side is what one side of a unit says, reduced to comparable features.
type side struct {
	texts      []string
	listLeads  []bool   // whether each text leads the list below it, ending in a full stop
	answers    []bool   // whether each text answers a question set before it
	heads      []bool   // whether each text is only a bold label ending in a full stop ("**Audits.**")
	rowLabels  []string // each text's table-row label, its first cell ("" when it has none)
	paras      []string // the display text of each sentence's block
	canons     []string // canonical text of each sentence
	norm       string   // canonical text of all sentences, space-joined
	words      []string
	content    map[string]string // stem -> a word it came from, practice-bearing words only
	loose      map[string]string // stem -> word, every word but function words
	neg        int
	negLow     int // neg, less each "nor" that may only carry on an earlier negation
	possible   int
	hedge      int // hedging adverbs: "normally", "as a rule" (rule M2)
	can        int
	commit     int
	commitSent int // sentences holding a commitment: a passive rewrite repeats "will" per clause
	weWill     int // commitSent whose only commitment is "we will"
	weDo       int // sentences with no commitment where "we" does something in the present
	willOnly   int // commitSent whose only commitment is "will", whoever's subject it is
	plain      int // sentences with no modal verb at all
	verbless   int // list items that only name what their list is of ("Professional advisers, under a duty of confidentiality")
	restrict   map[string]int
	except     map[string]int
	timing     map[string]int
	quantities []string
	entities   []string
	places     []string
	frameworks []string
	contact    bool // every sentence is a contact-block line
	links      []prose.Link

	// Computed on first use: the rules ask for them several times.
	toks    []string        // diffTokens(norm)
	tokSet  map[string]bool // the words of toks
	diffed  *side           // the side the memoised word diff below is against
	hunks   []hunk          // wordHunks(toks, diffed.toks)
	changed int
	diffOK  bool
	perm    int8 // isPermission: 0 not yet known, 1 true, -1 false
	prot    int8 // isProtection, likewise
}

// tokens returns diffTokens(s.norm).
func (s *side) tokens() []string {
	if s.toks == nil {
		s.toks = diffTokens(s.norm)
		if s.toks == nil {
			s.toks = []string{}
		}
	}
	return s.toks
}

// wordSet returns the set of s.tokens(). Callers must not change it.
func (s *side) wordSet() map[string]bool {
	if s.tokSet == nil {
		s.tokSet = map[string]bool{}
		for _, w := range s.tokens() {
			s.tokSet[w] = true
		}
	}
	return s.tokSet
}

// hunksTo returns wordHunks(s.tokens(), n.tokens()), worked out once per
// pair of sides. Callers must not change the hunks.
func (s *side) hunksTo(n *side) (hs []hunk, changed int, ok bool) {
	if s.diffed != n {
		s.hunks, s.changed, s.diffOK = wordHunks(s.tokens(), n.tokens())
		s.diffed = n
	}
	return s.hunks, s.changed, s.diffOK
}

var (
	reEmail              func() *regexp.Regexp
	rePhone              func() *regexp.Regexp
	reURL                func() *regexp.Regexp
	reDate               func() *regexp.Regexp
	reStreet             func() *regexp.Regexp
	reStreetAnyCase      func() *regexp.Regexp // reStreet in any case, for display text
	reAddressPostcode    func() *regexp.Regexp // a postcode, in any case, not a bare number
	rePostcode           func() *regexp.Regexp
	reQuantity           func() *regexp.Regexp
	reClause             func() *regexp.Regexp
	reDetailsBelow       func() *regexp.Regexp // "The sections below give the details": a pointer that names no subject
	reSeeAside           func() *regexp.Regexp // "(see \"Choices\")": a pointer set aside in brackets
	reQuotedPointer      func() *regexp.Regexp // "as described under \"Your choices\"": a pointer to a part by its heading
	reListedBelow        func() *regexp.Regexp // "the recipients listed below": a word that names what a section goes on to list
	reKeepSafe           func() *regexp.Regexp // "keep your data safe", a security phrase
	reProtectWhat        func() *regexp.Regexp // "protect your data", what a safeguard protects
	reDuration           func() *regexp.Regexp
	reHedge              func() *regexp.Regexp // adverbs that soften an absolute: "not normally", "in most cases"
	reOwnNotice          func() *regexp.Regexp // "X has its own privacy notice": X is outside this one's scope
	reAddressUnit        func() *regexp.Regexp // a suite, floor or unit within a postal address
	reUKPostcode         func() *regexp.Regexp // a British postcode: "ls1 4ab"
	reNoneElse           func() *regexp.Regexp // "and to nobody else": another way to say "only"
	reSoleCount          func() *regexp.Regexp // "for one purpose only": another way to say "only"
	reCrossRef           func() *regexp.Regexp // a sentence that only points to another part of the notice
	reOverview           func() *regexp.Regexp // a sentence that only says what the notice goes on to explain
	reTermPointer        func() *regexp.Regexp // a sentence that only says where a term is defined
	reClauseObject       func() *regexp.Regexp // the object of a clause "we [do not] <verb> <object>"
	reOnlyPredicate      func() *regexp.Regexp // "ads are contextual only"
	reUniversalPredicate func() *regexp.Regexp // "every ad is contextual"
	reIncludes           func() *regexp.Regexp // a clause that only says what a term includes: "and that includes X"
	reLawEnforcement     func() *regexp.Regexp // "law enforcement": the police, not the law of a dispute
	reAgeGroup           func() *regexp.Regexp // "age group": a breakdown of figures, not a child's age
	reScopeStatement     func() *regexp.Regexp // "this notice explains how ...": what the notice covers
	reBackRef            func() *regexp.Regexp // "this age group", "that period": a value stated before
	reDefinedTerm        func() *regexp.Regexp // a term defined in quotes and parentheses: ("customer content")
	reQuotedTerm         func() *regexp.Regexp // a term in quotes: "night mode"
	reItemRef            func() *regexp.Regexp // a reference to numbered list items: "items 4-6", "item 7"
	reItemNumber         func() *regexp.Regexp // a numbered list item's marker: "4. "
	reItemSep            func() *regexp.Regexp // the numbers and range words of an item reference
)

// dateLine reports a sentence that only states when the notice was
// updated or takes effect (rule E1).
var reDateLine func() *regexp.Regexp

func isDateLine(norm string) bool {
	// reDateLine only matches at the start, after one of these openings:
	// testing them first spares most sentences the other tests.
	if len(norm) > 240 || !hasPrefixAny(norm, "this ", "last ", "effective", "date of last revision", "updated", "version date", "revised", "published") ||
		!hasAny(norm, "updat", "effective", "revis", "modif", "publish", "version", "changed") || !reDateLine().MatchString(norm) {
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

// hasPrefixAny reports whether s starts with one of prefixes.
func hasPrefixAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// reAnnouncement finds a banner announcing an update ("As of 8 June 2022,
// we've updated our Privacy Policy to improve clarity"): like a date line,
// it says when, not what (rule E1).
var reAnnouncement func() *regexp.Regexp

func isAnnouncement(norm string) bool {
	// Every match of reAnnouncement holds one of these verbs and one of
	// these nouns; most sentences hold neither. (A needle opening with a
	// space is slow to look for: spaces are everywhere.)
	// The first test looks for a part of each verb that opens with a
	// rarer byte than 'r' or 'c', which most sentences hold many of.
	if len(norm) > 260 || !hasAny(norm, "updated ", "vised ", "freshed ", "chang") ||
		!hasAny(norm, "updated ", "revised ", "refreshed ", "changed ", "changes to ") ||
		!hasAny(norm, "policy", "notice", "statement") {
		return false
	}
	if !reAnnouncement().MatchString(norm) {
		return false
	}
	return !hasAny(norm, " share", " sell", " collect", " disclos", " transfer", " retain", " consent", " opt", " track")
}

// navLines are the whole lines that are navigation (rule E2): "Back to
// top", "Table of contents".
var navLines map[string]bool

// isNavLine reports a normalised line that is navigation.
func isNavLine(norm string) bool { return len(norm) < 48 && navLines[norm] }

// numbersIn lists the quantities of a text as canonical strings: durations
// in days, amounts with their currency, bare numbers. Numbers that belong
// to dates, phone numbers, street addresses and postcodes are left out.
func numbersIn(norm string) []string {
	t := norm
	if strings.ContainsAny(t, "0123456789") {
		if strings.IndexByte(t, '@') >= 0 {
			t = reEmail().ReplaceAllString(t, " ")
		}
		if strings.IndexByte(t, '.') >= 0 {
			t = reURL().ReplaceAllString(t, " ")
		}
		// Each pattern below needs digits; the cheap tests skip the
		// text none of them can match.
		if hasDigitRun(t, 4) || strings.IndexByte(t, '/') >= 0 {
			t = reDate().ReplaceAllString(t, " ")
		}
		if mayPhone(t) {
			t = rePhone().ReplaceAllString(t, " ")
		}
		t = reStreet().ReplaceAllString(t, " ")
		if hasDigitRun(t, 4) {
			t = rePostcode().ReplaceAllString(t, " ")
		}
		// "items 1, 2 and 3" points to list items; what it points to is
		// compared as a reference (itemRefs), not as a count.
		if strings.Contains(t, "item") {
			t = reItemRef().ReplaceAllString(t, " ")
		}
		// "as section 6 explains", "items 1 to 3 in section 4": a pointer
		// to a part of the notice, not a count.
		if hasAny(t, "section", "paragraph", "clause") {
			t = reSectionRef().ReplaceAllString(t, " ")
		}
		// "a timer started at 9:05" tells a time of day, not a period.
		if strings.IndexByte(t, ':') >= 0 {
			t = reClock().ReplaceAllString(t, " ")
		}
	} else if !hasNumberWord(t) && !hasAny(t, "dollar", "euro", "pound") {
		return nil
	}
	// Numbers in words.
	ws := splitNumberUnits(strings.Fields(t))
	for i, w := range ws {
		core := strings.Trim(w, ",;:()\"'")
		if n, ok := numberWords[core]; ok {
			// "every one of them", "no one", "one another": a pronoun,
			// not a count.
			if core == "one" && pronounOne(ws, i) {
				continue
			}
			// "one purchase", "a single purchase", "complete one in order
			// to": the article "a" in other words, or a pronoun, not a
			// count. "One year" is a period, and "one to three days" a
			// range.
			// "one point" and "one percent" count as "1 point" does.
			if n == 1 && !countsNear(ws[i+1:min(i+4, len(ws))]) && !(i+1 < len(ws) && countUnits[strings.Trim(ws[i+1], ",;:()\"'.")]) {
				continue
			}
			if n < 0 {
				// "a year", "the past year": one unit, only before a unit word.
				if i+1 < len(ws) {
					if _, unit := unitDays[strings.Trim(ws[i+1], ",;:()\"'")]; unit {
						ws[i] = "1"
					}
				}
				continue
			}
			ws[i] = strconv.Itoa(n)
		}
	}
	// "10 dollars", "a ten-dollar reward" and "each dollar" are amounts
	// as "$10" and "$1" are.
	ws = currencyAmounts(ws)
	// "(1) are compelled ..., and (2) believe ...": numbers in brackets
	// counting off the parts of a sentence number them, as a numbered
	// list does, and count nothing.
	enumerated := slices.Contains(ws, "(1)") && slices.Contains(ws, "(2)")
	// "thirty (30) days" states one value twice (E6).
	n := 0
	for i, w := range ws {
		if len(w) == 3 && w[0] == '(' && w[2] == ')' && w[1] >= '1' && w[1] <= '9' && (enumerated || opensPart(ws, i)) {
			continue
		}
		// "described in the next three paragraphs" points to parts of
		// the notice and counts them, as a list's lead-in does: the
		// parts are compared themselves.
		if i > 0 && i+1 < len(ws) && isNumber(w) && noticeParts[strings.Trim(ws[i+1], ",;:.()")] &&
			(ws[i-1] == "next" || ws[i-1] == "following" || ws[i-1] == "previous" || ws[i-1] == "preceding" || ws[i-1] == "these") {
			continue
		}
		if i > 0 && n > 0 && strings.HasPrefix(w, "(") && strings.Trim(w, "(),;:.") == ws[n-1] && ws[n-1] != "" && isNumber(ws[n-1]) {
			continue
		}
		// "two-factor authentication (2fa)": an abbreviation in
		// parentheses counts nothing.
		if core := strings.TrimRight(w, ",;:."); strings.HasPrefix(core, "(") && strings.HasSuffix(core, ")") &&
			strings.ContainsAny(core, "0123456789") && strings.ContainsAny(core, "abcdefghijklmnopqrstuvwxyz") {
			continue
		}
		ws[n] = w
		n++
	}
	ws = ws[:n]
	t = strings.Join(ws, " ")
	var out []string
	// Every quantity holds a digit.
	if !strings.ContainsAny(t, "0123456789") {
		return nil
	}
	prevEnd := -1
	for _, ix := range reQuantity().FindAllStringSubmatchIndex(t, -1) {
		m := make([]string, len(ix)/2)
		for k := range m {
			if ix[2*k] >= 0 {
				m[k] = t[ix[2*k]:ix[2*k+1]]
			}
		}
		// "three days (72 hours)" states one period twice, in two units
		// (E6): a bracketed quantity right after an equal one is no
		// second quantity.
		restated := prevEnd >= 0 && strings.TrimSpace(strings.TrimLeft(t[prevEnd:ix[0]], "s")) == "(" && len(out) > 0
		prevEnd = ix[1]
		q := quantityOf(m)
		if q == "" || restated && q == out[len(out)-1] {
			continue
		}
		out = append(out, q)
	}
	sort.Strings(out)
	return out
}

// noticeParts are the words that name parts of a notice's own text.
var noticeParts = map[string]bool{"paragraphs": true, "sections": true, "subsections": true, "bullets": true,
	"rows": true, "columns": true, "headings": true, "boxes": true}

// opensPart reports a number in brackets that opens a part of a sentence
// split at its semicolons ("are true: (1) we are compelled ...;" and "and
// (2) we believe ..."): it comes first, or after a colon or a joining
// "and" or "or", and a word, not a unit, follows it. It numbers the part,
// as a numbered list numbers its items, and counts nothing.
func opensPart(ws []string, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	next := strings.Trim(ws[i+1], ",;:()\"'.")
	if _, unit := unitDays[next]; unit || countUnits[next] || isNumber(next) || next == "" {
		return false
	}
	if i == 0 {
		return true
	}
	prev := ws[i-1]
	return strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, ";") || prev == "and" || prev == "or"
}

// quantityOf returns the canonical string of one reQuantity match ("" for
// none).
func quantityOf(m []string) string {
	v, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
	if err != nil {
		return ""
	}
	unit := m[5]
	if mo, ok := unitMonths[unit]; ok {
		// Calendar months and years are not a whole number of days:
		// "one month" equals "four weeks" or "30 days" only roughly,
		// so they are compared in months.
		return "m" + strconv.FormatFloat(v*mo, 'f', -1, 64)
	}
	if d, ok := unitDays[unit]; ok {
		days := v * d
		// Business or working days leave out weekends and holidays:
		// "45 business days" is a longer period than "45 days", so it
		// is counted in calendar days (five working days a week) and
		// marked, so that it equals no calendar period by accident.
		// Calendar days are days.
		if m[4] == "business " || m[4] == "working " {
			return "d" + strconv.FormatFloat(roundTo(days*7/5), 'f', -1, 64) + "w"
		}
		return "d" + strconv.FormatFloat(roundTo(days), 'f', -1, 64)
	}
	return m[1] + strconv.FormatFloat(v, 'f', -1, 64) + m[3]
}

// hasDigitRun reports whether s holds n ASCII digits in a row: reDate
// (but for d/m/y) and rePostcode match no text without four.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// mayPhone reports whether rePhone matches s: whether two digits stand at
// least seven bytes apart with only digits, white space and ().- between.
func mayPhone(s string) bool {
	first := -1 // the first digit of the current run of such bytes
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if first < 0 {
				first = i
			} else if i-first >= 7 {
				return true
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '(' || c == ')' || c == '.' || c == '-':
		default:
			first = -1
		}
	}
	return false
}

// pronounOne reports "one" at ws[i] used as a pronoun ("every one of
// them", "no one", "one another"): it counts nothing (rule E6). So does
// a "one" that ends its clause after "have" or an article, standing for a
// thing named before it: "while you have one", "a new one", "this one".
// Before a word it counts: "have one month".
func pronounOne(ws []string, i int) bool {
	if i+1 < len(ws) && strings.Trim(ws[i+1], ",;:()\"'") == "another" {
		return true
	}
	if i == 0 {
		return false
	}
	switch strings.Trim(ws[i-1], ",;:()\"'") {
	case "every", "each", "no", "any", "which", "someone", "anyone":
		return true
	}
	return false
}

// countsNear reports a unit of time or another number among ws, the
// words after a "one": "one year", "one or two days", "one in ten".
func countsNear(ws []string) bool {
	for _, w := range ws {
		w = strings.Trim(w, ",;:()\"'.")
		if _, ok := unitDays[w]; ok || isNumber(w) || isNumberWord(w) {
			return true
		}
	}
	return false
}

// splitNumberUnits rewrites hyphenated numbers and number-unit compounds
// as separate words, so that "35-day", "five-week" and "thirty-five days"
// give their values (rule E6): "thirty-five-day" becomes "35 day".
func splitNumberUnits(ws []string) []string {
	out := ws[:0:0]
	for _, w := range ws {
		core := strings.Trim(w, ",;:.()\"'")
		if strings.IndexByte(core, '-') <= 0 {
			out = append(out, w)
			continue
		}
		parts := strings.Split(core, "-")
		unit := ""
		if _, ok := unitDays[parts[len(parts)-1]]; (ok || currencySigns[parts[len(parts)-1]] != "") && len(parts) > 1 {
			unit = parts[len(parts)-1]
			parts = parts[:len(parts)-1]
		}
		n, ok := compoundNumber(parts)
		if !ok {
			out = append(out, w)
			continue
		}
		out = append(out, strconv.Itoa(n))
		if unit != "" {
			out = append(out, unit)
		}
	}
	return out
}

// countUnits are the units besides periods that reQuantity reads a
// number with.
var countUnits = map[string]bool{"point": true, "points": true, "percent": true}

// currencySigns maps the names of currencies to their signs.
var currencySigns = map[string]string{"dollar": "$", "dollars": "$", "euro": "€", "euros": "€", "pound": "£", "pounds": "£"}

// currencyAmounts writes an amount named in words with its sign: "10
// dollars" is "$10"; "each dollar", "every euro", "per pound" and "a
// dollar" are one unit of it.
func currencyAmounts(ws []string) []string {
	var out []string
	for i, w := range ws {
		core := strings.TrimRight(w, ",;:.)\"'")
		sign := currencySigns[core]
		if sign == "" || i == 0 {
			out = append(out, w)
			continue
		}
		tail := w[len(core):]
		prev := out[len(out)-1]
		switch {
		case prev[0] >= '0' && prev[0] <= '9' && isNumber(prev) && !strings.ContainsAny(prev, "$%"):
			out[len(out)-1] = sign + prev + tail
		case prev == "each" || prev == "every" || prev == "per" || prev == "a":
			out = append(out, sign+"1"+tail)
		default:
			out = append(out, w)
		}
	}
	return out
}

// compoundNumber reads "35", "five" or "thirty-five" split at hyphens.
func compoundNumber(parts []string) (int, bool) {
	switch len(parts) {
	case 1:
		if n, err := strconv.Atoi(parts[0]); err == nil {
			return n, true
		}
		if n, ok := numberWords[parts[0]]; ok && n >= 0 {
			return n, true
		}
	case 2:
		tens, ok1 := numberWords[parts[0]]
		units, ok2 := numberWords[parts[1]]
		if ok1 && ok2 && tens >= 20 && tens%10 == 0 && tens < 100 && units >= 1 && units <= 9 {
			return tens + units, true
		}
	}
	return 0, false
}

func hasNumberWord(t string) bool {
	for w := range strings.FieldsSeq(t) {
		w = strings.Trim(w, ",;:()\"'")
		if _, ok := numberWords[w]; ok {
			return true
		}
		if i := strings.IndexByte(w, '-'); i > 0 {
			if _, ok := numberWords[w[:i]]; ok {
				return true
			}
		}
	}
	return false
}

// roundTo rounds a day count so that a year and 12 months meet.
func roundTo(days float64) float64 {
	if days >= 1 {
		return float64(int(days + 0.5))
	}
	return float64(int(days*24+0.5)) / 24
}

// reEntity finds a legal entity's name: capitalised words ending in a
// legal-form suffix, in the display text (case matters there).
var reEntity func() *regexp.Regexp

// legalSuffixes are the legal forms that end an entity's name in
// reEntity, in the pattern's order; legalInitials holds their first bytes.
var (
	legalSuffixes []string
	legalInitials string
)

// mayNameEntity is a cheap test that must hold wherever reEntity matches:
// a legal suffix that ends a word, right after a space or one of the
// pattern's joining words ("&", "and", "of", "de", "der", "du", "la").
// Most sentences name no company, and the pattern is slow.
func mayNameEntity(text string) bool {
	for k := 1; k < len(text); k++ {
		switch text[k-1] {
		case ' ', '&', 'd', 'f', 'e', 'r', 'u', 'a':
		default:
			continue
		}
		if strings.IndexByte(legalInitials, text[k]) < 0 {
			continue
		}
		for _, x := range legalSuffixes {
			if x[0] == text[k] && strings.HasPrefix(text[k:], x) && (k+len(x) == len(text) || !isWordByte(text[k+len(x)])) {
				return true
			}
		}
	}
	return false
}

func entitiesIn(text string) []string {
	if !mayNameEntity(text) {
		return nil
	}
	var out []string
	for _, m := range reEntity().FindAllStringSubmatch(text, -1) {
		name := strings.ToLower(strings.Join(strings.Fields(strings.NewReplacer(",", " ", ".", "").Replace(m[0])), " "))
		out = append(out, name)
	}
	sort.Strings(out)
	return dedupe(out)
}

func frameworksIn(norm string) []string {
	var out []string
	for _, f := range frameworks {
		if containsWord(norm, f) {
			out = append(out, f)
		}
	}
	return out
}

func containsWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		before := k == 0 || !isAlnum(s[k-1])
		after := k+len(w) >= len(s) || !isAlnum(s[k+len(w)])
		if before && after {
			return true
		}
		i = k + 1
	}
}

func isAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

func dedupe(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// isContactLine reports a short line of a contact block: a postal address,
// phone number or e-mail address, with no statement in it (rule E5).
func isContactLine(text, norm string) bool {
	ws := strings.Fields(norm)
	if len(ws) > 30 || len(ws) > 6 && hasStatement(ws) {
		return false
	}
	// "Website analytics: 14 months" states how long, not where; so does
	// "Server logs, Ninety days", a table row with the number in words,
	// and "Support tickets, Two years": a period in days ("d") or in
	// calendar months and years ("m").
	if strings.ContainsAny(norm, "0123456789") && reDuration().MatchString(norm) {
		return false
	}
	if hasNumberWord(norm) {
		for _, q := range numbersIn(norm) {
			if strings.HasPrefix(q, "d") || strings.HasPrefix(q, "m") {
				return false
			}
		}
	}
	for _, w := range ws {
		switch strings.Trim(w, ",.;:") {
		case "we", "you", "our", "your", "will", "may", "can", "not", "collect", "share", "use":
			return false
		}
	}
	// An e-mail address holds an '@'; a phone number, street address and
	// postcode hold digits.
	digits := strings.ContainsAny(norm, "0123456789")
	return strings.IndexByte(norm, '@') >= 0 && reEmail().MatchString(norm) || mayPhone(norm) && rePhone().MatchString(norm) ||
		digits && reStreet().MatchString(norm) || hasDigitRun(norm, 4) && rePostcode().MatchString(norm) || strings.HasPrefix(norm, "attn") || strings.HasPrefix(norm, "attention") ||
		len(ws) <= 6 && !hasStatement(ws) && !strings.HasSuffix(norm, ".") && titleCase(text) || len(ws) <= 6 && mayNameEntity(text) && reEntity().MatchString(text)
}

// titleCase reports a line most of whose words start with a capital or a
// digit, as the lines of a postal address do.
func titleCase(text string) bool {
	ws := strings.Fields(text)
	n := 0
	for _, w := range ws {
		if c := w[0]; c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			n++
		}
	}
	return 2*n >= len(ws)
}

// hasStatement reports words that make a line a statement, not an address.
func hasStatement(ws []string) bool {
	for _, w := range ws {
		switch strings.Trim(w, ",.;:") {
		case "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "must",
			"shall", "should", "would", "could", "might", "not", "no", "never", "only", "if", "unless":
			return true
		}
	}
	return false
}

// mayJoinWords reports whether a match of reHedge or reNoneElse could run
// across the space that joins sentence a to sentence b. Such a match holds
// a letter on each side of that space, and the letters that end a are a
// whole word of the pattern that a space follows in it.
func mayJoinWords(a, b string) bool {
	if b == "" || b[0] < 'a' || b[0] > 'z' {
		return false
	}
	i := len(a)
	for i > 0 && a[i-1] >= 'a' && a[i-1] <= 'z' {
		i--
	}
	return joinWords[a[i:]]
}

// mayHedge is a cheap test of whether reHedge and reNoneElse may match
// canon. Every match of either ends in one of a few words, and a space
// before and a word boundary after make that word a whole run of letters
// of canon; in a phrase, the run before it is the phrase's word before it,
// one space away ("no-one else": "one", "no other party": "other" after
// "no").
func mayHedge(canon string) (hedge, noneElse bool) {
	prev := ""
	for i := 0; i < len(canon); {
		if c := canon[i]; c < 'a' || c > 'z' {
			if c != ' ' || i == 0 || canon[i-1] < 'a' || canon[i-1] > 'z' {
				prev = ""
			}
			i++
			continue
		}
		j := i + 1
		for j < len(canon) && canon[j] >= 'a' && canon[j] <= 'z' {
			j++
		}
		w := canon[i:j]
		switch w {
		case "normally", "usually", "generally", "typically", "ordinarily", "mostly", "largely", "mainly",
			"primarily", "predominantly", "customarily", "habitually":
			hedge = true
		case "rule":
			hedge = hedge || prev == "a" || prev == "general"
		case "cases", "instances", "circumstances", "situations":
			hedge = hedge || prev == "most" || prev == "many" || prev == "of" || prev == "all"
		case "general", "principle":
			hedge = hedge || prev == "in"
		case "part":
			hedge = hedge || prev == "most"
		case "large":
			hedge = hedge || prev == "and"
		case "possible", "practicable", "feasible":
			hedge = hedge || prev == "where" || prev == "as" || prev == "wherever"
		case "can":
			hedge = hedge || prev == "we"
		case "else":
			noneElse = noneElse || prev == "nobody" || prev == "one" || prev == "nothing" || prev == "nowhere"
		case "other":
			noneElse = noneElse || prev == "no"
		}
		prev = w
		i = j
	}
	return hedge, noneElse
}

// joinWords are the words that a space follows in reHedge or reNoneElse.
var joinWords = map[string]bool{
	"as": true, "a": true, "general": true, "in": true, "most": true, "many": true, "the": true,
	"majority": true, "of": true, "nearly": true, "almost": true, "all": true, "for": true, "by": true,
	"and": true, "where": true, "far": true, "we": true, "wherever": true,
	"nobody": true, "no": true, "one": true, "nothing": true, "nowhere": true, "other": true,
}

// hedgesOf counts the matches of reHedge and of reNoneElse in the
// sentences' canonical texts joined by spaces, and those of reNoneElse that
// start "no " or "nothing". They are the sums of each sentence's own counts
// but where a match may run across the space that joins two sentences:
// there the sentences are joined and matched together.
func hedgesOf(sents []*sentence, feats []*sentenceFeatures) (hedges, noneElse, noneElseNo int) {
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && mayJoinWords(sents[j-1].canon, sents[j].canon) {
			j++
		}
		if j == i+1 {
			hedges += feats[i].hedges
			noneElse += feats[i].noneElse
			noneElseNo += feats[i].noneElseNo
			i = j
			continue
		}
		canons := make([]string, 0, j-i)
		for _, x := range sents[i:j] {
			canons = append(canons, x.canon)
		}
		h, n, no := hedgeCounts(strings.Join(canons, " "))
		hedges += h
		noneElse += n
		noneElseNo += no
		i = j
	}
	return hedges, noneElse, noneElseNo
}

// hedgeCounts counts the matches of reHedge and of reNoneElse in canon, and
// those of reNoneElse that start "no " or "nothing".
func hedgeCounts(canon string) (hedges, noneElse, noneElseNo int) {
	hedge, none := mayHedge(canon)
	if hedge {
		hedges = len(reHedge().FindAllStringIndex(canon, -1))
	}
	if none {
		for _, m := range reNoneElse().FindAllString(canon, -1) {
			noneElse++
			if strings.HasPrefix(m, "no ") || strings.HasPrefix(m, "nothing") {
				noneElseNo++
			}
		}
	}
	return hedges, noneElse, noneElseNo
}

// ordinals name a list's items in prose: "the first is ..., the second
// is ...".
var ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

// dropItemCounts leaves out a bare count that only says how many items
// the text goes on to number ("three groups of recipients. The first is
// ..., the second ..., the third ..."): a list written as prose says how
// long it is (E7); the items themselves are compared.
func dropItemCounts(qs, ws []string) []string {
	var has map[string]bool
	out := qs[:0:0]
	for _, q := range qs {
		k, err := strconv.Atoi(q)
		if err == nil && k >= 2 && k <= len(ordinals) {
			if has == nil {
				has = map[string]bool{}
				for _, w := range ws {
					has[w] = true
				}
			}
			all := true
			for _, o := range ordinals[:k] {
				all = all && has[o]
			}
			// "two ... the first, the second, the third" counts wrong.
			more := k < len(ordinals) && has[ordinals[k]]
			if all && !more {
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

// dropListCount leaves out a bare count that only says how many items the
// colon list it leads goes on to name ("the four rules: notice, choice,
// access and security"): the items are compared themselves (E7). A count
// that does not match the items it leads stays a number. A lead-in that
// ends with its colon ("we use it for four purposes:") has its items in
// the list below it, leads of them (itemsBelow); one whose list goes on
// past a semicolon into the sentences after it counts those too, more of
// them.
func dropListCount(qs []string, canon string, leads, more int) []string {
	colon := strings.IndexByte(canon, ':')
	// The lead-in's own colon is gone from its canonical form.
	if len(qs) > 0 && leads > 0 && colon < 0 {
		return dropCountOf(qs, canon, leads)
	}
	if len(qs) == 0 || colon < 0 {
		return qs
	}
	list := strings.TrimRight(strings.TrimSpace(canon[colon+1:]), ".;!")
	if list == "" || strings.ContainsAny(list, ":()") {
		return qs
	}
	items := 0
	var parts []string
	for _, part := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ';' }) {
		part = " " + strings.TrimSpace(part) + " "
		part = strings.ReplaceAll(strings.ReplaceAll(part, " and ", "|"), " or ", "|")
		for _, it := range strings.Split(part, "|") {
			if it = strings.TrimSpace(it); it != "" {
				items++
				parts = append(parts, it)
			}
		}
	}
	// The sentence was cut at a semicolon that parts the list's items
	// ("for three things: to operate, improve and run our sites;"): what
	// follows its colon is the first item, whole, commas and all (the
	// caller counts more only for such a sentence).
	if more > 0 {
		items, parts = 1+more, nil
	}
	out := dropCountOf(qs, canon[:colon], items)
	// Items that each open with the same preposition ("in two ways: by a
	// notice on our website and, if we have your address, by email") are
	// counted by it: a clause between them is not one more.
	if len(out) == len(qs) && len(parts) > 2 {
		if p, _, _ := strings.Cut(parts[0], " "); listPrepositions[p] {
			k := 0
			for _, it := range parts {
				if strings.HasPrefix(it, p+" ") {
					k++
				}
			}
			out = dropCountOf(qs, canon[:colon], k)
		}
	}
	return out
}

// listKinds are the nouns a count of a list's items counts: "two ways
// to opt out", "three things".
var listKinds = map[string]bool{"ways": true, "things": true, "means": true, "methods": true, "options": true, "reasons": true, "purposes": true, "steps": true, "kinds": true, "types": true, "categories": true}

// listPrepositions open the items of a list of ways or means.
var listPrepositions = map[string]bool{"by": true, "via": true, "through": true, "in": true, "on": true, "with": true}

// dropCountOf leaves out of qs a count of items (two or more) written in
// one of the last few words of head, the text before a list's colon.
func dropCountOf(qs []string, head string, items int) []string {
	// "with these four groups, and with no one else:" counts the groups
	// before the limit that closes the lead-in.
	if strings.Contains(head, " else") || strings.Contains(head, "no other") {
		if loc := reNoneElse().FindAllStringIndex(head, -1); len(loc) > 0 && strings.TrimRight(head[loc[len(loc)-1][1]:], " .,;") == "" {
			head = head[:loc[len(loc)-1][0]]
		}
	}
	ws := strings.Fields(head)
	// The count stands among the last few words of the lead-in, or
	// further back in its last clause when it counts ways, things or
	// kinds and what follows only says what they are for ("two ways to
	// opt out of our marketing messages at any time:").
	from := max(0, len(ws)-6)
	for i := from - 1; i >= 0 && i >= len(ws)-14 && !strings.ContainsAny(ws[i], ",;"); i-- {
		if i+1 < len(ws) && listKinds[ws[i+1]] {
			from = i
		}
	}
	ws = ws[from:]
	for _, w := range ws {
		k, ok := numberWords[w]
		if !ok {
			var err error
			if k, err = strconv.Atoi(w); err != nil {
				continue
			}
		}
		if k != items || k < 2 {
			continue
		}
		if i := slices.Index(qs, strconv.Itoa(k)); i >= 0 {
			return slices.Delete(slices.Clone(qs), i, i+1)
		}
	}
	return qs
}

// verblessItem reports a list item whose main part is a noun phrase
// with no verb, read under its heading or lead-in ("**Business
// transfers:** as part of a merger", "Professional advisers such as
// lawyers, under a duty of confidentiality"): it names a recipient,
// purpose or item and states no practice, promise or hedge of its own.
// Its main part ends where a clause or phrase that qualifies it starts.
func verblessItem(x *sentence) bool {
	norm := x.norm
	if x.label != "" {
		lab := prose.Normalize(x.label)
		if !strings.HasPrefix(norm, lab) {
			return false
		}
		norm = strings.TrimLeft(norm[len(lab):], " :.")
	}
	// A clause that says who does what ("if you book, we share it") is
	// a sentence, not a name.
	for _, w := range words(norm) {
		if w == "we" || w == "they" || possibility[w] || commitment[w] || negations[w] || w == "can" {
			return false
		}
	}
	main := norm
	if i := strings.IndexAny(main, ",;:()"); i >= 0 {
		main = main[:i]
	}
	for _, w := range words(main) {
		switch w {
		case "if", "when", "where", "unless", "as", "such", "under", "to", "who", "that", "which", "for", "including", "like":
			return true
		case "is", "are", "was", "were", "be", "been", "has", "have", "do", "does", "did", "you", "it", "he", "she":
			return false
		}
		if practiceVerbs[stem(lemma(w))] {
			return false
		}
	}
	return true
}

// dropBackCount leaves out a count that only refers back to the items of
// the list just above ("we rely on: A; B; and C. We take part in all
// three."): "all three", "these three", "each of the three" name the
// same items again (E7), and the items are compared themselves. A count
// that does not match the list, or one with no such back-reference ("in
// two of them"), stays a number.
func dropBackCount(qs []string, canon string, items int) []string {
	if items < 2 || len(qs) == 0 {
		return qs
	}
	ws := words(canon)
	for i := 1; i < len(ws); i++ {
		k, ok := numberWords[ws[i]]
		if !ok {
			var err error
			if k, err = strconv.Atoi(ws[i]); err != nil {
				continue
			}
		}
		if k != items {
			continue
		}
		switch ws[i-1] {
		case "all", "these", "those", "the":
		default:
			continue
		}
		if j := slices.Index(qs, strconv.Itoa(k)); j >= 0 {
			qs = slices.Delete(slices.Clone(qs), j, j+1)
		}
	}
	return qs
}

// dropSoleCount leaves out a count of one that only says what the "only"
// beside it says: "used for one purpose only, finding stores" limits the
// use as "used only to find stores" does, and so does "for only one
// reason" (reSoleCount). The "only" is counted as a qualifier (M3); the
// count names no value of its own. Other counts, and a "one" with no
// "only" beside it, stay numbers.
func dropSoleCount(qs []string, canon string) []string {
	if !slices.Contains(qs, "1") || !strings.Contains(canon, "only") {
		return qs
	}
	for range reSoleCount().FindAllStringIndex(canon, -1) {
		if i := slices.Index(qs, "1"); i >= 0 {
			qs = slices.Delete(slices.Clone(qs), i, i+1)
		}
	}
	return qs
}

// clauseOfWords numbers the clauses of canon (split at commas, semicolons
// and colons) and returns, for each of words(canon), the clause it is in.
func clauseOfWords(canon string) []int {
	var out []int
	for k, part := range strings.FieldsFunc(canon, func(r rune) bool { return r == ',' || r == ';' || r == ':' }) {
		for range words(part) {
			out = append(out, k)
		}
	}
	return out
}

// newSide reduces sentences to comparable features.
func newSide(sents []*sentence) *side {
	s := &side{content: map[string]string{}, loose: map[string]string{}, restrict: map[string]int{}, except: map[string]int{}, timing: map[string]int{}}
	var norms []string
	s.contact = len(sents) > 0
	// A sentence's features are remembered once it is prepared; the others
	// are worked out once here.
	feats := make([]*sentenceFeatures, len(sents))
	for i, x := range sents {
		feats[i] = x.features()
		s.texts = append(s.texts, x.text)
		s.listLeads = append(s.listLeads, x.listLead)
		s.answers = append(s.answers, x.answers)
		s.rowLabels = append(s.rowLabels, x.rowLabel)
		s.heads = append(s.heads, x.label != "" && strings.TrimSuffix(strings.TrimSpace(x.text), ".") == x.label)
		if x.item && verblessItem(x) {
			s.verbless++
		}
		s.paras = append(s.paras, x.para)
		s.links = append(s.links, x.links...)
		norms = append(norms, x.canon)
		s.entities = append(s.entities, feats[i].entities...)
		if !x.contact {
			s.contact = false
		}
	}
	s.canons = norms
	s.norm = strings.Join(norms, " ")
	// The words of the joined text are those of each sentence in turn.
	// A sentence that works an example ("for example, a player on a snowy
	// level might see ...") tells what may happen to someone, not what
	// the notice permits: its "might" is no hedge (M2).
	var example []bool
	for _, x := range sents {
		ws := x.canonWords()
		s.words = append(s.words, ws...)
		ex := hasPrefixAny(x.canon, "for example", "for instance", "e.g.")
		if ex && example == nil {
			example = make([]bool, len(s.words)-len(ws))
		}
		if example != nil {
			for range ws {
				example = append(example, ex)
			}
		}
	}
	// "Nobody else" is counted per sentence below, with the sentence's own "only".
	s.hedge, _, _ = hedgesOf(sents, feats)
	for i, w := range s.words {
		// "on X rather than on Y" and "instead of Y" deny Y as "not on Y"
		// does: the same polarity (E7).
		if i+1 < len(s.words) && (w == "rather" && s.words[i+1] == "than" || w == "instead" && s.words[i+1] == "of") {
			s.neg++
		}
		// "access is limited to the engineers who need it" and "we limit
		// access to the engineers" say what "only the engineers who need
		// it can access" says (E7).
		limitsTo := false
		if isLimiting(w) {
			for j := i + 1; j < len(s.words) && j <= i+6; j++ {
				// "object to or restrict how we use it, and to data
				// portability": a "to" after "and" starts another clause.
				if s.words[j] == "and" || s.words[j] == "or" || s.words[j] == "but" {
					break
				}
				if s.words[j] == "to" {
					s.restrict["only"]++
					limitsTo = true
					break
				}
			}
		}
		switch {
		case negations[w] && !wishDenied(s.words, i) && !namesDoNotTrack(s.words, i) || w == "without" && (deniesAct(s.words, i) || lapses(s.words, i)):
			s.neg++
		case possibility[w] && !pastInability(s.words, i) && !modalWish(s.words, i) && (example == nil || !example[i]) && !(effortWord(w) && inGloss(s.words, i)):
			s.possible++
		case w == "can":
			s.can++
		case commitment[w] || obliges(s.words, i):
			s.commit++
		case restrictive[w]:
			s.restrict[restrictClass(w)]++
		case exceptions[w]:
			s.except[exceptClass(w)]++
		case timing[w]:
			s.timing[w]++
		}
		if stop[w] || negations[w] || possibility[w] || w == "can" || commitment[w] || restrictive[w] || limitsTo || exceptions[w] || isNumber(w) || isNumberWord(w) {
			continue
		}
		parts := []string{w}
		if strings.IndexByte(w, '-') > 0 {
			parts = strings.Split(w, "-")
			meaningful := 0
			for _, p := range parts {
				if p != "" && !isNumber(p) && !isNumberWord(p) && !glue[p] && !stop[p] {
					meaningful++
				}
			}
			if meaningful > 1 {
				parts = append(parts, w)
			}
		}
		for _, w := range parts {
			if w == "" || stop[w] || isNumber(w) || isNumberWord(w) {
				continue
			}
			st := stem(lemma(w))
			if _, ok := s.loose[st]; !ok {
				s.loose[st] = w
			}
			if glue[w] {
				continue
			}
			if _, ok := s.content[st]; !ok {
				s.content[st] = w
			}
		}
	}
	// "not ... except" and "never ... unless" say what "only" says (E7).
	for _, x := range sents {
		ws := x.canonWords()
		will, other, onlyWill, modal := 0, false, true, false
		for i, w := range ws {
			if w == "will" && i > 0 && ws[i-1] == "we" {
				will++
			} else if commitment[w] || obliges(ws, i) {
				other = true
				onlyWill = onlyWill && w == "will"
			}
			switch {
			case possibility[w], w == "can", w == "would", w == "should", w == "shall", w == "could":
				modal = true
			}
		}
		if will > 0 || other {
			s.commitSent++
			if !other {
				s.weWill++
			}
			if onlyWill && !modal {
				s.willOnly++
			}
		} else if saysWeDo(ws) {
			s.weDo++
		}
		if will == 0 && !other && !modal {
			s.plain++
		}
		// The exception may come first: "except for X, we do not ..." and
		// "apart from X, no ..." say "only X" as well.
		hasNeg, hasExc, excFirst := false, false, false
		// A refusal spoken in the same clause as an exception that follows
		// the main clause is what the exception waits for, not a ban it
		// lifts: "we go ahead unless the parent tells us not to" (or "says
		// no") lets the parent object; it does not say "only if" the
		// parent agrees (M4). "Unless the parent does not agree" still
		// does.
		var clause []int
		excAt := -1
		for i, w := range ws {
			if excFirst && excAt > 0 && (w == "not" && i+1 < len(ws) && ws[i+1] == "to" ||
				w == "no" && i > 0 && (ws[i-1] == "say" || ws[i-1] == "says" || ws[i-1] == "said")) {
				if clause == nil {
					clause = clauseOfWords(x.canon)
				}
				if len(clause) == len(ws) && clause[i] == clause[excAt] {
					continue
				}
			}
			// "neither X nor Y", "not X, nor Y": "nor" may carry on the
			// negation before it, as "or" does after "not", or deny a
			// clause of its own ("do not X and do not Y").
			if w == "nor" && hasNeg {
				s.negLow--
				continue
			}
			// "no X and no Y" repeats its "no" for each noun where "not
			// X or Y" says it once: the second may carry on the first.
			if w == "no" && hasNeg && i > 0 && (ws[i-1] == "and" || ws[i-1] == "or") {
				s.negLow--
			}
			if negations[w] {
				hasNeg = true
				// "unless you refuse them" is a condition of its own: a
				// refusal after the exception word is what the user
				// does, not a ban the exception lifts.
				if !refusals[w] {
					hasExc = hasExc || excFirst
				}
			}
			if w == "except" || w == "unless" {
				hasExc = hasNeg
				if !hasNeg && !excFirst {
					excAt = i
				}
				excFirst = excFirst || !hasNeg
			}
		}
		if hasNeg && hasExc {
			s.neg--
			s.except["except"]--
			s.restrict["only"]++
		}
	}
	// "to the employer and to nobody else" says "only to the employer"
	// (E7); a sentence that says "only" already and adds "and with nobody
	// else" says it once.
	for i, x := range sents {
		f := feats[i]
		if f.noneElse == 0 {
			continue
		}
		if !slices.ContainsFunc(x.canonWords(), func(w string) bool { return restrictClass(w) == "only" }) {
			s.restrict["only"] += f.noneElse
		}
		s.neg -= f.noneElseNo
	}
	s.negLow += s.neg
	for k, v := range s.restrict {
		if v == 0 {
			delete(s.restrict, k)
		}
	}
	for k, v := range s.except {
		if v == 0 {
			delete(s.except, k)
		}
	}
	for i, x := range sents {
		if !x.contact {
			s.quantities = append(s.quantities, feats[i].quantities...)
		}
		s.frameworks = append(s.frameworks, feats[i].frameworks...)
		// Places in a postal address are the address, not where data goes (E5).
		// Nor is a place in a company's name ("Example USA Inc."): each
		// use of the word in a name is not counted.
		hasAddress := feats[i].hasAddress
		var inName map[string]int
		for _, e := range feats[i].entities {
			for _, w := range strings.Fields(e) {
				if places[w] {
					if inName == nil {
						inName = map[string]int{}
					}
					inName[w]++
				}
			}
		}
		cw := x.canonWords()
		for j, w := range cw {
			if places[w] && !x.contact && !hasAddress {
				if inName[w] > 0 {
					inName[w]--
					continue
				}
				// Nor is a place in a government body's name ("the
				// Example Department of Trade"): it says whose body it
				// is, not where data goes.
				if j+2 < len(cw) && (cw[j+1] == "department" || cw[j+1] == "ministry") && cw[j+2] == "of" {
					continue
				}
				s.places = append(s.places, w)
			}
		}
	}
	sort.Strings(s.quantities)
	s.quantities = dropItemCounts(s.quantities, s.words)
	sort.Strings(s.places)
	s.places = dedupe(s.places)
	sort.Strings(s.frameworks)
	s.frameworks = dedupe(s.frameworks)
	sort.Strings(s.entities)
	s.entities = dedupe(s.entities)
	return s
}

// restrictClass groups qualifiers that say the same ("only", "solely").
func restrictClass(w string) string {
	switch w {
	case "solely", "exclusively", "strictly":
		return "only"
	case "express", "expressly", "explicit", "affirmative", "affirmatively":
		return "explicit"
	case "annual", "yearly":
		return "annually"
	}
	return w
}

// exceptClass groups exception words that say the same ("unless",
// "except").
func exceptClass(w string) string {
	if w == "without" {
		return w
	}
	return "except"
}

// isNumberWord reports a number written in words ("six", "forty-five"):
// its value is compared as a quantity (rule E6), not as a word.
func isNumberWord(w string) bool {
	if n, ok := numberWords[w]; ok {
		return n >= 0
	}
	// Only a hyphenated word can be a compound; the test comes first as
	// this runs on every word of every changed sentence.
	if strings.IndexByte(w, '-') <= 0 {
		return false
	}
	_, ok := compoundNumber(strings.Split(w, "-"))
	return ok
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= '0' && c <= '9' || c == '.' || c == ',' || c == '$' || c == '%') {
			return false
		}
	}
	return true
}

// diffTokens splits canonical text for the word diff: words, with commas
// and semicolons as tokens of their own (they join list items) and hyphens
// as spaces.
//
// It scans canon once, taking its tokens as substrings of it: this runs
// on every modified unit, several times, and a strings.Replacer built per
// call cost more than the diff itself.
func diffTokens(canon string) []string {
	var out []string
	word := func(f string) {
		f = strings.Trim(f, ".!?'")
		f = strings.TrimSuffix(f, "'s")
		if f != "" {
			out = append(out, f)
		}
	}
	start := -1 // where the current word began, or -1
	for i := 0; i < len(canon); {
		c := canon[i]
		size := 1
		sep := false
		switch {
		case c == '-' || c == '(' || c == ')' || c == '"':
			sep = true
		case c == ',' || c == ';' || c == ':':
			if start >= 0 {
				word(canon[start:i])
				start = -1
			}
			out = append(out, canon[i:i+1])
			i++
			continue
		case c < utf8.RuneSelf:
			sep = isASCIISpace(c)
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(canon[i:])
			sep = unicode.IsSpace(r)
		}
		if sep {
			if start >= 0 {
				word(canon[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		word(canon[start:])
	}
	return out
}

// isASCIISpace reports the ASCII bytes unicode.IsSpace accepts, on which
// strings.Fields splits.
func isASCIISpace(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return true
	}
	return false
}

// hunk is one changed stretch of a word diff: the tokens del of the old
// side, from position at, became the tokens ins.
type hunk struct {
	del, ins []string
	at       int
}

// maxDiffTokens bounds the quadratic word diff; longer changed stretches
// are rewrites, judged on their features alone.
const maxDiffTokens = 300

// commonEnds returns how many tokens a and b share at the start (p) and,
// after those, at the end (s).
func commonEnds(a, b []string) (p, s int) {
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	return p, s
}

// lcsTable returns l with l[i][j] the length of the longest common
// subsequence of a[i:] and b[j:]. It is quadratic: callers bound the
// lengths first.
func lcsTable(a, b []string) [][]int32 {
	n, m := len(a), len(b)
	l := make([][]int32, n+1)
	for i := range l {
		l[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	return l
}

// wordHunks diffs two token lists (common ends trimmed, then a longest
// common subsequence) and returns the changed stretches and how many tokens
// changed. ok is false when the changed middle is too long to diff.
func wordHunks(a, b []string) (hs []hunk, changed int, ok bool) {
	p, s := commonEnds(a, b)
	a, b = a[p:len(a)-s], b[p:len(b)-s]
	if len(a) > maxDiffTokens || len(b) > maxDiffTokens {
		return nil, len(a) + len(b), false
	}
	n, m := len(a), len(b)
	l := lcsTable(a, b)
	cur := hunk{at: -1}
	flush := func() {
		if len(cur.del) > 0 || len(cur.ins) > 0 {
			hs = append(hs, cur)
			changed += len(cur.del) + len(cur.ins)
		}
		cur = hunk{at: -1}
	}
	i, j := 0, 0
	for i < n || j < m {
		if cur.at < 0 {
			cur.at = p + i
		}
		switch {
		case i < n && j < m && a[i] == b[j]:
			flush()
			i++
			j++
		case j < m && (i == n || l[i][j+1] >= l[i+1][j]):
			cur.ins = append(cur.ins, b[j])
			j++
		default:
			cur.del = append(cur.del, a[i])
			i++
		}
	}
	flush()
	return hs, changed, true
}

// properNouns lists the capitalised words of display texts that are names:
// not the first word of a sentence, and never written in lowercase in
// either revision (lower holds the words that are).
func properNouns(texts []string, lower func(string) bool) map[string]bool {
	out := map[string]bool{}
	for _, t := range texts {
		ws := strings.Fields(t)
		for i, w := range ws {
			w = strings.Trim(w, ".,;:!?()[]\"'“”‘’*_")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			if w == "" || i == 0 || !isUpper(w[0]) {
				continue
			}
			prev := ws[i-1]
			if strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "!") {
				continue
			}
			lw := strings.ToLower(w)
			// A capitalised number word ("Seven years" opening a table
			// cell) is a value, never a name.
			if glue[lw] || stop[lw] || isNumberWord(lw) || entitySuffixes[strings.Trim(lw, ".")] || calendarWords[lw] || lower(lw) {
				continue
			}
			out[lw] = true
		}
	}
	return out
}

// calendarWords are capitalised but name dates, not parties.
var calendarWords map[string]bool

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// lowercaseWords adds to out the words texts write in lowercase; when
// only is not nil, only those that are in it.
func lowercaseWords(out, only map[string]bool, texts ...string) {
	if only != nil {
		lowercaseWordsOf(out, only, texts)
		return
	}
	for _, t := range texts {
		for i := 0; i < len(t); {
			c := t[i]
			if !isWordLetter(c) {
				i++
				continue
			}
			j := i
			for j < len(t) && isWordLetter(t[j]) {
				j++
			}
			if w := t[i:j]; c >= 'a' && c <= 'z' && !out[w] {
				out[w] = true
			}
			i = j
		}
	}
}

// isWordLetter reports the bytes of the words lowercaseWords reads.
func isWordLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' }

// lowercaseWordsOf is lowercaseWords for the words of only. The words yet
// to be found are counted by a hash of their bytes, so that a word of the
// texts whose hash no such word has is skipped before any map look-up, and
// the reading stops once every word that can be found has been.
func lowercaseWordsOf(out, only map[string]bool, texts []string) {
	const buckets = 1 << 12
	hash := func(h uint32, c byte) uint32 { return h*31 + uint32(c) }
	var counts [buckets]uint32
	pending := make(map[string]bool, len(only))
	for w := range only {
		// A word the texts can write in lowercase is made of the bytes
		// they are read in, the first a lowercase letter.
		if w == "" || w[0] < 'a' || w[0] > 'z' || out[w] {
			continue
		}
		h, ok := uint32(0), true
		for i := 0; i < len(w) && ok; i++ {
			ok = isWordLetter(w[i])
			h = hash(h, w[i])
		}
		if ok {
			pending[w] = true
			counts[h%buckets]++
		}
	}
	for _, t := range texts {
		if len(pending) == 0 {
			return
		}
		for i := 0; i < len(t); {
			c := t[i]
			if !isWordLetter(c) {
				i++
				continue
			}
			h := uint32(0)
			j := i
			for j < len(t) && isWordLetter(t[j]) {
				h = hash(h, t[j])
				j++
			}
			if c >= 'a' && c <= 'z' && counts[h%buckets] != 0 {
				if w := t[i:j]; pending[w] {
					out[w] = true
					delete(pending, w)
					counts[h%buckets]--
					if len(pending) == 0 {
						return
					}
				}
			}
			i = j
		}
	}
}

// isLimiting reports a verb that says "only" when a "to" names what it
// limits to.
func isLimiting(w string) bool {
	switch w {
	case "limit", "limits", "limited", "restrict", "restricts", "restricted", "confine", "confines", "confined":
		return true
	}
	return false
}

// obliges reports "requires" at ws[i] as an obligation: "access requires
// single sign-on" says "they must use single sign-on" (E7). What the law
// requires is a condition, not a promise of ours ("as the law requires" is
// "as required by law").
func obliges(ws []string, i int) bool {
	// "Staff need two-factor authentication to get access" requires it
	// as "access requires two-factor authentication" does; "we need to"
	// and "if you need" do not.
	if (ws[i] == "need" || ws[i] == "needs") && i > 0 && i+1 < len(ws) {
		switch ws[i-1] {
		case "we", "you", "i", "if", "may", "might", "they", "not", "no", "who", "which", "that", "as", "what", "when", "where":
			return false
		}
		// "No one needs an account to play" denies a need.
		if i > 1 && ws[i-2] == "no" && ws[i-1] == "one" {
			return false
		}
		// "multi-factor authentication, which means an employee needs a
		// second proof of identity" says what the measure is: the need
		// explains a term, and binds no one the term did not.
		if inGloss(ws, i) {
			return false
		}
		next := ws[i+1]
		return next != "to" && !negations[next] && (!stop[next] || next == "a" || next == "an" || next == "the" || next == "your" || next == "their")
	}
	// "who is bound by this notice" and "who must honour this notice"
	// oblige alike, as "is obliged to" and "are obligated to" do.
	if (ws[i] == "bound" || ws[i] == "obliged" || ws[i] == "obligated") && i > 0 && i+1 < len(ws) {
		switch ws[i-1] {
		case "is", "are", "be", "remain", "remains", "stay", "stays":
		default:
			return false
		}
		if ws[i+1] != "by" && ws[i+1] != "to" {
			return false
		}
		// "bound by a duty of confidentiality" says "under a duty of
		// confidentiality": the duty, not the verb, obliges.
		for _, w := range ws[i+2 : min(i+5, len(ws))] {
			if w == "duty" || w == "duties" || w == "obligation" || w == "obligations" {
				return false
			}
		}
		return true
	}
	// "They are (contractually) required to use it" binds them as "our
	// contracts require them to use it" does; "required by law" and "if
	// required" do not.
	// "Cookies are required to run the site" are needed, not bound: only
	// a duty to handle the data ("to use", "to protect"), or one an adverb
	// says is binding ("contractually", "legally"), obliges.
	if ws[i] == "required" && i > 1 && i+2 < len(ws) && ws[i+1] == "to" {
		adverb := ws[i-1] == "contractually" || ws[i-1] == "legally"
		be := ws[i-1]
		if adverb {
			be = ws[i-2]
		}
		switch be {
		case "is", "are", "be", "was", "were", "remain", "remains":
		default:
			return false
		}
		return adverb || practiceVerbs[stem(lemma(ws[i+2]))] || ws[i+2] == "protect" || ws[i+2] == "follow" || ws[i+2] == "comply"
	}
	// "Our contracts require", "dictate" or "oblige" them to: each binds
	// as "must" does, and none is a mere request ("we ask them to").
	switch ws[i] {
	case "require", "requires", "dictate", "dictates", "oblige", "obliges", "obligate", "obligates":
	default:
		return false
	}
	// "Playing does not require an account" denies a need, as "no one
	// needs an account to play" does: it binds nobody to anything.
	if i > 0 && (ws[i-1] == "not" || ws[i-1] == "never") || i > 1 && ws[i-2] == "no" && ws[i-1] == "one" {
		return false
	}
	for j := max(0, i-2); j < i; j++ {
		if legalSources[ws[j]] {
			return false
		}
	}
	// "As tax rules require" closes a clause that gives the reason for
	// what the sentence says, as "to meet tax requirements" does: it binds
	// nobody to anything. "As our contracts require them to" still does.
	if i+1 == len(ws) || ws[i+1] == "we" || ws[i+1] == "and" || ws[i+1] == "or" || ws[i+1] == "but" {
		for j := max(0, i-5); j < i; j++ {
			if ws[j] == "as" {
				return false
			}
		}
	}
	return true
}

// legalSources are what legal demands come from: the law itself and the
// bodies that apply it ("as the law requires", "as a court requires").
var legalSources = map[string]bool{"law": true, "laws": true, "regulation": true, "regulations": true, "legislation": true,
	"court": true, "courts": true, "authority": true, "authorities": true}

// saysWeDo reports a sentence where "we" does something in the present
// tense ("we notify you", "we do not sell"): it promises what "we will
// notify you" promises (rule M2).
func saysWeDo(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "we" {
			continue
		}
		switch next := ws[i+1]; {
		case possibility[next], commitment[next], next == "can", next == "could", next == "would", next == "should",
			next == "shall", next == "was", next == "were", next == "had", next == "did", next == "used", next == "if":
		default:
			return true
		}
	}
	return false
}

// pastInability reports a "could" at ws[i] that tells what failed to
// happen ("an order that could not be delivered"), not what may happen:
// "could not be" and a participle.
func pastInability(ws []string, i int) bool {
	return ws[i] == "could" && i+3 < len(ws) && ws[i+1] == "not" && ws[i+2] == "be" && strings.HasSuffix(ws[i+3], "ed")
}

// reSectionRef finds a pointer to a numbered part of the notice:
// "section 4", "sections 6 and 7", "clause 3.2".
var reSectionRef = lazyRegexp(`\b(?:sections?|paragraphs?|clauses?) \d+(?:\.\d+)*(?:(?:,| and| or| to|-|–) ?\d+(?:\.\d+)*)*\b`)

// reClock finds a time of day: "9:05", "17:30", "9:05 am".
var reClock = lazyRegexp(`\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\b\.?)?`)

// wishDenied reports a negation at ws[i] that says what someone does not
// want ("players who want no ads", "if you do not wish to receive them",
// "if you prefer not to"): a condition on the reader's wishes, not a
// denial of what is done with data.
func wishDenied(ws []string, i int) bool {
	wish := func(w string) bool {
		switch w {
		case "want", "wants", "wish", "wishes", "prefer", "prefers", "like":
			return true
		}
		return false
	}
	return i+1 < len(ws) && wish(ws[i+1]) || i > 0 && wish(ws[i-1])
}

// modalWish reports "may" or "might" at ws[i] before what someone wants
// ("things a player might want to do", "if you may wish to"): it says
// what the reader may wish, and neither hedges nor permits a practice.
func modalWish(ws []string, i int) bool {
	if i+1 >= len(ws) || ws[i] != "may" && ws[i] != "might" {
		return false
	}
	switch ws[i+1] {
	case "want", "wish", "prefer", "like":
		return true
	}
	return false
}

// lapses reports "without" at ws[i] after time that passes: "if 14 days
// pass without consent" is "if we do not receive consent within 14
// days", a denial of what comes in time (rule M1), not an exception to
// what the sentence permits.
func lapses(ws []string, i int) bool {
	if i == 0 {
		return false
	}
	switch ws[i-1] {
	case "pass", "passes", "passed", "elapse", "elapses", "elapsed":
		return true
	case "by":
		return i > 1 && (ws[i-2] == "go" || ws[i-2] == "goes" || ws[i-2] == "gone")
	}
	return false
}

// deniesAct reports "without" at ws[i] before an act of the user's
// ("you can play without creating an account"): it denies the act, as
// "you do not have to create an account" does (rule M1), rather than
// opening an exception ("without asking you", "without your consent",
// "without giving them a choice"), which asks for someone's agreement.
func deniesAct(ws []string, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	g := ws[i+1]
	if !strings.HasSuffix(g, "ing") || len(g) < 6 {
		return false
	}
	switch g {
	case "asking", "obtaining", "getting", "seeking", "receiving", "informing", "notifying", "telling", "letting",
		"giving", "providing", "first", "having", "warning", "charging":
		// Unless it is the user who would act towards us: "without
		// giving us your name", "without telling us your age".
		if i+2 >= len(ws) || ws[i+2] != "us" {
			return false
		}
	}
	for _, w := range ws[i+2 : min(i+7, len(ws))] {
		// "without making a profile and without telling us": the next
		// clause's words are not this one's.
		if w == "and" || w == "or" || w == "but" || w == "without" {
			break
		}
		if w == "you" || w == "them" || consentWords([]string{w}) > 0 || informWords([]string{w}) > 0 ||
			w == "choice" || w == "optin" || w == "optout" || w == "ask" || w == "notice" {
			return false
		}
	}
	return true
}

// namesDoNotTrack reports the "not" of "Do Not Track", the name of a
// browser signal, which denies nothing.
func namesDoNotTrack(ws []string, i int) bool {
	return ws[i] == "not" && i > 0 && ws[i-1] == "do" && i+1 < len(ws) && ws[i+1] == "track"
}

// inGloss reports a word of ws at i in a clause that says what a term
// is ("which means ...", "meaning ...", "in which ...") and in which
// the company ("we") does nothing: "a penetration test, in which testers
// try to break in" explains the test, and its "try" hedges no promise of
// ours.
func inGloss(ws []string, i int) bool {
	for j := i - 1; j >= 1; j-- {
		switch {
		case ws[j] == "we" || ws[j] == "us" || ws[j] == "our":
			return false
		case ws[j] == "meaning" || ws[j] == "means" && ws[j-1] == "which" ||
			ws[j] == "which" && ws[j-1] == "in" && j+1 < len(ws) && ws[j+1] != "case":
			return true
		}
	}
	return false
}

// effortWord reports a word that names an effort ("try", "attempt").
func effortWord(w string) bool {
	switch w {
	case "try", "tries", "attempt", "attempts", "endeavor", "endeavors", "endeavour", "endeavours", "strive", "strives":
		return true
	}
	return false
}
