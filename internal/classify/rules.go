package classify

import (
	"fmt"
	"sort"
	"strings"

	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/prose"
)

// finding is one material trigger that fired on a unit.
type finding struct {
	rule     string
	impact   notice.Impact
	cats     []string // categories the trigger itself implies, if any
	reason   string
	keywords []string // changed words, for the category guess
}

// judge decides one unit.
func judge(u *unit, ctx *context) notice.Change {
	ch := notice.Change{Categories: []string{}, Reasons: []string{}}
	ch.Before = joinTexts(u.old)
	ch.After = joinTexts(u.new)
	switch {
	case len(u.old) == 0:
		ch.Kind = notice.Added
		ch.Section = prose.SectionPath(u.new[0].section)
	case len(u.new) == 0:
		ch.Kind = notice.Removed
		ch.Section = prose.SectionPath(u.old[0].section)
	default:
		ch.Kind = notice.Modified
		ch.Section = prose.SectionPath(u.new[0].section)
	}

	var fs []finding
	var editorial string
	switch ch.Kind {
	case notice.Modified:
		fs, editorial = judgeModified(u)
	case notice.Added:
		fs, editorial = judgeLone(u.new, ctx.oldIndex, true)
	case notice.Removed:
		fs, editorial = judgeLone(u.old, ctx.newIndex, false)
	}
	if len(fs) == 0 {
		if editorial != "" {
			ch.Reasons = append(ch.Reasons, editorial)
		}
		return ch
	}
	ch.Material = true
	var impacts []notice.Impact
	var keywords []string
	var implied []string
	for _, f := range fs {
		impacts = append(impacts, f.impact)
		ch.Reasons = append(ch.Reasons, f.rule+": "+f.reason)
		keywords = append(keywords, f.keywords...)
		implied = append(implied, f.cats...)
	}
	ch.Impact = notice.Combine(impacts...)
	ch.Categories = categorize(u, keywords, implied)
	return ch
}

func joinTexts(ss []*sentence) string {
	var t []string
	for _, s := range ss {
		t = append(t, s.text)
	}
	return strings.Join(t, " ")
}

// judgeModified tests a unit with sentences on both sides.
func judgeModified(u *unit) ([]finding, string) {
	o, n := newSide(u.old), newSide(u.new)
	quote := changedSpan(o, n)

	if o.contact && n.contact {
		if !equalStrings(o.entities, n.entities) {
			return []finding{{rule: "M10 entity", impact: notice.ImpactNeutral, cats: []string{notice.CatController},
				reason: fmt.Sprintf("the entity named in the contact details changed: %s", quote)}}, ""
		}
		return nil, "E5 contact details of the same entity: " + quote
	}

	var fs []finding
	add := func(rule string, impact notice.Impact, reason string, cats []string, kw ...string) {
		fs = append(fs, finding{rule: rule, impact: impact, reason: reason, cats: cats, keywords: kw})
	}

	// M1 polarity.
	if o.neg != n.neg {
		impact := notice.ImpactMoreProtective
		what := "negation added"
		if n.neg < o.neg {
			what = "negation removed"
			impact = notice.ImpactLessProtective
			if negatesProtection(o.norm) && !negatesProtection(n.norm) {
				impact = notice.ImpactMoreProtective
			}
		} else if negatesProtection(n.norm) && !negatesProtection(o.norm) {
			impact = notice.ImpactLessProtective
		}
		add("M1 polarity", impact, fmt.Sprintf("%s: %s", what, quote), nil)
	}
	// M2 modality.
	if o.possible != n.possible || o.commit != n.commit {
		impact := notice.ImpactMoreProtective
		what := "modal changed"
		switch {
		case n.possible > o.possible && n.commit <= o.commit:
			what, impact = "hedge or permission added (may/can)", notice.ImpactLessProtective
		case n.commit < o.commit:
			what, impact = "commitment weakened (will/must)", notice.ImpactLessProtective
		case n.possible < o.possible:
			what = "hedge or permission removed (may/can)"
		case n.commit > o.commit:
			what = "commitment added (will/must)"
			if strings.Contains(n.norm, "you must") && !strings.Contains(o.norm, "you must") {
				impact = notice.ImpactLessProtective
			}
		}
		add("M2 modality", impact, fmt.Sprintf("%s: %s", what, quote), nil)
	}
	// M3 restrictive qualifiers.
	for _, w := range diffCounts(o.restrict, n.restrict) {
		impact := notice.ImpactMoreProtective
		verb := "added"
		if o.restrict[w] > n.restrict[w] {
			impact, verb = notice.ImpactLessProtective, "removed"
		}
		add("M3 qualifier", impact, fmt.Sprintf("'%s' %s: %s", w, verb, quote), nil, w)
	}
	// M4 exceptions and conditions.
	for _, w := range diffCounts(o.except, n.except) {
		impact := notice.ImpactLessProtective
		verb := "added"
		if o.except[w] > n.except[w] {
			impact, verb = notice.ImpactMoreProtective, "removed"
		}
		add("M4 exception", impact, fmt.Sprintf("exception '%s' %s: %s", w, verb, quote), nil, w)
	}
	// M12 timing.
	for _, w := range diffCounts(o.timing, n.timing) {
		verb := "added"
		impact := notice.ImpactMoreProtective
		if o.timing[w] > n.timing[w] {
			verb, impact = "removed", notice.ImpactLessProtective
		}
		add("M12 timing", impact, fmt.Sprintf("'%s' %s: %s", w, verb, quote), nil, w)
	}
	// M6 numbers.
	if !equalStrings(o.quantities, n.quantities) {
		add("M6 number", numberImpact(o, n), fmt.Sprintf("a number or duration changed: %s", quote), nil)
	}
	// M10 entities.
	if !equalStrings(o.entities, n.entities) && !sameEntities(o.entities, n.entities) {
		add("M10 entity", notice.ImpactNeutral, fmt.Sprintf("a different legal entity: %s", quote),
			[]string{notice.CatController})
	}
	// M8 places.
	if !equalStrings(o.places, n.places) {
		added, removed := setDiff(n.places, o.places), setDiff(o.places, n.places)
		impact := notice.ImpactNeutral
		switch {
		case len(added) > 0 && len(removed) == 0:
			impact = notice.ImpactLessProtective
		case len(removed) > 0 && len(added) == 0:
			impact = notice.ImpactMoreProtective
		}
		cat := notice.CatInternational
		if hasAny(n.norm+" "+o.norm, "law", "court", "governed", "venue", "jurisdiction", "arbitration") {
			cat = notice.CatDisputes
		}
		add("M8 place", impact, fmt.Sprintf("places changed (%s → %s): %s", list(removed), list(added), quote),
			[]string{cat})
	}
	// M9 frameworks.
	if !equalStrings(o.frameworks, n.frameworks) {
		add("M9 framework", notice.ImpactNeutral, fmt.Sprintf("transfer framework changed: %s", quote),
			[]string{notice.CatInternational})
	}
	// M5/M7/M13 practice items added or removed.
	fs = append(fs, contentFindings(u, o, n, quote)...)
	if len(fs) == 0 {
		return nil, "E7 same propositions (rewording, reorder, punctuation or typo): " + quote
	}
	return fs, ""
}

// contentFindings compares the words that name practices.
func contentFindings(u *unit, o, n *side, quote string) []finding {
	var added, removed []string
	for st, w := range n.content {
		if _, ok := o.content[st]; !ok {
			added = append(added, w)
		}
	}
	for st, w := range o.content {
		if _, ok := n.content[st]; !ok {
			removed = append(removed, w)
		}
	}
	sort.Strings(added)
	sort.Strings(removed)
	if len(added) == 0 && len(removed) == 0 {
		return nil
	}
	addedCats, removedCats := practiceCats(added), practiceCats(removed)
	// A rewrite of several sentences says the same with other words; only
	// practice words count there.
	rewrite := len(u.old) > 1 || len(u.new) > 1
	var fs []finding
	switch {
	case len(removed) == 0:
		if len(addedCats) > 0 || !rewrite && len(added) >= 2 {
			fs = append(fs, finding{rule: "M5 item added", impact: insertionImpact(n),
				reason: fmt.Sprintf("added '%s': %s", strings.Join(added, " "), quote), keywords: added})
		}
	case len(added) == 0:
		if len(removedCats) > 0 || !rewrite && len(removed) >= 3 {
			fs = append(fs, finding{rule: "M14 item removed", impact: deletionImpact(o),
				reason: fmt.Sprintf("removed '%s': %s", strings.Join(removed, " "), quote), keywords: removed})
		}
	default:
		var fresh []string
		for c := range addedCats {
			if !removedCats[c] {
				fresh = append(fresh, c)
			}
		}
		if len(fresh) > 0 {
			var kw []string
			for _, w := range added {
				if c, ok := practiceCat(w); ok && !removedCats[c] {
					kw = append(kw, w)
				}
			}
			fs = append(fs, finding{rule: "M7 practice changed", impact: insertionImpact(n),
				reason: fmt.Sprintf("'%s' now named: %s", strings.Join(kw, " "), quote), keywords: kw})
		}
	}
	return fs
}

func practiceCat(w string) (string, bool) {
	if c, ok := practice[w]; ok {
		return c, true
	}
	if c, ok := practice[strings.TrimSuffix(w, "s")]; ok {
		return c, true
	}
	return "", false
}

func practiceCats(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		if c, ok := practiceCat(w); ok {
			m[c] = true
		}
	}
	return m
}

// judgeLone tests an added (or removed) unit: material unless it is a
// restatement of something the other revision says (E8) or carries no
// practice at all.
func judgeLone(ss []*sentence, other *index, added bool) ([]finding, string) {
	s := newSide(ss)
	content := map[string]bool{}
	for _, x := range ss {
		for st := range x.content {
			content[st] = true
		}
	}
	text := joinTexts(ss)
	if s.contact {
		if len(s.entities) == 0 {
			return nil, "E5 contact details: " + clip(text)
		}
	}
	if len(content) > 0 {
		if best, share := other.best(content, nil); best != nil && share >= 0.9 {
			b := newSide([]*sentence{best})
			if b.neg == s.neg && equalStrings(b.quantities, s.quantities) && b.possible == s.possible {
				return nil, "E8 restatement of '" + clip(best.text) + "'"
			}
		}
	}
	var ws []string
	for _, w := range s.words {
		if !glue[w] {
			ws = append(ws, w)
		}
	}
	trigger := s.neg > 0 || s.possible > 0 || s.commit > 0 || len(s.restrict) > 0 || len(s.except) > 0 ||
		len(s.quantities) > 0 || len(practiceCats(ws)) > 0 || len(s.entities) > 0
	if !trigger {
		return nil, "no practice stated: '" + clip(text) + "'"
	}
	protection := s.neg > 0 || len(s.restrict) > 0 || hasAny(s.norm, "you can", "you may", "right", "we will notify",
		"we will delete", "we will ask", "we will tell", "you have")
	impact := notice.ImpactLessProtective
	rule, verb := "M5 statement added", "added"
	if added {
		if protection && s.possible == 0 || protection && strings.Contains(s.norm, "you ") {
			impact = notice.ImpactMoreProtective
		}
	} else {
		rule, verb = "M14 statement removed", "removed"
		if !protection {
			impact = notice.ImpactMoreProtective
		}
	}
	if len(s.entities) > 0 && !added || len(s.entities) > 0 && added && !protection {
		impact = notice.ImpactNeutral
	}
	return []finding{{rule: rule, impact: impact, reason: fmt.Sprintf("%s: '%s'", verb, clip(text)), keywords: ws}}, ""
}

// negatesProtection reports a negated protective action ("we do not
// respond to DNT signals"): removing such a negation helps users.
func negatesProtection(norm string) bool {
	ws := words(norm)
	for i, w := range ws {
		if !negations[w] {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			switch stem(ws[k]) {
			case "respond", "honor", "honour", "notify", "protect", "encrypt", "delet", "limit", "restrict",
				"recogniz", "support", "turn", "stop", "block", "verify", "review":
				return true
			}
		}
	}
	return false
}

// numberImpact guesses the direction of a changed number from what it
// measures.
func numberImpact(o, n *side) notice.Impact {
	ov, nv := firstValue(o.quantities), firstValue(n.quantities)
	if ov < 0 || nv < 0 {
		if nv >= 0 && hasAny(n.norm, "no sooner", "at least", "in advance", "before") && !strings.Contains(n.norm, "before you") {
			return notice.ImpactMoreProtective
		}
		return notice.ImpactLessProtective
	}
	bigger := nv > ov
	t := n.norm
	switch {
	case hasAny(t, "under", "younger", "age", "children", "child", "minor", "plus", "older"):
		if bigger {
			return notice.ImpactMoreProtective
		}
		return notice.ImpactLessProtective
	case hasAny(t, "notice", "no sooner", "at least", "in advance", "before the change", "before they take effect"):
		if bigger {
			return notice.ImpactMoreProtective
		}
		return notice.ImpactLessProtective
	case hasAny(t, "fee", "charge", "$", "€", "£"):
		if bigger {
			return notice.ImpactLessProtective
		}
		return notice.ImpactMoreProtective
	default:
		// Deadlines, retention periods, response times: longer is worse.
		if bigger {
			return notice.ImpactLessProtective
		}
		return notice.ImpactMoreProtective
	}
}

func firstValue(q []string) float64 {
	for _, s := range q {
		var v float64
		if _, err := fmt.Sscanf(strings.TrimLeft(s, "d$€£"), "%g", &v); err == nil {
			return v
		}
	}
	return -1
}

// insertionImpact: a practice item added to a permission widens it (less
// protective); added to a protection ("we do not ...", "only") it widens
// the protection.
func insertionImpact(n *side) notice.Impact {
	if n.neg > 0 && !negatesProtection(n.norm) {
		return notice.ImpactMoreProtective
	}
	return notice.ImpactLessProtective
}

// deletionImpact: an item removed from a permission narrows it (more
// protective); removed from a protection or a definition it is less
// protective.
func deletionImpact(o *side) notice.Impact {
	if o.neg > 0 || len(o.restrict) > 0 || hasAny(o.norm, "right", "notify", "we will", "you can", "consent",
		"allow", "protect", "email") {
		return notice.ImpactLessProtective
	}
	if o.possible > 0 || hasAny(o.norm, "we use", "we collect", "we share", "we disclose", "purposes", "retain") {
		return notice.ImpactMoreProtective
	}
	return notice.ImpactLessProtective
}

// categorize guesses the categories of a material unit: the changed words
// weigh most, then the unit's text, then its section heading.
func categorize(u *unit, keywords, implied []string) []string {
	score := map[string]int{}
	for _, c := range implied {
		score[c] += 6
	}
	for _, w := range keywords {
		if c, ok := practiceCat(w); ok {
			score[c] += 3
		}
	}
	var text, sections strings.Builder
	for _, ss := range [][]*sentence{u.old, u.new} {
		for _, s := range ss {
			text.WriteString(" " + s.norm + " ")
		}
		if len(ss) > 0 {
			sections.WriteString(" " + strings.ToLower(prose.SectionPath(ss[0].section)) + " ")
		}
	}
	t, sec := text.String(), sections.String()
	for cat, cues := range categoryCues {
		for _, cue := range cues {
			if strings.Contains(t, cue) {
				score[cat]++
			}
			if strings.Contains(sec, cue) {
				score[cat] += 2
			}
		}
	}
	type cs struct {
		c string
		s int
	}
	var all []cs
	best := 0
	for c, s := range score {
		all = append(all, cs{c, s})
		best = max(best, s)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].s != all[j].s {
			return all[i].s > all[j].s
		}
		return all[i].c < all[j].c
	})
	var out []string
	for _, x := range all {
		if x.s*2 < best || len(out) == 3 {
			break
		}
		out = append(out, x.c)
	}
	if len(out) == 0 {
		out = []string{notice.CatOther}
	}
	return out
}

// changedSpan quotes what changed between the two sides: the words between
// their common beginning and common end, as "'old' became 'new'".
func changedSpan(o, n *side) string {
	a, b := strings.Fields(strings.Join(o.texts, " ")), strings.Fields(strings.Join(n.texts, " "))
	p := 0
	for p < len(a) && p < len(b) && prose.Normalize(a[p]) == prose.Normalize(b[p]) {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && prose.Normalize(a[len(a)-1-s]) == prose.Normalize(b[len(b)-1-s]) {
		s++
	}
	// Keep two words of context on each side.
	from := max(p-2, 0)
	oa, nb := a[from:len(a)-s], b[from:len(b)-s]
	oa, nb = append([]string{}, oa...), append([]string{}, nb...)
	if s > 0 {
		oa = append(oa, a[len(a)-s:min(len(a), len(a)-s+2)]...)
		nb = append(nb, b[len(b)-s:min(len(b), len(b)-s+2)]...)
	}
	return fmt.Sprintf("'%s' became '%s'", clipWords(oa), clipWords(nb))
}

func clipWords(ws []string) string {
	if len(ws) > 30 {
		return strings.Join(ws[:14], " ") + " … " + strings.Join(ws[len(ws)-14:], " ")
	}
	return strings.Join(ws, " ")
}

func clip(s string) string {
	ws := strings.Fields(s)
	return clipWords(ws)
}

func diffCounts(a, b map[string]int) []string {
	var out []string
	for k, v := range a {
		if b[k] != v {
			out = append(out, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sameEntities treats an entity named once in full and once in short (an
// expanded abbreviation or legal form, rule M10's editorial case) as the
// same.
func sameEntities(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := entityWords(a[i]), entityWords(b[i])
		if !subset(x, y) && !subset(y, x) {
			return false
		}
	}
	return true
}

var legalForms = map[string]string{"co": "company", "corp": "corporation", "inc": "incorporated", "ltd": "limited"}

func entityWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		if f, ok := legalForms[w]; ok {
			w = f
		}
		if w == "and" || w == "&" {
			continue
		}
		out = append(out, w)
	}
	return out
}

func subset(a, b []string) bool {
	m := map[string]bool{}
	for _, w := range b {
		m[w] = true
	}
	for _, w := range a {
		if !m[w] {
			return false
		}
	}
	return true
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

func lastWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[len(f)-1]
	}
	return s
}

func setDiff(a, b []string) []string {
	m := map[string]bool{}
	for _, x := range b {
		m[x] = true
	}
	var out []string
	for _, x := range a {
		if !m[x] {
			out = append(out, x)
		}
	}
	return out
}

func list(ws []string) string {
	if len(ws) == 0 {
		return "none"
	}
	return strings.Join(ws, ", ")
}

func hasAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
