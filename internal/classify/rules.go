package classify

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

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
	// A worked example set beside a rewritten sentence is read on its
	// own (E8): the rest of the unit is judged without it.
	example, moved := "", ""
	if len(u.old) > 0 && len(u.new) > 0 {
		u, example = withoutExamples(u, ctx)
		u = withoutLeadCondition(u)
		u = withoutAssignedCells(u, ctx)
		u, moved = withoutMovedDefinitions(u, ctx)
		u = exceptionAsDenial(u)
	}
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
	var changedWords []string
	var mo, mn *side
	switch ch.Kind {
	case notice.Modified:
		mo, mn = newSide(u.old), newSide(u.new)
		fs, editorial = judgeModified(u, mo, mn, ctx)
		// Words swapped for style alone ("gather" for "collect") are put
		// back, and the rules run again on what else changed (E7).
		if len(fs) > 0 {
			if swaps := styleSwaps(mo, mn); len(swaps) > 0 {
				r := restyled(u, swaps)
				if again, _ := judgeModified(r, newSide(r.old), newSide(r.new), ctx); len(again) == 0 {
					fs, editorial = nil, "E7 words swapped for others of the same meaning ("+styleReason(swaps)+"): "+quoteMark
				}
			}
		}
		// A list written out as prose repeats its lead-in in each item
		// ("We may share it with: service providers" → "We may share it
		// with service providers."): the items are read with the lead-in
		// they were written under, and the rules run again (E7).
		if len(fs) > 0 {
			if r, ok := leadInWrittenIn(u); ok {
				if again, _ := judgeModified(r, newSide(r.old), newSide(r.new), ctx); len(again) == 0 {
					// A finding about words other than the lead-in's
					// ("and to measure ads" added to an item) stands:
					// read under the lead-in, the item's change may be
					// lost in the longer stretch the repeated lead-in
					// makes.
					if rest := besideLeadIn(fs, u); len(rest) > 0 {
						fs = rest
					} else {
						fs, editorial = nil, "E7 a list written out as prose, its lead-in repeated in each item: "+quoteMark
					}
				}
			}
		}
		// Bold labels put on list items or paragraphs ("- **Fraud
		// prevention:** to prevent fraud") name what the item says, as a
		// heading does (E3): the items are read without them, and the
		// rules run again.
		if len(fs) > 0 {
			if r, ok := labelsDropped(u, ctx); ok {
				again, _ := judgeModified(r, newSide(r.old), newSide(r.new), ctx)
				if len(again) == 0 {
					fs, editorial = nil, "E3 labels that name what each item says: "+quoteMark
				}
			}
		}
		// A list item's label that became the heading of the item's own
		// subsection ("Refunds: we refund ..." → "### Refunds" over "We
		// refund ...") is read off the item, and the rules run again (E3).
		if len(fs) > 0 {
			if r, ok := labelBecameHeading(u); ok {
				if again, _ := judgeModified(r, newSide(r.old), newSide(r.new), ctx); len(again) == 0 {
					fs, editorial = nil, "E3 a label became the heading of its own subsection: "+quoteMark
				}
			}
		}
		// A pointer that names a section of the notice in quotes ("as
		// described under 'Questions or Complaints' below") names a
		// part of the notice, not a body or a practice: the quoted name
		// is read off, and the rules run again (E3).
		if len(fs) > 0 {
			if r, ok := quotedHeadingsDropped(u, ctx); ok {
				if again, _ := judgeModified(r, newSide(r.old), newSide(r.new), ctx); len(again) == 0 {
					fs, editorial = nil, "E3 a pointer that names a section of the notice: "+quoteMark
				}
			}
		}
		// A section recast as questions and answers ("**Can I stop the
		// emails?** Yes. Use the link in any email.") states what it did
		// in its answers: the questions, and a bare "yes" or "no" the
		// answer says again, are read off, and the rules run again. What
		// the rules then find dropped but the questions name ("if you
		// refuse my request" in "What if you refuse my request?") is
		// said by the question the answer sits under (E3).
		if len(fs) > 0 {
			base := u
			if r, ok := quotedHeadingsDropped(u, ctx); ok {
				base = r
			}
			if r, words, ok := questionsRead(base, ctx); ok {
				again, _ := judgeModified(r, newSide(r.old), newSide(r.new), ctx)
				if len(unasked(again, words)) == 0 {
					fs, editorial = nil, "E3 questions set over answers that say the same: "+quoteMark
				}
			}
		}
		// A sentence that said something of numbered items by their
		// numbers, dropped from or added to a rewritten paragraph with no
		// sentence of its own in its place, when the other revision's
		// table says it in each item's row, is read off, and the rules
		// run again on the rest (E7).
		if len(fs) > 0 {
			if r, ok := assignsMerged(u, ctx); ok {
				if again, _ := judgeModified(r, newSide(r.old), newSide(r.new), ctx); len(again) == 0 {
					fs, editorial = nil, "E7 what it said of numbered items is said in each item's row of a table: "+quoteMark
				}
			}
		}
		// A sentence of a rewritten paragraph that only gives the same
		// company's new street address (E5) is put back as it was, and
		// the rules run again on what else changed: "Acme, 1 Elm Street,
		// Leeds, is the controller. You can reach us at ..." → "Acme, 9
		// Oak Road, Leeds, is the controller. We can be reached at ...".
		if len(fs) > 0 {
			if r, ok := readdressed(u); ok {
				if again, _ := judgeModified(r, newSide(r.old), newSide(r.new), ctx); len(again) == 0 {
					fs, editorial = nil, "E5 contact details of the same entity, and the rest in other words: "+quoteMark
				}
			}
		}
		// A sentence kept word for word with a clause put on its end
		// ("We honour opt-out signals." → "We honour opt-out signals,
		// and we then also stop analytics.") says something more,
		// however the rest of a rewritten paragraph is laid out: the
		// words of the clause may stand elsewhere in the paragraph, but
		// not this statement. Unless the clause restates a sentence of
		// the old revision, the pair is judged on its own.
		if len(u.old) > 1 || len(u.new) > 1 {
			for _, p := range extendedSentences(u, ctx.olds) {
				if _, ed := judgeLone([]*sentence{p[2]}, ctx.index(true), true, ctx); ed != "" {
					continue
				}
				pf, _ := judgeModified(&unit{old: []*sentence{p[0]}, new: []*sentence{p[1]}, pairs: [][2]*sentence{{p[0], p[1]}}}, newSide(p[:1]), newSide(p[1:2]), ctx)
				if len(pf) > 0 {
					if len(fs) == 0 {
						editorial = ""
					}
					fs = append(fs, pf...)
				}
			}
		}
		// A list item moved to another list whose lead-in says
		// something else of what it lists ("advertisers;" from under
		// "We collect:" to under "We never collect:") is read under its
		// lead-in on each side, and the rules run again.
		if len(fs) == 0 {
			if r, ok := movedItemsRead(u, ctx); ok {
				if again, _ := judgeModified(r, newSide(r.old), newSide(r.new), ctx); len(again) > 0 {
					fs, editorial = again, ""
				}
			}
		}
		changedWords = changedLoose(mo, mn)
		if strings.Contains(editorial, quoteMark) {
			editorial = strings.Replace(editorial, quoteMark, quoteSpan(mo, mn, nil), 1)
		}
	case notice.Added:
		fs, editorial = judgeLone(u.new, ctx.index(true), true, ctx)
	case notice.Removed:
		fs, editorial = judgeLone(u.old, ctx.index(false), false, ctx)
	}
	if example != "" {
		ch.Reasons = append(ch.Reasons, example)
	}
	if len(fs) == 0 {
		// The words the reason quotes are those read with the term in
		// the name's place: say what moved instead.
		if moved != "" && strings.HasPrefix(editorial, "E7 ") {
			editorial = "E7 the definition of '" + moved + "' moved to where the notice defines its terms; the sentence says the same: '" + clip(ch.After) + "'"
		}
		if editorial != "" {
			ch.Reasons = append(ch.Reasons, editorial)
		}
		return ch
	}
	ch.Material = true
	var impacts []notice.Impact
	var keywords []string
	var implied []string
	byRule := map[string]int{}
	for _, f := range fs {
		impacts = append(impacts, f.impact)
		if f.impact == notice.ImpactNone {
			impacts[len(impacts)-1] = notice.ImpactNeutral
		}
		reason := f.reason
		if strings.Contains(reason, quoteMark) {
			reason = strings.Replace(reason, quoteMark, quoteSpan(mo, mn, f.keywords), 1)
		}
		// One reason per rule: a second finding of the same rule adds its
		// words to the first.
		code, _, _ := strings.Cut(f.rule, " ")
		if i, ok := byRule[code]; ok {
			if !strings.Contains(ch.Reasons[i], reason) {
				ch.Reasons[i] += "; " + reason
			}
		} else {
			byRule[code] = len(ch.Reasons)
			// The rule's code, then what changed in plain words.
			ch.Reasons = append(ch.Reasons, code+" "+reason)
		}
		keywords = append(keywords, f.keywords...)
		implied = append(implied, f.cats...)
	}
	ch.Impact = notice.Combine(impacts...)
	ch.Categories = categorize(u, mo, mn, append(keywords, changedWords...), implied)
	return ch
}

// mayCrossRef is a cheap test of whether reCrossRef may match canon: its
// every match names a section, paragraph, clause or part by number.
func mayCrossRef(canon string) bool {
	return strings.ContainsAny(canon, "0123456789") && hasAny(canon, "section ", "paragraph ", "clause ", "part ")
}

// findIncludes is reIncludes().FindStringSubmatch(clause); every match
// holds "includ" or "cover".
func findIncludes(clause string) []string {
	if !hasAny(clause, "includ", "cover") {
		return nil
	}
	return reIncludes().FindStringSubmatch(clause)
}

// ownNotices counts the matches of reOwnNotice in norm; every match holds
// " own ", "covered by" or "governed by".
func ownNotices(norm string) int {
	if !hasAny(norm, " own ", "covered by", "governed by") {
		return 0
	}
	return len(reOwnNotice().FindAllString(norm, -1))
}

// withoutExamples returns u without the sentences that only work an
// example of what the other revision states (see illustrates), and the
// editorial reason for them, or u itself and "" when there are none.
// Sentences on both sides may go; a side left with none makes the rest an
// addition or a removal.
//
// A pair of sentences that differ only by the same company's street
// address ("Acme Ltd, 1 High Street, Leeds, is the controller" → "Acme
// Ltd, 9 Mill Lane, Leeds, is the controller") is read on its own too
// (E5): the other sentences of a reworded paragraph are judged without
// it, so the new street's name is no new party beside them. Only while
// those keep their mailboxes' domains: the whole unit is then still read
// as one move of the company's contact details, in which a mailbox at
// another company's domain is another party.
func withoutExamples(u *unit, ctx *context) (*unit, string) {
	drop := map[*sentence]bool{}
	reason := ""
	paired := map[*sentence]bool{}
	partner := map[*sentence]*sentence{}
	for _, p := range u.pairs {
		paired[p[0]], paired[p[1]] = true, true
		partner[p[0]], partner[p[1]] = p[1], p[0]
		if len(u.pairs) > 1 && p[0].norm != p[1].norm && sameButAddress(p[0].norm, p[1].norm) &&
			slices.Equal(mailDomains(u.old, p[0]), mailDomains(u.new, p[1])) {
			drop[p[0]], drop[p[1]] = true, true
			reason = "E5 contact details of the same entity: '" + clip(p[1].text) + "'"
		}
	}
	for _, side := range []struct {
		ss, facing []*sentence
		other      bool
	}{{u.new, u.old, true}, {u.old, u.new, false}} {
		for _, x := range side.ss {
			// So is a sentence that says it repeats another part of the
			// notice ("As section 6 explains, we do not sell it", "As the
			// Ads section explains, ads are contextual only"), added
			// to or dropped from a reworded paragraph with no sentence of
			// its own in its place, when the other revision does say it
			// and the paragraph it faces does not: one that the facing
			// paragraph says too is a part of it split off or merged.
			if !paired[x] && pointerLed(x) && !mostlyIn(x, side.facing) {
				if _, ed := judgeLone([]*sentence{x}, ctx.index(side.other), side.other, ctx); strings.HasPrefix(ed, "E8 ") {
					drop[x] = true
					reason = ed
					continue
				}
			}
			// A sentence that rewords the one it is paired with stays
			// beside it, as an example or a definition: "Acme provides
			// payroll software" → "Acme is a payroll software company".
			if y := partner[x]; y != nil && mostlyIn(x, []*sentence{y}) {
				continue
			}
			// So is one that only says what a term the other revision
			// uses is ("DNT is a browser setting that ...").
			if term, ok := definesTerm([]*sentence{x}, newSide([]*sentence{x}), ctx.index(side.other)); ok {
				drop[x] = true
				reason = "E8 says what '" + term + "', a term the notice uses, is: '" + clip(x.text) + "'"
				continue
			}
			// So is a summary line ("In short: ...") set over a reworded
			// paragraph, when the other revision says what it says.
			if !paired[x] && (hasPrefixAny(x.norm, summaryMarkers...) || x.summary) {
				if _, ed := judgeLone([]*sentence{x}, ctx.index(side.other), side.other, ctx); strings.HasPrefix(ed, "E8 ") {
					drop[x] = true
					reason = ed
					continue
				}
			}
			if !hasPrefixAny(x.canon, "for example", "for instance", "e.g.", "as an example") {
				continue
			}
			if ref, ok := illustrates([]*sentence{x}, newSide([]*sentence{x}), ctx.index(side.other)); ok {
				drop[x] = true
				reason = "E8 an example of what '" + clip(ref) + "' says"
			}
		}
	}
	if len(drop) == 0 || len(drop) == len(u.old)+len(u.new) {
		return u, ""
	}
	return u.without(drop), reason
}

// without returns u without the sentences in drop, and without the pairs
// that hold one of them.
func (u *unit) without(drop map[*sentence]bool) *unit {
	keep := func(ss []*sentence) []*sentence {
		var out []*sentence
		for _, x := range ss {
			if !drop[x] {
				out = append(out, x)
			}
		}
		return out
	}
	v := &unit{old: keep(u.old), new: keep(u.new)}
	for _, p := range u.pairs {
		if !drop[p[0]] && !drop[p[1]] {
			v.pairs = append(v.pairs, p)
		}
	}
	return v
}

// mailDomains lists, sorted, the domains of the e-mail addresses in ss
// but skip.
func mailDomains(ss []*sentence, skip *sentence) []string {
	var out []string
	for _, x := range ss {
		if x == skip {
			continue
		}
		out = append(out, mailDomainsIn(x.norm)...)
	}
	sort.Strings(out)
	return out
}

// mailboxMoved reports an e-mail address on n's side at a domain that
// neither o's addresses nor the old revision name (privacy@acme.com →
// privacy@claimdesk.net), where o gives an address of its own: the
// mailbox is now another company's.
func mailboxMoved(o, n *side, ctx *context) (from, to string, ok bool) {
	if strings.IndexByte(o.norm, '@') < 0 || strings.IndexByte(n.norm, '@') < 0 {
		return "", "", false
	}
	od, nd := mailDomainsIn(o.norm), mailDomainsIn(n.norm)
	if len(od) == 0 {
		return "", "", false
	}
	if d, ok := foreignDomain(od, nd, ctx.olds); ok {
		return od[0], d, true
	}
	return "", "", false
}

// reMailRoute finds a mailbox offered as a way to act: "or by contacting
// us at privacy@example.com".
var reMailRoute = lazyRegexp(`\b(?:or )?(?:by )?(?:contacting|emailing|e-mailing|writing to|contact|email|e-mail|write to)(?: us)?(?: at)? [\w.+-]+@[\w-]+(?:\.[\w-]+)+`)

// mailRouteDropped reports a statement of how to exercise a choice or a
// right ("you may opt out ... by using the unsubscribe information or by
// contacting us at privacy@...") whose mailbox the other side no longer
// offers: it names no mailbox, and asks no one to contact, email or write
// to us.
func mailRouteDropped(o, n *side) (string, bool) {
	if strings.IndexByte(o.norm, '@') < 0 || strings.IndexByte(n.norm, '@') >= 0 ||
		!hasAny(o.norm, "opt out", "opt-out", "unsubscribe", "withdraw", "request", "delete", "access", "correct", "object") ||
		hasAny(n.norm, "contact us", "email us", "e-mail us", "write to us", "contacting us", "emailing us") {
		return "", false
	}
	m := reMailRoute().FindString(o.norm)
	return m, m != ""
}

// mailDomainsIn lists the domains of the e-mail addresses in norm.
func mailDomainsIn(norm string) []string {
	var out []string
	for _, m := range reEmail().FindAllString(norm, -1) {
		_, d, _ := strings.Cut(m, "@")
		out = append(out, d)
	}
	return out
}

// foreignDomain returns a domain of nd that is not in od and names no
// company that od's domains or the old revision olds name. A domain is
// read by its names, less its top level and words such as "mail"
// ("mail.acme.co.uk" is "acme"), and a name the old revision writes, in
// one word or several ("Hollowell & Finch" for "hollowell-finch"), is
// the company's own.
func foreignDomain(od, nd []string, olds []*sentence) (string, bool) {
	var own []string
	for _, d := range od {
		own = append(own, domainNames(d)...)
	}
	var oldText string // the old revision's letters, lowercase, built on first use
	for _, d := range nd {
		if slices.Contains(od, d) {
			continue
		}
		names := domainNames(d)
		known := len(names) == 0
		for _, b := range names {
			for _, a := range own {
				if a == b || len(a) >= 4 && len(b) >= 4 && (strings.Contains(a, b) || strings.Contains(b, a)) {
					known = true
				}
			}
			if !known {
				if oldText == "" {
					oldText = lettersOf(olds)
				}
				known = strings.Contains(oldText, b)
			}
		}
		if !known {
			return d, true
		}
	}
	return "", false
}

// scopeItemsChanged reports a statement of what the notice applies to
// whose list of things covered lost items ("application, service, or
// tool"), or gained them, with nothing the other side names
// in their place: no word of theirs, nor a synonym, is on the other side.
// narrowed tells which way.
func scopeItemsChanged(o, n *side) (items []string, narrowed, ok bool) {
	// "It applies to" says what the notice covers in a paragraph that
	// names the notice.
	scope := func(sd *side) bool {
		if occasionsStart(sd) >= 0 {
			return true
		}
		if !hasAny(sd.norm, "applies to", "apply to", "covers ") {
			return false
		}
		if reScopeStatement().MatchString(sd.norm) {
			return true
		}
		for _, p := range sd.paras {
			if hasAny(strings.ToLower(p), "this notice", "this privacy notice", "this policy", "this privacy policy", "this statement") {
				return true
			}
		}
		return false
	}
	if !scope(o) || !scope(n) {
		return nil, false, false
	}
	// The items of lists of three or more single words in the clause
	// that says what the notice covers: "application, service, or tool".
	// So are the words of the occasions a statement that names the
	// notice lists ("explains how we handle information when you visit
	// the site, use our web and desktop apps, or contact us"): each is an
	// occasion the notice covers.
	listed := func(from, to *side) []string {
		ts := from.tokens()
		items := map[string]bool{}
		if at := occasionsStart(from); at >= 0 {
			for _, t := range ts[at+1:] {
				if t == "." || t == ";" || t == ":" {
					break
				}
				if !glue[t] && !stop[t] && len(t) > 1 && isLetter(t[0]) {
					items[t] = true
				}
			}
		}
		start := slices.IndexFunc(ts, func(t string) bool { return t == "applies" || t == "apply" || t == "covers" })
		if start < 0 && len(items) == 0 {
			return nil
		}
		if start >= 0 {
			for _, run := range listRuns(ts[start+1:]) {
				for _, w := range run {
					items[w] = true
				}
			}
		}
		var out []string
		for _, w := range missingFrom(from.loose, to.loose) {
			if items[w] && !spelledOut(w, to.words) {
				out = append(out, w)
			}
		}
		return out
	}
	gone, came := listed(o, n), listed(n, o)
	gone, came = unexplained(gone, came)
	sort.Strings(gone)
	sort.Strings(came)
	switch {
	case len(gone) > 0 && len(came) == 0:
		return gone, true, true
	case len(came) > 0 && len(gone) == 0:
		return came, false, true
	}
	return nil, false, false
}

// occasionsStart returns the index among the tokens of sd of the "when"
// that opens the occasions a statement of what the notice covers lists
// ("This policy explains how we handle personal information when you
// visit our site, use our apps, or call us"), or -1 when sd makes no
// such statement. The occasions run to the end of the sentence; a
// stretch that sets a condition of its own ("only", "if", "both") is
// not a list of occasions.
func occasionsStart(sd *side) int {
	if !hasAny(sd.norm, "explains", "describes", "sets out", "covers", "applies") || !reScopeStatement().MatchString(sd.norm) {
		return -1
	}
	ts := sd.tokens()
	for i := 0; i+1 < len(ts); i++ {
		if ts[i] != "when" && ts[i] != "whenever" || ts[i+1] != "you" {
			continue
		}
		for _, t := range ts[i+1:] {
			if t == "." || t == ";" || t == ":" {
				break
			}
			switch t {
			case "only", "solely", "if", "unless", "provided", "both", "either", "while", "where", "except":
				return -1
			}
		}
		return i
	}
	return -1
}

// listRuns returns the lists of three or more single words in ts, each
// joined to the next by a comma, "and" or "or" (or a comma and one of
// them): "application , service , or tool".
func listRuns(ts []string) [][]string {
	joiner := func(t string) bool { return t == "," || t == "and" || t == "or" }
	item := func(t string) bool { return !joiner(t) && !glue[t] && !stop[t] && len(t) > 1 && isLetter(t[0]) }
	var out [][]string
	for i := 0; i < len(ts); {
		if !item(ts[i]) {
			i++
			continue
		}
		run, j := []string{ts[i]}, i+1
		for j < len(ts) {
			k := j
			for k < len(ts) && k-j < 2 && joiner(ts[k]) {
				k++
			}
			if k == j || k >= len(ts) || !item(ts[k]) || k+1 < len(ts) && !joiner(ts[k+1]) && len(run) < 2 {
				break
			}
			run = append(run, ts[k])
			j = k + 1
		}
		if len(run) >= 3 {
			out = append(out, run)
		}
		i = j
	}
	return out
}

// reAnchoredPeriod finds a period and the event it runs from, if the
// sentence names one: "7 years after the end of your subscription".
var reAnchoredPeriod = lazyRegexp(`\b(\d+[ -](?:business |calendar )?(?:day|week|month|year)s?)\b(?:,? (?:after|from|following|since) ((?:[a-z']+ ){0,5}[a-z']+))?`)

// periodAnchorChanged reports a period that n counts from an event o does
// not count it from: o gives the same period from no event, or from an
// event none of whose words n's event shares, and n's event brings words
// o does not use at all. The period and both events are returned.
func periodAnchorChanged(o, n *side) (period, from, to string, ok bool) {
	if !hasAny(n.norm, " after ", " from ", " following ", " since ") || !strings.ContainsAny(n.norm, "0123456789") ||
		!strings.ContainsAny(o.norm, "0123456789") {
		return "", "", "", false
	}
	anchors := func(sd *side) map[string][]string {
		m := map[string][]string{}
		for _, g := range reAnchoredPeriod().FindAllStringSubmatch(sd.norm, -1) {
			p := strings.TrimSuffix(strings.ReplaceAll(g[1], "-", " "), "s")
			var ws []string
			for _, w := range strings.Fields(g[2]) {
				if clauseEnd(w) && w != "of" {
					break
				}
				ws = append(ws, w)
			}
			m[p] = append(m[p], strings.Join(ws, " "))
		}
		return m
	}
	oa, na := anchors(o), anchors(n)
	for p, nevs := range na {
		oevs, had := oa[p]
		if !had || len(oa) != len(na) && len(oa) > 1 {
			continue
		}
		for _, ev := range nevs {
			if ev == "" || slices.Contains(oevs, ev) {
				continue
			}
			shared, novel := false, false
			for _, w := range strings.Fields(ev) {
				if glue[w] || stop[w] {
					continue
				}
				for _, oe := range oevs {
					if slices.Contains(strings.Fields(oe), w) {
						shared = true
					}
				}
				if !o.wordSet()[w] && !spelledOut(w, o.words) {
					novel = true
				}
			}
			if !shared && novel {
				return p + "s", strings.Join(slices.DeleteFunc(slices.Clone(oevs), func(s string) bool { return s == "" }), "; "), ev, true
			}
		}
	}
	return "", "", "", false
}

// mailboxFinding is the M10 finding of a mailbox moved to another
// company's domain: another controller, or, where the sentence is about
// complaints ("you can contact the seal program at ..."), another dispute
// body.
func mailboxFinding(from, to, norm, quote string) finding {
	cat := notice.CatController
	if aboutDisputes(norm) {
		cat = notice.CatDisputes
	}
	return finding{rule: "M10 entity", impact: notice.ImpactNeutral, cats: []string{cat}, keywords: []string{from, to},
		reason: fmt.Sprintf("the e-mail address moved from '%s' to another company's domain, '%s': %s", from, to, quote)}
}

// genericDomainWords are the parts of a domain that name no company.
var genericDomainWords = map[string]bool{"co": true, "com": true, "org": true, "net": true, "ac": true, "gov": true, "edu": true,
	"mail": true, "email": true, "www": true, "support": true, "help": true, "privacy": true, "example": true}

// domainNames returns the names in a domain, less its top level and
// generic words, with hyphens dropped: "mail.hollowell-finch.co.uk" →
// ["hollowellfinch"].
func domainNames(d string) []string {
	labels := strings.Split(d, ".")
	var out []string
	for _, l := range labels[:len(labels)-1] {
		l = strings.ReplaceAll(l, "-", "")
		if l != "" && !genericDomainWords[l] {
			out = append(out, l)
		}
	}
	return out
}

// lettersOf returns the letters and digits of the sentences' texts,
// lowercase, run together: "Hollowell & Finch, Inc." → "hollowellfinchinc".
func lettersOf(ss []*sentence) string {
	var b strings.Builder
	for _, x := range ss {
		for _, r := range strings.ToLower(x.text) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// mostlyIn reports whether the sentences ss hold at least half of the
// key words of x.
func mostlyIn(x *sentence, ss []*sentence) bool {
	have := map[string]bool{}
	for _, y := range ss {
		for st := range y.stems() {
			have[st] = true
		}
	}
	ws := keyWords(x.key)
	found := 0
	for _, w := range ws {
		if have[stem(lemma(w))] {
			found++
		}
	}
	return 2*found >= len(ws)
}

// pointerLed reports a sentence that opens with a pointer to another part
// of the notice ("as section 3 says", "as the Ads section explains", "as
// explained above"), which its canonical form leaves out.
func pointerLed(x *sentence) bool {
	return strings.HasPrefix(x.norm, "as ") && x.canon != "" && !strings.HasPrefix(x.canon, "as ")
}

// missingFrom returns, sorted, the words of a whose stems b lacks (both
// map a stem to a word it came from).
func missingFrom(a, b map[string]string) []string {
	var out []string
	for st, w := range a {
		if _, ok := b[st]; !ok {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// changedLoose lists the words one side of a modified unit has and the
// other lacks.
func changedLoose(o, n *side) []string {
	out := append(missingFrom(n.loose, o.loose), missingFrom(o.loose, n.loose)...)
	sort.Strings(out)
	return out
}

func joinTexts(ss []*sentence) string {
	var t []string
	for _, s := range ss {
		t = append(t, s.text)
	}
	return strings.Join(t, " ")
}

// judgeModified tests a unit with sentences on both sides.
func judgeModified(u *unit, o, n *side, ctx *context) ([]finding, string) {
	// The quote is filled in by judge, once it knows the words each finding
	// is about.
	quote := quoteMark

	if o.contact && n.contact {
		if !equalStrings(o.entities, n.entities) && !sameNameTails(o.entities, n.entities) {
			return []finding{{rule: "M10 entity", impact: notice.ImpactNeutral, cats: []string{notice.CatController},
				reason: fmt.Sprintf("the company named in the contact details changed: %s", quote)}}, ""
		}
		if from, to, ok := mailboxMoved(o, n, ctx); ok {
			return []finding{mailboxFinding(from, to, n.norm, quote)}, ""
		}
		return nil, "E5 contact details of the same entity: " + quote
	}

	// E5 a suite, floor or unit added to, dropped from or changed in the
	// same company's postal address within a sentence.
	if equalStrings(o.entities, n.entities) && len(o.entities) > 0 && o.norm != n.norm &&
		reAddressUnit().ReplaceAllString(o.norm, "") == reAddressUnit().ReplaceAllString(n.norm, "") {
		return nil, "E5 contact details of the same entity: " + quote
	}
	// E5 the same company's street address changed within a sentence:
	// everything but the street, unit and postcode is the same, so the
	// company, the city and the country are too.
	if o.norm != n.norm && sameButAddress(o.norm, n.norm) {
		return nil, "E5 contact details of the same entity: " + quote
	}
	if linkTextOnly(u, o, n) {
		return nil, "E4 a link's text made more or less descriptive, to the same page: " + quote
	}
	if typosOnly(o, n, ctx) {
		return nil, "E7 a misspelt word corrected or introduced: " + quote
	}
	// M3 a list's lead-in that now gives its items as examples ("we may
	// use it as follows:" → "for purposes such as those in this
	// table:"): what the list names no longer limits what is done, and
	// the reverse.
	if opened, closed := examplesLead(u.new)-examplesLead(u.old), examplesLead(u.old)-examplesLead(u.new); opened > 0 || closed > 0 {
		impact, what := notice.ImpactLessProtective, "now gives its items as examples"
		if closed > 0 {
			impact, what = notice.ImpactMoreProtective, "no longer gives its items as examples"
		}
		return []finding{{rule: "M3 qualifier", impact: impact, cats: verbCats(n.norm), keywords: []string{"such", "including", "example"},
			reason: fmt.Sprintf("a list's lead-in %s: %s", what, quote)}}, ""
	}
	// M3 "and" swapped for "or" between two conditions, however the
	// rewrite lays them out: "when we - are compelled ..., and - believe
	// ..." → "when either is true: (1) we are compelled ...; or (2) we
	// believe ...". Either condition now suffices (or both are needed).
	if from, to, ok := conditionJoinerSwapped(o, n); ok && !deniedEither(o, n) {
		impact := notice.ImpactLessProtective
		if to == "and" {
			impact = notice.ImpactMoreProtective
		}
		return []finding{{rule: "M3 and/or", impact: impact, keywords: []string{from, to},
			reason: fmt.Sprintf("'%s' became '%s' between conditions: %s", from, to, quote)}}, ""
	}
	// So is a lead-in to conditions listed below it that now says how
	// many of them must hold, against the word that joined them before:
	// "when we - are compelled ..., and - believe ..." → "when either of
	// the following applies: 1. ... 2. ...". "Both" or "all of the
	// following" keeps the "and"; "either" or "any" makes one enough.
	if from, to, ok := listedConditionsJoined(u); ok {
		impact := notice.ImpactLessProtective
		if to == "and" {
			impact = notice.ImpactMoreProtective
		}
		return []finding{{rule: "M3 and/or", impact: impact, keywords: []string{from, to},
			reason: fmt.Sprintf("the conditions listed were joined by '%s' and now by '%s': %s", from, to, quote)}}, ""
	}
	if listToTable(u, o, n) {
		return nil, "E7 a list turned into a table, or a table into a list, with the same items: " + quote
	}
	if exampleAside(u, o, n) {
		return nil, "E8 an example set in brackets, which only illustrates what the sentence says: " + quote
	}

	var fs []finding
	add := func(rule string, impact notice.Impact, reason string, cats []string, kw ...string) {
		fs = append(fs, finding{rule: rule, impact: impact, reason: reason, cats: cats, keywords: kw})
	}

	// M10 a mailbox moved to another company's domain.
	if from, to, ok := mailboxMoved(o, n, ctx); ok {
		fs = append(fs, mailboxFinding(from, to, n.norm, quote))
	}
	// M3 what the notice covers narrowed or widened by a listed kind of
	// thing: "applies to any site ..., and to any application, service,
	// or tool" → "applies to any site ...".
	if items, narrowed, ok := scopeItemsChanged(o, n); ok {
		impact, what := notice.ImpactMoreProtective, "now also covers"
		if narrowed {
			impact, what = notice.ImpactLessProtective, "no longer covers"
		}
		add("M3 scope", impact, fmt.Sprintf("the notice %s '%s': %s", what, strings.Join(items, ", "), quote), []string{notice.CatOther}, items...)
	}
	// M6 a period now counted from another event: "kept for 7 years" →
	// "7 years after the end of your subscription".
	if p, from, to, ok := periodAnchorChanged(o, n); ok {
		what := fmt.Sprintf("the %s now run from '%s'", p, to)
		if from != "" {
			what = fmt.Sprintf("the %s now run from '%s', not '%s'", p, to, from)
		}
		add("M6 period", notice.ImpactLessProtective, what+": "+quote, []string{notice.CatRetention}, append(strings.Fields(p), strings.Fields(to)...)...)
	}

	// M1 polarity. "Neither X nor Y" denies as "not X or Y" does, or as
	// "not X and not Y": counts that may be equal are.
	// "For such unresolved complaints" refers back to the complaints the
	// side already called unresolved: the repeated denial is no new one.
	bo, bn := backDenials(o), backDenials(n)
	if (n.neg-bn < o.negLow-bo || o.neg-bo < n.negLow-bn) && !sameDenials(o, n) {
		impact := notice.ImpactMoreProtective
		what := "a negation was added"
		if n.neg < o.negLow {
			what = "a negation was removed"
			impact = notice.ImpactLessProtective
			if negatesProtection(o.norm) && !negatesProtection(n.norm) {
				impact = notice.ImpactMoreProtective
			}
		} else if negatesProtection(n.norm) && !negatesProtection(o.norm) ||
			hasAny(" "+n.norm+" ", " you may not ", " you not ", " you do not have ", " not have the right", " not be able",
				" may not be able", " not entitled", " you will not be able ") {
			// A ban on what users can do, or a protective action negated.
			impact = notice.ImpactLessProtective
		}
		add("M1 polarity", impact, what+": "+quote, nil, "not", "no", "never", "none", "nor", "rather", "instead", "cannot")
	}
	// M1 polarity of a joined verb: "we do not rent it. We trade it" →
	// "we do not rent it or trade it" denies trading, which the old side
	// only affirmed (and the reverse).
	if len(fs) == 0 {
		if w, ok := joinedDenial(n, o); ok {
			add("M1 polarity", notice.ImpactMoreProtective, fmt.Sprintf("'%s' is now denied: %s", w, quote), nil, w)
		} else if w, ok := joinedDenial(o, n); ok {
			add("M1 polarity", notice.ImpactLessProtective, fmt.Sprintf("'%s' is no longer denied: %s", w, quote), nil, w)
		}
	}
	// M1 polarity per clause: the same number of negations, but what
	// is denied moved ("we do not sell X, and we share it" → "we sell X,
	// and we do not share it").
	if o.neg == n.neg && o.neg > 0 {
		if a, b, ok := negationMoved(o, n); ok && polarityFlip(o, n) {
			add("M1 polarity", notice.ImpactLessProtective,
				fmt.Sprintf("what is denied changed ('%s' is no longer denied, '%s' now is): %s", a, b, quote), nil, a, b)
		} else if w, ok := nounDenialDropped(o, n); ok {
			add("M1 polarity", notice.ImpactLessProtective, fmt.Sprintf("'%s' is no longer denied, something else is: %s", w, quote), nil, w)
		} else if w, ok := nounDenialDropped(n, o); ok {
			add("M1 polarity", notice.ImpactMoreProtective, fmt.Sprintf("'%s' is now denied, something else no longer is: %s", w, quote), nil, w)
		} else if w, ok := leftDenial(o, n); ok {
			add("M1 polarity", notice.ImpactLessProtective, fmt.Sprintf("'%s' is no longer denied: %s", w, quote), nil, w)
		} else if w, ok := leftDenial(n, o); ok {
			add("M1 polarity", notice.ImpactMoreProtective, fmt.Sprintf("'%s' is now denied: %s", w, quote), nil, w)
		}
	}
	// M1 an item of a list under a lead-in that denies ("We never sell
	// your data to: - advertisers; - data brokers.") that the rewrite
	// now names in a clause that does something with the data and
	// denies nothing ("We provide it to advertisers."), while the
	// denial stays for the rest: what was denied of it is now done, or
	// the reverse.
	if len(fs) == 0 {
		if w, ok := itemDenialLifted(u.old, u.new); ok {
			add("M1 item denial", notice.ImpactLessProtective, fmt.Sprintf("'%s', listed under a denial, is no longer denied: %s", w, quote), nil, w)
		} else if w, ok := itemDenialLifted(u.new, u.old); ok {
			add("M1 item denial", notice.ImpactMoreProtective, fmt.Sprintf("'%s' is now listed under a denial: %s", w, quote), nil, w)
		}
	}
	// M1 a denial that now bans another practice of the same data:
	// "we do not collect X" → "we do not use X for ads".
	if len(fs) == 0 {
		if from, to, ok := denialNarrowed(o, n); ok {
			// Not taking the data at all bans every use of it: a ban
			// moved from collecting to a use is narrower, the reverse
			// wider.
			impact := notice.ImpactNeutral
			switch {
			case from == "collect":
				impact = notice.ImpactLessProtective
			case to == "collect":
				impact = notice.ImpactMoreProtective
			}
			add("M1 polarity", impact, fmt.Sprintf("what is denied changed ('%s' became '%s'): %s", from, to, quote), nil, from, to)
		}
	}
	// M2 modality.
	// "can" says what is possible, not what is promised or permitted: it
	// comes and goes in rewording ("are visible to" → "can see"), and counts
	// only when it stands in for a dropped "may".
	op, np := o.possible+o.can, n.possible+n.can
	opos, npos := o.possible, n.possible
	// An instruction given as a step ("Contact us first", "If you fax
	// it, include your name") tells the reader to do what "you should
	// first contact us", "you may raise it with X" or "you must include
	// your name" said they may or must: a modal addressed to the reader
	// that the other side gives as an imperative of the same verb is no
	// permission or duty lost, nor one gained.
	ocs, ncs, ocm, ncm := o.commitSent, n.commitSent, o.commit, n.commit
	if m := userModalsAsSteps(o, n); m != (readerModals{}) {
		op, opos, ocm, ocs = op-m.may-m.can, opos-m.may, ocm-m.must, ocs-m.mustSents
	}
	if m := userModalsAsSteps(n, o); m != (readerModals{}) {
		np, npos, ncm, ncs = np-m.may-m.can, npos-m.may, ncm-m.must, ncs-m.mustSents
	}
	// Measures "designed to reduce" a risk aim at it as those used "in an
	// effort to reduce" it do (E7): a "try to" that gives way to "designed
	// to" is the same hedge. Alone, "designed to" only states a purpose.
	if k := min(tries(o)-tries(n), designedTo(n)-designedTo(o)); k > 0 {
		np, npos = np+k, npos+k
	}
	if k := min(tries(n)-tries(o), designedTo(o)-designedTo(n)); k > 0 {
		op, opos = op+k, opos+k
	}
	// "You may opt out by A or B" and "there are two ways to opt out: A,
	// or B" grant the user the same choice (E7): the ways offered to do
	// what the "may" permitted state the permission.
	if k := min(opos-npos, waysTo(n, userMay(o))-waysTo(o, userMay(o))); k > 0 {
		np, npos = np+k, npos+k
	}
	if k := min(npos-opos, waysTo(o, userMay(n))-waysTo(n, userMay(n))); k > 0 {
		op, opos = op+k, opos+k
	}
	// "We protect it with these measures in an effort to reduce the
	// risks" and "to reduce the risks, we protect it with these
	// measures" state the same aim of the same measures (E7): a try that
	// only says what a practice is for ("to try to reduce") is no hedge
	// on the practice, as "we will try to respond" is on a promise.
	if k := min(tries(o)-tries(n), aimedTries(o, n)); k > 0 {
		op, opos = op-k, opos-k
	}
	if k := min(tries(n)-tries(o), aimedTries(n, o)); k > 0 {
		np, npos = np-k, npos-k
	}
	// A list item that only names a recipient under its heading ("**Business
	// transfers:** as part of a merger"), rewritten as a sentence, says
	// that the recipient "may receive" the data: the item held the
	// permission its list states, and the "may" states it again (E7). A
	// denial or a promise still counts by its own words.
	if k := min(npos-opos, namedReceiving(u)); k > 0 && o.neg == n.neg && o.commitSent == n.commitSent {
		np, npos = np-k, npos-k
	}
	modalChanged := op != np && opos != npos
	// "We will post X and update Y" and "X will be posted and Y will be
	// updated" make the same commitment: compare the sentences that commit,
	// not how often "will" is written.
	commitChanged := ocs != ncs || ocm != ncm && (ocm == 0 || ncm == 0)
	// "We will ask X, and we will show Y" split in two ("Y will be
	// shown ...; we will also ask X") makes the same commitments in more
	// sentences.
	if commitChanged && o.commit == n.commit && sentencesSplit(o, n) {
		commitChanged = false
	}
	// "We notify you" and "we will notify you" make the same promise: a
	// "we will" that stands in for a present-tense "we ..." is no new
	// commitment, nor is one turned back into the present a weaker one.
	if commitChanged && !modalChanged && futureForPresent(o, n) {
		commitChanged = false
	}
	// "We will notify you by email and by a notice on our website at
	// least 15 days before" split into steps ("we will email you"; "we
	// will also post a notice on our website"; "we will do both at least
	// 15 days before") makes the one promise in more sentences.
	if commitChanged && !modalChanged && o.neg == n.neg && commitRepeated(o, n) {
		commitChanged = false
	}
	// "Employees must use multi-factor authentication" is the safeguard
	// "multi-factor authentication for employee access" said as the rule
	// our own staff keep: a duty laid on our staff to use a measure the
	// other side names for them is the same safeguard (E7), no new
	// promise.
	if commitChanged && !modalChanged {
		for _, p := range [][2]*side{{o, n}, {n, o}} {
			if k := staffDuties(p[1], p[0]); k > 0 && p[1].commitSent-p[0].commitSent == k && p[1].commit-p[0].commit == k {
				commitChanged = false
			}
		}
	}
	// A sentence split in two repeats its modal: "we may collect X and
	// give it to Y" → "we may collect X. We may also give it to Y" permits
	// what it did.
	if modalChanged && !commitChanged && modalRepeated(o, n) {
		modalChanged = false
	}
	// "They may use it only to deliver" allows what "they must only use
	// it to deliver" binds them to: a permission limited by "only" is the
	// same limit as a duty to keep to it.
	if (modalChanged || commitChanged) && o.restrict["only"] > 0 && o.restrict["only"] == n.restrict["only"] && o.neg == n.neg &&
		(onlyPermitted(o) && (onlyBound(n) || onlyLimited(n)) || onlyPermitted(n) && (onlyBound(o) || onlyLimited(o))) {
		modalChanged, commitChanged = false, false
	}
	// A hedge put on what we do in one sentence is not offset by a
	// user's "can" that went from another.
	hedged := !modalChanged && !commitChanged && npos > opos && hedgedInPair(o, n)
	if modalChanged || commitChanged || hedged {
		impact := notice.ImpactMoreProtective
		what := "the modal verb changed"
		switch {
		case hedged || np > op && ncs <= ocs:
			what, impact = "a hedge or permission ('may', 'can') was added", notice.ImpactLessProtective
		case ncs < ocs:
			what, impact = "a commitment ('will', 'must') was weakened", notice.ImpactLessProtective
		case np < op:
			what = "a hedge or permission ('may', 'can') was removed"
		case ncs > ocs:
			what = "a commitment ('will', 'must') was added"
			if strings.Contains(n.norm, "you must") && !strings.Contains(o.norm, "you must") {
				impact = notice.ImpactLessProtective
			}
		}
		kw := []string{"may", "might", "can", "could", "will", "must"}
		if hedged {
			kw = []string{"may", "might", "could"}
		}
		add("M2 modality", impact, what+": "+quote, nil, kw...)
	}
	// M2 a hedging adverb added to, or dropped from, an absolute statement
	// (a ban, a promise, "only", "all"): "are never used" → "are not
	// normally used".
	absolute := func(sd *side) bool {
		if sd.neg > 0 || sd.commit > 0 || sd.restrict["only"] > 0 || sd.restrict["always"] > 0 {
			return true
		}
		for _, w := range sd.words {
			if universal[w] {
				return true
			}
		}
		return false
	}
	// So is one added to, or dropped from, a plain statement of what we
	// do or what users can do ("we respond within 30 days" → "we
	// generally respond within 30 days"): a hedged commitment commits to
	// less, a hedged permission permits less. A hedge inside a purpose
	// clause ("to generally operate the website") or an adjective
	// ("generally accepted standards") qualifies no statement.
	if o.hedge != n.hedge && (absolute(o) || absolute(n)) ||
		statementHedges(o) != statementHedges(n) && (states(o) || states(n)) {
		impact, what := notice.ImpactLessProtective, "a hedge ('normally', 'usually', 'in most cases') was added"
		if n.hedge < o.hedge {
			impact, what = notice.ImpactMoreProtective, "a hedge ('normally', 'usually', 'in most cases') was removed"
		}
		// A hedged permission ("we usually share") permits less.
		if isPermission(o) && !isProtection(o) {
			if impact == notice.ImpactLessProtective {
				impact = notice.ImpactMoreProtective
			} else {
				impact = notice.ImpactLessProtective
			}
		}
		add("M2 modality", impact, what+": "+quote, nil, "normally", "usually", "generally", "typically", "ordinarily", "mostly", "largely", "mainly", "primarily", "rule", "cases", "principle", "possible", "practicable")
	}
	// M4 a consent or approval that is no longer asked for, or is now
	// ("collect consent from each parent" → "notify each parent"): being
	// told is not being asked.
	oc, nc := consentWords(o.words), consentWords(n.words)
	oi, ni := informWords(o.words), informWords(n.words)
	// A consent that came or went with a whole exception clause
	// ("without your consent") is the M4 exception edit.
	if len(diffCounts(o.except, n.except)) == 0 && ((oc == 0) != (nc == 0) || oc > nc && ni > oi || nc > oc && oi > ni) {
		impact, what := notice.ImpactLessProtective, "a consent or approval is no longer required"
		if oc < nc {
			impact, what = notice.ImpactMoreProtective, "a consent or approval is now required"
		}
		add("M4 consent", impact, what+": "+quote, []string{notice.CatChoice}, "consent", "consents", "approval", "approve", "authorization", "authorisation", "permission", "notify", "inform", "tell")
	}
	// M13 scope: a service now said to fall under a notice of its own is
	// no longer covered by this one, and the reverse.
	if oe, ne := ownNotices(o.norm), ownNotices(n.norm); oe != ne {
		impact, what := notice.ImpactLessProtective, "a service is now left to a notice of its own"
		if ne < oe {
			impact, what = notice.ImpactMoreProtective, "a service is no longer left to a notice of its own"
		}
		add("M13 scope", impact, what+": "+quote, []string{notice.CatOther}, "own", "separate", "notice", "policy", "covers", "cover")
	}
	// M3 restrictive qualifiers; one that came or went with a whole
	// exception clause ("without your explicit consent") is part of the M4
	// edit, not a qualifier of its own.
	// A clause that only moved ("without your consent" put first) came
	// and went with nothing: a qualifier dropped from it is its own edit.
	var withClause map[string]bool
	if len(diffCounts(o.except, n.except)) > 0 {
		withClause = exceptionStretches(o, n)
	}
	qualifiers := diffCounts(o.restrict, n.restrict)
	// A qualifier the text dropped that only a new label still says
	// ("an independent auditor" → "**Independent audit.** An auditor")
	// went from what the item says.
	for w, k := range o.restrict {
		if n.restrict[w] == k && k-labelQualifiers(o, w) != k-labelQualifiers(n, w) {
			qualifiers = append(qualifiers, w)
		}
	}
	sort.Strings(qualifiers)
	for _, w := range qualifiers {
		if withClause[w] {
			continue
		}
		// "With your consent, we use X" and "we use X, but only if you
		// consent" make the practice hang on the same consent: the
		// "only" says what the condition already did.
		if w == "only" && oc > 0 && nc > 0 && n.restrict[w]-o.restrict[w] == consentOnly(n)-consentOnly(o) {
			continue
		}
		// "periodically" and "from time to time" give the same frequency.
		lacks := o
		if o.restrict[w] > n.restrict[w] || o.restrict[w] == n.restrict[w] && labelQualifiers(n, w) > labelQualifiers(o, w) {
			lacks = n
		}
		if w == "periodically" && hasAny(" "+lacks.norm, " from time to time", " occasionally") {
			continue
		}
		// "Ads are contextual only" says what "every ad is contextual"
		// does: a universal subject in the place of "only" (E6).
		if w == "only" && universalOnly(o, n) {
			continue
		}
		// A list item's label ("Independent audit: an independent
		// auditor ...") names what its item says, as a heading does (E3):
		// a qualifier it repeats is not one more.
		hi := n
		if lacks == n {
			hi = o
		}
		if hi.restrict[w]-labelQualifiers(hi, w) == lacks.restrict[w]-labelQualifiers(lacks, w) && lacks.restrict[w] > 0 {
			continue
		}
		impact := notice.ImpactMoreProtective
		verb := "added"
		if lacks == n {
			impact, verb = notice.ImpactLessProtective, "removed"
		}
		with := n
		if verb == "removed" {
			with = o
		}
		add("M3 qualifier", impact, fmt.Sprintf("the qualifier '%s' was %s: %s", w, verb, quote), qualifiedCats(with, w), restrictForms(w)...)
	}
	// M4 exceptions and conditions.
	for _, w := range diffCounts(o.except, n.except) {
		// "accessed without authorization" is "unauthorized access": a
		// harm named, not an exception to a practice (E7).
		if w == "without" && o.except[w]-n.except[w] == bareWithoutAuth(o)-bareWithoutAuth(n) &&
			o.except[w]-n.except[w] == unauthorizedWords(n)-unauthorizedWords(o) {
			continue
		}
		impact := notice.ImpactLessProtective
		verb := "added"
		if o.except[w] > n.except[w] {
			impact, verb = notice.ImpactMoreProtective, "removed"
		}
		with := n
		if verb == "removed" {
			with = o
		}
		add("M4 exception", impact, fmt.Sprintf("an exception ('%s') was %s: %s", w, verb, quote), exceptedCats(with, w), exceptForms(w)...)
	}
	// M12 timing. A step done "first" is done before what the sentence
	// is about (E7): "if you want to join, we will ask a grown-up first"
	// is "before you can join, we will ask a grown-up".
	for _, w := range diffCounts(o.timing, n.timing) {
		if w == "before" && o.timing[w]-n.timing[w] == firstAdverbs(n)-firstAdverbs(o) {
			continue
		}
		verb := "added"
		impact := notice.ImpactMoreProtective
		if o.timing[w] > n.timing[w] {
			verb, impact = "removed", notice.ImpactLessProtective
		}
		add("M12 timing", impact, fmt.Sprintf("when it happens changed ('%s' was %s): %s", w, verb, quote), nil, w)
	}
	// M6 numbers.
	if !equalStrings(o.quantities, n.quantities) && !valueRepeated(o, n) && !valueRepeated(n, o) && !headingHolds(u.new, n, o) && !headingHolds(u.old, o, n) {
		add("M6 number", numberImpact(o, n), numberWhat(o, n)+" changed: "+quote, numberCats(n), numberWordsIn(o.norm+" "+n.norm)...)
	}
	// M6 references to list items that point elsewhere, though the
	// numbers are the same ones in another order: "contract (items 1
	// and 4) ... consent (item 2)" → "contract (items 1 and 2) ...
	// consent (item 4)" bases other items on consent.
	if equalStrings(o.quantities, n.quantities) && strings.Contains(o.norm, "item") && strings.Contains(n.norm, "item") {
		if or, nr := itemRefs(o.norm), itemRefs(n.norm); len(or) > 0 && !slices.Equal(or, nr) {
			add("M6 number", notice.ImpactNeutral, "a reference now points to other list items: "+quote, nil, "item", "items")
		}
	}
	// M6 a lower bound became an upper bound, or the reverse ("at least
	// 30 days" → "no more than 30 days"), with the same value.
	if equalStrings(o.quantities, n.quantities) {
		ol, ou, nl, nu := strings.Count(o.norm, "at least"), strings.Count(o.norm, "within"), strings.Count(n.norm, "at least"), strings.Count(n.norm, "within")
		if ol > nl && nu > ou || ou > nu && nl > ol {
			add("M6 number", numberImpact(o, n), "a lower bound became an upper bound, or the reverse: "+quote, numberCats(n), "least", "within")
		}
	}
	// M10 entities.
	if !equalStrings(o.entities, n.entities) && !sameEntities(o.entities, n.entities) {
		add("M10 entity", notice.ImpactNeutral, "a different company is named: "+quote,
			[]string{entityCat(o.norm + " " + n.norm)}, append(append([]string{}, o.entities...), n.entities...)...)
	}
	// M8 places.
	// A place named on one side by its adjective on the other ("Germany",
	// "German servers") is the same place (E6).
	added, removed := byDemonym(setDiff(n.places, o.places), o), byDemonym(setDiff(o.places, n.places), n)
	// A place the other revision named over what the sentence now says
	// of it, in a heading or a sentence of its own (E7).
	if ctx != nil {
		added = placesNamedOver(added, u.new, n, ctx.olds, ctx.news, u.old)
		removed = placesNamedOver(removed, u.old, o, ctx.news, ctx.olds, u.new)
	}
	if len(added)+len(removed) > 0 {
		impact := notice.ImpactNeutral
		switch {
		case len(added) > 0 && len(removed) == 0:
			impact = notice.ImpactLessProtective
		case len(removed) > 0 && len(added) == 0:
			impact = notice.ImpactMoreProtective
		}
		cat := notice.CatInternational
		switch both := " " + n.norm + " " + o.norm + " "; {
		case hasAny(both, "law", "court", "governed", "venue", "jurisdiction", "arbitration") || aboutDisputes(both):
			cat = notice.CatDisputes
		case hasAny(both, " right ", " rights ", " requests ") && !aboutPlace(both) && !hasAny(both, "transfer", "stored", "store ", "server", "process", "access your", "can access"):
			// Where the people live who may use the rights: who may use
			// them (access), not where data goes.
			cat = notice.CatAccess
		}
		add("M8 place", impact, placeWhat(cat, added, removed)+": "+quote, []string{cat}, append(append([]string{}, removed...), added...)...)
	}
	// M8 the unnamed places beside a named one ("California and certain
	// other states", "the US and other countries") dropped or added, the
	// named place kept: the set of places narrowed or widened.
	if len(o.places) > 0 && len(n.places) > 0 && len(setDiff(n.places, o.places))+len(setDiff(o.places, n.places)) == 0 {
		oo, on := otherPlaces(o.tokens())
		no, nn := otherPlaces(n.tokens())
		if oo != no && (oo > no) == (on > nn) {
			// Places dropped narrow where data goes, and who holds a
			// right: fewer holders is less protective.
			both := " " + n.norm + " " + o.norm + " "
			cat := notice.CatInternational
			// "Residents of" and "if you live in" name who holds the right,
			// not where data resides.
			if hasAny(both, " right ", " right to", " rights", " requests ") &&
				(!aboutPlace(both) || hasAny(both, " resident", " live in ", " living in ")) {
				cat = notice.CatAccess
			}
			impact, what := notice.ImpactMoreProtective, "other places beside the one named were dropped"
			if oo < no {
				impact, what = notice.ImpactLessProtective, "other places beside the one named were added"
			}
			if cat == notice.CatAccess {
				if impact == notice.ImpactMoreProtective {
					impact = notice.ImpactLessProtective
				} else {
					impact = notice.ImpactMoreProtective
				}
			}
			add("M8 place", impact, what+": "+quote, []string{cat}, "other", "elsewhere", "states", "countries")
		}
	}
	// M9 frameworks.
	if !equalStrings(o.frameworks, n.frameworks) {
		// A framework swapped for another is neutral; one dropped with
		// none in its place removes a safeguard, one added adds one.
		impact, what := notice.ImpactNeutral, "the legal framework for transfers abroad changed"
		switch added, removed := setDiff(n.frameworks, o.frameworks), setDiff(o.frameworks, n.frameworks); {
		case len(added) == 0 && len(removed) > 0:
			impact, what = notice.ImpactLessProtective, "a legal framework for transfers abroad was dropped"
		case len(removed) == 0 && len(added) > 0:
			impact, what = notice.ImpactMoreProtective, "a legal framework for transfers abroad was added"
		}
		add("M9 framework", impact, what+": "+quote,
			[]string{notice.CatInternational}, append(append([]string{}, o.frameworks...), n.frameworks...)...)
	}
	// M9/M10/M11 a named party, body or program swapped, added or dropped.
	// A name that canonical forms spell another way ("United Kingdom" is
	// "uk") is not one that changed.
	if len(fs) == 0 {
		oldNames, newNames := properNouns(o.texts, ctx.lowercase), properNouns(n.texts, ctx.lowercase)
		var added, removed []string
		oldLower, newLower := strings.ToLower(strings.Join(o.texts, " ")), strings.ToLower(strings.Join(n.texts, " "))
		for w := range newNames {
			if !strings.Contains(o.norm, w) && !strings.Contains(oldLower, w) && !expands(w, o.texts) && !inExpansionOf(w, n.texts, o.wordSet()) && !sameCountry(w, o) && containsWord(n.norm, w) && !fullerName(w, n, o) && !pluralOf(w, o) {
				added = append(added, w)
			}
		}
		for w := range oldNames {
			if !strings.Contains(n.norm, w) && !strings.Contains(newLower, w) && !expands(w, n.texts) && !inExpansionOf(w, o.texts, n.wordSet()) && !sameCountry(w, n) && containsWord(o.norm, w) && !fullerName(w, o, n) && !pluralOf(w, n) {
				removed = append(removed, w)
			}
		}
		// A name in a link's text that the link's target spells, where
		// the other side links to the same page, names the page (E4):
		// "[here](https://example.org/watchdog)" → "[the Watchdog
		// form](https://example.org/watchdog)".
		added = slices.DeleteFunc(added, func(w string) bool { return namedByLink(w, u.new, u.old) })
		removed = slices.DeleteFunc(removed, func(w string) bool { return namedByLink(w, u.old, u.new) })
		// An acronym in brackets after the words it stands for, in any
		// case ("a software development kit (SDK)"), names no new party.
		added, removed = slices.DeleteFunc(added, acronymOf(n)), slices.DeleteFunc(removed, acronymOf(o))
		// "a US-based company" says where it is based, as "based in the
		// United States" does: the place, not a party, is named.
		added = slices.DeleteFunc(added, func(w string) bool { return basedIn(w, o) })
		removed = slices.DeleteFunc(removed, func(w string) bool { return basedIn(w, n) })
		// A word of the title of a section of the notice, where the
		// sentence gives that title ("the details set out under
		// “Questions or Complaints” below"), points to a part of the
		// notice (E2): it names no party.
		added = slices.DeleteFunc(added, func(w string) bool { return sectionNamed(w, n, ctx.titles(ctx.news)) })
		removed = slices.DeleteFunc(removed, func(w string) bool { return sectionNamed(w, o, ctx.titles(ctx.olds)) })
		// The notice calling itself by another of its names ("This Privacy
		// Policy" → "This Privacy Notice") names the same document (E1).
		added = slices.DeleteFunc(added, func(w string) bool { return selfName(w, n.norm) })
		removed = slices.DeleteFunc(removed, func(w string) bool { return selfName(w, o.norm) })
		// An acronym in capitals for words the other side spells out
		// ("HRV", "heart rate variability") names the same thing.
		added, removed = slices.DeleteFunc(added, acronymFor(n, o)), slices.DeleteFunc(removed, acronymFor(o, n))
		// The product the notice is titled after, called "the game" or
		// "our app" on the other side, is the same product (E7): "Lantern
		// Lagoon is free to play" → "The game is free to play".
		// So is the product named as what a user plays or uses where
		// the other side plays or uses with no name: "if you play from
		// abroad" → "if you play Lantern Lagoon from abroad".
		added = slices.DeleteFunc(added, func(w string) bool {
			return titleNamed(w, u.new) && (callsItself(o.norm) || usedByName(w, n.norm, o.norm))
		})
		removed = slices.DeleteFunc(removed, func(w string) bool {
			return titleNamed(w, u.old) && (callsItself(n.norm) || usedByName(w, o.norm, n.norm))
		})
		// The notice's own product or company named as the owner of what
		// the other side calls ours names the same owner (E7): "Our
		// servers are in Ireland" → "Example Game's servers are in
		// Ireland".
		added = slices.DeleteFunc(added, func(w string) bool { return ownedAsOurs(w, n, o, u.new, ctx.selfNames()) })
		removed = slices.DeleteFunc(removed, func(w string) bool { return ownedAsOurs(w, o, n, u.old, ctx.selfNames()) })
		// A place the other revision named over what the sentence now
		// says of it (see placesNamedOver) names no party.
		added = namedPlacesOver(added, u.new, n, ctx.olds, ctx.news, u.old)
		removed = namedPlacesOver(removed, u.old, o, ctx.news, ctx.olds, u.new)
		sort.Strings(added)
		sort.Strings(removed)
		if len(added) > 0 || len(removed) > 0 {
			impact := notice.ImpactNeutral
			var cats []string
			rule, what := "M10 named party", "a named company, body or program changed"
			switch {
			case len(removed) == 0 && narrowingInsert(o, n):
				// A qualifier narrows the statement's reach: a narrower
				// protection, or a narrower permission.
				impact = notice.ImpactLessProtective
				if isPermission(o) && !isProtection(o) {
					impact = notice.ImpactMoreProtective
				}
				rule, cats = "M3 qualifier", verbCats(n.norm)
				what = "a qualifier now limits what the statement covers"
			case len(removed) == 0:
				impact = insertionImpact(n)
			case len(added) == 0:
				impact = deletionImpact(o, nil)
			}
			if aboutDisputes(o.norm + " " + n.norm) {
				rule, cats = "M11 dispute body", append(cats, notice.CatDisputes)
				what = "a dispute body or privacy program changed"
			}
			add(rule, impact, what+": "+quote, cats, append(append([]string{}, removed...), added...)...)
		}
	}
	// M1 antonyms: "opt in" → "opt out", "enabled" → "disabled".
	{
		ow, nw := o.wordSet(), n.wordSet()
		for w := range ow {
			if a, ok := antonyms[w]; ok && !nw[w] && nw[a] && !ow[a] {
				add("M1 polarity", antonymImpact(w, a), fmt.Sprintf("the opposite is now said ('%s' became '%s'): %s", displayWord(w), displayWord(a), quote), nil, w, a)
				break
			}
		}
	}
	// M3 and M5 in small edits: list items, and/or, quantifiers. A
	// rewritten paragraph is compared sentence by sentence, each with its
	// best partner, so that words moved between sentences are not read as
	// list items added or removed.
	var hf []finding
	if len(u.old) == 1 && len(u.new) == 1 {
		hf = hunkFindings(o, n, quote, nil, nil)
		hf = append(hf, conditionFindings(o, n, quote)...)
		if len(hf) == 0 {
			hf = conditionScopeFindings(o, n, quote)
		}
	} else {
		// Steps are read under their lead-in: "If you have a question,
		// please write to us" set as "1. Write to us" under "If you have
		// a question, follow these steps:" keeps its condition there.
		ow, nw := withLeadIns(o.wordSet(), u.old), withLeadIns(n.wordSet(), u.new)
		for _, p := range u.pairs {
			po, pn := newSide(p[:1]), newSide(p[1:])
			hf = append(hf, hunkFindings(po, pn, quote, ow, nw)...)
		}
	}
	// A sentence whose list became a lead-in over items ("We do not
	// consider X to include: a, b, c" → "We do not consider the following
	// to be X:" over bullets), or the reverse: an item of the sentence's
	// list that no item names, or an item that the sentence's list does
	// not name, was dropped or added.
	if len(u.old)+len(u.new) > 2 {
		ow, nw := o.wordSet(), n.wordSet()
		for _, y := range u.new {
			if items, ok := listItemsUnder(y, u.new); ok {
				gone, came, x := listedItemsChanged(u.old, items, ow, nw)
				// An entry the new revision still names elsewhere was
				// moved, not dropped; the sentence that listed it says
				// which way dropping it cuts.
				gone = slices.DeleteFunc(gone, ctx.newSays)
				if len(gone)+len(came) > 0 {
					hf = append(hf, itemsFinding(gone, came, newSide([]*sentence{x}), quote))
				}
			}
		}
		for _, y := range u.old {
			if items, ok := listItemsUnder(y, u.old); ok {
				if came, gone, _ := listedItemsChanged(u.new, items, nw, ow); len(gone)+len(came) > 0 {
					hf = append(hf, itemsFinding(gone, came, o, quote))
				}
			}
		}
	}
	// M3 and/or swapped in a reworded sentence, which the word diff does
	// not see as a one-token swap.
	if !slices.ContainsFunc(hf, func(f finding) bool { return f.rule == "M3 and/or" }) {
		hf = append(hf, joinerSwaps(o, n, quote)...)
	}
	// Words of a swapped entity's name are the M10 swap, not list items.
	entityWords := map[string]bool{}
	if !equalStrings(o.entities, n.entities) {
		for _, e := range append(append([]string{}, o.entities...), n.entities...) {
			for _, w := range diffTokens(e) {
				entityWords[w] = true
			}
		}
	}
	// So are a changed framework's (M9).
	if !equalStrings(o.frameworks, n.frameworks) {
		for _, f := range append(append([]string{}, o.frameworks...), n.frameworks...) {
			for _, w := range diffTokens(f) {
				entityWords[w] = true
			}
		}
		for _, w := range []string{"and", "or", "the", ",", "eu", "us", "u.s", "uk", "swiss", "european", "commission", "framework", "to", "it"} {
			entityWords[w] = true
		}
	}
	for _, f := range hf {
		if len(entityWords) > 0 && (f.rule == "M14 list item removed" || f.rule == "M5 list item added") && allIn(f.keywords, entityWords) {
			continue
		}
		fs = append(fs, f)
	}
	// M7 an active clause turned into a passive that no longer says who
	// sees, receives or uses the data. The words that went are the
	// actor or the recipient, not items dropped from a list (M14), and
	// hiding them widens the statement: a ban now said of everyone bans
	// more.
	if len(u.old) == 1 && len(u.new) == 1 {
		what := "the passive no longer says who sees, receives or uses it"
		who, user, denied, ok := hiddenActor(o, n, ctx.selfNames())
		if !ok {
			what = "it no longer says to whom the data is visible or available"
			who, denied, ok = droppedAudience(o, n, ctx.selfNames())
		}
		if ok {
			if rest := withoutItemsOf(fs, who); len(rest) < len(fs) || len(fs) == 0 {
				fs = rest
				impact, cat := notice.ImpactLessProtective, notice.CatSharing
				if denied {
					impact = notice.ImpactMoreProtective
				}
				if user {
					cat = notice.CatAccess
				}
				add("M7 recipient", impact, fmt.Sprintf("%s ('%s' went): %s", what, who, quote),
					[]string{cat}, strings.Fields(who)...)
			}
		} else if who, widened, narrowed, denied, ok := swappedAudience(o, n, ctx.selfNames()); ok {
			// M7 the audience named in place of another, or added to or
			// dropped from: who sees or receives the data changed.
			if rest := withoutItemsOf(fs, who); len(rest) < len(fs) || len(fs) == 0 {
				fs = rest
				// Someone new who may see the data widens a permission and
				// narrows a ban; someone dropped does the reverse. A swap
				// does both, and the wider reading wins (§3).
				impact, what := notice.ImpactLessProtective, "a different audience or recipient is named"
				switch {
				case widened && !narrowed:
					what = "an audience or recipient was added"
				case narrowed && !widened:
					what = "an audience or recipient was dropped"
				}
				if widened != narrowed && narrowed != denied {
					impact = notice.ImpactMoreProtective
				}
				add("M7 recipient", impact, fmt.Sprintf("%s ('%s'): %s", what, who, quote),
					[]string{notice.CatSharing}, strings.Fields(strings.NewReplacer("' → '", " ", ",", "").Replace(who))...)
			}
		}
	}
	// M3 a ban whose reach a qualifier now limits: "we do not collect
	// precise location" → "... through our web app" bans less, however
	// many words the qualifier adds. In a rewritten paragraph, each
	// sentence is read with its partner, and the qualifier counts only
	// if it brings a word new to the paragraph: "in the app", where the
	// paragraph was about the app already, may only say so again, while
	// "models that are made available to other customers" limits the
	// ban, though the paragraph spoke of customers.
	if len(fs) == 0 {
		pairs := [][2]*side{{o, n}}
		if len(u.old) > 1 || len(u.new) > 1 {
			pairs = nil
			for _, p := range u.pairs {
				pairs = append(pairs, [2]*side{newSide(p[:1]), newSide(p[1:])})
			}
		}
		had := map[string]bool{}
		for _, w := range o.tokens() {
			had[stem(lemma(w))] = true
		}
		for _, p := range pairs {
			q, ok := banQualified(p[0], p[1])
			if !ok || !slices.ContainsFunc(q, func(w string) bool { return !glue[w] && !stop[w] && !hasStem(had, w) }) {
				continue
			}
			add("M3 ban narrowed", notice.ImpactLessProtective,
				fmt.Sprintf("a qualifier now limits what the ban covers ('%s'): %s", strings.Join(q, " "), quote), verbCats(p[1].norm), q...)
			break
		}
	}
	// M3 a thing a ban denied of everyone that the rewritten paragraph
	// denies only of some: "we do not collect precise location, contacts
	// or photos from any player" → "... contacts or photos from any
	// player. From players in Junior Mode, we also do not collect precise
	// location".
	if len(fs) == 0 {
		what, q, ok := banScopeMoved(u)

		if ok {
			add("M3 ban narrowed", notice.ImpactLessProtective,
				fmt.Sprintf("the ban on '%s' now holds only %s: %s", what, q, quote), verbCats(strings.Join([]string{what, q}, " ")), what)
		}
	}
	// M5/M7/M13 practice items added or removed.
	if len(fs) == 0 {
		fs = append(fs, contentFindings(u, o, n, quote, ctx)...)
	}
	// M7 data sold or rented where it was shared, or the reverse: "we may
	// share it with advertisers" → "we may sell it to advertisers".
	if len(fs) == 0 && len(u.old) == 1 && len(u.new) == 1 {
		if from, to, ok := saleSwapped(o, n); ok {
			impact := notice.ImpactLessProtective
			if !monetizing[stem(lemma(to))] {
				impact = notice.ImpactNeutral
				if o.neg > 0 {
					impact = notice.ImpactMoreProtective
				}
			}
			add("M7 practice changed", impact, fmt.Sprintf("'%s' became '%s': %s", from, to, quote), []string{notice.CatSharing}, from, to)
		}
	}
	// M7 a corporate event added to or dropped from the grounds for a
	// transfer: "as part of a merger" → "if we merge or close our
	// business" adds a closure, "a merger or a bankruptcy" a bankruptcy.
	if len(fs) == 0 {
		if added, dropped := corporateEvents(o.norm, n.norm); len(added)+len(dropped) > 0 {
			impact, what := notice.ImpactLessProtective, "a ground for a transfer was added"
			switch {
			case len(added) == 0:
				impact, what = notice.ImpactMoreProtective, "a ground for a transfer was dropped"
				if o.neg > 0 {
					impact = notice.ImpactLessProtective
				}
			case len(dropped) > 0:
				what = "a ground for a transfer changed"
			}
			add("M7 ground", impact, fmt.Sprintf("%s (%s): %s", what, strings.Join(append(dropped, added...), ", "), quote),
				[]string{notice.CatSharing}, append(dropped, added...)...)
		}
	}
	// M14 one of the ways to do something dropped: "by using the link or
	// by contacting us" → "by using the link".
	if len(fs) == 0 && len(u.old) == 1 && len(u.new) == 1 {
		// "There are two ways to opt out: use the link, or write to us"
		// counts the ways it then gives, as imperatives.
		if ro, rn := routes(textWords(o)), routes(textWords(n)); len(ro) >= 2 && len(rn) < len(ro) && statedWays(n) < len(ro) {
			add("M14 route removed", notice.ImpactLessProtective,
				fmt.Sprintf("a way to do it is no longer offered (%d ways became %d): %s", len(ro), len(rn), quote), nil, ro...)
		}
	}
	if len(fs) > 0 {
		// Items added to where data is kept widen the places (M8); a new
		// "to ..." clause is a new purpose (M5), whatever the section.
		if aboutPlace(o.norm) && aboutPlace(n.norm) {
			for i := range fs {
				if (strings.HasPrefix(fs[i].rule, "M5") || strings.HasPrefix(fs[i].rule, "M14")) && namesPlace(fs[i].keywords) {
					// More places widen where data goes; fewer narrow it.
					fs[i].impact = notice.ImpactLessProtective
					if strings.HasPrefix(fs[i].rule, "M14") {
						fs[i].impact = notice.ImpactMoreProtective
					}
					fs[i].rule = "M8 place"
					fs[i].cats = append(fs[i].cats, notice.CatInternational)
				}
			}
		}
		// Only when no other finding already reads those words; when one
		// does ("an item was added to a list"), the item is a purpose, of
		// the use category whatever the section ("and to decide which
		// offers to send you" added in the collection section).
		if p, ok := purposeAdded(o, n); ok && !readBy(fs, strings.Fields(p)) {
			add("M5 purpose added", purposeImpact(n), "a new purpose was added: "+quote, []string{notice.CatUse}, strings.Fields(p)...)
		} else if ok {
			for i := range fs {
				if readBy(fs[i:i+1], strings.Fields(p)) && strings.HasPrefix(fs[i].rule, "M5") && !slices.Contains(fs[i].cats, notice.CatUse) {
					fs[i].cats = append(fs[i].cats, notice.CatUse)
				}
			}
		}
	}
	// M3 a qualifier or condition dropped from or added to one sentence,
	// in words no other rule knows ("at your request", "serious").
	if len(fs) == 0 && len(u.old) == 1 && len(u.new) == 1 {
		fs = append(fs, wordFindings(u, o, n, quote, ctx.selfNames())...)
	}
	// M3 a qualifier with an opposite dropped from, or put before, the
	// noun it qualifies in a rewritten unit, the words around it kept.
	if len(fs) == 0 {
		if w, ok := qualifierDroppedInPlace(o, n); ok {
			impact := notice.ImpactLessProtective
			if isProtection(o) && !isPermission(o) {
				impact = notice.ImpactMoreProtective
			}
			add("M3 qualifier", impact, fmt.Sprintf("the qualifier '%s' was dropped: %s", w, quote), qualifiedCats(o, w), w)
		} else if w, ok := qualifierDroppedInPlace(n, o); ok {
			impact := notice.ImpactMoreProtective
			if isProtection(o) && !isPermission(o) {
				impact = notice.ImpactLessProtective
			}
			add("M3 qualifier", impact, fmt.Sprintf("the qualifier '%s' was added: %s", w, quote), qualifiedCats(n, w), w)
		}
	}
	// M3 "any player" → "players in Junior Mode": who the statement
	// covers narrowed, or widened the other way.
	if len(fs) == 0 && len(u.old) == 1 && len(u.new) == 1 {
		if f, ok := scopeChanged(o, n, quote); ok {
			fs = append(fs, f)
		} else if f, ok := scopeByReference(o, n, quote); ok {
			fs = append(fs, f)
		}
	}
	// A paragraph whose sentences were each edited in place, one for one,
	// and stayed one paragraph, is read sentence by sentence too: a condition dropped from one
	// sentence ("where the law requires it") is no rewording because
	// another sentence of the paragraph was reworded ("If" → "When"). Only
	// a finding about words that left the whole paragraph, or came into
	// it, counts: words moved from one sentence to another are rewording.
	if len(fs) == 0 && len(u.pairs) > 1 && len(u.pairs) == len(u.old) && len(u.pairs) == len(u.new) && oneBlock(u.old) && oneBlock(u.new) {
		fs = append(fs, pairFindings(u, o, n)...)
	} else if len(fs) == 0 && len(u.pairs) > 0 {
		// A paragraph split, merged or grown by a sentence is read pair
		// by pair too, but only for a listed safeguard, data type or
		// recipient that its sentence no longer names and that the new
		// revision names nowhere: "firewalls and encryption, access
		// controls" → "firewalls, access controls", with the paragraph
		// recast around it.
		for _, f := range pairFindings(u, o, n) {
			if f.rule == "M14 practice dropped" || f.rule == "M14 denied item" {
				// Only words the new revision names nowhere count; an
				// item denied is named in its own word ("contacts" on a
				// phone are not "contact us").
				named := ctx.newNames
				if f.rule == "M14 denied item" {
					named = ctx.newSays
				}
				f.keywords = slices.DeleteFunc(slices.Clone(f.keywords), named)
				if len(f.keywords) > 0 {
					fs = append(fs, f)
				}
			} else if f.rule == "M8 place" || (len(u.old) > 1 || len(u.new) > 1) && (strings.HasPrefix(f.rule, "M3") || strings.HasPrefix(f.rule, "M4")) {
				// A qualifier or condition that came into the
				// paragraph, or left it, with nothing of its kind in its
				// place: "delete personal information" → "delete
				// personal information they have provided to us", in a
				// list written out as one sentence.
				fs = append(fs, f)
			}
		}
	}
	// M14 an item of an enumeration that the statement recast around it
	// no longer names, in a sentence or in a list made of it, and that
	// the new revision names nowhere: "timesheets, rates, invoices and
	// comments (\"Customer Content\")" → "\"Customer Content\" refers to the
	// timesheets, rates and invoices that ...".
	if len(fs) == 0 {
		if gone, x, defines := enumItemDropped(u, ctx); len(gone) > 0 {
			var cats []string
			if defines {
				cats = []string{notice.CatOther}
			}
			// The statement that lists the items says what dropping one
			// does: a measure taken the fewer protects less, a kind of data
			// shared the fewer more.
			kw := strings.Fields(strings.Join(gone, " "))
			add("M14 item removed", deletionImpact(newSide([]*sentence{x}), kw), fmt.Sprintf("'%s' is no longer in the list: %s", strings.Join(gone, "', '"), quote), cats, kw...)
		}
	}
	// M3 "all of your results" → "some of your results" in a recast
	// sentence: the scope narrowed or widened where the word diff cannot
	// line the two words up.
	if len(fs) == 0 {
		if from, to, ok := scopeSwapped(o, n); ok {
			wider := universal[to]
			impact := notice.ImpactMoreProtective
			if wider == (isPermission(o) && !isProtection(o)) {
				impact = notice.ImpactLessProtective
			}
			add("M3 quantifier", impact, fmt.Sprintf("the scope changed from '%s' to '%s': %s", from, to, quote), nil, from, to)
		}
	}
	// M5 a source swapped for another: "we receive scores from the
	// county federation" → "scores reach us from opposing players".
	if len(fs) == 0 {
		if from, to, ok := sourceSwapped(o, n); ok {
			add("M5 source changed", notice.ImpactLessProtective, fmt.Sprintf("data now comes from '%s', not '%s': %s", to, from, quote),
				[]string{notice.CatCollection}, strings.Fields(from+" "+to)...)
		}
	}
	// M3 a test of need lowered to one of use, or raised ("as long as it
	// is necessary" → "as long as it is useful"): in a one-sentence edit,
	// or in a sentence of a reworded paragraph that no longer sets the
	// old test.
	if len(fs) == 0 {
		if from, to, ok := testChanged(u, o, n); ok {
			impact := notice.ImpactLessProtective
			if needs[to] {
				impact = notice.ImpactMoreProtective
			}
			add("M3 qualifier", impact, fmt.Sprintf("the test changed from '%s' to '%s': %s", from, to, quote), nil, from, to, "or")
		}
	}
	// A new "and to ..." purpose clause whose words the old side lacks
	// is a new purpose however much of the sentence was recast around
	// it.
	if len(fs) == 0 && len(u.old) == 1 && len(u.new) == 1 {
		if p, ok := purposeAdded(o, n); ok && len(unnamed(strings.Fields(p), o)) > 0 && !reNoneElse().MatchString(p) {
			add("M5 purpose added", purposeImpact(n), "a new purpose was added: "+quote, []string{notice.CatUse}, strings.Fields(p)...)
		}
	}
	// So is one joined to a sentence of a rewritten paragraph or item
	// ("... only to provide services to us and to improve their own
	// products"), when no sentence of the old paragraph names it.
	if len(fs) == 0 && len(u.pairs) > 0 && (len(u.old) > 1 || len(u.new) > 1) {
		for _, pr := range u.pairs {
			po, pn := newSide(pr[:1]), newSide(pr[1:])
			// Only a "to ..." clause: "and for one year after" in a
			// recast paragraph is as often a period as a purpose.
			if p, ok := purposeAdded(po, pn); ok && strings.Fields(p)[1] == "to" && len(unnamed(strings.Fields(p), o)) > 0 && !reNoneElse().MatchString(p) {
				add("M5 purpose added", purposeImpact(pn), "a new purpose was added: "+quote, []string{notice.CatUse}, strings.Fields(p)...)
				break
			}
		}
	}
	// M14 a way to act dropped where no other rule reads it: "by using
	// the unsubscribe link or by contacting us at privacy@..." → "by
	// using the unsubscribe link", in paragraphs recast and merged.
	if len(fs) == 0 {
		if r, ok := mailRouteDropped(o, n); ok {
			add("M14 route dropped", notice.ImpactLessProtective, fmt.Sprintf("a way to act is no longer offered ('%s'): %s", r, quote),
				[]string{notice.CatChoice}, strings.Fields(r)...)
		}
	}
	// M5 a practice the paragraph states extended to one more thing in a
	// sentence of its own ("Stored data is also encrypted" beside "data
	// in transit is encrypted"), or M14 such a sentence dropped.
	if len(fs) == 0 && len(u.pairs) > 0 {
		if x, ws, kept, added, ok := alsoExtended(u, ctx); ok {
			xs := newSide([]*sentence{x})
			impact := insertionImpact(xs)
			what := "is now also stated of something the notice did not say it of"
			if !added {
				impact = deletionImpact(xs, ws)
				what = "is no longer stated of something the notice no longer says it of"
			}
			// A safeguard extended ("encrypted" named of more data)
			// protects more; one withdrawn, less.
			if practiceCats(kept)[notice.CatSecurity] && !isPermission(xs) && xs.neg == 0 {
				impact = notice.ImpactMoreProtective
				if !added {
					impact = notice.ImpactLessProtective
				}
			}
			add("M5 practice extended", impact, fmt.Sprintf("a practice %s ('%s'): %s", what, clip(x.text), quote), nil, ws...)
		}
	}
	// M14 a sentence that granted the reader a right or a route dropped
	// from a paragraph recast around it, no sentence of the new revision
	// granting it any more.
	if len(fs) == 0 && len(u.new) > 0 {
		if x, ws, ok := grantDropped(u, ctx); ok {
			add("M14 right dropped", notice.ImpactLessProtective, fmt.Sprintf("a right or route is no longer granted ('%s'): %s", clip(x.text), quote), nil, ws...)
		}
	}
	// M4, M5, M14 a condition, promise or item dropped whole from a
	// sentence reworded around it, the words that framed it closed up
	// over the gap. A condition dropped from a protection widens it; all
	// else dropped narrows what the statement grants or promises.
	if len(fs) == 0 {
		if d, ws, po, ok := clauseDroppedInPlace(u, o, n); ok {
			// The sentence the stretch left says which way it cuts.
			rule, impact := "M14 clause dropped", deletionImpact(po, ws)
			switch {
			case (d[0] == "and" || d[0] == "or") && len(ws) == 1:
				rule = "M5 list item removed"
			case d[0] == "if" || d[0] == "unless" || d[0] == "provided" || d[0] == "where" || d[0] == "when" || d[0] == "under" || d[0] == "subject":
				rule, impact = "M4 condition", notice.ImpactLessProtective
				if isProtection(po) && !isPermission(po) {
					impact = notice.ImpactMoreProtective
				}
			}
			add(rule, impact, fmt.Sprintf("'%s' was dropped from a reworded sentence: %s", strings.Join(d, " "), quote), nil, ws...)
		}
	}
	// M3 a relative clause that said which of a party the statement
	// covers ("the staff who need it") dropped in a paragraph recast
	// around it, the party named bare: a need-to-know limit on who may
	// see the data is gone. Added, it narrows who may.
	if len(fs) == 0 {
		for _, dropped := range []bool{true, false} {
			from, to := u.old, u.new
			if !dropped {
				from, to = u.new, u.old
			}
			cl, party, x, ok := partyClauseDropped(from, to)
			if !ok {
				continue
			}
			xs := newSide([]*sentence{x})
			// Fewer of a party held back by a ban bans more; fewer let
			// in by a permission or a limit lets in more.
			impact, verb := notice.ImpactLessProtective, "dropped"
			if xs.neg > 0 {
				impact = notice.ImpactMoreProtective
			}
			if !dropped {
				verb = "added"
				if impact == notice.ImpactLessProtective {
					impact = notice.ImpactMoreProtective
				} else {
					impact = notice.ImpactLessProtective
				}
			}
			add("M3 qualifier", impact, fmt.Sprintf("the clause '%s' that said which %s the statement covers was %s: %s", strings.Join(cl, " "), party, verb, quote),
				partyCats(xs), cl...)
			break
		}
	}
	// M4 a condition that came into a paragraph or list rewritten around
	// it, or left it, where no sentence pair lines it up: "when you are
	// signed in, we treat ..." in a sentence recast around the
	// condition, or "where the law requires it" gone from a sentence
	// split into a lead-in and items.
	if len(fs) == 0 && (len(u.old) > 1 || len(u.new) > 1) {
		fs = append(fs, unitConditionFindings(u, ctx, quote)...)
	}
	if len(fs) == 0 {
		return nil, "E7 same meaning in other words, order or punctuation: " + quote
	}
	// The only edit is an exception clause dropped from a ban, or added to
	// one: the words inside the clause ("may", "before") are part of it,
	// and a ban made absolute is more protective (M4).
	if len(u.old) == 1 && len(u.new) == 1 {
		if verb, ok := banException(o, n); ok {
			impact := notice.ImpactMoreProtective
			if verb == "added" {
				impact = notice.ImpactLessProtective
			}
			return []finding{{rule: "M4 exception", impact: impact,
				reason: fmt.Sprintf("an exception to a ban was %s: %s", verb, quote), keywords: []string{"except", "unless"}}}, ""
		}
	}
	return fs, ""
}

// alsoExtended finds a sentence added to a rewritten paragraph, paired
// with none of the old one, that says it adds to what is stated ("also",
// "too", "as well") and names a practice word (a safeguard, data type,
// place or recipient) that no single sentence of the other revision
// names together with the rest of its practice words: "Stored data is
// also encrypted" where the old notice encrypts only data in transit
// extends the safeguard to other data. One whose practice words one
// sentence of the other revision all names ("our partners also review
// them", of "our partners review them") is that sentence split off, or
// restates it. It returns the sentence, the practice words no such
// sentence names, those the one that names most of them does (the
// practice extended), and whether it was added (or dropped).
func alsoExtended(u *unit, ctx *context) (x *sentence, missing, kept []string, added, ok bool) {
	paired := map[*sentence]bool{}
	for _, p := range u.pairs {
		paired[p[0]], paired[p[1]] = true, true
	}
	for _, added = range []bool{true, false} {
		ss, others := u.new, ctx.olds
		if !added {
			ss, others = u.old, ctx.news
		}
		for _, x = range ss {
			if paired[x] || !additive(x.words) {
				continue
			}
			// A pointer to another part of the notice ("(see Choices
			// below)") says where the rest is, and states nothing.
			text := x.canon
			if i := strings.Index(text, "(see "); i >= 0 {
				text = text[:i]
			}
			var practiceWs []string
			for _, w := range words(text) {
				if _, ok := practiceCat(w); ok && !slices.Contains(practiceWs, w) {
					practiceWs = append(practiceWs, w)
				}
			}
			if len(strongPractice(practiceWs)) == 0 {
				continue
			}
			// The sentence of the other revision that names most of them,
			// by stem or by a synonym ("keep" for "retain").
			missing = nil
			best := -1
			for _, y := range others {
				st := y.stems()
				var lack []string
				for _, w := range practiceWs {
					if !st[stem(lemma(w))] && !slices.ContainsFunc(y.canonWords(), func(v string) bool { return sameMeaning(w, v) }) {
						lack = append(lack, w)
					}
				}
				if best < 0 || len(practiceWs)-len(lack) > best {
					best, missing = len(practiceWs)-len(lack), lack
				}
				if len(lack) == 0 {
					break
				}
			}
			if len(missing) > 0 {
				for _, w := range practiceWs {
					if !slices.Contains(missing, w) {
						kept = append(kept, w)
					}
				}
				return x, missing, kept, added, true
			}
		}
	}
	return nil, nil, nil, false, false
}

// additive reports words that say their statement adds to another: "also",
// "too", "as well".
func additive(ws []string) bool {
	for i, w := range ws {
		if w == "also" || w == "too" && i == len(ws)-1 || w == "well" && i > 0 && ws[i-1] == "as" && (i == len(ws)-1 || ws[i+1] != "as") {
			return true
		}
	}
	return false
}

// oneBlock reports sentences of one paragraph, list item or row.
func oneBlock(ss []*sentence) bool {
	for _, x := range ss {
		if x.block != ss[0].block {
			return false
		}
	}
	return true
}

// pairFindings reads each one-for-one pair of a paragraph edited
// sentence by sentence on its own for a qualifier or condition dropped or
// added with nothing in its place (wordFindings, conditionFindings), and
// keeps the findings whose words
// the whole paragraph lost, or gained: its words are all on the old
// side of the paragraph only, or all on the new side only, by stem
// ("child" is on the side that says "children"). A word swapped
// for another ("serve as a liaison" → "act as an intermediary") is the
// paragraph's rewording, read as a whole.
func pairFindings(u *unit, o, n *side) []finding {
	stems := func(sd *side) map[string]int {
		m := map[string]int{}
		for _, w := range sd.tokens() {
			m[stem(lemma(w))]++
		}
		return m
	}
	oc, nc := stems(o), stems(n)
	ow, nw := map[string]bool{}, map[string]bool{}
	for w := range oc {
		ow[w] = true
	}
	for w := range nc {
		nw[w] = true
	}
	var out []finding
	// The conditions dropped from one pair and added to another: a
	// condition moved to another statement of the paragraph.
	type cond struct {
		pair int
		f    finding
	}
	var dropped, added []cond
	for i, p := range u.pairs {
		po, pn := newSide(p[:1]), newSide(p[1:])
		cs := conditionFindings(po, pn, quoteMark)
		ws := wordFindings(&unit{old: p[:1], new: p[1:]}, po, pn, quoteMark, nil)
		// A sentence that moved a clause about ("we will notify you" put
		// first) is read for a whole condition it gained or lost besides.
		if len(cs) == 0 && len(ws) == 0 {
			cs = movedConditionFindings(po, pn, quoteMark)
		}
		// A condition added that names only what the sentence ahead
		// said ("You can leave the program at any time. If you leave,
		// unused points are forfeited") makes explicit what the order of
		// the sentences said (E7), unless it was a condition there too
		// (moved, M4 below).
		if k := slices.Index(u.old, p[0]); k > 0 {
			ahead := diffTokens(u.old[k-1].norm)
			cs = slices.DeleteFunc(cs, func(f finding) bool {
				return strings.Contains(f.reason, "was added") && echoesBefore(f.keywords, ahead) &&
					!containsSeq(ahead, f.keywords[:min(3, len(f.keywords))])
			})
		}
		for _, f := range cs {
			if strings.Contains(f.reason, "was removed") {
				dropped = append(dropped, cond{i, f})
			} else {
				added = append(added, cond{i, f})
			}
		}
		fs := append(ws, cs...)
		// Items dropped from one sentence's list ("and to any
		// application, service or tool") are read as in a one-sentence
		// edit, and kept below only if the paragraph lost them. (Words a
		// reworded sentence gains are mostly its new wording.)
		// So is a safeguard, data type or recipient that a sentence
		// reworded around it no longer names, with nothing of its kind
		// in its place ("Some of the safeguards are firewalls and
		// encryption" → "Among the safeguards are firewalls"), if the
		// paragraph no longer names it either.
		// So is a party whose facilities or servers now also hold the
		// data ("where our facilities are located" → "where our
		// facilities or those of our service providers are located"),
		// kept only if the paragraph did not name the party (M8).
		sub := &unit{old: p[:1], new: p[1:], pairs: [][2]*sentence{p}}
		for _, f := range contentFindings(sub, po, pn, quoteMark, nil) {
			if strings.HasPrefix(f.rule, "M14 item") || f.rule == "M14 practice dropped" {
				fs = append(fs, f)
			}
		}
		if aboutPlace(po.norm) && aboutPlace(pn.norm) {
			if ws := placeHolders(pn, po); len(ws) > 0 {
				fs = append(fs, finding{rule: "M8 place", impact: notice.ImpactLessProtective, cats: []string{notice.CatInternational},
					reason: "the places where data is kept widened: " + quoteMark, keywords: ws})
			}
		}
		// So is a purpose added to one sentence ("necessary to settle a
		// dispute or to promote our tournaments"), kept below only if
		// its words came into the paragraph.
		if pu, ok := purposeAdded(po, pn); ok {
			fs = append(fs, finding{rule: "M5 purpose added", impact: insertionImpact(pn), cats: []string{notice.CatUse},
				reason: "a new purpose was added: " + quoteMark, keywords: strings.Fields(pu)})
		}
		for _, f := range fs {
			// A word put in a sentence rephrased around it ("we use
			// cookies to keep" → "cookies help us keep") is no condition:
			// of qualifiers, only a stretch that opens as one counts.
			if strings.HasPrefix(f.rule, "M3") && !quotesCondition(f.reason) && !quotesDataClause(f.reason, pn) {
				continue
			}
			// Of dropped items, a word the paragraph still uses elsewhere
			// ("library" in "the library will handle") is passed over;
			// two others must have gone.
			items := strings.HasPrefix(f.rule, "M14 item")
			dropped := f.rule == "M14 practice dropped"
			gone, came := 0, 0
			var goneWords []string
			for _, w := range f.keywords {
				// A condition's function words ("a", "it") are in any
				// paragraph.
				if glue[w] || stop[w] {
					continue
				}
				word := w
				w = stem(lemma(w))
				if ow[w] && !nw[w] {
					goneWords = append(goneWords, word)
				}
				switch {
				case ow[w] && nw[w] && (items || dropped):
				// A condition's word the paragraph used once for
				// something else and now uses once more ("requires a
				// key" and "where required by law") came with it.
				case ow[w] && nw[w] && strings.HasPrefix(f.rule, "M4") && nc[w] > oc[w]:
					came++
				case ow[w] && nw[w]:
					gone, came = -1, -1
				case ow[w]:
					gone++
				case nw[w]:
					came++
				}
				if gone < 0 {
					break
				}
			}
			// An item that left a list the sentence denies ("we do not
			// collect precise location, contacts or photos" → "... precise
			// location or photos") narrows the ban however few its words
			// (M14): one word gone is enough.
			if items && gone > 0 && came == 0 && deniedItems(po, goneWords) {
				// In the order the sentence named them.
				pt := po.tokens()
				slices.SortStableFunc(goneWords, func(a, b string) int { return slices.Index(pt, a) - slices.Index(pt, b) })
				// The words of one item are quoted together.
				named := ""
				for i, w := range goneWords {
					switch {
					case i == 0:
					case slices.Index(pt, w) == slices.Index(pt, goneWords[i-1])+1:
						named += " "
					default:
						named += ", "
					}
					named += w
				}
				out = append(out, finding{rule: "M14 denied item", impact: notice.ImpactLessProtective, cats: f.cats,
					reason:   fmt.Sprintf("an item is no longer in what the statement denies ('%s'): %s", named, quoteMark),
					keywords: goneWords})
				continue
			}
			if items && gone < 2 || dropped && (gone < 1 || !listedIn(po.tokens(), f.keywords)) {
				continue
			}
			if gone > 0 && came == 0 || came > 0 && gone == 0 {
				out = append(out, f)
			}
		}
	}
	for _, d := range dropped {
		for _, a := range added {
			if d.pair != a.pair && (sameCondition(d.f.keywords, a.f.keywords) || conditionWithin(d.f.keywords, a.f.keywords)) {
				return append(out, finding{rule: "M4 condition", impact: notice.ImpactLessProtective, cats: d.f.cats,
					reason: "a condition moved to another statement: " + quoteMark, keywords: d.f.keywords})
			}
		}
	}
	return out
}

// deniedItems reports that every word of ws is in an item of a list that
// a negation in the sentence of sd denies, and that every word of those
// items is in ws: whole items went, not a word that qualified one
// ("postal address" → "address" widens the ban). The list follows the
// negation in the same clause, with no new subject between ("we do not
// collect precise location, contacts or photos", not "we do not sell it,
// and we collect your name, email and phone number").
func deniedItems(sd *side, ws []string) bool {
	ts := sd.tokens()
	if len(ws) == 0 || !listedIn(ts, ws) {
		return false
	}
	inItem := func(t string) bool {
		return t != "," && t != "and" && t != "or" && t != ";" && t != "." && !glue[t] && !stop[t] && !isPreposition(t) && !negations[t]
	}
	for _, w := range ws {
		k := slices.Index(ts, w)
		// The item's words run to the joiners or function words around it.
		for j := k - 1; j >= 0 && inItem(ts[j]); j-- {
			if !slices.Contains(ws, ts[j]) {
				return false
			}
		}
		for j := k + 1; j < len(ts) && inItem(ts[j]); j++ {
			if !slices.Contains(ws, ts[j]) {
				return false
			}
		}
		denied := false
		for j := k - 1; j >= 0; j-- {
			if negations[ts[j]] {
				denied = true
				break
			}
			if ts[j] == ";" || ts[j] == "." || ts[j] == ":" || ts[j] == "but" || ts[j] == "we" || ts[j] == "you" || ts[j] == "they" {
				break
			}
		}
		if !denied {
			return false
		}
	}
	return true
}

// banQualified reports a ban ("we do not collect precise location") that
// a sentence of a rewritten paragraph keeps word for word but for a
// qualifier put in it, opened by a preposition, a relative pronoun or a
// purpose's "to", that limits where, how, of whom or what for it holds
// ("through our web app", "for players under 13", "on our website",
// "models that are made available to other customers", "to identify
// individual customers"): the ban now covers only that part of what it did,
// a protection narrowed (M3). It returns the qualifier's words. A
// qualifier that names all of something ("in any of our apps"), one
// joined as a list item ("or on our website"), an exception ("unless
// ...") or one of function words alone ("from you") limits nothing.
func banQualified(o, n *side) ([]string, bool) {
	if o.neg == 0 || o.neg != n.neg || o.negLow != n.negLow {
		return nil, false
	}
	hs, _, ok := o.hunksTo(n)
	if !ok || len(hs) != 1 || len(hs[0].del) > 0 || len(hs[0].ins) < 2 {
		return nil, false
	}
	ins := hs[0].ins
	switch ins[0] {
	case "in", "on", "through", "via", "within", "for", "from", "at", "inside", "to", "that", "which", "who":
	default:
		return nil, false
	}
	// The qualifier comes after the denial it limits.
	ts := n.tokens()
	at := hs[0].at
	denied := false
	for _, t := range ts[:min(at, len(ts))] {
		if negations[t] {
			denied = true
		}
	}
	if !denied || hasUniversal(ins) || listJoined(ins) {
		return nil, false
	}
	var q []string
	for _, w := range ins {
		if negations[w] || exceptions[w] || w == ":" || w == "but" || w == "because" {
			return nil, false
		}
		if !glue[w] && !stop[w] {
			q = append(q, w)
		}
	}
	if len(q) == 0 {
		return nil, false
	}
	return ins, true
}

// listedIn reports that every word of ws stands in ts as an item of a
// list, next to a comma or an "and" or "or" ("firewalls and encryption,
// access controls"), or ending an item that one opens: a dropped item,
// not a verb a reworded sentence no longer needs ("to lodge a
// complaint").
func listedIn(ts, ws []string) bool {
	joiner := func(k int) bool { return k >= 0 && k < len(ts) && (ts[k] == "," || ts[k] == "and" || ts[k] == "or") }
	// The last word of an item of several ("or third-party tracking
	// pixels") is listed too: a joiner opens the item, with no function
	// word, article or "to" between.
	opened := func(k int) bool {
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if joiner(j) {
				return j < k-1
			}
			if glue[ts[j]] || stop[ts[j]] || clauseEnd(ts[j]) || ts[j] == "to" || ts[j] == "the" || ts[j] == "a" || ts[j] == "an" {
				return false
			}
		}
		return false
	}
	for _, w := range ws {
		k := slices.Index(ts, w)
		if k < 0 || !joiner(k-1) && !joiner(k+1) && !opened(k) {
			return false
		}
	}
	return len(ws) > 0
}

// listToTable reports list items or sentences that became table rows (or
// the reverse) saying the same (E7): the same negations, modals,
// qualifiers, exceptions, numbers, places and companies, and every word
// of each side said by the other, where a row may leave to its table's
// header what the sentence said ("Visit logs | 18 months" under "How
// long we keep it") and may open with a label that names its item
// ("Deletion | Delete your history").
func listToTable(u *unit, o, n *side) bool {
	rows, lines := u.new, u.old
	rs, ls := n, o
	if len(u.old) > 0 && u.old[0].row {
		rows, lines, rs, ls = u.old, u.new, o, n
	}
	for _, x := range rows {
		if !x.row {
			return false
		}
	}
	for _, x := range lines {
		if x.row {
			return false
		}
	}
	if rs.neg != ls.neg || rs.possible != ls.possible || rs.can+headerCan(rows) != ls.can || rs.commitSent != ls.commitSent ||
		!maps.Equal(onlyOnConsent(rs, ls), onlyOnConsent(ls, rs)) || !maps.Equal(exceptionColumn(rows, rs.except), ls.except) || !maps.Equal(rs.timing, ls.timing) ||
		!equalStrings(rs.quantities, ls.quantities) || !equalStrings(rs.places, ls.places) ||
		!equalStrings(rs.entities, ls.entities) || !equalStrings(rs.frameworks, ls.frameworks) {
		return false
	}
	header := map[string]bool{}
	for _, x := range rows {
		for _, w := range words(canonicalize(x.header)) {
			if !glue[w] && !stop[w] {
				header[stem(lemma(w))] = true
			}
		}
	}
	// A header's word is its column's in any form: "kept longer" in a
	// cell under "How long we keep it". A header names its column as a
	// summary does, in the words a summary uses for the notice's: "kept
	// for 90 days" is the row's "90 days" under "Retention".
	inHeader := func(w string) bool {
		if base, ok := irregular[w]; ok && header[stem(lemma(base))] {
			return true
		}
		if header[stem(lemma(w))] || len(root(w)) >= 4 && header[root(w)] {
			return true
		}
		for _, g := range summaryParaphrases {
			if slices.ContainsFunc(g, func(v string) bool { return sameWord(v, w) }) &&
				slices.ContainsFunc(g, func(v string) bool { return header[stem(lemma(v))] }) {
				return true
			}
		}
		return false
	}
	said := func(w string, by *side) bool {
		st := stem(lemma(w))
		if _, ok := by.loose[st]; ok {
			return true
		}
		for _, x := range by.loose {
			if stem(lemma(x)) == st || len(root(x)) >= 4 && root(x) == root(w) || undoubled(stem(lemma(x))) == undoubled(st) {
				return true
			}
		}
		return synonymOf(w, by.words)
	}
	// A row's first cell may name the item the other cells describe
	// ("Diagnostics | crash reports and performance data" under "What |
	// Details"): a label, like a heading, carries no promise of its own
	// (E3), unless it names a practice that the item does not.
	label, first := map[string]bool{}, map[string]bool{}
	for _, x := range rows {
		if cells := strings.Split(x.para, ", "); len(cells) >= 2 && strings.HasPrefix(x.text, cells[0]) && strings.Count(x.header, ", ") >= 1 {
			for _, w := range words(canonicalize(prose.Normalize(cells[0]))) {
				first[w] = true
			}
			if ws := words(canonicalize(prose.Normalize(cells[0]))); len(ws) <= 4 {
				for _, w := range ws {
					label[w] = true
					// "Sign-in" labels with "sign" as well.
					for _, part := range strings.Split(w, "-") {
						label[part] = true
					}
				}
				// "Service providers | Companies that deliver orders":
				// a generic noun opening the next cell stands for the
				// label, as "that deliver" after it in a list item does.
				if next := words(prose.Normalize(cells[1])); len(next) > 1 && genericParties[next[0]] {
					label[next[0]] = true
				}
				// "Star Club | Running the program": "the program"
				// in the next cell stands for the name the first cell
				// gives, when the list says that name.
				if named := words(prose.Normalize(cells[0])); len(named) > 0 && !slices.ContainsFunc(named, func(w string) bool { return !said(w, ls) }) {
					next := strings.Fields(prose.Normalize(cells[1]))
					for i := 1; i < len(next); i++ {
						if k := strings.Trim(next[i], ",;:."); (next[i-1] == "the" || next[i-1] == "this") && namedKinds[k] {
							label[k] = true
						}
					}
				}
			}
		}
	}
	// The list's items are read under their lead-in ("Residents have the
	// right to:" over "- delete their data"): a first cell may name an
	// item by what the lead-in says of it ("Right to delete | Have your
	// data deleted").
	lead := map[string]bool{}
	for _, x := range lines {
		// Only the lead-in's nouns name its items: "the right to:", not
		// the verb of "it records:".
		ws := words(canonicalize(x.leadIn))
		for i, w := range ws {
			if i > 0 && determiners[ws[i-1]] && !glue[w] && !stop[w] {
				lead[stem(lemma(w))] = true
			}
		}
	}
	// A subheading the table took in as its rows' first cells ("### In
	// our stores" over a list, "In our stores | ..." in the table) says
	// of the rows what it said of the list below it.
	heading, rowSecs := map[string]bool{}, map[string]bool{}
	for _, x := range rows {
		for _, h := range x.section {
			rowSecs[h] = true
		}
	}
	for _, x := range lines {
		for _, h := range x.section {
			if rowSecs[h] {
				continue
			}
			for _, w := range words(canonicalize(prose.Normalize(h))) {
				if !glue[w] && !stop[w] {
					heading[stem(lemma(w))] = true
				}
			}
		}
	}
	// A row may also repeat what its column's header says ("They receive
	// it under a duty of confidentiality" under "What they receive"): the
	// header frames every row, whether the row restates it or not. A
	// first cell names its row's item, which the list must have named.
	// "Click the unsubscribe link" uses the link "unsubscribe with the
	// link" named: the verb of working a link or button says how it is
	// used, not what the user can do with it.
	for _, w := range rs.loose {
		if !glue[w] && !said(w, ls) && !(label[w] && len(strongPractice([]string{w})) == 0) && !(inHeader(w) && !first[w]) && !heading[stem(lemma(w))] && !(first[w] && lead[stem(lemma(w))]) &&
			!(first[w] && impliedParty(w, ls)) && !linkVerb(w, rs, ls) && !linkVerb(w, ls, rs) {
			return false
		}
	}
	// "expires after 12 months" under "Expiry | One year": the word that
	// ties a period to what it measures is the column's, as its header
	// is, when the rows state the same period (compared above).
	timed := map[string]bool{}
	if fs := strings.Fields(ls.norm); len(rs.quantities) > 0 {
		for i, f := range fs[:max(len(fs)-1, 0)] {
			if next := strings.Trim(fs[i+1], ",;:."); (f == "after" || f == "for" || f == "within") && (isNumber(next) || isNumberWord(next)) {
				timed[f] = true
			}
			// "within 30 days after you close it" counts from the same
			// event as "within 30 days of you closing it".
			if f == "after" && i > 0 && isPeriodUnit(fs[i-1]) && strings.Contains(rs.norm, " "+fs[i-1]+" of ") {
				timed[f] = true
			}
		}
	}
	// A list item's own label ("**Parents' rights:** a parent can ask
	// ...") names its item as a heading does (E3), and the row may name
	// the item by its cells instead ("Ask to review ... | Parents"),
	// unless the label names a kind of practice the rows do not state
	// ("rights" over rows that let a parent review and delete the data
	// name what the rows grant).
	itemLabel := map[string]bool{}
	rowCats := practiceCats(rs.words)
	for _, x := range lines {
		for _, w := range words(canonicalize(prose.Normalize(x.label))) {
			if c, ok := practiceCat(w); len(strongPractice([]string{w})) == 0 || ok && rowCats[c] {
				itemLabel[stem(lemma(w))] = true
			}
		}
	}
	for _, w := range ls.loose {
		if !glue[w] && !said(w, rs) && !inHeader(w) && !timed[w] && !itemLabel[stem(lemma(w))] {
			return false
		}
	}
	// A word the list says twice the rows must say twice too: "membership
	// records ... after your membership ends" is not "records | ... after
	// your membership ends".
	// A word the item's label says again ("**Coaching rights:** ... the
	// notes coaches keep") is said once by what the item states.
	rc := stemCounts(rs.norm)
	var labelled []string
	for _, x := range lines {
		labelled = append(labelled, prose.Normalize(x.label))
	}
	lc := stemCounts(strings.Join(labelled, " "))
	for st, k := range stemCounts(ls.norm) {
		if k-lc[st] > rc[st] && rc[st] > 0 && !header[st] {
			return false
		}
	}
	return true
}

// isPeriodUnit reports a unit of time ("days", "month").
func isPeriodUnit(w string) bool {
	w = strings.TrimSuffix(w, "s")
	_, d := unitDays[w]
	_, m := unitMonths[w]
	return d || m
}

// linkVerbs work a link or a button: "click", "tap".
var linkVerbs = map[string]bool{"click": true, "tap": true, "press": true, "follow": true, "select": true}

// linkVerb reports a verb of working a link or button (w) in sd where
// both sd and other name the link or button it works: "click the
// unsubscribe link" uses the link that "unsubscribe with the link" did.
func linkVerb(w string, sd, other *side) bool {
	if !linkVerbs[w] {
		return false
	}
	for _, obj := range []string{"link", "button"} {
		if containsWord(sd.norm, obj) && containsWord(other.norm, obj) {
			return true
		}
	}
	return false
}

// impliedParty reports a recipient w, named in a table row's first cell,
// that the item the row restates (item) discloses to without naming it:
// a body that applies the law, for an item of what the law requires
// ("Authorities | when required by law"), or the party to the act the
// item names, one whose name or synonym shares the act's word root
// ("Buyers | as part of a merger or acquisition", an acquirer, the
// party to an acquisition). A
// recipient of another kind ("Advertisers | when required by law") is
// one the item did not name.
func impliedParty(w string, item *side) bool {
	if c, ok := practiceCat(w); (!ok || c != notice.CatSharing) && !publicBodies[w] || giving(w) {
		return false
	}
	if legalSources[w] && slices.ContainsFunc(item.words, func(x string) bool { return legalSources[x] && !publicBodies[x] }) {
		return true
	}
	forms := []string{w}
	for _, g := range synonymGroups {
		if slices.ContainsFunc(g, func(x string) bool { return stem(lemma(x)) == stem(lemma(w)) }) {
			forms = append(forms, g...)
		}
	}
	for _, f := range forms {
		r := root(f)
		if len(r) < 5 || practiceVerbs[stem(lemma(f))] {
			continue
		}
		for _, x := range item.words {
			if xr := root(x); len(xr) >= 5 && xr[:5] == r[:5] && (strings.HasSuffix(x, "ion") || strings.HasSuffix(x, "ions")) {
				return true
			}
		}
	}
	return false
}

// headerCan counts the rows that say no "can" of their own under a header
// that does ("Choice | Who can use it | How"): the header's "can" frames
// each row, as "players 13 and older can turn off ads" says it of the
// item the row restates.
func headerCan(rows []*sentence) int {
	framed, own := map[int]bool{}, map[int]bool{}
	for _, x := range rows {
		if containsWord(x.header, "can") {
			framed[x.block] = true
		}
		if containsWord(x.norm, "can") {
			own[x.block] = true
		}
	}
	k := 0
	for b := range framed {
		if !own[b] {
			k++
		}
	}
	return k
}

// reOnlyConsent finds an "only" that puts a use under the user's consent
// ("only with your consent", "only if you opt in").
var reOnlyConsent = lazyRegexp(`\bonly ((?:with|after getting|after receiving) (?:your|their) (?:(?:explicit|express|prior) )?consent|if you (?:consent|agree|opt in))\b`)

// onlyOnConsent returns s's qualifiers, leaving out an "only" that puts what
// s says under the user's consent when other states the same consent as
// its condition without it: "With your consent, we use an analytics
// cookie" allows the cookie on consent and not otherwise, as a table's
// "Analytics cookie | Only with your consent" does.
func onlyOnConsent(s, other *side) map[string]int {
	out := s.restrict
	for _, m := range reOnlyConsent().FindAllStringSubmatch(s.norm, -1) {
		if out["only"] == 0 || !strings.Contains(other.norm, m[1]) || strings.Contains(other.norm, m[0]) {
			continue
		}
		out = maps.Clone(out)
		if out["only"]--; out["only"] == 0 {
			delete(out, "only")
		}
	}
	return out
}

// undoubled returns a stem without the consonant an "-ing" doubled
// ("runn" of "running" is "run"), leaving stems that end in a doubled
// "s", "l", "f" or "z" ("access", "fill") alone.
func undoubled(st string) string {
	n := len(st)
	if n < 3 || st[n-1] != st[n-2] || strings.IndexByte("aeiouslfz", st[n-1]) >= 0 {
		return st
	}
	return st[:n-1]
}

// namedKinds are the nouns that stand for something the notice names
// ("the program" for "Star Club").
var namedKinds = map[string]bool{"program": true, "programme": true, "service": true, "app": true, "application": true,
	"site": true, "website": true, "plan": true, "scheme": true, "club": true, "feature": true, "tool": true, "platform": true}

// determiners open a noun phrase.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "these": true, "those": true, "this": true,
	"your": true, "our": true, "their": true, "following": true}

// exceptionColumn returns the exceptions rows state, counting as one a
// condition ("if", "when") in a cell of a column whose header names it
// an exception ("Security footage | 30 days | Kept longer if it is
// needed for an investigation" under "... | Exception"): the column says
// "unless" for it, as "30 days, unless it is needed for an investigation"
// does.
func exceptionColumn(rows []*sentence, except map[string]int) map[string]int {
	out := except
	for _, x := range rows {
		if x.header == "" || !slices.ContainsFunc(strings.Fields(x.header), func(w string) bool {
			w = strings.Trim(w, ",;:.()")
			return w == "exception" || w == "exceptions"
		}) {
			continue
		}
		cells := strings.Split(x.norm, ", ")
		for _, c := range cells[1:] {
			if ws := strings.Fields(c); slices.Contains(ws, "if") || slices.Contains(ws, "when") {
				if maps.Equal(out, except) {
					out = maps.Clone(except)
					if out == nil {
						out = map[string]int{}
					}
				}
				out["except"]++
				break
			}
		}
	}
	return out
}

// stemCounts counts the content words of a text by stem, leaving out
// possessives ("the customer's contract" may become "the contract").
func stemCounts(norm string) map[string]int {
	out := map[string]int{}
	for f := range strings.FieldsSeq(norm) {
		f = strings.Trim(f, ",;:.()\"")
		if strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "s'") {
			continue
		}
		for _, w := range words(f) {
			if !glue[w] && !stop[w] && !isNumber(w) {
				out[stem(lemma(w))]++
			}
		}
	}
	return out
}

// sameMeaning reports two words of one synonym group (synonymGroups),
// in any of their forms: "kept" and "retained".
func sameMeaning(a, b string) bool {
	sa, sb := stem(lemma(a)), stem(lemma(b))
	if sa == sb {
		return true
	}
	for _, g := range synonymGroups {
		in := func(st string) bool {
			return slices.ContainsFunc(g, func(w string) bool { return stem(lemma(w)) == st })
		}
		if in(sa) && in(sb) {
			return true
		}
	}
	return false
}

// synonymOf reports whether one of ws is a synonym of w (synonymGroups).
func synonymOf(w string, ws []string) bool {
	for _, g := range synonymGroups {
		if !slices.Contains(g, w) {
			continue
		}
		for _, x := range ws {
			if x != w && slices.Contains(g, x) {
				return true
			}
		}
	}
	return false
}

// banException reports a one-sentence edit whose only change is an
// exception clause ("except that ...", "unless ...") dropped from or added
// to a sentence that denies something.
func banException(o, n *side) (string, bool) {
	a, b := diffTokens(o.norm), diffTokens(n.norm)
	hs, _, ok := wordHunks(a, b)
	if !ok || len(hs) != 1 {
		return "", false
	}
	h := hs[0]
	var clause []string
	var rest *side
	verb := "removed"
	switch {
	case len(h.ins) == 0:
		clause, rest = h.del, n
	case len(h.del) == 0:
		clause, rest, verb = h.ins, o, "added"
	default:
		return "", false
	}
	for len(clause) > 0 && clause[0] == "," {
		clause = clause[1:]
	}
	if len(clause) < 3 || clause[0] != "except" && clause[0] != "unless" {
		return "", false
	}
	if rest.neg == 0 || len(rest.except) > 0 {
		return "", false
	}
	return verb, true
}

// contentFindings compares the words that name practices.
// ctx, when not nil, holds both revisions.
func contentFindings(u *unit, o, n *side, quote string, ctx *context) []finding {
	added, removed := missingFrom(n.content, o.content), missingFrom(o.content, n.content)
	// "a code sent to a phone" in "multi-factor authentication, which
	// means an employee needs a second proof, such as a code sent to a
	// phone" explains the measure: the words of such a gloss name
	// nothing the statement covers (E8).
	added, removed = slices.DeleteFunc(added, glossed(n, o)), slices.DeleteFunc(removed, glossed(o, n))
	// The text of a link to a page the other side links to too names
	// that page (E4): "please visit https://example.org/appeals" → "on
	// the [appeals board website](https://example.org/appeals)".
	if ins, del := sameTargetWords(n.links, o.links), sameTargetWords(o.links, n.links); len(ins)+len(del) > 0 {
		added = slices.DeleteFunc(added, func(w string) bool { return ins[w] })
		removed = slices.DeleteFunc(removed, func(w string) bool { return del[w] })
	}
	// "For the purposes listed above, we rely on ..." points to a list
	// the notice gives elsewhere (E2): "purposes" names none of its own.
	added, removed = slices.DeleteFunc(added, pointedWords(n, o)), slices.DeleteFunc(removed, pointedWords(o, n))
	// A row labelled with list items the other side's sentence referred
	// to ("Items 1-3: your account, payments, support" where it said
	// "(items 1-3 above)") names what those items are (E8).
	if ctx != nil {
		added, removed = slices.DeleteFunc(added, itemLabelWords(u.new, o, ctx.olds)), slices.DeleteFunc(removed, itemLabelWords(u.old, n, ctx.news))
		// The title of a section the sentence points to ("set out under
		// “Questions or Complaints” below") names a part of the notice
		// (E2), not a practice.
		added = slices.DeleteFunc(added, func(w string) bool { return sectionNamed(w, n, ctx.titles(ctx.news)) })
		removed = slices.DeleteFunc(removed, func(w string) bool { return sectionNamed(w, o, ctx.titles(ctx.olds)) })
		// "Example Game's servers" are the "our servers" of the other
		// side (E7).
		added = slices.DeleteFunc(added, func(w string) bool { return ownedAsOurs(w, n, o, u.new, ctx.selfNames()) })
		removed = slices.DeleteFunc(removed, func(w string) bool { return ownedAsOurs(w, o, n, u.old, ctx.selfNames()) })
	}
	// "the following recipients:" names what the list after it holds; the
	// list, not its lead-in, says who or what is covered.
	added, removed = dropLeadIn(added, n), dropLeadIn(removed, o)
	// A table's lead-in that says what the table holds, which the other
	// revision said in a sentence the table's rows restate, says nothing
	// of its own (E7).
	if ctx != nil {
		added = slices.DeleteFunc(added, mergedLeadWords(u.new, n, ctx.news, ctx.olds))
		removed = slices.DeleteFunc(removed, mergedLeadWords(u.old, o, ctx.olds, ctx.news))
	}
	// "for their marketing purposes" is "for their marketing" (E7).
	added, removed = slices.DeleteFunc(added, purposeWord(n, o)), slices.DeleteFunc(removed, purposeWord(o, n))
	// An item that repeats what its lead-in says of every item ("You
	// have the following rights:" over "Right to delete your data", where
	// the other side's item was "delete your data" under "You have the
	// right to:") says nothing new of its own (E7).
	said := leadInsSay(u)
	added, removed = slices.DeleteFunc(added, said), slices.DeleteFunc(removed, said)
	// "and with nobody else" says "only", which rule M3 counts.
	added, removed = slices.DeleteFunc(added, noneElseWords(n)), slices.DeleteFunc(removed, noneElseWords(o))
	// So does "for one purpose only": the purpose it limits to is named
	// beside it.
	added, removed = slices.DeleteFunc(added, soleCountWords(n)), slices.DeleteFunc(removed, soleCountWords(o))
	// A name written more fully names the same party ("Acme" → "Acme Pay").
	added = slices.DeleteFunc(added, func(w string) bool { return nameTail(w, n, o) })
	removed = slices.DeleteFunc(removed, func(w string) bool { return nameTail(w, o, n) })
	// A list item's label restates its item (E3).
	added, removed = dropLabels(added, n, o.wordSet()), dropLabels(removed, o, n.wordSet())
	// So does a label's word that names the kind of practice its item
	// states ("Data residency: customers may choose to store content in
	// our Frankfurt region"): it names the item's topic, as a heading does.
	added, removed = slices.DeleteFunc(added, labelTopic(n)), slices.DeleteFunc(removed, labelTopic(o))
	// "To make a request, email us": the opener names what the route is
	// for, the requests the text has listed.
	added, removed = slices.DeleteFunc(added, openerWords(n)), slices.DeleteFunc(removed, openerWords(o))
	// A list with no lead-in is read under its heading: "Visit logs: 14
	// months." under "How long we keep information" says "we keep visit
	// logs for 14 months", so prose that writes the heading's verb out
	// adds nothing.
	added, removed = dropHeadingWords(added, u.old, u.new), dropHeadingWords(removed, u.new, u.old)
	// An acronym put in brackets after the words it stands for ("Do Not
	// Track (DNT)") names nothing new.
	added, removed = slices.DeleteFunc(added, acronymOf(n)), slices.DeleteFunc(removed, acronymOf(o))
	// So does an acronym written in capitals in place of the words whose
	// initials it is ("Global Privacy Control signals" → "a GPC signal"),
	// and the words it stands for.
	added, removed = slices.DeleteFunc(added, acronymFor(n, o)), slices.DeleteFunc(removed, acronymFor(o, n))
	// "servers located in France" says where they are, as "servers in
	// France" does: the place, not the placing word, is the content.
	added, removed = slices.DeleteFunc(added, placingBefore(n)), slices.DeleteFunc(removed, placingBefore(o))
	// "lodge a complaint" is "complain": the light verb carries no act
	// of its own when the other side writes its noun as the verb.
	added, removed = slices.DeleteFunc(added, lightVerb(n, o)), slices.DeleteFunc(removed, lightVerb(o, n))
	// "co-payment" and "copayment", "organise" and "organize" are one
	// word spelled two ways.
	added, removed = dropVariants(added, removed), dropVariants(removed, added)
	added, removed = dropLetBan(added, n, o), dropLetBan(removed, o, n)
	// "how people use the site" is "how the site is used", and "we use
	// cookies to" is "cookies help us".
	added, removed = slices.DeleteFunc(added, genericAgent(n, o)), slices.DeleteFunc(removed, genericAgent(o, n))
	added, removed = slices.DeleteFunc(added, helpUs(n, o)), slices.DeleteFunc(removed, helpUs(o, n))
	// "a signal sent by your browser" is "a signal from your browser".
	added, removed = slices.DeleteFunc(added, sentFrom(n, o)), slices.DeleteFunc(removed, sentFrom(o, n))
	added, removed = slices.DeleteFunc(added, anyoneHead(n, o)), slices.DeleteFunc(removed, anyoneHead(o, n))
	// "the messages we send" are "our messages".
	added, removed = slices.DeleteFunc(added, possessiveClause(n, o)), slices.DeleteFunc(removed, possessiveClause(o, n))
	// "contact us at privacy@..." is "email us at privacy@...".
	added, removed = slices.DeleteFunc(added, mailedAt(n, o, false)), slices.DeleteFunc(removed, mailedAt(o, n, false))
	// "we keep it safe" is "we protect it": not how long data is kept.
	added, removed = slices.DeleteFunc(added, keptSafe(n, o)), slices.DeleteFunc(removed, keptSafe(o, n))
	// "disclosure is necessary" is "disclosing it is necessary": the act
	// named by its noun or by its verb's -ing form is the same act.
	added, removed = slices.DeleteFunc(added, nounAsGerund(n, o)), slices.DeleteFunc(removed, nounAsGerund(o, n))
	// "this age group" spelt out as the value it refers to ("under 13")
	// names no other group (E6).
	// So do the words its paragraph names the group with ("users in
	// this age group" → "children under 13", after "not intended for
	// children under the age of 13").
	if valueRepeated(o, n) {
		removed = slices.DeleteFunc(removed, backRefWords(o))
		added = slices.DeleteFunc(added, inParagraphs(o))
	} else if valueRepeated(n, o) {
		added = slices.DeleteFunc(added, backRefWords(n))
		removed = slices.DeleteFunc(removed, inParagraphs(n))
	}
	if ins, del := pronounSwaps(o, n); len(ins)+len(del) > 0 {
		added = slices.DeleteFunc(added, func(w string) bool { return ins[stem(lemma(w))] })
		removed = slices.DeleteFunc(removed, func(w string) bool { return del[stem(lemma(w))] })
	}
	sort.Strings(added)
	sort.Strings(removed)
	if len(u.old) == 1 && len(u.new) == 1 && slices.ContainsFunc(removed, func(w string) bool { return practiceVerbs[stem(lemma(w))] }) {
		if w, ok := practiceRepeated(o, n); ok {
			return []finding{{rule: "M7 practice changed", impact: changeInsertImpact(o, n),
				reason: "a different practice is now mentioned: " + quote, keywords: append([]string{w}, removed...)}}
		}
	}
	if len(added) == 0 && len(removed) == 0 {
		return nil
	}
	// A word swapped for another (even a generic one) is rewording, not an
	// insertion or a deletion.
	// An acronym for words the other side spells out is no word swapped.
	looseAdded := len(slices.DeleteFunc(missingFrom(n.loose, o.loose), acronymFor(n, o)))
	looseRemoved := len(slices.DeleteFunc(missingFrom(o.loose, n.loose), acronymFor(o, n)))
	addedCats, removedCats := practiceCats(added), practiceCats(removed)
	strongAdded, strongRemoved := strongPractice(added), strongPractice(removed)
	// A rewrite of several sentences says the same with other words; only
	// practice words count there.
	rewrite := len(u.old) > 1 || len(u.new) > 1
	var fs []finding
	switch {
	case looseRemoved == 0:
		if len(strongAdded) > 0 || rewrite && len(practiceCats(unnamedIn(added, u.old))) > 0 || !rewrite && len(added) >= 2 {
			fs = append(fs, finding{rule: "M5 item added", impact: changeInsertImpact(o, n), cats: actionAdded(o, n),
				reason: "something was added to what the statement covers: " + quote, keywords: added})
		}
	case looseAdded == 0:
		if len(strongRemoved) > 0 || rewrite && len(practiceCats(unnamedIn(removed, u.new))) > 0 || !rewrite && len(removed) >= 2 {
			fs = append(fs, finding{rule: "M14 item removed", impact: deletionImpact(o, removed),
				reason: "something was removed from what the statement covers: " + quote, keywords: removed})
		}
	default:
		var fresh []string
		for c := range practiceCats(strongAdded) {
			if !removedCats[c] {
				fresh = append(fresh, c)
			}
		}
		// A recipient that a synonym replaces ("buyer" → "purchaser") does
		// not stand in for another recipient added beside it ("a purchaser
		// and advertisers").
		if ua, ur := unexplained(added, removed); removedCats[notice.CatSharing] && len(ua) > 0 {
			if practiceCats(strongPractice(ua))[notice.CatSharing] && !practiceCats(ur)[notice.CatSharing] {
				fresh = append(fresh, notice.CatSharing)
			}
		}
		// A practice word dropped from a small edit with nothing of its
		// kind in its place narrows or widens the statement (M5, M14).
		var lost []string
		if !rewrite {
			var all []string
			for _, w := range n.content {
				all = append(all, w)
			}
			stillNamed := practiceCats(all)
			// A synonym ("phone", "telephone") or the words an
			// abbreviation stands for ("IP", "internet protocol") name the
			// same item.
			_, ur := unexplained(added, removed)
			// "email X" is no data item dropped where "write to X" leads
			// to the same address.
			for _, w := range strongRemoved {
				if !slices.Contains(ur, w) || spelledOut(w, n.words) || mailedAt(o, n, true)(w) {
					continue
				}
				// Retention is stated either way: "kept for 30 days" is
				// "deleted after 30 days".
				if c, ok := practiceCat(w); ok && !addedCats[c] && !(c == notice.CatRetention && stillNamed[c]) {
					lost = append(lost, w)
				}
			}
		}
		if len(lost) > 0 {
			fs = append(fs, finding{rule: "M14 practice dropped", impact: deletionImpact(o, lost),
				reason: "a practice is no longer mentioned: " + quote, keywords: lost})
		}
		if len(fresh) > 0 {
			var kw []string
			for _, w := range strongAdded {
				if c, ok := practiceCat(w); ok && !removedCats[c] {
					kw = append(kw, w)
				}
			}
			fs = append(fs, finding{rule: "M7 practice changed", impact: changeInsertImpact(o, n),
				reason: "a different practice is now mentioned: " + quote, keywords: kw})
		}
		// One recipient swapped for another ("to the buyer" → "to
		// advertisers"): both words are of the sharing kind, so no new
		// practice appears, but who receives the data changed (M7).
		if len(fs) == 0 && !rewrite {
			if ua, ur := unexplained(added, removed); len(ua) > 0 && len(ur) > 0 {
				sa, sr := strongPractice(ua), strongPractice(ur)
				if practiceCats(sa)[notice.CatSharing] && practiceCats(sr)[notice.CatSharing] {
					fs = append(fs, finding{rule: "M7 recipient changed", impact: changeInsertImpact(o, n),
						reason: "a different recipient is now named: " + quote, keywords: append(sr, sa...)})
				}
			}
		}
		// Content words replaced by other content words that no
		// equivalence explains: the statement may now say something else
		// ("as long as it is necessary for X" → "as long as we find it
		// useful for Y").
		if len(fs) == 0 && !rewrite && !practiceFree(o, n) {
			if subA, subR := unexplained(added, removed); len(subA) >= 2 && len(subR) >= 2 {
				impact := notice.ImpactNeutral
				if isPermission(o) || hasAny(" "+o.norm+" ", " as long as ", " if ", " when ", " until ", " unless ") {
					impact = notice.ImpactLessProtective
				}
				fs = append(fs, finding{rule: "M7 wording changed", impact: impact,
					reason: "the wording of a practice statement changed: " + quote, keywords: append(subR, subA...)})
			}
		}
	}
	return fs
}

// coordinatedWith returns a word of ws that sd joins with "and" or "or"
// to a content word other also uses, one word at most between: "receipts"
// in "our newsletters and order receipts" where other names newsletters.
func coordinatedWith(ws []string, sd, other *side) (string, bool) {
	ts, os := sd.tokens(), other.wordSet()
	for _, w := range ws {
		for p, t := range ts {
			if t != w {
				continue
			}
			for q := p - 1; q >= 1 && q >= p-2; q-- {
				if ts[q] != "and" && ts[q] != "or" {
					if os[ts[q]] {
						break
					}
					continue
				}
				if prev := ts[q-1]; os[prev] && !glue[prev] && !stop[prev] {
					return w, true
				}
				break
			}
		}
	}
	return "", false
}

// unnamedIn keeps the words of ws that are strong practice words or that
// the paragraphs of ss do not use. A rewritten paragraph that takes up a
// common practice word its other sentences already use ("For other
// requests, email us. We respond within 30 days." → "... We answer
// requests within 30 days.") refers back to what the paragraph names; it
// adds nothing to it. So does the noun of a verb they use: "Any such
// disclosure will be made ..." where the paragraph says "we may disclose".
func unnamedIn(ws []string, ss []*sentence) []string {
	named := map[string]bool{}
	seen := map[int]bool{}
	for _, x := range ss {
		if seen[x.block] {
			continue
		}
		seen[x.block] = true
		for _, w := range words(prose.Normalize(x.para)) {
			named[stem(lemma(w))] = true
		}
	}
	var out []string
	for _, w := range ws {
		if len(strongPractice([]string{w})) > 0 || !named[stem(lemma(w))] && !verbNamed(w, named) {
			out = append(out, w)
		}
	}
	return out
}

// verbNamed reports a noun made from a verb whose stem is in named:
// "disclosure" of "disclose", "agreement" of "agree".
func verbNamed(w string, named map[string]bool) bool {
	for _, suf := range []string{"ure", "ment"} {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 4 && (named[base] || named[stem(base)]) {
			return true
		}
	}
	return false
}

// dropLetBan removes "allow" from ws, the words side s has and other
// lacks, when s bans with "we do not let X do Y" what other bans with "X
// cannot do Y", or grants with "the link lets X do Y" what other grants
// with "X can do Y" (E7).
func dropLetBan(ws []string, s, other *side) []string {
	if !slices.ContainsFunc(ws, letWord) || !banByLet(s, other) {
		return ws
	}
	return slices.DeleteFunc(ws, letWord)
}

// letWord reports "allow" ("let" canonically), "allows", "permit" or
// "permits".
func letWord(w string) bool {
	return w == "allow" || w == "allows" || w == "permit" || w == "permits"
}

// banByLet reports a ban written "we do not let (allow, permit) X do Y"
// on side s that the other side writes "X cannot do Y" (canonically "X
// not Y"): the same X, the same Y. Unnegated, "the settings page lets you
// change Y" grants what "you can change Y" does: the page is where it is
// done, which the other side names too ("through the settings page").
func banByLet(s, other *side) bool {
	ts, ot := s.tokens(), other.tokens()
	for i, t := range ts {
		if !letWord(t) || i == 0 {
			continue
		}
		if !slices.Contains(ts[max(0, i-2):i], "not") && !slices.Contains(ts[max(0, i-2):i], "never") {
			if grantByLet(ts, i, ot) {
				return true
			}
			continue
		}
		if t != "allow" && t != "permit" {
			continue
		}
		// X is one to six words; "to" may come before Y.
		for j := i + 2; j <= i+7 && j < len(ts); j++ {
			x, v := ts[i+1:j], ts[j]
			if v == "to" && j+1 < len(ts) {
				v = ts[j+1]
			}
			if glue[v] || stop[v] {
				continue
			}
			for k := len(x); k+1 < len(ot); k++ {
				if (ot[k] == "not" || ot[k] == "never") && ot[k+1] == v && slices.Equal(ot[k-len(x):k], x) {
					return true
				}
			}
		}
	}
	return false
}

// grantByLet reports "allow X (to) Y" at ts[i] where ot says "X can Y"
// or "X may Y": the same X by its last word ("you", "a rower" and
// "rowers"), the same verb. X is one to four words.
func grantByLet(ts []string, i int, ot []string) bool {
	for j := i + 2; j <= i+5 && j < len(ts); j++ {
		who, v := ts[j-1], ts[j]
		if v == "to" && j+1 < len(ts) {
			v = ts[j+1]
		}
		if glue[v] || stop[v] || glue[who] && who != "you" {
			continue
		}
		for k := 1; k+1 < len(ot); k++ {
			if (ot[k] == "can" || ot[k] == "may") && ot[k+1] == v && sameWord(ot[k-1], who) {
				return true
			}
		}
	}
	return false
}

// strongPractice keeps the practice words that are not weakPractice.
func strongPractice(ws []string) []string {
	var out []string
	for _, w := range ws {
		if _, ok := practiceCat(w); ok && !weakPractice[w] && !weakPractice[strings.TrimSuffix(w, "s")] {
			out = append(out, w)
		}
	}
	return out
}

func practiceCat(w string) (string, bool) {
	if c, ok := practice[w]; ok {
		return c, true
	}
	if c, ok := practice[strings.TrimSuffix(w, "s")]; ok {
		return c, true
	}
	// Selling is a sale in the gerund as in any other form: "they are
	// prohibited from selling it" bans what "they must not sell it" does.
	if gerund(w) && monetizing[stem(lemma(w))] {
		return notice.CatSharing, true
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

// restated reports whether the other revision already says what s says
// (E8), and the text it says it in: a sentence with the same words,
// polarity, numbers and modals, or (when s is one sentence, one says so)
// the same statement in other forms of the same words, in one sentence,
// one clause of it, or it and its neighbour in the same paragraph.
func restated(s *side, content []string, other *index, one bool) (string, bool) {
	if len(content) == 0 {
		return "", false
	}
	if best, share := other.best(content, nil); best != nil && share >= 0.9 {
		best.prepare()
		b := newSide([]*sentence{best})
		if b.neg == s.neg && equalStrings(b.quantities, s.quantities) && b.possible == s.possible && b.can == s.can {
			return best.text, true
		}
		// Or it restates one clause of a longer sentence ("we do not
		// sell X" of "we do not sell X, and we do not give Y to Z").
		if one && restatesClause(s, best.canon) {
			return best.text, true
		}
	}
	// Or it says the same in other forms of the same words (passive
	// for active, "processed" for "processes"): the whole sentence,
	// one clause of it, or it and its neighbour in the same paragraph
	// (two sentences merged).
	if best, share := other.best(content, nil); best != nil && share >= 0.5 && one {
		best.prepare()
		cands := [][]*sentence{{best}}
		if i := best.order; i+1 < len(other.sents) && other.sents[i+1].block == best.block {
			cands = append(cands, []*sentence{best, other.sents[i+1]})
		}
		if i := best.order; i > 0 && i <= len(other.sents) && other.sents[i-1].block == best.block {
			cands = append(cands, []*sentence{other.sents[i-1], best})
		}
		for _, c := range cands {
			for _, x := range c {
				x.prepare()
			}
			if sameStatement(s, newSide(c)) {
				return joinTexts(c), true
			}
		}
		for _, cl := range reClause().Split(best.canon, -1) {
			if sameStatement(s, newSide([]*sentence{{text: cl, canon: cl}})) {
				return best.text, true
			}
		}
	}
	return "", false
}

// restatedClauses reports a sentence of two or more clauses each of which
// the other revision states (E8), or that only says what a term of the
// sentence includes, in words the other revision uses ("and that includes
// your photos"): it gives no new promise.
func restatedClauses(x *sentence, other *index) (string, bool) {
	clauses := reClause().Split(x.canon, -1)
	if len(clauses) < 2 {
		return "", false
	}
	var refs []string
	for _, cl := range clauses {
		cl = strings.TrimSpace(cl)
		c := newSide([]*sentence{{text: cl, canon: cl}})
		if m := findIncludes(cl); m != nil {
			if c.neg > 0 || c.possible > 0 || c.can > 0 || c.commit > 0 || len(c.quantities) > 0 || len(c.restrict) > 0 || len(c.except) > 0 {
				return "", false
			}
			for _, w := range keyWords(keyOf(m[1])) {
				if len(other.post[w]) == 0 {
					return "", false
				}
			}
			continue
		}
		var content []string
		for _, w := range keyWords(keyOf(cl)) {
			if !negations[w] {
				content = append(content, w)
			}
		}
		ref, ok := restated(c, content, other, true)
		if !ok {
			return "", false
		}
		refs = append(refs, ref)
	}
	if len(refs) == 0 {
		return "", false
	}
	return strings.Join(refs, " "), true
}

// describesKnown reports a description of things ("X is ...", no "we")
// that states no practice (no verb of what is done with data, no
// negation, modal, qualifier, exception, number, place or company) and
// whose words one sentence of the other revision, itself no ban,
// permission or exception, mostly has,
// every practice word among them (E8): "the members' area is where
// players find the league tables" after "we publish league tables in the
// members' area". At most two
// of its words may be new, none of them a practice word.
func describesKnown(s *side, content []string, other *index) (string, bool) {
	if s.neg > 0 || s.possible > 0 || s.can > 0 || s.commit > 0 || len(s.restrict) > 0 || len(s.except) > 0 ||
		len(s.quantities) > 0 || len(s.entities) > 0 || len(s.places) > 0 || len(s.timing) > 0 || len(content) < 5 {
		return "", false
	}
	for _, w := range s.words {
		if practiceVerbs[stem(lemma(w))] {
			return "", false
		}
	}
	// A description says what something is: "X is where ...", "X are
	// ...". A bare noun phrase (a list item) names a data type instead.
	// It describes things, not what we do: "we believe it is necessary
	// to ..." states a ground of ours.
	copula := false
	for _, w := range s.words {
		copula = copula || w == "is" || w == "are"
		if w == "we" || w == "us" {
			return "", false
		}
	}
	if !copula {
		return "", false
	}
	best, share := other.best(content, nil)
	if best == nil || share < 2.0/3 {
		return "", false
	}
	best.prepare()
	if b := newSide([]*sentence{best}); b.neg > 0 || b.possible > 0 || b.can > 0 || len(b.except) > 0 {
		return "", false
	}
	have := best.stems()
	missing := 0
	for _, w := range content {
		if have[stem(lemma(w))] {
			continue
		}
		if _, ok := practiceCat(w); ok {
			return "", false
		}
		missing++
	}
	if missing > 2 {
		return "", false
	}
	return best.text, true
}

// illustrates reports a sentence that only works an example of what the
// other revision states (E8): it opens with "for example" or "for
// instance", states no practice of its own (no negation, modal,
// qualifier, exception, period, place or company, and no practice word
// that the paragraph it illustrates lacks), and uses the words of one
// paragraph of the other revision, but for at most two. It returns that
// paragraph. "For example, a $60 order earns 60 points" after "members
// earn one point for each dollar spent" gives no new term; "for example,
// we send your orders to our partners" states a practice. Its practice
// words are the paragraph's own when it works an example of the
// paragraph's practice: "for example, if you close your account on 1
// May, it is deleted by 31 May" after "deleted within 30 days after you
// close it". Dates in it must then be as far apart as a period the
// paragraph states: "by 15 May" after "within 30 days" is a period of its
// own.
func illustrates(ss []*sentence, s *side, other *index) (string, bool) {
	if len(ss) != 1 || !hasPrefixAny(ss[0].canon, "for example", "for instance", "e.g.", "as an example") {
		return "", false
	}
	if s.neg > 0 || s.possible > 0 || s.can > 0 || s.commit > 0 || len(s.restrict) > 0 || len(s.except) > 0 ||
		len(s.timing) > 0 || len(s.entities) > 0 || len(s.places) > 0 || len(s.frameworks) > 0 ||
		reDuration().MatchString(ss[0].canon) {
		return "", false
	}
	// The words of its dates ("on 1 May") are compared below, as a
	// period.
	dated := map[string]bool{}
	for _, m := range reDayMonth().FindAllString(ss[0].canon, -1) {
		for _, w := range strings.Fields(m) {
			dated[w] = true
		}
	}
	var content, practiced []string
	for _, w := range s.words {
		if glue[w] || stop[w] || workingWords[w] || dated[w] || isNumber(w) || isNumberWord(w) || strings.ContainsAny(w, "0123456789") || w == "example" || w == "instance" {
			continue
		}
		if _, ok := practiceCat(w); ok {
			practiced = append(practiced, w)
			continue
		}
		content = append(content, w)
	}
	if len(content)+len(practiced) < 2 {
		return "", false
	}
	// The paragraph of the other revision that shares most of its words,
	// each practice word of it in a sentence that denies nothing.
	var best string
	bestMissing := len(content) + 1
	hits := other.paraHits(content)
	for i, para := range other.paragraphs() {
		missing := len(content) - hits[i]
		// Only a paragraph that could be the best, and close enough, is
		// read sentence by sentence for its practice words.
		if missing < bestMissing && missing <= 2 && practicedIn(practiced, para, other) {
			best, bestMissing = para, missing
		}
	}
	if bestMissing > 2 || !datesFit(ss[0].canon, prose.Normalize(best)) {
		return "", false
	}
	return best, true
}

// reMeansDefinition matches a definition of a name by what it means:
// "example rewards means our rewards program".
var reMeansDefinition = lazyRegexp(`^([a-z][a-z0-9' &-]{0,40}?) (?:means|refers to) ((?:our |the |an? )[^;:,"]+)$`)

var reDefinition = lazyRegexp(`^(?:an? |the )?([a-z][a-z0-9' -]{0,40}?) (?:is|are) (?:an?|the) ([^;:]+)\.?$`)

// scopeTerms are the words of the terms that set what a notice covers
// and to whom data goes (M13): saying what "personal information" or an
// "affiliate" is draws the notice's bounds, not only explains a word.
var scopeTerms = set("information", "data", "personal", "sale", "sell", "selling", "share", "sharing", "party",
	"parties", "affiliate", "affiliates", "provider", "providers", "processor", "processors", "child", "children",
	"minor", "minors", "consent", "user", "users", "customer", "customers", "service", "services", "partner", "partners")

// definesTerm reports a sentence that only says what a term the other
// revision uses is (E8): "A web beacon is a small graphic embedded in a
// page", "PCI DSS is the card industry's data security standard". The
// term is a few words, each of them in the other revision, and none of
// them one that sets the notice's scope ("personal information",
// "affiliate"); the rest names nothing the company does (no "we" or
// "our", modal, exception, period, number, place or company) and no
// practice word the other revision lacks. It returns the term. "A web
// beacon is a small graphic that we use to share your visits with
// advertisers" states a practice.
func definesTerm(ss []*sentence, s *side, other *index) (string, bool) {
	if len(ss) != 1 {
		return "", false
	}
	// "Example Rewards means our rewards program, described under
	// "Rewards" below" says what a name is as "is our program" would, a
	// pointer to where it is described read off: "our" that opens what
	// it is called owns the thing and states no practice.
	norm := strings.TrimSpace(ss[0].norm)
	ours := false
	if m := reMeansDefinition().FindStringSubmatch(withoutAside(norm, reDefinedAside())); m != nil {
		norm, ours = m[1]+" is "+m[2], strings.HasPrefix(m[2], "our ")
		if ours {
			norm = m[1] + " is the " + strings.TrimPrefix(m[2], "our ")
		}
	}
	if !hasAny(norm, " is a", " is the", " are a", " are the") {
		return "", false
	}
	m := reDefinition().FindStringSubmatch(norm)
	if m == nil {
		return "", false
	}
	term := strings.Fields(m[1])
	if len(term) > 5 || s.possible > 0 || s.can > 0 || s.commit > 0 || len(s.except) > 0 || len(s.quantities) > 0 ||
		len(s.timing) > 0 || len(s.places) > 0 || len(s.restrict) > 0 {
		return "", false
	}
	ws := words(ss[0].norm)
	for i, w := range ws {
		if w == "we" || w == "ours" || w == "our" && !(ours && i == slices.Index(ws, "our")) {
			return "", false
		}
	}
	have := map[string]bool{}
	for _, x := range other.sents {
		for st := range x.stems() {
			have[st] = true
		}
	}
	named := false
	for _, w := range term {
		if scopeTerms[w] || !glue[w] && !hasStem(have, w) {
			return "", false
		}
		named = named || !glue[w] && !stop[w]
	}
	if !named {
		return "", false
	}
	// What the thing lets a person ask or choose ("a browser setting
	// that asks sites not to track you") is no choice the company offers.
	for _, w := range words(m[2]) {
		if c, ok := practiceCat(w); (ok && c != notice.CatChoice || practiceVerbs[stem(lemma(w))]) && !hasStem(have, w) {
			return "", false
		}
	}
	// A company it names is the term itself ("PCI DSS").
	for _, e := range s.entities {
		if !strings.Contains(strings.ToLower(e), m[1]) {
			return "", false
		}
	}
	return m[1], true
}

// practicedIn reports whether each of the practice words ws is in a
// sentence of the paragraph para of other, as a word of its own or a
// synonym, where that sentence denies nothing: "for example, we keep
// the invoice" works an example of "we retain invoices", not of "we do
// not keep invoices".
func practicedIn(ws []string, para string, other *index) bool {
	for _, w := range ws {
		found := false
		for _, x := range other.inPara(para) {
			if hasStem(x.stems(), w) || synonymOf(w, words(x.norm)) {
				x.prepare()
				if newSide([]*sentence{x}).neg == 0 {
					found = true
					break
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// hasStem reports whether st holds the stem of w, in the singular or the
// plural ("fee" and "fees" stem apart).
func hasStem(st map[string]bool, w string) bool {
	return st[stem(lemma(w))] || st[stem(lemma(w+"s"))]
}

// workingWords arrange the numbers of a worked example ("enough for two
// rewards, with 50 points left toward the next one", "by 2 May at the
// latest") and name no practice.
var workingWords = map[string]bool{"enough": true, "left": true, "remaining": true, "toward": true, "towards": true,
	"next": true, "total": true, "altogether": true, "latest": true, "earliest": true}

var reDayMonth = lazyRegexp(`\b(?:(\d{1,2})(?:st|nd|rd|th)? (january|february|march|april|may|june|july|august|september|october|november|december)|(january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2})(?:st|nd|rd|th)?)\b`)

// datesFit reports whether the dates of an example (norm) are as far
// apart as a period that para states: "on 1 May ... by 31 May" fits
// "within 30 days", and "June 15" after "June 30" fits "at least 15 days
// before". An example with fewer than two dates fits any paragraph.
func datesFit(norm, para string) bool {
	if !hasAny(norm, "uary", "march", "april", "may", "june", "july", "august", "ber") {
		return true
	}
	var days []int
	for _, m := range reDayMonth().FindAllStringSubmatch(norm, -1) {
		d, mon := m[1], m[2]
		if d == "" {
			d, mon = m[4], m[3]
		}
		t, err := time.Parse("2 January 2006", d+" "+strings.ToUpper(mon[:1])+mon[1:]+" 2001")
		if err != nil {
			continue
		}
		days = append(days, t.YearDay())
	}
	if len(days) < 2 {
		return true
	}
	gap := slices.Max(days) - slices.Min(days)
	for _, q := range numbersIn(para) {
		if v, err := strconv.ParseFloat(strings.TrimPrefix(q, "d"), 64); err == nil && strings.HasPrefix(q, "d") && int(v) == gap {
			return true
		}
		if v, err := strconv.ParseFloat(strings.TrimPrefix(q, "m"), 64); err == nil && strings.HasPrefix(q, "m") && math.Abs(float64(gap)-30.44*v) <= 2*v {
			return true
		}
	}
	return false
}

// practiceVerbs are the stems of the verbs that say what is done with
// data: a sentence with one of them states a practice.
var practiceVerbs map[string]bool

// judgeLone tests an added (or removed) unit: material unless it is a
// restatement of something the other revision says (E8) or carries no
// practice at all.
//
// self holds the names the notice gives itself beside "we" (see
// selfNames): a sentence that names the company where another says "we"
// may restate it.
func judgeLone(ss []*sentence, other *index, added bool, ctx *context) ([]finding, string) {
	// A sentence that said something of numbered items by their numbers,
	// merged into a table that says it in each item's row (E7).
	if ctx != nil && len(ss) > 0 && !slices.ContainsFunc(ss, func(x *sentence) bool { return !assignsRestated(x, revisionOf(x, ctx), otherRevision(x, ctx)) }) {
		return nil, "E7 what it said of numbered items is said in each item's row of a table: '" + clip(joinTexts(ss)) + "'"
	}
	// A sentence that only points to where a numbered part of its
	// revision says a thing, which that part says, states nothing of its
	// own (E2).
	if ctx != nil && len(ss) == 1 && pointsToWhatPartSays(ss[0], revisionOf(ss[0], ctx)) {
		return nil, "E2 a pointer to another part of the notice, which says what it points to: '" + clip(joinTexts(ss)) + "'"
	}
	// An item under a lead-in that denies ("We do not share: ...", "The
	// following are not personal information: ...") denies what it names:
	// it is read with its lead-in. What it is about is what the item
	// names.
	if r, ok := underDenial(ss); ok {
		fs, editorial := judgeLoneRead(r, other, added, ctx)
		var ws []string
		for _, w := range newSide(ss).words {
			if !glue[w] {
				ws = append(ws, w)
			}
		}
		verb := "added to"
		if !added {
			verb = "removed from"
		}
		for i := range fs {
			if strings.HasPrefix(fs[i].rule, "M5 ") || strings.HasPrefix(fs[i].rule, "M14 ") {
				fs[i].keywords = ws
				fs[i].reason = fmt.Sprintf("an item was %s the list under '%s': '%s'", verb, clip(strings.TrimSuffix(ss[0].leadIn+ss[0].tableLead, ":")),
					clipQuote(strings.Fields(joinTexts(ss))))
			}
		}
		return fs, editorial
	}
	return judgeLoneRead(ss, other, added, ctx)
}

// judgeLoneRead is judgeLone on sentences as they are to be read: an item
// under a denying lead-in already read with it.
func judgeLoneRead(ss []*sentence, other *index, added bool, ctx *context) ([]finding, string) {
	fs, editorial := judgeLoneAs(ss, other, added)
	if len(fs) == 0 {
		return fs, editorial
	}
	// "Example does not sell your personal information" restates "we do
	// not sell your personal information" (E8).
	if as, ok := asWe(ss, ctx.selfNames()); ok {
		if _, ed := judgeLoneAs(as, other, added); strings.HasPrefix(ed, "E8 ") {
			return nil, ed
		}
	}
	if ref, ok := rewordsOne(ss, other, added, ctx); ok {
		return nil, "E8 restatement of '" + clip(ref) + "'"
	}
	// "Customers upload Customer Content, as defined above" says what
	// it says without its pointer to where the terms are defined (E2):
	// a restatement with the pointer is one without it.
	if len(ss) == 1 {
		if t := reDefinedAside().ReplaceAllString(ss[0].norm, ""); t != ss[0].norm && strings.TrimSpace(t) != "" {
			if _, ed := judgeLoneRead([]*sentence{withNorm(ss[0], strings.TrimSpace(t))}, other, added, ctx); strings.HasPrefix(ed, "E8 ") {
				return nil, ed
			}
		}
	}
	// "Members share Member Posts (see Key terms)" restates "People who
	// join the club ("Members") share photos and comments ("Member
	// Posts")" when the notice now defines those terms in a list: the
	// other revision's sentence is read with each term in place of what
	// it defined there, and the pointer to the list is read off (E8).
	if len(ss) == 1 {
		if ref, ok := restatesDefinedInPlace(ss[0], added, ctx); ok {
			return nil, "E8 restatement of '" + clip(ref) + "'"
		}
	}
	// "In short: we do not sell your data" restates "we do not sell your
	// data" when what follows the marker does (E8).
	if x, ok := unmarkedSummary(ss); ok {
		if _, ed := judgeLone([]*sentence{x}, other, added, ctx); strings.HasPrefix(ed, "E8 ") {
			return nil, ed
		}
	}
	// A line of a summary ("The short version", "Key points") that says
	// only what one paragraph of the other revision says, its pointer to
	// that part left aside, restates it (E8).
	if len(ss) == 1 && inSummary(ss[0]) {
		x := ss[0]
		if t := reSeeAside().ReplaceAllString(x.norm, ""); t != x.norm {
			x = withNorm(x, strings.TrimSpace(t))
		}
		if ref, ok := restatesParagraph(x, other); ok {
			return nil, "E8 a summary line that restates '" + clip(ref) + "'"
		}
	}
	if restructuredLeadIn(ss, added, ctx) {
		return nil, "E3 a lead-in that only names the list or table after it: '" + clip(joinTexts(ss)) + "'"
	}
	// Sentences each editorial on its own (a restatement, then a pointer
	// to the sections below) are editorial together: judged as one they
	// match no single sentence of the other revision.
	// A question set over its answer ("*How long is it kept?* For a
	// year.") states nothing: the answer does, and an answer that only
	// says what one paragraph of the other revision says is a
	// restatement (E8). A bare "yes" or "no" before the answer's own
	// sentence is said again by it.
	// So is a question set as a paragraph of its own over the paragraph
	// that answers it ("**Can I stop the emails?**" over "Yes. Use the
	// link in any email."), when it takes for granted nothing the other
	// revision does not say.
	// A question that opens its paragraph is one too when the answer
	// after it in that paragraph was kept or reworded on its own
	// ("**Is there a fee?** We charge none." over "We charge no fee."):
	// the answer is judged where it is paired.
	if len(ss) == 1 && ss[0].asks && (ss[0].answer != ss[0].block || answered(revisionOf(ss[0], ctx), ss[0].block)) && asksKnown(ss[0], other) {
		return nil, "E3 a question that heads its answer: '" + clip(ss[0].text) + "'"
	}
	// A bare "yes" or "no" that answers a question is said again by the
	// sentence after it in its block when that sentence denies as "no"
	// does, or affirms as "yes" does ("No. We do not sell it.").
	if len(ss) == 1 && bareYesNo(ss[0]) && saidAgain(ss[0], ctx) {
		return nil, "E3 a bare answer that the next sentence says again: '" + clip(ss[0].text) + "'"
	}
	if len(ss) > 1 {
		var eds []string
		for i, x := range ss {
			if x.asks && (answered(ss[i+1:], x.answer) || x.answer != x.block) && asksKnown(x, other) {
				eds = append(eds, "E3 a question that heads its answer: '"+clip(x.text)+"'")
				continue
			}
			asked := i > 0 && ss[i-1].answer == x.block && (ss[i-1].asks || bareYesNo(ss[i-1]) && i > 1 && ss[i-2].asks)
			if asked && bareYesNo(x) && answered(ss[i+1:], x.block) {
				continue
			}
			xf, xe := judgeLone([]*sentence{x}, other, added, ctx)
			if (len(xf) > 0 || xe == "") && (asked || i > 0 && ss[i-1].block == x.block && !ss[i-1].asks && answerOf(ss[:i], x.block)) {
				if ref, ok := restatesParagraph(x, other); ok {
					xf, xe = nil, "E8 an answer that restates '"+clip(ref)+"'"
				}
			}
			if len(xf) > 0 || xe == "" {
				return fs, editorial
			}
			eds = append(eds, xe)
		}
		return nil, strings.Join(eds, "; ")
	}
	// So are the clauses of one sentence that each restate a sentence of
	// the other revision ("we do not sell it, and we send offers only if
	// you opt in" over a ban in one section and a purpose in another).
	if len(ss) == 1 {
		x := ss[0]
		if y, ok := unmarkedSummary(ss); ok {
			x = y
		}
		if cls := reClause().Split(x.norm, -1); len(cls) > 1 {
			var eds []string
			for _, cl := range cls {
				_, xe := judgeLone([]*sentence{withNorm(x, strings.TrimSpace(cl))}, other, added, ctx)
				if !strings.HasPrefix(xe, "E8 ") {
					return fs, editorial
				}
				eds = append(eds, xe)
			}
			return nil, strings.Join(eds, "; ")
		}
	}
	return fs, editorial
}

// underDenial returns ss with each list item (or table row) read under
// its lead-in ("information from cookies" under "The following are not
// personal information:" read "the following are not personal
// information information from cookies"), when every one of them has a
// lead-in that denies and none denies on its own: on its own the item
// names a thing the notice denies something of, and would restate any
// sentence that names it. It reports false otherwise.
func underDenial(ss []*sentence) ([]*sentence, bool) {
	if len(ss) == 0 {
		return nil, false
	}
	out := make([]*sentence, 0, len(ss))
	for _, x := range ss {
		lead := x.leadIn
		if x.row {
			lead = x.tableLead
		}
		if lead == "" {
			return nil, false
		}
		body := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(lead), ":"))
		l := &sentence{text: body, norm: body}
		l.prepare()
		x.prepare()
		if newSide([]*sentence{l}).neg == 0 || newSide([]*sentence{x}).neg > 0 {
			return nil, false
		}
		c := *x
		c.norm = body + " " + x.norm
		c.text = body + " " + x.text
		c.leadIn, c.tableLead = "", ""
		c.canon, c.key, c.words, c.content, c.lite, c.feats = "", "", nil, nil, nil, nil
		c.prepare()
		out = append(out, &c)
	}
	return out, true
}

// movedItemsRead returns u with each list item paired with its word
// for word twin in another list whose lead-in says something else of what it lists (see
// leadLists.movedAcross) read under its lead-in ("We never collect:"
// over "your contacts;" read "We never collect your contacts;"). It
// reports false when u pairs no such item.
func movedItemsRead(u *unit, ctx *context) (*unit, bool) {
	lists := ctx.leadLists()
	moved := map[*sentence]bool{}
	for _, p := range u.pairs {
		if p[0].item && p[1].item && p[0].key == p[1].key && lists.movedAcross(p[0], p[1]) {
			moved[p[0]], moved[p[1]] = true, true
		}
	}
	if len(moved) == 0 {
		return nil, false
	}
	copies := map[*sentence]*sentence{}
	read := func(ss []*sentence) []*sentence {
		out := make([]*sentence, 0, len(ss))
		for _, x := range ss {
			if !moved[x] {
				out = append(out, x)
				copies[x] = x
				continue
			}
			body := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(x.leadIn), ":"))
			c := *x
			c.norm = body + " " + x.norm
			c.text = body + " " + x.text
			c.leadIn, c.item = "", false
			c.canon, c.key, c.words, c.content, c.lite, c.feats = "", "", nil, nil, nil, nil
			c.prepare()
			out = append(out, &c)
			copies[x] = &c
		}
		return out
	}
	r := &unit{old: read(u.old), new: read(u.new)}
	for _, p := range u.pairs {
		if a, b := copies[p[0]], copies[p[1]]; a != nil && b != nil {
			r.pairs = append(r.pairs, [2]*sentence{a, b})
		}
	}
	return r, true
}

// summaryHeads are words of a heading or lead-in over a summary.
var summaryHeads = []string{"summary", "short version", "in short", "in brief", "at a glance", "key points", "tl;dr", "in a nutshell", "highlights"}

// inSummary reports a sentence under a heading, or a list item under a
// lead-in, that names a summary: "## The short version", "Key points:".
func inSummary(x *sentence) bool {
	if x.leadIn != "" && hasAny(x.leadIn, summaryHeads...) {
		return true
	}
	return len(x.section) > 0 && hasAny(strings.ToLower(x.section[len(x.section)-1]), summaryHeads...)
}

// asksKnown reports a question whose practice words and names the other
// revision uses: "why do you share my location with advertisers?" takes
// for granted a sharing that a notice which never names it does not
// state.
func asksKnown(x *sentence, other *index) bool {
	x.prepare()
	has, text := other.known()
	// A question about what is done with data takes for granted what it
	// names after the verb ("why do you share my history with
	// publishers?", "you share it with publishers: who do I ask?"): the
	// other revision must use those words. Before it
	// ("how long do you keep it?", "what happens if my browser sends
	// it?"), and in other questions, two words of its own frame the
	// question, none of them a practice word.
	xs := newSide([]*sentence{x})
	acted := false
	unknown := 0
	for i, w := range xs.words {
		st := stem(lemma(w))
		if has[st] || glue[w] || stop[w] {
			// The verb of "you", "we" or "they": "a company that uses
			// our app gave you my details" takes no use of ours for
			// granted.
			acted = acted || practiceVerbs[st] && i > 0 && slices.Contains([]string{"you", "we", "they"}, xs.words[i-1])
			continue
		}
		if _, ok := xs.content[st]; !ok {
			continue
		}
		// What the asker does ("who do I ask?") is no practice.
		if _, ok := practiceCat(w); (ok || practiceVerbs[st]) && !(i > 0 && xs.words[i-1] == "i") || acted {
			return false
		}
		unknown++
	}
	if unknown > 2 {
		return false
	}
	for _, e := range xs.entities {
		if !strings.Contains(text, strings.ToLower(e)) {
			return false
		}
	}
	return true
}

// revisionOf returns the sentences of the revision x belongs to.
func revisionOf(x *sentence, ctx *context) []*sentence {
	if x.side == 1 {
		return ctx.news
	}
	return ctx.olds
}

// otherRevision returns the sentences of the revision x is not of.
func otherRevision(x *sentence, ctx *context) []*sentence {
	if x.side == 1 {
		return ctx.olds
	}
	return ctx.news
}

// answered reports whether ss holds, in block, a sentence that is no
// part of a question: the answer to one set before it.
func answered(ss []*sentence, block int) bool {
	for _, x := range ss {
		if x.block == block && !x.asks {
			return true
		}
	}
	return false
}

// answerOf reports whether the sentences of block in ss, those before a
// sentence, open with a question: that sentence is part of its answer.
func answerOf(ss []*sentence, block int) bool {
	for _, x := range ss {
		if x.block == block {
			return x.asks
		}
	}
	return false
}

// bareYesNo reports a sentence that is only "yes" or "no".
func bareYesNo(x *sentence) bool {
	n := strings.TrimRight(strings.TrimSpace(x.norm), ".!,")
	return n == "yes" || n == "no"
}

// restatesParagraph reports an answer to a question, or a line of a
// summary, that says only what one paragraph (or list item, read under its lead-in) of the other revision
// says (E8): every word of it, its numbers (a year is twelve months) and
// its names are that paragraph's, and each clause has the polarity, hedge,
// limits and times of the paragraph's sentence that shares most of its
// words. "It expires after one year" after "a cookie that expires after
// 12 months" restates it; "it never expires", or "it expires after two
// years", does not. It returns the paragraph.
func restatesParagraph(x *sentence, other *index) (string, bool) {
	x.prepare()
	s := newSide([]*sentence{x})
	if len(s.except) > 0 {
		return "", false
	}
	var content []string
	for _, w := range s.words {
		if glue[w] || stop[w] || negations[w] || isNumber(w) || isNumberWord(w) || strings.ContainsAny(w, "0123456789") || w == "yes" || w == "no" {
			continue
		}
		if _, ok := unitDays[w]; ok {
			continue
		}
		content = append(content, w)
	}
	if len(content) < 2 {
		return "", false
	}
	blocks := map[int][]*sentence{}
	var order []int
	for _, y := range other.sents {
		if _, ok := blocks[y.block]; !ok {
			order = append(order, y.block)
		}
		blocks[y.block] = append(blocks[y.block], y)
	}
	for _, b := range order {
		ys := blocks[b]
		has := map[string]bool{}
		var texts []string
		for _, y := range ys {
			y.prepare()
			for st := range y.stems() {
				has[st] = true
			}
			for _, w := range words(y.leadIn) {
				has[stem(lemma(w))] = true
			}
			texts = append(texts, strings.ToLower(y.text))
		}
		missing := false
		for _, w := range content {
			if !has[stem(lemma(w))] {
				missing = true
				break
			}
		}
		if missing {
			continue
		}
		p := newSide(ys)
		text := strings.Join(texts, " ")
		ok := true
		for _, q := range s.quantities {
			ok = ok && slices.Contains(p.quantities, q)
		}
		for _, e := range s.entities {
			ok = ok && strings.Contains(text, strings.ToLower(e))
		}
		if ok && clausesAgree(x, ys) {
			return ys[0].para, true
		}
	}
	return "", false
}

// clauseSource returns the sentence of ys that shares most content words
// with the clause c (negations aside, which the callers compare), and how
// many.
func clauseSource(c *side, ys []*sentence) (best *sentence, most int) {
	for _, y := range ys {
		if n := shares(c, y); n > most {
			best, most = y, n
		}
	}
	return best, most
}

// shares counts the content words of the clause c (negations aside) that
// y holds, as clauseSource does.
func shares(c *side, y *sentence) int {
	n := 0
	for _, w := range c.words {
		if !glue[w] && !stop[w] && !negations[w] && y.stems()[stem(lemma(w))] {
			n++
		}
	}
	return n
}

// clausesAgree reports whether each clause of x has the polarity, hedge,
// limits and times of the sentence of ys that shares most of its words.
func clausesAgree(x *sentence, ys []*sentence) bool {
	for _, cl := range reClause().Split(x.canon, -1) {
		c := newSide([]*sentence{{text: cl, canon: cl}})
		best, _ := clauseSource(c, ys)
		if best == nil {
			return false
		}
		b := newSide([]*sentence{best})
		if (c.neg > 0) != (b.neg > 0) || c.possible > b.possible || c.commit > b.commit+b.possible+b.can {
			return false
		}
		for k := range c.restrict {
			if b.restrict[k] == 0 {
				return false
			}
		}
		for k := range c.timing {
			if b.timing[k] == 0 {
				return false
			}
		}
	}
	return true
}

// besideLeadIn returns the findings of fs of an item or purpose added or
// dropped (M5, M14) whose words a list item's lead-in of u does not
// hold: the lead-in explains a name or words it moved, not those.
func besideLeadIn(fs []finding, u *unit) []finding {
	var leads []string
	for _, ss := range [][]*sentence{u.old, u.new} {
		for _, x := range ss {
			if x.leadIn != "" {
				leads = append(leads, x.leadIn)
			}
		}
	}
	lead := strings.Join(leads, " ")
	var out []finding
	for _, f := range fs {
		// Reading each item under the lead-in parts the items: how
		// they were joined ("and" or "or" between two conditions) is
		// lost, so a finding about it stands. So is which items the
		// denial covered: read under it, an item the rewrite affirms
		// is denied and affirmed at once.
		if f.rule == "M3 and/or" || f.rule == "M1 item denial" {
			out = append(out, f)
			continue
		}
		if !hasPrefixAny(f.rule, "M5 ", "M14 ") || len(f.keywords) == 0 {
			continue
		}
		for _, w := range f.keywords {
			if !glue[w] && !stop[w] && !containsWord(lead, w) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// leadObject returns the stems of the noun phrase a lead-in acts on, the
// one a possessive opens and a preposition ends ("share your personal
// information with:" gives "personal" and "information").
func leadObject(body string) map[string]bool {
	out := map[string]bool{}
	ws := strings.Fields(body)
	for i, w := range ws {
		if w != "your" && w != "their" {
			continue
		}
		for _, x := range ws[i+1:] {
			switch x {
			case "with", "to", "for", "by", "from", "about", "in", "on", "as":
				return out
			}
			for st := range (&sentence{norm: x}).stems() {
				out[st] = true
			}
		}
		return out
	}
	return out
}

// leadInWrittenIn returns u with the list items of one side read under
// their lead-in ("We may also share it with: service providers" read
// "we may also share it with service providers"), the lead-in itself
// dropped from the unit, when the other side is prose (no list item, no
// table row) that says every word of the lead-in. It reports false when
// neither side is such a list.
func leadInWrittenIn(u *unit) (*unit, bool) {
	for _, flip := range []bool{false, true} {
		list, other := u.old, u.new
		if flip {
			list, other = u.new, u.old
		}
		lead := ""
		for _, x := range list {
			if x.leadIn != "" {
				lead = x.leadIn
				break
			}
		}
		if lead == "" {
			continue
		}
		prose := true
		said := map[string]bool{}
		for _, x := range other {
			if x.leadIn != "" || x.row {
				prose = false
			}
			for st := range x.stems() {
				said[st] = true
			}
		}
		if !prose {
			continue
		}
		body := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(lead), ":"))
		probe := &sentence{norm: body}
		ok := len(probe.stems()) > 0
		// The prose may say what the lead-in acts on with a pronoun
		// ("We may also share your personal information with:" → "We
		// may share it with companies ..."), and drop its "also".
		object := map[string]bool{}
		if slices.ContainsFunc(other, func(x *sentence) bool { return containsWord(x.norm, "it") || containsWord(x.norm, "them") }) {
			object = leadObject(body)
		}
		for st := range probe.stems() {
			ok = ok && (said[st] || st == "also" || object[st])
		}
		if !ok {
			continue
		}
		var out []*sentence
		copies := map[*sentence]*sentence{}
		items := 0
		for _, x := range list {
			if x.norm == lead && x.leadIn == "" {
				continue
			}
			if x.leadIn != lead || !strings.HasPrefix(x.para, x.text) {
				out = append(out, x)
				continue
			}
			c := *x
			c.norm = body + " " + strings.ToLower(x.norm[:1]) + x.norm[1:]
			c.text = strings.TrimSuffix(strings.TrimSpace(lead), ":") + " " + x.text
			c.canon, c.key, c.words, c.content, c.lite, c.feats = "", "", nil, nil, nil, nil
			c.prepare()
			out = append(out, &c)
			copies[x] = &c
			items++
		}
		if items == 0 {
			continue
		}
		r := &unit{old: out, new: other}
		if flip {
			r.old, r.new = other, out
		}
		for _, p := range u.pairs {
			p = copiedPair(p, copies)
			if slices.Contains(r.old, p[0]) && slices.Contains(r.new, p[1]) {
				r.pairs = append(r.pairs, p)
			}
		}
		return r, true
	}
	return nil, false
}

// labelsDropped returns u with the bold labels that open its sentences
// taken away ("Fraud prevention: to prevent fraud" read "to prevent
// fraud"), a sentence that is only a label dropped. A label that denies,
// hedges, commits or limits, or names a party, a place or a practice the
// other side does not, says something of its own and is kept. It reports
// false when no label was taken away.
func labelsDropped(u *unit, ctx *context) (*unit, bool) {
	copies := map[*sentence]*sentence{}
	dropped := map[*sentence]bool{}
	var unitNames map[string]bool
	strip := func(list, other []*sentence) []*sentence {
		var said map[string]bool
		var otherLower string
		var out []*sentence
		for _, x := range list {
			if x.label == "" {
				out = append(out, x)
				continue
			}
			lab := prose.Normalize(x.label)
			rest, ok := strings.CutPrefix(x.norm, lab)
			if ok && rest != "" && rest[0] != ':' && rest[0] != '.' {
				ok = false
			}
			if ok && said == nil {
				said = map[string]bool{}
				var texts []string
				for _, y := range other {
					for _, w := range y.words {
						said[w] = true
					}
					texts = append(texts, y.text)
				}
				otherLower = strings.ToLower(strings.Join(texts, " "))
			}
			// A label over a right the reader has names the right, even
			// in the words of a refusal ("Say no: object to ...").
			right := false
			if ok && x.leadIn != "" {
				right, _ = leadInKind([]*sentence{x})
			}
			for _, w := range words(lab) {
				if !ok {
					break
				}
				if negations[w] && !right || possibility[w] || commitment[w] || restrictive[w] || exceptions[w] || timing[w] || universal[w] || w == "can" {
					ok = false
				}
				if len(strongPractice([]string{w})) > 0 && !said[w] && !hasRoot(said, w) {
					ok = false
				}
			}
			// The label's names: those after its first word, and a first
			// word the unit writes as a name elsewhere ("Apple and
			// Google:" where the other side says "(Apple and Google)").
			var names []string
			for n := range properNouns([]string{x.label}, ctx.lowercase) {
				names = append(names, strings.Fields(n)...)
			}
			if ws := strings.Fields(x.label); len(ws) > 0 && isUpper(ws[0][0]) {
				if unitNames == nil {
					var texts []string
					for _, y := range append(append([]*sentence{}, u.old...), u.new...) {
						texts = append(texts, y.text)
					}
					unitNames = map[string]bool{}
					for n := range properNouns(texts, ctx.lowercase) {
						for _, w := range strings.Fields(n) {
							unitNames[w] = true
						}
					}
				}
				if first := strings.ToLower(strings.Trim(ws[0], ",;()&")); unitNames[first] {
					names = append(names, first)
				}
			}
			for _, w := range names {
				if ok && !containsWord(otherLower, w) {
					ok = false
				}
			}
			if !ok {
				out = append(out, x)
				continue
			}
			rest = strings.TrimSpace(rest[min(1, len(rest)):])
			if keyOf(rest) == "" {
				dropped[x] = true
				continue
			}
			// The text keeps the label: a name it gives ("Acme Rewards:
			// to run the program") is still the side's.
			c := *x
			c.norm, c.label = rest, ""
			c.canon, c.key, c.words, c.content, c.lite, c.feats = "", "", nil, nil, nil, nil
			c.prepare()
			out = append(out, &c)
			copies[x] = &c
		}
		return out
	}
	r := &unit{old: strip(u.old, u.new), new: strip(u.new, u.old)}
	if len(copies)+len(dropped) == 0 || len(r.old) == 0 || len(r.new) == 0 {
		return nil, false
	}
	// The same label set in plain text on the other side, as a table
	// row's first cell ("| Refunds | Ask at the desk. |") or before a
	// colon, names what its item says there too: it is taken away
	// alike, so that the word it leaves is not read as said by one side
	// alone.
	taken := func(list []*sentence) map[string]bool {
		out := map[string]bool{}
		for _, x := range list {
			if _, ok := copies[x]; ok || dropped[x] {
				out[prose.Normalize(x.label)] = true
			}
		}
		return out
	}
	alike := func(list []*sentence, labs map[string]bool) []*sentence {
		out := slices.Clone(list)
		for i, x := range out {
			if x.label != "" {
				continue
			}
			for lab := range labs {
				rest, ok := strings.CutPrefix(x.norm, lab)
				if !ok || rest == "" || rest[0] != ':' && !(rest[0] == ',' && x.row && prose.Normalize(x.rowLabel) == lab) {
					continue
				}
				rest = strings.TrimSpace(rest[1:])
				if keyOf(rest) == "" {
					break
				}
				c := *x
				c.norm, c.rowLabel, c.firstCell = rest, "", ""
				c.canon, c.key, c.words, c.content, c.lite, c.feats = "", "", nil, nil, nil, nil
				c.prepare()
				out[i] = &c
				copies[x] = &c
				break
			}
		}
		return out
	}
	r.old, r.new = alike(r.old, taken(u.new)), alike(r.new, taken(u.old))
	for _, p := range u.pairs {
		if dropped[p[0]] || dropped[p[1]] {
			continue
		}
		r.pairs = append(r.pairs, copiedPair(p, copies))
	}
	return r, true
}

// reNamingLeadIn matches a lead-in that names its list and says nothing
// else: "Our security measures are:".
var reNamingLeadIn = lazyRegexp(`^(?:our|the|these|your) ([a-z][a-z -]{0,40}) (?:are|include|includes|is):$`)

// reSafeguardLeadIn matches a lead-in that says we use the safeguards
// listed after it: "We use the following safeguards:".
var reSafeguardLeadIn = lazyRegexp(`^we (use|take|have|apply|maintain|employ) (?:the following|these) ([a-z][a-z -]{0,40}):$`)

// reHowLeadIn matches a lead-in that titles the steps after it and says
// nothing else: "How requests work:", "How it works:".
var reHowLeadIn = lazyRegexp(`^how (?:[a-z]+ ){1,3}works?:$`)

// restructuredLeadIn reports a lone lead-in ("We rely on the following
// legal bases:") put over a list or table that rewrites what the other
// revision said in another shape (E3, E7): it names what the items say
// and says nothing itself. It has no negation, modal, qualifier,
// exception, timing or company of its own, introduces items not all of
// which the other revision writes as they stand (unless it only titles
// them: "How requests work:"), and every word it uses the other
// revision's same section (or its heading) says, or the header of the
// table it introduces, or it names the items ("the following legal
// bases", "these safeguards", "our security measures are").
func restructuredLeadIn(ss []*sentence, added bool, ctx *context) bool {
	if len(ss) != 1 {
		return false
	}
	x := ss[0]
	// A full sentence that points at the table after it ("The table
	// below shows how long we keep each type of information.") leads it
	// as a colon does; only table rows count as its items.
	text := strings.TrimSpace(x.text)
	colon := strings.HasSuffix(text, ":")
	if !colon && !(strings.HasSuffix(text, ".") && hasAny(strings.ToLower(text), "below", "this table", "the following table")) {
		return false
	}
	mine, others := ctx.olds, ctx.news
	if added {
		mine, others = ctx.news, ctx.olds
	}
	// A lead-in that answers a question ("Where can I complain?" over
	// "You can choose either of these:") says "can" as the question
	// does, in its words.
	asked := questionText(x, mine)
	s := newSide(ss)
	if s.neg > 0 || s.possible > 0 || s.can > 0 && !containsWord(asked, "can") || s.commit > 0 || len(s.restrict) > 0 || len(s.except) > 0 ||
		len(s.timing) > 0 || len(s.entities) > 0 {
		return false
	}
	// "For at least the periods shown below" bounds every period the
	// table gives: a bound is said of the items, not a name for them.
	if b := boundsIn(x.norm); b != "" && b != "within" {
		return false
	}
	otherKeys := map[string]bool{}
	allowed := map[string]bool{}
	var said []string
	addWords := func(norm string) {
		for _, w := range words(canonicalize(norm)) {
			allowed[stem(lemma(w))] = true
			allowed[root(w)] = true
			said = append(said, w)
		}
	}
	// The section's words on the other side: those of its sentences in
	// the same section, or in the section a sentence of x's section
	// stands in unchanged, when the heading was renamed ("Keeping
	// information safe" → "How we keep information safe").
	here := map[string]bool{}
	for _, y := range mine {
		if sameSection(x, y) {
			here[y.key] = true
		}
	}
	counterpart := map[string]bool{}
	for _, y := range others {
		if here[y.key] {
			counterpart[strings.Join(y.section, "\x00")] = true
		}
	}
	for _, y := range others {
		otherKeys[y.key] = true
		if sameSection(x, y) || counterpart[strings.Join(y.section, "\x00")] {
			addWords(y.norm)
		}
	}
	for _, h := range x.section {
		addWords(prose.Normalize(h))
		// A heading that names the information it is about ("How long
		// we keep information") names the personal information the
		// notice is about.
		if hs := words(canonicalize(prose.Normalize(h))); slices.Contains(hs, "information") || slices.Contains(hs, "data") {
			addWords("personal")
		}
	}
	if asked != "" {
		addWords(asked)
	}
	lead := strings.TrimSpace(strings.ToLower(x.text))
	// A lead-in that only names its items ("Our safety measures are:",
	// "How requests work:") may also be put over sentences the other
	// revision writes as they stand: steps numbered under a title.
	titled := reNamingLeadIn().MatchString(lead) || reHowLeadIn().MatchString(lead)
	// A lead-in that only gives the purpose of the steps after it ("To
	// make a request:", "To use these rights:") says how to do what the
	// section lets users do: its words name the steps.
	steps := colon && requestOpener(append(diffTokens(strings.TrimSuffix(lead, ":")), ","))
	// The items it introduces: the list whose lead-in it is, or the
	// table straight after it.
	items, verbatim, last := 0, 0, x.block+1
	for _, y := range mine {
		if y.order <= x.order || !sameSection(x, y) {
			continue
		}
		if !(colon && y.leadIn == x.norm && y.leadIn != "" || y.row && y.block <= last+2) {
			break
		}
		if otherKeys[y.key] {
			verbatim++
		}
		items++
		last = y.block
		addWords(y.header)
		if titled {
			addWords(y.norm)
		}
	}
	if items == 0 || verbatim == items && !titled {
		return false
	}
	// Words that point at other text ("the uses listed in section 4",
	// "the table below") say nothing themselves.
	naming := map[string]bool{"listed": true, "list": true, "below": true, "above": true, "following": true,
		"table": true, "shown": true, "described": true, "set": true, "out": true,
		// and so do the names of a table's columns ("each type of
		// information and the period we keep it").
		"show": true, "shows": true, "type": true, "types": true, "kind": true, "kinds": true, "period": true, "periods": true}
	for _, w := range words(canonicalize(x.norm)) {
		if len(dropLeadIn([]string{w}, s)) == 0 {
			naming[w] = true
		}
	}
	if m := reNamingLeadIn().FindStringSubmatch(lead); m != nil {
		for _, w := range strings.Fields(m[1]) {
			naming[w] = true
		}
	}
	if reHowLeadIn().MatchString(lead) {
		naming["work"], naming["works"] = true, true
	}
	// The steps' purpose names a request or right the other revision's
	// section grants, in its words or a synonym's ("ask" for
	// "request"); the verb that puts it to use says nothing more.
	if steps {
		for _, w := range diffTokens(strings.TrimSuffix(lead, ":")) {
			if a, _ := unexplained([]string{w}, said); len(a) == 0 || !requestWords[w] {
				naming[w] = true
			}
		}
	}
	// "You can choose either of these:" over items the other revision
	// joins by "or" says they are alternatives, as "or" does.
	if asked != "" && hasAny(lead, "either of", "one of") && slices.ContainsFunc(others, func(y *sentence) bool { return sameSection(x, y) && strings.Contains(y.norm, " or ") }) {
		naming["choose"], naming["either"], naming["one"] = true, true, true
	}
	// "We use the following safeguards:" says only that the safeguards
	// listed are in use, as "Our safeguards are:" does.
	if hasAny(lead, "following", "these") {
		if m := reSafeguardLeadIn().FindStringSubmatch(lead); m != nil &&
			slices.ContainsFunc(strings.Fields(m[2]), func(w string) bool { c, _ := practiceCat(w); return c == notice.CatSecurity }) {
			naming[m[1]] = true
			for _, w := range strings.Fields(m[2]) {
				naming[w] = true
			}
		}
	}
	for _, w := range words(canonicalize(x.norm)) {
		if glue[w] || stop[w] || naming[w] || allowed[stem(lemma(w))] || allowed[root(w)] {
			continue
		}
		// "three legal bases:" over a list of three counts its items.
		if n, ok := numberWords[w]; x.leads > 1 && (ok && n == x.leads || w == strconv.Itoa(x.leads)) {
			continue
		}
		return false
	}
	return true
}

// rewordsOne reports a lone sentence that says what one sentence of the
// other revision says, in other words (E8 by way of E7): had the one been
// rewritten into the other in place, nothing would have changed. "You can
// opt out at any time by e-mailing us" added to a summary restates the
// opt-out section's "you may opt out at any time by contacting us". A
// corrected typo is no such rewording: two sentences a letter apart are
// different sentences.
func rewordsOne(ss []*sentence, other *index, added bool, ctx *context) (string, bool) {
	if len(ss) != 1 {
		return "", false
	}
	var content []string
	for _, w := range keyWords(ss[0].key) {
		if !slices.Contains(content, w) && !negations[w] {
			content = append(content, w)
		}
	}
	best, share := other.best(content, nil)
	if best == nil || share < 0.5 || best.row != ss[0].row || len(content) < 5 {
		return "", false
	}
	best.prepare()
	// Each says most of what the other says: a label ("Device data.") is
	// no rewording of the sentence that lists the data.
	a, b := ss[0].stems(), best.stems()
	common := 0
	for st := range a {
		if b[st] {
			common++
		}
	}
	if 2*common < len(a) || 2*common < len(b) {
		return "", false
	}
	u := &unit{old: []*sentence{best}, new: ss}
	if !added {
		u.old, u.new = ss, []*sentence{best}
	}
	o, n := newSide(u.old), newSide(u.new)
	fs, ed := judgeModified(u, o, n, ctx)
	if len(fs) > 0 || !strings.HasPrefix(ed, "E7 same meaning") {
		return "", false
	}
	// One says more than the other if it joins an item of its own to one
	// both name: "our newsletters and order receipts" does not restate
	// "the newsletters we send".
	subA, subR := unexplained(missingFrom(n.content, o.content), missingFrom(o.content, n.content))
	if _, ok := coordinatedWith(subA, n, o); ok {
		return "", false
	}
	if _, ok := coordinatedWith(subR, o, n); ok {
		return "", false
	}
	return best.text, true
}

// judgeLoneAs is judgeLone on the sentences as they are written.
func judgeLoneAs(ss []*sentence, other *index, added bool) ([]finding, string) {
	s := newSide(ss)
	var content []string
	for _, x := range ss {
		for _, w := range keyWords(x.key) {
			// Polarity is compared below: "never" and "do not" look up
			// the same sentences.
			if !slices.Contains(content, w) && !negations[w] {
				content = append(content, w)
			}
		}
	}
	text := joinTexts(ss)
	if s.contact {
		// A mailbox added at a domain of a company the old revision does
		// not name is another party's (M10).
		if added && strings.IndexByte(s.norm, '@') >= 0 {
			if d, ok := foreignDomain(mailDomains(other.sents, nil), mailDomainsIn(s.norm), other.sents); ok {
				return []finding{{rule: "M10 entity", impact: notice.ImpactNeutral, cats: []string{notice.CatController}, keywords: []string{d},
					reason: fmt.Sprintf("an e-mail address at another company's domain, '%s', was added: '%s'", d, clip(text))}}, ""
			}
		}
		if len(s.entities) == 0 {
			return nil, "E5 contact details: " + clip(text)
		}
	}
	if len(ss) == 1 && mayCrossRef(ss[0].canon) && reCrossRef().MatchString(ss[0].canon) && s.neg == 0 && s.possible == 0 && s.commit == 0 &&
		len(s.except) == 0 && !reClause().MatchString(ss[0].canon) {
		return nil, "E2 a pointer to another part of the notice: '" + clip(text) + "'"
	}
	// So is one that says only where a term is defined (E2): "The term
	// "member" is defined in the Glossary at the end of this notice".
	if len(ss) == 1 && hasAny(ss[0].canon, " defined in ", " explained in ") && reTermPointer().MatchString(ss[0].canon) {
		return nil, "E2 a pointer to where a term is defined: '" + clip(text) + "'"
	}
	// "The sections below explain what we collect, how we use it and
	// the choices you have" names what the notice goes on to say and
	// promises nothing (E2).
	// So does "The sections below give the details": it names no
	// subject at all. So do "The sections below explain your rights"
	// and "Your choices are explained under Choices below", which name
	// the subject and not what is said of it.
	if len(ss) == 1 && (hasAny(ss[0].canon, "explain", "describe", "set out", "sets out", "tell you", "tells you") && reOverview().MatchString(ss[0].canon) ||
		reDetailsBelow().MatchString(ss[0].canon)) &&
		s.neg == 0 && s.possible == 0 && s.can == 0 && s.commit == 0 && len(s.except) == 0 && len(s.restrict) == 0 &&
		len(s.quantities) == 0 && len(s.entities) == 0 && len(s.places) == 0 && len(s.timing) == 0 {
		return nil, "E2 says what the notice goes on to explain: '" + clip(text) + "'"
	}
	if ref, ok := restated(s, content, other, len(ss) == 1); ok {
		return nil, "E8 restatement of '" + clip(ref) + "'"
	}
	if ref, ok := illustrates(ss, s, other); ok {
		return nil, "E8 an example of what '" + clip(ref) + "' says"
	}
	if term, ok := definesTerm(ss, s, other); ok {
		return nil, "E8 says what '" + term + "', a term the notice uses, is: '" + clip(text) + "'"
	}
	if ref, ok := definedInPlace(ss, other); ok {
		return nil, "E8 restatement of '" + clip(ref) + "'"
	}
	if len(ss) == 1 {
		// Each clause restated, or only saying what a term includes:
		// "we do not rent your address, and that includes your work
		// address".
		if ref, ok := restatedClauses(ss[0], other); ok {
			return nil, "E8 restatement of '" + clip(ref) + "'"
		}
		// A description that states no practice, in the words of one
		// sentence of the other revision: "the help centre is where you
		// find the forms".
		if ref, ok := describesKnown(s, content, other); ok {
			return nil, "E8 restatement of '" + clip(ref) + "'"
		}
		// "In short: ..." over a section sums up what the section says.
		if ref, ok := summarizesSection(ss[0], s, other); ok {
			return nil, "E8 a summary of what the section says: '" + clip(ref) + "'"
		}
	}
	// A box of several sentences ("In short: ... . We ... .") sums up
	// the section when each of its sentences does.
	if len(ss) > 1 && (hasPrefixAny(ss[0].canon, summaryMarkers...) || ss[0].summary || inSummary(ss[0])) {
		ref, all := "", true
		for _, x := range ss {
			r, ok := summarizesSection(x, newSide([]*sentence{x}), other)
			if !ok {
				all = false
				break
			}
			if ref == "" {
				ref = r
			}
		}
		if all {
			return nil, "E8 a summary of what the section says: '" + clip(ref) + "'"
		}
	}
	var ws []string
	for _, w := range s.words {
		if !glue[w] {
			ws = append(ws, w)
		}
	}
	trigger := s.neg > 0 || s.possible > 0 || s.can > 0 || s.commit > 0 || len(s.restrict) > 0 || len(s.except) > 0 ||
		len(s.quantities) > 0 || len(practiceCats(ws)) > 0 || len(s.entities) > 0 || len(s.timing) > 0 ||
		len(ws) >= 4
	// A list item that states no practice of its own ("close your
	// account") states the one its lead-in names ("You can:").
	var right, practice bool
	if !trigger && len(ws) > 0 {
		right, practice = leadInKind(ss)
		if trigger = right || practice; trigger {
			ws = append(ws, leadInWords(ss)...)
		}
	}
	if !trigger {
		return nil, "no practice stated: '" + clip(text) + "'"
	}
	// A row or item that a lead-in states a practice of ("Our sponsor"
	// under "We share it with the recipients in this table:") is an
	// item of it, not a label.
	if len(ss) == 1 && titleCase(text) && !strings.ContainsAny(text, ".;!?") && len(strings.Fields(text)) <= 12 && !(ss[0].row && (right || practice)) {
		return nil, "E3 label or heading: '" + clip(text) + "'"
	}
	// "**Selling and renting.** We do not sell or rent ...": a bold label
	// that is a sentence of its own names what its item says, as a
	// heading does (E3), when the item's text says each of its words.
	if len(ss) == 1 && labelSentence(ss[0], s) {
		return nil, "E3 label or heading: '" + clip(text) + "'"
	}
	if len(ss) == 1 && headsSection(ss[0], other) {
		return nil, "E3 a lead-in became a heading: '" + clip(text) + "'"
	}
	// "**Where your information is kept.** We store it ...": a bold
	// clause that asks no question and states nothing titles the
	// paragraph it opens, as a heading would (E3).
	if len(ss) == 1 && ss[0].boldLead && len(strings.Fields(text)) <= 8 && reWhTitle().MatchString(strings.ToLower(strings.TrimSpace(text))) {
		return nil, "E3 a bold title over the paragraph it opens: '" + clip(text) + "'"
	}
	// "How chat works depends on the player's age:" over a list titles
	// what the list goes on to set out, as a heading would; its items
	// say what is done (E3). A lead-in that denies, hedges, promises or
	// limits, or names a practice the other revision does not, still
	// says something of its own.
	if len(ss) == 1 && ss[0].leads > 0 && reWhTitle().MatchString(strings.ToLower(strings.TrimSpace(text))) &&
		s.neg == 0 && s.possible == 0 && s.can == 0 && s.commit == 0 && len(s.except) == 0 && len(s.restrict) == 0 &&
		len(s.quantities) == 0 && len(s.entities) == 0 && len(s.places) == 0 && len(s.timing) == 0 &&
		!slices.ContainsFunc(strongPractice(ws), func(w string) bool { return !namedIn(w, other.sents) }) {
		return nil, "E3 a lead-in that titles the list below it: '" + clip(text) + "'"
	}
	protection, permission := isProtection(s), isPermission(s)
	if right {
		protection, permission = true, false
	} else if practice && !protection {
		permission = true
	}
	impact := notice.ImpactLessProtective
	rule, verb := "M5 statement added", "added"
	if added {
		if protection && !permission {
			impact = notice.ImpactMoreProtective
		}
	} else {
		rule, verb = "M14 statement removed", "removed"
		if permission && !protection {
			impact = notice.ImpactMoreProtective
		}
	}
	if len(s.entities) > 0 && !added || len(s.entities) > 0 && added && !protection {
		impact = notice.ImpactNeutral
	}
	// A safeguard and nothing else ("an outside firm tests our systems
	// every year"): added it protects more, dropped it protects less.
	if cats := practiceCats(ws); cats[notice.CatSecurity] && !cats[notice.CatSharing] && !cats[notice.CatCollection] &&
		!cats[notice.CatUse] && !cats[notice.CatTracking] && !permission && s.neg == 0 {
		impact = notice.ImpactLessProtective
		if added {
			impact = notice.ImpactMoreProtective
		}
	}
	// What the definition of personal information covers gets the
	// notice's protections: a statement that widens it protects more, one
	// that widens what it excludes protects less (M13).
	var cats []string
	if imp, ok := definitionImpact(s, added); ok {
		impact, cats = imp, []string{notice.CatOther}
	}
	// Arbitration and class-action waivers bind users, whatever "must" or
	// "right" they are worded with (M11).
	if hasAny(" "+s.norm+" ", " arbitration", " class action", " class-action", " waive", " jury trial") {
		impact = notice.ImpactMoreProtective
		if added {
			impact = notice.ImpactLessProtective
		}
	}
	if s.contact && len(s.entities) > 0 {
		// An entity line of a contact block: part of a swap of the
		// entity (M10), not a deleted commitment.
		return []finding{{rule: "M10 entity", impact: notice.ImpactNeutral, cats: []string{notice.CatController},
			reason: fmt.Sprintf("a company's name was %s: '%s'", verb, clipQuote(strings.Fields(text)))}}, ""
	}
	return []finding{{rule: rule, impact: impact, cats: cats, reason: fmt.Sprintf("a statement was %s: '%s'", verb, clipQuote(strings.Fields(text))), keywords: ws}}, ""
}

// namedIn reports a sentence of ss that holds the word w, by its stem.
func namedIn(w string, ss []*sentence) bool {
	st := stem(lemma(w))
	return slices.ContainsFunc(ss, func(x *sentence) bool { return x.stems()[st] })
}

// reWhTitle matches a clause that opens with a question word and is no
// question: "Where your information is kept.", "What we cannot promise:".
// ("When ..." may set a condition on what follows, and is left out.)
var reWhTitle = lazyRegexp(`^(?:how|what|where|why|who|which) [a-z][a-z' ,-]*[.:]?$`)

// leadInKind reports whether every sentence of ss is an item of a list
// whose lead-in grants users something ("You can:", "You have the right
// to:") or states a practice of ours ("We may share your data with:").
func leadInKind(ss []*sentence) (right, practice bool) {
	if len(ss) == 0 {
		return false, false
	}
	right, practice = true, true
	for _, x := range ss {
		lead := x.leadIn
		if x.row {
			lead = x.tableLead
		}
		l := " " + lead + " "
		if lead == "" {
			return false, false
		}
		right = right && reLeadRight().MatchString(l)
		practice = practice && reLeadPractice().MatchString(l)
	}
	return right, practice && !right
}

var (
	reLeadRight    = lazyRegexp(`\byou(?:r)?\b.*\b(?:can|may|have the right|are entitled|rights?|choose|ask us|request)\b|\bthe right to\b`)
	reLeadPractice = lazyRegexp(`\bwe\b.*\b(?:may|can|will|use|share|collect|disclose|keep|retain|process|sell|receive|obtain|employ|apply|maintain|protect)\b`)
)

// leadInWords returns the content words of ss's lead-ins, for the
// category of an item that names no practice itself.
func leadInWords(ss []*sentence) []string {
	var out []string
	for _, x := range ss {
		lead := x.leadIn
		if x.row {
			lead = x.tableLead
		}
		for _, w := range strings.Fields(strings.Trim(lead, ":")) {
			w = strings.Trim(w, ",.;:")
			if w != "" && !glue[w] && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// conditionFindings looks for a whole condition ("if you turn them on",
// "provided that you opt in") dropped from or added to a sentence, with
// nothing in its place (M4). Dropped from a permission it widens it (less
// protective); dropped from what users can do it widens that (more).
// A rewritten paragraph moves clauses between sentences; only a
// one-sentence edit is read this way.
func conditionFindings(o, n *side, quote string) []finding {
	a, b := diffTokens(o.norm), diffTokens(n.norm)
	if len(a) > maxDiffTokens || len(b) > maxDiffTokens {
		return nil
	}
	hs, _, ok := wordHunks(a, b)
	if !ok {
		return nil
	}
	return hunkConditionFindings(o, n, a, b, hs, quote)
}

// conditionScopeFindings looks for a condition that opens a stretch of
// its sentence ("send you our catalog and, if you have signed up,
// marketing emails and text messages") kept word for word, with a thing
// it governed now said ahead of it ("send you our catalog and marketing
// emails and, if you have signed up, text messages"): that thing no
// longer waits for the condition, a permission widened (M4, less
// protective); a thing brought under the condition is the reverse, and
// one thing swapped for another under it changes what it governs.
// Things reordered under the condition change nothing.
func conditionScopeFindings(o, n *side, quote string) []finding {
	a, b := diffTokens(o.norm), diffTokens(n.norm)
	if len(a) > maxDiffTokens || len(b) > maxDiffTokens {
		return nil
	}
	// scope returns the condition clauses of ts that a comma closes and
	// words follow, each with the content words from its comma to the
	// end of the clause it opens.
	type cond struct {
		clause string
		words  map[string]bool
		before map[string]bool // the content words ahead of the condition
	}
	scope := func(ts []string) []cond {
		var out []cond
		for i, t := range ts {
			// The condition stands inside a list ("our catalog and, if
			// ..., marketing emails"), not at the head of its sentence,
			// where it governs the whole and may move to the tail.
			if t != "if" && t != "provided" && t != "unless" || i == 0 || ts[i-1] != "," && ts[i-1] != "and" && ts[i-1] != "or" {
				continue
			}
			j := i + 1
			for j < len(ts) && ts[j] != "," && ts[j] != ";" && ts[j] != ":" {
				j++
			}
			if j >= len(ts) || ts[j] != "," || j+1 >= len(ts) {
				continue
			}
			ws := map[string]bool{}
			for k := j + 1; k < len(ts) && !scopeEnd[ts[k]]; k++ {
				if !glue[ts[k]] && !stop[ts[k]] && ts[k] != "," {
					ws[ts[k]] = true
				}
			}
			ahead := map[string]bool{}
			for _, w := range ts[:i] {
				ahead[w] = true
			}
			out = append(out, cond{strings.Join(ts[i:j], " "), ws, ahead})
		}
		return out
	}
	// The same condition may name what it governs by a pronoun it did
	// not need before ("if you have signed up" → "if you have signed up
	// for them"): clauses with the same opener and content words are one.
	same := func(x, y string) bool {
		if x == y {
			return true
		}
		content := func(c string) []string {
			var out []string
			for _, w := range strings.Fields(c)[1:] {
				if !glue[w] && !stop[w] {
					out = append(out, stem(lemma(w)))
				}
			}
			slices.Sort(out)
			return out
		}
		xf, yf := strings.Fields(x), strings.Fields(y)
		return xf[0] == yf[0] && slices.Equal(content(x), content(y)) && len(content(x)) > 0
	}
	var fs []finding
	for _, co := range scope(a) {
		for _, cn := range scope(b) {
			if !same(co.clause, cn.clause) {
				continue
			}
			var out, in []string
			for w := range co.words {
				if !cn.words[w] && cn.before[w] && !co.before[w] {
					out = append(out, w)
				}
			}
			for w := range cn.words {
				if !co.words[w] && co.before[w] && !cn.before[w] {
					in = append(in, w)
				}
			}
			if len(out) == 0 && len(in) == 0 {
				continue
			}
			slices.Sort(out)
			slices.Sort(in)
			verb, impact, ws := "no longer governs", notice.ImpactLessProtective, out
			switch {
			case len(out) > 0 && len(in) > 0:
				verb, impact, ws = "governs other things than", notice.ImpactNeutral, append(out, in...)
			case len(in) > 0:
				verb, impact, ws = "now also governs", notice.ImpactMoreProtective, in
			}
			cats := []string{notice.CatChoice}
			if c := permittedCat(o); c != "" && c != notice.CatChoice {
				cats = append(cats, c)
			}
			fs = append(fs, finding{rule: "M4 condition", impact: impact, cats: cats,
				reason: fmt.Sprintf("the condition '%s' %s '%s': %s", co.clause, verb, strings.Join(ws, " "), quote), keywords: ws})
			return fs
		}
	}
	return fs
}

// unitCondition is a condition clause of a sentence ("if you opt in",
// "when you are signed in to your account", "where the law requires
// it"): its words, from the word that opens it to the comma or semicolon
// that closes it or the sentence's end, its content words, and the
// sentence it qualifies.
type unitCondition struct {
	clause  []string
	content []string
	of      *sentence
}

// legalTest are the words that make a "where" or "when" clause a legal
// condition ("where the law requires it", "when permitted") rather than a
// place ("the country where you live") or a moment in the data's life
// ("when it travels over networks").
var legalTest = set("law", "laws", "legally", "legal", "required", "requires", "require", "permitted", "permits",
	"allowed", "allows", "necessary", "lawful", "authorized", "authorised")

// clauseTimeWords are the words of a condition that say when or for how
// long, which the number rules (M6) compare as values: "if it is still
// unresolved after thirty days" and "if we cannot resolve it within 30
// days" differ in them only by wording.
var clauseTimeWords = set("after", "before", "until", "during", "later", "earlier", "first", "last")

// unitConditions lists the condition clauses of ss. A clause opens with
// "if", "unless" or "provided"; with "when", "whenever" or "while" said of
// the user ("when you are signed in"), not of the data or of us; or with
// a "where" or "when" that sets a legal test. "As if" and "even if" are
// no conditions of the statement; a clause that a colon closes ("when
// both of the following apply:") only leads in to the conditions listed
// after it; and a clause with no content word but values ("if so",
// "while you have one") says nothing a rewording could drop.
func unitConditions(ss []*sentence) []unitCondition {
	var out []unitCondition
	for _, x := range ss {
		ts := diffTokens(x.norm)
		for i, t := range ts {
			legal := slices.ContainsFunc(ts[i+1:min(i+4, len(ts))], func(w string) bool { return legalTest[w] })
			switch t {
			case "if", "unless", "provided":
				if i > 0 && (ts[i-1] == "as" || ts[i-1] == "even") {
					continue
				}
			case "when", "whenever", "while":
				if !legal && (i+1 >= len(ts) || ts[i+1] != "you" && ts[i+1] != "your") {
					continue
				}
			case "where":
				if !legal {
					continue
				}
			default:
				continue
			}
			j := i + 1
			for j < len(ts) && ts[j] != "," && ts[j] != ";" && ts[j] != ":" {
				j++
			}
			if j < len(ts) && ts[j] == ":" {
				continue
			}
			var content []string
			for _, w := range ts[i+1 : j] {
				if !glue[w] && !stop[w] && len(w) > 1 && isAlnum(w[0]) && !isNumber(w) && !isNumberWord(w) &&
					!clauseTimeWords[w] && unitDays[w] == 0 && !negations[w] && !slices.Contains(content, w) {
					content = append(content, w)
				}
			}
			if len(content) > 0 {
				out = append(out, unitCondition{ts[i:j], content, x})
			}
		}
	}
	return out
}

// unitConditionFindings reads a rewritten paragraph or list, whose
// sentences may not pair up one for one, for a condition clause that came
// into it or left it whole: none of the clause's content words is said
// anywhere in the paragraphs on the other side, in the same root, a
// longer word built on it ("unresolved" on "resolve") or a synonym
// ("when you are signed in to your account" added to a paragraph that
// never spoke of signing in or accounts). A condition whose words the
// other side still says was kept, however the sentences were recast ("if
// a change affects ..." → "Some changes affect ... For those changes, we
// will:"). A condition that left while another came is one reworded ("if
// you write to us" → "when you contact us"), read by the other rules.
// Dropped from a permission the condition widens it (less protective);
// dropped from a protection, or from what we do for users at their
// request, it widens that (more protective); added, the reverse.
func unitConditionFindings(u *unit, ctx *context, quote string) []finding {
	// The paragraphs and items the unit's sentences stand in, whole, and
	// the blocks just above and below them: a sentence of them that did
	// not change still says what it said ("You can leave the program ..."
	// beside "If you leave, ..."), and so does a question set over its
	// answer ("Can I delete the information I gave you?").
	said := func(ss, all []*sentence) (map[string]bool, []string) {
		blocks := map[int]bool{}
		for _, x := range ss {
			blocks[x.block-1], blocks[x.block], blocks[x.block+1] = true, true, true
		}
		st := map[string]bool{}
		var ws []string
		for _, x := range all {
			if !blocks[x.block] {
				continue
			}
			for _, w := range diffTokens(x.norm) {
				if !glue[w] && !stop[w] && len(w) > 1 {
					st[stem(lemma(w))] = true
					ws = append(ws, w)
				}
			}
		}
		return st, ws
	}
	says := func(st map[string]bool, ws []string, w string) bool {
		s := stem(lemma(w))
		if st[s] || synonymOf(w, ws) {
			return true
		}
		for o := range st {
			if len(o) >= 5 && strings.Contains(s, o) || len(s) >= 5 && strings.Contains(o, s) {
				return true
			}
		}
		return false
	}
	whole := func(cs []unitCondition, st map[string]bool, ws []string) []unitCondition {
		var out []unitCondition
		for _, c := range cs {
			if !slices.ContainsFunc(c.content, func(w string) bool { return says(st, ws, w) }) {
				out = append(out, c)
			}
		}
		return out
	}
	ost, ows := said(u.old, ctx.olds)
	nst, nws := said(u.new, ctx.news)
	gone, came := whole(unitConditions(u.old), nst, nws), whole(unitConditions(u.new), ost, ows)
	// A clause that names only corporate events the other side names as
	// occasions ("as part of a merger" → "if we merge") restates them.
	o, n := newSide(u.old), newSide(u.new)
	gone = slices.DeleteFunc(gone, func(c unitCondition) bool { return eventsRestated(c.clause, n) })
	came = slices.DeleteFunc(came, func(c unitCondition) bool { return eventsRestated(c.clause, o) })
	// A clause that only says where the user is ("if you are in the
	// EEA") names places; places the other revision named over what the
	// sentence says, in a heading or a sentence it no longer has (see
	// placesNamedOver), are no new condition.
	gone = slices.DeleteFunc(gone, func(c unitCondition) bool { return placeConditionNamedOver(c, u.old, o, ctx.news, ctx.olds, u.new) })
	came = slices.DeleteFunc(came, func(c unitCondition) bool { return placeConditionNamedOver(c, u.new, n, ctx.olds, ctx.news, u.old) })
	if len(gone) > 0 && len(came) > 0 || len(gone)+len(came) == 0 {
		return nil
	}
	c, verb := gone, "removed"
	if len(came) > 0 {
		c, verb = came, "added"
	}
	x := newSide([]*sentence{c[0].of})
	protects := !isPermission(x) && (isProtection(x) || hasAny(" "+x.norm+" ", " opt out ", " opt-out ", " honor ", " honour ", " respect "))
	impact, cats := conditionOutcome(x, verb == "added", protects)
	return []finding{{rule: "M4 condition", impact: impact, cats: cats,
		reason: fmt.Sprintf("a condition ('%s') was %s: %s", strings.Join(c[0].clause, " "), verb, quote), keywords: c[0].clause}}
}

// scopeEnd are the words that close the stretch a condition opens: a
// new clause, not the next item of its list.
var scopeEnd = set(";", ":", "but", "because", "so", "if", "unless", "when", "whenever", "while", "although", "provided")

// movedConditionFindings is conditionFindings on the edit left once the
// stretches the sentence only moved are cut out (unmoved).
func movedConditionFindings(o, n *side, quote string) []finding {
	a, b := diffTokens(o.norm), diffTokens(n.norm)
	if len(a) > maxDiffTokens || len(b) > maxDiffTokens {
		return nil
	}
	hs, _, ok := wordHunks(a, b)
	if !ok {
		return nil
	}
	hs, moved := unmoved(hs)
	if !moved {
		return nil
	}
	return hunkConditionFindings(o, n, a, b, hs, quote)
}

// hunkConditionFindings is conditionFindings on the hunks hs of the
// tokens a and b.
func hunkConditionFindings(o, n *side, a, b []string, hs []hunk, quote string) []finding {
	ow, nw := o.wordSet(), n.wordSet()
	var fs []finding
	for _, h := range hs {
		var clause, all []string
		var other map[string]bool
		verb := "removed"
		switch {
		case len(h.ins) == 0:
			clause, all, other = h.del, a, nw
		case len(h.del) == 0:
			clause, all, other = h.ins, b, ow
			verb = "added"
		default:
			continue
		}
		if !conditionClause(clause, all, other) {
			continue
		}
		// A condition moved from the head of the sentence to its tail (or
		// the reverse) and reworded is kept, not removed or added (E7):
		// "if we do not receive the form within 14 days, we delete X" →
		// "we delete X if the form has not arrived within two weeks".
		if verb == "added" && restatedCondition(clause, a, b) || verb == "removed" && restatedCondition(clause, b, a) {
			continue
		}
		// "if we merge or are acquired" names as a condition the
		// corporate events "as part of a merger or acquisition" named as
		// the occasion (E7): which events are named is compared on its
		// own (M7).
		if verb == "added" && eventsRestated(clause, o) || verb == "removed" && eventsRestated(clause, n) {
			continue
		}
		// "the court where you live" is "your local court".
		if rest, has := n, o; residence(clause) {
			if verb == "added" {
				rest, has = o, n
			}
			if local(rest) && !local(has) {
				continue
			}
		}
		impact, cats := conditionOutcome(o, verb == "added", isProtection(o) && !isPermission(o))
		fs = append(fs, finding{rule: "M4 condition", impact: impact, cats: cats,
			reason: fmt.Sprintf("a condition was %s: %s", verb, quote), keywords: clause})
	}
	return fs
}

// conditionOutcome is what a condition dropped from or added to the
// statement x comes to. Dropped from a permission it widens the
// permission (less protective); dropped from a protection, or from what
// we do for users at their request (protects), it widens that (more
// protective); added, the reverse. The condition guards a practice:
// what x permits changed as much as the choice it asked for.
func conditionOutcome(x *side, added, protects bool) (notice.Impact, []string) {
	impact := notice.ImpactLessProtective
	if added != protects {
		impact = notice.ImpactMoreProtective
	}
	cats := []string{notice.CatChoice}
	if c := permittedCat(x); c != "" && c != notice.CatChoice {
		cats = append(cats, c)
	}
	return impact, cats
}

// eventsRestated reports a condition clause ("if we merge, are
// acquired") that names only corporate events, each of a kind the other
// side sd names too ("as part of a merger or an acquisition").
func eventsRestated(clause []string, sd *side) bool {
	text := strings.Join(clause, " ")
	ms := reCorporateEvent().FindAllString(text, -1)
	if len(ms) == 0 {
		return false
	}
	kinds := map[string]bool{}
	for _, m := range reCorporateEvent().FindAllString(sd.norm, -1) {
		kinds[corporateEvent(m)] = true
	}
	for _, m := range ms {
		if !kinds[corporateEvent(m)] {
			return false
		}
	}
	for _, w := range strings.Fields(reCorporateEvent().ReplaceAllString(text, " ")) {
		if !glue[w] && !stop[w] && w != "," && w != "if" && w != "we" && w != "are" && w != "is" && w != "be" && w != "or" {
			return false
		}
	}
	return true
}

// unmoved returns hs with the stretches a sentence only moved cut out: a
// run of at least three tokens, one of them a content word, that one
// hunk deletes and one inserts ("we will notify you" put before the
// breach it was said of). A hunk that lost a run is left as its pieces,
// each a plain deletion or insertion. moved is false when no run moved.
func unmoved(hs []hunk) (out []hunk, moved bool) {
	gone := make([][]bool, len(hs))
	came := make([][]bool, len(hs))
	for i, h := range hs {
		gone[i], came[i] = make([]bool, len(h.del)), make([]bool, len(h.ins))
	}
	cut := make([]bool, len(hs))
	for {
		// The longest run left, found afresh after each cut.
		best, bi, bj, bp, bq := 0, 0, 0, 0, 0
		for i, x := range hs {
			for j, y := range hs {
				for p := range x.del {
					for q := range y.ins {
						k := 0
						for p+k < len(x.del) && q+k < len(y.ins) && !gone[i][p+k] && !came[j][q+k] && x.del[p+k] == y.ins[q+k] {
							k++
						}
						if k > best && !allStop(x.del[p:p+k]) {
							best, bi, bj, bp, bq = k, i, j, p, q
						}
					}
				}
			}
		}
		if best < 3 {
			break
		}
		for k := range best {
			gone[bi][bp+k], came[bj][bq+k] = true, true
		}
		cut[bi], cut[bj], moved = true, true, true
	}
	if !moved {
		return hs, false
	}
	pieces := func(ts []string, mark []bool) [][]string {
		var ps [][]string
		var cur []string
		for k, t := range ts {
			if mark[k] {
				if len(cur) > 0 {
					ps, cur = append(ps, cur), nil
				}
				continue
			}
			cur = append(cur, t)
		}
		if len(cur) > 0 {
			ps = append(ps, cur)
		}
		return ps
	}
	for i, h := range hs {
		if !cut[i] {
			out = append(out, h)
			continue
		}
		for _, d := range pieces(h.del, gone[i]) {
			out = append(out, hunk{del: d, at: h.at})
		}
		for _, a := range pieces(h.ins, came[i]) {
			out = append(out, hunk{ins: a, at: h.at})
		}
	}
	return out, true
}

// restatedCondition reports whether a condition clause of the other
// side's tokens states clause, of the own side, in other words
// (sameCondition) and is not itself still said on the own side: the
// condition moved and was reworded, it did not come or go.
func restatedCondition(clause, other, own []string) bool {
	for i, t := range other {
		if t != "if" && t != "provided" && t != "unless" && t != "where" {
			continue
		}
		j := i + 1
		for j < len(other) && other[j] != "," && other[j] != ";" {
			j++
		}
		c := other[i:j]
		if !containsSeq(own, c) && sameCondition(c, clause) {
			return true
		}
	}
	return false
}

// echoesBefore reports a condition clause ("if you leave") whose content
// words, one at least, are all in before, what the notice said just
// ahead of it. A clause that denies ("if you do not opt out") says
// more than what came before.
func echoesBefore(clause, before []string) bool {
	for _, t := range clause {
		switch t {
		case "not", "no", "never", "nor", "without", "unless", "only", "except":
			return false
		}
	}
	had := map[string]bool{}
	for _, t := range before {
		had[stem(t)] = true
	}
	n := 0
	for _, t := range clause {
		if glue[t] || t == "" || !isAlnum(t[0]) {
			continue
		}
		switch t {
		case "if", "when", "once", "after", "where", "you", "we", "they", "it", "do", "does", "so":
			continue
		}
		if !had[stem(t)] {
			return false
		}
		n++
	}
	return n > 0
}

// containsSeq reports whether ts holds sub as a contiguous stretch.
func containsSeq(ts, sub []string) bool {
	for i := 0; i+len(sub) <= len(ts); i++ {
		if slices.Equal(ts[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// conditionWithin reports two condition clauses with the same opener
// ("if") of which one says all the other does and more: "if you chose to
// receive our messages" and "if you chose to receive our messages about
// our products".
func conditionWithin(a, b []string) bool {
	content := func(ts []string) (string, map[string]bool) {
		open, m := "", map[string]bool{}
		for _, w := range ts {
			if open == "" && w != "," && w != "and" {
				open = w
			}
			if !glue[w] && !stop[w] && len(w) > 1 {
				m[stem(lemma(w))] = true
			}
		}
		return open, m
	}
	oa, ca := content(a)
	ob, cb := content(b)
	if oa != ob || len(ca) < 2 || len(cb) < 2 {
		return false
	}
	subset := func(x, y map[string]bool) bool {
		for w := range x {
			if !y[w] {
				return false
			}
		}
		return true
	}
	return subset(ca, cb) || subset(cb, ca)
}

// sameCondition reports two condition clauses (as conditionClause finds
// them) that state one condition in other words: the same opener ("if",
// "unless"), negations, modals, qualifiers and values, and the same words
// but for synonyms and those of the values themselves ("14 days" is "two
// weeks"). Who is named as doing it may go with the voice: "if we do not
// receive the form" is "if the form has not been received".
func sameCondition(a, b []string) bool {
	trim := func(ts []string) []string {
		for len(ts) > 0 && (ts[0] == "," || ts[0] == "and") {
			ts = ts[1:]
		}
		for len(ts) > 0 && (ts[len(ts)-1] == "," || ts[len(ts)-1] == ";") {
			ts = ts[:len(ts)-1]
		}
		return ts
	}
	a, b = trim(a), trim(b)
	if len(a) == 0 || len(b) == 0 || a[0] != b[0] {
		return false
	}
	clause := func(ts []string) *side {
		cl := strings.Join(ts, " ")
		return newSide([]*sentence{{text: cl, canon: cl}})
	}
	x, y := clause(a), clause(b)
	if x.neg != y.neg || x.possible != y.possible || x.can != y.can || x.commit != y.commit ||
		!maps.Equal(x.restrict, y.restrict) || !maps.Equal(x.except, y.except) || !maps.Equal(x.timing, y.timing) ||
		!equalStrings(x.quantities, y.quantities) || !equalStrings(x.places, y.places) || !equalStrings(x.entities, y.entities) {
		return false
	}
	value := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			_, day := unitDays[w]
			_, month := unitMonths[w]
			if !day && !month && !isNumber(w) && !isNumberWord(w) && w != "we" && w != "us" {
				out = append(out, w)
			}
		}
		return out
	}
	ua, ub := unexplained(value(missingFrom(x.loose, y.loose)), value(missingFrom(y.loose, x.loose)))
	return len(ua) == 0 && len(ub) == 0
}

// conditionClause reports a stretch of tokens that is a condition clause
// of its own: it opens with "if", "provided", "unless" or "where" ("where
// the camper agrees"), closes where the clause
// does (a comma, a semicolon or the sentence's end), and has a word that
// the other side lacks ("if you choose to unsubscribe" → "to unsubscribe"
// keeps the clause's verb; it is no clause dropped).
func conditionClause(ts, all []string, other map[string]bool) bool {
	start := 0
	for start < len(ts) && (ts[start] == "," || ts[start] == "and") {
		start++
	}
	c := ts[start:]
	if len(c) < 3 || c[0] != "if" && c[0] != "provided" && c[0] != "unless" && c[0] != "where" {
		return false
	}
	closed := c[len(c)-1] == "," || c[len(c)-1] == ";"
	if !closed {
		// Find where the stretch sits in its sentence.
		for i := 0; i+len(ts) <= len(all); i++ {
			if slices.Equal(all[i:i+len(ts)], ts) {
				closed = i+len(ts) == len(all) || all[i+len(ts)] == "," || all[i+len(ts)] == ";"
				break
			}
		}
	}
	if !closed {
		return false
	}
	for _, t := range c[1:] {
		if !glue[t] && !stop[t] && t != "," && t != ";" && !other[t] {
			return true
		}
	}
	return false
}

// restatesClause reports whether one clause of canon ("..., and ...",
// "...; ...") has the content words of s, no more and no fewer, with the
// same negations, modals and numbers. A shorter sentence that drops a
// word of the clause (a purpose, a recipient) may widen it.
func restatesClause(s *side, canon string) bool {
	var cls []string
	for _, cl := range reClause().Split(canon, -1) {
		// What a colon opens explains the clause before it ("ads are
		// contextual only: they are chosen ..."), which states on its own.
		cls = append(cls, strings.Split(cl, ": ")...)
	}
	// A later clause that calls the first clause's object "it" or "them"
	// ("we do not sell your photos, and we do not share them with
	// sponsors") says it of that object: "we do not share your photos
	// with sponsors".
	if len(cls) > 1 && hasAny(canon, " it ", " it", " them") {
		if m := reClauseObject().FindStringSubmatch(cls[0]); m != nil && !slices.ContainsFunc(strings.Fields(m[1]), isPreposition) {
			for _, cl := range cls[1:] {
				if !strings.HasPrefix(cl, "we ") {
					continue
				}
				ws := strings.Fields(cl)
				for i := 2; i < len(ws); i++ {
					if ws[i] == "it" || ws[i] == "them" {
						ws[i] = m[1]
						cls = append(cls, strings.Join(ws, " "))
						break
					}
				}
			}
		}
	}
	for _, cl := range cls {
		c := newSide([]*sentence{{text: cl, canon: cl}})
		if c.neg != s.neg || c.possible != s.possible || c.can != s.can || c.commit != s.commit ||
			!equalStrings(c.quantities, s.quantities) || len(c.except) != len(s.except) || len(c.restrict) != len(s.restrict) {
			continue
		}
		all := len(c.content) == len(s.content)
		for st := range s.content {
			if _, ok := c.content[st]; !ok {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// sameTargetWords returns the words of the texts of links in ls whose
// target one of others links to too.
func sameTargetWords(ls, others []prose.Link) map[string]bool {
	if len(ls) == 0 || len(others) == 0 {
		return nil
	}
	out := map[string]bool{}
	for _, l := range ls {
		u := prose.NormalizeURL(l.URL)
		if !slices.ContainsFunc(others, func(m prose.Link) bool { return prose.NormalizeURL(m.URL) == u }) {
			continue
		}
		for _, t := range diffTokens(canonicalize(prose.Normalize(l.Text))) {
			out[t] = true
		}
	}
	return out
}

// isPreposition reports a preposition that would make a phrase more than
// a noun and its modifiers.
func isPreposition(w string) bool {
	switch w {
	case "to", "with", "for", "from", "of", "in", "on", "by", "at", "about", "outside", "inside", "through", "without", "except", "unless":
		return true
	}
	return false
}

// sameStatement reports whether two sides say the same thing in other
// forms of the same words (E8): the same words but function words, by
// stem, and the same negations, modals, qualifiers, exceptions, numbers,
// places, entities and acting persons ("we", "you", "they").
func sameStatement(a, b *side) bool {
	if a.neg != b.neg || a.possible != b.possible || a.can != b.can || a.commit != b.commit ||
		!maps.Equal(a.restrict, b.restrict) || !maps.Equal(a.except, b.except) || !maps.Equal(a.timing, b.timing) ||
		!equalStrings(a.quantities, b.quantities) || !equalStrings(a.places, b.places) ||
		!equalStrings(a.entities, b.entities) || !equalStrings(a.frameworks, b.frameworks) ||
		len(a.loose) == 0 || len(a.loose) != len(b.loose) {
		return false
	}
	// A word may be swapped for a synonym ("decide" for "choose"), one
	// for one.
	ao, bo := missingFrom(a.loose, b.loose), missingFrom(b.loose, a.loose)
	if len(ao) > 0 {
		for _, w := range append(append([]string{}, ao...), bo...) {
			if strings.IndexByte(w, '-') >= 0 || glue[w] {
				return false
			}
		}
		if ua, ub := unexplained(ao, bo); len(ua) > 0 || len(ub) > 0 {
			return false
		}
	}
	// Who acts and who is acted on: "we share X with them" is not "they
	// share X with us".
	persons := func(s *side) [5]bool {
		var p [5]bool
		for _, w := range s.words {
			switch w {
			case "we":
				p[0] = true
			case "us":
				p[1] = true
			case "you":
				p[2] = true
			case "they":
				p[3] = true
			case "them":
				p[4] = true
			}
		}
		return p
	}
	pa, pb := persons(a), persons(b)
	// A passive without its agent ("X is never used") leaves "we" unsaid.
	if agentless(a.words) || agentless(b.words) {
		pa[0], pb[0] = false, false
	}
	if pa != pb {
		return false
	}
	// Unless one side is passive ("is processed by", "is never used"),
	// the words come in the same order: "partners send X to the lender" is
	// not "the lender sends X to partners".
	if passive(a.words) || passive(b.words) || agentless(a.words) || agentless(b.words) {
		return true
	}
	order := func(s *side) []string {
		var out []string
		for _, w := range s.words {
			if st := stem(lemma(w)); s.loose[st] != "" && !slices.Contains(out, st) {
				out = append(out, st)
			}
		}
		return out
	}
	return slices.Equal(order(a), order(b))
}

// passive reports a passive clause with its agent: a form of "be", then
// "by" later on.
func passive(ws []string) bool {
	be := false
	for _, w := range ws {
		switch w {
		case "is", "are", "was", "were", "be", "been", "being":
			be = true
		case "by":
			if be {
				return true
			}
		}
	}
	return false
}

// agentless reports a passive clause without its agent: a form of "be",
// a participle within the next three words ("is never used", "are not
// shared"), and no "by".
func agentless(ws []string) bool {
	if slices.Contains(ws, "by") {
		return false
	}
	for i, w := range ws {
		switch w {
		case "is", "are", "was", "were", "be", "been", "being":
		default:
			continue
		}
		for _, x := range ws[i+1 : min(i+4, len(ws))] {
			if strings.HasSuffix(x, "ed") && len(x) >= 4 || irregular[x] != "" && irregular[x] != x {
				return true
			}
			if !negations[x] && !strings.HasSuffix(x, "ly") && x != "also" && x != "still" {
				break
			}
		}
	}
	return false
}

// hiddenActor reports a one-sentence edit that turns an active clause
// with a verb of viewVerbs into a passive without its agent, and so no
// longer says who sees, receives or uses the data (rule M7): "so that your
// teammates can read it" → "so that it can be read". What goes unsaid is
// the actor when it is someone other than the company, or, when the
// company acts ("we share X with Y" → "X is shared"), the recipient. A
// passive that keeps them ("by your teammates", "with Y"), or whose actor
// is the company ("we use X" → "X is used"), says the same (E7). who is
// the words that went, user reports that the actor was the reader ("you
// can view X" → "X can be viewed"), and denied that the clause was
// negated ("partners never see X" → "X is never seen").
func hiddenActor(o, n *side, self []string) (who string, user, denied, ok bool) {
	ot, nt := o.tokens(), n.tokens()
	kept := map[string]bool{}
	for _, w := range nt {
		kept[stem(lemma(w))] = true
	}
	allGone := func(ws []string) bool {
		for _, w := range ws {
			if kept[stem(lemma(w))] {
				return false
			}
		}
		return len(ws) > 0
	}
	for i, w := range ot {
		base, isVerb := viewVerbs[w]
		if !isVerb || !agentlessOf(nt, base) || agentlessOf(ot, base) {
			continue
		}
		// Back over modals, negations and adverbs to the subject.
		j, neg := i-1, false
		for ; j >= 0 && helper(ot[j]); j-- {
			neg = neg || negations[ot[j]]
		}
		// "is shared", "has seen", "to see": no active subject.
		if j < 0 || clauseEnd(ot[j]) {
			continue
		}
		switch ot[j] {
		case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "to":
			continue
		}
		k := j
		for k >= 0 && !clauseEnd(ot[k]) && j-k < 6 {
			k--
		}
		if k >= 0 && !clauseEnd(ot[k]) {
			continue // too long a subject to read
		}
		subj := ot[k+1 : j+1]
		var content []string
		company, skip, reader := false, false, false
		for _, x := range subj {
			switch {
			case x == "we" || x == "us" || insiders[x] || slices.Contains(self, x):
				company = true
			case x == "you":
				reader = true
			case x == "they":
				content = append(content, x)
			case universal[x] || x == "anybody" || x == "everybody" || x == "public" || x == "it" || x == "this" ||
				x == "he" || x == "she" || x == "i" || x == "nobody" || x == "none":
				skip = true
			case !stop[x] && !glue[x] && !isNumber(x):
				content = append(content, x)
			}
		}
		for _, name := range self {
			if strings.Contains(" "+strings.Join(subj, " ")+" ", " "+name+" ") {
				company = true
			}
		}
		// "people near you" are not the reader.
		if reader = reader && len(content) == 0; reader {
			content = []string{"you"}
		}
		if skip {
			continue
		}
		if !company {
			// The head of the subject names the actor: "planners" in
			// "route planners from other clubs".
			head := content[:0:0]
			for _, x := range subj {
				if x == "of" || x == "from" || x == "in" || x == "near" || x == "at" || x == "with" || x == "around" {
					break
				}
				if slices.Contains(content, x) {
					head = []string{x}
				}
			}
			if len(head) == 0 {
				head = content
			}
			if allGone(head) {
				return strings.Join(subj, " "), reader, neg, true
			}
			continue
		}
		// The company acts: the recipient must survive.
		if !givingVerbs[base] {
			continue
		}
		if to := recipientOf(ot, i); allGone(to) {
			return strings.Join(to, " "), false, neg, true
		}
	}
	return "", false, false, false
}

// audienceWords are the adjectives and participles that say who data is
// open to when an audience follows after "to": "visible to the coaches".
var audienceWords = map[string]bool{"visible": true, "available": true, "accessible": true, "viewable": true,
	"shown": true, "disclosed": true, "displayed": true, "open": true, "known": true}

// droppedAudience reports a one-sentence edit that keeps saying data is
// visible or available ("visible", "made available") but no longer says to
// whom, or names only a vaguer place instead ("visible to the coaches of
// the club" → "made visible within the club"): it no longer limits who
// sees the data (rule M7). An audience that is the reader, the company or
// everyone limits nothing, and one kept in other order says the same (E7).
// who is the audience that went, denied that the statement was negated.
func droppedAudience(o, n *side, self []string) (who string, denied, ok bool) {
	ot, nt := o.tokens(), n.tokens()
	kept := map[string]bool{}
	for _, w := range nt {
		kept[stem(lemma(w))] = true
	}
	for i, w := range ot {
		if !audienceWords[w] || i+2 >= len(ot) || ot[i+1] != "to" {
			continue
		}
		// The new side says the same word, with no one after "to".
		bare := false
		for j, x := range nt {
			if x == w && (j+1 >= len(nt) || nt[j+1] != "to") {
				bare = true
			}
			if x == w && j+1 < len(nt) && nt[j+1] == "to" {
				bare = false
				break
			}
		}
		if !bare {
			continue
		}
		// The audience: the words after "to" up to a preposition or the
		// clause's end ("the owners and administrators" of "... of the
		// workspace").
		var aud, head []string
		skip := false
		for _, x := range ot[i+2:] {
			if clauseEnd(x) && x != "and" && x != "or" || x == "of" || x == "at" || x == "in" || x == "within" || x == "from" || x == "on" || x == "for" {
				break
			}
			aud = append(aud, x)
			switch {
			case x == "you" || x == "we" || x == "us" || insiders[x] || slices.Contains(self, x):
				skip = true
			case universal[x] || x == "anybody" || x == "everybody" || x == "public" || x == "anyone" || x == "everyone" || x == "all":
				skip = true
			case !stop[x] && !glue[x] && !isNumber(x) && x != "and" && x != "or":
				head = append(head, x)
			}
		}
		if skip || len(head) == 0 || len(aud) > 8 {
			continue
		}
		gone := true
		for _, x := range head {
			if kept[stem(lemma(x))] {
				gone = false
			}
		}
		if !gone {
			continue
		}
		neg := false
		for j := max(0, i-4); j < i; j++ {
			neg = neg || negations[ot[j]]
		}
		return strings.Join(aud, " "), neg, true
	}
	return "", false, false
}

// swappedAudience reports a one-sentence edit that keeps saying data is
// visible, available or given to someone ("visible to", "shared with",
// "disclose it to") but names someone else there: "visible to the owners
// of the workspace" → "visible to the members of the workspace". Who sees
// or receives the data is what rule M7 is about, whether or not the words
// that name them are practice words; an audience kept in other words
// (synonyms, reordered, a possessive for "of") says the same (E7). widened
// reports that someone was added, narrowed that someone went; a swap does
// both. denied reports that the statement was negated ("not visible to").
func swappedAudience(o, n *side, self []string) (who string, widened, narrowed, denied, ok bool) {
	// A word in parentheses glosses the one before it ("service providers
	// (delegatees)"): it names no one else.
	unglossed := func(sd *side) []string {
		return diffTokens(strings.NewReplacer("(", " , ", ")", " , ").Replace(sd.norm))
	}
	oa, na := audiences(unglossed(o), self), audiences(unglossed(n), self)
	// An example in brackets between the verb and its recipient ("we
	// share details (such as the date and amount) with the insurer")
	// hides the recipient: read without it when nothing else is named.
	unexampled := func(sd *side) []string {
		if !strings.Contains(sd.norm, "(") {
			return nil
		}
		t := reExampleAside().ReplaceAllString(sd.norm, "")
		return diffTokens(strings.NewReplacer("(", " , ", ")", " , ").Replace(t))
	}
	if len(oa) == 0 {
		oa = audiences(unexampled(o), self)
	}
	if len(na) == 0 {
		na = audiences(unexampled(n), self)
	}
	// "We share it with the installer" recast as "the installer receives
	// it": the one receiver is read against the one recipient.
	oa, na = receiverAsRecipient(oa, na), receiverAsRecipient(na, oa)
	stems := func(ts []string, heads map[string][]string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ts {
			m[stem(lemma(w))] = true
		}
		for _, hs := range heads {
			for _, h := range hs {
				m[h] = true
			}
		}
		return m
	}
	oHeads, nHeads := map[string][]string{}, map[string][]string{}
	for _, a := range oa {
		oHeads[a.anchor] = append(oHeads[a.anchor], a.head...)
	}
	for _, a := range na {
		nHeads[a.anchor] = append(nHeads[a.anchor], a.head...)
	}
	oKnown, nKnown := stems(o.tokens(), oHeads), stems(n.tokens(), nHeads)
	// Subjects are read loosely ("people near you can see it" →
	// "nearby people can view it"): only against an audience named after
	// "visible to" on the other side.
	bySubject := func(as []audience, anchor string) bool {
		for _, b := range as {
			if b.anchor == anchor && !b.subject {
				return false
			}
		}
		return true
	}
	for _, a := range oa {
		hs, both := nHeads[a.anchor]
		if !both || len(hs) == 0 || len(a.head) == 0 || a.subject && bySubject(na, a.anchor) {
			continue
		}
		var added, removed []string
		for _, h := range a.head {
			if !nKnown[h] && !nKnown[stem(lemma(h))] {
				removed = append(removed, h)
			}
		}
		for _, h := range hs {
			if !oKnown[h] && !oKnown[stem(lemma(h))] {
				added = append(added, h)
			}
		}
		// The reader, the company and everyone are no words a synonym
		// explains.
		pinned := func(ws []string) (kept, rest []string) {
			for _, w := range ws {
				if w == "us" || w == "you" || w == "everyone" {
					kept = append(kept, w)
				} else {
					rest = append(rest, w)
				}
			}
			return kept, rest
		}
		pa, ra := pinned(added)
		pr, rr := pinned(removed)
		ra, rr = unexplained(ra, rr)
		added, removed = append(pa, ra...), append(pr, rr...)
		if len(added) == 0 && len(removed) == 0 {
			continue
		}
		var nb audience
		for _, b := range na {
			if b.anchor == a.anchor {
				nb = b
				break
			}
		}
		widened, narrowed = len(added) > 0, len(removed) > 0
		// Everyone named in place of someone only widens the audience;
		// someone named in place of everyone only narrows it.
		switch {
		case slices.Contains(added, "everyone"):
			narrowed = false
		case slices.Contains(removed, "everyone"):
			widened = false
		}
		return phraseOf(a.words) + "' → '" + phraseOf(nb.words), widened, narrowed, a.denied, true
	}
	return "", false, false, false, false
}

// audience is who a statement says data is visible, available or given
// to: the anchor ("visible", or a giving verb's base form: "share"), the
// audience's words and its heads (the stems that name who).
type audience struct {
	anchor  string
	words   []string
	head    []string
	denied  bool
	subject bool // named as the subject of a seeing verb ("members can see it")
}

// audiences lists the audiences a sentence's tokens name after an
// audienceWords adjective and "to" ("visible to the coaches"), or after a
// giving verb, active or passive, and "with" or "to" ("we share it with
// couriers", "is disclosed to the buyer"). The company's own people are
// one head ("us"), the reader another ("you"), and everyone ("anyone",
// "the public") a third.
func audiences(ts []string, self []string) []audience {
	var out []audience
	for i, w := range ts {
		start, anchor := -1, ""
		var span []string
		bySubject := false
		switch {
		case audienceWords[w] && i+2 < len(ts) && ts[i+1] == "to":
			start, anchor = i+2, w
		case seeing[w]:
			// "the owners and members can see your name" names who sees
			// it before the verb, as "visible to the owners and members"
			// does after.
			if span = subjectBefore(ts, i); len(span) > 0 {
				anchor, bySubject = "visible", true
			}
		case w == "receive" || w == "receives":
			// "the installer receives your address" names whom it is
			// given to before the verb, as "we give your address to the
			// installer" does after.
			if span = receiverBefore(ts, i); len(span) > 0 {
				anchor = "receive"
			}
		default:
			base, ok := viewVerbs[w]
			if !ok {
				base, ok = participleOf[w]
			}
			if !ok || !givingVerbs[base] {
				continue
			}
			if k := recipientAt(ts, i); k >= 0 {
				start, anchor = k, base
			}
		}
		if start < 0 && span == nil {
			continue
		}
		if span == nil {
			span = ts[start:]
		}
		a := audience{anchor: anchor, subject: bySubject}
		n := 0 // words taken, commas aside
		for k, x := range span {
			// A comma between the items of a list ("the owners,
			// administrators and members") keeps the audience going.
			if x == "," && listComma(span, k, false) {
				a.words = append(a.words, x)
				continue
			}
			if clauseEnd(x) && x != "and" && x != "or" || x == "of" || x == "at" || x == "in" || x == "within" || x == "from" ||
				x == "on" || x == "for" || x == "to" || x == "with" || x == "who" || x == "under" || x == "outside" || x == "inside" ||
				x == "across" || x == "by" || x == "as" || x == "via" || x == "through" || n >= 8 {
				break
			}
			a.words = append(a.words, x)
			n++
			switch {
			case x == "we" || x == "us" || insiders[x] || slices.Contains(self, x):
				a.head = append(a.head, "us")
			case x == "you":
				a.head = append(a.head, "you")
			case x == "anyone" || x == "everyone" || x == "anybody" || x == "everybody" || x == "public":
				a.head = append(a.head, "everyone")
			// "Nor" joins as "or" does ("to other companies nor exchange
			// it"): it names no one.
			case universal[x] || partial[x] || stop[x] || glue[x] || isNumber(x) || x == "and" || x == "or" || x == "nor":
			default:
				a.head = append(a.head, x)
			}
		}
		for j := max(0, i-4); j < i; j++ {
			a.denied = a.denied || negations[ts[j]]
		}
		out = append(out, a)
	}
	return out
}

// receiverAsRecipient returns as with its one receiver (anchored on
// "receive") anchored on the giving verb of the other side's one
// audience, when the other side names no receiver of its own.
func receiverAsRecipient(as, other []audience) []audience {
	if len(as) != 1 || as[0].anchor != "receive" || len(other) != 1 || !givingVerbs[other[0].anchor] {
		return as
	}
	a := as[0]
	a.anchor = other[0].anchor
	return []audience{a}
}

// receiverBefore returns the subject of a receiving verb at ts[i] when it
// opens its clause plainly: the tokens from the sentence's start, or a
// comma, colon or semicolon, to the verb, modals and adverbs aside ("the
// association and its clubs" of "to enter you in races, the association
// and its clubs receive your name"). It returns nil for a pronoun, or a
// subject that a clause word or "only" runs through ("the installer who
// visits you receives").
func receiverBefore(ts []string, i int) []string {
	j := i
	for j > 0 && helper(ts[j-1]) && ts[j-1] != "only" {
		j--
	}
	k := j
	for k > 0 && ts[k-1] != "," && ts[k-1] != ":" && ts[k-1] != ";" {
		k--
		switch ts[k] {
		case "who", "whom", "which", "that", "where", "when", "whenever", "if", "so", "because", "only", "we", "you", "they", "it", "i":
			return nil
		}
	}
	if k == j || j-k > 12 {
		return nil
	}
	return ts[k:j]
}

// subjectPronoun are the pronouns that open a clause as its subject.
var subjectPronoun = map[string]bool{"we": true, "you": true, "they": true, "it": true, "he": true, "she": true, "i": true}

// seeing are the verbs whose subject is who sees the data: "members can
// see it".
var seeing = map[string]bool{"see": true, "view": true, "sees": true, "views": true}

// subjectBefore returns the subject of the verb at ts[i]: the tokens from
// the clause's start (the sentence's, or after a colon, a semicolon or a
// clause word) to the verb, without the modals and adverbs before it
// ("the owners and members" of "..., the owners and members can see").
// It returns nil when no modal stands before the verb, or when the verb
// has no subject of its own ("who can see", "you can see").
func subjectBefore(ts []string, i int) []string {
	j := i
	for j > 0 && helper(ts[j-1]) {
		j--
	}
	if j == i || j == 0 {
		return nil
	}
	k := j
scan:
	for k > 0 && j-k < 12 {
		switch ts[k-1] {
		case ":", ";", "that", "which", "who", "whom", "where", "when", "whenever", "if", "so", "because", "only":
			break scan
		}
		k--
	}
	subj := ts[k:j]
	if len(subj) == 0 || len(subj) == 1 && (subj[0] == "you" || subj[0] == "we" || subj[0] == "they" || subj[0] == "it") {
		return nil
	}
	return subj
}

// listComma reports a comma at ts[k] that separates items of a list: an
// "and" or "or" that opens no clause of its own ("..., and we do not sell
// it" does) follows before the next clause mark. In a series, more commas
// may come first ("speed, the time, or your location"), and an "and"
// before a negation, a modal or an auxiliary opens a clause too.
func listComma(ts []string, k int, series bool) bool {
	for m, x := range ts[k+1:] {
		switch x {
		case "and", "or":
			next := k + 1 + m + 1
			if next >= len(ts) || subjectPronoun[ts[next]] {
				return false
			}
			return !series || !negations[ts[next]] && !helper(ts[next]) && !auxiliaries[ts[next]]
		case ",":
			if !series {
				return false
			}
		case ";", ":", "that", "which", "who", "where", "when", "if", "but":
			return false
		}
	}
	return false
}

// participleOf maps the past participle of each giving or viewing verb to
// its base form ("shared" → "share").
var participleOf map[string]string

// insiders are the company's own people: what they see, the company sees.
var insiders = map[string]bool{"staff": true, "employee": true, "employees": true, "personnel": true, "team": true}

// helper reports a word between a subject and its verb: a modal, a
// negation or an adverb ("can", "do not", "also", "usually").
func helper(w string) bool {
	switch w {
	case "can", "may", "might", "could", "will", "would", "must", "shall", "should", "do", "does", "did", "also", "still", "then", "only":
		return true
	}
	return negations[w] || strings.HasSuffix(w, "ly") && len(w) > 4
}

// clauseEnd reports a word or mark that opens or closes a clause.
func clauseEnd(w string) bool {
	switch w {
	case ",", ";", ":", "that", "so", "which", "who", "whom", "where", "when", "whenever", "if", "and", "or", "but",
		"because", "once", "after", "before", "while", "unless", "until", "since", "although":
		return true
	}
	return false
}

// agentlessOf reports a passive of the verb base with no agent after it
// ("can be seen", "is not shared").
func agentlessOf(ts []string, base string) bool {
	part := participles[base]
	return agentlessPassive(ts, func(t string) bool { return t == part })
}

// agentlessPassive reports a form of "be", then, within the next three
// words and past only modals, negations and adverbs, a participle isPart
// accepts, and no "by" after it.
func agentlessPassive(ts []string, isPart func(string) bool) bool {
	for i, w := range ts {
		switch w {
		case "is", "are", "was", "were", "be", "been", "being":
		default:
			continue
		}
		for k := i + 1; k < min(i+4, len(ts)); k++ {
			if isPart(ts[k]) {
				return !slices.Contains(ts[k+1:], "by")
			}
			if !helper(ts[k]) {
				break
			}
		}
	}
	return false
}

// recipientOf returns the content words of the recipient that a giving
// verb at ts[i] names after "with" or "to" ("with our couriers", "to the
// buyer"), or nil. A "to" before a verb opens a purpose ("to ship it"),
// and "with your consent" names a condition, not a recipient.
func recipientOf(ts []string, i int) []string {
	k := recipientAt(ts, i)
	if k < 0 {
		return nil
	}
	var out []string
	for _, x := range ts[k:min(k+6, len(ts))] {
		if clauseEnd(x) && x != "and" && x != "or" || x == "for" || x == "to" || x == "in" {
			break
		}
		if !stop[x] && !glue[x] && !isNumber(x) {
			out = append(out, x)
		}
	}
	if consentWords(out) > 0 {
		return nil
	}
	return out
}

// recipientAt returns the index in ts of the first word of the recipient
// that a giving verb at ts[i] names after "with" or "to", or -1.
func recipientAt(ts []string, i int) int {
	for k := i + 1; k < len(ts) && k <= i+12; k++ {
		switch ts[k] {
		case ";", ":", "if", "when", "unless", "so", "because", "where", "which", "who", "for":
			return -1
		case "with", "to":
		default:
			continue
		}
		if k+1 >= len(ts) {
			return -1
		}
		next := ts[k+1]
		if ts[k] == "to" {
			switch next {
			case "the", "our", "their", "your", "its", "a", "an", "other", "third", "any", "these", "those", "such", "certain", "trusted", "selected":
			default:
				if cat, ok := practice[next]; !ok || cat != notice.CatSharing {
					return -1
				}
			}
		}
		return k + 1
	}
	return -1
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
				"recogniz", "support", "turn", "stop", "block", "verif", "cover", "review", "treat", "respect", "accept",
				"notic":
				return true
			}
		}
	}
	return false
}

// firstAdverbs counts the "first"s of sd that say a step comes before
// another ("we will ask a grown-up first"), not which one of a series
// ("the first time", "first-party cookies", "at first").
func firstAdverbs(sd *side) int {
	k := 0
	for i, w := range sd.words {
		if w != "first" || i == 0 {
			continue
		}
		switch sd.words[i-1] {
		case "the", "a", "at", "your", "our", "its", "their", "his", "her", "this", "that", "each", "every", "whose", "my":
			continue
		}
		if i+1 < len(sd.words) {
			switch sd.words[i+1] {
			case "party", "parties", "time", "times", "step", "steps", "day", "days", "name", "names", "year", "month", "week", "page", "visit", "use", "purchase", "order", "login", "session":
				continue
			}
		}
		k++
	}
	return k
}

// wholeWords and someWords are the quantifiers scopeSwapped reads: "all
// of your results" against "some of your results".
var (
	wholeWords = map[string]bool{"all": true, "every": true, "each": true}
	someWords  = map[string]bool{"some": true, "certain": true, "selected": true, "most": true, "many": true, "several": true}
)

// scopeSwapped reports a side that trades a whole-set quantifier for a
// partial one, or the reverse, as many times as it trades it: "all of
// your results may be shared" → "some of your results may be shared".
func scopeSwapped(o, n *side) (from, to string, ok bool) {
	count := func(sd *side, set map[string]bool) (int, string) {
		k, first := 0, ""
		for _, w := range sd.words {
			if set[w] {
				k++
				if first == "" {
					first = w
				}
			}
		}
		return k, first
	}
	ow, owf := count(o, wholeWords)
	nw, nwf := count(n, wholeWords)
	os, osf := count(o, someWords)
	ns, nsf := count(n, someWords)
	switch {
	case ow > nw && ns > os && ow-nw == ns-os:
		return owf, nsf, true
	case nw > ow && os > ns && nw-ow == os-ns:
		return osf, nwf, true
	}
	return "", "", false
}

// reSource finds where data comes from: "from the county federation".
var reSource = lazyRegexp(`\bfrom (?:the |our |your |their |its |a |an )?((?:[a-z][a-z'-]* ){0,2}[a-z][a-z'-]*)`)

// reTeller finds a source that is the subject of a sentence telling or
// sending something to us: "the federation tells us whether ...".
var reTeller = lazyRegexp(`(?:^|[.;:] )(?:the |our |their |its |a |an )?((?:[a-z][a-z'-]* ){0,2}[a-z][a-z'-]*) (?:tells?|sends?|gives?|provides?|passes?|reports?|notify|notifies) us\b`)

// sourceSwapped reports a statement of where data comes from ("we
// receive X from Y", "X reaches us from Y") whose source on one side
// the other side does not name at all, while it names a source of its
// own: the source changed (M5).
func sourceSwapped(o, n *side) (from, to string, ok bool) {
	gets := func(sd *side) bool {
		return hasAny(sd.norm, "receive", "reach us", "reaches us", "collect", "obtain", "get ", "gets ", "gather", "come from", "comes from", "provided by", "sent by")
	}
	// "The federation tells us X": a source as the subject of a verb of
	// telling or sending.
	tells := func(sd *side) bool {
		return hasAny(sd.norm, " us ") && reTeller().MatchString(sd.norm)
	}
	saysFrom := func(sd *side) bool { return strings.Contains(sd.norm, "from ") && gets(sd) }
	if !(saysFrom(o) || tells(o)) || !(saysFrom(n) || tells(n)) {
		return "", "", false
	}
	heads := func(sd *side) []string {
		var out []string
		ms := reSource().FindAllStringSubmatch(sd.norm, -1)
		if tells(sd) {
			ms = append(ms, reTeller().FindAllStringSubmatch(sd.norm, -1)...)
		}
		for _, m := range ms {
			ws := strings.Fields(m[1])
			// The source ends at its noun: "from the county federation and
			// rank" → "county federation".
			people := len(ws) > 1 && otherPeople[ws[0]] && dataSubjects[ws[1]]
			for i, w := range ws {
				if (glue[w] || stop[w] || possibility[w] || commitment[w]) && !(i == 0 && people) {
					ws = ws[:i]
					break
				}
			}
			// "from users under 13", "from children": the people the data
			// is about, not a source of it; but "from other players" are
			// people who tell about someone else, a source.
			if len(ws) > 0 && !isNumber(ws[len(ws)-1]) && !timeWords[ws[len(ws)-1]] &&
				(people || !slices.ContainsFunc(ws, func(w string) bool { return dataSubjects[w] })) {
				out = append(out, strings.Join(ws, " "))
			}
		}
		return out
	}
	oh, nh := heads(o), heads(n)
	if len(oh) == 0 || len(nh) == 0 {
		return "", "", false
	}
	named := func(src string, sd *side) bool {
		if ws := strings.Fields(src); len(ws) > 1 && otherPeople[ws[0]] && dataSubjects[ws[1]] {
			// "other players" is named by the phrase, not by "players"
			// alone, which the notice says of its own users everywhere.
			return strings.Contains(sd.norm, src)
		}
		for _, w := range strings.Fields(src) {
			if sd.wordSet()[w] || spelledOut(w, sd.words) {
				return true
			}
		}
		return false
	}
	for _, a := range oh {
		if named(a, n) {
			continue
		}
		for _, b := range nh {
			if !named(b, o) {
				return a, b, true
			}
		}
	}
	return "", "", false
}

// dataSubjects are the people a notice's data is about.
var dataSubjects = map[string]bool{"you": true, "user": true, "users": true, "child": true, "children": true, "kid": true,
	"kids": true, "minor": true, "minors": true, "visitor": true, "visitors": true, "player": true, "players": true,
	"customer": true, "customers": true, "member": true, "members": true, "people": true, "person": true,
	"individual": true, "individuals": true, "consumer": true, "consumers": true, "this": true, "age": true}

// otherPeople mark a group of people as others than the one the data is
// about: "from other players", "from opposing members".
var otherPeople = map[string]bool{"other": true, "opposing": true, "rival": true, "fellow": true, "competing": true}

// timeWords end a "from" that says when, not where from: "from time to
// time", "from today".
var timeWords = map[string]bool{"time": true, "today": true, "now": true, "then": true, "date": true, "day": true, "start": true}

// needs are words that set a test of need; merits, words that set a
// looser test of use ("necessary" against "useful").
var (
	needs  = map[string]bool{"necessary": true, "needed": true, "required": true, "essential": true, "indispensable": true}
	merits = map[string]bool{"useful": true, "helpful": true, "relevant": true, "appropriate": true, "desirable": true,
		"convenient": true, "beneficial": true, "valuable": true, "advisable": true, "practical": true}
)

// testChanged applies standardChanged to a one-sentence unit, or to each
// pair of a reworded paragraph whose new side no longer uses the old
// test's word.
func testChanged(u *unit, o, n *side) (from, to string, ok bool) {
	if len(u.old) == 1 && len(u.new) == 1 {
		return standardChanged(o, n)
	}
	for _, p := range u.pairs {
		if from, to, ok := standardChanged(newSide(p[:1]), newSide(p[1:])); ok && !n.wordSet()[from] {
			return from, to, true
		}
	}
	return "", "", false
}

// standardChanged reports a sentence whose test of need gave way to a
// test of use, or the reverse: "as long as it is necessary for our
// operations" → "as long as it is useful for them" lets more be kept,
// and so does "necessary and relevant" → "necessary or useful", where
// use alone now suffices.
func standardChanged(o, n *side) (from, to string, ok bool) {
	test := func(sd *side) (string, bool) {
		need, merit := "", ""
		for i, w := range sd.words {
			switch {
			case needs[w] && need == "":
				// "necessary or useful", "useful or necessary": either
				// suffices, so the looser test rules.
				if i+2 < len(sd.words) && sd.words[i+1] == "or" && merits[sd.words[i+2]] ||
					i >= 2 && sd.words[i-1] == "or" && merits[sd.words[i-2]] {
					continue
				}
				need = w
			case merits[w] && merit == "":
				merit = w
			}
		}
		if need != "" {
			return need, true
		}
		return merit, false
	}
	ow, oNeed := test(o)
	nw, nNeed := test(n)
	if ow == "" || nw == "" || oNeed == nNeed {
		return "", "", false
	}
	return ow, nw, true
}

// itemRefs lists the references to list items in norm, each in one form:
// "items 1–3", "items 1 to 3" and "items 1, 2 and 3" are "items 1-3".
func itemRefs(norm string) []string {
	refs := reItemRef().FindAllString(norm, -1)
	for i, r := range refs {
		refs[i] = itemsRef(r, nil)
	}
	return refs
}

// sentencesSplit reports whether the change in how many sentences hold
// a commitment is no more than the change in how many sentences there
// are, in the same direction: one sentence's commitments split into two,
// or two merged into one.
func sentencesSplit(o, n *side) bool {
	dc, ds := n.commitSent-o.commitSent, len(n.texts)-len(o.texts)
	return dc > 0 && ds >= dc || dc < 0 && ds <= dc
}

// numberImpact guesses the direction of a changed number from what it
// measures.
// valueRepeated reports a value that b states again where a referred
// back to it ("from users in this age group" → "from children younger
// than 13", after "under 13"): b holds a's values and more, each extra
// one already stated by a or by its paragraph, and a has a
// back-reference ("this age group", "that period") for each extra value
// (E6). A clause that leaves out what it repeats ("if we learn that we
// have, we delete it" → "if we learn that we have collected data from a
// child under 13, ...") refers back as well.
func valueRepeated(a, b *side) bool {
	extra := len(b.quantities) - len(a.quantities)
	if extra <= 0 {
		return false
	}
	// Only a's elided clauses count: one b keeps holds no value of its own.
	ra, rb := len(reBackRef().FindAllStringIndex(a.norm, -1)), len(reBackRef().FindAllStringIndex(b.norm, -1))
	if hasAny(a.norm, " have", " has", " had", " did", " do", "done so") {
		ra += len(reElided().FindAllStringIndex(a.norm, -1))
	}
	ra += valuedPronouns(a, b)
	if ra-rb < extra {
		return false
	}
	left := map[string]int{}
	for _, q := range b.quantities {
		left[q]++
	}
	for _, q := range a.quantities {
		if left[q] == 0 {
			return false
		}
		left[q]--
	}
	stated := map[string]bool{}
	for _, q := range a.quantities {
		stated[q] = true
	}
	for _, p := range a.paras {
		for _, q := range numbersIn(canonicalize(strings.ToLower(p))) {
			stated[q] = true
		}
	}
	for q, k := range left {
		if k > 0 && !stated[q] {
			return false
		}
	}
	return true
}

// valuedPronouns counts the pronouns of a that b spells out as a phrase
// holding a value, the phrase a's paragraph names: "we do not collect
// information from them" → "from children under 13", where the sentence
// began "not intended for children under 13". The value must be one the
// sentence itself states: the one the pronoun stood for, not another its
// paragraph gives.
func valuedPronouns(a, b *side) int {
	hs, _, ok := wordHunks(diffTokens(a.norm), diffTokens(b.norm))
	if !ok {
		return 0
	}
	own := func(w string) bool { return isNumber(w) && slices.Contains(a.quantities, w) }
	other := func(w string) bool { return isNumber(w) && !own(w) }
	k := 0
	for _, h := range hs {
		if pronounFor(h.del, h.ins, a) && slices.ContainsFunc(h.ins, own) && !slices.ContainsFunc(h.ins, other) {
			k++
		}
	}
	return k
}

// reElided matches a clause cut short after its auxiliary, the verb
// left to be read from before: "if we learn that we have,", "if you
// did so".
var reElided = lazyRegexp(`\b(?:we|you|they|it|he|she) (?:have|has|had|did|do|does)(?: so)? ?[,.;]|\b(?:have|has|had) done so\b`)

// inParagraphs reports the words whose stems sd's paragraphs hold.
func inParagraphs(sd *side) func(string) bool {
	in := map[string]bool{}
	for _, p := range sd.paras {
		for _, w := range words(canonicalize(strings.ToLower(p))) {
			in[stem(lemma(w))] = true
		}
	}
	return func(w string) bool { return in[stem(lemma(w))] }
}

// noneElseWords reports the words of sd's "nobody else", "no other
// party": another way to say "only".
func noneElseWords(sd *side) func(string) bool { return matchedWords(reNoneElse(), sd.norm) }

// soleCountWords reports the words of sd's "one purpose only" phrases.
func soleCountWords(sd *side) func(string) bool {
	if !strings.Contains(sd.norm, "only") {
		return func(string) bool { return false }
	}
	return matchedWords(reSoleCount(), sd.norm)
}

// backRefWords reports the words of sd's back-references ("this age
// group").
func backRefWords(sd *side) func(string) bool { return matchedWords(reBackRef(), sd.norm) }

// matchedWords reports the words of re's matches in norm.
func matchedWords(re *regexp.Regexp, norm string) func(string) bool {
	in := map[string]bool{}
	for _, m := range re.FindAllString(norm, -1) {
		for _, w := range strings.Fields(m) {
			in[w] = true
		}
	}
	return func(w string) bool { return in[w] }
}

func numberImpact(o, n *side) notice.Impact {
	ov, nv := firstValue(o.quantities), firstValue(n.quantities)
	// A value added beside the old one ("within one month, or within three
	// months if ...") or dropped from beside it: compare what changed with
	// what stayed.
	if added, removed := setDiff(n.quantities, o.quantities), setDiff(o.quantities, n.quantities); len(added) > 0 && len(removed) == 0 && len(o.quantities) > 0 {
		nv = firstValue(added)
	} else if len(removed) > 0 && len(added) == 0 && len(n.quantities) > 0 {
		ov = firstValue(removed)
	}
	if ov < 0 || nv < 0 {
		if nv >= 0 && hasAny(n.norm, "no sooner", "at least", "in advance", "before", "notice") && !strings.Contains(n.norm, "before you") {
			return notice.ImpactMoreProtective
		}
		return notice.ImpactLessProtective
	}
	bigger := nv > ov
	t := " " + strings.Join(words(n.norm), " ") + " "
	switch {
	case hasAny(t, " under ", " younger ", " age ", " children ", " child ", " minor ", " minors ", " orolder ", " older ", " kids ", " teens "):
		if bigger {
			return notice.ImpactMoreProtective
		}
		return notice.ImpactLessProtective
	case hasAny(t, " notice ", " no sooner ", " at least ", " in advance ", " before the change ", " before they take effect ", " effect "):
		if bigger {
			return notice.ImpactMoreProtective
		}
		return notice.ImpactLessProtective
	case hasAny(t, " fee ", " fees ", " charge ", "$", "€", "£"):
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

// antonymImpact: moving to opt-out, enabled, public, optional consent and
// the like widens what happens by default.
func antonymImpact(from, to string) notice.Impact {
	switch to {
	case "optout", "enable", "enabled", "allow", "allowed", "include", "included", "public", "on", "after",
		"increase", "fee", "accept", "grant", "permit", "mandatory", "required", "identifiable", "unencrypted",
		"third", "later", "longer":
		return notice.ImpactLessProtective
	}
	return notice.ImpactMoreProtective
}

// numberCats says what a changed number measures.
func numberCats(n *side) []string {
	t := " " + strings.Join(words(n.norm), " ") + " "
	var out []string
	if hasAny(t, " dispute", " complaint", " arbitrat", " court") {
		out = append(out, notice.CatDisputes)
	}
	if hasAny(t, " under ", " younger ", " age ", " children ", " child ", " minor ", " minors ", " orolder ", " older ", " kids ", " teens ", " parent ") {
		out = append(out, notice.CatChildren)
	}
	if hasAny(t, " delete", " deletion ", " kept ", " keep ", " retain", " stored for ", " erase") {
		out = append(out, notice.CatRetention)
	}
	if hasAny(t, " respond ", " request", " fee ", " fees ", " charge ", " appeal") {
		out = append(out, notice.CatAccess)
	}
	if hasAny(t, " breach", " security ") {
		out = append(out, notice.CatSecurity)
	}
	if hasAny(t, " take effect ", " takes effect ", " amendment", " changes ", " change ") {
		out = append(out, notice.CatPolicyChange)
	}
	if hasAny(t, " cookie", " expire") {
		out = append(out, notice.CatTracking)
	}
	return out
}

func firstValue(q []string) float64 {
	for _, s := range q {
		var v float64
		if _, err := fmt.Sscanf(strings.TrimLeft(s, "dm$€£"), "%g", &v); err == nil {
			if strings.HasPrefix(s, "m") {
				v *= 30.4375 // months, in days, to compare with durations in days
			}
			return v
		}
	}
	return -1
}

// insertionImpact: a practice item added to a permission widens it (less
// protective); added to a protection ("we do not ...", "only") it widens
// the protection.
func insertionImpact(n *side) notice.Impact {
	if imp, ok := definitionImpact(n, true); ok {
		return imp
	}
	if n.neg > 0 && !negatesProtection(n.norm) {
		return notice.ImpactMoreProtective
	}
	return notice.ImpactLessProtective
}

// practiceFree reports a statement that, on both sides, names no practice
// (no verb of what is done with data, no cue of any category), no data
// and nothing users can do, and holds no negation, modal,
// qualifier, exception, number or condition: "we await the outcome of
// industry work on when such a response is appropriate" reworded states
// no practice in other words (E7).
func practiceFree(o, n *side) bool {
	for _, s := range []*side{o, n} {
		all := slices.Clone(s.words)
		for st, w := range s.loose {
			if practiceVerbs[st] || practiceVerbs[stem(lemma(w))] {
				return false
			}
			all = append(all, w)
		}
		t := " " + s.norm + " "
		for _, cues := range categoryCues {
			if hasAny(t, cues...) {
				return false
			}
		}
		if len(practiceCats(all)) > 0 || s.neg > 0 || s.possible > 0 || s.can > 0 || s.commit > 0 ||
			len(s.restrict) > 0 || len(s.except) > 0 || len(s.quantities) > 0 || len(s.timing) > 0 ||
			hasAny(" "+s.norm+" ", "information", " data ", " you ", " your ", " we will ", " if ", " unless ", " until ", " as long as ", " only ") {
			return false
		}
	}
	return true
}

// universalOnly reports "X are Y only" on one side and "every X is Y" or
// "all X are Y" on the other, with the same X and Y and one "only" more
// on the first: each says that no X is anything but Y.
func universalOnly(o, n *side) bool {
	hi, lacks := o, n
	if n.restrict["only"] > o.restrict["only"] {
		hi, lacks = n, o
	}
	if hi.restrict["only"]-lacks.restrict["only"] != 1 || !hasAny(lacks.norm, "every ", "each ", "all ") || !strings.Contains(hi.norm, " only") {
		return false
	}
	// Each sentence on its own, so that its end closes the clause.
	var ms, ks [][]string
	for _, c := range hi.canons {
		ms = append(ms, reOnlyPredicate().FindAllStringSubmatch(c, -1)...)
	}
	for _, c := range lacks.canons {
		ks = append(ks, reUniversalPredicate().FindAllStringSubmatch(c, -1)...)
	}
	for _, m := range ms {
		for _, k := range ks {
			if (m[1] == k[1] || m[1] == k[1]+"s" || m[1] == k[1]+"es" || stem(lemma(m[1])) == stem(lemma(k[1]))) && m[2] == k[2] {
				return true
			}
		}
	}
	return false
}

// purposeImpact is insertionImpact for a purpose added: one added to a
// statement that says what is done "only" for ("we collect only what we
// need to run the game and to measure ads") widens that limit, whatever
// else the statement denies.
func purposeImpact(n *side) notice.Impact {
	if n.restrict["only"]+n.restrict["solely"]+n.restrict["exclusively"] > 0 {
		return notice.ImpactLessProtective
	}
	return insertionImpact(n)
}

// changeInsertImpact is insertionImpact for a modified statement: a
// qualifier that narrows what the statement applies to ("personal
// information" → "personal information that we collect in our stores")
// narrows a ban (less protective) or a permission (more protective).
func changeInsertImpact(o, n *side) notice.Impact {
	if _, ok := definitionImpact(n, true); !ok && narrowingInsert(o, n) {
		if isPermission(o) && !isProtection(o) {
			return notice.ImpactMoreProtective
		}
		return notice.ImpactLessProtective
	}
	return insertionImpact(n)
}

// deletionImpact: an item removed from a permission narrows it (more
// protective); removed from a protection, a right, a safeguard or a
// definition it is less protective.
func deletionImpact(o *side, removed []string) notice.Impact {
	if imp, ok := definitionImpact(o, false); ok {
		return imp
	}
	for _, w := range removed {
		switch c, _ := practiceCat(w); c {
		case notice.CatSecurity, notice.CatAccess, notice.CatChoice, notice.CatChildren, notice.CatPolicyChange,
			notice.CatDisputes:
			return notice.ImpactLessProtective
		}
	}
	if isProtection(o) {
		return notice.ImpactLessProtective
	}
	if isPermission(o) {
		return notice.ImpactMoreProtective
	}
	return notice.ImpactLessProtective
}

// isProtection reports a statement that protects users: a ban, a limit, a
// promise of ours, or something users can do.
func isProtection(s *side) bool {
	if s.prot == 0 {
		s.prot = -1
		if protects(s) {
			s.prot = 1
		}
	}
	return s.prot > 0
}

// protects works isProtection out.
func protects(s *side) bool {
	if s.neg > 0 || s.restrict["only"]+s.restrict["solely"]+s.restrict["exclusively"]+s.restrict["explicit"]+
		s.restrict["express"]+s.restrict["expressly"]+s.restrict["unaffiliated"] > 0 {
		return true
	}
	t := " " + s.norm + " "
	if hasAny(t, " you can ", " you may ", " you have ", " right ", " rights ", " can choose ", " can ask ", " can opt",
		" will notify ", " will delete ", " will ask ", " will tell ", " will respond ", " will be taken ", " we protect ",
		" we encrypt ", " we will ", " must ", " can turn ", " can change ", " can delete ", " optout", " can request ") {
		return !isPermission(s) || s.neg > 0
	}
	return false
}

// isPermission reports a statement of what we may do with data.
func isPermission(s *side) bool {
	if s.perm == 0 {
		s.perm = -1
		if permits(s) {
			s.perm = 1
		}
	}
	return s.perm > 0
}

// permits works isPermission out.
func permits(s *side) bool {
	t := " " + s.norm + " "
	return hasAny(t, " we may ", " we can ", " we and our ", " may be shared ", " may be disclosed ", " may be used ",
		" we collect ", " we use ", " we share ", " we disclose ", " we retain ", " we keep ", " we store ", " may use ",
		" may collect ", " may share ", " may disclose ", " may transfer ", " for any purpose")
}

// hunkFindings looks at the word diff of a small edit: a list item added
// or dropped (M5), "and" swapped for "or" between conditions (M3), a
// universal quantifier swapped for a partial one (M3).
//
// ow and nw, when not nil, are the words of the whole unit on each side: a
// word the unit still has elsewhere was moved, not added or removed.
func hunkFindings(o, n *side, quote string, ow, nw map[string]bool) []finding {
	a, b := o.tokens(), n.tokens()
	hs, changed, ok := o.hunksTo(n)
	// A reason or condition moved from the head of the sentence to its
	// tail, or back ("Because there is no portal, you can write to us"
	// → "You can write to us, because no portal exists yet"), says the
	// same: the rest is compared without it, so that what else the edit
	// joined on ("or by letter") is read as it would be in place.
	if a2, b2, moved := clauseMoved(a, b); moved {
		if hs2, changed2, ok2 := wordHunks(a2, b2); ok2 {
			a, b, hs, changed, ok = a2, b2, hs2, changed2, ok2
		}
	}
	// A purpose opened another way where a stretch ends ("heart rate and
	// step count to plan workouts" → "heart rate, step count and sleep
	// data so that they can plan workouts") says what "to" said: the
	// rest of the stretch is what was put in or taken out.
	hs, trimmed := purposeOpenersTrimmed(hs)
	// A word put in another's place ("utilizing" → "using"), and used
	// nowhere else on either side, keeps the alignment around it: only the words of longer stretches say the
	// sentence was rewritten too much to read its hunks as list edits.
	// Nor does a purpose opened another way.
	rewritten := changed - trimmed
	for _, h := range hs {
		if len(h.del) == 1 && len(h.ins) == 1 && wordSwap(h.del[0], h.ins[0]) && !n.wordSet()[h.del[0]] && !o.wordSet()[h.ins[0]] {
			rewritten -= 2
		}
	}
	if !ok || changed == 0 {
		return nil
	}
	if rewritten > 6 && float64(rewritten) > 0.35*float64(max(len(a), len(b))) {
		// Of a sentence reworded that much, only a stretch joined on by
		// "and" or "or" to a clause kept whole around it still reads as
		// an item added to what that clause lists: "..., unless they are
		// part of an open report" → "After that ..., unless they are part
		// of an open report or we need them to improve our filters".
		hs = anchoredInserts(hs, len(a))
		if len(hs) == 0 {
			return nil
		}
	}
	// A stretch whose words the other side also has elsewhere moved; it was
	// not added or removed (a reordered list).
	// Within one sentence a stretch counts as new when the edit brings in
	// a word the other side lacks anywhere (the word diff may align a
	// lengthened list awkwardly); inside a rewritten paragraph each stretch
	// must bring in its own, as words move between sentences there.
	perHunk := ow != nil
	if ow == nil {
		ow, nw = o.wordSet(), n.wordSet()
	}
	// A list item's label ("Audits:") names what the item says, as a
	// heading does (E3): a label word whose root the other side has is no
	// item of its own.
	insLabels, delLabels := labelWords(n), labelWords(o)
	// A negation is no item either: "we do not share" → "nor do we
	// share" keeps the denial, and a polarity that changed is M1's.
	// Nor is the text of a link to a page the other side links to too
	// ("by [Internet here](form)" → "[online](form)"): it names the same
	// page (E4).
	insLinked, delLinked := sameTargetWords(n.links, o.links), sameTargetWords(o.links, n.links)
	// Nor is a number, in digits or in words ("for 24 months" → "for two
	// years"): what it counts is compared as a quantity (E6, M6).
	// A word the other side writes in another form of the same root
	// ("purchase", "purchases"), or in its British form ("adverts" for
	// "ads"), names the same item.
	stemsOf := func(m map[string]bool) map[string]bool {
		out := map[string]bool{}
		for w := range m {
			out[stem(lemma(usWord(w)))] = true
		}
		return out
	}
	owSt, nwSt := stemsOf(ow), stemsOf(nw)
	novel := func(ts []string, other, otherSt, labels, linked map[string]bool) bool {
		for _, t := range ts {
			if !glue[t] && !stop[t] && !isNumber(t) && !isNumberWord(t) && !negations[t] && len(t) > 1 && t != "," && t != ";" && !other[t] && !otherSt[stem(lemma(usWord(t)))] &&
				!(labels[t] && labelRestated(other, t)) && !linked[t] {
				return true
			}
		}
		return false
	}
	// A word put in the place of one the other side no longer has ("to
	// process purchases" → "to handle purchases") is rewording, read by
	// other rules: it does not make a reordered list's items new. (A
	// word whose old place the diff gives to a list item moved there,
	// "insurers" → "investors" in a lengthened list, still counts.)
	// "To make a request, email us" names what the route just below a
	// list of rights is for: the rights, each a request. It adds no item.
	hs = slices.DeleteFunc(slices.Clone(hs), func(h hunk) bool {
		return len(h.del) == 0 && requestOpener(h.ins) || len(h.ins) == 0 && requestOpener(h.del)
	})
	var allIns, allDel []string
	for _, h := range hs {
		if len(h.del) > 0 && len(h.ins) > 0 && !listJoined(h.del) && !listJoined(h.ins) &&
			!slices.ContainsFunc(h.del, func(t string) bool { return nw[t] }) && !slices.ContainsFunc(h.ins, func(t string) bool { return ow[t] }) {
			continue
		}
		allIns = append(allIns, h.ins...)
		allDel = append(allDel, h.del...)
	}
	anyInsNovel, anyDelNovel := novel(allIns, ow, owSt, insLabels, insLinked), novel(allDel, nw, nwSt, delLabels, delLinked)
	var fs []finding
	for _, h := range hs {
		insNovel, delNovel := anyInsNovel, anyDelNovel
		if perHunk {
			insNovel, delNovel = novel(h.ins, ow, owSt, insLabels, insLinked), novel(h.del, nw, nwSt, delLabels, delLinked)
		}
		switch {
		case joinerSwapped(h.del, h.ins) && !deniedEither(o, n) && !(occasionsStart(o) >= 0 && h.at > occasionsStart(o)):
			// What the notice covers lists occasions and things, each
			// of which it covers ("when you use our web and desktop
			// apps"): "and" and "or" between them say the same.
			// The comma or semicolon before it may change with it ("...
			// procedure, and" → "... procedure; or").
			from, to := unpunctuated(h.del)[0], unpunctuated(h.ins)[0]
			impact := notice.ImpactLessProtective
			if to == "and" {
				impact = notice.ImpactMoreProtective
			}
			fs = append(fs, finding{rule: "M3 and/or", impact: impact,
				reason: fmt.Sprintf("'%s' became '%s' between conditions: %s", from, to, quote)})
		case len(h.del) == 1 && len(h.ins) == 1 && quantRank(h.del[0]) > 0 && quantRank(h.ins[0]) > 0 &&
			quantRank(h.del[0]) != quantRank(h.ins[0]) && (h.del[0] == allOrPart || h.ins[0] == allOrPart):
			// "all" ↔ "all or part", "some" ↔ "some or all": the scope
			// widened or narrowed.
			wider := quantRank(h.ins[0]) > quantRank(h.del[0])
			impact := notice.ImpactMoreProtective
			if wider == (isPermission(o) && !isProtection(o)) {
				impact = notice.ImpactLessProtective
			}
			fs = append(fs, finding{rule: "M3 quantifier", impact: impact,
				reason: fmt.Sprintf("the scope changed from '%s' to '%s': %s", quantText(h.del[0]), quantText(h.ins[0]), quote)})
		case len(h.del) == 1 && len(h.ins) == 1 && (universal[h.del[0]] && partial[h.ins[0]] || partial[h.del[0]] && universal[h.ins[0]]):
			impact := notice.ImpactMoreProtective
			if universal[h.del[0]] && isProtection(o) {
				impact = notice.ImpactLessProtective
			}
			fs = append(fs, finding{rule: "M3 quantifier", impact: impact,
				reason: fmt.Sprintf("the scope changed from '%s' to '%s': %s", h.del[0], h.ins[0], quote)})
		case len(h.del) == 0 && listJoined(h.ins) && hasContent(h.ins) && insNovel && !frequencyPhrase(h.ins) && !frontedAim(h) && !frontedEveryone(h) && !(frontedPointer(h) && pointsElsewhere(o)) && !degreeMoved(h.ins, o, n):
			fs = append(fs, finding{rule: "M5 list item added", impact: changeInsertImpact(o, n),
				reason: "an item was added to a list: " + quote, keywords: append(append([]string{}, h.ins...), listHead(a, h)...)})
		case len(h.ins) == 0 && listJoined(h.del) && hasContent(h.del) && delNovel && !frequencyPhrase(h.del):
			// What the list's items are ("physical, technical and
			// administrative security measures") says what an item
			// dropped from it was.
			kw := append(append([]string{}, h.del...), listHead(a, h)...)
			fs = append(fs, finding{rule: "M14 list item removed", impact: deletionImpact(o, kw),
				reason: "an item was removed from a list: " + quote, keywords: kw})
		case len(h.del) > 0 && len(h.ins) > 0 && inList(a, h) && itemSwapped(h.del, h.ins) &&
			novel(h.del, nw, nwSt, delLabels, delLinked) && novel(h.ins, ow, owSt, insLabels, insLinked) && !mailSwap(a, h):
			// One data item of a list put in another's place ("birthday
			// month" → "date of birth"): two different items are not
			// synonyms. The new item widens what the list covers, the old
			// one's loss narrows it; §3 makes the swap less protective.
			fs = append(fs, finding{rule: "M5 list item replaced", impact: notice.ImpactLessProtective,
				reason: "an item of a list was replaced by a different one: " + quote, keywords: append(append([]string{}, h.del...), h.ins...)})
		}
	}
	return fs
}

// openerWords returns a test for the words of s's sentences that open
// with a request route's purpose (requestOpener).
func openerWords(s *side) func(string) bool {
	in := map[string]bool{}
	for _, c := range s.canons {
		ts := diffTokens(c)
		if k := slices.Index(ts, ","); k > 0 && requestOpener(ts[:k+1]) {
			for _, t := range ts[:k] {
				in[t] = true
			}
		}
	}
	return func(w string) bool { return in[w] }
}

// requestOpener reports tokens that open a sentence with the purpose of
// a request route and nothing else: "to make a request ,", "to exercise
// these rights ,", "to do so ,".
func requestOpener(ts []string) bool {
	if len(ts) < 3 || ts[0] != "to" || ts[len(ts)-1] != "," {
		return false
	}
	for _, t := range ts[1 : len(ts)-1] {
		switch {
		case t == "make", t == "submit", t == "send", t == "a", t == "any", t == "your", t == "these", t == "this", t == "such",
			t == "exercise", t == "do", t == "so", t == "of", requestWords[t]:
		// "To use these rights," exercises them; "to use" alone names
		// no request.
		case t == "use" && (slices.Contains(ts, "right") || slices.Contains(ts, "rights")):
		default:
			return false
		}
	}
	return true
}

// requestWords name what a request route's purpose puts to use.
var requestWords = map[string]bool{"request": true, "requests": true, "right": true, "rights": true}

// conditionJoinerSwapped reports two conditions of a sentence ("when",
// "if", "where") joined by "and" on one side and by "or" on the other,
// found by the words that open the second condition ("..., and believe"
// → "...; or (2) we believe"): it returns the old joiner and the new.
// The words between the joiner and the condition's first word may change
// ("when we also", a number that counts the conditions off), and that
// word must be said once on each side, so that it marks the same place.
func conditionJoinerSwapped(o, n *side) (string, string, bool) {
	a, b := o.tokens(), n.tokens()
	filler := func(t string) bool {
		switch t {
		case ",", ";", ":", "when", "whenever", "if", "where", "we", "you", "also", "both", "either", "that":
			return true
		}
		return len(t) == 1 && t[0] >= '1' && t[0] <= '9'
	}
	condition := func(ts []string, before int) bool {
		return slices.ContainsFunc(ts[:before], func(t string) bool {
			return t == "when" || t == "whenever" || t == "if" || t == "where"
		})
	}
	count := func(ts []string, w string) int {
		k := 0
		for _, t := range ts {
			if t == w {
				k++
			}
		}
		return k
	}
	for i, t := range a {
		if t != "and" && t != "or" || !condition(a, i) {
			continue
		}
		j := i + 1
		for j < len(a) && j <= i+4 && filler(a[j]) {
			j++
		}
		if j >= len(a) || j > i+4 || glue[a[j]] || stop[a[j]] || a[j] == "and" || a[j] == "or" || count(a, a[j]) != 1 || count(b, a[j]) != 1 {
			continue
		}
		at := slices.Index(b, a[j])
		k := at - 1
		for k >= 0 && k >= at-5 && filler(b[k]) {
			k--
		}
		if k < 0 || b[k] != "and" && b[k] != "or" || !condition(b, k) {
			continue
		}
		// One side at least opens the second condition as such ("or
		// when we believe", "or (2) we believe"), and neither joins
		// more than two: the last "or" of "when you visit, use or
		// write" lists occasions, each enough alone however joined.
		if !twoConditions(a[i+1:j], a) && !twoConditions(b[k+1:at], b) || conditionCount(a) > 2 || conditionCount(b) > 2 {
			continue
		}
		if b[k] != t {
			return t, b[k], true
		}
	}
	return "", "", false
}

// clauseOpeners group the words that open a reason or a condition by
// what they say: "because", "since" and "as" give a reason.
var clauseOpeners = map[string]int{"because": 1, "since": 1, "as": 1, "if": 2, "when": 3, "whenever": 3, "where": 4,
	"unless": 5, "until": 6, "while": 7, "although": 8, "though": 8}

// clauseMoved reports a reason or condition that opens one side's
// sentence, closed by its comma ("because there is currently no portal
// ,"), and closes the other's after a comma (", because no portal exists
// yet"), opened by a word of the same kind and naming the same things
// as often, denials and numbers included: it returns both sides' tokens
// without it.
func clauseMoved(a, b []string) ([]string, []string, bool) {
	said := func(ts []string) map[string]int {
		m := map[string]int{}
		for _, t := range ts {
			switch {
			case negations[t]:
				m["not"]++
			case isNumber(t) || !glue[t] && !stop[t] && len(t) > 1:
				m[stem(lemma(t))]++
			}
		}
		return m
	}
	try := func(front, back []string) (int, int, bool) {
		g := clauseOpeners[first1(front)]
		k := slices.Index(front, ",")
		if g == 0 || k < 2 || k > 20 || slices.Contains(front[:k], ";") {
			return 0, 0, false
		}
		j := len(back) - 2
		for j > 0 && back[j] != "," && back[j] != ";" {
			j--
		}
		if j < 2 || back[j] != "," || clauseOpeners[back[j+1]] != g || len(front)-k < 3 {
			return 0, 0, false
		}
		f, t := said(front[1:k]), said(back[j+2:])
		return k, j, len(f) > 0 && maps.Equal(f, t)
	}
	if k, j, ok := try(a, b); ok {
		return a[k+1:], b[:j], true
	}
	if k, j, ok := try(b, a); ok {
		return a[:j], b[k+1:], true
	}
	return nil, nil, false
}

// first1 returns ts[0], or "" for no tokens.
func first1(ts []string) string {
	if len(ts) == 0 {
		return ""
	}
	return ts[0]
}

// anchoredInserts keeps, of the hunks of a word diff over old tokens of
// length n, the stretches only inserted and joined on by "and" or "or"
// that the diff lines up by the words kept on either side of them: three
// at least just before, and eight at least before and after together.
func anchoredInserts(hs []hunk, n int) []hunk {
	var out []hunk
	for i, h := range hs {
		if len(h.del) > 0 || len(h.ins) < 2 || h.ins[0] != "and" && h.ins[0] != "or" {
			continue
		}
		before, after := h.at, n-h.at
		if i > 0 {
			before = h.at - (hs[i-1].at + len(hs[i-1].del))
		}
		if i+1 < len(hs) {
			after = hs[i+1].at - h.at
		}
		if before >= 3 && before+after >= 8 {
			out = append(out, h)
		}
	}
	return out
}

// reLeadQuantifier matches a lead-in that says how many of the things
// listed below it must hold ("when either of the following applies:",
// "if all of these conditions are met:").
var reLeadQuantifier = lazyRegexp(`\b(both|all|each|either|any|any one|one|at least one) of (?:the following|these|those|the conditions)\b[^:;,.]*$`)

// opensCondition reports a sentence with a word that opens a condition
// ("when", "if", "where", "unless", "provided").
func opensCondition(x *sentence) bool {
	t := " " + strings.ToLower(x.norm) + " "
	return hasAny(t, " when ", " whenever ", " if ", " where ", " unless ", " provided ")
}

// leadJoiner returns the joiner a lead-in's conditions are read with:
// "and" for one that needs them all, "or" for one that needs any, ""
// for one that opens no condition or says neither.
func leadJoiner(x *sentence) string {
	if !opensCondition(x) || !strings.HasSuffix(strings.TrimSpace(x.text), ":") {
		return ""
	}
	m := reLeadQuantifier().FindStringSubmatch(strings.ToLower(strings.TrimSpace(x.norm)))
	if m == nil {
		return ""
	}
	switch m[1] {
	case "both", "all", "each":
		return "and"
	}
	return "or"
}

// listedConditionsJoined reports a lead-in to conditions listed below it
// whose list was joined by one word ("and", "or") on one side and that
// says the other on the other ("when either of the following applies:"):
// it returns the old joiner and the new.
func listedConditionsJoined(u *unit) (string, string, bool) {
	joins := func(x *sentence) string {
		if opensCondition(x) {
			return x.joins
		}
		return ""
	}
	for _, x := range u.old {
		for _, y := range u.new {
			for _, p := range [][2]string{{joins(x), leadJoiner(y)}, {leadJoiner(x), joins(y)}} {
				if p[0] != "" && p[1] != "" && p[0] != p[1] {
					return p[0], p[1], true
				}
			}
		}
	}
	return "", "", false
}

// reExamplesLead matches a lead-in that gives the list or table after it
// as examples ("for purposes such as those in this table:", "including
// the following:").
var reExamplesLead = lazyRegexp(`\b(?:such as|including|for example|for instance|like|e\.g\.?)(?: (?:those|these|the ones|the following))?(?: (?:in|shown in|listed in|set out in) (?:this|the) (?:table|list)(?: below)?| below| listed below)?:$`)

// examplesLead counts the sentences of ss that lead in a list or table as
// examples.
func examplesLead(ss []*sentence) int {
	n := 0
	for _, x := range ss {
		if reExamplesLead().MatchString(strings.ToLower(strings.TrimSpace(x.text))) {
			n++
		}
	}
	return n
}

// conditionCount counts the words that open a condition ("when", "if")
// or number one ("1", "2") in ts.
func conditionCount(ts []string) int {
	n, numbered := 0, 0
	for _, t := range ts {
		switch {
		case t == "when" || t == "whenever" || t == "if" || t == "where":
			n++
		case len(t) == 1 && t[0] >= '1' && t[0] <= '9':
			numbered = max(numbered, int(t[0]-'0'))
		}
	}
	return max(n, numbered)
}

// twoConditions reports a stretch between a joiner and the clause it
// joins that opens the second of two conditions: a "when" or "if", or
// the number 2.
func twoConditions(between, all []string) bool {
	for _, t := range between {
		if t == "when" || t == "whenever" || t == "if" || t == "where" || t == "2" {
			return conditionCount(all) == 2
		}
	}
	return false
}

// joinerSwapped reports a hunk that puts "or" in the place of "and", or
// the reverse, give or take a comma or semicolon beside it.
// deniedEither reports a pair of sentences that deny the same way and
// set no condition: "never put your name or address in it" and "keep
// your name and address out of it" forbid each item alike (E7); the
// "and" or "or" joins what is denied, not conditions (M3).
func deniedEither(o, n *side) bool {
	if o.neg == 0 || o.neg != n.neg {
		return false
	}
	for _, s := range []*side{o, n} {
		for _, w := range s.words {
			switch w {
			case "if", "when", "whenever", "where", "unless", "provided", "once", "until", "while", "both", "either", "only":
				return false
			}
		}
	}
	return true
}

func joinerSwapped(del, ins []string) bool {
	d, i := unpunctuated(del), unpunctuated(ins)
	return len(d) == 1 && len(i) == 1 && (d[0] == "and" && i[0] == "or" || d[0] == "or" && i[0] == "and")
}

// unpunctuated returns ts without its commas and semicolons.
func unpunctuated(ts []string) []string {
	if !slices.Contains(ts, ",") && !slices.Contains(ts, ";") {
		return ts
	}
	return slices.DeleteFunc(slices.Clone(ts), func(t string) bool { return t == "," || t == ";" })
}

// wordSwap reports one word put in another's place: not a punctuation
// mark, and not a joining word, whose change regroups a sentence's clauses.
func wordSwap(a, b string) bool {
	for _, w := range []string{a, b} {
		if len(w) < 2 || !isLetter(w[0]) || w == "and" || w == "or" || w == "nor" {
			return false
		}
	}
	return true
}

// expands reports whether texts spell out acronym ("eea") or use the
// acronym of a name: "EEA" and "European Economic Area" name the same
// thing, so swapping one for the other is editorial.
func expands(name string, texts []string) bool {
	for _, t := range texts {
		ws := strings.Fields(t)
		// The acronym of each run of capitalised words.
		var initials strings.Builder
		flush := func() bool {
			ok := initials.Len() >= 2 && strings.Contains(initials.String(), name)
			initials.Reset()
			return ok
		}
		for _, w := range ws {
			w = strings.Trim(w, ".,;:()[]\"'“”")
			switch {
			case w == "":
			case isUpper(w[0]):
				initials.WriteByte(w[0] + 'a' - 'A')
				// An acronym in the text whose expansion is the name.
				if len(w) > 1 && strings.ToUpper(w) == w && strings.Contains(name, strings.ToLower(w)) {
					return true
				}
			case w == "of" || w == "and" || w == "for" || w == "the" || w == "&":
			default:
				if flush() {
					return true
				}
			}
		}
		if flush() {
			return true
		}
	}
	return false
}

// inExpansionOf reports whether name is a word of a capitalised run in
// texts whose acronym the other side uses ("Economic" in "European
// Economic Area" when the other side says "EEA", "Industry" in "Payment
// Card Industry Data Security Standard" when it says "PCI DSS").
func inExpansionOf(name string, texts []string, other map[string]bool) bool {
	for _, t := range texts {
		var run []string
		var initials strings.Builder
		check := func() bool {
			ok := initials.Len() >= 2 && acronymIn(initials.String(), other) && slices.Contains(run, name)
			run, _ = run[:0], 0
			initials.Reset()
			return ok
		}
		for _, w := range strings.Fields(t) {
			// An acronym in brackets after the run is not part of it.
			if strings.HasPrefix(w, "(") && check() {
				return true
			}
			w = strings.Trim(w, ".,;:()[]\"'“”")
			switch {
			case w == "":
			case isUpper(w[0]):
				initials.WriteByte(w[0] + 'a' - 'A')
				run = append(run, strings.ToLower(w))
			case w == "of" || w == "and" || w == "for" || w == "the" || w == "&":
			default:
				if check() {
					return true
				}
			}
		}
		if check() {
			return true
		}
	}
	return false
}

// acronymIn reports whether the acronym a is a word of other, or two
// words of it written apart ("pci dss" for "pcidss").
func acronymIn(a string, other map[string]bool) bool {
	if other[a] {
		return true
	}
	for k := 2; k+2 <= len(a); k++ {
		if other[a[:k]] && other[a[k:]] {
			return true
		}
	}
	return false
}

func listJoined(ts []string) bool {
	for _, t := range ts {
		if t == "and" || t == "or" || t == "," || t == ";" || t == "nor" {
			return true
		}
	}
	return false
}

func hasContent(ts []string) bool {
	for _, t := range ts {
		if !glue[t] && !stop[t] && !isNumber(t) && t != "," && t != ";" && len(t) > 1 {
			return true
		}
	}
	return false
}

// categorize guesses the categories of a material unit: the changed words
// weigh most, then the unit's text, then its section heading.
//
// mo and mn are newSide(u.old) and newSide(u.new) when the caller has
// them (nil when not).
func categorize(u *unit, mo, mn *side, keywords, implied []string) []string {
	score := map[string]int{}
	for _, c := range implied {
		score[c] += 6
	}
	// Places where data goes: not in a postal address (E5), nor the seat
	// of a named company (M10).
	var where []string
	for i, ss := range [][]*sentence{u.old, u.new} {
		if len(ss) > 0 {
			sd := [2]*side{mo, mn}[i]
			if sd == nil {
				sd = newSide(ss)
			}
			if len(sd.entities) == 0 {
				where = append(where, sd.places...)
			}
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
	// "Keeping your data safe" is about security, not about how long data
	// is kept.
	// Each pattern is run only on a text that holds a word all its matches
	// hold.
	t, sec := replaceWith(reKeepSafe, "keep", text.String(), "secure"), replaceWith(reKeepSafe, "keep", sections.String(), "secure")
	// "Law enforcement" is the police, not the law a dispute is governed
	// by; an "age group" is a breakdown of figures, not a child's age.
	t, sec = replaceWith(reLawEnforcement, "enforcement", t, "police"), replaceWith(reLawEnforcement, "enforcement", sec, "police")
	ageGroup := strings.Contains(t, "age ") && reAgeGroup().MatchString(t)
	t, sec = replaceWith(reAgeGroup, "age ", t, "demographic"), replaceWith(reAgeGroup, "age ", sec, "demographic")
	seen := map[string]bool{}
	for _, w := range keywords {
		if w == "age" && ageGroup && !hasAny(t, " age ", " under ", "orolder", " older ", " younger ", " child") {
			continue
		}
		if c, ok := practiceCat(w); ok && !seen[w] {
			seen[w] = true
			score[c] += 2
		}
		// A country or region named is where data goes (M8): it says what
		// the statement is about as its section's heading would.
		if places[w] && !seen[w] && slices.Contains(where, w) {
			seen[w] = true
			score[notice.CatInternational] += 4
		}
	}
	tt, st := newTrigrams(t), newTrigrams(sec)
	for cat, cues := range categoryCues {
		for _, cue := range cues {
			if tt.may(cue) && hasCue(t, cue) {
				score[cat]++
			}
			if st.may(cue) && hasCue(sec, cue) {
				score[cat] += 4
			}
		}
	}
	// What the statement is about as a whole (materiality guidelines §4):
	// a complaint to an authority is a dispute route; a disclosure to
	// the police, a court or the authorities is sharing; who or what the
	// notice covers is its scope; a third party that receives data is a
	// recipient.
	switch {
	case hasAny(t, " complain", " lodge ") && hasAny(t, "authorit", "regulator", "commissioner", "ombudsman", "attorney general", "board", "department", "supervisory"):
		score[notice.CatDisputes] += 6
	case hasAny(t, "police", "authorities", "warrant", "subpoena", "court order", "government", "regulators"):
		score[notice.CatSharing] += 6
	}
	// A program the paragraph names as a privacy seal or a dispute
	// route ("has been awarded the X Privacy Seal ... the X programs do
	// not cover ...") is the seal program the disputes category covers,
	// whatever the sentence says it covers.
	if hasAny(t, " program") && !aboutDisputes(t) {
		for _, ss := range [][]*sentence{u.old, u.new} {
			if len(ss) > 0 && hasAny(strings.ToLower(ss[0].para), " seal", "dispute resolution", "trustmark", "certification program") {
				score[notice.CatDisputes] += 6
				break
			}
		}
	}
	if hasAny(t, "explains", "describes", "sets out", "covers", "applies", "not apply") && reScopeStatement().MatchString(t) {
		score[notice.CatOther] += 6
	}
	if thirdPartyReceives(t) {
		score[notice.CatSharing] += 4
	}
	// A statement no cue names is about the practices its words name:
	// "we do not usually film the lounges" is about collection.
	if len(score) == 0 {
		for _, w := range words(t) {
			if c, ok := practiceCat(w); ok {
				score[c]++
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

// thirdPartyReceives reports a statement where someone other than "we" or
// "you" receives data: "port operators receive passenger counts",
// "partners who lease berths to us receive".
func thirdPartyReceives(t string) bool {
	ws := strings.Fields(t)
	for i, w := range ws {
		if w != "receive" && w != "receives" || i == 0 {
			continue
		}
		// The subject comes before any adverb, modal or negation.
		j := i - 1
		for j > 0 && receiveFillers[ws[j]] {
			j--
		}
		switch strings.Trim(ws[j], ",;:.") {
		case "we", "you", "i", "to", "and", "or", "if", "when":
			continue
		}
		if !receiveFillers[ws[j]] {
			return true
		}
	}
	return false
}

// receiveFillers stand between a subject and "receive": "they also do not
// receive", "partners may only receive".
var receiveFillers = map[string]bool{"also": true, "only": true, "never": true, "not": true, "do": true, "does": true,
	"may": true, "will": true, "can": true, "then": true, "still": true, "must": true, "might": true, "would": true}

// trigrams is a set of the 3-byte substrings of a text, hashed: a text
// without a needle's first three bytes cannot hold the needle, and most
// cue words of categorize are absent from any one unit.
type trigrams [64]uint64

func trigramHash(a, b, c byte) uint { return (uint(a)*961 + uint(b)*31 + uint(c)) & 4095 }

func newTrigrams(s string) *trigrams {
	var t trigrams
	for i := 0; i+2 < len(s); i++ {
		h := trigramHash(s[i], s[i+1], s[i+2])
		t[h>>6] |= 1 << (h & 63)
	}
	return &t
}

// may reports whether the text may hold needle; it is true for needles
// shorter than three bytes.
func (t *trigrams) may(needle string) bool {
	if len(needle) < 3 {
		return true
	}
	h := trigramHash(needle[0], needle[1], needle[2])
	return t[h>>6]&(1<<(h&63)) != 0
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

// bareWithoutAuth counts "without authorization" with no one's
// authorization named, after a participle, in a sentence about guarding
// against harm: "to reduce the risk that it is accessed without
// authorization".
func bareWithoutAuth(s *side) int {
	if !strings.Contains(s.norm, "without authori") {
		return 0
	}
	k := 0
	for _, c := range s.canons {
		if !strings.Contains(c, "without authori") || !hasAny(c, "risk", "protect", "prevent", "against", "safeguard") {
			continue
		}
		f := strings.Fields(c)
		for i := 1; i+1 < len(f); i++ {
			if f[i] == "without" && strings.HasPrefix(f[i+1], "authori") && strings.HasSuffix(strings.Trim(f[i-1], ",;"), "ed") {
				k++
			}
		}
	}
	return k
}

// unauthorizedWords counts "unauthorized" and "unauthorised".
func unauthorizedWords(s *side) int {
	if !strings.Contains(s.norm, "unauthori") {
		return 0
	}
	return strings.Count(s.norm, "unauthorized") + strings.Count(s.norm, "unauthorised")
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

var legalForms map[string]string

// sameNameTails reports contact-block entities that name the same
// companies: the same words once legal forms are spelt out ("Inc." =
// "Incorporated"), one name perhaps led by a title run into it ("Data
// Protection Officer, Acme Ltd" when the block is put on one line). A word
// added inside the name ("Acme Europe Ltd") is another company.
func sameNameTails(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := entityWords(a[i]), entityWords(b[i])
		if len(x) > len(y) {
			x, y = y, x
		}
		if len(x) < 2 || !slices.Equal(x, y[len(y)-len(x):]) {
			return false
		}
	}
	return true
}

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

func hasAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// definitionImpact gives the direction of an item added to (or removed
// from) the definition of personal information (rule M13): what the
// definition covers gets the notice's protections, so widening it is
// more protective, and widening what it excludes is less protective.
func definitionImpact(s *side, added bool) (notice.Impact, bool) {
	t := " " + s.norm + " "
	if !hasAny(t, "personal information", "personal data", "personally identifiable", "personally identifying") ||
		!hasAny(t, " include", " means ", " refers to ", " defined as ", " we use the term ", " consider", " excludes ", " excluded ", " not cover ", " not personal ") {
		return notice.ImpactNone, false
	}
	exclusion := hasAny(t, " not include", " not includ", " not consider", " not cover", " excludes ", " excluded ", " not personal ",
		" but not ", " except ")
	if added != exclusion {
		return notice.ImpactMoreProtective, true
	}
	return notice.ImpactLessProtective, true
}

// aboutPlace reports a statement about where data is stored, processed or
// accessed: items added to or removed from it widen or narrow the places
// (rule M8).
func aboutPlace(norm string) bool {
	return hasAny(" "+norm+" ", " located", " facilities", " data center", " data centre", " servers are", " stored in ",
		" processed in ", " hosted in ", " kept in ", " held in ", " reside", " data residency")
}

// placeHolders lists the words of n that name a party or place holding
// the data ("service providers", "Ireland") and that o lacks, with no
// synonym of theirs in o.
func placeHolders(n, o *side) []string {
	var out []string
	added, _ := unexplained(missingFrom(n.loose, o.loose), missingFrom(o.loose, n.loose))
	for _, w := range added {
		if places[w] || hasAny(w, "provider", "partner", "vendor", "processor", "contractor", "affiliate", "host", "server", "facilit", "datacent") {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// namesPlace reports whether changed words name where data is held: a
// place, or someone's facilities, servers or providers.
func namesPlace(ws []string) bool {
	for _, w := range ws {
		if places[w] || hasAny(w, "facilit", "server", "datacent", "provider", "host", "region", "countr", "location") || w == "those" {
			return true
		}
	}
	return false
}

// qualifiedCats names the practice a qualifier of the class w limits: the
// verb just before it ("we use it only to" limits a use, "shared only
// with" a disclosure).
func qualifiedCats(sd *side, w string) []string {
	for i, x := range sd.words {
		if !restrictive[x] || restrictClass(x) != w {
			continue
		}
		for j := i - 1; j >= max(0, i-3); j-- {
			switch stem(lemma(sd.words[j])) {
			case "use", "process", "analyz", "analys":
				// What recipients may use data for limits the sharing;
				// what we use it for is a use.
				k := j - 1
				for k > 0 && (possibility[sd.words[k]] || commitment[sd.words[k]] || sd.words[k] == "can" || sd.words[k] == "only") {
					k--
				}
				if k >= 0 && sd.words[k] != "we" && !strings.HasSuffix(sd.words[k], "ed") && sd.words[k] != "is" && sd.words[k] != "are" {
					return []string{notice.CatSharing}
				}
				return []string{notice.CatUse}
			case "share", "shar", "disclos", "sell", "giv", "transfer", "send":
				return []string{notice.CatSharing}
			case "collect", "obtain", "gather", "record":
				return []string{notice.CatCollection}
			case "keep", "retain", "stor":
				return []string{notice.CatRetention}
			}
		}
	}
	return nil
}

// exceptedCats says whether an exception of class w limits a disclosure:
// a verb of sharing shortly before it ("we do not sell or rent X to
// third parties for their marketing purposes without your consent"
// limits a sale, whatever the purpose and the consent named).
func exceptedCats(sd *side, w string) []string {
	for i, x := range sd.words {
		if !exceptions[x] || exceptClass(x) != w {
			continue
		}
		for j := i - 1; j >= max(0, i-12); j-- {
			switch stem(lemma(sd.words[j])) {
			case "share", "shar", "disclos", "sell", "rent", "transfer":
				return []string{notice.CatSharing}
			}
		}
		return nil
	}
	return nil
}

// entityCat says what a company named in a statement is: a recipient of
// data (sharing) when the statement is about who receives it, else the
// company responsible (controller).
func entityCat(norm string) string {
	t := " " + norm + " "
	if hasAny(t, " receive", " share", " disclos", " partner", " processor", " provider", " vendor", " passed on", " sent to") &&
		!hasAny(t, "controller", "representative", "responsible for", "operated by", " operates ", "published by", "provided by", " we are ", "\"we\"", "'we'") {
		return notice.CatSharing
	}
	return notice.CatController
}

// byDemonym drops from places those that the other side names by their
// adjective ("German" for "Germany").
func byDemonym(places []string, other *side) []string {
	var out []string
	for _, p := range places {
		named := false
		for w := range other.wordSet() {
			if slices.Contains(demonyms[w], p) {
				named = true
				break
			}
		}
		if !named {
			out = append(out, p)
		}
	}
	return out
}

// sameCountry reports a place, or a place's adjective, that the other
// side names the other way ("Germany" and "German").
// basedIn reports a compound that says where something is based
// ("us-based", "uk-headquartered") whose place other names too, in any
// spelling its canonical form knows.
func basedIn(w string, other *side) bool {
	for _, suf := range []string{"-based", "-headquartered", "-registered", "-incorporated"} {
		if p, ok := strings.CutSuffix(w, suf); ok && p != "" {
			// The canonical form writes the United States "usa".
			if p == "us" || p == "u.s" || p == "u.s." {
				p = "usa"
			}
			return containsWord(other.norm, p) || sameCountry(p, other)
		}
	}
	return false
}

func sameCountry(w string, other *side) bool {
	ws := other.wordSet()
	for _, p := range demonyms[w] {
		if ws[p] {
			return true
		}
	}
	return places[w] && len(byDemonym([]string{w}, other)) == 0
}

// aboutDisputes reports a statement about complaint routes, dispute bodies
// or privacy-seal programs (rule M11).
func aboutDisputes(norm string) bool {
	return hasAny(" "+norm+" ", " complain", " dispute", " seal", " certification program", " arbitrat", " ombudsman",
		" mediat", " trustmark", " safe harbor program")
}

// verbCats names the practice a statement's verbs are about, for a change
// that qualifies the statement as a whole ("never sell X" → "never sell X
// of some players" changes what is promised about selling).
func verbCats(norm string) []string {
	var out []string
	t := " " + norm + " "
	add := func(c string, cues ...string) {
		if hasAny(t, cues...) && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	add(notice.CatSharing, " sell ", " sold ", " rent ", " share ", " shared ", " disclose", " trade ")
	add(notice.CatCollection, " collect ", " collected ", " obtain ", " gather ")
	add(notice.CatRetention, " keep ", " kept ", " retain", " store ")
	return out
}

// purposeAdded reports a purpose joined to a statement ("to contact the
// parent" → "to contact the parent and to tell them about our other
// games"): an inserted stretch that opens a new "to ..." or "for ..."
// clause after "and" or "or" (rule M5, a new purpose).
func purposeAdded(o, n *side) (string, bool) {
	hs, _, ok := o.hunksTo(n)
	if !ok {
		return "", false
	}
	for _, h := range hs {
		if len(h.ins) < 3 {
			continue
		}
		for i := 0; i+2 < len(h.ins); i++ {
			if (h.ins[i] == "and" || h.ins[i] == "or") && (h.ins[i+1] == "to" || h.ins[i+1] == "for") && !glue[h.ins[i+2]] {
				return strings.Join(h.ins[i:], " "), true
			}
		}
	}
	return "", false
}

// narrowingInsert reports an inserted qualifier that narrows what a
// statement applies to ("players" → "players in Junior Mode"): a stretch
// opened by a preposition or relative pronoun, with no list joiner in it.
func narrowingInsert(o, n *side) bool {
	hs, _, ok := o.hunksTo(n)
	if !ok {
		return false
	}
	found := false
	for _, h := range hs {
		if len(h.ins) < 2 || listJoined(h.ins) {
			continue
		}
		for i := 0; i+1 < len(h.ins); i++ {
			switch h.ins[i] {
			case "who", "whose", "that", "which":
				found = true
			case "in", "aged", "under", "over", "from", "located":
				if !glue[h.ins[i+1]] || h.ins[i+1] == "the" || h.ins[i+1] == "our" {
					found = true
				}
			}
		}
	}
	return found
}

// allIn reports whether every word of ws that can say something is in set.
func allIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		w = strings.ReplaceAll(w, ".", "")
		if !glue[w] && !stop[w] && w != "," && w != ";" && w != "dba" && !set[w] {
			return false
		}
	}
	return true
}

// exceptionStretches lists the qualifier classes found in a stretch of
// the word diff that also adds or removes an exception word: they belong
// to the exception clause.
func exceptionStretches(o, n *side) map[string]bool {
	hs, _, ok := o.hunksTo(n)
	if !ok {
		return nil
	}
	out := map[string]bool{}
	for _, h := range hs {
		for _, ts := range [][]string{h.del, h.ins} {
			exc := false
			for _, t := range ts {
				if exceptions[t] {
					exc = true
				}
			}
			if !exc {
				continue
			}
			for _, t := range ts {
				if restrictive[t] {
					out[restrictClass(t)] = true
				}
			}
		}
	}
	return out
}

// readBy reports whether a finding already names one of the words ws.
func readBy(fs []finding, ws []string) bool {
	for _, f := range fs {
		for _, k := range f.keywords {
			for _, w := range ws {
				if k == w && !glue[w] && !stop[w] {
					return true
				}
			}
		}
	}
	return false
}

// allOrPart is the canonical word for a disjunction of "all" with a
// partial quantifier ("some or all", "all or part").
const allOrPart = "allorpart"

// quantRank orders quantifiers by reach: partial, all-or-part, universal;
// 0 for a word that is none.
func quantRank(w string) int {
	switch {
	case universal[w]:
		return 3
	case w == allOrPart:
		return 2
	case partial[w]:
		return 1
	}
	return 0
}

// quantText spells a canonical quantifier for a reason.
func quantText(w string) string {
	if w == allOrPart {
		return "all or part"
	}
	return w
}

// numberWhat names what a changed quantity measures, for a reason.
func numberWhat(o, n *side) string {
	for _, q := range append(append([]string{}, o.quantities...), n.quantities...) {
		if q != "" && (q[0] == 'd' || q[0] == 'm') {
			return "a duration"
		}
	}
	cats := numberCats(n)
	switch {
	case slices.Contains(cats, notice.CatChildren):
		return "an age"
	case len(o.quantities)+len(n.quantities) == 0:
		return "a number"
	}
	for _, q := range append(append([]string{}, o.quantities...), n.quantities...) {
		if strings.ContainsAny(q, "$€£") {
			return "an amount"
		}
	}
	return "a number"
}

// placeWhat says how the places a statement names changed.
func placeWhat(cat string, added, removed []string) string {
	what := "where data is stored or accessed"
	if cat == notice.CatDisputes {
		what = "the place whose courts or law apply"
	}
	switch {
	case len(added) > 0 && len(removed) == 0:
		return "a place was added to " + what
	case len(removed) > 0 && len(added) == 0:
		return "a place was removed from " + what
	}
	return what + " changed"
}

// displayWord spells a canonical word as a reader writes it.
func displayWord(w string) string {
	switch w {
	case "optin":
		return "opt in"
	case "optout":
		return "opt out"
	}
	return w
}

// negated lists the stems of the words a side's verb negations deny: the
// first word after each "not" or "never" that is not a function word,
// modal or adverb ("do not rent" and "is never rented" both deny "rent").
// Determiners ("no history", "neither X nor Y") deny a noun, which a
// rewrite may name anywhere, so they are left to the negation count.
func negated(sd *side) map[string]string {
	out := map[string]string{}
	ws := sd.words
	for i, w := range ws {
		if w != "not" && w != "never" || wishDenied(ws, i) {
			continue
		}
		for _, x := range ws[i+1 : min(i+5, len(ws))] {
			if stop[x] || glue[x] || possibility[x] || commitment[x] || x == "can" || negations[x] ||
				strings.HasSuffix(x, "ly") || isNumber(x) {
				continue
			}
			out[stem(lemma(x))] = x
			break
		}
	}
	return out
}

// deniedNouns maps the stem of each noun a side denies with "no" ("has
// no access", "no control over") to the word, and of each noun joined to
// it by "or" or "nor" within the next words ("no access to or control
// over" denies control too).
func deniedNouns(sd *side) map[string]string {
	out := map[string]string{}
	content := func(x string) bool {
		return !stop[x] && !glue[x] && !negations[x] && !possibility[x] && !commitment[x] && x != "can" &&
			!strings.HasSuffix(x, "ly") && !isNumber(x)
	}
	for _, ws := range denyClauses(sd) {
		for i, w := range ws {
			if w != "no" || i+1 >= len(ws) || !content(ws[i+1]) || wishDenied(ws, i) {
				continue
			}
			out[stem(lemma(ws[i+1]))] = ws[i+1]
			// "no access to or control over": the noun after "or".
			for j := i + 2; j < min(i+5, len(ws)-1); j++ {
				if ws[j] == "or" || ws[j] == "nor" {
					if x := ws[j+1]; content(x) {
						out[stem(lemma(x))] = x
					}
					break
				}
				if content(ws[j]) {
					break
				}
			}
		}
	}
	return out
}

// denials counts, by stem, the words a side denies: the first content
// word after each "not" or "never", and each verb joined to it by "or" or
// "nor" in the same clause ("we do not sell it or share it" denies
// selling and sharing, as "we do not sell it. We do not share it" does).
// A word after "or" counts as a denied verb only when the other side
// denies it too, so "do not sell names or addresses" denies selling once;
// spare counts, by the denied verb's stem, such "or"s that join one more
// thing it is denied of, which the other side may deny with the verb
// again (sameDenials).
func denials(sd, other *side) (out, spare map[string]int) {
	out, spare = map[string]int{}, map[string]int{}
	od := negated(other)
	first := func(ws []string) string {
		for _, x := range ws {
			if stop[x] || glue[x] || possibility[x] || commitment[x] || x == "can" || negations[x] ||
				strings.HasSuffix(x, "ly") || isNumber(x) {
				continue
			}
			return stem(lemma(x))
		}
		return ""
	}
	for _, c := range sd.canons {
		for _, cl := range strings.FieldsFunc(c, func(r rune) bool { return r == ',' || r == ';' || r == '.' || r == ':' }) {
			ws := words(cl)
			denying, last := false, ""
			for i, w := range ws {
				switch {
				case w == "not" || w == "never":
					if st := first(ws[i+1 : min(i+5, len(ws))]); st != "" {
						out[st]++
						last = st
					}
					denying = true
				case denying && (w == "or" || w == "nor"):
					if st := first(ws[i+1 : min(i+3, len(ws))]); st != "" {
						if _, ok := od[st]; ok {
							out[st]++
						} else if last != "" {
							spare[last]++
						}
					}
				case w == "and" || w == "but":
					denying, last = false, ""
				}
			}
		}
	}
	return out, spare
}

// denyClauses splits a side into clauses at commas, semicolons, colons
// and full stops.
func denyClauses(sd *side) [][]string {
	var out [][]string
	for _, c := range sd.canons {
		for _, cl := range strings.FieldsFunc(c, func(r rune) bool { return r == ',' || r == ';' || r == '.' || r == ':' }) {
			out = append(out, words(cl))
		}
	}
	return out
}

// joinedDenial reports a word that a side denies only by joining it with
// "or" to a negated verb ("we do not rent it or trade it") while the
// other side says it only in clauses without a negation ("we trade it").
func joinedDenial(sd, other *side) (string, bool) {
	// The other side must say it as a verb, after its subject ("we
	// trade", "they may share"): "or email address" joins a noun.
	affirmed, denied := map[string]bool{}, map[string]bool{}
	for _, ws := range denyClauses(other) {
		neg := slices.ContainsFunc(ws, func(w string) bool { return negations[w] })
		for i, w := range ws {
			if neg {
				denied[stem(lemma(w))] = true
				continue
			}
			for j := i - 1; j >= 0 && j >= i-2; j-- {
				if p := ws[j]; p == "we" || p == "they" || p == "you" {
					affirmed[stem(lemma(w))] = true
					break
				} else if !possibility[p] && !commitment[p] && p != "can" && p != "also" {
					break
				}
			}
		}
	}
	for _, ws := range denyClauses(sd) {
		denying := false
		for i, w := range ws {
			switch {
			case w == "not" || w == "never":
				denying = true
			case denying && (w == "or" || w == "nor"):
				for _, x := range ws[i+1 : min(i+3, len(ws))] {
					if stop[x] || glue[x] || strings.HasSuffix(x, "ly") || isNumber(x) {
						continue
					}
					if st := stem(lemma(x)); affirmed[st] && !denied[st] {
						return x, true
					}
					break
				}
			case w == "and" || w == "but":
				denying = false
			}
		}
	}
	return "", false
}

// labelSentence reports a sentence that is only its block's bold label
// ("**Selling and renting.**"), stating nothing (s), whose every content
// word the rest of the block says in some form ("we do not sell or
// rent").
func labelSentence(x *sentence, s *side) bool {
	if x.label == "" || canonicalize(prose.Normalize(x.label)) != strings.TrimSuffix(x.canon, ".") ||
		s.neg > 0 || s.possible > 0 || s.can > 0 || s.commit > 0 || len(s.quantities) > 0 || len(s.entities) > 0 || len(s.except) > 0 {
		return false
	}
	rest := strings.TrimSpace(strings.TrimPrefix(x.para, x.text))
	if rest == "" {
		return false
	}
	said := (&sentence{norm: canonicalize(prose.Normalize(rest))}).stems()
	for _, w := range words(x.canon) {
		if glue[w] || stop[w] {
			continue
		}
		if !said[stem(lemma(w))] && !said[stem(lemma(strings.TrimSuffix(w, "ing")))] {
			return false
		}
	}
	return true
}

// reBackDenial matches a denied word after a word that points back
// ("such not resolved complaints", from "such unresolved complaints").
var reBackDenial = lazyRegexp(`\b(?:such|these|those) not ([a-z]+)`)

// backDenials counts the denials in sd that point back to a thing sd
// denies the same word of elsewhere: "if a complaint remains unresolved
// ... For such unresolved complaints" denies once.
func backDenials(sd *side) int {
	k := 0
	for _, m := range reBackDenial().FindAllStringSubmatch(sd.norm, -1) {
		if strings.Count(sd.norm, "not "+m[1]) > 1 {
			k++
		}
	}
	return k
}

// sameDenials reports two sides whose counts of negations differ only
// because one joins denied verbs with "or" where the other repeats the
// negation (rule E7): each denies the same words as often. So does one
// that denies a verb of two things joined by "or" where the other denies
// it of each in a clause of its own: "we do not use it for ads or to
// build profiles" is "it is not used for ads, and it is not used to build
// profiles".
func sameDenials(o, n *side) bool {
	do, so := denials(o, n)
	dn, sn := denials(n, o)
	for st, k := range so {
		if dn[st] > do[st] {
			do[st] = min(do[st]+k, dn[st])
		}
	}
	for st, k := range sn {
		if do[st] > dn[st] {
			dn[st] = min(dn[st]+k, do[st])
		}
	}
	return len(do) > 0 && maps.Equal(do, dn)
}

// negationMoved reports a negation that moved from one practice word to
// another the old side also stated: old denies a and states b, new states
// a and denies b.
func negationMoved(o, n *side) (string, string, bool) {
	on, nn := negated(o), negated(n)
	// "has no access to or control over X" → "has access to, but no
	// control over, X": a noun denied with "no" moves as a verb does.
	maps.Copy(on, deniedNouns(o))
	maps.Copy(nn, deniedNouns(n))
	// The first such word in sorted order, so that the same pair always
	// gives the same reason (map order is random).
	var a, b string
	for _, st := range slices.Sorted(maps.Keys(on)) {
		if _, still := nn[st]; !still {
			if _, ok := n.loose[st]; ok && a == "" {
				a = on[st]
			}
		}
	}
	for _, st := range slices.Sorted(maps.Keys(nn)) {
		if _, was := on[st]; !was {
			if _, ok := o.loose[st]; ok && b == "" {
				b = nn[st]
			}
		}
	}
	return a, b, a != "" && b != ""
}

// synonymGroups are words that notices use for one another; a swap within
// a group is rewording (E7).
var synonymGroups = [][]string{
	{"use", "utilize", "utilise", "employ"},
	{"necessary", "needed", "need", "required", "require", "essential"},
	{"help", "assist", "support"},
	{"get", "obtain", "receive", "gather", "acquire"},
	// What arrives is received: "if the form has not arrived" is "if we
	// have not received the form".
	{"receive", "arrive"},
	{"give", "provide", "supply", "furnish"},
	{"show", "display", "present"},
	{"ask", "request", "instruct"},
	{"tell", "inform", "notice", "let", "know"},
	{"keep", "retain", "store", "hold"},
	{"delete", "erase", "remove"},
	{"change", "modify", "alter", "update", "amend"},
	{"limit", "restrict", "only"},
	{"reach", "access"},
	{"check", "verify", "confirm", "assess", "review", "audit"},
	{"stop", "end", "cease"},
	{"run", "operate", "manage"},
	{"begin", "start", "commence"},
	{"buy", "purchase"},
	// An event named by its noun or its verb is the same event (E7): "a
	// sale of our business" is "if we sell our business".
	{"sell", "sold", "sale"},
	{"buyer", "purchaser", "acquirer"},
	{"honour", "honor", "abide", "observe", "comply", "bound"},
	{"send", "transmit", "deliver", "submit"},
	{"allow", "permit", "let", "enable"},
	{"choose", "select", "elect", "decide"},
	// "if you wish to" is "if you want to"; "get in touch with us" is
	// "contact us".
	{"wish", "want", "desire"},
	{"contact", "touch"},
	{"mail", "email", "e-mail"},
	{"phone", "telephone"},
	{"recipient", "party", "parties"},
	{"last", "latest", "recent"},
	{"after", "following", "when", "once"},
	{"include", "contain"},
	{"person", "individual", "people"},
	{"check", "find", "determine"},
	{"theft", "stolen", "steal"},
	{"lose", "lost", "forfeit"},
	{"matter", "material", "significant", "important"},
	// "tax rules and product-recall requirements" are the same duties as
	// "tax and product-recall requirements".
	{"rule", "requirement", "regulation", "obligation"},
	{"right", "entitled", "entitle", "entitlement"},
}

// unexplained drops from added and removed the words that a synonym or a
// shared root pairs with a word on the other side, and returns the rest.
func unexplained(added, removed []string) ([]string, []string) {
	group := func(w string) map[int]bool {
		g := map[int]bool{}
		s := stem(lemma(w))
		for i, ws := range synonymGroups {
			for _, x := range ws {
				if x == w || stem(lemma(x)) == s {
					g[i] = true
				}
			}
		}
		return g
	}
	same := func(a, b string) bool {
		if len(a) >= 5 && len(b) >= 5 && a[:5] == b[:5] {
			return true
		}
		ga, gb := group(a), group(b)
		for i := range ga {
			if gb[i] {
				return true
			}
		}
		return false
	}
	// A hyphenated compound ("write-offs") is counted by its parts too, and
	// a verb's particle ("find out", "written off") says nothing of its own.
	filler := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			if strings.IndexByte(w, '-') > 0 || glue[strings.TrimSuffix(w, "s")] || w == "out" {
				continue
			}
			out = append(out, w)
		}
		return out
	}
	added, removed = filler(added), filler(removed)
	usedR := map[int]bool{}
	var outA []string
	for _, a := range added {
		matched := false
		for j, r := range removed {
			if same(a, r) {
				usedR[j], matched = true, true
			}
		}
		if !matched {
			outA = append(outA, a)
		}
	}
	var outR []string
	for j, r := range removed {
		if !usedR[j] {
			outR = append(outR, r)
		}
	}
	return outA, outR
}

// leadInsSay reports a word that the lead-ins of u's list items say on
// both sides: every item of either list is read under it.
func leadInsSay(u *unit) func(string) bool {
	lead := func(ss []*sentence) map[string]bool {
		var out map[string]bool
		for _, x := range ss {
			if x.leadIn == "" {
				return nil
			}
			st := (&sentence{norm: x.leadIn}).stems()
			if out == nil {
				out = maps.Clone(st)
				continue
			}
			maps.DeleteFunc(out, func(k string, _ bool) bool { return !st[k] })
		}
		return out
	}
	o, n := lead(u.old), lead(u.new)
	return func(w string) bool {
		st := stem(lemma(w))
		return o[st] && n[st]
	}
}

// leadInSays reports a word that the lead-in of every sentence of ss
// says: each is a list item read under its lead-in, so one written out
// as a sentence that states the lead-in's words ("We share personal
// information only with:" over "Professional advisers" → "We share with
// professional advisers"), or a condition that opened a paragraph now
// recast as steps under it ("If you have a concern, follow these
// steps:"), adds none of them (E3). A lead-in that denies ("We never
// share it with:") is left to the rules that read a denial.
func leadInSays(ss []*sentence) func(string) bool {
	var said map[string]bool
	for _, x := range ss {
		if x.leadIn == "" {
			return func(string) bool { return false }
		}
		body := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(x.leadIn), ":"))
		l := &sentence{text: body, norm: body}
		l.prepare()
		if newSide([]*sentence{l}).neg > 0 {
			return func(string) bool { return false }
		}
		st := l.stems()
		if said == nil {
			said = maps.Clone(st)
			continue
		}
		maps.DeleteFunc(said, func(k string, _ bool) bool { return !st[k] })
	}
	// What a lead-in says is given to the items, each item receives:
	// "We share it with:" over "Advisers. They receive it in
	// confidence." says nothing the lead-in did not.
	for v := range givingVerbs {
		if said[stem(lemma(v))] {
			said[stem(lemma("receive"))] = true
			break
		}
	}
	return func(w string) bool { return said[stem(lemma(w))] }
}

// withLeadIns returns ws with the words of the lead-in every sentence of
// ss is read under, when each is a list item that has one.
func withLeadIns(ws map[string]bool, ss []*sentence) map[string]bool {
	if len(ss) == 0 || slices.ContainsFunc(ss, func(x *sentence) bool { return x.leadIn == "" }) {
		return ws
	}
	out := maps.Clone(ws)
	for _, x := range ss {
		for _, t := range diffTokens(x.leadIn) {
			out[t] = true
		}
	}
	return out
}

// reNextPartsLead matches a lead-in that points to the parts of the
// notice just after it, or to the items it goes on to give: at its end
// ("with the recipients described in the next three paragraphs.", "with
// the recipients described below.", "for the purposes below.", "with
// the recipients described here."), as its subject ("The recipients
// listed below are the only ones we share it with.") or as what its
// subject is ("The only parties we share it with are those listed
// below."). Its groups are the words that name them; an "only" it says
// is left to be compared.
var reNextPartsLead = lazyRegexp(`\bthe ((?:[a-z-]+ ){1,2}?(?:(?:(?:described|listed|set out|named|shown) )?in the (?:next|following) (?:[a-z0-9]+ )?(?:paragraphs|sections|subsections|bullets|rows)|(?:described|listed|set out|named|shown) (?:below|here|in this section)|below))\.$` +
	`|^the ((?:[a-z-]+ ){1,2}?(?:(?:described|listed|set out|named|shown) )?(?:below|here|in this section)) (?:are|is) the only (ones?|[a-z-]+)\b` +
	`|^the only ([a-z-]+)\b.* (?:are|is) ((?:those|the ones|the [a-z-]+) (?:described|listed|set out|named|shown) (?:below|here|in this section))\.$`)

// pointingVerbs say what a list or table pointed to holds: "The table
// below lists ...".
var pointingVerbs = map[string]bool{"lists": true, "shows": true, "sets": true, "describes": true, "explains": true, "gives": true, "names": true, "summarizes": true, "summarises": true}

// dropLeadIn removes from ws the nouns a list lead-in uses to name its
// items ("with the following recipients:", "these partners:").
func dropLeadIn(ws []string, s *side) []string {
	lead := map[string]bool{}
	for k, t := range s.texts {
		t = strings.TrimSpace(strings.ToLower(t))
		// "for the following purposes." over a list leads it as
		// "for the following purposes:" does.
		if k < len(s.listLeads) && s.listLeads[k] {
			t = strings.TrimSuffix(t, ".") + ":"
		}
		// So does "it collects the information in this table." over the
		// table it points to.
		if strings.HasSuffix(t, " in this table.") || strings.HasSuffix(t, " in the table below.") {
			t = strings.TrimSuffix(t, ".") + ":"
		}
		// And "the recipients described in the next three paragraphs."
		// over the paragraphs it points to names them as "the following
		// recipients:" does.
		if m := reNextPartsLead().FindStringSubmatch(t); m != nil {
			for _, g := range m[1:] {
				for _, w := range strings.Fields(g) {
					lead[w] = true
				}
			}
			continue
		}
		if !strings.HasSuffix(t, ":") {
			continue
		}
		f := strings.Fields(strings.TrimSuffix(t, ":"))
		for i := 0; i < len(f); i++ {
			// "the groups listed below:" names the items as "the
			// following groups:" does.
			if w := strings.Trim(f[i], ",.;:"); (w == "below" || w == "above") && i > 0 {
				// "The table below lists the recipients ...:" points to
				// its rows as "the following recipients:" does.
				if i+1 < len(f) && pointingVerbs[strings.Trim(f[i+1], ",.;:")] {
					lead[w], lead[strings.Trim(f[i+1], ",.;:")] = true, true
				}
				for j := i - 1; j >= 0 && j >= i-3; j-- {
					lead[strings.Trim(f[j], ",.;:")] = true
					if f[j] == "the" || f[j] == "those" || f[j] == "these" {
						break
					}
				}
				continue
			}
			// "the recipients in this table:" names the rows as "the
			// following recipients:" does.
			if w := strings.Trim(f[i], ",.;:"); (w == "table" || w == "list") && i >= 3 && (f[i-1] == "this" || f[i-1] == "the") && f[i-2] == "in" {
				lead[w] = true
				for j := i - 3; j >= 0 && j >= i-4; j-- {
					if f[j] == "the" || f[j] == "those" || f[j] == "these" {
						break
					}
					lead[strings.Trim(f[j], ",.;:")] = true
				}
				continue
			}
			if i+1 >= len(f) {
				continue
			}
			// "The only parties we share it with are:" names the items as
			// "the following parties:" does; its "only" is the "only"
			// of "we share it only with:".
			if f[i] == "only" && (i == 0 || f[i-1] != "the") {
				continue
			}
			// "for four purposes:" counts its items and names them as
			// "for the following purposes:" does; a count that is not the
			// number of items is read as a number (M6).
			k, err := strconv.Atoi(f[i])
			if n, ok := numberWords[f[i]]; ok {
				k, err = n, nil
			}
			switch {
			case f[i] == "following" || f[i] == "these" || f[i] == "below" || f[i] == "only" || err == nil && k >= 2:
				// The noun may be a compound: "data points".
				for j := i + 1; j < len(f) && j <= i+2; j++ {
					lead[strings.Trim(f[j], ",.;:")] = true
					// "We protect your data with the following
					// measures:": protecting is what a safeguard is
					// for, so the verb names no practice beyond the
					// measures listed.
					if safeguardNouns[strings.Trim(f[j], ",.;:")] {
						for _, v := range f[:i] {
							if protectVerbs[v] {
								lead[v] = true
							}
						}
					}
				}
			}
		}
	}
	// A list written as prose counts its items, then numbers them: "three
	// groups of recipients. The first is ...". The counted words name the
	// items as a lead-in does.
	if ord := s.wordSet(); ord["first"] && ord["second"] {
		for _, t := range s.texts {
			f := strings.Fields(strings.ToLower(t))
			for i := 0; i+1 < len(f); i++ {
				k, err := strconv.Atoi(f[i])
				if n, ok := numberWords[f[i]]; ok {
					k, err = n, nil
				}
				if err != nil || k < 2 || k > len(ordinals) {
					continue
				}
				for j := i + 1; j < len(f) && j <= i+3; j++ {
					w := strings.Trim(f[j], ",.;:")
					lead[w] = true
					if w != f[j] {
						break
					}
				}
			}
		}
	}
	if len(lead) == 0 {
		return ws
	}
	// The words may come spelled one way ("organizations") for the lead's
	// other ("organisations").
	keys := map[string]bool{}
	for w := range lead {
		keys[spellKey(w)] = true
	}
	var out []string
	for _, w := range ws {
		if !lead[w] && !keys[spellKey(w)] {
			out = append(out, w)
		}
	}
	return out
}

// dropHeadingWords leaves out of ws the words of the heading over items,
// the list items among from that have no lead-in, when the other side,
// to, is not such a list under the same heading.
func dropHeadingWords(ws []string, from, to []*sentence) []string {
	var head []string
	for _, x := range from {
		if x.item && x.leadIn == "" && len(x.section) > 0 {
			head = x.section
			break
		}
	}
	if len(head) == 0 || len(ws) == 0 {
		return ws
	}
	for _, x := range to {
		if x.item && x.leadIn == "" && slices.Equal(x.section, head) {
			return ws
		}
	}
	said := map[string]bool{}
	for _, w := range words(canonicalize(prose.Normalize(head[len(head)-1]))) {
		said[stem(lemma(w))] = true
		// A heading that names the information it is about ("How we
		// share information") names the personal information the notice
		// is about.
		if w == "information" || w == "data" {
			said[stem(lemma("personal"))] = true
		}
	}
	return slices.DeleteFunc(ws, func(w string) bool { return said[stem(lemma(w))] })
}

// safeguardNouns name the measures a notice takes to keep data safe, and
// protectVerbs what such measures do.
var safeguardNouns = map[string]bool{"measures": true, "safeguards": true, "controls": true, "precautions": true}
var protectVerbs = map[string]bool{"protect": true, "protects": true, "safeguard": true, "safeguards": true, "secure": true, "secures": true}

// genericParties are nouns that name a party by its kind alone, and so
// stand for a name or label given beside them.
var genericParties = map[string]bool{"companies": true, "company": true, "businesses": true, "business": true, "firms": true,
	"firm": true, "organizations": true, "organization": true, "organisations": true, "organisation": true, "entities": true, "entity": true}

// labels lists, for each text of s that opens with a label (up to four
// words before a colon: "Access control: only the engineers ..."), is
// only a bold label ("**Independent audit.** Each year ...") or is a
// table row whose first cell names it, the label's words, lowercased and
// without emphasis marks.
func labels(s *side) [][]string {
	var out [][]string
	for i, t := range s.texts {
		head, body, ok := strings.Cut(t, ":")
		// A lead-in that answers a question ("Who gets it? Only these
		// recipients:") is the answer, not a label: the list below, not
		// a body after its colon, is what it names.
		if ok && strings.TrimSpace(body) == "" && i < len(s.answers) && s.answers[i] {
			ok = false
		}
		if i < len(s.heads) && s.heads[i] {
			head, ok = strings.TrimSuffix(strings.TrimSpace(t), "."), true
		}
		if i < len(s.rowLabels) && s.rowLabels[i] != "" {
			head, ok = s.rowLabels[i], true
		}
		if !ok {
			continue
		}
		ws := strings.Fields(strings.ToLower(head))
		if len(ws) == 0 || len(ws) > 4 || strings.ContainsAny(head, ".;!?") {
			continue
		}
		for i, w := range ws {
			ws[i] = strings.Trim(w, "*_,")
		}
		out = append(out, ws)
	}
	return out
}

// labelWords lists the words of the labels of s.
func labelWords(s *side) map[string]bool {
	out := map[string]bool{}
	for _, ws := range labels(s) {
		for _, w := range ws {
			out[w] = true
		}
	}
	return out
}

// labelQualifiers counts the restrictive qualifiers of class w in the
// labels of s.
func labelQualifiers(s *side, w string) int {
	k := 0
	for _, ws := range labels(s) {
		for _, x := range ws {
			if restrictive[x] && restrictClass(x) == w {
				k++
			}
		}
	}
	return k
}

// hasRoot reports whether set holds a word with w's root: "audits" and
// "auditor", "encryption" and "encrypted".
func hasRoot(set map[string]bool, w string) bool {
	r := root(w)
	if len(r) < 4 {
		return false
	}
	for x := range set {
		if root(x) == r {
			return true
		}
	}
	return false
}

// labelRestated reports whether a list item's label word w names what
// set already says: a word with its root ("audits", "auditor"), a word of
// its family cut at another suffix ("portability", "portable";
// "withdrawal", "withdraw"; "merger", "merge"), or, for a party named by
// its kind ("partners"), a party named by its kind ("companies").
func labelRestated(set map[string]bool, w string) bool {
	if hasRoot(set, w) {
		return true
	}
	party := genericParties[w] || w == "partners" || w == "partner"
	for x := range set {
		if party && genericParties[x] {
			return true
		}
		k := 0
		for k < len(w) && k < len(x) && w[k] == x[k] {
			k++
		}
		if k >= 5 && k >= min(len(w), len(x))-2 {
			return true
		}
	}
	return false
}

// root strips one common English suffix.
func root(w string) string {
	// "contractually" is bound by what "contracts" says.
	for _, suf := range []string{"ually", "ions", "ion", "ors", "or", "ers", "er", "ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// dropLabels removes from ws the words of s's list-item labels whose root
// the other side has.
func dropLabels(ws []string, s *side, other map[string]bool) []string {
	labels := labelWords(s)
	if len(labels) == 0 {
		return ws
	}
	var out []string
	for _, w := range ws {
		if !(labels[w] && labelRestated(other, w)) {
			out = append(out, w)
		}
	}
	return out
}

// consentWords counts the words that ask for someone's agreement (rule
// M4): consent, approval, authorisation, permission.
func consentWords(ws []string) int {
	n := 0
	for i, w := range ws {
		// "the app asks (you) before sending" asks permission, as "asks
		// for your permission before sending" does.
		// Asking a parent or a guardian is seeking their consent ("we
		// will ask a grown-up first", "we will ask a parent", "we'll
		// check with a grown-up first"), unless it asks them to do
		// something ("you can ask a grown-up to delete it").
		if w == "check" && i+1 < len(ws) && ws[i+1] == "with" {
			w, i = "ask", i+1
		}
		if w == "ask" || w == "asks" || w == "asked" {
			for j := i + 1; j < len(ws) && j <= i+3; j++ {
				if ws[j] == "before" || ws[j] == "first" || guardians[ws[j]] && (j+1 == len(ws) || ws[j+1] != "to") {
					n++
					break
				}
				if ws[j] != "you" && ws[j] != "them" && ws[j] != "users" && ws[j] != "a" && ws[j] != "the" &&
					ws[j] != "your" && ws[j] != "their" && ws[j] != "his" && ws[j] != "her" {
					break
				}
			}
		}
		// A document "approved by the European Commission" is one a
		// public body adopted: it names the document (the clauses, the
		// code), and asks no one's consent.
		if (w == "approved" || w == "authorized" || w == "authorised") && approvedByBody(ws[i+1:]) {
			continue
		}
		switch w {
		case "consent", "consents", "consented", "consenting", "approval", "approve", "approves", "approved",
			"authorization", "authorisation", "authorize", "authorise", "authorizes", "authorises", "authorized",
			"authorised", "permission", "permissions", "opt-in", "optin", "agree", "agrees", "agreed":
			n++
		}
	}
	return n
}

// approvedByBody reports that ws, the words after a participle, open
// with "by" and a public body ("by the European Commission", "by the
// supervisory authority").
func approvedByBody(ws []string) bool {
	if len(ws) < 2 || ws[0] != "by" {
		return false
	}
	for _, w := range ws[1:min(len(ws), 5)] {
		if publicBodies[w] {
			return true
		}
		if w != "the" && w != "a" && w != "an" && w != "european" && w != "eu" && w != "uk" && w != "relevant" && w != "competent" &&
			w != "supervisory" && w != "data" && w != "protection" {
			return false
		}
	}
	return false
}

// publicBodies name the bodies that adopt or approve transfer clauses,
// codes and certifications.
var publicBodies = map[string]bool{"commission": true, "authority": true, "authorities": true, "regulator": true,
	"regulators": true, "government": true, "parliament": true, "court": true, "courts": true}

// guardians are the people who give consent for a child.
var guardians = map[string]bool{"parent": true, "parents": true, "guardian": true, "guardians": true, "grown-up": true,
	"grown-ups": true, "grownup": true, "grownups": true, "adult": true, "adults": true}

// onlyPermitted reports a side whose one modal is a "may" limited by an
// "only" soon after it ("they may use it only to deliver").
func onlyPermitted(sd *side) bool {
	if sd.possible != 1 || sd.commit > 0 || sd.can > 0 {
		return false
	}
	for i, w := range sd.words {
		if possibility[w] {
			return slices.Contains(sd.words[i+1:min(i+6, len(sd.words))], "only")
		}
	}
	return false
}

// onlyBound reports a side bound by a duty and no permission, whose
// "only" limits it ("our contracts dictate that they only use it"). The
// caller holds both sides to the same denials ("and not for ads").
func onlyBound(sd *side) bool {
	return sd.commit > 0 && sd.possible == 0 && sd.can == 0
}

// onlyLimited reports a side with no modal at all whose "only" is a
// limit it states ("their use of it is limited to providing services"):
// it sets the bound "they may use it only to provide services" allows.
func onlyLimited(sd *side) bool {
	return sd.commit == 0 && sd.possible == 0 && sd.can == 0 && slices.ContainsFunc(sd.words, isLimiting)
}

// unnamed returns the content words of ws whose stem o does not use.
func unnamed(ws []string, o *side) []string {
	var out []string
	for _, w := range ws {
		if glue[w] || stop[w] || isNumber(w) || len(w) < 3 {
			continue
		}
		if _, ok := o.loose[stem(lemma(w))]; !ok {
			out = append(out, w)
		}
	}
	return out
}

// consentOnly counts the "only"s that open a consent condition ("only if
// you consent", "only with your consent").
func consentOnly(sd *side) int {
	n := 0
	for i, w := range sd.words {
		if w != "only" || i+2 >= len(sd.words) {
			continue
		}
		switch sd.words[i+1] {
		case "if", "with", "after", "once", "when":
		default:
			continue
		}
		if consentWords(sd.words[i+2:min(i+6, len(sd.words))]) > 0 {
			n++
		}
	}
	return n
}

// informWords counts the words that only tell someone of something: the
// weaker act that may stand in for asking their consent (rule M4).
func informWords(ws []string) int {
	n := 0
	for _, w := range ws {
		switch w {
		case "notify", "notifies", "notified", "notifying", "inform", "informs", "informed", "informing", "tell",
			"tells", "told", "alert", "alerts", "alerted", "notice", "notification", "notifications":
			n++
		}
	}
	return n
}

// typosOnly reports an edit whose every change is one word for another a
// single letter away (a letter added, dropped, changed or two swapped),
// where one of the two is a misspelling: a word no vocabulary knows and
// neither revision writes anywhere else ("seperate" → "separate"). A
// number, a negation, a modal or a qualifier is never a misspelling.
func typosOnly(o, n *side, ctx *context) bool {
	hs, _, ok := wordHunks(diffTokens(o.norm), diffTokens(n.norm))
	if !ok || len(hs) == 0 {
		return false
	}
	for _, h := range hs {
		if len(h.del) != 1 || len(h.ins) != 1 {
			return false
		}
		a, b := h.del[0], h.ins[0]
		if len(a) < 5 || len(b) < 5 || stem(lemma(a)) == stem(lemma(b)) || editDistance(a, b) != 1 {
			return false
		}
		if (ctx.known(a) || ctx.uses(a) > 1) && (ctx.known(b) || ctx.uses(b) > 1) {
			return false
		}
	}
	return true
}

// editDistance counts the letters added, dropped, changed or swapped with
// their neighbour to turn a into b.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// wordFindings reads a small one-sentence edit that drops or adds content
// words with nothing equivalent in their place (M3): "share it with the
// police at your request" → "share it with the police" drops a condition,
// "serious injury" → "injury" a qualifier. Function words, words the other
// side still has, synonyms, shared roots, spelling variants ("organise",
// "organize"; "co-pay", "copay") and an abbreviation in parentheses after
// its expansion explain a word away. Dropped from a permission the words
// widen it (less protective), dropped from a protection they widen that
// (more protective); added, the reverse. A bound put on a number ("at
// least 12 months") is read the same way.
//
// The words the lead-ins of the unit u's list items say on both sides
// (leadInsSay), or the heading over a list with no lead-in says
// (dropHeadingWords), are an item's that repeats them: it adds nothing.
// self holds the names the notice gives itself beside "we" (see
// selfNames), or nil.
func wordFindings(u *unit, o, n *side, quote string, self []string) []finding {
	leadSaid := leadInsSay(u)
	// The diff runs on one spelling of each word: "pre-payment" and
	// "prepayment", "organise" and "organize" are not an edit.
	a, b := spelledTokens(o.norm), spelledTokens(n.norm)
	if len(a) > maxDiffTokens || len(b) > maxDiffTokens {
		return nil
	}
	hs, changed, ok := wordHunks(a, b)
	// The joints of a list written out as clauses ("delete it; and" →
	// "to delete it") change nothing the sentence says.
	for _, h := range hs {
		if (h.at == 0 || h.at+len(h.del) == len(a)) && listJoint(h.del) && listJoint(h.ins) {
			changed -= len(h.del) + len(h.ins)
		}
	}
	if !ok || changed == 0 || changed > maxWordEdit {
		return nil
	}
	// Only a stretch dropped or added with no content word in its place
	// counts: "amended" → "revised" puts one word in another's place.
	// A sentence reworded elsewhere too ("requires" → "need") moves its
	// words about: only a plain drop or insertion is read.
	// In place of a stretch, pronouns and articles ("people near you" →
	// "it") leave it dropped; other words ("involved" → "takes part",
	// "settings" → "page") reword the sentence, and its words may have
	// moved.
	var del, ins []string
	for _, h := range hs {
		switch {
		case frontedEveryone(h) || frontedEveryone(hunk{del: h.ins, ins: h.del, at: h.at}):
			// "For all players, we use it to" covers whom "we use it
			// to" did.
			continue
		case !allStop(h.ins) && !allStop(h.del):
			return nil
		case allStop(h.ins):
			if pronounFor(h.ins, h.del, n) {
				continue
			}
			del = append(del, h.del...)
		case allStop(h.del):
			if pronounFor(h.del, h.ins, o) {
				continue
			}
			ins = append(ins, h.ins...)
		}
	}
	removed := bareWords(del, a, o, b, n)
	added := bareWords(ins, b, n, a, o)
	// A lead-in's or a label's words name what the list says.
	added, removed = dropLeadIn(added, n), dropLeadIn(removed, o)
	added, removed = dropLabels(added, n, o.wordSet()), dropLabels(removed, o, n.wordSet())
	added, removed = slices.DeleteFunc(added, leadSaid), slices.DeleteFunc(removed, leadSaid)
	// A list item is read under its lead-in (see leadInSays).
	added, removed = slices.DeleteFunc(added, leadInSays(u.old)), slices.DeleteFunc(removed, leadInSays(u.new))
	// "Example Game's servers" are the "our servers" of the other side
	// (E7).
	added = slices.DeleteFunc(added, func(w string) bool { return ownedAsOurs(w, n, o, u.new, self) })
	removed = slices.DeleteFunc(removed, func(w string) bool { return ownedAsOurs(w, o, n, u.old, self) })
	// A list with no lead-in is read under its heading: "Service
	// providers that deliver orders" under "How we share information"
	// written out as "We share personal information with service
	// providers that deliver orders" adds nothing.
	added, removed = dropHeadingWords(added, u.old, u.new), dropHeadingWords(removed, u.new, u.old)
	added, removed = unexplained(added, removed)
	added, removed = dropLetBan(added, n, o), dropLetBan(removed, o, n)
	// "To make a request, email us" names the request the paragraph
	// already spoke of: the purpose says how to act, not when.
	added, removed = slices.DeleteFunc(added, purposeRestates(n, o)), slices.DeleteFunc(removed, purposeRestates(o, n))
	// "legal obligations that apply to us" are "our legal obligations".
	added, removed = slices.DeleteFunc(added, possessiveClause(n, o)), slices.DeleteFunc(removed, possessiveClause(o, n))
	// "how people use the site" is "how the site is used".
	added, removed = slices.DeleteFunc(added, genericAgent(n, o)), slices.DeleteFunc(removed, genericAgent(o, n))
	added, removed = slices.DeleteFunc(added, helpUs(n, o)), slices.DeleteFunc(removed, helpUs(o, n))
	// "the only people and organizations we share it with" are those
	// "we share it only with".
	added, removed = slices.DeleteFunc(added, anyoneHead(n, o)), slices.DeleteFunc(removed, anyoneHead(o, n))
	// "upload your files to the service" hands them to the service the
	// notice is about, as "upload your files" does.
	added, removed = slices.DeleteFunc(added, handedToItself(n)), slices.DeleteFunc(removed, handedToItself(o))
	// "at present" and "presently" say "currently", which sets no term.
	added, removed = slices.DeleteFunc(added, atPresent(n)), slices.DeleteFunc(removed, atPresent(o))
	// "a profile detailing your preferences" is "a profile of your
	// preferences".
	added, removed = slices.DeleteFunc(added, contentsOf(n, o)), slices.DeleteFunc(removed, contentsOf(o, n))
	// "announcements such as notices of changes" names the message that
	// "announcements such as changes" did.
	added, removed = slices.DeleteFunc(added, messageOf(n, o)), slices.DeleteFunc(removed, messageOf(o, n))
	// "a signal sent by your browser" is "a signal from your browser".
	added, removed = slices.DeleteFunc(added, sentFrom(n, o)), slices.DeleteFunc(removed, sentFrom(o, n))
	// "to keep your files safe" is the aim "we protect your files" gave.
	added, removed = slices.DeleteFunc(added, keptSafe(n, o)), slices.DeleteFunc(removed, keptSafe(o, n))
	// "if you have opted in to receive them" opts in to what "if you have
	// opted in" did: the pronoun points back to what the sentence names.
	added, removed = slices.DeleteFunc(added, receivesBack(n)), slices.DeleteFunc(removed, receivesBack(o))
	// "For the purposes listed above, we rely on ..." points to a list
	// given elsewhere: it limits the sentence to nothing it did not
	// cover.
	added, removed = slices.DeleteFunc(added, pointedWords(n, o)), slices.DeleteFunc(removed, pointedWords(o, n))
	// "To unsubscribe, use the link" tells the reader to do what "you
	// can unsubscribe with the link" says they can.
	added, removed = slices.DeleteFunc(added, imperativeMeans(n, o)), slices.DeleteFunc(removed, imperativeMeans(o, n))
	// A bound on a number: "at least", "up to", "no more than".
	ob, nb := boundClass(boundsIn(o.norm)), boundClass(boundsIn(n.norm))
	// "30 days' notice before" and "at least 30 days before" give the same
	// notice period (E6).
	if len(o.quantities) > 0 && equalStrings(o.quantities, n.quantities) && ob != nb &&
		!hasAny(o.norm+" "+n.norm, " before ", " prior ", " advance", " notice ") {
		verb, bound := "added", nb
		if ob != "" {
			verb, bound = "dropped", ob
		}
		impact := notice.ImpactLessProtective
		// "at most" caps what "12 months" left open; dropping "at least"
		// does too.
		if (bound != "at least") == (verb == "added") {
			impact = notice.ImpactMoreProtective
		}
		return []finding{{rule: "M6 number", impact: impact, cats: numberCats(n), keywords: strings.Fields(bound),
			reason: fmt.Sprintf("a bound on a number was %s ('%s'): %s", verb, bound, quote)}}
	}
	var ws []string
	verb, impact := "dropped", notice.ImpactLessProtective
	switch {
	case len(removed) > 0 && len(added) == 0:
		ws = removed
		if isProtection(o) && !isPermission(o) {
			impact = notice.ImpactMoreProtective
		}
	case len(added) > 0 && len(removed) == 0:
		ws, verb = added, "added"
		if isPermission(o) && !isProtection(o) {
			impact = notice.ImpactMoreProtective
		}
	default:
		return nil
	}
	// Quote the stretches that hold the words: "at your request".
	var said []string
	for _, h := range hs {
		st := h.del
		if verb == "added" {
			st = h.ins
		}
		for _, w := range ws {
			if slices.Contains(st, w) {
				said = append(said, strings.Join(st, " "))
				break
			}
		}
	}
	return []finding{{rule: "M3 qualifier", impact: impact, keywords: ws,
		reason: fmt.Sprintf("a qualifier or condition was %s ('%s'): %s", verb, strings.Join(said, "', '"), quote)}}
}

// receivesBack returns a test for a verb of receiving that sd puts after
// an opt-in, a sign-up or an agreement with a pronoun for its object: the
// "receive" of "if you opted in to receive them", "signed up to get it".
func receivesBack(sd *side) func(string) bool {
	return func(w string) bool {
		if w != "receive" && w != "get" || !strings.Contains(sd.norm, " to "+w+" ") {
			return false
		}
		ts := sd.tokens()
		for i := 2; i+1 < len(ts); i++ {
			if ts[i] == w && ts[i-1] == "to" && (ts[i+1] == "them" || ts[i+1] == "it" || ts[i+1] == "these" || ts[i+1] == "those") {
				switch ts[i-2] {
				case "optin", "in", "up", "agree", "agreed", "consent", "consented", "subscribe", "subscribed":
					return true
				}
			}
		}
		return false
	}
}

// listJoint reports a stretch of the words that join a list's items or
// lead into them: ";", ",", "and", "or", "to".
func listJoint(ts []string) bool {
	for _, t := range ts {
		if t != ";" && t != "," && t != "and" && t != "or" && t != "to" {
			return false
		}
	}
	return true
}

// maxWordEdit is the most tokens a one-sentence edit may change for
// wordFindings to read it word by word; a longer one is a rewrite.
const maxWordEdit = 8

// bareWords returns the content words of ts, a stretch of the tokens all,
// that other (the tokens of the other side) does not explain: not a
// function word, a word of a rule of its own (negation, modal, exception,
// timing), a number, a word other has or shares a root with, a
// spelling variant of one, nor an abbreviation in parentheses.
func bareWords(ts, all []string, sd *side, other []string, otherSide *side) []string {
	otherSet := map[string]bool{}
	keys := map[string]bool{}
	stems := map[string]bool{}
	for i, w := range other {
		otherSet[w] = true
		stems[stem(lemma(w))] = true
		keys[spellKey(w)] = true
		if i+1 < len(other) {
			keys[spellKey(w+other[i+1])] = true
		}
	}
	// A word other still has elsewhere is explained, unless it is a word
	// with an opposite ("anonymous", "encrypted", "optional") and other
	// has it fewer times, by as many as the stretch holds: "data made
	// anonymous, or a number given to an anonymous person" → "... to a
	// person" drops the second "anonymous" where the first stays.
	var out []string
	for _, t := range ts {
		if otherSet[t] && antonyms[t] != "" && len(t) >= 6 && timesIn(all, t) > timesIn(other, t) && timesIn(ts, t) == timesIn(all, t)-timesIn(other, t) {
			out = append(out, t)
			continue
		}
		if glue[t] || stop[t] || isNumber(t) || !strings.ContainsAny(t, "abcdefghijklmnopqrstuvwxyz") || isNumberWord(t) || len(t) < 2 || t == "," || t == ";" ||
			negations[t] || possibility[t] || commitment[t] || t == "can" || exceptions[t] ||
			timing[t] || otherSet[t] || stems[stem(lemma(t))] || hasRoot(otherSet, t) || keys[spellKey(t)] || slices.Contains(out, t) {
			continue
		}
		// "at most" is a bound, read below.
		if t == "most" || volition[t] || placing[t] || afterUnit(t, all) || isUnit(t) || persons[t] && (otherSet["you"] || otherSet["your"]) || joinsVariant(t, all, keys) || abbreviates(t, sd.tokens(), sd.norm) {
			continue
		}
		// "each player's progress" is the reader's progress, as
		// "progress" alone was: the possessive says only whose it is.
		if (persons[t] || t == "player" || t == "players") && hasAny(sd.norm, " "+t+"'s ", " "+t+"' ", " "+t+"’s ") {
			continue
		}
		// A synonym of a word the other side has ("obtain" and "get").
		if a, _ := unexplained([]string{t}, other); len(a) == 0 {
			continue
		}
		// A name written more fully ("Google" → "Google Play").
		if nameTail(t, sd, otherSide) {
			continue
		}
		// A consent word where both sides ask as often ("asks before" →
		// "asks your permission before") is read by rule M4.
		if consentWords([]string{t}) > 0 && consentWords(sd.words) == consentWords(otherSide.words) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// nameTail reports t as a word that writes a name more fully in sd's
// display text: a capitalised word in a run of them that opens with a
// whole name other writes ("Apple's App Store" where other says "Apple",
// "Google Play" for "Google"). The party named is the same (E7). A name
// that shares only its first words with one other writes ("Acme IQ",
// "Acme AI Companion") or adds a word before a legal form ("Acme
// Holdings Ltd") is another.
func nameTail(t string, sd, other *side) bool {
	names := map[string]bool{}
	oruns := nameRuns(other.texts)
	for _, r := range oruns {
		names[strings.Join(r, " ")] = true
	}
	for _, r := range nameRuns(sd.texts) {
		// "Zoom IQ" → "Zoom AI Companion": other names something else
		// that opens the same way, so this is another name, not a
		// fuller one.
		if slices.ContainsFunc(oruns, func(q []string) bool {
			return len(q) > 1 && q[0] == r[0] && !(len(q) <= len(r) && slices.Equal(q, r[:len(q)]))
		}) {
			continue
		}
		for k := 1; k < len(r); k++ {
			if r[k] != t {
				continue
			}
			for j := 1; j <= k; j++ {
				if names[strings.Join(r[:j], " ")] {
					return true
				}
			}
		}
	}
	return false
}

// nameRuns lists the runs of capitalised words of texts, lower-cased,
// with possessives dropped ("Apple's App Store" → apple app store); a run
// ends at punctuation.
func nameRuns(texts []string) [][]string {
	var out [][]string
	for _, text := range texts {
		var run []string
		flush := func() {
			if len(run) > 0 {
				out = append(out, run)
				run = nil
			}
		}
		for _, w := range strings.Fields(text) {
			core := strings.Trim(w, ",.;:()\"'“”‘’*_")
			bare := strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
			if bare == "" || !isUpper(bare[0]) {
				flush()
				continue
			}
			if strings.HasPrefix(w, "(") {
				flush()
			}
			run = append(run, strings.ToLower(bare))
			if strings.ContainsAny(w[len(w)-1:], ",.;:)") {
				flush()
			}
		}
		flush()
	}
	return out
}

// fullerName reports a name each of whose words other has or writes a
// name of other more fully ("acme pay" where other says "Acme").
func fullerName(name string, sd, other *side) bool {
	ow := other.wordSet()
	for _, w := range strings.Fields(name) {
		if !ow[w] && !nameTail(w, sd, other) {
			return false
		}
	}
	return true
}

// volition words say that the user wants what the sentence does: "if you
// choose to close your account" asks nothing that "to close your account"
// does not.
var volition = map[string]bool{"choose": true, "chooses": true, "wish": true, "wishes": true, "want": true,
	"wants": true, "prefer": true, "prefers": true, "decide": true, "decides": true, "like": true}

// persons are the words for the reader that "you" stands for.
var persons = map[string]bool{"user": true, "users": true, "customer": true, "customers": true, "person": true,
	"individual": true, "individuals": true, "member": true, "members": true, "visitor": true, "visitors": true}

// isUnit reports a unit of time ("fortnight"); its value is compared as
// a quantity (E6).
func isUnit(t string) bool {
	_, d := unitDays[strings.TrimSuffix(t, "s")]
	_, m := unitMonths[strings.TrimSuffix(t, "s")]
	return d || m
}

// allStop reports a stretch of pronouns, articles and prepositions, or
// none. A verb ("have" in "do not have to" for "don't need to") stands
// in for the words it replaces.
func allStop(ts []string) bool {
	for _, t := range ts {
		if !stop[t] && t != "," && t != ";" || auxiliaries[t] {
			return false
		}
	}
	return true
}

// auxiliaries are the verbs among the stop words.
var auxiliaries = map[string]bool{"is": true, "are": true, "be": true, "been": true, "being": true, "was": true,
	"were": true, "am": true, "has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"shall": true, "would": true, "should": true}

// placing words say where something is and nothing more: "is located in"
// says what "is in" does.
var placing = map[string]bool{"located": true, "situated": true, "based": true, "sited": true}

// placingBefore reports a placing word ("located", "based") that sd
// writes right before a preposition of place ("located in"): it adds
// nothing to the place that follows.
func placingBefore(sd *side) func(string) bool {
	return func(w string) bool {
		if !placing[w] {
			return false
		}
		for i, x := range sd.words {
			if x == w && i+1 < len(sd.words) {
				switch sd.words[i+1] {
				case "in", "at", "within", "inside", "outside", "on":
					return true
				}
			}
		}
		return false
	}
}

// lightVerbs take a noun that names the act ("lodge a complaint", "make
// a request").
var lightVerbs = map[string]bool{"lodge": true, "file": true, "make": true, "submit": true, "raise": true,
	"bring": true, "place": true}

// lightVerb reports a light verb w of sd ("lodge a complaint") whose noun
// other writes as a verb and not as the noun ("complain"): the two say
// the same act.
func lightVerb(sd, other *side) func(string) bool {
	return func(w string) bool {
		if !lightVerbs[w] {
			return false
		}
		for i, x := range sd.words {
			if x != w {
				continue
			}
			j := i + 1
			for j < len(sd.words) && (sd.words[j] == "a" || sd.words[j] == "an" || sd.words[j] == "the" || sd.words[j] == "your") {
				j++
			}
			if j == i+1 || j >= len(sd.words) {
				continue
			}
			noun := sd.words[j]
			if len(noun) < 5 {
				continue
			}
			// "faxing us to lodge a complaint" is "faxing us your
			// complaint": the other side sends the noun by the verb this
			// side sends it by.
			if slices.Contains(other.words, noun) {
				if sentAs(noun, other, sd) {
					return true
				}
				continue
			}
			for _, v := range other.words {
				if v != noun && len(v) >= 5 && len(v) < len(noun) && strings.HasPrefix(noun, v) {
					return true
				}
			}
		}
		return false
	}
}

// sendVerbs send a thing to someone: "fax your complaint to them".
var sendVerbs = set("send", "mail", "email", "fax", "post", "submit", "deliver", "forward")

// sentAs reports noun written in sd as the object of a verb of sending
// ("fax or mail your complaint") that other uses too ("faxing or mailing
// them to lodge a complaint").
func sentAs(noun string, sd, other *side) bool {
	for i, x := range sd.words {
		if x != noun {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			v := sd.words[k]
			if v == "a" || v == "an" || v == "the" || v == "your" || v == "or" || v == "and" || v == "their" {
				continue
			}
			st := stem(lemma(v))
			if !sendVerbs[st] && !sendVerbs[v] {
				break
			}
			if slices.ContainsFunc(other.words, func(w string) bool { return stem(lemma(w)) == st }) {
				return true
			}
		}
	}
	return false
}

// purposeRestates reports a word of an opening purpose clause of sd ("To
// make a request, email us") that other's paragraph already says, in
// that word or a synonym ("a parent can ask us to delete it").
func purposeRestates(sd, other *side) func(string) bool {
	return func(w string) bool {
		if !strings.HasPrefix(sd.norm, "to ") {
			return false
		}
		k := strings.IndexByte(sd.norm, ',')
		if k < 0 || !slices.Contains(diffTokens(sd.norm[:k]), w) {
			return false
		}
		para := diffTokens(strings.ToLower(strings.Join(other.paras, " ")))
		if slices.Contains(para, w) {
			return true
		}
		a, _ := unexplained([]string{w}, para)
		return len(a) == 0
	}
}

// purposeWord reports "purposes" after the activity it names ("for their
// marketing purposes") where other names that activity, after the same
// word, with no "purposes" after it ("for their marketing"): the word
// adds nothing to the purpose.
func purposeWord(sd, other *side) func(string) bool {
	return func(w string) bool {
		if w != "purposes" && w != "purpose" {
			return false
		}
		a, b := sd.tokens(), other.tokens()
		for i := 2; i < len(a); i++ {
			if a[i] != w || glue[a[i-1]] || stop[a[i-1]] {
				continue
			}
			for j := 1; j < len(b); j++ {
				if b[j] == a[i-1] && b[j-1] == a[i-2] && (j+1 == len(b) || b[j+1] != "purposes" && b[j+1] != "purpose") {
					return true
				}
			}
		}
		return false
	}
}

// readerModals counts the modals addressed to the reader ("you may",
// "you can", "you must") that userModalsAsSteps finds given as steps.
type readerModals struct {
	may, can, must int
	// mustSents counts the sentences whose only commitment is such a
	// "you must".
	mustSents int
}

// userModalsAsSteps counts the clauses of sd that tell the reader what
// they may, can, should or must do ("you may raise your complaint with
// the regulator", "you must include your name") where other gives the
// same verb as an instruction: at the head of a sentence ("Raise it with
// the regulator"), after "please", or after a clause put first ("If you
// write to us, include your name"). Other must not say that verb with a
// modal to the reader itself.
func userModalsAsSteps(sd, other *side) readerModals {
	var m readerModals
	if sd.commitSent == 0 && sd.possible == 0 && sd.can == 0 {
		return m
	}
	told := map[string]bool{}
	for _, c := range other.canons {
		for _, v := range readerVerbs(diffTokens(c)) {
			told[v] = true
		}
	}
	steps := map[string]bool{}
	for _, c := range other.canons {
		ts := diffTokens(c)
		at := 0
		if len(ts) > 0 && fronting[ts[0]] {
			at = slices.Index(ts, ",") + 1
			if at == 0 {
				continue
			}
		}
		if at < len(ts) && ts[at] == "please" {
			at++
		}
		if at < len(ts) && !told[ts[at]] && isVerbLike(ts[at]) {
			steps[ts[at]] = true
		}
	}
	for _, c := range sd.canons {
		ts := diffTokens(c)
		musts, others := 0, false
		for i, t := range ts {
			step := false
			if i > 0 && ts[i-1] == "you" {
				j := i + 1
				for j < len(ts) && readerAdverbs[ts[j]] {
					j++
				}
				step = j < len(ts) && steps[ts[j]]
			}
			switch {
			case step && (t == "may" || t == "might" || t == "could"):
				m.may++
			case step && t == "can":
				m.can++
			case step && t == "must":
				m.must++
				musts++
			case commitment[t] || obliges(ts, i):
				others = true
			}
		}
		// A sentence that still binds someone to something else keeps
		// its commitment.
		if musts > 0 && !others {
			m.mustSents++
		}
	}
	return m
}

// fronting words open a clause put before the main one: "If you write to
// us, include ...", "To complain, contact ...".
var fronting = map[string]bool{"if": true, "when": true, "where": true, "once": true, "after": true, "before": true, "to": true, "for": true, "unless": true}

// readerAdverbs may stand between a modal and its verb: "you should
// first contact us".
var readerAdverbs = map[string]bool{"first": true, "then": true, "also": true, "still": true, "always": true, "instead": true, "simply": true, "just": true, "directly": true}

// readerVerbs returns the verbs that ts puts after a modal addressed to
// the reader: the "raise" of "you may raise".
func readerVerbs(ts []string) []string {
	var out []string
	for i := 0; i+2 < len(ts); i++ {
		if ts[i] != "you" {
			continue
		}
		switch ts[i+1] {
		case "may", "might", "could", "can", "must", "should":
		default:
			continue
		}
		j := i + 2
		for j < len(ts) && readerAdverbs[ts[j]] {
			j++
		}
		if j < len(ts) {
			out = append(out, ts[j])
		}
	}
	return out
}

// isVerbLike reports a word that may be a verb put first as an
// instruction: no function word, modal, negation or number.
func isVerbLike(w string) bool {
	return !stop[w] && !possibility[w] && !commitment[w] && !negations[w] && w != "can" && !isNumber(w) && !isNumberWord(w) &&
		!strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

// imperativeMeans reports the "use" of an instruction put after the
// purpose it serves ("To unsubscribe from marketing email, use the link
// in each message") where other gives the same thing as the means by
// which the reader can act ("you can unsubscribe from marketing email
// with the link in each message"): "use" names the means "with" did.
func imperativeMeans(sd, other *side) func(string) bool {
	return func(w string) bool {
		if w != "use" {
			return false
		}
		for _, c := range sd.canons {
			if !strings.HasPrefix(c, "to ") {
				continue
			}
			_, rest, ok := strings.Cut(c, ", use ")
			if !ok {
				continue
			}
			obj := strings.Fields(rest)
			obj = obj[:min(3, len(obj))]
			if len(obj) == 0 {
				continue
			}
			what := strings.Join(obj, " ")
			for _, by := range []string{"with ", "using ", "via ", "through "} {
				if strings.Contains(other.norm, by+what) {
					return true
				}
			}
		}
		return false
	}
}

// possessiveClause reports "apply" in "obligations that apply to us"
// where other writes "our obligations": the clause says whose they are
// and no more. So does the verb of "the messages we send" (or "that we
// send") where other writes "our messages" and never uses the verb.
func possessiveClause(sd, other *side) func(string) bool {
	return func(w string) bool {
		if ourObject(w, sd, other) {
			return true
		}
		if w != "apply" && w != "applies" {
			return false
		}
		for _, who := range [][2]string{{"us", "our"}, {"you", "your"}} {
			if !hasAny(sd.norm, " that "+w+" to "+who[0], " which "+w+" to "+who[0]) {
				continue
			}
			if strings.Count(" "+other.norm+" ", " "+who[1]+" ") > strings.Count(" "+sd.norm+" ", " "+who[1]+" ") {
				return true
			}
		}
		return false
	}
}

// nounAsGerund reports w, a noun made from a verb ("disclosure",
// "collection"), where the word diff of sd against other replaces it with
// that verb's -ing form ("disclosing"): the same act, named the other way
// (E7). The stretch that replaces it must hold the gerund, so a noun
// dropped in one place while the verb is used in another still counts.
func nounAsGerund(sd, other *side) func(string) bool {
	return func(w string) bool {
		if gerund(w) || len(w) < 6 {
			return false
		}
		sw := stem(lemma(w))
		hs, _, ok := sd.hunksTo(other)
		if !ok {
			return false
		}
		for _, h := range hs {
			if !slices.Contains(h.del, w) {
				continue
			}
			for _, v := range h.ins {
				if !gerund(v) {
					continue
				}
				if sv := stem(lemma(v)); len(sv) >= 5 && sv != sw && strings.HasPrefix(sw, sv) {
					return true
				}
			}
		}
		return false
	}
}

// ourObject reports w as the verb of a relative clause "N (that) we w"
// on sd, where other calls N "our N" ("the marketing messages we send"
// → "our marketing messages") and does not use w.
func ourObject(w string, sd, other *side) bool {
	ts, ot := sd.tokens(), other.tokens()
	if slices.ContainsFunc(ot, func(t string) bool { return sameWord(t, w) }) {
		return false
	}
	for i := 2; i < len(ts); i++ {
		if ts[i] != w || ts[i-1] != "we" {
			continue
		}
		j := i - 2
		if (ts[j] == "that" || ts[j] == "which") && j > 0 {
			j--
		}
		if stop[ts[j]] || glue[ts[j]] {
			continue
		}
		// "the information we collect" is the information the notice
		// speaks of, which other calls "information".
		if (w == "collect" || w == "hold" || w == "process") && (ts[j] == "information" || ts[j] == "data" || ts[j] == "details") && slices.Contains(ot, ts[j]) {
			return true
		}
		// "our" one to three words before the same noun.
		for k, t := range ot {
			if t == ts[j] && slices.Contains(ot[max(0, k-3):k], "our") {
				return true
			}
		}
	}
	return false
}

// genericAgents are the agents that name no one in particular: an active
// clause with one of them says what a passive without its agent says.
var genericAgents = map[string]bool{"people": true, "users": true, "visitors": true, "someone": true}

// genericAgent reports a word of sd that only makes active what other
// says in a passive without its agent: "people" of "how people use the
// site" when other says "how the site is used", or the verb after it.
func genericAgent(sd, other *side) func(string) bool {
	return func(w string) bool {
		ts, os := sd.tokens(), other.tokens()
		for i := 0; i+1 < len(ts); i++ {
			if !genericAgents[ts[i]] || !sameWord(w, ts[i]) && !sameWord(w, ts[i+1]) {
				continue
			}
			if slices.Contains(os, ts[i]) {
				continue
			}
			if passiveOf(os, stem(lemma(ts[i+1]))) {
				return true
			}
		}
		return false
	}
}

// atPresent reports "present" in sd's "at present", or "presently", and
// "time" or "moment" in "at this time", "at the present time" or "at the
// moment": words for "currently", which reword a statement of how things
// are now and set no term of their own.
func atPresent(sd *side) func(string) bool {
	return func(w string) bool {
		in := func(ps ...string) int {
			k := 0
			for _, p := range ps {
				k += strings.Count(" "+sd.norm+" ", " "+p+" ")
			}
			return k
		}
		switch w {
		case "presently":
			return true
		case "present":
			return timesIn(sd.tokens(), "present") == in("at present", "at the present time")
		case "time":
			return timesIn(sd.tokens(), "time") == in("at this time", "at the present time")
		case "moment":
			return timesIn(sd.tokens(), "moment") == in("at the moment")
		}
		return false
	}
}

// contentsOf reports a verb of sd that only says what a thing holds
// ("a profile detailing your preferences", "a report listing your
// orders") where other joins the same two words with "of" ("a profile of
// your preferences"): the same thing, with the same contents (E7).
func contentsOf(sd, other *side) func(string) bool {
	return func(w string) bool {
		switch w {
		case "detailing", "describing", "listing", "showing", "containing", "recording", "setting":
		default:
			return false
		}
		ts, os := sd.tokens(), other.tokens()
		for i, t := range ts {
			if t != w || i == 0 || i+1 >= len(ts) {
				continue
			}
			next := ts[i+1]
			if w == "setting" && next == "out" && i+2 < len(ts) {
				next = ts[i+2]
			}
			for j := 1; j+1 < len(os); j++ {
				if os[j] == "of" && os[j-1] == ts[i-1] && os[j+1] == next {
					return true
				}
			}
		}
		return false
	}
}

// anyoneNouns name whoever a clause goes on to describe, no one in
// particular.
var anyoneNouns = set("people", "persons", "organizations", "organisations", "parties", "entities", "others")

// anyoneHead reports a word of sd that only heads the relative clause
// that says who they are: "the only people and organizations we share it
// with" names whoever "we share it only with" does. Such a noun joined
// to a list as one more item ("with advisers and other organizations")
// names recipients, and stays.
func anyoneHead(sd, other *side) func(string) bool {
	return func(w string) bool {
		if !anyoneNouns[w] || slices.Contains(other.tokens(), w) {
			return false
		}
		ts := sd.tokens()
		for i, t := range ts {
			if t != w {
				continue
			}
			j := i + 1
			// "people and organizations we ...": the pair heads it.
			if j+1 < len(ts) && ts[j] == "and" && anyoneNouns[ts[j+1]] {
				j += 2
			}
			if j < len(ts) && (ts[j] == "we" || ts[j] == "whom") && i > 0 && (ts[i-1] == "the" || ts[i-1] == "only" ||
				i > 1 && ts[i-2] == "only" && anyoneNouns[ts[i-1]]) {
				return true
			}
			// The second of the pair: "people and organizations we".
			if i >= 2 && ts[i-1] == "and" && anyoneNouns[ts[i-2]] && j < len(ts) && (ts[j] == "we" || ts[j] == "whom") {
				return true
			}
		}
		return false
	}
}

// helpUs reports a word of sd that only recasts "we use X to do Y" as "X
// helps us do Y": "help" and "us" where other says "we use ... to", or
// "we" and "use" where other says "helps us".
func helpUs(sd, other *side) func(string) bool {
	uses := func(x *side) bool { return reWeUseTo().MatchString(x.norm) }
	helps := func(x *side) bool { return hasAny(" "+x.norm+" ", " help us ", " helps us ") }
	return func(w string) bool {
		switch w {
		case "help", "helps", "us":
			return helps(sd) && uses(other) && !helps(other)
		case "we", "use":
			return uses(sd) && helps(other) && !uses(other)
		}
		return false
	}
}

var reWeUseTo = lazyRegexp(`\bwe (?:also )?use [a-z ,]{1,60}? to [a-z]`)

// messageNouns name a message sent to someone.
var messageNouns = set("notice", "notices", "notification", "notifications", "message", "messages", "alert", "alerts",
	"announcement", "announcements", "email", "emails", "reminder", "reminders")

// messageOf reports a message noun of sd put before "of" or "about" ("notices
// of changes") in a sentence that sends messages: both sides already name
// another message noun ("service announcements, such as ..."), so the
// noun only names as a message what the other side lists as one.
func messageOf(sd, other *side) func(string) bool {
	return func(w string) bool {
		if !messageNouns[w] || !hasAny(sd.norm, w+" of ", w+" about ") {
			return false
		}
		has := func(x *side) bool {
			return slices.ContainsFunc(x.words, func(v string) bool { return messageNouns[v] && v != w })
		}
		return has(sd) && has(other)
	}
}

// sentFrom reports a participle of sd that only says where a thing comes
// from: "sent" of "a signal sent by your browser" where other says "a
// signal from your browser", the two words after it the same.
func sentFrom(sd, other *side) func(string) bool {
	return func(w string) bool {
		switch w {
		case "sent", "transmitted", "coming":
		default:
			return false
		}
		ts, on := sd.tokens(), " "+other.norm+" "
		for i := 0; i+3 < len(ts); i++ {
			if ts[i] != w || ts[i+1] != "by" && ts[i+1] != "from" {
				continue
			}
			if strings.Contains(on, " from "+ts[i+2]+" "+ts[i+3]+" ") && !strings.Contains(on, " "+w+" ") {
				return true
			}
		}
		return false
	}
}

// contactVerb reports a form of a verb of getting in touch ("contact",
// "emailing"), which an address after it ("us at privacy@example.com")
// makes one route.
func contactVerb(w string) bool {
	st := stem(lemma(w))
	for _, v := range []string{"contact", "email", "reach", "message", "write"} {
		if st == stem(lemma(v)) {
			return true
		}
	}
	return false
}

// mailedAt reports a verb of getting in touch ("contacting") in "contact
// us at X" where other writes "email us at X" with the same address: the
// address says how, whichever verb leads to it (E7). With anyForm, "email
// X" and "write to X" count too, and so does an address other gives as
// where to send something ("send any other request to X").
func mailedAt(sd, other *side, anyForm bool) func(string) bool {
	usAt := func(ts []string, i int) bool {
		return anyForm || i+2 < len(ts) && ts[i+1] == "us" && ts[i+2] == "at"
	}
	return func(w string) bool {
		if !contactVerb(w) {
			return false
		}
		ts, ot := sd.tokens(), other.tokens()
		for i, t := range ts {
			addr := ""
			if t == w && usAt(ts, i) {
				addr = mailRoute(ts, i)
			}
			if addr == "" {
				continue
			}
			for k := range ot {
				if usAt(ot, k) && mailRoute(ot, k) == addr || anyForm && k > 0 && ot[k] == addr && (ot[k-1] == "to" || ot[k-1] == "at") {
					return true
				}
			}
		}
		return false
	}
}

// mailRoute returns the e-mail address that a verb of getting in touch
// at ts[i] leads to ("email privacy@example.com", "write to us at
// privacy@example.com"), or "".
func mailRoute(ts []string, i int) string {
	if !contactVerb(ts[i]) {
		return ""
	}
	for j := i + 1; j < len(ts) && j <= i+4; j++ {
		switch {
		case strings.Contains(ts[j], "@"):
			return ts[j]
		case ts[j] != "to" && ts[j] != "us" && ts[j] != "at":
			return ""
		}
	}
	return ""
}

// mailSwap reports a hunk that only puts one verb of getting in touch in
// another's place before the same address ("email X" → "write to X").
func mailSwap(a []string, h hunk) bool {
	if len(h.del) == 0 || len(h.ins) == 0 || h.at+len(h.del) >= len(a) {
		return false
	}
	del := append(append([]string{}, h.del...), a[h.at+len(h.del):]...)
	ins := append(append([]string{}, h.ins...), a[h.at+len(h.del):]...)
	addr := mailRoute(del, 0)
	return addr != "" && mailRoute(ins, 0) == addr
}

// residence reports a clause that only says where the reader lives: "where
// you live", "in which you reside".
func residence(clause []string) bool {
	c := " " + strings.Trim(strings.Join(clause, " "), " ,.;") + " "
	return hasAny(c, " where you live ", " where you reside ", " in which you live ", " in which you reside ") &&
		len(strings.Fields(c)) <= 4
}

// local reports a side that speaks of the reader's local place: "your
// local court", "the court local to you".
func local(sd *side) bool {
	t := " " + sd.norm + " "
	return hasAny(t, " your local ", " local to you ")
}

// sameWord reports two forms of one word.
func sameWord(a, b string) bool {
	return a == b || spellKey(a) == spellKey(b) || stem(lemma(a)) == stem(lemma(b))
}

// passiveOf reports a passive without its agent whose participle has the
// stem st ("is used", "are not shown").
func passiveOf(ts []string, st string) bool {
	return agentlessPassive(ts, func(t string) bool {
		return (strings.HasSuffix(t, "ed") || irregular[t] != "" && irregular[t] != t) && stem(lemma(t)) == st
	})
}

// frequencyPhrase reports a stretch that only says how often ("from time
// to time,"): an adverbial put first, not a list item. Rule M3 reads a
// frequency dropped or added.
func frequencyPhrase(ts []string) bool {
	switch strings.Trim(strings.Join(ts, " "), " ,;") {
	case "from time to time", "at times", "now and then", "occasionally", "periodically":
		return true
	}
	return false
}

// frontedAim reports a stretch put before the whole sentence that says
// what it is for ("To keep your data safe, we encrypt ..."): a clause
// whose comma closes it, not a list item. The rules that read purposes
// judge what it says.
func frontedAim(h hunk) bool {
	ts := h.ins
	if h.at != 0 || len(h.del) > 0 || len(ts) < 3 || ts[len(ts)-1] != "," {
		return false
	}
	if ts[0] != "to" && !(len(ts) > 3 && ts[0] == "in" && ts[1] == "order" && ts[2] == "to") {
		return false
	}
	return !slices.ContainsFunc(ts[:len(ts)-1], func(t string) bool { return t == "," || t == ";" })
}

// purposeOpeners open a purpose clause; each says what "to" does.
var purposeOpeners = [][]string{{"to"}, {"in", "order", "to"}, {"so", "as", "to"},
	{"so", "that", "we", "can"}, {"so", "that", "they", "can"}, {"so", "that", "it", "can"}, {"so", "that", "you", "can"},
	{"so", "we", "can"}, {"so", "they", "can"}, {"so", "it", "can"}, {"so", "you", "can"}}

// purposeOpenerEnd returns the length of the purpose opener ts ends with,
// or 0.
func purposeOpenerEnd(ts []string) int {
	best := 0
	for _, p := range purposeOpeners {
		if len(p) > best && len(ts) >= len(p) && slices.Equal(ts[len(ts)-len(p):], p) {
			best = len(p)
		}
	}
	return best
}

// purposeOpenersTrimmed returns hs with a purpose opener swapped for
// another at the end of a stretch taken off both sides of it, when one
// side held nothing else: "to" → "and sleep data so that they can"
// leaves "and sleep data" put in. It also returns the number of words
// taken off. The hunks are copied, not changed.
func purposeOpenersTrimmed(hs []hunk) ([]hunk, int) {
	var out []hunk
	n := 0
	for i, h := range hs {
		d, k := purposeOpenerEnd(h.del), purposeOpenerEnd(h.ins)
		if d == 0 || k == 0 || (d != len(h.del)) == (k != len(h.ins)) {
			continue
		}
		if out == nil {
			out = slices.Clone(hs)
		}
		out[i] = hunk{del: h.del[:len(h.del)-d], ins: h.ins[:len(h.ins)-k], at: h.at}
		n += d + k
	}
	if out == nil {
		return hs, 0
	}
	return out, n
}

// frontedEveryone reports a phrase put before a sentence that says it
// applies to all of the people the notice is about ("For all players,
// we use information to:", "For every member, ..."): a statement that
// names no group of people already applies to them all. It adds no item.
func frontedEveryone(h hunk) bool {
	ts := h.ins
	if h.at != 0 || len(h.del) > 0 || len(ts) < 3 || len(ts) > 5 || ts[0] != "for" || ts[len(ts)-1] != "," {
		return false
	}
	ws := ts[1 : len(ts)-1]
	switch {
	case len(ws) == 1:
		return ws[0] == "everyone" || ws[0] == "everybody"
	case ws[0] == "all" || ws[0] == "every" || ws[0] == "each":
		ws = ws[1:]
		if len(ws) == 3 && ws[0] == "of" && ws[1] == "our" || len(ws) == 2 && (ws[0] == "our" || ws[0] == "the") {
			ws = ws[len(ws)-1:]
		}
		return len(ws) == 1 && dataSubjects[ws[0]] && ws[0] != "this" && ws[0] != "age" && ws[0] != "you"
	}
	return false
}

// reFrontedPointer is a phrase put before a sentence that points to
// what the notice lists elsewhere: "for the purposes listed above", "as
// described in section 4", "for each of the uses set out below".
var reFrontedPointer = lazyRegexp(`^(?:for|of|as to|in respect of) (?:the|these|those|each of the|all of the|all the) [a-z-]+(?: [a-z-]+)? (?:listed|described|set out|explained|named|mentioned|given) (?:above|below|earlier|in (?:this )?(?:section|paragraph|part)(?: \d+(?:\.\d+)*)?)$|^as (?:listed|described|set out|explained|mentioned) (?:above|below|earlier|in (?:this )?(?:section|paragraph|part)(?: \d+(?:\.\d+)*)?)$`)

// frontedPointer reports a stretch put before a sentence that only
// points to a list the notice gives elsewhere ("For the purposes listed
// above, we rely on ..."): it adds no item of its own; the sentence's
// list still says what it covers.
func frontedPointer(h hunk) bool {
	ts := h.ins
	if h.at != 0 || len(h.del) > 0 || len(ts) < 4 || ts[len(ts)-1] != "," {
		return false
	}
	return reFrontedPointer().MatchString(strings.Join(ts[:len(ts)-1], " "))
}

// pointedWords reports the words of sd that stand only in a phrase put
// before a sentence to point to a list given elsewhere (see
// reFrontedPointer), where other already points to it ("items 1-3
// above"): the phrase then limits the sentence to nothing new. Put
// before a sentence that pointed nowhere, it may limit what it covers.
func pointedWords(sd, other *side) func(string) bool {
	ptr, rest := map[string]bool{}, map[string]bool{}
	if !pointsElsewhere(other) {
		return func(string) bool { return false }
	}
	for _, c := range sd.canons {
		if i := strings.Index(c, ", "); i > 0 && reFrontedPointer().MatchString(c[:i]) {
			for _, w := range words(c[:i]) {
				ptr[w] = true
			}
			c = c[i:]
		}
		for _, w := range words(c) {
			rest[w] = true
		}
	}
	return func(w string) bool { return ptr[w] && !rest[w] }
}

// itemLabelWords reports the words of ss that stand only in the first
// cells of table rows opening with a reference to list items ("items
// 1-3: your account, payments, support") that other refers to as well,
// each of them a word of the other revision (doc): the label restates
// what the items say. A word the other revision lacks ("items 1-3:
// payments, and selling your details") says more.
func itemLabelWords(ss []*sentence, other *side, doc []*sentence) func(string) bool {
	refs := itemRefs(other.norm)
	label, rest := map[string]bool{}, map[string]bool{}
	var have map[string]bool
	for _, x := range ss {
		c := x.canon
		if x.row && x.firstCell != "" {
			if m := reItemRef().FindStringIndex(x.firstCell); m != nil && m[0] == 0 && slices.Contains(refs, itemsRef(x.firstCell[:m[1]], nil)) {
				if have == nil {
					have = map[string]bool{}
					for _, y := range doc {
						y.prepare()
						for st := range y.content {
							have[st] = true
						}
					}
				}
				ws := words(x.firstCell[m[1]:])
				if !slices.ContainsFunc(ws, func(w string) bool { return !glue[w] && !stop[w] && !isNumber(w) && !have[stem(lemma(w))] }) {
					for _, w := range ws {
						label[w] = true
					}
					c = strings.TrimPrefix(c, canonicalize(x.firstCell))
				}
			}
		}
		for _, w := range words(c) {
			rest[w] = true
		}
	}
	return func(w string) bool { return label[w] && !rest[w] }
}

// degreeMoved reports a stretch that only says how much ("more
// closely") where the other side said it with a comparative the edit
// dropped ("to better analyze" → "to analyze more closely"): a degree
// reworded, no item.
func degreeMoved(ts []string, o, n *side) bool {
	var ws []string
	for _, t := range ts {
		if t != "," && t != ";" {
			ws = append(ws, t)
		}
	}
	if len(ws) != 2 || ws[0] != "more" || !strings.HasSuffix(ws[1], "ly") || restrictive[ws[1]] || timing[ws[1]] {
		return false
	}
	if _, ok := practiceCat(ws[1]); ok {
		return false
	}
	comparatives := func(sd *side) int {
		k := 0
		for _, w := range sd.words {
			if w == "better" || w == "more" || w == "further" || w == "closer" {
				k++
			}
		}
		return k
	}
	return comparatives(o) >= comparatives(n)
}

// pointsElsewhere reports a side that refers to what another part of
// the notice lists: "(items 1-3 above)", "as set out in section 4".
func pointsElsewhere(sd *side) bool {
	return hasAny(sd.norm, " above", " below", "item ", "items ", "section ", "paragraph ")
}

// afterUnit reports whether t follows a unit of time ("a six-year
// period"): it names the duration the number gives.
func afterUnit(t string, all []string) bool {
	for i := 1; i < len(all); i++ {
		if all[i] == t {
			if _, ok := unitDays[strings.TrimSuffix(all[i-1], "s")]; ok {
				return true
			}
			if _, ok := unitMonths[strings.TrimSuffix(all[i-1], "s")]; ok {
				return true
			}
		}
	}
	return false
}

// spelledTokens returns the diff tokens of norm with hyphens dropped and
// each content word in one spelling (spellKey).
func spelledTokens(norm string) []string {
	// Only a hyphen between letters joins a word: "35-day" stays two.
	b := []byte(norm)
	out := b[:0]
	for i, c := range b {
		if c == '-' && i > 0 && i+1 < len(b) && isLetter(b[i-1]) && isLetter(b[i+1]) {
			continue
		}
		out = append(out, c)
	}
	ts := diffTokens(string(out))
	for i, t := range ts {
		if !stop[t] && !glue[t] {
			ts[i] = spellKey(t)
		}
	}
	return ts
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// joinsVariant reports whether t, joined to a neighbour in all, spells a
// word the other side has ("co" "payment" and "copayment").
func joinsVariant(t string, all []string, keys map[string]bool) bool {
	for i, w := range all {
		if w != t {
			continue
		}
		if i > 0 && keys[spellKey(all[i-1]+w)] || i+1 < len(all) && keys[spellKey(w+all[i+1])] {
			return true
		}
	}
	return false
}

// abbreviates reports whether t stands in parentheses after the words it
// abbreviates or glosses: "two-factor authentication (2fa)".
func abbreviates(t string, all []string, norm string) bool {
	if !strings.Contains(norm, "("+t+")") {
		return false
	}
	// One word in parentheses names what the words before it say: "third
	// parties (processors)".
	if !strings.ContainsAny(t, "0123456789") {
		return true
	}
	return initialsBefore(t, all)
}

// initialsBefore reports whether the letters of t open the words just
// before its first place in all: "dnt" after "do not track".
func initialsBefore(t string, all []string) bool {
	var letters []byte
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'a' && c <= 'z' {
			letters = append(letters, c)
		}
	}
	i := slices.Index(all, t)
	if len(letters) < 2 || i < len(letters) {
		return false
	}
	for j, c := range letters {
		if w := all[i-len(letters)+j]; w == "" || w[0] != c {
			return false
		}
	}
	return true
}

// acronymOf returns a test for a word that sd sets in brackets right after
// the words whose initials it is: "gpc" in "global privacy control (gpc)".
func acronymOf(sd *side) func(string) bool {
	return func(w string) bool {
		return len(w) >= 2 && len(w) <= 6 && strings.Contains(sd.norm, "("+w+")") && initialsBefore(w, sd.tokens())
	}
}

// dropVariants removes from ws the words that are spelling variants of
// a word of other.
func dropVariants(ws, other []string) []string {
	keys := map[string]bool{}
	for _, w := range other {
		keys[spellKey(w)] = true
	}
	// The parts of a hyphenated variant go with it: "co-payment" is
	// counted as "co" and "payment" too.
	parts := map[string]bool{}
	for _, w := range ws {
		if strings.IndexByte(w, '-') > 0 && keys[spellKey(w)] {
			for _, p := range strings.Split(w, "-") {
				parts[p] = true
			}
		}
	}
	var out []string
	for _, w := range ws {
		if !keys[spellKey(w)] && !parts[w] {
			out = append(out, w)
		}
	}
	return out
}

// spellKey folds British and American spellings and hyphenation to one
// form: "organise" and "organize", "organising" and "organizing",
// "colour" and "color", "centre" and "center", "programme" and "program",
// "licence" and "license".
func spellKey(w string) string {
	w = strings.ReplaceAll(w, "-", "")
	for _, r := range [][2]string{{"isation", "ization"}, {"ise", "ize"}, {"ising", "izing"}, {"yse", "yze"}, {"ysing", "yzing"}, {"our", "or"},
		{"ogramme", "ogram"}, {"tre", "ter"}, {"ence", "ense"}, {"lled", "led"}, {"lling", "ling"}} {
		w = strings.ReplaceAll(w, r[0], r[1])
	}
	return w
}

// boundClass names the bounds that say the same once: "up to" and "no
// more than" are "at most".
func boundClass(b string) string {
	switch b {
	case "no less than", "not less than", "a minimum of":
		return "at least"
	case "up to", "no more than", "not more than", "a maximum of", "within":
		return "at most"
	}
	return b
}

// boundsIn returns the first bound put on a number in norm ("at least",
// "at most", "up to", "no more than", "no less than"), or "".
func boundsIn(norm string) string {
	for _, b := range []string{"at least", "at most", "up to", "no more than", "no less than", "not more than", "not less than", "a minimum of", "a maximum of", "within"} {
		if strings.Contains(" "+norm+" ", " "+b+" ") {
			return b
		}
	}
	return ""
}

// sameButAddress reports two texts that both name a street address and
// differ only in their streets, units, postcodes, phone numbers and the
// mailboxes of their e-mail addresses (rule E5): the same company moved,
// and its privacy office has a new mailbox at the same domain.
func sameButAddress(o, n string) bool {
	if !strings.ContainsAny(o, "0123456789") || !strings.ContainsAny(n, "0123456789") ||
		!reStreet().MatchString(o) || !reStreet().MatchString(n) {
		return false
	}
	mask := func(t string) string {
		t = reEmail().ReplaceAllStringFunc(t, func(m string) string {
			_, domain, _ := strings.Cut(m, "@")
			return "§@" + domain
		})
		t = reAddressUnit().ReplaceAllString(t, "")
		t = reStreet().ReplaceAllString(t, "§")
		t = reUKPostcode().ReplaceAllString(t, "§")
		t = rePostcode().ReplaceAllString(t, "§")
		t = rePhone().ReplaceAllString(t, "§")
		return strings.Join(strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == ',' || r == '§' }), " ")
	}
	return mask(o) == mask(n)
}

// readdressed returns u with the new sentence of each pair that differs
// from its old one only in the street address (sameButAddress) put back
// as the old one was, when u has another pair to judge, and with the old
// street put back in a sentence reworded around a new one
// (streetsPutBack); false when it has none of them. As in
// sameButAddress, the unit's e-mail addresses must keep their domains: a
// mailbox at another domain may be another company's.
func readdressed(u *unit) (*unit, bool) {
	if len(u.pairs) == 0 {
		return nil, false
	}
	domains := func(ss []*sentence) []string {
		var out []string
		for _, x := range ss {
			if strings.IndexByte(x.canon, '@') < 0 {
				continue
			}
			for _, m := range reEmail().FindAllString(x.canon, -1) {
				_, d, _ := strings.Cut(m, "@")
				out = append(out, d)
			}
		}
		sort.Strings(out)
		return slices.Compact(out)
	}
	if !slices.Equal(domains(u.old), domains(u.new)) {
		return nil, false
	}
	copies := map[*sentence]*sentence{}
	whole := 0
	for _, p := range u.pairs {
		if p[0].canon == p[1].canon {
			continue
		}
		text, norm := p[0].text, p[0].norm
		if sameButAddress(p[0].canon, p[1].canon) {
			whole++
		} else if text, norm = streetsPutBack(p[0], p[1]); text == "" {
			continue
		}
		c := *p[1]
		c.text, c.norm = text, norm
		c.canon, c.key, c.words, c.content, c.feats = "", "", nil, nil, nil
		c.prepare()
		copies[p[1]] = &c
	}
	// A unit of address changes alone is E5 already (judgeModified).
	if len(copies) == 0 || whole == len(u.pairs) {
		return nil, false
	}
	r := &unit{old: u.old}
	for _, x := range u.new {
		if c, ok := copies[x]; ok {
			x = c
		}
		r.new = append(r.new, x)
	}
	for _, p := range u.pairs {
		if c, ok := copies[p[1]]; ok {
			p[1] = c
		}
		r.pairs = append(r.pairs, p)
	}
	return r, true
}

// labelBecameHeading returns u with the label dropped from each sentence
// of one side that opens with one ("Refunds: we refund ...", at most
// four words before the colon) when the other side sets that label as
// the heading of a subsection one level below the sentence's own
// section, and sets the rest of the sentence there. It reports false
// when no label moved so.
func labelBecameHeading(u *unit) (*unit, bool) {
	for _, flip := range []bool{false, true} {
		list, other := u.old, u.new
		if flip {
			list, other = u.new, u.old
		}
		copies := map[*sentence]*sentence{}
		for _, x := range list {
			head, rest, ok := strings.Cut(x.text, ":")
			rest = strings.TrimSpace(rest)
			if !ok || rest == "" || strings.ContainsAny(head, ".;!?") || len(strings.Fields(head)) > 4 {
				continue
			}
			label := strings.ToLower(strings.Trim(strings.TrimSpace(head), "*_"))
			moved := false
			for _, y := range other {
				if len(y.section) == len(x.section)+1 && slices.Equal(y.section[:len(x.section)], x.section) &&
					(strings.ToLower(strings.Trim(strings.TrimSpace(y.section[len(x.section)]), "*_:")) == label ||
						askedOf(y.section[len(x.section)], label, y)) {
					moved = true
					break
				}
			}
			if !moved {
				continue
			}
			rest = strings.TrimLeft(rest, "*_ ")
			norm := prose.Normalize(rest)
			if rest == "" || norm == "" {
				continue
			}
			c := *x
			c.text, c.norm = strings.ToUpper(rest[:1])+rest[1:], strings.ToUpper(norm[:1])+norm[1:]
			c.canon, c.key, c.words, c.content, c.lite, c.feats = "", keyOf(c.norm), nil, nil, nil, nil
			c.prepare()
			copies[x] = &c
		}
		if len(copies) == 0 {
			continue
		}
		r := &unit{}
		var out []*sentence
		for _, x := range list {
			if c, ok := copies[x]; ok {
				x = c
			}
			out = append(out, x)
		}
		r.old, r.new = out, other
		if flip {
			r.old, r.new = other, out
		}
		for _, p := range u.pairs {
			r.pairs = append(r.pairs, copiedPair(p, copies))
		}
		return r, true
	}
	return nil, false
}

// streetsPutBack returns the text and normalised text of n with its
// postal address, from the first street, unit or postcode to the last,
// replaced by old's, when the two addresses differ only in those and
// the words between them (the city) are the same; "" when not. A
// sentence reworded around the same company's new street address ("Acme,
// 1 Elm Street, Leeds LS1 4AB, is the controller" → "The controller is
// Acme, 9 Oak Road, Unit 3, Leeds LS2 7QT") is then judged on its wording
// alone: the address is E5, the rest E7 or not. Another city or country
// is another place.
func streetsPutBack(old, n *sentence) (string, string) {
	// Every street address holds a digit; most sentences hold none.
	if !strings.ContainsAny(old.norm, "0123456789") || !strings.ContainsAny(n.norm, "0123456789") {
		return "", ""
	}
	res := []*regexp.Regexp{reStreetAnyCase(), reAddressPostcode()}
	// span returns where t's address starts and ends, and its city.
	span := func(t string) (int, int, string) {
		lo, hi := -1, -1
		for _, re := range res {
			for _, m := range re.FindAllStringIndex(t, -1) {
				if lo < 0 || m[0] < lo {
					lo = m[0]
				}
				hi = max(hi, m[1])
			}
		}
		if lo < 0 || !reStreetAnyCase().MatchString(t) || strings.ContainsAny(t[lo:hi], ".;:()") {
			return -1, -1, ""
		}
		rest := t[lo:hi]
		for _, re := range res {
			rest = re.ReplaceAllString(rest, " ")
		}
		return lo, hi, strings.ToLower(strings.Join(strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == ',' }), " "))
	}
	put := func(o, t string) string {
		ol, oh, oc := span(o)
		nl, nh, nc := span(t)
		if ol < 0 || nl < 0 || oc != nc || strings.EqualFold(o[ol:oh], t[nl:nh]) {
			return ""
		}
		return t[:nl] + o[ol:oh] + t[nh:]
	}
	text, norm := put(old.text, n.text), put(old.norm, n.norm)
	if text == "" || norm == "" {
		return "", ""
	}
	return text, norm
}

// futureForPresent reports two sides whose commitments differ only by
// sentences that say "we will ..." on one side and "we ..." in the present
// on the other (rule M2), or, whoever acts, "will" on one side and no
// modal at all on the other: "unused points will be forfeited" states
// what "you lose unused points" states.
func futureForPresent(o, n *side) bool {
	explains := func(more, less *side) bool {
		d := more.commitSent - less.commitSent
		return d > 0 && (more.weWill >= d && less.weDo >= d || more.willOnly >= d && less.plain >= d)
	}
	return explains(n, o) || explains(o, n)
}

// staffNouns name our own people, on whom a duty is a rule we keep.
var staffNouns = set("staff", "employee", "employees", "personnel", "workers")

// measureVerbs take a safeguard as their object: "must use two-factor
// authentication", "must complete privacy training".
var measureVerbs = set("use", "have", "pass", "complete", "follow", "sign", "undergo", "take", "wear")

// staffDuties counts the sentences of sd whose one commitment is a duty
// laid on our staff ("employees must use multi-factor authentication")
// to use, take or keep to a measure that other names for the same staff
// without a commitment ("multi-factor authentication for employee
// access").
func staffDuties(sd, other *side) int {
	k := 0
	for _, c := range sd.canons {
		ws := words(c)
		duties, commits := 0, 0
		for i, w := range ws {
			if !commitment[w] {
				continue
			}
			commits++
			if w == "must" && i > 0 && staffNouns[ws[i-1]] && i+2 < len(ws) && measureVerbs[ws[i+1]] && measureNamed(ws[i+2:], ws[i-1], other) {
				duties++
			}
		}
		if duties > 0 && duties == commits {
			k++
		}
	}
	return k
}

// measureNamed reports the measure that leads ws ("multi-factor
// authentication to gain access") named in other, with who it binds:
// each of its words up to the first function word is in other, and so is
// the staff noun.
func measureNamed(ws []string, who string, other *side) bool {
	if _, ok := other.loose[stem(lemma(who))]; !ok {
		return false
	}
	n := 0
	for _, w := range ws {
		if stop[w] || glue[w] {
			break
		}
		// "two-factor" is named by its parts.
		for _, part := range strings.Split(w, "-") {
			if part == "" || isNumber(part) || isNumberWord(part) {
				continue
			}
			if _, ok := other.loose[stem(lemma(part))]; !ok {
				if _, ok := other.loose[stem(lemma(w))]; !ok {
					return false
				}
			}
		}
		n++
	}
	return n > 0
}

// headsSection reports a short sentence, such as a bold lead-in ("Reading
// data."), whose words are the heading of a subsection on the other side,
// right under the sentence's own section: the lead-in became a heading
// (or the heading a lead-in), and the text under it is judged on its own
// (rule E3).
func headsSection(x *sentence, other *index) bool {
	t := strings.ToLower(strings.TrimRight(strings.TrimSpace(x.text), ".:"))
	if t == "" || len(strings.Fields(t)) > 8 || strings.ContainsAny(t, ".;!?") {
		return false
	}
	for _, y := range other.sents {
		if len(y.section) == len(x.section)+1 && slices.Equal(y.section[:len(x.section)], x.section) &&
			strings.ToLower(strings.TrimSpace(y.section[len(x.section)])) == t {
			return true
		}
	}
	return false
}

// statementHedges counts the hedging adverbs of a side that qualify a
// statement's verb ("we generally respond", "are usually kept", "in most
// cases, we ..."), leaving out those inside a purpose clause ("to
// generally operate") and those that qualify an adjective after an
// article, a preposition or a verb ("using generally accepted standards").
func statementHedges(sd *side) int {
	if sd.hedge == 0 {
		return 0
	}
	n := 0
	for _, c := range sd.canons {
		for _, m := range reHedge().FindAllStringIndex(c, -1) {
			// A phrase ("in most cases", "where possible") qualifies its
			// clause wherever it stands.
			if strings.IndexByte(c[m[0]:m[1]], ' ') >= 0 {
				n++
				continue
			}
			before, after := strings.Fields(c[:m[0]]), strings.Fields(c[m[1]:])
			if len(before) == 0 {
				n++
				continue
			}
			prev := strings.Trim(before[len(before)-1], "\"'(")
			// After a comma, a sentence adverb stands between commas or
			// before the subject ("..., usually, we ..."); one before a
			// verb is an item of a list of purposes ("..., generally
			// operate the website").
			if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ":") {
				if strings.HasPrefix(c[m[1]:], ",") || len(after) > 0 && hedgeOpener[after[0]] {
					n++
				}
				continue
			}
			if hedgeSubject[prev] || possibility[prev] || commitment[prev] || negations[prev] {
				n++
			}
		}
	}
	return n
}

// hedgeOpener are the subjects that may follow a sentence adverb: "...,
// usually we respond".
var hedgeOpener = map[string]bool{"we": true, "you": true, "they": true, "it": true, "our": true, "your": true}

// hedgeSubject are the words after which a hedge qualifies the verb that
// follows: a subject ("we generally respond"), an auxiliary ("are
// usually kept", "do not normally") or a joiner of clauses.
var hedgeSubject = map[string]bool{"we": true, "you": true, "they": true, "it": true, "he": true, "she": true,
	"i": true, "who": true, "which": true, "that": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "been": true, "can": true, "could": true, "would": true, "should": true, "shall": true, "do": true,
	"does": true, "did": true, "and": true, "but": true, "or": true, "also": true, "only": true, "still": true,
	"then": true, "will": true, "must": true, "has": true, "have": true}

// states reports a side that states something we do or will do, or
// something users can do: a commitment, a permission, a protection, or
// "we" acting in the present tense ("we respond within 30 days").
func states(sd *side) bool {
	return sd.commitSent > 0 || sd.weDo > 0 || isProtection(sd) || isPermission(sd)
}

// inList reports a hunk of the word diff that stands in a list on the old
// side (its tokens a): a comma, "and" or "or" within three tokens before
// or after it ("your name, your phone number"), and no list joiner
// inside it, so that it changes one item.
func inList(a []string, h hunk) bool {
	if h.at < 0 || listJoined(h.del) || listJoined(h.ins) {
		return false
	}
	joiner := func(t string) bool { return t == "," || t == ";" || t == "and" || t == "or" }
	for k := h.at - 1; k >= 0 && k >= h.at-3; k-- {
		if joiner(a[k]) {
			return true
		}
	}
	end := h.at + len(h.del)
	for k := end; k < len(a) && k < end+3; k++ {
		if joiner(a[k]) {
			return true
		}
	}
	return false
}

// itemSwapped reports two stretches that name different data items: each
// keeps a word the other does not explain by stem, spelling, synonym or
// initials, and those words name a data type (a collection word of
// practice, not one as common in rewording as "contact") on at least one
// side ("birthday month" → "date of birth",
// "member number" → "phone number"). A unit of time counts as a word
// here; "postal address" → "mailing address" names one item two ways.
func itemSwapped(del, ins []string) bool {
	itemWords := func(ts []string) []string {
		var out []string
		for _, t := range ts {
			if stop[t] || t == "," || t == ";" || isNumber(t) || isNumberWord(t) || len(t) < 2 || glue[t] && !isUnit(t) {
				continue
			}
			out = append(out, t)
		}
		return out
	}
	d, i := itemWords(del), itemWords(ins)
	// "co-payment" and "copayment" are one word spelled two ways.
	if len(d) == 0 || len(i) == 0 || spellKey(strings.Join(d, "")) == spellKey(strings.Join(i, "")) {
		return false
	}
	same := func(x, y string) bool {
		if stem(lemma(x)) == stem(lemma(y)) || spellKey(x) == spellKey(y) {
			return true
		}
		for _, g := range synonymGroups {
			if slices.Contains(g, x) && slices.Contains(g, y) {
				return true
			}
		}
		return false
	}
	left := func(xs, ys []string) []string {
		var out []string
		for _, x := range xs {
			if !slices.ContainsFunc(ys, func(y string) bool { return same(x, y) }) {
				out = append(out, x)
			}
		}
		return out
	}
	ld, li := left(d, i), left(i, d)
	if len(ld) == 0 || len(li) == 0 || initialsOf(ld, li) || initialsOf(li, ld) {
		return false
	}
	for _, w := range strongPractice(append(ld, li...)) {
		if c, _ := practiceCat(w); c == notice.CatCollection {
			return true
		}
	}
	return false
}

// initialsOf reports one word that is the initials of the words ws: "ip"
// for "internet protocol".
func initialsOf(one, ws []string) bool {
	if len(one) != 1 || len(ws) < 2 || len(one[0]) != len(ws) {
		return false
	}
	for k, w := range ws {
		if w[0] != one[0][k] {
			return false
		}
	}
	return true
}

// reClauseBreak splits canonical text into clauses for polarityFlip: at
// the end of a sentence, a semicolon, "but" (so that the "not your
// calendar" of "we receive your name but not your calendar" is a clause
// of its own), "while" and "whereas", and "and" or "or" that open a
// clause with a subject of its own ("and we share it").
var reClauseBreak = lazyRegexp(`[.!?]\s+|;\s*|,?\s+(?:but|while|whereas)\s+|,?\s+(?:and|or)\s+(?:we|you|they|it|he|she|i)\s+`)

// polarityFlip reports a word that one side only says in denying clauses
// and the other only in affirming ones: what is denied changed. Two
// sentences merged with an elliptical denial ("we receive X. We do not
// receive Y." → "we receive X, but not Y") deny the same Y; the verb
// they share is said both ways on one side, and does not count.
func polarityFlip(o, n *side) bool {
	op, np := clausePolarity(o), clausePolarity(n)
	for st, a := range op {
		if b := np[st]; a|b == 3 && a != 3 && b != 3 {
			return true
		}
	}
	return false
}

// clausePolarity maps the stem of each content word of a side to 1 when
// it is said only in clauses without a negation, 2 when only in clauses
// with one, and 3 when in both.
func clausePolarity(sd *side) map[string]int {
	pol := func(sd *side) map[string]int {
		out := map[string]int{}
		var clauses []string
		for _, c := range sd.canons {
			clauses = append(clauses, reClauseBreak().Split(c, -1)...)
		}
		for _, cl := range clauses {
			ws := words(cl)
			bit := 1
			for _, w := range ws {
				if negations[w] {
					bit = 2
				}
			}
			for _, w := range ws {
				if glue[w] || stop[w] || negations[w] || possibility[w] || commitment[w] || w == "can" || isNumber(w) {
					continue
				}
				out[stem(lemma(w))] |= bit
			}
		}
		return out
	}
	return pol(sd)
}

// nounDenialDropped reports a noun that one side denies with "no" and
// says only in denying clauses, and the other says only in clauses
// without a negation: "has no access to or control over X" → "has access
// to, but no control over, X" no longer denies access, while the other
// side still denies something with "no".
func nounDenialDropped(sd, other *side) (string, bool) {
	// The other side still denies something with "no": the denial moved.
	if len(deniedNouns(other)) == 0 {
		return "", false
	}
	sp, op := clausePolarity(sd), clausePolarity(other)
	dn := deniedNouns(sd)
	for _, st := range slices.Sorted(maps.Keys(dn)) {
		if sp[st] == 2 && op[st] == 1 {
			return dn[st], true
		}
	}
	return "", false
}

// modalRepeated reports two sides whose modals of possibility ("may")
// differ in number only because one repeats the modal for a verb the
// other already governs with it: each verb a modal governs on the side
// with more modals follows a modal, in the same clause, on the other.
func modalRepeated(o, n *side) bool {
	more, less := n, o
	if o.possible > n.possible {
		more, less = o, n
	}
	// The verb a modal governs: the first word after it that is no
	// adverb, negation or auxiliary ("may also be shared" governs
	// "shared").
	governed := func(ws []string, k int) string {
		for _, w := range ws[k+1:] {
			if w == "also" || w == "still" || w == "then" || w == "only" || w == "be" || w == "have" || negations[w] ||
				strings.HasSuffix(w, "ly") {
				continue
			}
			return stem(lemma(w))
		}
		return ""
	}
	// What a modal covers: every word after it until another subject
	// opens a clause of its own. A subject inside the object ("combine it
	// with data we collect from others and use it") opens a relative
	// clause: the verb an "and" joins after it ("use") is still the
	// modal's.
	covered := map[string]bool{}
	for _, c := range less.canons {
		ws := words(c)
		under, modal := false, false
		for i, w := range ws {
			switch {
			case possibility[w]:
				under, modal = true, true
			case under && (w == "we" || w == "you" || w == "they" || w == "he" || w == "she" || w == "i"):
				under = false
			case under:
				covered[stem(lemma(w))] = true
			case modal && i > 0 && ws[i-1] == "and" && !stop[w]:
				covered[stem(lemma(w))] = true
			}
		}
		if strings.ContainsAny(c, ";") {
			return false
		}
	}
	found := false
	for _, c := range more.canons {
		ws := words(c)
		for k, w := range ws {
			if !possibility[w] {
				continue
			}
			v := governed(ws, k)
			if v == "" || !covered[v] {
				return false
			}
			found = true
		}
	}
	return found
}

// commitRepeated reports two sides whose commitments ("will", "must")
// differ in number only because one splits a promise into parts, each
// with a commitment of its own: each verb a commitment governs on the
// side with more is one that a commitment of the other side governs, a
// verb of telling whose object that commitment already governs ("post a
// notice" for "notify you ... by a notice"), or "do", which names the
// parts again ("we will do both at least 15 days before").
func commitRepeated(o, n *side) bool {
	more, less := n, o
	if o.commitSent > n.commitSent {
		more, less = o, n
	}
	if less.commitSent == 0 || more.commitSent == less.commitSent {
		return false
	}
	// What a commitment covers: every word after it in its sentence
	// until a third party is the subject ("we will notify you if we have
	// your address" still speaks of what we do).
	covered := map[string]bool{}
	tells := false
	for _, c := range less.canons {
		under := false
		for _, w := range words(c) {
			switch {
			case commitment[w]:
				under = true
			case under && (w == "they" || w == "he" || w == "she" || w == "i"):
				under = false
			case under:
				covered[stem(lemma(w))] = true
				tells = tells || tellingVerbs[w]
			}
		}
	}
	found := false
	for _, c := range more.canons {
		ws := words(c)
		for k, w := range ws {
			if !commitment[w] {
				continue
			}
			i := k + 1
			for i < len(ws) && (ws[i] == "also" || ws[i] == "then" || ws[i] == "still" || ws[i] == "be" || strings.HasSuffix(ws[i], "ly")) {
				i++
			}
			if i >= len(ws) {
				return false
			}
			v := ws[i]
			switch {
			case covered[stem(lemma(v))], v == "do":
			case tellingVerbs[v] && tells:
				// The thing told with: the verb's first content word
				// after it ("post a notice").
				obj := ""
				for _, x := range ws[i+1:] {
					if !glue[x] && !stop[x] {
						obj = x
						break
					}
				}
				if obj == "" || !covered[stem(lemma(obj))] {
					return false
				}
			default:
				return false
			}
			found = true
		}
	}
	return found
}

// tellingVerbs are the verbs by which a notice says it tells users
// something: "notify", "email", "post a notice".
var tellingVerbs = set("notify", "tell", "inform", "email", "e-mail", "post", "send", "publish", "display", "show", "alert", "contact", "message", "write")

// reSelfNames finds where a notice names itself: a parenthesis of quoted
// names one of which is "we" or "us" ('Example Labs, Inc. ("Example",
// "we", "us")').
var reSelfNames = lazyRegexp(`\(\s*["“][^"”()]{1,40}["”](?:\s*,?\s*(?:or\s+|and\s+)?["“][^"”()]{1,40}["”])+\s*\)`)

// reQuoted finds each quoted name of a parenthesis reSelfNames found.
var reQuoted = lazyRegexp(`["“]([^"”]+)["”]`)

// selfNames lists, lowercased, the names a notice gives itself beside
// "we" and "us" in either revision, each as it is written.
func (c *context) selfNames() []string {
	if c.self != nil {
		return c.self
	}
	c.self = []string{}
	for _, ss := range [][]*sentence{c.olds, c.news} {
		for _, s := range ss {
			if !strings.Contains(s.text, "(") || !hasAny(strings.ToLower(s.text), "we\"", "we”", "us\"", "us”") {
				continue
			}
			for _, p := range reSelfNames().FindAllString(s.text, -1) {
				var names []string
				we := false
				for _, m := range reQuoted().FindAllStringSubmatch(p, -1) {
					switch w := strings.ToLower(strings.TrimSpace(m[1])); w {
					case "we", "us", "our", "ours":
						we = true
					default:
						names = append(names, w)
					}
				}
				if we {
					for _, w := range names {
						if !slices.Contains(c.self, w) {
							c.self = append(c.self, w)
						}
					}
				}
			}
		}
	}
	return c.self
}

// asWe rewrites sentences that name the company by one of its own names
// (self) with "we" in its place, prepared for comparison; ok is false
// when none does.
func asWe(ss []*sentence, self []string) ([]*sentence, bool) {
	if len(self) == 0 {
		return nil, false
	}
	var out []*sentence
	changed := false
	for _, x := range ss {
		norm := x.norm
		for _, name := range self {
			norm = replaceName(norm, name)
		}
		if norm != x.norm {
			changed = true
		}
		y := &sentence{side: x.side, block: x.block, order: x.order, section: x.section, text: x.text, norm: norm,
			key: keyOf(norm), row: x.row, header: x.header}
		y.prepare()
		out = append(out, y)
	}
	return out, changed
}

// replaceName puts "we" for each whole-word use of name in norm ("our"
// for "name's"), but not inside a web address or e-mail address
// ("example.com").
func replaceName(norm, name string) string {
	var b strings.Builder
	for i := 0; ; {
		k := strings.Index(norm[i:], name)
		if k < 0 {
			b.WriteString(norm[i:])
			break
		}
		k += i
		end := k + len(name)
		whole := (k == 0 || !isWordByte(norm[k-1]) && norm[k-1] != '.' && norm[k-1] != '@') &&
			(end == len(norm) || !isWordByte(norm[end]) && norm[end] != '-' && norm[end] != '@' &&
				!(norm[end] == '.' && end+1 < len(norm) && isWordByte(norm[end+1])))
		b.WriteString(norm[i:k])
		switch {
		case !whole:
			b.WriteString(name)
		case strings.HasPrefix(norm[end:], "'s"):
			b.WriteString("our")
			end += 2
		default:
			b.WriteString("we")
		}
		i = end
	}
	return b.String()
}

// linkTextOnly reports an edit that only changes the visible text of
// links to the same pages (rule E4): both sides link to the same
// resources, and every changed stretch of words is either a whole link
// added or dropped as a pointer ("our participation" → "our
// participation (see our listing)"), its text in parentheses or opening
// with a verb of pointing ("see", "read"), or vague link words ("click
// here") put in the place of a link's text. Link text that extends what
// the sentence says ("you can [delete your account and photos]") is not
// a pointer, and no changed word may be a negation, modal, qualifier,
// exception or number.
func linkTextOnly(u *unit, o, n *side) bool {
	type linkText struct {
		toks    []string
		pointer bool
	}
	targets := func(ss []*sentence) ([]string, []linkText, map[string]bool) {
		var urls []string
		var texts []linkText
		in := map[string]bool{}
		for _, x := range ss {
			for _, l := range x.links {
				urls = append(urls, prose.NormalizeURL(l.URL))
				toks := diffTokens(canonicalize(prose.Normalize(l.Text)))
				for _, t := range toks {
					in[t] = true
				}
				pointer := strings.Contains(x.text, "("+l.Text+")") || len(toks) > 0 && pointing[toks[0]]
				texts = append(texts, linkText{toks, pointer})
			}
		}
		sort.Strings(urls)
		return urls, texts, in
	}
	ou, otexts, _ := targets(u.old)
	nu, ntexts, nin := targets(u.new)
	// A bare web address made a link to the same page, or a link
	// spelt out as its bare address, points to the same page:
	// "use the form at example.org/join" → "use the [join
	// form](https://example.org/join)". The address's words may go or
	// come, and the link's text may say only what its target spells.
	obare, otoks := bareAddresses(u.old)
	nbare, ntoks := bareAddresses(u.new)
	linked := len(ou) > 0 || len(nu) > 0
	if len(obare) > 0 || len(nbare) > 0 {
		ou, nu = append(append([]string{}, ou...), obare...), append(append([]string{}, nu...), nbare...)
		sort.Strings(ou)
		sort.Strings(nu)
	}
	if len(ou) == 0 || !linked || !equalStrings(ou, nu) {
		return false
	}
	// spelt reports tokens each of which is an address's word, a word a
	// link's target spells, or glue ("at", "on"), with at least one of
	// them not glue.
	spelt := func(ts []string, addr map[string]bool, ss []*sentence) bool {
		if len(addr) == 0 {
			return false
		}
		some := false
		for _, t := range ts {
			switch {
			case t == "," || glue[t] || stop[t]:
			case addr[t] || targetSpells(t, ss):
				some = true
			default:
				return false
			}
		}
		return some
	}
	hs, _, ok := o.hunksTo(n)
	if !ok || len(hs) == 0 {
		return false
	}
	// A whole pointer link's text, commas aside.
	wholePointer := func(ts []string, texts []linkText) bool {
		var bare []string
		for _, t := range ts {
			if t != "," {
				bare = append(bare, t)
			}
		}
		for _, lt := range texts {
			if lt.pointer && slices.Equal(lt.toks, bare) {
				return true
			}
		}
		return false
	}
	for _, h := range hs {
		for _, t := range append(append([]string{}, h.del...), h.ins...) {
			if negations[t] || possibility[t] || commitment[t] || t == "can" || restrictive[t] || exceptions[t] ||
				isNumber(t) || isNumberWord(t) {
				return false
			}
		}
		switch {
		case len(h.del) == 0:
			if !wholePointer(h.ins, ntexts) && !spelt(h.ins, otoks, u.new) && !spelt(h.ins, ntoks, nil) {
				return false
			}
		case len(h.ins) == 0:
			if !wholePointer(h.del, otexts) && !spelt(h.del, otoks, u.old) && !spelt(h.del, ntoks, nil) {
				return false
			}
		default:
			for _, t := range h.del {
				if !vagueLink[t] && !glue[t] && !stop[t] && t != "," && !otoks[t] {
					return false
				}
			}
			for _, t := range h.ins {
				if t != "," && !nin[t] {
					return false
				}
			}
		}
	}
	return true
}

// bareAddresses returns, sorted and normalised as link targets, the web
// addresses a unit's sentences spell out in their text rather than as a
// link's target, and the words of those addresses. An address that is a
// link's own text ("[example.org](https://example.org)") is that link's.
func bareAddresses(ss []*sentence) ([]string, map[string]bool) {
	var urls []string
	toks := map[string]bool{}
	for _, x := range ss {
		if !strings.Contains(x.text, ".") {
			continue
		}
		for _, a := range reURL().FindAllString(x.text, -1) {
			a = strings.TrimRight(a, ".,;:)!?'\"")
			own := false
			for _, l := range x.links {
				own = own || strings.Contains(l.Text, a)
			}
			if own {
				continue
			}
			if !strings.Contains(a, "://") {
				a = "https://" + a
			}
			urls = append(urls, prose.NormalizeURL(a))
			for _, t := range diffTokens(canonicalize(prose.Normalize(a))) {
				toks[t] = true
			}
		}
	}
	sort.Strings(urls)
	return urls, toks
}

// targetSpells reports whether w, a word of at least three letters, is
// spelt in the target of a link of ss whose text holds it: the "privacy
// request form" of "https://example.org/privacy-request".
func targetSpells(w string, ss []*sentence) bool {
	if len(w) < 3 {
		return false
	}
	for _, x := range ss {
		for _, l := range x.links {
			if containsWord(strings.ToLower(l.Text), w) && strings.Contains(strings.ToLower(l.URL), w) {
				return true
			}
		}
	}
	return false
}

// pointing are the verbs that open a link's text which only points to a
// page: "see our listing", "read the policy".
var pointing = map[string]bool{"see": true, "read": true, "visit": true, "view": true, "consult": true,
	"review": true, "open": true, "go": true, "click": true, "tap": true, "check": true, "find": true}

// vagueLink are the words of link texts that say nothing of the page
// they point to: "click here", "this link".
var vagueLink = map[string]bool{"here": true, "click": true, "tap": true, "link": true, "this": true, "page": true,
	"more": true, "details": true, "info": true, "website": true, "site": true, "visit": true, "go": true}

// hasCue reports whether text holds cue at the start of a word: the
// "agent" of an authorised agent is not the one in "Magento", nor the
// "parent" of a child the one in "transparency".
func hasCue(text, cue string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], cue)
		if k < 0 {
			return false
		}
		k += i
		if k == 0 || !isLetter(text[k-1]) {
			return true
		}
		i = k + 1
	}
}

// listHead returns the words that end the list a hunk of the word diff
// stands in, after the hunk on the old side (its tokens a): the other
// items and the noun they qualify, up to the first function word
// ("technical and administrative security measures" in "physical,
// technical and administrative security measures to reduce risks").
func listHead(a []string, h hunk) []string {
	if h.at < 0 {
		return nil
	}
	var out []string
	for _, t := range a[min(h.at+len(h.del), len(a)):] {
		if t == "," || t == "and" || t == "or" {
			continue
		}
		if stop[t] || glue[t] || t == ";" || len(out) == 5 {
			break
		}
		out = append(out, t)
	}
	return out
}

// permittedCat names the practice a statement lets us do: the category of
// the verb after the first "we" ("we may use ...", "we share ..."), or ""
// when the verb names none.
func permittedCat(sd *side) string {
	ws := sd.words
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "we" {
			continue
		}
		for _, w := range ws[i+1 : min(i+4, len(ws))] {
			if possibility[w] || commitment[w] || w == "can" || w == "also" || strings.HasSuffix(w, "ly") {
				continue
			}
			switch stem(lemma(w)) {
			case "use", "process", "analyz", "analys", "combin", "personaliz":
				return notice.CatUse
			case "shar", "disclos", "sell", "rent", "transfer", "giv", "send", "pass":
				return notice.CatSharing
			case "collect", "obtain", "gather", "receiv", "record":
				return notice.CatCollection
			case "keep", "retain", "stor":
				return notice.CatRetention
			case "track":
				return notice.CatTracking
			}
			break
		}
		return ""
	}
	return ""
}

// actionAdded names the practice of a new action joined to a statement
// ("we collect your email address" → "..., and add the address to our
// mailing list"): an inserted stretch that opens with "and" and a verb
// before its object. A verb that names no practice of its own does
// something new with the data: a use.
func actionAdded(o, n *side) []string {
	hs, _, ok := o.hunksTo(n)
	if !ok {
		return nil
	}
	for _, h := range hs {
		for i := 0; i+2 < len(h.ins); i++ {
			v := h.ins[i+1]
			if h.ins[i] != "and" || glue[v] || stop[v] || negations[v] || possibility[v] || commitment[v] || v == "can" {
				continue
			}
			switch h.ins[i+2] {
			case "the", "it", "them", "your", "our", "this", "that", "these", "those", "a", "an", "their":
			default:
				continue
			}
			if c := permittedCat(&side{words: []string{"we", v}}); c != "" {
				return []string{c}
			}
			if c, ok := practiceCat(v); ok {
				return []string{c}
			}
			return []string{notice.CatUse}
		}
	}
	return nil
}

// spelledOut reports an abbreviation ("ip") whose letters open a run of
// consecutive words of ws ("internet protocol").
func spelledOut(abbr string, ws []string) bool {
	if len(abbr) < 2 || len(abbr) > 6 {
		return false
	}
	for i := 0; i+len(abbr) <= len(ws); i++ {
		ok := true
		for k := 0; k < len(abbr); k++ {
			if ws[i+k][0] != abbr[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// practiceRepeated finds a strong practice verb that the new side says
// more often than the old side, where the old side already said it: the
// word took the place of another ("if the club is sold, the details may
// be passed on" → "... may be sold on"), which a comparison of word sets
// cannot see.
func practiceRepeated(o, n *side) (string, bool) {
	count := func(ws []string) map[string]int {
		out := map[string]int{}
		for _, w := range ws {
			out[stem(lemma(w))]++
		}
		return out
	}
	oc, nc := count(o.words), count(n.words)
	for _, w := range n.words {
		st := stem(lemma(w))
		if oc[st] == 0 || nc[st] <= oc[st] {
			continue
		}
		if practiceVerbs[st] && len(strongPractice([]string{lemma(w)})) > 0 {
			return w, true
		}
	}
	return "", false
}

// pronounFor reports a pronoun put in place of a short phrase, or a
// phrase in place of a pronoun, where the paragraph around the pronoun
// names what the phrase names: "contact the workspace owner first; we
// will help them respond" → "... We will help the owner respond" spells
// out whom "them" meant (E7).
//
// A demonstrative before a noun that names parties by their kind alone
// ("these third parties", "such companies") refers back as a pronoun
// does; spelled out, it may list the parties it stood for ("these third
// parties" → "our business partners and vendors", after "we, our
// business partners and vendors may place cookies").
func pronounFor(pron, phrase []string, around *side) bool {
	most := 3
	switch {
	case len(pron) == 1 && referents[pron[0]]:
	case demonstrativeParty(pron):
		most = 6
	default:
		return false
	}
	if len(phrase) == 0 || len(phrase) > most {
		return false
	}
	named := map[string]bool{}
	for _, p := range around.paras {
		for _, w := range words(strings.ToLower(p)) {
			named[stem(lemma(w))] = true
		}
	}
	content := 0
	for _, w := range phrase {
		if stop[w] || glue[w] {
			continue
		}
		if !named[stem(lemma(w))] {
			return false
		}
		content++
	}
	return content > 0
}

// demonstrativeParty reports a demonstrative ("these", "those", "such")
// before one or two nouns that name parties by their kind alone:
// "these third parties", "such companies".
func demonstrativeParty(ws []string) bool {
	if len(ws) < 2 || len(ws) > 3 || ws[0] != "these" && ws[0] != "those" && ws[0] != "such" {
		return false
	}
	for _, w := range ws[1:] {
		if !genericParties[w] && !kindParties[w] {
			return false
		}
	}
	return true
}

// kindParties name a party by its relation to the notice's company alone,
// not by what it does: "third parties".
var kindParties = map[string]bool{"third-party": true, "third-parties": true, "parties": true, "party": true, "third": true}

// pronounSwaps returns, by stem, the content words put in place of a
// pronoun (ins) or replaced by one (del) that its paragraph names
// (pronounFor), in a one-sentence edit.
func pronounSwaps(o, n *side) (ins, del map[string]bool) {
	if len(o.texts) != 1 || len(n.texts) != 1 {
		return nil, nil
	}
	hs, _, ok := wordHunks(diffTokens(o.norm), diffTokens(n.norm))
	if !ok {
		return nil, nil
	}
	mark := func(m map[string]bool, ws []string) map[string]bool {
		if m == nil {
			m = map[string]bool{}
		}
		for _, w := range ws {
			if !stop[w] && !glue[w] {
				m[stem(lemma(w))] = true
			}
		}
		// "third party" is the content word "third-party".
		if demonstrativeParty(ws) {
			m[stem(lemma(strings.Join(ws[1:], "-")))] = true
		}
		return m
	}
	for _, h := range hs {
		switch {
		// The noun of a demonstrative ("these third parties") goes with
		// the phrase that spells it out.
		case pronounFor(h.del, h.ins, o):
			ins, del = mark(ins, h.ins), mark(del, h.del)
		case pronounFor(h.ins, h.del, n):
			ins, del = mark(ins, h.ins), mark(del, h.del)
		}
	}
	return ins, del
}

// referents are the pronouns that stand for a thing or a party named
// elsewhere.
var referents = map[string]bool{"it": true, "them": true, "they": true, "him": true, "her": true, "its": true, "their": true}

// quotesCondition reports an M3 reason whose first quoted stretch opens
// as a condition or qualifier does: "where the law requires it", "at your
// request", "only". A word of degree ("if a change significantly
// affects", "material changes") is a qualifier too: it sets how great a
// change or harm must be before the statement applies.
func quotesCondition(reason string) bool {
	_, q, ok := strings.Cut(reason, "('")
	if !ok {
		return false
	}
	// The stretch ends at its closing quote: a one-word stretch is the
	// word itself ("only'): ..." is "only").
	q, _, _ = strings.Cut(strings.TrimLeft(q, ", "), "'")
	first, _, _ := strings.Cut(q, " ")
	switch strings.Trim(first, ",") {
	case "where", "wherever", "if", "when", "whenever", "unless", "except", "provided", "subject", "only", "as",
		"at", "upon", "on", "after", "before", "until", "with", "without", "in", "to", "for", "so", "once", "while",
		"significant", "significantly", "material", "materially", "substantial", "substantially", "serious",
		"seriously", "major", "severely", "adversely", "directly", "strictly":
		return true
	}
	return false
}

// quotesDataClause reports an M3 reason whose first quoted stretch is a
// relative clause put right after the data a statement covers, in the
// sentence of sd: "delete personal information they have provided to
// us", "information that you give us". It says which of the data the
// statement covers, where "their personal information" was all of it.
func quotesDataClause(reason string, sd *side) bool {
	_, q, ok := strings.Cut(reason, "('")
	if !ok {
		return false
	}
	q, _, _ = strings.Cut(strings.TrimLeft(q, ", "), "'")
	st := strings.Fields(q)
	if len(st) < 2 {
		return false
	}
	switch st[0] {
	case "that", "which", "you", "they", "we":
	default:
		return false
	}
	ts := sd.tokens()
	for i := 1; i+len(st) <= len(ts); i++ {
		if slices.Equal(ts[i:i+len(st)], st) {
			switch ts[i-1] {
			case "information", "data", "details":
				return true
			}
		}
	}
	return false
}

// withoutItemsOf returns fs without the items-added or items-removed
// findings (M5, M14) whose words are all of who: the audience a rule of
// its own reads. It reuses fs's array.
func withoutItemsOf(fs []finding, who string) []finding {
	whoWords := map[string]bool{}
	for _, w := range strings.Fields(who) {
		whoWords[strings.Trim(w, ",")] = true
	}
	rest := fs[:0]
	for _, f := range fs {
		if (strings.HasPrefix(f.rule, "M14") || strings.HasPrefix(f.rule, "M5")) && len(f.keywords) > 0 && allIn(f.keywords, whoWords) {
			continue
		}
		rest = append(rest, f)
	}
	return rest
}

// scopeChanged reports a one-sentence edit whose one changed stretch
// trades a universal word for a qualifier on the same noun: "from any
// player" → "from players in Junior Mode" narrows whom the statement
// covers, the reverse widens it (M3). The qualifier's words may be used
// elsewhere in the sentence: "players in Junior Mode" in the next clause
// does not explain them here. A universal swapped for another ("every" →
// "all") or a noun reworded keeps the scope.
//
// When the qualifier came from a later clause, which now points back to
// it with a pronoun ("from any player, and ... from players in Junior
// Mode" → "from players in Junior Mode, and ... from them either"), that
// clause still covers whom it did: the other edit only refers back
// (backReference), and the first clause's scope narrowed all the same.
func scopeChanged(o, n *side, quote string) (finding, bool) {
	hs, _, ok := wordHunks(spelledTokens(o.norm), spelledTokens(n.norm))
	if !ok || len(hs) == 0 {
		return finding{}, false
	}
	h := hs[0]
	if len(hs) > 1 {
		k := -1
		for i, x := range hs {
			if hasUniversal(x.del) != hasUniversal(x.ins) {
				if k >= 0 {
					return finding{}, false
				}
				k = i
			}
		}
		if k < 0 {
			return finding{}, false
		}
		h = hs[k]
		for i, x := range hs {
			if i == k {
				continue
			}
			// The qualifier is on the side without the universal; the
			// phrase it names is gone from the other side.
			if hasUniversal(h.del) && !backReference(x.del, x.ins, h.ins) ||
				hasUniversal(h.ins) && !backReference(x.ins, x.del, h.del) {
				return finding{}, false
			}
		}
	}
	del, ins := cancelStems(h.del, h.ins), cancelStems(h.ins, h.del)
	narrowed := true
	if hasUniversal(ins) && !hasUniversal(del) {
		del, ins, narrowed = ins, del, false
	}
	if len(h.del) > 8 || len(h.ins) > 8 || !hasUniversal(del) || hasUniversal(ins) {
		return finding{}, false
	}
	for _, w := range del {
		if !isUniversal(w) && !stop[w] && !glue[w] {
			return finding{}, false
		}
	}
	var qual []string
	for _, w := range ins {
		if !stop[w] && !glue[w] && w != "," {
			qual = append(qual, w)
		}
	}
	if len(qual) == 0 {
		return finding{}, false
	}
	return scopeFinding(o, narrowed, qual, quote), true
}

// scopeFinding is the M3 finding of whom a statement of o covers,
// narrowed or widened by the words qual. A ban that covers fewer people
// protects less; a permission that covers fewer protects more.
func scopeFinding(o *side, narrowed bool, qual []string, quote string) finding {
	impact := notice.ImpactLessProtective
	if (o.neg == 0) == narrowed {
		impact = notice.ImpactMoreProtective
	}
	verb := "narrowed"
	if !narrowed {
		verb = "widened"
	}
	return finding{rule: "M3 scope", impact: impact, keywords: qual,
		reason: fmt.Sprintf("whom the statement covers was %s ('%s'): %s", verb, strings.Join(qual, " "), quote)}
}

// scopeByReference reports a universal phrase ("from any player") that a
// recast sentence puts as a pronoun in the same place ("from them"),
// where the pronoun can only point back to a phrase on the same noun that
// a qualifier limits ("players in Junior Mode", said of another clause
// now put first): whom the statement covers narrowed (M3). A pronoun put
// back as the universal phrase widens it. A universal phrase the other
// side still says, or no qualified phrase on its noun, leaves the scope.
func scopeByReference(o, n *side, quote string) (finding, bool) {
	a, b := o.tokens(), n.tokens()
	qual, narrowed, ok := universalToReference(a, b)
	if !ok {
		if qual, _, ok = universalToReference(b, a); !ok {
			return finding{}, false
		}
		narrowed = false
	}
	return scopeFinding(o, narrowed, qual, quote), true
}

// universalToReference finds in a a universal word and its noun ("any
// player") after two words that b has before a pronoun ("photos from
// them"), where b says the noun nowhere with a universal and once with a
// qualifier after it ("players in junior mode"). It returns the
// qualifier's words; narrowed is always true from a to b.
func universalToReference(a, b []string) (qual []string, narrowed, ok bool) {
	same := func(x, y string) bool { return stem(lemma(x)) == stem(lemma(y)) }
	for i := 2; i+1 < len(a); i++ {
		if !isUniversal(a[i]) || stop[a[i+1]] || glue[a[i+1]] || !isLetter(a[i+1][0]) {
			continue
		}
		noun := a[i+1]
		// The universal phrase is gone from b.
		kept := false
		for k := 1; k < len(b); k++ {
			if isUniversal(b[k-1]) && same(b[k], noun) {
				kept = true
			}
		}
		if kept {
			continue
		}
		// A pronoun stands where it stood, after the same two words.
		pron := 0
		for j := 2; j < len(b); j++ {
			if referents[b[j]] && b[j-2] == a[i-2] && b[j-1] == a[i-1] && (j+1 == len(b) || clauseEnd(b[j+1]) || b[j+1] == ".") {
				pron++
			}
		}
		if pron != 1 {
			continue
		}
		// The one phrase on the noun in b, with its qualifier: a
		// preposition or relative word and the words up to the
		// clause's end.
		var found [][]string
		for k := 0; k+1 < len(b); k++ {
			if !same(b[k], noun) {
				continue
			}
			var q []string
			if isPreposition(b[k+1]) || b[k+1] == "who" || b[k+1] == "under" || b[k+1] == "over" || b[k+1] == "aged" {
				for m := k + 1; m < len(b) && len(q) < 6 && (m == k+1 || !clauseEnd(b[m]) && b[m] != "."); m++ {
					q = append(q, b[m])
				}
			}
			found = append(found, q)
		}
		if len(found) != 1 || len(found[0]) < 2 {
			continue
		}
		return found[0], true, true
	}
	return nil, false, false
}

// backReference reports a phrase put as a pronoun ("players in Junior
// Mode" → "them", with an optional "either", "too" or "also") where the
// phrase is the same words as qual, the qualifier written earlier in the
// sentence that the pronoun now refers to.
func backReference(phrase, pron, qual []string) bool {
	if len(pron) == 0 || !referents[pron[0]] || len(phrase) != len(qual) {
		return false
	}
	for _, w := range pron[1:] {
		if w != "either" && w != "too" && w != "also" {
			return false
		}
	}
	for i, w := range phrase {
		if stem(lemma(w)) != stem(lemma(qual[i])) {
			return false
		}
	}
	return true
}

// cancelStems returns the tokens of a whose stems b does not have.
func cancelStems(a, b []string) []string {
	have := map[string]bool{}
	for _, w := range b {
		have[stem(lemma(w))] = true
	}
	var out []string
	for _, w := range a {
		if !have[stem(lemma(w))] {
			out = append(out, w)
		}
	}
	return out
}

// hasUniversal reports a universal word ("any", "all", "every",
// "anybody") among ws.
func hasUniversal(ws []string) bool { return slices.ContainsFunc(ws, isUniversal) }

func isUniversal(w string) bool { return universal[w] || w == "anybody" || w == "everybody" }

// tries counts the hedges that say a statement aims at what it names ("to
// try to", "attempts to", "strives to").
func tries(sd *side) int {
	k := 0
	for _, w := range sd.words {
		switch w {
		case "try", "tries", "attempt", "attempts", "endeavor", "endeavors", "endeavour", "endeavours", "strive", "strives", "aim", "aims":
			k++
		}
	}
	return k
}

// namedReceiving counts the old list items of u that only name a
// recipient (verblessItem) whose new partner's block now says, with a
// "may", that the recipient receives the data or that it is given to
// them ("may receive", "may be transferred", "may pass to").
func namedReceiving(u *unit) int {
	k := 0
	for _, p := range u.pairs {
		if !p[0].item || !verblessItem(p[0]) || p[0].features().hedges > 0 {
			continue
		}
		for _, y := range u.new {
			if y.block == p[1].block && mayGive(y.canon, p[0]) {
				k++
				break
			}
		}
	}
	return k
}

// mayGive reports a sentence with a "may" or "might" followed, within
// three words, by a verb of giving or receiving data, that names nothing
// the old item x and its lead-in did not: "advisers may receive personal
// information" of x's advisers, not "advisers and investors may receive
// it".
//
// The corporate events the item names may be told as what we do ("as
// part of a merger or acquisition" → "if we merge or are acquired"), and
// the deal then named again ("as part of that transaction"): which events
// are named is compared on its own (M7).
func mayGive(canon string, x *sentence) bool {
	had := map[string]bool{}
	for _, w := range append(append([]string{"personal", "information", "data", "similar", "other"}, x.canonWords()...), words(x.leadIn)...) {
		had[stem(lemma(w))] = true
	}
	if added, _ := corporateEvents(x.norm, canon); len(added) == 0 {
		kinds := map[string]bool{}
		for _, m := range reCorporateEvent().FindAllString(x.norm, -1) {
			kinds[corporateEvent(m)] = true
		}
		if len(kinds) > 0 {
			canon = reCorporateEvent().ReplaceAllStringFunc(canon, func(m string) string {
				if kinds[corporateEvent(m)] {
					return " "
				}
				return m
			})
			canon = reDealBack().ReplaceAllString(canon, " ")
		}
	}
	ws := words(canon)
	gives := false
	for i, w := range ws {
		if w == "may" || w == "might" {
			for j := i + 1; j < len(ws) && j <= i+3; j++ {
				gives = gives || giving(ws[j])
			}
			continue
		}
		if !glue[w] && !stop[w] && !giving(w) && !had[stem(lemma(w))] && w != "be" && w != "also" {
			return false
		}
	}
	return gives
}

// reDealBack finds a deal named again after the corporate events a
// sentence names: "as part of that transaction".
var reDealBack = lazyRegexp(`\b(?:that|this|the|such an?|any such) (?:transaction|deal|event)s?\b`)

// giving reports a form of a verb of giving or receiving data
// ("shared", "transferred", "receives").
func giving(w string) bool {
	for _, v := range []string{"share", "disclos", "pass", "send", "sent", "sell", "sold", "rent", "give", "gave", "transfer", "receiv", "provid"} {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// aimedTries counts a's tries that only state a purpose ("to try to
// reduce", the canonical "in an effort to reduce") whose verb b states
// as a plain purpose ("to reduce"), with no try of its own before it.
func aimedTries(a, b *side) int {
	k := 0
	for i := 1; i+2 < len(a.words); i++ {
		if a.words[i-1] != "to" || a.words[i+1] != "to" || !slices.Contains([]string{"try", "attempt", "endeavor", "endeavour", "strive"}, a.words[i]) {
			continue
		}
		v := a.words[i+2]
		for j := 1; j < len(b.words); j++ {
			if b.words[j] == v && b.words[j-1] == "to" && (j < 2 || !possibility[b.words[j-2]] && b.words[j-2] != "designed" && b.words[j-2] != "intended") {
				k++
				break
			}
		}
	}
	return k
}

// designedTo counts the purposes stated as what a thing is "designed to"
// or "intended to" do.
// userMay lists the stems of the verbs a user is permitted or able to
// do on sd: "you may opt out", "you can object" (not "you may not").
func userMay(sd *side) map[string]bool {
	out := map[string]bool{}
	for i := 0; i+2 < len(sd.words); i++ {
		if sd.words[i] == "you" && (sd.words[i+1] == "may" || sd.words[i+1] == "can") && !negations[sd.words[i+2]] {
			out[stem(lemma(sd.words[i+2]))] = true
		}
	}
	return out
}

// waysTo counts the ways or options sd offers to do one of verbs ("there
// are two ways to opt out", "you have several options to object").
func waysTo(sd *side, verbs map[string]bool) int {
	k := 0
	for i := 0; i+2 < len(sd.words); i++ {
		switch sd.words[i] {
		case "way", "ways", "option", "options", "means":
			if sd.words[i+1] == "to" && verbs[stem(lemma(sd.words[i+2]))] && (i == 0 || !negations[sd.words[i-1]]) {
				k++
			}
		}
	}
	return k
}

func designedTo(sd *side) int {
	k := 0
	for i, w := range sd.words {
		if (w == "designed" || w == "intended") && i+1 < len(sd.words) && sd.words[i+1] == "to" && (i == 0 || !negations[sd.words[i-1]]) {
			k++
		}
	}
	return k
}

// pluralOf reports a name word that is the plural of one the other side
// writes: "the US-EU and US-Swiss Safe Harbor Frameworks" names the two
// frameworks "the US-EU Safe Harbor Framework and the US-Swiss Safe Harbor
// Framework" does (E7).
func pluralOf(w string, other *side) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && len(one) >= 4 && containsWord(other.norm, one)
}

// reExampleAside matches an example set in brackets: "(for example, in
// the Settings app)", "(e.g. ...)".
var reExampleAside = lazyRegexp(`\s*\((?:for example|for instance|e\.g\.?|such as)\b[^()]*\)`)

// exampleAside reports a unit whose sentences differ only by an example in
// brackets added or dropped, in sentences that speak to the reader ("turn
// off location in your device settings (for example, ...)": "you" or
// "your", never "we") and where the example states no practice of its
// own (E8): no "we", "us" or "our", no negation or modal, no number, and
// no practice word the sentence did not already hold. An example set beside what "we" do ("we share it with
// partners (for example, ...)") names who or what the practice reaches,
// and is read more strictly (see plainExample), as is one beside a label
// that names no one ("Fraud checks (e.g., ...)" in a list of vendors).
func exampleAside(u *unit, o, n *side) bool {
	if len(o.canons) != len(n.canons) || o.norm == n.norm {
		return false
	}
	found := false
	for i := range o.canons {
		a, b := o.canons[i], n.canons[i]
		if a == b {
			continue
		}
		asides := append(reExampleAside().FindAllString(a, -1), reExampleAside().FindAllString(b, -1)...)
		if len(asides) == 0 || keyOf(reExampleAside().ReplaceAllString(a, "")) != keyOf(reExampleAside().ReplaceAllString(b, "")) {
			return false
		}
		host := words(reExampleAside().ReplaceAllString(a, ""))
		reader := false
		for _, w := range host {
			if w == "we" || w == "us" || w == "our" || w == "ours" {
				reader = false
				break
			}
			reader = reader || w == "you" || w == "your" || w == "yours"
		}
		had := map[string]bool{}
		for _, w := range host {
			had[stem(lemma(w))] = true
		}
		// A name in an example beside a disclosure ("our cloud host (for
		// example, Nimbus Cloud)", a list led in by "we share it with")
		// names who receives the data.
		named := !slices.Equal(o.entities, n.entities)
		if !named && i < len(u.new) && i < len(u.old) && (asideNamed(o.texts[i]) || asideNamed(n.texts[i])) {
			lead := words(u.new[i].leadIn + " " + u.old[i].leadIn)
			named = practiceCats(host)[notice.CatSharing] || practiceCats(lead)[notice.CatSharing] ||
				slices.ContainsFunc(append(host, lead...), func(w string) bool { return givingVerbs[lemma(w)] })
		}
		for _, x := range asides {
			if !named && plainExample(x, had) {
				continue
			}
			if !reader {
				return false
			}
			for _, w := range words(x) {
				switch {
				case w == "we" || w == "us" || w == "our" || negations[w] || possibility[w] || w == "can" || commitment[w] ||
					restrictive[w] || exceptions[w] || timing[w]:
					return false
				case strings.ContainsAny(w, "0123456789") || isNumberWord(w):
					return false
				case had[stem(lemma(w))]:
					continue
				}
				if _, ok := practiceCat(w); ok || practiceVerbs[stem(lemma(w))] {
					return false
				}
			}
		}
		found = true
	}
	return found
}

// reExampleAsideText is reExampleAside on display text, for its names,
// and reExampleMarker the words that open it.
var (
	reExampleAsideText = lazyRegexp(`(?i)\((?:for example|for instance|e\.g\.?|such as)\b[^()]*\)`)
	reExampleMarker    = lazyRegexp(`(?i)^\((?:for example|for instance|e\.g\.?|such as)[,:]?`)
	reClockTime        = lazyRegexp(`\b\d{1,2}:\d{2}\b`)
)

// asideNamed reports an example in brackets in text that names someone or
// something: a capitalised word after its opening words.
func asideNamed(text string) bool {
	for _, a := range reExampleAsideText().FindAllString(text, -1) {
		for _, w := range strings.Fields(reExampleMarker().ReplaceAllString(a, "")) {
			w = strings.Trim(w, "(),.;:\"'")
			if w != "" && unicode.IsUpper([]rune(w)[0]) {
				return true
			}
		}
	}
	return false
}

// plainExample reports an example in brackets, set beside what "we" do or
// beside a purpose or label, that only pictures what the sentence says
// (E8): one statement (no semicolon), no negation, qualifier, exception,
// promise or hedge ("can" only in "so that we can ..."), no time ("until
// ...") or condition on the reader or us ("if you ..."), no number but a
// time of day (the
// caller sees to named companies) and no practice word the sentence did not hold (had), and
// no verb of what is done with data but one whose object or subject is
// the reader ("sending you a guide", "a computer you have used", "what
// you often buy").
// "(for example, articles on topics you have read about)" beside "to
// show you content that matches your interests" pictures the purpose;
// "(for example, we pass your interests to our partners)" adds a
// recipient, and "(for example, we keep it for a year)" a period.
func plainExample(aside string, had map[string]bool) bool {
	// A time of day ("a timer started at 9:05") is a value, no period.
	if strings.IndexByte(aside, ':') >= 0 {
		aside = reClockTime().ReplaceAllString(aside, " ")
	}
	if strings.ContainsAny(aside, ";0123456789") {
		return false
	}
	ws := words(aside)
	for i, w := range ws {
		prev := func(k int) string {
			if i-k < 0 {
				return ""
			}
			return ws[i-k]
		}
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		switch {
		case w == "we":
			// Only the purpose it serves: "so that we can improve it".
			if next != "can" || (prev(1) != "that" && prev(1) != "so") {
				return false
			}
			continue
		case w == "can":
			if prev(1) != "we" {
				return false
			}
			continue
		case timing[w]:
			// "a computer you have used before": a bare "before" that
			// ends the example says "in the past".
			if w != "before" || i != len(ws)-1 {
				return false
			}
			continue
		case negations[w] || possibility[w] || commitment[w] || restrictive[w] || exceptions[w] || isNumberWord(w):
			return false
		case w == "until" || w == "after" || w == "within" || w == "while" || w == "once":
			// "(for example, until you close your account)" sets a time.
			return false
		case (w == "if" || w == "when") && (next == "you" || next == "your" || next == "we" || next == "they"):
			// "(for example, if you opt in)" sets a condition on the
			// practice; "if many players get stuck" only pictures it.
			return false
		case had[stem(lemma(w))]:
			continue
		}
		if _, ok := practiceCat(w); ok {
			return false
		}
		if practiceVerbs[stem(lemma(w))] && next != "you" && prev(1) != "you" && prev(2) != "you" {
			return false
		}
	}
	return true
}

// summaryMarkers open a line that sums up a section.
var summaryMarkers = []string{"in short", "in brief", "in summary", "summary:", "to sum up", "tl;dr", "in a nutshell", "at a glance", "the short version"}

// unmarkedSummary returns the one sentence of ss without the summary
// marker it opens with ("In short: we do not sell it" read "we do not sell
// it"); it reports false when ss is not one such sentence.
func unmarkedSummary(ss []*sentence) (*sentence, bool) {
	if len(ss) != 1 {
		return nil, false
	}
	x := ss[0]
	for _, m := range summaryMarkers {
		if !strings.HasPrefix(x.norm, m) {
			continue
		}
		norm := strings.TrimLeft(x.norm[len(m):], " :,-")
		if norm == "" {
			return nil, false
		}
		return withNorm(x, norm), true
	}
	return nil, false
}

// listItemsUnder returns the list items of ss under lead, the last
// sentence of their lead-in, without their closing punctuation, when
// lead has two items or more in ss.
func listItemsUnder(lead *sentence, ss []*sentence) ([]string, bool) {
	norm := strings.TrimSuffix(lead.norm, ":")
	if norm == "" {
		return nil, false
	}
	var items []string
	for _, x := range ss {
		if x != lead && x.leadIn != "" && strings.HasSuffix(strings.TrimSuffix(x.leadIn, ":"), norm) {
			item := strings.TrimSuffix(strings.TrimSpace(x.norm), ".")
			item = strings.TrimSuffix(strings.TrimSuffix(item, " and"), " or")
			items = append(items, strings.TrimSuffix(strings.TrimSuffix(item, ";"), ","))
		}
	}
	return items, len(items) >= 2
}

// listedItemsChanged compares list items with the colon list of the
// sentence of ss that shares most words with them ("... to include: a,
// b, c, or d"). An entry of that list of four words or fewer that no item
// holds, with a word the items' side lacks (fw, its words), is gone; an
// item half of whose words or more, and two at least, the list's side
// (sw) lacks is new.
func listedItemsChanged(ss []*sentence, items []string, sw, fw map[string]bool) (gone, came []string, x *sentence) {
	joined := strings.Join(items, ", ")
	most := 0
	for _, y := range ss {
		if i := listStart(y.canon); i >= 0 {
			k := 0
			for _, w := range words(y.canon[i:]) {
				if strings.Contains(joined, w) {
					k++
				}
			}
			if k > most {
				x, most = y, k
			}
		}
	}
	if x == nil {
		return nil, nil, nil
	}
	// Words of letters only: a number or an address is read by the rules
	// of values.
	content := func(t string) []string {
		var out []string
		for _, w := range words(t) {
			if !glue[w] && !stop[w] && len(w) > 1 && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) {
				out = append(out, w)
			}
		}
		return out
	}
	// "authorization controls" are "controls on who is authorized":
	// a word is named by another of its stem.
	stems := map[string]bool{}
	for w := range fw {
		stems[stem(lemma(w))] = true
	}
	list := strings.TrimSuffix(x.canon[listStart(x.canon):], ".")
	for _, e := range strings.Split(list, ", ") {
		e = strings.TrimPrefix(strings.TrimPrefix(e, "and "), "or ")
		ws := content(e)
		if len(ws) == 0 || strings.Contains(joined, e) {
			continue
		}
		// A longer entry ("physical access controls to our data
		// centers") is gone when two of its words are nowhere on the
		// items' side; one word alone may be reworded.
		lacking := 0
		for _, w := range ws {
			if !fw[w] && !stems[stem(lemma(w))] {
				lacking++
			}
		}
		if len(strings.Fields(e)) <= 4 && lacking > 0 || lacking >= 2 {
			gone = append(gone, e)
		}
	}
	// "employees" names what "employee access" did: an item's word is
	// the sentence's when one of its stem is.
	sstems := map[string]bool{}
	for w := range sw {
		sstems[stem(lemma(w))] = true
	}
	// An item is new, or a short one names a new thing in one of its
	// parts ("device data, such as mobile identifiers and the other apps
	// installed on your device"), when half its words or more, and two
	// at least, are not on the list's side. A verb's particle ("carried
	// out") says nothing of its own, and "a penetration test, which is a
	// simulated attack used to find weaknesses" adds no item: the clause
	// only says what the item is (E8). A whole item's word is known when
	// one of its stem is ("employees" for "employee access"); a part of
	// several, which names one thing, is read in its own words ("apps"
	// are not the "app" of another item).
	fresh := func(t string, byStem bool) bool {
		if m := reItemGloss().FindStringIndex(t); m != nil && glossOnly(t[m[0]:], sstems) {
			t = t[:m[0]]
		}
		ws := slices.DeleteFunc(content(t), func(w string) bool { return w == "out" })
		missing := 0
		for _, w := range ws {
			if !sw[w] && !(byStem && sstems[stem(lemma(w))]) {
				missing++
			}
		}
		return missing >= 2 && 2*missing >= len(ws)
	}
	// A part is a thing named when it is a noun phrase: no clause with
	// its own subject or verb ("you can reach them online" restates a
	// route).
	thing := func(t string) bool {
		return fresh(t, false) && !slices.ContainsFunc(words(t), func(w string) bool {
			return w == "we" || w == "you" || w == "they" || w == "can" || auxiliaries[w] || possibility[w] || commitment[w]
		})
	}
	for _, it := range items {
		parts := reItemJoin().Split(it, -1)
		if fresh(it, true) || len(words(it)) <= 16 && len(parts) > 1 && slices.ContainsFunc(parts, thing) {
			came = append(came, it)
		}
	}
	return gone, came, x
}

// reItemJoin splits a list item into the parts it joins.
var reItemJoin = lazyRegexp(`, |; | and | or | such as `)

// reItemGloss finds a clause that explains a list item: ", which is a
// simulated attack", ", which means an employee needs a second proof",
// ", in which testers try to break in".
var reItemGloss = lazyRegexp(`, (?:which (?:is|are) (?:an?|the)|which means|meaning|in which|that is,|i\.e\.,?) .*$`)

// glossBound are the kinds of practice that bound what is done with
// data: a word of theirs in an explanation says more than what a term
// is. Words of data items, safeguards or a person's own rights describe
// the thing explained ("a code sent to a phone", "a review by
// auditors").
var glossBound = set(notice.CatUse, notice.CatSharing, notice.CatRetention, notice.CatTracking, notice.CatInternational, notice.CatChildren)

// glossOnly reports a clause explaining a list item that names neither
// the company nor the reader ("we", "you", "your") and no use, recipient,
// period or transfer (glossBound) the other side (its stems, have) does
// not name: "in which testers try to break into our systems" explains a
// penetration test; "in which the results are shared with insurers"
// adds a recipient.
func glossOnly(clause string, have map[string]bool) bool {
	for _, w := range words(clause) {
		if w == "we" || w == "you" || w == "us" || w == "your" {
			return false
		}
		if c, ok := practiceCat(w); ok && glossBound[c] && !have[stem(lemma(w))] {
			return false
		}
	}
	return true
}

// glossed reports the words of sd that stand only in clauses explaining
// a term (see glossOnly), judged against the words of other.
func glossed(sd, other *side) func(string) bool {
	have := map[string]bool{}
	for _, w := range other.words {
		have[stem(lemma(w))] = true
	}
	gloss, rest := map[string]bool{}, map[string]bool{}
	for _, c := range sd.canons {
		if m := reItemGloss().FindStringIndex(c); m != nil && glossOnly(c[m[0]:], have) {
			for _, w := range words(c[m[0]:]) {
				gloss[w] = true
			}
			c = c[:m[0]]
		}
		for _, w := range words(c) {
			rest[w] = true
		}
	}
	return func(w string) bool { return gloss[w] && !rest[w] }
}

// listStart returns where the list of a sentence begins: after its
// colon, or, in a sentence without one, after the verb that leads a
// series of three entries or more ("the safeguards we use are a, b, and
// c"); -1 when it has none.
func listStart(norm string) int {
	if i := strings.Index(norm, ": "); i >= 0 {
		return i + 2
	}
	for _, v := range []string{" are ", " include ", " includes ", " including ", " such as "} {
		if i := strings.Index(norm, v); i >= 0 && strings.Count(norm[i:], ", ") >= 2 {
			return i + len(v)
		}
	}
	return -1
}

// itemsFinding is the finding of list entries dropped (gone) or added
// (came) when a list was rewritten between a sentence and a bulleted
// list.
func itemsFinding(gone, came []string, o *side, quote string) finding {
	if len(gone) > 0 {
		return finding{rule: "M14 item removed", impact: deletionImpact(o, gone), keywords: strings.Fields(strings.Join(gone, " ")),
			reason: fmt.Sprintf("'%s' is no longer in the list: %s", strings.Join(gone, "', '"), quote)}
	}
	return finding{rule: "M5 item added", impact: notice.ImpactLessProtective, keywords: strings.Fields(strings.Join(came, " ")),
		reason: fmt.Sprintf("'%s' was added to the list: %s", strings.Join(came, "', '"), quote)}
}

// timesIn counts the times w stands in ts.
func timesIn(ts []string, w string) int {
	k := 0
	for _, t := range ts {
		if t == w {
			k++
		}
	}
	return k
}

// withoutLeadCondition reads a condition that a list's lead-in sets on
// every item ("If you have a concern, these are your options:") as said
// of each item: a sentence of the other side that opened with the same
// condition ("If you have a concern, please contact us first") is
// compared with the items without it, since the condition moved into
// the lead-in and was neither dropped nor added. It holds only when
// every sentence of the unit's side is an item of that lead-in and the
// lead-in itself is judged elsewhere.
func withoutLeadCondition(u *unit) *unit {
	cond := func(ss []*sentence) string {
		c := ""
		for _, x := range ss {
			m := reLeadCondition().FindString(x.leadIn)
			if m == "" || c != "" && m != c || x.norm == x.leadIn {
				return ""
			}
			c = m
		}
		return c
	}
	// Every sentence of the other side must have opened with the
	// condition: one that did not now falls under it, and the condition
	// was extended, not moved.
	copies := map[*sentence]*sentence{}
	whole := true
	strip := func(ss []*sentence, c string) []*sentence {
		out := slices.Clone(ss)
		for i, x := range ss {
			if rest, ok := strings.CutPrefix(x.norm, c); ok && x.leadIn == "" && strings.TrimSpace(rest) != "" {
				out[i] = withNorm(x, strings.TrimSpace(rest))
				copies[x] = out[i]
			} else {
				whole = false
			}
		}
		return out
	}
	r := &unit{old: u.old, new: u.new}
	if c := cond(u.new); c != "" {
		r.old = strip(u.old, c)
	}
	if c := cond(u.old); c != "" {
		r.new = strip(u.new, c)
	}
	if len(copies) == 0 || !whole {
		return u
	}
	for _, p := range u.pairs {
		r.pairs = append(r.pairs, copiedPair(p, copies))
	}
	return r
}

// reTrailingException matches an exception that closes a sentence, up
// to its end: ", except for customer content (see section 2)".
var reTrailingException = lazyRegexp(`^(.+?),? (?:except(?: for)?|excluding|other than|apart from|with the exception of) ([^,;:]+)$`)

// reDenialOfIt matches a sentence that denies something of what the
// sentence before it is about: "it is not the controller of customer
// content".
var reDenialOfIt = lazyRegexp(`^(?:it|they|this|these|that|those) (is|are|was|were|does|do) not (.+)$`)

// exceptionAsDenial reads a sentence that closes on an exception ("X is
// the controller of the information in this policy, except for customer
// content") as the statement and a denial of it ("... in this policy. It
// is not the controller of customer content") when the other side says
// it so: a statement followed, in its paragraph, by a sentence that
// denies what the statement says (its verb and its words before the
// excepted thing) of the same excepted thing. Both say that what is
// excepted is not covered. A statement that itself denies is not so
// read: an exception to a denial allows what it names.
func exceptionAsDenial(u *unit) *unit {
	copies := map[*sentence]*sentence{}
	read := func(ss, others []*sentence) []*sentence {
		out := slices.Clone(ss)
		for i, x := range ss {
			m := reTrailingException().FindStringSubmatch(x.norm)
			if m == nil {
				continue
			}
			head, what := m[1], strings.TrimSpace(m[2])
			if slices.ContainsFunc(words(head), func(w string) bool { return negations[w] || exceptions[w] }) {
				continue
			}
			for k, y := range others {
				d := reDenialOfIt().FindStringSubmatch(y.norm)
				if d == nil || k == 0 || others[k-1].block != y.block {
					continue
				}
				pred, ok := strings.CutSuffix(d[2], " "+what)
				if !ok || strings.TrimSpace(pred) == "" {
					continue
				}
				// The denial repeats the statement's verb and the words
				// it says of the rest: "is the controller of".
				if !strings.Contains(" "+head+" ", " "+d[1]+" "+strings.TrimSpace(pred)+" ") {
					continue
				}
				out[i] = withNorm(x, head+". "+y.norm)
				copies[x] = out[i]
				break
			}
		}
		return out
	}
	r := &unit{old: read(u.old, u.new), new: read(u.new, u.old)}
	if len(copies) == 0 {
		return u
	}
	for _, p := range u.pairs {
		r.pairs = append(r.pairs, copiedPair(p, copies))
	}
	return r
}

// reTermsMean matches a definition that opens on the terms it defines,
// in quotes or not: "example, we and us mean example labs, inc".
var reTermsMean = lazyRegexp(`^(.{1,80}?) (?:means?|refers? to) (.+)$`)

// reInPlaceTerms matches the terms a name is given in place, in quotes
// and brackets after it: ` ("example", "we", "us")`.
var reInPlaceTerms = lazyRegexp(`\s*\(((?:["“][^"”]+["”](?:,| and| or)? ?)+)\)`)

// reAppositive splits a name from what it says the named is: "example
// labs, inc., the maker of the app".
var reAppositive = lazyRegexp(`^(.+?), (?:the|a|an) ([^,;]+)$`)

// definedInPlace reports a definition of terms (ss) that says what a
// sentence of the other revision says in place, by the name it gives
// the same terms in brackets (E8): "Example, we and us mean Example
// Labs, Inc." after "the app is made by Example Labs, Inc. ("Example",
// "we", "us")". What the definition adds of the named, after a comma
// ("the maker of the app"), must be in words of that sentence, a maker
// read as what makes: a definition that names more ("Example Labs, Inc.
// and its affiliates") or other terms says more. It returns the
// sentence.
func definedInPlace(ss []*sentence, other *index) (string, bool) {
	if len(ss) != 1 {
		return "", false
	}
	m := reTermsMean().FindStringSubmatch(strings.TrimSpace(ss[0].norm))
	if m == nil {
		return "", false
	}
	terms := splitTerms(m[1])
	if len(terms) == 0 {
		return "", false
	}
	name := strings.TrimSuffix(strings.TrimSpace(m[2]), ".")
	for _, y := range other.sents {
		for _, loc := range reInPlaceTerms().FindAllStringSubmatchIndex(y.norm, -1) {
			if !slices.Equal(splitTerms(y.norm[loc[2]:loc[3]]), terms) {
				continue
			}
			before := strings.TrimSuffix(strings.TrimSpace(y.norm[:loc[0]]), ".")
			n, extra := name, ""
			if !(before == n || strings.HasSuffix(before, " "+n)) {
				a := reAppositive().FindStringSubmatch(name)
				if a == nil {
					continue
				}
				n, extra = strings.TrimSuffix(a[1], "."), a[2]
				if !(before == n || strings.HasSuffix(before, " "+n)) {
					continue
				}
			}
			// The sentence's own words, "made" among them.
			have := map[string]bool{}
			for _, v := range words(y.norm) {
				have[stem(lemma(v))] = true
			}
			ok := true
			for _, w := range words(extra) {
				if glue[w] || stop[w] {
					continue
				}
				forms := []string{stem(lemma(w))}
				for _, suf := range []string{"er", "or"} {
					if b, cut := strings.CutSuffix(w, suf); cut && len(b) >= 3 {
						forms = append(forms, stem(lemma(b)), stem(lemma(b+"e")))
					}
				}
				ok = ok && slices.ContainsFunc(forms, func(f string) bool { return have[f] })
			}
			if ok {
				return y.text, true
			}
		}
	}
	return "", false
}

// reTermSeparator matches what separates the terms of a list of them.
var reTermSeparator = lazyRegexp(`,? and |,? or |, `)

// splitTerms returns the terms of a list of them, their quotes off,
// sorted: ""example", "we" and "us"" gives "example", "us", "we". It
// returns nil when an item is more than a short name.
func splitTerms(list string) []string {
	var out []string
	for _, t := range reTermSeparator().Split(list, -1) {
		t = strings.TrimSpace(strings.Trim(strings.TrimSpace(t), "\"“”,"))
		if t == "" || len(strings.Fields(t)) > 4 {
			return nil
		}
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// reDefinedAside matches a pointer to where the terms a sentence uses
// are defined: "(both terms are explained under "key terms" above)",
// ", as defined above", "(as defined in section 2)", and one that closes
// the sentence on the title of the part that does: ", described in
// "rewards" below".
var reDefinedAside = lazyRegexp(`\s*\((?:(?:both|each of these|these|the|this|all) )?(?:terms?|words?|expressions?)? ?(?:is |are )?(?:as )?(?:defined|explained|described) (?:in|under|above|below)[^()]*\)|,? as (?:defined|explained|described) (?:above|below|earlier|in (?:section|clause|part) [0-9.]+|under [^,.;()]+)|,? (?:as )?(?:defined|explained|described) (?:in|under) "[^"]+" (?:above|below)$`)

// withoutMovedDefinitions reads a name defined in place ("Example
// Labs, Inc. ("Example", "we", "us")") as the term it defines when the
// other revision defines the same terms as the same name elsewhere, in a
// list of definitions ("Example", "we" and "us" mean Example Labs, Inc.):
// the definition moved, and the sentence says "Example" on both sides.
//
// It returns the unit so read and the term read in the name's place
// ("" when none was).
func withoutMovedDefinitions(u *unit, ctx *context) (*unit, string) {
	copies := map[*sentence]*sentence{}
	moved := ""
	read := func(ss, others []*sentence) []*sentence {
		out := slices.Clone(ss)
		for i, x := range ss {
			if !strings.Contains(x.norm, "(\"") {
				continue
			}
			norm, text := x.norm, x.text
			for _, y := range others {
				m := reDefinitionOf().FindStringSubmatch(y.norm)
				if m == nil {
					continue
				}
				terms := reQuoted().FindAllString(m[1], -1)
				name := strings.TrimSuffix(strings.TrimSpace(m[2]), ".")
				if len(terms) == 0 || name == "" {
					continue
				}
				// A sentence's closing full stop is not part of the
				// name: "mean example labs, inc" names "example labs,
				// inc.".
				for _, n := range []string{name, name + "."} {
					for _, p := range []string{n + " (" + strings.Join(terms, ", ") + ")", n + " (" + strings.Join(terms, " and ") + ")"} {
						if strings.Contains(norm, p) {
							term := strings.Trim(terms[0], "\"“”")
							norm = strings.Replace(norm, p, term, 1)
							moved = term
							// The text, which names are read from, reads
							// the same way, in its own case and quotes.
							re := regexp.MustCompile(`(?i)` + strings.ReplaceAll(regexp.QuoteMeta(p), `"`, `["“”]`))
							if loc := re.FindStringIndex(text); loc != nil {
								t := text[loc[0]:loc[1]]
								if k := strings.IndexAny(t, "\"“"); k >= 0 {
									t = strings.TrimLeft(t[k:], "\"“”")
									if e := strings.IndexAny(t, "\"”"); e >= 0 {
										term = t[:e]
									}
								}
								text = text[:loc[0]] + term + text[loc[1]:]
							}
						}
					}
				}
			}
			if norm != x.norm {
				y := withNorm(&sentence{side: x.side, block: x.block, order: x.order, section: x.section, text: text, row: x.row, header: x.header}, norm)
				out[i] = y
				copies[x] = y
			}
		}
		return out
	}
	r := &unit{old: read(u.old, ctx.news), new: read(u.new, ctx.olds)}
	if len(copies) == 0 {
		return u, ""
	}
	for _, p := range u.pairs {
		r.pairs = append(r.pairs, copiedPair(p, copies))
	}
	return r, moved
}

// restatesDefinedInPlace reports a lone sentence (x) that uses terms its
// revision defines in a list of definitions ("Members" are the people
// who join the club) and that says what a sentence of the other revision
// says once each of those terms is read in place of the words it was
// defined on there: "People who join the club ("Members") share photos
// and comments ("Member Posts")" read "Members share Member Posts". A
// pointer to where the terms are defined ("(see Key terms)", ", as
// defined above") is read off x. It returns that sentence.
func restatesDefinedInPlace(x *sentence, added bool, ctx *context) (string, bool) {
	own, others := ctx.olds, ctx.news
	if x.side == 1 {
		own, others = ctx.news, ctx.olds
	}
	norm := strings.TrimSpace(withoutAside(withoutAside(x.norm, reDefinedAside()), reSeeAside()))
	if norm == "" {
		return "", false
	}
	// The terms own defines, each with the words it is defined as, an
	// article off their head ("the people who join the club").
	defs := map[string][]string{}
	for _, y := range own {
		m := reDefinitionOf().FindStringSubmatch(y.norm)
		if m == nil {
			continue
		}
		name := termWords(m[2])
		if len(name) > 0 && slices.Contains([]string{"the", "a", "an", "any", "all"}, name[0]) {
			name = name[1:]
		}
		for _, t := range reQuoted().FindAllStringSubmatch(m[1], -1) {
			if t[1] != "" && len(name) >= 2 && containsWord(" "+norm+" ", t[1]) {
				defs[t[1]] = name
			}
		}
	}
	if len(defs) == 0 {
		return "", false
	}
	xs := withNorm(x, norm)
	for _, y := range others {
		if !strings.Contains(y.norm, "(\"") {
			continue
		}
		read, ok := readDefinedInPlace(y.norm, defs)
		if !ok {
			continue
		}
		c := withNorm(y, read)
		u := &unit{old: []*sentence{c}, new: []*sentence{xs}, pairs: [][2]*sentence{{c, xs}}}
		if !added {
			u = &unit{old: []*sentence{xs}, new: []*sentence{c}, pairs: [][2]*sentence{{xs, c}}}
		}
		if fs, ed := judgeModified(u, newSide(u.old), newSide(u.new), ctx); len(fs) == 0 && strings.HasPrefix(ed, "E7 ") {
			return y.text, true
		}
	}
	return "", false
}

// withoutAside returns norm without what re matches, and without the
// comma that closed an aside set off by commas ("members upload posts,
// as defined above, to the app").
func withoutAside(norm string, re *regexp.Regexp) string {
	locs := re.FindAllStringIndex(norm, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		a, b := locs[i][0], locs[i][1]
		if strings.HasPrefix(norm[a:b], ",") && strings.HasPrefix(norm[b:], ",") {
			b++
		}
		norm = norm[:a] + norm[b:]
	}
	return norm
}

// readDefinedInPlace returns norm with each term defined in place
// ("people who join the club ("members")") read in place of the words
// it was defined on, when defs defines it as those words: the words
// before the brackets are the first words of its definition there, at
// least two and at least half of them ("photos and comments" of "photos
// and comments that members share"). It reports false when no term was
// so read.
func readDefinedInPlace(norm string, defs map[string][]string) (string, bool) {
	locs := reInPlaceTerm().FindAllStringSubmatchIndex(norm, -1)
	read := false
	for i := len(locs) - 1; i >= 0; i-- {
		l := locs[i]
		term := norm[l[2]:l[3]]
		name, ok := defs[term]
		if !ok {
			continue
		}
		before := norm[:l[0]]
		fields := strings.Fields(before)
		best := 0
		for k := min(len(name), len(fields)); k >= 2; k-- {
			tail := termWords(strings.Join(fields[len(fields)-k:], " "))
			if slices.Equal(tail, name[:len(tail)]) && len(tail) == k {
				best = k
				break
			}
		}
		if best == 0 || 2*best < len(name) {
			continue
		}
		start := len(before)
		for n := 0; n < best; n++ {
			start = strings.LastIndex(strings.TrimRight(before[:start], " "), " ") + 1
		}
		norm = norm[:start] + term + norm[l[1]:]
		read = true
	}
	return norm, read
}

// termWords returns the words of a name, lowercased, its punctuation
// off: "timesheets, project names" gives "timesheets", "project",
// "names".
func termWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.Trim(w, ",.;:()\"'"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// reInPlaceTerm matches a term defined in place, in quotes and brackets
// after the words it names: ` ("customers")`.
var reInPlaceTerm = lazyRegexp(`\s*\("([^"]+)"\)`)

// reDefinitionOf matches a definition of terms set in quotes as a name:
// ""example", "we" and "us" mean example labs, inc.".
var reDefinitionOf = lazyRegexp(`^((?:"[^"]+"(?:,| and| or)? ?)+) (?:means?|refers? to|is|are) (.+)$`)

// reLeadCondition matches the condition a lead-in opens with, up to its
// comma: "if you have a concern,", "when you shop in a store,".
var reLeadCondition = lazyRegexp(`^(?:if|when|whenever|where|wherever|once|after|before|while|unless) [^,:;]+,`)

// copiedPair returns the pair p with each sentence that copies holds a
// copy of replaced by its copy.
func copiedPair(p [2]*sentence, copies map[*sentence]*sentence) [2]*sentence {
	for i, x := range p {
		if c, ok := copies[x]; ok {
			p[i] = c
		}
	}
	return p
}

// withNorm returns a prepared copy of x that reads norm.
func withNorm(x *sentence, norm string) *sentence {
	y := &sentence{side: x.side, block: x.block, order: x.order, section: x.section, text: x.text, norm: norm,
		key: keyOf(norm), row: x.row, header: x.header, summary: x.summary}
	y.prepare()
	return y
}

// summarizesSection reports a line that opens with a summary marker ("In
// short: ..."), goes on a box one opened, or sits under a summary heading
// or lead-in, and only sums up the section it heads in the other
// revision (E8): every word of it but one, and every practice word,
// number and name, is a word of that section, each of its clauses has
// the polarity of a section sentence that shares most of its words, and
// names nothing the section speaks of only with the other polarity. "In short: we cannot guarantee security" over "our measures are
// no guarantee of security" sums it up; "in short: we guarantee
// security" over the same section contradicts it. It returns the
// section's first sentence.
func summarizesSection(x *sentence, s *side, other *index) (string, bool) {
	if !hasPrefixAny(x.canon, summaryMarkers...) && !x.summary && !inSummary(x) {
		return "", false
	}
	// "the rights described under "Your rights"" says what it says
	// without its pointer to the part that tells more.
	if t := reQuotedPointer().ReplaceAllString(x.norm, ""); t != x.norm && strings.TrimSpace(t) != "" {
		x = withNorm(x, strings.TrimSpace(t))
		s = newSide([]*sentence{x})
	}
	// A section sums up its subsections too: a box under "Choice" may
	// sum up "Marketing" and "Opt-out" below it. A summary under a
	// heading of its own ("## In short") sums up the part the heading
	// is set in.
	sec := x.section
	if len(sec) > 1 && hasAny(strings.ToLower(sec[len(sec)-1]), summaryHeads...) {
		sec = sec[:len(sec)-1]
	}
	path := prose.SectionPath(sec)
	var sect []*sentence
	for _, y := range other.sents {
		if p := prose.SectionPath(y.section); p == path || strings.HasPrefix(p, path+" › ") {
			y.prepare()
			sect = append(sect, y)
		}
	}
	// A summary set in a part that only dates the notice ("## Effective
	// date" over "Last updated: ...") sums up the notice, not the date:
	// it is read against the part the dated one is set in.
	// The date line may hold no words to keep: a part with a heading
	// that dates the notice and nothing else in it is that part.
	dated := len(sec) > 1 && (len(sect) > 0 || hasAny(strings.ToLower(sec[len(sec)-1]), "effective", "updated", "revised", "date"))
	if dated && !slices.ContainsFunc(sect, func(y *sentence) bool { return !isDateLine(y.norm) }) {
		sec = sec[:len(sec)-1]
		path = prose.SectionPath(sec)
		sect = sect[:0]
		for _, y := range other.sents {
			if p := prose.SectionPath(y.section); p == path || strings.HasPrefix(p, path+" › ") {
				y.prepare()
				sect = append(sect, y)
			}
		}
	}
	if len(sect) == 0 {
		return "", false
	}
	// A clause cut short after its auxiliary ("If we learn that we have,
	// we will delete it") says what the denial before it denied ("we do
	// not knowingly collect information from children"), affirmed: it is
	// read spelt out, for the words it shares and the polarity it has.
	spelt := map[*sentence]*sentence{}
	for i := 1; i < len(sect); i++ {
		if z := speltOut(sect[i-1], sect[i]); z != nil {
			spelt[sect[i]] = z
			sect[i] = z
		}
	}
	// A word of timing ("before they apply") sums up the section only
	// where a sentence of it says when in that word ("at least 30 days
	// before the change takes effect"); the section's own period is
	// compared where it is stated.
	if len(s.timing) > 0 {
		st := newSide(sect).timing
		for w := range s.timing {
			if st[w] == 0 {
				return "", false
			}
		}
	}
	// An exception ("except customer content") sums up the section only
	// where a sentence of it makes that exception of those words.
	if len(s.except) > 0 && !exceptionKept(x, sect) {
		return "", false
	}
	// The headings of the section and of its parts say what is under
	// them: "From other sources" over items on delivery partners is the
	// "other sources" a summary names. Each sentence is read with the
	// headings over it below the summary's own part.
	heads := map[*sentence]map[string]bool{}
	has := map[string]bool{}
	var all []string
	for _, y := range sect {
		hs := map[string]bool{}
		for _, h := range y.section[max(len(sec)-1, 0):] {
			for _, w := range words(strings.ToLower(h)) {
				if !glue[w] && !stop[w] && !isNumber(w) {
					hs[stem(lemma(w))] = true
				}
			}
		}
		heads[y] = hs
		for st := range y.stems() {
			has[st] = true
		}
		for st := range hs {
			has[st] = true
		}
		all = append(all, y.canon)
	}
	// A word of a summary is the section's when the section has it or
	// a word notices use for it (synonymGroups, summaryParaphrases).
	known := func(w string) bool {
		if has[stem(lemma(w))] {
			return true
		}
		for _, gs := range [][][]string{synonymGroups, summaryParaphrases} {
			for _, g := range gs {
				if !slices.ContainsFunc(g, func(v string) bool { return sameWord(v, w) }) {
					continue
				}
				for _, v := range g {
					if has[stem(lemma(v))] {
						return true
					}
				}
			}
		}
		return false
	}
	// "the recipients listed below" names the section's own items,
	// whatever word it gives them; its "listed below" only points at
	// them and is no word the summary shares with a sentence ("our
	// mailing list").
	pointed, pointing := map[string]bool{}, map[string]bool{}
	for _, m := range reListedBelow().FindAllStringSubmatch(x.canon, -1) {
		pointed[m[1]] = true
		for _, w := range words(m[0]) {
			if w != m[1] {
				pointing[w] = true
			}
		}
	}
	// The words a clause shares with a sentence of the section, its
	// headings and synonyms counted.
	sharesOf := func(c *side, y *sentence) int {
		n := 0
		for _, w := range c.words {
			if glue[w] || stop[w] || negations[w] || pointing[w] {
				continue
			}
			st := stem(lemma(w))
			if y.stems()[st] || heads[y][st] || paraphrased(w, y, heads[y]) {
				n++
			}
		}
		return n
	}
	text := strings.Join(all, " ")
	// "Wherever you live" or "everyone" makes a statement hold for all:
	// a summary may say so only where its section does, not over a
	// right the section gives the residents of some states.
	for _, w := range words(x.canon) {
		if widenerWords[w] && !has[stem(lemma(w))] {
			return "", false
		}
	}
	// "Help us understand how the site is used" says that we understand
	// it: a helping verb set before the verb it helps names nothing the
	// section must say.
	helping := map[string]bool{}
	xs := words(x.canon)
	for i := 0; i+2 < len(xs); i++ {
		if (xs[i] == "help" || xs[i] == "helps") && (xs[i+1] == "us" || xs[i+1] == "you" || xs[i+1] == "them" || xs[i+1] == "to") {
			helping[xs[i]] = true
		}
	}
	missing := 0
	for _, w := range s.words {
		// "you can" is weighed as the section's sentences' modals are,
		// below.
		if glue[w] || stop[w] || negations[w] || known(w) || pointed[w] || helping[w] || w == "can" ||
			w == "short" || w == "brief" || w == "summary" || w == "sum" || w == "nutshell" || w == "glance" || w == "version" {
			continue
		}
		// A number is compared below, with its unit, as a quantity.
		if isNumber(w) && len(s.quantities) > 0 {
			continue
		}
		if _, ok := practiceCat(w); ok || practiceVerbs[stem(lemma(w))] || isNumber(w) || isNumberWord(w) {
			return "", false
		}
		if missing++; missing > 1 {
			return "", false
		}
	}
	// Quantities are compared as values: "30 days" as "d30".
	qs := newSide(sect).quantities
	for _, q := range s.quantities {
		if !strings.Contains(text, q) && !slices.Contains(qs, q) {
			return "", false
		}
	}
	// A name is compared by its words: "Example Labs Inc" is "Example
	// Labs, Inc.".
	textWords := " " + strings.Join(words(text), " ") + " "
	for _, e := range s.entities {
		if !strings.Contains(text, strings.ToLower(e)) && !strings.Contains(textWords, " "+strings.Join(words(strings.ToLower(e)), " ")+" ") {
			return "", false
		}
	}
	for _, cl := range reClause().Split(x.canon, -1) {
		// "The customer, not the company, is the controller" says of the
		// customer what it says, the party it sets against it named
		// aside: the clause is weighed for its words and polarity
		// without that aside (the name is still compared above).
		// The sentence it is read against must say it of the party it
		// names and not of the one it sets aside: "the company, not the
		// customer, is the controller" over "the customer is the
		// controller" turns it round.
		var subject, aside []string
		if loc := reContrastAside().FindStringIndex(cl); loc != nil {
			if bw := words(cl[:loc[0]]); len(bw) > 0 {
				subject = bw[len(bw)-1:]
			}
			for _, w := range words(cl[loc[0]:loc[1]]) {
				if w != "not" && !glue[w] && !stop[w] {
					aside = append(aside, w)
				}
			}
			cl = cl[:loc[0]] + " " + cl[loc[1]:]
		}
		c := newSide([]*sentence{{text: cl, canon: cl}})
		// A clause shares two words with its source, or its one content
		// word ("we do not sell it").
		n := 0
		for _, w := range c.words {
			if !glue[w] && !stop[w] && !negations[w] && !pointing[w] {
				n++
			}
		}
		var best *sentence
		most := 0
		for _, y := range sect {
			if k := sharesOf(c, y); k > most {
				best, most = y, k
			}
		}
		if best == nil || most < min(2, n) {
			return "", false
		}
		if len(subject) > 0 && !slices.ContainsFunc(sect, func(y *sentence) bool {
			return sharesOf(c, y) == most && hasStem(y.stems(), subject[0]) &&
				!slices.ContainsFunc(aside, func(w string) bool { return hasStem(y.stems(), w) })
		}) {
			return "", false
		}
		// Of the sentences that share as many words, one must agree:
		// "but not from operational emails we need to send" is "you
		// cannot opt out of these operational emails" as much as
		// "rarely we may need to contact you".
		agrees := false
		for _, y := range sect {
			if sharesOf(c, y) != most {
				continue
			}
			b := newSide([]*sentence{y})
			if ((c.neg > 0) == (b.neg > 0) || (c.neg > 0) == sourceClauseNeg(c, b)) && c.possible <= b.possible {
				agrees = true
				break
			}
		}
		if !agrees {
			return "", false
		}
		// Nor may it name a thing that the section speaks of only in
		// sentences of the other polarity, and the notice in none of
		// its own: "you may stop newsletters and order receipts" over
		// "order receipts ... you cannot stop them".
		// A party named by its kind and then by what it does ("the
		// companies that help us serve you") is named by its clause,
		// whose words are weighed here.
		described := map[string]bool{}
		cws := words(cl)
		for i, w := range cws[:max(len(cws)-1, 0)] {
			if genericParties[w] && (cws[i+1] == "that" || cws[i+1] == "who" || cws[i+1] == "which") {
				described[w] = true
			}
		}
		for _, w := range denied(cl, c) {
			// How often ("the rare emails") names no thing; nor does a
			// pointer ("listed below").
			if glue[w] || stop[w] || negations[w] || frequencyWords[w] || pointing[w] || described[w] {
				continue
			}
			st := stem(lemma(w))
			same, opposite := false, false
			for _, y := range other.sents {
				if z, ok := spelt[y]; ok {
					y = z
				}
				if !y.stems()[st] {
					continue
				}
				if (newSide([]*sentence{y}).neg > 0) == (c.neg > 0) {
					same = true
					break
				}
				opposite = opposite || slices.Contains(sect, y)
			}
			if opposite && !same {
				return "", false
			}
		}
	}
	return sect[0].text, true
}

// speltOut returns y with the clause it cuts short after its auxiliary
// ("if we learn that we have,") spelt out in the words that the denial
// prev, the sentence before it in its paragraph, denies: "if we learn
// that we have knowingly collected information from children, ...". It
// returns nil when y cuts no clause short or prev denies nothing.
func speltOut(prev, y *sentence) *sentence {
	if prev.block != y.block {
		return nil
	}
	loc := reElided().FindStringIndex(y.norm)
	if loc == nil || strings.Contains(y.norm[loc[0]:loc[1]], " so") {
		return nil
	}
	pw := strings.Fields(strings.TrimRight(prev.norm, ".!;: "))
	j := slices.IndexFunc(pw, func(w string) bool { return negations[strings.Trim(w, ",;")] })
	if j < 0 || j+1 >= len(pw) {
		return nil
	}
	at := strings.TrimRight(y.norm[:loc[1]-1], " ")
	return withNorm(y, at+" "+strings.Join(pw[j+1:], " ")+y.norm[loc[1]-1:])
}

// sourceClauseNeg reports whether the clause of b that shares most words
// with c denies: "delivery partners tell us when an order could not be
// delivered" states that partners tell us; only its condition denies.
func sourceClauseNeg(c, b *side) bool {
	want := map[string]bool{}
	for _, w := range c.words {
		want[stem(lemma(w))] = true
	}
	neg, most := b.neg > 0, 0
	for _, cl := range clausesOf(b) {
		n := 0
		for _, w := range cl.words {
			if want[stem(lemma(w))] {
				n++
			}
		}
		if n > most {
			neg, most = cl.neg, n
		}
	}
	return neg
}

// denied returns the words of the clause cl (read as c) that its polarity
// holds of: in a denial, those before a relative clause set after the
// negation with no "that" ("not from the emails we need to send": the
// need is not denied).
func denied(cl string, c *side) []string {
	if c.neg == 0 {
		return c.words
	}
	ws := words(cl)
	var out []string
	after := -1
	// The subject of an active verb denied ("our cameras do not use face
	// recognition") is not what is denied: the cameras are there, and
	// only what they are said to do is denied. A passive one ("order
	// receipts cannot be stopped") is.
	if j := slices.IndexFunc(ws, func(w string) bool { return negations[w] }); j > 0 && j+1 < len(ws) &&
		!beForms[ws[j+1]] && !beForms[ws[j-1]] && !slices.Contains(ws[:j], "there") {
		ws = ws[j:]
	}
	for i, w := range ws {
		if negations[w] && after < 0 {
			after = i
		}
		if after >= 0 && i > after+1 && subjectPronoun[w] {
			break
		}
		out = append(out, w)
	}
	return out
}

// extendedSentences returns the old and new sentences of u where the new
// one is the old one, word for word, with a clause put on its end (after
// a comma, a semicolon or "and"), and that clause restates no sentence
// of the old revision.
func extendedSentences(u *unit, olds []*sentence) [][3]*sentence {
	var out [][3]*sentence
	for _, o := range u.old {
		base := strings.TrimRight(strings.TrimSpace(o.norm), ".!")
		if len(strings.Fields(base)) < 4 {
			continue
		}
		for _, n := range u.new {
			rest, ok := strings.CutPrefix(n.norm, base)
			// The old sentence ends where the clause is put on: after
			// its last word comes a comma, a semicolon, "and" or "but".
			if !ok || !hasPrefixAny(rest, ",", ";", " and ", " but ") || strings.HasSuffix(strings.TrimSpace(o.norm), ":") {
				continue
			}
			rest = strings.TrimSpace(strings.TrimLeft(rest, ",;"))
			for _, j := range []string{"and ", "but "} {
				rest = strings.TrimPrefix(rest, j)
			}
			// An example put on the end ("(for example, ...)") only
			// pictures what the sentence says.
			if len(strings.Fields(rest)) < 3 || rest == n.norm || hasPrefixAny(strings.TrimLeft(rest, "( "), "for example", "for instance", "such as", "e.g.", "including", "like ") {
				continue
			}
			if c := withNorm(n, rest); newWords(c, olds) >= 2 {
				out = append(out, [3]*sentence{o, n, c})
			}
		}
	}
	return out
}

// newWords counts the content words of x that no sentence of ss (the
// old revision) has, by stem or synonym: a clause made of words the
// notice already uses, merged in from another sentence or naming an
// example of what it says, is no new statement.
func newWords(x *sentence, ss []*sentence) int {
	n := 0
	for _, w := range words(x.canon) {
		st := stem(lemma(w))
		if glue[w] || stop[w] || negations[w] || isNumber(w) || len(w) < 3 || !x.stems()[st] {
			continue
		}
		found := false
		for _, y := range ss {
			if y.stems()[st] || synonymOf(w, words(y.canon)) {
				found = true
				break
			}
		}
		if !found {
			n++
		}
	}
	return n
}

// summaryParaphrases are words a summary uses for the words a notice's
// body uses: the rights to "see", "fix" or "move" data are the rights to
// access, correct and port it; a "retention period" is how long data is
// kept; "settings" are preferences; to "limit how we use" data is to
// restrict its processing; cookies that "recognise you" and "tailor" a
// site identify you and customize it.
var summaryParaphrases = [][]string{
	{"see", "view", "access"},
	{"fix", "correct", "rectify"},
	{"move", "port", "portability", "portable"},
	{"retention", "keep", "kept", "retain", "retained"},
	{"setting", "settings", "preference", "preferences"},
	{"ask", "contact"},
	{"live", "resident", "residents", "reside"},
	{"use", "process", "processing"},
	{"recognise", "recognize", "identify"},
	{"tailor", "customize", "customise", "personalize", "personalise"},
}

// joinedAdverbial opens a phrase of time or place joined to another by
// "and" or "or": "without undue delay and within 72 hours".
var joinedAdverbial = map[string]bool{"within": true, "in": true, "at": true, "by": true, "after": true, "before": true, "until": true, "no": true}

// widenerWords make a statement hold for everyone or everywhere.
// reContrastAside matches a party set against the subject of a clause
// after a comma: ", not the company,".
var reContrastAside = lazyRegexp(`, not (?:the |our |a |an )?[a-z][a-z0-9'&. -]{0,40}, `)

// beForms are the forms of "be" that make a verb passive or a clause a
// statement of what a thing is.
var beForms = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "was": true, "were": true, "am": true}

var widenerWords = map[string]bool{"wherever": true, "whoever": true, "regardless": true, "everyone": true, "everybody": true, "anyone": true, "anybody": true, "whatever": true}

// frequencyWords say how often something happens.
var frequencyWords = map[string]bool{"rare": true, "rarely": true, "occasional": true, "occasionally": true, "sometimes": true, "periodic": true, "periodically": true, "seldom": true, "frequent": true, "frequently": true}

// paraphrased reports a word w whose synonym (synonymGroups,
// summaryParaphrases) y or the headings hs over it hold.
func paraphrased(w string, y *sentence, hs map[string]bool) bool {
	for _, gs := range [][][]string{synonymGroups, summaryParaphrases} {
		for _, g := range gs {
			if !slices.ContainsFunc(g, func(v string) bool { return sameWord(v, w) }) {
				continue
			}
			for _, v := range g {
				if st := stem(lemma(v)); y.stems()[st] || hs[st] {
					return true
				}
			}
		}
	}
	return false
}

// exceptionKept reports whether each exception of x ("except Customer
// Content") is made by a sentence of ys of the same words: one that has
// an exception word and every content word that follows x's up to the
// clause's end, or up to a second phrase of time or place joined to it
// ("without undue delay and within 72 hours after ...": the period is
// compared as a quantity).
func exceptionKept(x *sentence, ys []*sentence) bool {
	ws := words(x.canon)
	for i, w := range ws {
		if !exceptions[w] {
			continue
		}
		var what []string
		for k, v := range ws[i+1:] {
			if v == "," || v == ";" || v == "which" || v == "that" || v == "who" {
				break
			}
			if (v == "and" || v == "or") && i+k+2 < len(ws) && joinedAdverbial[ws[i+k+2]] {
				break
			}
			if !glue[v] && !stop[v] && !isNumber(v) && v != "for" {
				what = append(what, v)
			}
		}
		if len(what) == 0 {
			return false
		}
		ok := false
		for _, y := range ys {
			if !slices.ContainsFunc(words(y.canon), func(v string) bool { return exceptions[v] }) {
				continue
			}
			all := true
			for _, v := range what {
				all = all && y.stems()[stem(lemma(v))]
			}
			if all {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// leftDenial reports a word split off a one-clause denial into a clause
// of its own that affirms the denial's verb: "we do not use cookies or
// pixels" → "we do not use cookies, but we use pixels" (or "the app uses
// no cookies and uses pixels") no longer denies pixels, though each side
// has one negation.
func leftDenial(o, n *side) (string, bool) {
	if len(o.texts) != 1 || len(n.texts) != 1 {
		return "", false
	}
	oc := clausesOf(o)
	if len(oc) != 1 || !oc[0].neg {
		return "", false
	}
	// Only what follows the negation is denied: "we use our tools and
	// networks are not allowed" denies nothing of the tools.
	was := map[string]bool{}
	for _, w := range oc[0].words[oc[0].from:] {
		was[stem(lemma(w))] = true
	}
	nc := clausesOf(n)
	denied := map[string]bool{}
	for _, c := range nc {
		if c.neg {
			for _, w := range c.words {
				denied[stem(lemma(w))] = true
			}
		}
	}
	for _, c := range nc {
		if c.neg || !slices.ContainsFunc(c.words, func(w string) bool { return was[stem(lemma(w))] && isPracticeVerb(w) }) {
			continue
		}
		for _, w := range c.words {
			if st := stem(lemma(w)); was[st] && !denied[st] && !isPracticeVerb(w) {
				return w, true
			}
		}
	}
	return "", false
}

// leadPolarity reads a list's lead-in by its last sentence: 2 for one
// that denies handing on to what it goes on to list ("We never sell or
// rent your data to:"), 1 for one that hands data on to it ("We share
// it with:"), 0 for one that says neither, or that lets an exception, a
// limit or a condition in ("We do not share it except with:", "...
// unless:").
func leadPolarity(lead string) int {
	body := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(lead), ":"))
	if k := strings.LastIndex(body, ". "); k >= 0 {
		body = body[k+2:]
	}
	if body == "" {
		return 0
	}
	l := &sentence{text: body, norm: body}
	l.prepare()
	if !slices.ContainsFunc(l.canonWords(), handsOn) || hasAny(" "+l.canon+" ", " except ", " other than ", " unless ", " only ", " but ",
		" besides ", " apart from ", " without ", " if ", " when ", " where ", " until ", " save ", " beyond ", " outside ", " instead ", " rather ") {
		return 0
	}
	if newSide([]*sentence{l}).neg > 0 {
		return 2
	}
	return 1
}

// handingVerbs are the verbs, by stem, that put data in someone's hands:
// "we sell it to", "we provide it to advertisers", "we make it
// available to".
var handingVerbs map[string]bool

// handsOn reports a form of a verb of handingVerbs.
func handsOn(w string) bool {
	return handingVerbs[stem(lemma(w))] || handingVerbs[stem(lemma(strings.TrimSuffix(w, "s")))]
}

// itemHead returns the words of a list item that name what it lists:
// those before a comma, a bracket or a word that opens a clause or a
// condition ("fraud agencies, when we ..." names "fraud agencies").
func itemHead(x *sentence) []string {
	var out []string
	for _, t := range diffTokens(x.canon) {
		switch t {
		case ",", ";", ":", "(", ")", "if", "when", "where", "unless", "as", "such", "under", "to", "who", "that", "which",
			"for", "including", "like", "with", "without", "except":
			return out
		}
		if !glue[t] && !stop[t] && !negations[t] && !isNumber(t) && len(t) >= 3 && !handsOn(t) {
			out = append(out, t)
		}
	}
	return out
}

// statedPolarity maps the stem of each word of ss to how the side says
// it: 2 in clauses that deny, 1 in clauses that hand data on and deny
// nothing, 4 in other clauses, or'ed together. A list item that only
// names what its list is of is said as its lead-in says it
// (leadPolarity): "advertisers;" under "We never sell it to:" is
// denied, under "We share it with:" handed on. The second map holds the
// stems of such items' head words.
func statedPolarity(ss []*sentence) (map[string]int, map[string]string) {
	pol, items := map[string]int{}, map[string]string{}
	for _, x := range ss {
		lead := x.leadIn
		if x.row {
			lead = x.tableLead
		}
		if lead != "" && verblessItem(x) {
			if lp := leadPolarity(lead); lp > 0 {
				for _, w := range itemHead(x) {
					st := stem(lemma(w))
					pol[st] |= lp
					items[st] = w
				}
				continue
			}
		}
		// A sentence that denies nothing hands on in each of its clauses
		// when it hands on in one: "we give it to advertisers" ("give"
		// is no content word of a clause).
		xs := newSide([]*sentence{x})
		whole := xs.neg == 0 && slices.ContainsFunc(xs.tokens(), handsOn)
		for _, c := range clausesOf(xs) {
			bit := 4
			switch {
			case c.neg:
				bit = 2
			case whole || slices.ContainsFunc(c.words, handsOn):
				bit = 1
			}
			for _, w := range c.words {
				pol[stem(lemma(w))] |= bit
			}
		}
	}
	return pol, items
}

// itemDenialLifted reports a word that side from says only under a
// denial and side to only as handed on, where one side names it in a
// list item read with its lead-in (statedPolarity): "We never sell or
// rent your data to: - advertisers; - data brokers." recast as "We
// never sell or rent it to data brokers. We provide it to advertisers."
// no longer denies what it did of advertisers; read the other way, an
// item of a list of recipients ("We share it with: - advertisers;") now
// said only in the sentence that denies is denied.
func itemDenialLifted(from, to []*sentence) (string, bool) {
	if len(from) == 0 || len(to) == 0 {
		return "", false
	}
	fp, fi := statedPolarity(from)
	tp, ti := statedPolarity(to)
	for _, st := range slices.Sorted(maps.Keys(fp)) {
		if fp[st] != 2 || tp[st] != 1 {
			continue
		}
		if w, ok := fi[st]; ok {
			return w, true
		}
		if w, ok := ti[st]; ok {
			return w, true
		}
	}
	return "", false
}

// isPracticeVerb reports a form of a verb of practiceVerbs ("use",
// "uses").
func isPracticeVerb(w string) bool {
	return practiceVerbs[stem(lemma(w))] || practiceVerbs[stem(lemma(strings.TrimSuffix(w, "s")))]
}

// clause is a stretch of a sentence's tokens, its content words and
// whether it holds a negation.
type clause struct {
	words []string
	neg   bool
	from  int // with neg: the index in words of the first word after the negation
}

// conditional are the words that open a condition.
var conditional = map[string]bool{"if": true, "unless": true, "until": true, "when": true, "whenever": true}

// clausesOf splits sd's tokens into clauses. A clause ends at a
// semicolon, a colon, a sentence's end, "but", "however", "whereas",
// "while", "although", a relative word ("that", "which"), an "and" that
// opens a clause of its own ("and we ...", "and never ...", "and are
// ...", "and uses ...") and a comma that does not part the items of a
// list. A condition ("if ...", "unless ...") is left out: it neither
// denies nor states. "Without" denies as "no" does.
func clausesOf(sd *side) []clause {
	var out []clause
	var cur []string
	flush := func() {
		toks := cur
		cur = nil
		// A condition ("if we do not hear back, ...") denies nothing the
		// statement does, and states nothing either.
		if len(toks) == 0 || conditional[toks[0]] {
			return
		}
		var c clause
		for i, w := range toks {
			// "Do Not Track" names a signal; it denies nothing.
			if !c.neg && (negations[w] || w == "without") && !(w == "not" && i > 0 && toks[i-1] == "do" && i+1 < len(toks) && toks[i+1] == "track") {
				c.neg, c.from = true, len(c.words)
			}
			if !glue[w] && !stop[w] && !negations[w] && !isNumber(w) && len(w) >= 3 {
				c.words = append(c.words, w)
			}
		}
		out = append(out, c)
	}
	ts := sd.tokens()
	for i, t := range ts {
		end := false
		switch t {
		case ";", ":", ".", "!", "?", "but", "however", "whereas", "while", "although", "though", "that", "which", "who", "whom", "where":
			end = true
		case "if", "unless", "until", "when", "whenever":
			// The condition is a clause of its own, which flush drops.
			flush()
			cur = append(cur, t)
			continue
		case ",":
			end = !listComma(ts, i, true)
		case "and":
			end = i+1 < len(ts) && (subjectPronoun[ts[i+1]] || negations[ts[i+1]] || helper(ts[i+1]) || auxiliaries[ts[i+1]] || isPracticeVerb(ts[i+1]))
		}
		if end {
			flush()
			continue
		}
		cur = append(cur, t)
	}
	flush()
	return out
}

// textWords returns the words of sd's sentences as written, lowercased:
// canonical forms rewrite some of the verbs routes looks for.
func textWords(sd *side) []string { return words(strings.ToLower(strings.Join(sd.texts, " "))) }

// routes lists the ways a sentence offers to do something, each a verb in
// -ing after "by", and after "or" or "and" once a "by" route is named:
// "by using the link or by contacting us" and "by using the link or
// emailing us" offer two. A way named by its means, "through" or "via" a
// thing, counts when a "by" route is its alternative: "either through the
// link or by contacting us" offers two as well.
func routes(ts []string) []string {
	var out []string
	started := false
	for i := 0; i+1 < len(ts); i++ {
		next := ts[i+1]
		if next == "by" && i+2 < len(ts) && (ts[i] == "or" || ts[i] == "and") {
			continue
		}
		switch {
		case (ts[i] == "through" || ts[i] == "via") && !started && meansBeforeBy(ts[i+1:]):
			started = true
			out = append(out, ts[i])
		case ts[i] == "by" && gerund(next):
			started = true
			out = append(out, next)
		case started && (ts[i] == "or" || ts[i] == "and") && gerund(next):
			out = append(out, next)
		}
	}
	return out
}

// statedWays returns the number of ways sd says there are to do
// something ("there are two ways to opt out"), or 0.
func statedWays(sd *side) int {
	k := 0
	for i := 0; i+2 < len(sd.words); i++ {
		switch sd.words[i+1] {
		case "ways", "options", "means":
			if sd.words[i+2] != "to" {
				continue
			}
			if v, ok := numberWords[sd.words[i]]; ok && v > k {
				k = v
			} else if v, err := strconv.Atoi(sd.words[i]); err == nil && v > k {
				k = v
			}
		}
	}
	return k
}

// meansBeforeBy reports whether ts, the words after "through" or "via",
// go on within the clause to "or by" and a verb in -ing: "the link in the
// email or by contacting us".
func meansBeforeBy(ts []string) bool {
	for i := 0; i+2 < len(ts) && i < 12; i++ {
		if ts[i] == "or" && ts[i+1] == "by" && gerund(ts[i+2]) {
			return true
		}
	}
	return false
}

// gerund reports a verb's -ing form: "using", "contacting"; not a noun
// that ends so ("marketing", "information").
func gerund(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ing") && !nounsInIng[w]
}

var nounsInIng = map[string]bool{"marketing": true, "advertising": true, "billing": true, "pricing": true, "setting": true,
	"settings": true, "training": true, "something": true, "anything": true, "nothing": true, "everything": true}

// phraseOf joins tokens as a phrase is written: "partners , processors"
// reads "partners, processors".
func phraseOf(ts []string) string { return strings.ReplaceAll(strings.Join(ts, " "), " ,", ",") }

// monetizing are the stems of the verbs that give data for money or in
// kind: selling, renting, leasing, trading. Sharing, disclosing,
// transferring or giving data says nothing of payment.
var monetizing = map[string]bool{"sell": true, "rent": true, "leas": true, "trad": true}

// reCorporateEvent finds the corporate events a notice names as grounds
// for handing data over: a merger, an acquisition, a sale of the business
// or its assets, a bankruptcy, a reorganisation, a closure.
var reCorporateEvent = lazyRegexp(`\b(?:merg(?:er|ers|e|es|ed|ing)|acqui(?:sition|sitions|red|re|res|ring)|takeover|taken over|bankrupt(?:cy|cies)?|insolven(?:cy|t)|receivership|administration|reorgani[sz](?:ation|ations|e|ed|ing)|restructur(?:e|ed|ing)|dissol(?:ution|ve|ved)|liquidat(?:ion|e|ed)|wind(?:ing)? up|wound up|clos(?:e|es|ed|ing|ure) (?:of )?(?:our|the|its) (?:business|company|companies|operations)|(?:cease|ceases|ceased) (?:operations|trading|to operate)|(?:sale|sell|sells|sold|selling|transfer) (?:of )?(?:(?:all|some|part|any part|a part|substantially all) (?:or (?:some|part|substantially all) )?of )?(?:our|the|its) (?:business|businesses|company|assets|shares|stock)|(?:sale|sell|sells|sold|selling) (?:of )?(?:(?:all|some|part|any part|a part|substantially all) (?:or (?:some|part|substantially all) )?of )?(?:the |its |our )?(?:business|company|assets))\b`)

// corporateEvent names the kind of corporate event a match of
// reCorporateEvent is.
func corporateEvent(m string) string {
	switch {
	case strings.HasPrefix(m, "merg"):
		return "merger"
	case strings.HasPrefix(m, "acqui"), strings.HasPrefix(m, "take"):
		return "acquisition"
	case strings.HasPrefix(m, "bankrupt"), strings.HasPrefix(m, "insolven"), m == "receivership", m == "administration":
		return "bankruptcy"
	case strings.HasPrefix(m, "reorgani"), strings.HasPrefix(m, "restructur"):
		return "reorganisation"
	case strings.HasPrefix(m, "clos"), strings.HasPrefix(m, "cease"), strings.HasPrefix(m, "dissol"),
		strings.HasPrefix(m, "liquidat"), strings.HasPrefix(m, "wind"), strings.HasPrefix(m, "wound"):
		return "closure"
	}
	return "sale"
}

// corporateEvents lists the kinds of corporate event n names and o does
// not, and the reverse, when both name at least one: a ground for a
// transfer of data added or dropped (M7). A text that names none is
// left to the other rules.
func corporateEvents(o, n string) (added, dropped []string) {
	if !hasAny(o, "merg", "acqui", "takeover", "taken over", "bankrupt", "insolven", "receivership", "administration",
		"reorgani", "restructur", "dissol", "liquidat", "wind", "wound", "clos", "cease", "sale", "sell", "sold", "transfer") {
		return nil, nil
	}
	kinds := func(t string) map[string]bool {
		out := map[string]bool{}
		for _, m := range reCorporateEvent().FindAllString(t, -1) {
			out[corporateEvent(m)] = true
		}
		return out
	}
	ok, nk := kinds(o), kinds(n)
	if len(ok) == 0 || len(nk) == 0 {
		return nil, nil
	}
	for k := range nk {
		if !ok[k] {
			added = append(added, k)
		}
	}
	for k := range ok {
		if !nk[k] {
			dropped = append(dropped, k)
		}
	}
	sort.Strings(added)
	sort.Strings(dropped)
	return added, dropped
}

// saleSwapped reports a one-sentence edit that puts a verb of selling in
// place of another verb of giving data, or the reverse: the sentence says
// as often that data is given, but no longer (or now) that it is sold.
func saleSwapped(o, n *side) (from, to string, ok bool) {
	count := func(sd *side) (sold, given int, soldW, givenW string) {
		for _, w := range sd.words {
			st := stem(lemma(w))
			switch {
			case monetizing[st]:
				sold++
				soldW = w
			case givingVerbs[baseVerb(w)] || st == "disclos" || st == "transfer" || st == "provid":
				given++
				givenW = w
			}
		}
		return
	}
	os, og, osw, ogw := count(o)
	ns, ng, nsw, ngw := count(n)
	switch {
	case ns == os+1 && ng == og-1:
		return ogw, nsw, true
	case ns == os-1 && ng == og+1:
		return osw, ngw, true
	}
	return "", "", false
}

// baseVerb returns the base form of a giving or viewing verb ("shares",
// "shared" → "share"), or w.
func baseVerb(w string) string {
	if b, ok := viewVerbs[w]; ok {
		return b
	}
	if b, ok := participleOf[w]; ok {
		return b
	}
	return w
}

// keptSafe reports a word of "keep ... safe" or "keep ... secure" in sd
// where other, or its paragraph, protects, secures or safeguards: "we
// work hard to keep players' information safe" is "we work hard to
// protect players' information", a safeguard, not a period of retention.
func keptSafe(sd, other *side) func(string) bool {
	return func(w string) bool {
		if !strings.Contains(sd.norm, "keep") || !hasAny(other.norm+" "+strings.ToLower(strings.Join(other.paras, " ")), "protect", "secur", "safeguard") {
			return false
		}
		for _, m := range reKeepSafe().FindAllString(sd.norm, -1) {
			f := strings.Fields(m)
			if sameWord(w, f[0]) || w == f[len(f)-1] {
				return true
			}
			// What is kept safe is what the other side's paragraph
			// protects ("to keep players' information safe" beside "we
			// work hard to protect players' information"): the same aim
			// said again, no item added.
			if ws := words(m); slices.ContainsFunc(ws[1:len(ws)-1], func(x string) bool { return sameWord(w, x) }) && protectedIn(other, w) {
				return true
			}
		}
		return false
	}
}

// protectedIn reports w among the words a paragraph of sd says are
// protected or safeguarded ("protect players' information").
func protectedIn(sd *side, w string) bool {
	for _, p := range sd.paras {
		norm := canonicalize(strings.ToLower(p))
		if !hasAny(norm, "protect", "safeguard") {
			continue
		}
		for _, m := range reProtectWhat().FindAllString(norm, -1) {
			if slices.ContainsFunc(words(m)[1:], func(x string) bool { return sameWord(w, x) }) {
				return true
			}
		}
	}
	return false
}

// titleNamed reports a name w that the title of the notice holding ss
// (its first heading) holds as a whole word: "lantern" of "Lantern Lagoon
// Privacy Policy".
func titleNamed(w string, ss []*sentence) bool {
	for _, x := range ss {
		if len(x.section) > 0 {
			return containsWord(strings.ToLower(x.section[0]), strings.ToLower(w))
		}
	}
	return false
}

// reOwnerOf matches a name in the possessive and what it owns: "lantern
// lagoon's servers".
var reOwnerOf = lazyRegexp(`((?:[a-z0-9&-]+ ){0,3}[a-z0-9&-]+)['’]s ([a-z-]+)`)

// ownedAsOurs reports a word w of a name that sd writes in the possessive
// ("Example Game's servers"), where every word of the name up to the
// possessive is the notice's own (its title's, or a name it gives itself
// beside "we": self) and other says "our" of the same noun ("our
// servers").
func ownedAsOurs(w string, sd, other *side, ss []*sentence, self []string) bool {
	own := func(x string) bool {
		if titleNamed(x, ss) {
			return true
		}
		return slices.ContainsFunc(self, func(name string) bool { return containsWord(name, x) })
	}
	if !own(w) {
		return false
	}
	for _, t := range sd.texts {
		for _, m := range reOwnerOf().FindAllStringSubmatch(strings.ToLower(t), -1) {
			if !containsWord(" "+other.norm+" ", "our "+m[2]) {
				continue
			}
			// The name is the run of the notice's own words that ends at
			// the possessive.
			f := strings.Fields(m[1])
			for i := len(f) - 1; i >= 0 && own(f[i]); i-- {
				if f[i] == w {
					return true
				}
			}
		}
	}
	return false
}

// usedByName reports the product w (a word of its name) named in norm as the object of a verb
// of using it ("play Lantern Lagoon") that other has with no object
// ("if you play from abroad").
func usedByName(w, norm, other string) bool {
	for _, v := range []string{"play", "use", "visit", "open"} {
		_, after, ok := strings.Cut(norm, " "+v+" ")
		if !ok || !hasAny(" "+other+" ", " you "+v+" ", " players "+v+" ", " users "+v+" ") ||
			strings.Contains(other, " "+v+" the ") || strings.Contains(other, " "+v+" our ") {
			continue
		}
		// The name is one of the (at most three) words after the verb.
		ws := strings.Fields(after)
		if slices.Contains(ws[:min(3, len(ws))], w) {
			return true
		}
	}
	return false
}

// handedToItself returns a test for a word of sd that only names the
// notice's own product as where the reader puts something: the
// "service" of "customers upload their files to the service". What a
// user uploads, submits or posts goes to the service whether the
// sentence says so or not. What "we" send somewhere is another matter.
func handedToItself(sd *side) func(string) bool {
	return func(w string) bool {
		if !selfNouns[w] {
			return false
		}
		for _, m := range reHandedTo().FindAllStringSubmatch(sd.norm, -1) {
			if m[2] == w && !strings.HasSuffix(sd.norm[:strings.Index(sd.norm, m[0])], "we ") {
				return true
			}
		}
		return false
	}
}

// selfNouns are the common nouns a notice calls its own product by.
var selfNouns = map[string]bool{"service": true, "services": true, "app": true, "apps": true, "site": true, "website": true, "platform": true, "game": true}

// reHandedTo matches a verb of the reader's putting something somewhere,
// and where: "upload timesheets to the service".
var reHandedTo = lazyRegexp(`\b(upload|uploads|uploaded|submit|submits|submitted|post|posts|posted|enter|enters|entered|add|adds|added)\b[^,;.:]*? (?:to|into|on|in) (?:the|our) ([a-z]+)\b`)

// callsItself reports a text that calls the notice's product by a common
// noun: "the game", "our app", "the service".
func callsItself(norm string) bool {
	return hasAny(norm, "the game", "our game", "the app", "our app", "the service", "our service", "the site", "our site",
		"the website", "our website", "the platform", "our platform")
}

// namedByLink reports a name w in the text of a link of ss whose target
// holds w and that a sentence of other links to as well. A name in the
// text of a link to a page that other gives by its bare address alone
// ("please visit https://example.org/appeals" → "on the [Example Board
// appeals page](https://example.org/appeals)") names the owner of that
// same page too: the address said who it was (E4).
func namedByLink(w string, ss, other []*sentence) bool {
	for _, x := range ss {
		for _, l := range x.links {
			target := prose.NormalizeURL(l.URL)
			if !containsWord(strings.ToLower(l.Text), w) {
				continue
			}
			named := strings.Contains(strings.ToLower(target), w)
			for _, y := range other {
				for _, m := range y.links {
					if prose.NormalizeURL(m.URL) == target && (named || bareLink(m)) {
						return true
					}
				}
			}
		}
	}
	return false
}

// bareLink reports a link whose text is only its address:
// "<https://example.org/appeals>" or "[example.org/appeals](https://example.org/appeals)".
func bareLink(l prose.Link) bool {
	t := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(l.Text)), "/")
	if t == "" {
		return false
	}
	for _, p := range []string{"https://", "http://", "www."} {
		t = strings.TrimPrefix(t, p)
	}
	return strings.Contains(strings.ToLower(l.URL), t)
}

// joinerSwaps finds "and" put in the place of "or", or the reverse,
// between two longer stretches of a reworded sentence (M3): "we will email
// the account owner and show a notice in the app" → "we will send an email
// to the account owner or display a notice in the app" makes two steps
// alternatives, and "when we are compelled by a court order, and believe
// it is needed" → "..., or when we believe it is needed" makes either
// condition enough. hunkFindings reads the one-token swap of a small edit;
// this reads the joiner by the words on either side of it, which a
// rewording keeps. Each side must hold at least two of the same words, so
// that items of a list ("your name and email") do not count, and a
// joiner under a negation is left alone: "we do not sell your name or
// email" denies as "... your name and email" does.
func joinerSwaps(o, n *side, quote string) []finding {
	if !strings.Contains(o.norm, " and ") && !strings.Contains(o.norm, " or ") ||
		!strings.Contains(n.norm, " and ") && !strings.Contains(n.norm, " or ") {
		return nil
	}
	// What the notice covers ("This policy explains how we handle
	// information when you visit the site, use the app, or contact us")
	// lists occasions, each of which it covers: "and" and "or" between
	// them say the same.
	if hasAny(o.norm, "explains", "describes", "sets out", "covers", "applies") && reScopeStatement().MatchString(o.norm) {
		return nil
	}
	oj, nj := joinerSpans(o), joinerSpans(n)
	if len(oj) == 0 || len(nj) == 0 {
		return nil
	}
	// A joiner that ends both sides ("... legal procedure, and", a list
	// item followed by the next) joins what comes after the unit.
	matches := func(a, b joinerSpan) bool {
		return overlapWords(a.left, b.left) >= 2 && (overlapWords(a.right, b.right) >= 2 || a.last && b.last)
	}
	var fs []finding
	for _, a := range oj {
		if a.neg || a.example || a.purpose || len(a.left) < 2 || len(a.right) < 2 && !a.last {
			continue
		}
		same, swapped, kw := false, "", []string(nil)
		for _, b := range nj {
			if !matches(a, b) {
				continue
			}
			if b.neg || b.example || b.purpose {
				same = true
				break
			}
			if b.joiner == a.joiner {
				same = true
			} else {
				swapped, kw = b.joiner, b.words
			}
		}
		if same || swapped == "" {
			continue
		}
		impact := notice.ImpactLessProtective
		if swapped == "and" {
			impact = notice.ImpactMoreProtective
		}
		fs = append(fs, finding{rule: "M3 and/or", impact: impact,
			reason: fmt.Sprintf("'%s' became '%s' between conditions or steps: %s", a.joiner, swapped, quote), keywords: kw})
		break
	}
	return fs
}

// joinerSpan is an "and" or "or" of a side with the content words nearest
// it on each side, up to three, within its clause.
type joinerSpan struct {
	joiner      string
	left, right []string // stems, nearest first
	words       []string // the words of left and right as written
	neg         bool     // a negation comes before it in its clause
	last        bool     // it ends the side
	example     bool     // it joins examples ("such as a name, an email address or a phone number")
	purpose     bool     // it joins purposes of a use ("we use it to run the site, or for internal purposes")
}

// joinerSpans lists the joiners of sd's sentences. A sentence that ends on
// a joiner or a comma (a list item "..., and") carries on into the next.
func joinerSpans(sd *side) []joinerSpan {
	var ts []string
	for _, c := range sd.canons {
		t := diffTokens(c)
		ts = append(ts, t...)
		if k := len(t); k > 0 && t[k-1] != "and" && t[k-1] != "or" && t[k-1] != "," && t[k-1] != ";" && t[k-1] != ":" {
			ts = append(ts, ".")
		}
	}
	bound := func(t string) bool {
		return t == "." || t == ";" || t == ":" || t == "," || t == "and" || t == "or" || t == "but" || t == "nor"
	}
	content := func(t string) bool {
		return len(t) >= 3 && !glue[t] && !stop[t] && !negations[t] && !isNumber(t) && !possibility[t] && !commitment[t] && t != "will"
	}
	var out []joinerSpan
	for i, t := range ts {
		if t != "and" && t != "or" {
			continue
		}
		sp := joinerSpan{joiner: t, last: i == len(ts)-1}
		j := i - 1
		if j >= 0 && (ts[j] == "," || ts[j] == ";") {
			j--
		}
		for ; j >= 0 && !bound(ts[j]) && len(sp.left) < 3; j-- {
			if content(ts[j]) {
				sp.left = append(sp.left, stem(lemma(ts[j])))
				sp.words = append(sp.words, ts[j])
			}
		}
		// Examples anywhere before it in the sentence: they illustrate
		// what the sentence names, and "or" and "and" between them say
		// the same (E8).
		for k := i - 1; k >= 0 && ts[k] != "."; k-- {
			if ts[k] == "examples" || ts[k] == "example" || ts[k] == "such" && k+1 < i && ts[k+1] == "as" {
				sp.example = true
				break
			}
		}
		// A negation anywhere before it in the clause, or a verb that
		// bars what it names: "we block names, numbers and rude words"
		// bars each, as "we block nicknames with names, numbers or rude
		// words" does.
		for k := i - 1; k >= 0 && ts[k] != "." && ts[k] != ";"; k-- {
			if negations[ts[k]] || ts[k] == "without" || barringVerbs[ts[k]] {
				sp.neg = true
				break
			}
		}
		j = i + 1
		if j < len(ts) && ts[j] == "," {
			j++
		}
		// Purposes of what we use data for ("we use it to run the site,
		// to improve it, or for internal purposes") are each a use: "and"
		// and "or" between them list the same uses, and set no condition.
		if j < len(ts) && (ts[j] == "to" || ts[j] == "for") {
			for k := i - 1; k > 0 && ts[k] != "." && ts[k] != ";"; k-- {
				if ts[k] == "use" && (ts[k-1] == "we" || ts[k-1] == "also" && k > 1 && ts[k-2] == "we") {
					sp.purpose = true
					break
				}
			}
		}
		for ; j < len(ts) && !bound(ts[j]) && len(sp.right) < 3; j++ {
			if content(ts[j]) {
				sp.right = append(sp.right, stem(lemma(ts[j])))
				sp.words = append(sp.words, ts[j])
			}
		}
		out = append(out, sp)
	}
	return out
}

// barringVerbs keep out what they name: each item of a list after them
// is kept out, whether "and" or "or" joins the items.
var barringVerbs = map[string]bool{"block": true, "blocks": true, "blocked": true, "filter": true, "filters": true,
	"prevent": true, "prevents": true, "prohibit": true, "prohibits": true, "forbid": true, "forbids": true}

// overlapWords counts the words of a that b holds.
func overlapWords(a, b []string) int {
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// qualifierDroppedInPlace finds a word with an opposite ("anonymous",
// "encrypted", "optional") dropped from in front of the noun it qualified
// while the words around it stay, in a unit rewritten too much for the
// word diff to isolate the edit (a sentence turned into a list): "a number
// given to an anonymous person" → "a number given to a person" (M3). The
// word may still be used elsewhere in the unit ("data made anonymous"),
// but the unit has it fewer times, and its opposite is not put in. With
// the sides swapped it finds a qualifier added in place.
func qualifierDroppedInPlace(o, n *side) (string, bool) {
	a, b := o.tokens(), n.tokens()
	if len(a) > maxDiffTokens || len(b) > maxDiffTokens {
		return "", false
	}
	article := func(t string) bool { return t == "a" || t == "an" || t == "the" }
	// The two words before position i, articles skipped.
	before := func(ts []string, i int) (string, string, bool) {
		var got []string
		for j := i - 1; j >= 0 && len(got) < 2; j-- {
			if !article(ts[j]) {
				got = append(got, ts[j])
			}
		}
		if len(got) < 2 {
			return "", "", false
		}
		return got[0], got[1], true
	}
	for i := 2; i+1 < len(a); i++ {
		w, noun := a[i], a[i+1]
		if len(w) < 6 || antonyms[w] == "" || glue[noun] || stop[noun] || !isLetter(noun[0]) ||
			timesIn(a, w) <= timesIn(b, w) || timesIn(b, antonyms[w]) > timesIn(a, antonyms[w]) {
			continue
		}
		p1, p2, ok := before(a, i)
		if !ok || glue[p1] && glue[p2] {
			continue
		}
		for j := 2; j < len(b); j++ {
			if b[j] != noun {
				continue
			}
			if q1, q2, ok := before(b, j); ok && q1 == p1 && q2 == p2 {
				return w, true
			}
		}
	}
	return "", false
}

// placeClass are the nouns that name places as a class: "other states",
// "other countries", "other parts of the world".
var placeClass = map[string]bool{"states": true, "countries": true, "jurisdictions": true, "regions": true,
	"territories": true, "provinces": true, "nations": true, "world": true}

// otherPlaces counts in ts the places left unnamed ("other states",
// "certain other countries", "other parts of the world", "elsewhere"),
// and the class nouns in all.
func otherPlaces(ts []string) (others, nouns int) {
	for i, t := range ts {
		switch {
		case t == "elsewhere":
			others++
			nouns++
		case placeClass[t]:
			nouns++
		case t == "other":
			// "other states", "other U.S. states"; "other parts of the world".
			for j := i + 1; j < len(ts) && j <= i+4; j++ {
				if placeClass[ts[j]] && (j <= i+2 || ts[j] == "world") {
					others++
					break
				}
			}
		}
	}
	return others, nouns
}

// hedgedInPair reports a sentence of n in which "we" is now hedged ("we may
// also take into account X") where its partner in o, the sentence of o
// sharing most of its words, stated it with no modal at all ("we also
// respect X"). The counts of modals over a whole unit can hide it: a "can"
// of the user's that a list turned into a table drops ("players can turn
// off ads" → "Turn off ads") is no hedge of ours that moved (M2).
func hedgedInPair(o, n *side) bool {
	if len(o.canons) < 2 && len(n.canons) < 2 || !strings.Contains(n.norm, "we ") {
		return false
	}
	content := func(ts []string) map[string]bool {
		m := map[string]bool{}
		for _, t := range ts {
			if len(t) >= 3 && !glue[t] && !stop[t] && !negations[t] && !possibility[t] && !commitment[t] && t != "can" {
				m[stem(lemma(t))] = true
			}
		}
		return m
	}
	var olds [][]string
	for _, c := range o.canons {
		olds = append(olds, diffTokens(c))
	}
	for _, c := range n.canons {
		ts := diffTokens(c)
		hedged := false
		for i, t := range ts {
			if t != "we" {
				continue
			}
			for j := i + 1; j < len(ts) && j <= i+3; j++ {
				if possibility[ts[j]] && (ts[j] == "may" || ts[j] == "might" || ts[j] == "could") {
					hedged = true
					break
				}
				if ts[j] != "also" && ts[j] != "still" && !strings.HasSuffix(ts[j], "ly") {
					break
				}
			}
		}
		if !hedged {
			continue
		}
		nc := content(ts)
		best, shared := -1, 0
		for k, os := range olds {
			s := 0
			for w := range content(os) {
				if nc[w] {
					s++
				}
			}
			if s > shared {
				best, shared = k, s
			}
		}
		if best < 0 || shared < 4 || float64(shared) < 0.6*float64(min(len(nc), len(content(olds[best])))) {
			continue
		}
		if !slices.Contains(olds[best], "we") || slices.ContainsFunc(olds[best], func(t string) bool {
			return possibility[t] || commitment[t] || t == "can" || t == "cannot"
		}) {
			continue
		}
		return true
	}
	return false
}

// practiceClass groups the verbs of a practice by what they do with data:
// "gather" takes data as "collect" does, "disclose" gives it as "share"
// does. Selling is left out: saleSwapped reads it; so are verbs read from
// either end ("send" and "receive": "we do not send X to insurers" is
// "insurers never receive X from us").
var practiceClass = func() map[string]string {
	m := map[string]string{}
	for class, ws := range map[string][]string{
		"collect": {"collect", "gather", "obtain", "capture"},
		"use":     {"use", "process", "analyse", "analyze", "profile", "combine"},
		"share":   {"share", "disclose", "transfer", "transmit"},
		"keep":    {"retain", "store"},
	} {
		for _, w := range ws {
			m[stem(lemma(w))] = class
		}
	}
	return m
}()

// verbClass returns the practiceClass of a verb form ("collects",
// "used"), or "".
func verbClass(w string) string {
	if c := practiceClass[stem(lemma(w))]; c != "" {
		return c
	}
	return practiceClass[stem(lemma(strings.TrimSuffix(w, "s")))]
}

// deniedClauses lists the denials of sd's sentences: the practice class
// of the first practice verb after the negation, every class the clause
// denies, and the stems of the clause's other words but the most general
// ("personal information"), on either side of the negation: a passive
// puts the data first ("X is neither sold nor shared").
type denial struct {
	verb    string
	classes map[string]bool
	words   map[string]bool
}

func deniedClauses(sd *side) []denial {
	var out []denial
	for _, c := range sd.canons {
		for _, cl := range clausesOf(&side{norm: c}) {
			if !cl.neg {
				continue
			}
			d := denial{classes: map[string]bool{}, words: map[string]bool{}}
			for i, w := range cl.words {
				if k := verbClass(w); k != "" {
					if i >= cl.from {
						if d.verb == "" {
							d.verb = k
						}
						d.classes[k] = true
					}
					continue
				}
				if w != "information" && w != "data" && w != "personal" && w != "details" {
					d.words[stem(lemma(w))] = true
				}
			}
			if d.verb != "" {
				out = append(out, d)
			}
		}
	}
	return out
}

// denialNarrowed finds a denial whose verb now does something else with
// the same data (M1): "we do not collect the advertising identifier from
// young players" → "we do not use the advertising identifier for ads"
// bans one use of what it banned taking at all. The new side must deny
// the old practice of that data nowhere, and the old side must not
// already have denied the new one with it.
func denialNarrowed(o, n *side) (from, to string, ok bool) {
	if o.neg == 0 || n.neg == 0 {
		return "", "", false
	}
	od, nd := deniedClauses(o), deniedClauses(n)
	if len(od) == 0 || len(nd) == 0 {
		return "", "", false
	}
	overlap := func(a, b map[string]bool) int {
		k := 0
		for w := range a {
			if b[w] {
				k++
			}
		}
		return k
	}
	for _, a := range od {
		var best *denial
		most := 1
		kept := false
		for i := range nd {
			b := &nd[i]
			k := overlap(a.words, b.words)
			if k < 2 {
				continue
			}
			if b.classes[a.verb] {
				kept = true
				break
			}
			if k > most {
				best, most = b, k
			}
		}
		if kept || best == nil || a.classes[best.verb] {
			continue
		}
		return a.verb, best.verb, true
	}
	return "", "", false
}

// clauseDroppedInPlace finds, in one sentence pair of a unit reworded
// around it, a stretch dropped whole while the words on either side of it
// stay together: a condition ("..., under a duty of confidentiality"), a
// promise ("..., and our partners review them to make sure they are
// suitable") or an item ("the sale or sharing of" → "the sale of"). The
// other rules read a drop only where the rest of the sentence is little
// changed; a sentence recast elsewhere ("such as" → "for example", "we use
// cookies to" → "cookies help us") still drops what it drops, when the
// words that framed it close up over the gap and the unit says the
// dropped words nowhere else. An example ("such as ..."), a pointer to
// another part of the notice ("as described in section 4") or a stretch
// whose words came back in other words is no drop.
// vague are words that name nothing of their own in a list: "or
// otherwise", "and so on", "etc.".
var vague = map[string]bool{"otherwise": true, "otherwize": true, "else": true, "etc": true, "forth": true, "similar": true}

func clauseDroppedInPlace(u *unit, o, n *side) (stretch, words []string, from *side, ok bool) {
	stems := func(sd *side) map[string]bool {
		m := map[string]bool{}
		for _, w := range spelledTokens(sd.norm) {
			m[stem(lemma(w))] = true
		}
		return m
	}
	ow, nw := stems(o), stems(n)
	pairs := u.pairs
	if len(pairs) == 0 && len(u.old) == 1 && len(u.new) == 1 {
		pairs = [][2]*sentence{{u.old[0], u.new[0]}}
	}
	punct := func(t string) bool { return t == "," || t == ";" || t == ":" }
	// "or otherwise" and "etc." name nothing of their own.
	content := func(t string) bool {
		return !glue[t] && !stop[t] && !punct(t) && !isNumber(t) && len(t) > 1 && !vague[t]
	}
	nt := map[string]bool{}
	for _, t := range spelledTokens(n.norm) {
		nt[t] = true
	}
	for _, p := range pairs {
		a, b := spelledTokens(p[0].canon), spelledTokens(p[1].canon)
		if len(a) > maxDiffTokens || len(b) > maxDiffTokens {
			continue
		}
		hs, _, hok := wordHunks(a, b)
		if !hok {
			continue
		}
		// The words the sentence gained anywhere: a dropped word one of
		// them restates is no drop.
		var gained []string
		for _, h := range hs {
			for _, t := range h.ins {
				if content(t) && !ow[stem(lemma(t))] {
					gained = append(gained, t)
				}
			}
		}
		for _, h := range hs {
			if len(h.del) == 0 || !allStop(h.ins) || slices.ContainsFunc(h.ins, func(t string) bool { return !punct(t) }) {
				continue
			}
			d := h.del
			for len(d) > 0 && punct(d[0]) {
				d = d[1:]
			}
			for len(d) > 0 && punct(d[len(d)-1]) {
				d = d[:len(d)-1]
			}
			if len(d) == 0 {
				continue
			}
			// An example or a pointer says nothing of its own (E8).
			if hasPrefixAny(strings.Join(d, " "), "such as", "for example", "for instance", "e.g", "including", "like ", "as described", "as explained", "as set out", "see ") ||
				slices.ContainsFunc(d, func(t string) bool {
					return t == "section" || t == "notice" || t == "policy" || t == "above" || t == "below" || t == "example" || t == "instance"
				}) {
				continue
			}
			// "and to nobody else" says "only", which rule M3 counts.
			if reNoneElse().MatchString(strings.Join(d, " ")) {
				continue
			}
			// A number or address the new side still gives moved with the
			// sentence's rewording ("or call 1-800-555-0147" → "by calling
			// 1-800-555-0147 or").
			if slices.ContainsFunc(d, func(t string) bool { return (isNumber(t) || strings.ContainsAny(t, "@/")) && nt[t] }) {
				continue
			}
			// The same opener brings new words in elsewhere in the
			// sentence: the stretch was recast and moved ("via our Sites
			// from users in this age group" → "from children under 13
			// through our Sites").
			if slices.ContainsFunc(hs, func(g hunk) bool {
				ins := slices.DeleteFunc(slices.Clone(g.ins), punct)
				return len(ins) > 1 && ins[0] == d[0] && slices.ContainsFunc(ins[1:], func(t string) bool { return content(t) && !slices.Contains(a, t) })
			}) {
				continue
			}
			var cw, gone []string
			for _, t := range d {
				if content(t) {
					cw = append(cw, t)
					if !nw[stem(lemma(t))] {
						gone = append(gone, t)
					}
				}
			}
			_, gone = unexplained(gained, gone)
			item := (d[0] == "and" || d[0] == "or") && len(cw) == 1
			if item && len(gone) != 1 || !item && (len(gone) < 2 || 3*len(gone) < 2*len(cw)) {
				continue
			}
			// The words that framed the stretch close up over the gap: the
			// two words before it, and the one after it or the sentence's
			// end, stand together in the new sentence.
			var left, right []string
			for j := h.at - 1; j >= 0 && len(left) < 2; j-- {
				if !punct(a[j]) {
					left = append([]string{a[j]}, left...)
				}
			}
			for j := h.at + len(h.del); j < len(a) && len(right) < 1; j++ {
				if !punct(a[j]) {
					right = append(right, a[j])
				}
			}
			if len(left) < 2 || !slices.ContainsFunc(append(slices.Clone(left), right...), content) {
				continue
			}
			var bs []string
			for _, t := range b {
				if !punct(t) {
					bs = append(bs, t)
				}
			}
			seam := append(slices.Clone(left), right...)
			closed := false
			for i := 0; i+len(seam) <= len(bs); i++ {
				if slices.Equal(bs[i:i+len(seam)], seam) && (len(right) > 0 || i+len(seam) == len(bs)) {
					closed = true
					break
				}
			}
			if closed {
				return d, gone, newSide(p[:1]), true
			}
		}
	}
	return nil, nil, nil, false
}

// enumRun is an enumeration read off a sentence ("firewalls and data
// encryption, physical access controls, and audits") or off the items
// of a list: its items, each its words.
type enumRun [][]string

// itemFiller are the function words an item of an enumeration may hold
// between its content words ("access controls to our data centers").
var itemFiller = map[string]bool{"the": true, "a": true, "an": true, "our": true, "your": true, "their": true, "its": true,
	"of": true, "to": true, "for": true, "in": true, "on": true, "at": true, "from": true, "with": true, "by": true, "about": true}

// enumBreak are words that open a phrase which is no item of an
// enumeration but says something of it ("under a duty of
// confidentiality", "unless the law requires it").
var enumBreak = map[string]bool{"under": true, "unless": true, "until": true, "except": true, "without": true, "after": true,
	"before": true, "during": true, "against": true, "between": true, "among": true, "beyond": true, "across": true,
	"outside": true, "inside": true, "toward": true, "towards": true, "not": true, "no": true, "only": true, "who": true}

// enumerations returns the enumerations of three items or more of a
// sentence's normalised text, joined by commas, semicolons, "and" or
// "or" (one "and" or "or" at least). An item between two joiners is a
// short noun phrase: content words and the function words of
// itemFiller, eight words at most. A clause before the first joiner
// lends the run its last content words ("we use firewalls"), and one
// after the last its first ("comments (as defined)"); a stretch that is
// no item ends the run.
func enumerations(norm string) []enumRun { return enumerationsOf(norm, 3) }

// enumerationsOf is enumerations with runs of at least least items.
func enumerationsOf(norm string, least int) []enumRun {
	toks := reEnumToken().FindAllString(norm, -1)
	joiner := func(t string) bool { return t == "," || t == ";" || t == ":" || t == "and" || t == "or" }
	content := func(t string) bool {
		return !glue[t] && !stop[t] && !enumBreak[t] && (t[0] >= 'a' && t[0] <= 'z' || t[0] >= '0' && t[0] <= '9')
	}
	// The segments between joiners, and whether an "and" or "or" opens
	// each.
	var segs [][]string
	var ored []bool
	cur, or := []string{}, false
	for i := 0; i < len(toks); i++ {
		if !joiner(toks[i]) {
			cur = append(cur, strings.TrimSuffix(toks[i], "."))
			continue
		}
		segs, ored = append(segs, cur), append(ored, or)
		cur, or = []string{}, false
		for ; i < len(toks) && joiner(toks[i]); i++ {
			or = or || toks[i] == "and" || toks[i] == "or"
		}
		i--
	}
	segs, ored = append(segs, cur), append(ored, or)
	clean := func(seg []string) bool {
		k := 0
		for _, t := range seg {
			switch {
			case content(t):
				k++
			case !itemFiller[t]:
				return false
			}
		}
		return k > 0 && len(seg) <= 8 && content(seg[0]) && content(seg[len(seg)-1])
	}
	var out []enumRun
	var run enumRun
	joined := false
	flush := func() {
		if len(run) >= least && joined {
			out = append(out, run)
		}
		run, joined = nil, false
	}
	for i, seg := range segs {
		if len(run) > 0 && ored[i] {
			joined = true
		}
		if clean(seg) {
			run = append(run, seg)
			continue
		}
		k := 0
		for k < len(seg) && content(seg[k]) {
			k++
		}
		if k > 0 && len(run) > 0 {
			run = append(run, seg[:k])
		}
		flush()
		j := len(seg)
		for j > k && content(seg[j-1]) {
			j--
		}
		if j < len(seg) && j >= k {
			run = enumRun{seg[j:]}
		}
	}
	flush()
	return out
}

// reEnumToken splits a normalised sentence into words and the marks an
// enumeration is read by.
var reEnumToken = lazyRegexp(`[a-z0-9$€£%@][a-z0-9'\-.@$%€£]*|[,;:()"“”]`)

// enumItemDropped finds an item of an enumeration of an old sentence of
// the unit ("timesheets, rates, invoices and comments", "firewalls and
// data encryption, access controls") that the enumeration the new side
// makes of the same items, in a sentence recast around it ("refers to
// the timesheets, rates and invoices that ...") or in a list under a
// lead-in, no longer holds, with no item of the new enumeration in its
// place, and a word of which the new revision names nowhere, not even
// by a synonym: the statement no longer covers it. An item reworded
// ("encryption of data"), merged with another or replaced by a new one,
// or named elsewhere in the notice, is not dropped. It returns the
// words of each item that went, the sentence that listed them, and
// whether that sentence defines a term by its enumeration.
func enumItemDropped(u *unit, ctx *context) (gone []string, from *sentence, defines bool) {
	// A compound's parts are its words: "time-tracking" is "time
	// tracking".
	parts := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			out = append(out, strings.Split(w, "-")...)
		}
		return slices.DeleteFunc(out, func(w string) bool { return w == "" })
	}
	var news []enumRun
	// pairs counts the news runs, from the first on, that are two things
	// left of a longer enumeration.
	pairs := map[int]bool{}
	for _, y := range u.new {
		if items, ok := listItemsUnder(y, u.new); ok {
			var run enumRun
			for _, it := range items {
				run = append(run, words(it))
			}
			news = append(news, run)
		}
		news = append(news, enumerations(y.norm)...)
		// Two things joined ("update or correct") are what is left of a
		// longer enumeration that lost its third ("update, correct or
		// delete").
		for _, r := range enumerationsOf(y.norm, 2) {
			if len(r) == 2 {
				pairs[len(news)] = true
				news = append(news, r)
			}
		}
	}
	// A list the new side writes out as prose ("you have the right to
	// know ...; to access ...; to delete ...") enumerates its items in
	// its sentences and their semicolon clauses.
	listed := slices.ContainsFunc(u.old, func(x *sentence) bool { _, ok := listItemsUnder(x, u.old); return ok })
	if listed && !slices.ContainsFunc(u.new, func(y *sentence) bool { return y.leadIn != "" }) {
		var run enumRun
		for _, y := range u.new {
			for _, c := range strings.Split(y.norm, "; ") {
				if ws := words(c); len(ws) > 0 {
					run = append(run, ws)
				}
			}
		}
		if len(run) >= 2 {
			news = append(news, run)
		}
	}
	for _, r := range news {
		for i := range r {
			r[i] = parts(r[i])
		}
	}
	if len(news) == 0 {
		gone, from = conjunctDropped(u, ctx)
		return gone, from, false
	}
	var newWords []string
	for _, y := range u.new {
		newWords = append(newWords, parts(y.words)...)
	}
	key := func(w string) bool { return !glue[w] && !stop[w] && !itemFiller[w] && !enumBreak[w] }
	shared := func(a, b []string) int {
		k := 0
		for _, w := range a {
			if key(w) && slices.ContainsFunc(b, func(v string) bool { return key(v) && sameMeaning(w, v) }) {
				k++
			}
		}
		return k
	}
	// The words of the old side: a new item made of words another old
	// sentence held ("when the game is first installed") was moved
	// there, and stands in for no item.
	var oldWords []string
	for _, x := range u.old {
		oldWords = append(oldWords, parts(x.words)...)
	}
	// The enumerations of each old sentence, and the items of each old
	// list under its lead-in, which the sentence that leads them
	// enumerates.
	type oldRun struct {
		x  *sentence
		or enumRun
	}
	var olds []oldRun
	for _, x := range u.old {
		if items, ok := listItemsUnder(x, u.old); ok && len(items) >= 3 {
			var run enumRun
			for _, it := range items {
				run = append(run, words(it))
			}
			olds = append(olds, oldRun{x, run})
		}
		for _, or := range enumerations(x.norm) {
			olds = append(olds, oldRun{x, or})
		}
	}
	for _, o := range olds {
		x, or := o.x, o.or
		for i := range or {
			or[i] = parts(or[i])
		}
		var best []int // for each old item, its new partner, or -1
		// A denial of an item stands wherever the notice repeats it; a
		// right or practice granted in one statement is not granted by
		// another that covers other cases.
		denies := slices.ContainsFunc(x.words, func(w string) bool { return negations[w] })
		most := 0
		fromPair := false
		for ni, nr := range news {
			// Each item with the new item it shares most words with,
			// most first.
			type pair struct{ i, j, k int }
			var ps []pair
			for i, a := range or {
				for j, b := range nr {
					if k := shared(a, b); k > 0 {
						ps = append(ps, pair{i, j, k})
					}
				}
			}
			sort.SliceStable(ps, func(p, q int) bool { return ps[p].k > ps[q].k })
			partner := slices.Repeat([]int{-1}, len(or))
			taken := map[int]bool{}
			matched := 0
			for _, p := range ps {
				if partner[p.i] < 0 && !taken[p.j] {
					partner[p.i], taken[p.j] = p.j, true
					matched++
				}
			}
			// An item of the new enumeration that no old one is
			// partnered with, and that brings a word the old side
			// lacks, may stand in for the one that went.
			fresh := false
			for j, b := range nr {
				if !taken[j] && shared(b, oldWords) < len(slices.DeleteFunc(slices.Clone(b), func(w string) bool { return !key(w) })) {
					fresh = true
				}
			}
			if !fresh && matched > most {
				best, most, fromPair = partner, matched, pairs[ni]
			}
		}
		if most < 2 || 2*most < len(or) {
			continue
		}
		for i, a := range or {
			if best[i] >= 0 {
				continue
			}
			var lost []string
			for _, w := range a {
				if key(w) && len(w) > 2 && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) &&
					(!ctx.newNames(w) || fromPair && !denies && ctx.namesFewer(w)) && !slices.ContainsFunc(newWords, func(v string) bool { return sameMeaning(w, v) }) {
					lost = append(lost, w)
				}
			}
			// Of two things left of three, the one that went is a
			// practice named in a word or two ("delete"), not a phrase
			// of the wording around it.
			if len(lost) == 0 || fromPair && (len(a) > 2 || !slices.ContainsFunc(lost, func(w string) bool { _, ok := practiceCat(w); return ok })) {
				continue
			}
			if from == nil {
				from = x
			}
			gone = append(gone, strings.Join(lost, " "))
			// A term the sentence defines by the enumeration ("...
			// and comments (\"Customer Content\")") now covers less.
			defines = defines || len(definedTerms([]*sentence{x})) > 0
		}
	}
	if len(gone) == 0 {
		gone, from = conjunctDropped(u, ctx)
	}
	return gone, from, defines
}

// conjunctDropped finds the second of two things a word of an old
// sentence governs ("requires single sign-on and a hardware security
// key") that the new side drops while it keeps the word with the first
// alone ("signing in requires single sign-on."), and whose words the new
// revision names nowhere: the statement no longer covers it. It returns
// the words that went and the old sentence.
func conjunctDropped(u *unit, ctx *context) ([]string, *sentence) {
	toks := func(norm string) []string {
		ts := reEnumToken().FindAllString(norm, -1)
		for i, t := range ts {
			ts[i] = strings.TrimSuffix(t, ".")
		}
		return ts
	}
	item := func(t string) bool {
		return t != "" && (itemFiller[t] || !glue[t] && !stop[t] && !enumBreak[t] && !negations[t]) && !strings.ContainsAny(t, ",;:()\"“”")
	}
	var newToks [][]string
	var newWords []string
	for _, y := range u.new {
		newToks = append(newToks, toks(y.norm))
		newWords = append(newWords, y.words...)
	}
	// keeps reports a new sentence holding v and first, then no joiner.
	keeps := func(seq []string) bool {
		for _, ts := range newToks {
			for i := 0; i+len(seq) <= len(ts); i++ {
				if !slices.Equal(ts[i:i+len(seq)], seq) {
					continue
				}
				if j := i + len(seq); j == len(ts) || ts[j] == ";" || ts[j] == ":" || ts[j] == "(" || ts[j] == "," && (j+1 == len(ts) || ts[j+1] != "and" && ts[j+1] != "or") {
					return true
				}
			}
		}
		return false
	}
	for _, x := range u.old {
		ts := toks(x.norm)
		for k, t := range ts {
			if t != "and" {
				continue
			}
			// The second thing: the words after the joiner, to the next
			// mark or joiner.
			e := k + 1
			for e < len(ts) && item(ts[e]) && ts[e] != "and" && ts[e] != "or" && e-k <= 6 {
				e++
			}
			if e == k+1 || e < len(ts) && (ts[e] == "and" || ts[e] == "or" || e-k > 6) {
				continue
			}
			var keys, lost []string
			for _, w := range ts[k+1 : e] {
				if itemFiller[w] || len(w) <= 2 || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
					continue
				}
				keys = append(keys, w)
				if !ctx.newNames(w) && !slices.ContainsFunc(newWords, func(v string) bool { return sameMeaning(w, v) }) {
					lost = append(lost, w)
				}
			}
			if len(lost) == 0 || len(lost) < len(keys)-1 || len(keys) >= 2 && len(lost) < 2 {
				continue
			}
			// The first thing and the word that governs both, which the
			// new side keeps with the first alone.
			for i := k - 1; i >= 1 && i >= k-4 && item(ts[i]); i-- {
				v := ts[i-1]
				if !item(v) || itemFiller[v] || ts[k-1] == v {
					continue
				}
				if keeps(ts[i-1 : k]) {
					return []string{strings.Join(lost, " ")}, x
				}
			}
		}
	}
	return nil, nil
}

// banClause is a clause that denies a practice: the words of what it denies,
// and the "from" or "for" phrase that says of whom ("from any player"),
// empty when it has none.
type banClause struct {
	items []string
	whom  []string
}

// banClauses reads the clauses of ss that deny a practice ("we do not
// collect precise location, contacts or photos from any player"), a
// clause ending at a full stop, a semicolon or a comma that opens
// another with "and" or "but".
func banClauses(ss []*sentence) []banClause {
	var out []banClause
	for _, x := range ss {
		ts := reEnumToken().FindAllString(x.norm, -1)
		for i, t := range ts {
			ts[i] = strings.TrimSuffix(t, ".")
		}
		var clauses [][]string
		cur := []string{}
		for i, t := range ts {
			if t == ";" || t == "," && i+1 < len(ts) && (ts[i+1] == "and" || ts[i+1] == "but") && i+2 < len(ts) && (ts[i+2] == "we" || ts[i+2] == "they" || ts[i+2] == "it") {
				clauses, cur = append(clauses, cur), []string{}
				continue
			}
			cur = append(cur, t)
		}
		clauses = append(clauses, cur)
		for _, c := range clauses {
			neg := slices.IndexFunc(c, func(t string) bool { return negations[t] })
			if neg < 0 {
				continue
			}
			var d banClause
			// The phrase of whom: from its preposition to a comma or
			// the clause's end.
			in := false
			verb := false
			for i, t := range c {
				switch {
				case t == "from" || t == "for":
					in = true
				case t == "," || t == "we" || t == "they" || t == "you" || auxiliaries[t]:
					in = false
				}
				if in {
					if isUniversal(t) || !glue[t] && !stop[t] && t != "from" && t != "for" {
						d.whom = append(d.whom, t)
					}
					continue
				}
				if i <= neg || glue[t] || stop[t] || auxiliaries[t] || t == "and" || t == "or" || !strings.ContainsFunc(t, unicode.IsLetter) {
					continue
				}
				// The verb the negation denies is no item.
				if !verb {
					verb = true
					continue
				}
				d.items = append(d.items, t)
			}
			if len(d.items) > 0 {
				out = append(out, d)
			}
		}
	}
	return out
}

// banScopeMoved finds a thing an old clause denies of all of some
// people ("from any player") that no new clause denies so, while one new
// clause denies it of some of the same people only ("from players in
// Junior Mode"): the ban narrowed. It returns the thing and
// the phrase that now limits its ban.
func banScopeMoved(u *unit) (string, string, bool) {
	olds, news := banClauses(u.old), banClauses(u.new)
	if len(olds) == 0 || len(news) == 0 {
		return "", "", false
	}
	// all reads a phrase that names everyone: "from any player", "from
	// no player".
	all := func(whom []string) bool {
		return hasUniversal(whom) || slices.ContainsFunc(whom, func(w string) bool { return negations[w] })
	}
	// named reads a phrase b that keeps every word of a but the one
	// that said all, and adds a word that narrows it ("players in Junior
	// Mode" of "any player").
	named := func(b, a []string) bool {
		has := func(ws []string, w string) bool {
			return slices.ContainsFunc(ws, func(v string) bool { return stem(lemma(v)) == stem(lemma(w)) })
		}
		for _, w := range a {
			if !isUniversal(w) && !negations[w] && !has(b, w) {
				return false
			}
		}
		return slices.ContainsFunc(b, func(w string) bool { return !has(a, w) && strings.ContainsFunc(w, unicode.IsLetter) })
	}
	for _, d := range olds {
		if !all(d.whom) {
			continue
		}
		for _, w := range d.items {
			if len(w) <= 2 || !strings.ContainsFunc(w, unicode.IsLetter) {
				continue
			}
			var limited []string
			whole := false
			for _, e := range news {
				if !slices.Contains(e.items, w) {
					continue
				}
				if len(e.whom) == 0 || all(e.whom) || !named(e.whom, d.whom) {
					whole = true
					break
				}
				limited = e.whom
			}
			if !whole && limited != nil {
				return w, "for " + strings.Join(limited, " "), true
			}
		}
	}
	return "", "", false
}

// questionsRead returns u without its questions that head their answers
// (see sentence.asks) and without a bare "yes" or "no" that the next
// sentence of its block says again, with the stems of the words those
// questions, and the questions the rest of u answers, ask about: the
// paragraph above an answer that asks, and a subsection heading set as a
// question ("### What if you refuse my request?"). It reports false when
// u asks nothing, or a question asks in the negative ("What if I do not
// opt in?"): its words then name no part of what the answer states.
func questionsRead(u *unit, ctx *context) (*unit, map[string]bool, bool) {
	words := map[string]bool{}
	drop := map[*sentence]bool{}
	asked := false
	add := func(text string) bool {
		q := &sentence{text: text, norm: prose.Normalize(text)}
		q.prepare()
		if newSide([]*sentence{q}).neg > 0 {
			return false
		}
		for st := range q.stems() {
			words[st] = true
			// A question asks in other words ("who gave you my
			// information?" of "information provided to us").
			for _, g := range synonymGroups {
				if slices.ContainsFunc(g, func(w string) bool { return stem(lemma(w)) == st }) {
					for _, w := range g {
						words[stem(lemma(w))] = true
					}
				}
			}
		}
		// "My information" is the reader's personal information, and
		// "who I am" is the reader's identity.
		if words[stem(lemma("information"))] {
			words[stem(lemma("personal"))] = true
		}
		if hasAny(q.norm, "who i am", "who you are", "who they are") {
			words[stem(lemma("identity"))] = true
		}
		return true
	}
	for _, side := range [][]*sentence{u.old, u.new} {
		all := ctx.olds
		if len(side) > 0 && side[0].side == 1 {
			all = ctx.news
		}
		seen := map[string]bool{}
		for _, x := range side {
			if x.asks {
				if !add(x.text) {
					return nil, nil, false
				}
				drop[x], asked = true, true
				continue
			}
			// The questions the sentence's block answers, in the
			// paragraph above it or in its heading.
			above := -1
			for _, y := range all {
				if y.asks && y.answer == x.block && y.block != x.block {
					above = y.block
				}
			}
			for _, y := range all {
				if y.block == above && !seen[y.para] {
					seen[y.para] = true
					if !add(y.para) {
						return nil, nil, false
					}
					asked = true
				}
			}
			if n := len(x.section); n > 0 && strings.HasSuffix(strings.TrimSpace(x.section[n-1]), "?") && !seen[x.section[n-1]] {
				seen[x.section[n-1]] = true
				if !add(x.section[n-1]) {
					return nil, nil, false
				}
				asked = true
			}
		}
		for i, x := range side {
			if bareYesNo(x) && i+1 < len(side) && side[i+1].block == x.block && !side[i+1].asks &&
				denies(side[i+1]) == strings.HasPrefix(strings.TrimSpace(x.norm), "no") {
				drop[x] = true
			}
		}
	}
	if !asked {
		return nil, nil, false
	}
	r := u.without(drop)
	if len(r.old) == 0 || len(r.new) == 0 {
		return nil, nil, false
	}
	return r, words, true
}

// unasked returns the findings of fs whose changed words are not all
// among the stems the questions ask about (words): a finding with no
// words, or with one the questions do not name, stands.
func unasked(fs []finding, words map[string]bool) []finding {
	var out []finding
	for _, f := range fs {
		named := len(f.keywords) > 0
		for _, kw := range f.keywords {
			for _, w := range strings.Fields(strings.ToLower(kw)) {
				if w = strings.Trim(w, ",.;:!?'\"()"); w == "" || glue[w] || stop[w] {
					continue
				}
				if !words[stem(lemma(w))] {
					named = false
				}
			}
		}
		if !named {
			out = append(out, f)
		}
	}
	return out
}

// quotedHeadingsDropped returns u with the name of a heading of the
// notice that a sentence quotes taken out of it ("contact us as described
// under 'Questions or Complaints' below" read "contact us as described
// under below"): the quote points to a part of the notice and names no
// company, body or practice of its own. It reports false when no sentence
// of u quotes a heading.
func quotedHeadingsDropped(u *unit, ctx *context) (*unit, bool) {
	copies := map[*sentence]*sentence{}
	for _, side := range []struct{ ss, all []*sentence }{{u.old, ctx.olds}, {u.new, ctx.news}} {
		heads := map[string]bool{}
		for _, x := range side.ss {
			if !strings.ContainsAny(x.text, "\"“") {
				continue
			}
			if len(heads) == 0 {
				for _, y := range side.all {
					for _, h := range y.section {
						heads[strings.ToLower(strings.TrimSpace(h))] = true
					}
				}
			}
			t := strings.NewReplacer("“", "\"", "”", "\"").Replace(x.text)
			parts := strings.Split(t, "\"")
			changed := false
			for i := 1; i < len(parts); i += 2 {
				if q := strings.ToLower(strings.TrimSpace(parts[i])); q != "" && heads[q] && pointsTo(parts[i-1], parts[min(i+1, len(parts)-1)]) {
					parts[i], changed = "", true
				}
			}
			if !changed {
				continue
			}
			text := strings.Join(strings.Fields(strings.Join(parts, "")), " ")
			c := *x
			c.text, c.norm = text, prose.Normalize(text)
			c.canon, c.key, c.words, c.content, c.lite, c.feats = "", keyOf(c.norm), nil, nil, nil, nil
			c.prepare()
			copies[x] = &c
		}
	}
	if len(copies) == 0 {
		return nil, false
	}
	swap := func(ss []*sentence) []*sentence {
		out := make([]*sentence, len(ss))
		for i, x := range ss {
			if c, ok := copies[x]; ok {
				x = c
			}
			out[i] = x
		}
		return out
	}
	r := &unit{old: swap(u.old), new: swap(u.new)}
	for _, p := range u.pairs {
		r.pairs = append(r.pairs, copiedPair(p, copies))
	}
	return r, true
}

// questionText returns, normalised, the questions the block of x answers
// (all, the sentences of its revision): a question that opens its block
// before it, the paragraph above that asks (see sentence.asks), and its
// subsection heading when that is a question ("### Where can I
// complain?"); "" when it answers none.
func questionText(x *sentence, all []*sentence) string {
	var qs []string
	above := -1
	for _, y := range all {
		if !y.asks || y.answer != x.block {
			continue
		}
		if y.block == x.block && y.order < x.order {
			qs = append(qs, y.norm)
		}
		if y.block != x.block {
			above = y.block
		}
	}
	for _, y := range all {
		if y.block == above {
			qs = append(qs, prose.Normalize(y.para))
			break
		}
	}
	if n := len(x.section); n > 0 && strings.HasSuffix(strings.TrimSpace(x.section[n-1]), "?") {
		qs = append(qs, prose.Normalize(x.section[n-1]))
	}
	return strings.Join(qs, " ")
}

// saidAgain reports a bare "yes" or "no" (x) that answers a question (see
// questionText) and that the next sentence of its block says again: a
// "no" before a sentence that denies, a "yes" before one that does not.
func saidAgain(x *sentence, ctx *context) bool {
	all := ctx.olds
	if x.side == 1 {
		all = ctx.news
	}
	for i, y := range all {
		if y.order != x.order || y.block != x.block {
			continue
		}
		if i+1 >= len(all) || all[i+1].block != x.block || all[i+1].asks || questionText(x, all) == "" {
			return false
		}
		no := strings.HasPrefix(strings.TrimSpace(x.norm), "no")
		return denies(all[i+1]) == no
	}
	return false
}

// askedOf reports a heading set as a question ("What can parents ask
// for?") over y that names a word of a label ("Parents' rights") that y
// names too ("A parent can ask ..."): the label became the question its
// item answers.
func askedOf(heading, label string, y *sentence) bool {
	if !strings.HasSuffix(strings.TrimSpace(heading), "?") {
		return false
	}
	hs := map[string]bool{}
	for _, w := range words(prose.Normalize(heading)) {
		hs[stem(lemma(w))] = true
	}
	for _, w := range words(prose.Normalize(label)) {
		if st := stem(lemma(w)); !glue[w] && !stop[w] && hs[st] && slices.ContainsFunc(words(y.norm), func(v string) bool { return stem(lemma(v)) == st }) {
			return true
		}
	}
	return false
}

// denies reports a sentence that holds a word of negation ("not",
// "never", "no").
func denies(x *sentence) bool {
	return slices.ContainsFunc(words(x.norm), func(w string) bool { return negations[w] || w == "cannot" || strings.HasSuffix(w, "n't") })
}

// pointsTo reports a quote, between before and after, that is pointed to
// as a part of the notice: see "...", under "...", in the "..." section,
// "..." below.
func pointsTo(before, after string) bool {
	b := strings.Fields(strings.ToLower(before))
	a := strings.Fields(strings.ToLower(after))
	if len(b) > 0 && slices.Contains([]string{"see", "under", "in", "section", "heading"}, b[len(b)-1]) ||
		len(b) > 1 && b[len(b)-1] == "the" && slices.Contains([]string{"see", "under", "in"}, b[len(b)-2]) {
		return true
	}
	return len(a) > 0 && slices.Contains([]string{"below", "above", "below.", "above.", "section", "section.", "section,"}, a[0])
}

// partyNouns name the people or companies a statement lets see, receive
// or use data: a relative clause put after one says which of them it
// covers.
var partyNouns = set("staff", "employee", "employees", "personnel", "workers", "team", "teams", "people", "engineers",
	"contractors", "agents", "partners", "vendors", "providers", "processors", "affiliates", "advertisers", "companies",
	"parties", "recipients", "members", "individuals", "organizations", "organisations", "businesses", "moderators")

// partyClauseDropped finds a relative clause that limits which of a party
// a statement covers ("limit access to the staff who need it", "share it
// with partners that agree to our terms") in a sentence of one side,
// where a sentence of the other side names the same party bare, in the
// same statement ("we limit access to our staff"), and no sentence of
// the other side of the unit says what the clause did in any of its
// words. The statement now covers the whole party: a need-to-know limit
// dropped in a paragraph split into a list is as material as one dropped
// in place (M3). It returns the clause, the party and the sentence that
// held the clause.
func partyClauseDropped(from, to []*sentence) (clause []string, party string, x *sentence, ok bool) {
	var toStems []map[string]bool
	var toToks [][]string
	for _, y := range to {
		toToks = append(toToks, diffTokens(y.norm))
		toStems = append(toStems, y.stems())
	}
	said := func(w string) bool {
		for k, st := range toStems {
			if st[stem(lemma(w))] || slices.ContainsFunc(toToks[k], func(v string) bool { return sameMeaning(w, v) }) {
				return true
			}
		}
		return false
	}
	for _, x = range from {
		ts := diffTokens(x.norm)
		for i := 1; i+1 < len(ts); i++ {
			if ts[i] != "who" && ts[i] != "that" || !partyNouns[ts[i-1]] || subjectPronoun[ts[i+1]] {
				continue
			}
			// The clause runs to the next mark or joiner.
			e := i + 1
			for e < len(ts) && ts[e] != "," && ts[e] != ";" && ts[e] != ":" && ts[e] != "and" && ts[e] != "or" && e-i <= 8 {
				e++
			}
			var cw []string
			for _, w := range ts[i+1 : e] {
				if !glue[w] && !stop[w] && len(w) >= 3 && !isNumber(w) {
					cw = append(cw, w)
				}
			}
			if len(cw) == 0 || slices.ContainsFunc(cw, said) {
				continue
			}
			// What the statement does to the party: the words of its
			// clause ahead of the noun, back to the previous mark.
			var lead []string
			for j := i - 2; j >= 0 && ts[j] != "," && ts[j] != ";" && ts[j] != ":"; j-- {
				if !glue[ts[j]] && !stop[ts[j]] && len(ts[j]) >= 3 {
					lead = append(lead, ts[j])
				}
			}
			if len(lead) == 0 {
				continue
			}
			party = ts[i-1]
			for k, yt := range toToks {
				for j, t := range yt {
					if stem(lemma(t)) != stem(lemma(party)) {
						continue
					}
					// Named bare: nothing after it qualifies it.
					if j+1 < len(yt) && yt[j+1] != "," && yt[j+1] != ";" && yt[j+1] != "and" && yt[j+1] != "or" {
						continue
					}
					if slices.ContainsFunc(lead, func(w string) bool { return toStems[k][stem(lemma(w))] }) {
						return ts[i:e], party, x, true
					}
				}
			}
		}
	}
	return nil, "", nil, false
}

// partyCats is the practice a limit on a party is part of: who may access
// data is a safeguard, who receives it sharing.
func partyCats(sd *side) []string {
	for _, w := range sd.words {
		switch stem(lemma(w)) {
		case stem(lemma("access")), stem(lemma("limit")), stem(lemma("restrict")):
			return []string{notice.CatSecurity}
		}
	}
	return verbCats(sd.norm)
}

// acronymFor returns a test for a word of sd that is an acronym of words
// the other side spells out, or one of those words: sd writes the word in
// capitals ("GPC") and other has, one after another, words whose
// initials it is ("global privacy control"), or the reverse. Either way
// both sides name the same thing.
func acronymFor(sd, other *side) func(string) bool {
	// expansions lists, for each acronym that acr writes in capitals,
	// the words of full that spell it out.
	expansions := func(acr, full *side) map[string]bool {
		out := map[string]bool{}
		ft := full.tokens()
		for _, t := range acr.texts {
			for _, f := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if len(f) < 2 || len(f) > 6 || strings.ToUpper(f) != f {
					continue
				}
				a := strings.ToLower(f)
				for i := 0; i+len(a) <= len(ft); i++ {
					ok := true
					for j := range len(a) {
						if w := ft[i+j]; w == "" || w[0] != a[j] || !unicode.IsLetter(rune(w[0])) {
							ok = false
							break
						}
					}
					if ok {
						out[a] = true
						for _, w := range ft[i : i+len(a)] {
							out[w] = true
						}
					}
				}
			}
		}
		return out
	}
	mine, theirs := expansions(sd, other), expansions(other, sd)
	return func(w string) bool {
		// An acronym of sd the other side spells out, or a word of sd
		// that spells out one the other side writes.
		return mine[w] || theirs[w]
	}
}

// selfName reports a word w of a name that the notice gives itself in
// norm: "policy", "notice" or "statement" in "this privacy policy", "our
// privacy notice" or "this statement".
func selfName(w, norm string) bool {
	if w != "policy" && w != "notice" && w != "statement" {
		return false
	}
	return containsWord(norm, "this privacy "+w) || containsWord(norm, "our privacy "+w) || containsWord(norm, "this "+w)
}

// sectionNamed reports a word w of a section title of a revision (titles,
// see context.titles), where the text of sd gives that whole title and
// points to it (pointsTo: "set out under 'Questions' below"): a reference
// to that part of the notice, not a party named "the 'Questions' team".
func sectionNamed(w string, sd *side, titles []sectionTitle) bool {
	text := ""
	for _, t := range titles {
		if !slices.Contains(t.words, w) {
			continue
		}
		if text == "" {
			text = strings.ToLower(strings.Join(sd.texts, " "))
		}
		for rest := text; ; {
			i := strings.Index(rest, t.lower)
			if i < 0 {
				break
			}
			quotes := " \"“”'‘’"
			if pointsTo(strings.TrimRight(rest[:i], quotes), strings.TrimLeft(rest[i+len(t.lower):], quotes)) {
				return true
			}
			rest = rest[i+len(t.lower):]
		}
	}
	return false
}

// sectionTitle is a title of a section of a revision, of two words or
// more, in lowercase, with its words.
type sectionTitle struct {
	lower string
	words []string
}

// titles returns the distinct section titles of two words or more of the
// revision whose sentences are ss (c.olds or c.news), built once for each.
func (c *context) titles(ss []*sentence) []sectionTitle {
	if len(ss) == 0 {
		return nil
	}
	cache := &c.newTitles
	if len(c.olds) > 0 && ss[0] == c.olds[0] {
		cache = &c.oldTitles
	}
	if *cache != nil {
		return *cache
	}
	out := []sectionTitle{}
	seen := map[string]bool{}
	for _, x := range ss {
		for _, title := range x.section {
			t := strings.ToLower(strings.TrimSpace(title))
			if seen[t] {
				continue
			}
			seen[t] = true
			if len(strings.Fields(t)) >= 2 {
				out = append(out, sectionTitle{t, words(t)})
			}
		}
	}
	*cache = out
	return out
}

// headingHolds reports that the values b states and a does not are all
// stated by the heading of a section a's sentences ss are under, and a
// states none b does not: "for players 13 and older, show ads" moved
// under the heading "For players 13 and older" says the age once, above
// what it covers (E3, E7).
func headingHolds(ss []*sentence, a, b *side) bool {
	left := map[string]int{}
	for _, q := range a.quantities {
		left[q]++
	}
	var missing []string
	for _, q := range b.quantities {
		if left[q] > 0 {
			left[q]--
			continue
		}
		missing = append(missing, q)
	}
	for _, k := range left {
		if k > 0 {
			return false
		}
	}
	if len(missing) == 0 {
		return false
	}
	stated := map[string]bool{}
	for _, x := range ss {
		if len(x.section) == 0 {
			continue
		}
		for _, q := range numbersIn(canonicalize(strings.ToLower(x.section[len(x.section)-1]))) {
			stated[q] = true
		}
	}
	for _, q := range missing {
		if !stated[q] {
			return false
		}
	}
	return true
}

// britishWords maps words of British English to the American words that
// name the same thing.
var britishWords = map[string]string{"advert": "ad", "adverts": "ads", "one-off": "one-time"}

// usWord returns the American word for a British one, or w.
func usWord(w string) string {
	if us, ok := britishWords[w]; ok {
		return us
	}
	return w
}

// labelTopic returns a test for a word of the label of an item of sd
// ("**Data residency:** customers may store content in Frankfurt") whose
// kind of practice the item's own text states: by a word of that kind,
// or, for where data goes, by naming a place.
func labelTopic(sd *side) func(string) bool {
	topics := map[string]bool{}
	for i, t := range sd.texts {
		head, rest, ok := strings.Cut(t, ":")
		if !ok || i < len(sd.heads) && sd.heads[i] {
			continue
		}
		hw := strings.Fields(strings.ToLower(head))
		if len(hw) == 0 || len(hw) > 4 || strings.ContainsAny(head, ".;!?") {
			continue
		}
		stated := map[string]bool{}
		for _, w := range words(strings.ToLower(rest)) {
			if c, ok := practiceCat(w); ok {
				stated[c] = true
			}
			if places[w] {
				stated[notice.CatInternational] = true
			}
		}
		// A transfer framework (standard contractual clauses, the Data
		// Privacy Framework) is the safeguard a transfer relies on:
		// "Transfer safeguards: we rely on the EU-U.S. Data Privacy
		// Framework" names the item's own kind of statement.
		// The item's block, not only its first sentence, holds it: "the
		// EU-U.S. Data Privacy Framework" may be cut after "U.S.".
		block := rest
		if i < len(sd.paras) && strings.Contains(sd.paras[i], t) {
			block = sd.paras[i]
		}
		framed := len(frameworksIn(canonicalize(strings.ToLower(block)))) > 0
		for _, w := range hw {
			w = strings.Trim(w, "*_,")
			if c, ok := practiceCat(w); ok && (stated[c] || framed && (safeguardNouns[w] || protectVerbs[w])) {
				topics[w] = true
			}
		}
	}
	return func(w string) bool { return topics[w] }
}

// itemNumbers lists the numbers a reference to list items names: "items
// 1-3" names 1, 2 and 3; "items 1 and 4" names 1 and 4.
func itemNumbers(ref string) []int {
	one := itemsRef(ref, nil)
	_, rest, _ := strings.Cut(one, " ")
	if a, b, ok := strings.Cut(rest, "-"); ok {
		lo, err1 := strconv.Atoi(a)
		hi, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || hi < lo {
			return nil
		}
		var out []int
		for k := lo; k <= hi; k++ {
			out = append(out, k)
		}
		return out
	}
	var out []int
	for _, f := range strings.Split(rest, ", ") {
		if k, err := strconv.Atoi(f); err == nil {
			out = append(out, k)
		}
	}
	return out
}

// itemAssignments reads a sentence that says something of numbered list
// items by their numbers ("We rely on our contract with you (items 1-3
// above), our legitimate interests (items 4-6), and your consent (item
// 7)"): for each item number, the content stems of the phrase just
// before the reference that names it. It also returns the stems the
// sentence says after its last reference. It returns nil for a sentence
// that names no items by number.
func itemAssignments(norm string) (map[int]map[string]bool, map[string]bool) {
	locs := reItemRef().FindAllStringIndex(norm, -1)
	if len(locs) == 0 {
		return nil, nil
	}
	stems := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range words(s) {
			if !glue[w] && !stop[w] && !isNumber(w) {
				out[stem(lemma(w))] = true
			}
		}
		return out
	}
	out := map[int]map[string]bool{}
	prev := 0
	for _, l := range locs {
		st := stems(norm[prev:l[0]])
		for _, k := range itemNumbers(norm[l[0]:l[1]]) {
			if out[k] == nil {
				out[k] = map[string]bool{}
			}
			maps.Copy(out[k], st)
		}
		prev = l[1]
	}
	return out, stems(norm[prev:])
}

// numberedItem returns the list item numbered k that a sentence of doc
// (at) refers to: the last one before it, else the first after it.
func numberedItem(doc []*sentence, at *sentence, k int) *sentence {
	var before, after *sentence
	for _, y := range doc {
		if y.num != k || y.row {
			continue
		}
		if y.order < at.order {
			before = y
		} else if after == nil {
			after = y
		}
	}
	if before != nil {
		return before
	}
	return after
}

// stemsOf returns the content stems of a normalised text.
func stemsOf(norm string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(canonicalize(norm)) {
		if !glue[w] && !stop[w] && !isNumber(w) {
			out[stem(lemma(w))] = true
		}
	}
	return out
}

// assignedTo reports a table row's cell (cell) that says of the row's
// item what another sentence of the item's revision (doc) says of that
// item by its number: "Performance of our contract with you" beside
// "Create your account", where the list's item 1 was "create your
// account" and a sentence below it said "we rely on the performance of
// our contract with you (items 1-3 above)". The cell restates the
// sentence; a cell that gives the item what the sentence gave another
// item ("Your consent" beside item 1, where consent was item 7's) says
// something new of it.
func assignedTo(item *sentence, cell string, doc []*sentence) bool {
	want := stemsOf(cell)
	if item.num == 0 || item.row || len(want) == 0 {
		return false
	}
	for _, y := range doc {
		if y.row || y == item || !strings.Contains(y.norm, "item") {
			continue
		}
		as, _ := itemAssignments(y.norm)
		said := as[item.num]
		if len(said) == 0 || numberedItem(doc, y, item.num) != item {
			continue
		}
		all := true
		for st := range want {
			if !said[st] {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// withoutAssignedCells drops from the table rows of u the cells that
// restate what the other revision said of the numbered list item the row
// is paired with, in another sentence naming the item by its number (see
// assignedTo): a list and a paragraph that assigned a legal basis to
// "items 1-3" merged into a table whose rows give each item its basis in
// a column of their own. The rest of each row is read against its item.
func withoutAssignedCells(u *unit, ctx *context) *unit {
	if ctx == nil {
		return u
	}
	copies := map[*sentence]*sentence{}
	for _, p := range u.pairs {
		for i, r := range p {
			item := p[1-i]
			if !r.row || len(r.cells) < 2 || item.row || item.num == 0 || copies[r] != nil {
				continue
			}
			doc := ctx.olds
			if item.side == 1 {
				doc = ctx.news
			}
			norm, text := r.norm, r.text
			kept := r.cells[:1:1]
			for _, c := range r.cells[1:] {
				cut := strings.Replace(norm, ", "+c, "", 1)
				if cut == norm || !assignedTo(item, c, doc) {
					kept = append(kept, c)
					continue
				}
				norm = cut
				if k := strings.Index(strings.ToLower(text), ", "+c); k >= 0 {
					text = text[:k] + text[k+2+len(c):]
				}
			}
			if norm == r.norm || keyOf(norm) == "" {
				continue
			}
			c := *r
			c.norm, c.text, c.cells = norm, text, kept
			c.canon, c.key, c.words, c.content, c.lite, c.feats = "", "", nil, nil, nil, nil
			c.prepare()
			copies[r] = &c
		}
	}
	if len(copies) == 0 {
		return u
	}
	swap := func(ss []*sentence) []*sentence {
		out := slices.Clone(ss)
		for i, x := range out {
			if c, ok := copies[x]; ok {
				out[i] = c
			}
		}
		return out
	}
	r := &unit{old: swap(u.old), new: swap(u.new)}
	for _, p := range u.pairs {
		r.pairs = append(r.pairs, copiedPair(p, copies))
	}
	return r
}

// assignsRestated reports a sentence (x, of the revision own) that says
// something of numbered list items by their numbers ("We rely on our
// contract with you (items 1-3 above) ... and your consent (item 7)")
// where the other revision's table says it of each item in the item's
// own row: the row that restates item k (its first cell saying what the
// item said) gives, in its other cells, what x said of item k, or the
// table's header and the paragraph that leads into it say it of every
// row ("the legal basis we rely on"). The sentence was merged into the
// table (E7); a row that gives an item what x gave another item does
// not restate it.
func assignsRestated(x *sentence, own, other []*sentence) bool {
	if x.row || !strings.Contains(x.norm, "item") {
		return false
	}
	as, tail := itemAssignments(x.norm)
	if len(as) == 0 || len(tail) > 0 {
		return false
	}
	for k, said := range as {
		item := numberedItem(own, x, k)
		if item == nil || len(said) == 0 {
			return false
		}
		r := restatingRow(item, other)
		if r == nil {
			return false
		}
		has := map[string]bool{}
		for _, c := range r.cells[1:] {
			maps.Copy(has, stemsOf(c))
		}
		maps.Copy(has, stemsOf(r.header))
		for _, y := range tableLeads(r, other) {
			maps.Copy(has, stemsOf(y.norm))
		}
		for st := range said {
			if !has[st] {
				return false
			}
		}
	}
	return true
}

// restatingRow returns the table row of doc whose first cell says what a
// list item says (two thirds of their stems shared, the most of any
// row), or nil.
func restatingRow(item *sentence, doc []*sentence) *sentence {
	want := stemsOf(item.norm)
	var best *sentence
	bestSim := 0.0
	for _, r := range doc {
		if !r.row || len(r.cells) < 2 {
			continue
		}
		got := stemsOf(r.cells[0])
		n := 0
		for st := range got {
			if want[st] {
				n++
			}
		}
		if u := len(got) + len(want) - n; u > 0 {
			if sim := float64(n) / float64(u); sim > bestSim {
				best, bestSim = r, sim
			}
		}
	}
	if bestSim < 2.0/3 {
		return nil
	}
	return best
}

// tableLeads returns the sentences of the paragraph just above the header
// of the table that holds row r.
func tableLeads(r *sentence, doc []*sentence) []*sentence {
	// Rows of one table are consecutive blocks: walk back over them.
	blocks := map[int]bool{}
	for _, y := range doc {
		if y.row && y.header == r.header {
			blocks[y.block] = true
		}
	}
	first := r.block
	for blocks[first-1] {
		first--
	}
	var out []*sentence
	for _, y := range doc {
		if !y.row && y.block == first-2 {
			out = append(out, y)
		}
	}
	return out
}

// assignsMerged returns u without its unpaired sentences that said
// something of numbered items by their numbers which the other
// revision's table says in each item's row (see assignsRestated).
func assignsMerged(u *unit, ctx *context) (*unit, bool) {
	paired := map[*sentence]bool{}
	for _, p := range u.pairs {
		paired[p[0]], paired[p[1]] = true, true
	}
	drop := map[*sentence]bool{}
	for _, x := range append(append([]*sentence{}, u.old...), u.new...) {
		if !paired[x] && assignsRestated(x, revisionOf(x, ctx), otherRevision(x, ctx)) {
			drop[x] = true
		}
	}
	r := u.without(drop)
	if len(drop) == 0 || len(r.old) == 0 || len(r.new) == 0 {
		return nil, false
	}
	return r, true
}

// placesNamedOver drops from the places added to the sentences ss of one
// revision, those that a heading or a sentence of the other revision
// (doc, leaving out those of the unit, skip) named over the same thing:
// "for people in the EEA, the UK and Switzerland, the legal basis we rely
// on" added to a table's lead-in, where the other revision's section on
// the legal bases was headed "Legal bases (EEA, UK and Switzerland)".
// Every other word of that heading or sentence is one the sentences, or
// the header of the table they lead into, say; such a sentence is one
// the sentences' revision no longer says as it was. A place no such
// heading or sentence named is a place added.
func placesNamedOver(added []string, ss []*sentence, sd *side, doc, own, skip []*sentence) []string {
	// The unit may hold sentences of one revision only, set against
	// each other (a restatement): the places must be named in the other
	// revision.
	if len(added) == 0 || len(doc) == 0 || len(ss) == 0 || ss[0].side == doc[0].side {
		return added
	}
	have := stemsOf(sd.norm)
	for _, x := range ss {
		for _, y := range own {
			if y.row && y.block == x.block+2 {
				maps.Copy(have, stemsOf(y.header))
				break
			}
		}
	}
	covers := func(norm string) bool {
		ws := words(canonicalize(norm))
		for _, p := range added {
			if !slices.Contains(ws, p) {
				return false
			}
		}
		other := 0
		for _, w := range ws {
			if glue[w] || stop[w] || isNumber(w) || places[w] {
				continue
			}
			// "bases" is the plural of "basis", as "analyses" is of
			// "analysis".
			if !have[stem(lemma(w))] && !(strings.HasSuffix(w, "ses") && have[stem(lemma(strings.TrimSuffix(w, "es")+"is"))]) {
				return false
			}
			other++
		}
		return other > 0
	}
	// A sentence the sentences' revision still says as it was is no
	// passage merged into them: a place still named there is still
	// named for what it says, not moved.
	kept := map[string]bool{}
	for _, y := range own {
		kept[y.norm] = true
	}
	seen := map[string]bool{}
	for _, y := range doc {
		if !slices.Contains(skip, y) && !kept[y.norm] && covers(y.norm) {
			return nil
		}
		for _, h := range y.section {
			if !seen[h] {
				seen[h] = true
				if covers(prose.Normalize(h)) {
					return nil
				}
			}
		}
	}
	return added
}

// namedPlacesOver is placesNamedOver for names (properNouns): those made
// of places alone ("the UK") are kept only when placesNamedOver keeps
// their places.
func namedPlacesOver(names []string, ss []*sentence, sd *side, doc, own, skip []*sentence) []string {
	var out, ps []string
	for _, w := range names {
		fs := words(canonicalize(w))
		if len(fs) == 0 || slices.ContainsFunc(fs, func(f string) bool { return !places[f] && !glue[f] && !stop[f] }) {
			out = append(out, w)
			continue
		}
		ps = append(ps, fs...)
	}
	sort.Strings(ps)
	if len(ps) > 0 && len(placesNamedOver(dedupe(ps), ss, sd, doc, own, skip)) > 0 {
		for _, w := range names {
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// tableWords name a table or its parts in the paragraph that leads into
// it: "the last column shows ...".
var tableWords = map[string]bool{"table": true, "column": true, "columns": true, "row": true, "rows": true, "last": true,
	"first": true, "second": true, "third": true, "list": true, "lists": true, "show": true, "give": true}

// mergedLeadWords reports the words of the paragraph just above a table
// (among ss, of the revision own) that say what the table now holds,
// where the other revision said it in a sentence of its own that the
// table's rows restate (see assignsRestated): "The table lists each
// purpose and, for people in the EEA, the UK and Switzerland, the legal
// basis we rely on for it", over a table headed "Purpose | Legal basis",
// where the other revision listed the purposes and then said "We rely on
// our contract with you (items 1-3)" under "Legal bases (EEA, UK and
// Switzerland)". The lead-in's words are those of the table's header, of
// the merged sentence and its heading, and words that point at the
// table; whom it names as in a place (people in the EEA) is whom the
// heading named by the place. A word none of these says is the lead-in's
// own.
func mergedLeadWords(ss []*sentence, sd *side, own, other []*sentence) func(string) bool {
	none := func(string) bool { return false }
	if len(ss) == 0 || len(own) == 0 || ss[0].side != own[0].side {
		return none
	}
	var header string
	lead := map[string]bool{}
	for _, x := range ss {
		if x.row {
			continue
		}
		// The sentences of a revision come in the order of their blocks.
		k := sort.Search(len(own), func(i int) bool { return own[i].block >= x.block+2 })
		if r := own[min(k, len(own)-1)]; k < len(own) && r.row && r.block == x.block+2 && r.header != "" {
			header = r.header
			for _, w := range x.canonWords() {
				lead[w] = true
			}
		}
	}
	if header == "" {
		return none
	}
	have := stemsOf(header)
	merged := false
	for _, y := range other {
		if assignsRestated(y, other, own) {
			merged = true
			maps.Copy(have, stemsOf(y.norm))
			if len(y.section) > 0 {
				maps.Copy(have, stemsOf(prose.Normalize(y.section[len(y.section)-1])))
			}
		}
	}
	if !merged {
		return none
	}
	said := func(w string) bool {
		return have[stem(lemma(w))] || strings.HasSuffix(w, "is") && have[stem(lemma(strings.TrimSuffix(w, "is")+"es"))] ||
			tableWords[w] || pointingVerbs[w]
	}
	return func(w string) bool {
		if !lead[w] {
			return false
		}
		if said(w) {
			return true
		}
		if !dataSubjects[w] {
			return false
		}
		for i, x := range sd.words {
			if x == w && i+2 < len(sd.words) && sd.words[i+1] == "in" {
				for _, p := range sd.words[i+2 : min(i+4, len(sd.words))] {
					if places[p] && said(p) {
						return true
					}
				}
			}
		}
		return false
	}
}

// rePointerTo matches a sentence that only says where another part of
// the notice, named by its number, says a thing: "The legal basis for
// each purpose is shown in the table in section 4", "Our retention
// periods are set out in section 8 below". It captures what the part is
// said to say and the part's number.
var rePointerTo = lazyRegexp(`^(?:the |our |your )?([a-z][a-z' -]*?) (?:is|are) (?:shown|listed|set out|given|described|explained|summari[sz]ed|stated|laid out|found) in (?:the (?:table|list|chart) (?:in|of|under|at) )?(?:section|part) (\d+(?:\.\d+)*)(?: (?:above|below))?\.?$`)

// pointerWords are the words of what a pointer says a part holds that
// only say how much of it the part holds: "for each purpose".
var pointerWords = set("each", "every", "all", "any")

// pointsToWhatPartSays reports a sentence x, of the revision doc, that
// only points to where a numbered part of that revision says a thing
// (see rePointerTo), when that part, by its heading, its sentences and
// the headers of its tables, says it: every word of what x says it holds
// is said there. Such a pointer states nothing of its own (E2); what the
// part says is read where it is. A pointer to a part that does not say
// what it names, or to a part the revision does not have, is read as a
// statement.
func pointsToWhatPartSays(x *sentence, doc []*sentence) bool {
	if x.row || !strings.Contains(x.norm, " in ") {
		return false
	}
	m := rePointerTo().FindStringSubmatch(x.norm)
	if m == nil {
		return false
	}
	var want []string
	for _, w := range words(canonicalize(m[1])) {
		if negations[w] {
			return false
		}
		if !glue[w] && !stop[w] && !isNumber(w) && !pointerWords[w] {
			want = append(want, w)
		}
	}
	if len(want) == 0 {
		return false
	}
	inPart := func(y *sentence) (string, bool) {
		for _, h := range y.section {
			l := strings.ToLower(strings.TrimSpace(h))
			if rest, ok := strings.CutPrefix(l, m[2]); ok && (strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, " ")) {
				return h, true
			}
		}
		return "", false
	}
	has := map[string]bool{}
	found := false
	for _, y := range doc {
		h, ok := inPart(y)
		if !ok || y == x {
			continue
		}
		found = true
		maps.Copy(has, stemsOf(y.norm))
		maps.Copy(has, stemsOf(y.header))
		maps.Copy(has, stemsOf(prose.Normalize(h)))
	}
	if !found {
		return false
	}
	for _, w := range want {
		// "bases" is the plural of "basis", as "analyses" is of
		// "analysis".
		if !has[stem(lemma(w))] && !(strings.HasSuffix(w, "ses") && has[stem(lemma(strings.TrimSuffix(w, "es")+"is"))]) &&
			!(strings.HasSuffix(w, "sis") && has[stem(lemma(strings.TrimSuffix(w, "is")+"es"))]) {
			return false
		}
	}
	return true
}

// placeConditionNamedOver reports a condition clause that only says
// where the user is ("if you are in the EEA", "where you live in the
// UK"), whose places the other revision (doc) named over what the
// sentences ss say, in a heading or in a sentence their own revision
// (own) no longer has (see placesNamedOver): "The last column shows the
// legal basis we rely on if you are in the EEA", where the other
// revision's legal bases stood under "Legal bases (EEA)". A place never
// named so, or a clause that says more than where the user is, is a
// condition.
func placeConditionNamedOver(c unitCondition, ss []*sentence, sd *side, doc, own, skip []*sentence) bool {
	var ps []string
	for _, w := range words(canonicalize(strings.Join(c.clause[1:], " "))) {
		switch {
		case places[w]:
			if !slices.Contains(ps, w) {
				ps = append(ps, w)
			}
		case glue[w] || stop[w] || residenceWords[w]:
		default:
			return false
		}
	}
	sort.Strings(ps)
	return len(ps) > 0 && len(placesNamedOver(ps, ss, sd, doc, own, skip)) == 0
}

// residenceWords say where a person is: "if you live in", "if you are
// based in".
var residenceWords = set("live", "lives", "living", "reside", "resides", "resident", "residents", "located", "based", "are", "is", "in")

// readerGrant finds what a sentence grants its reader ("you have the
// right to complain to ...", "you may also ask ...", "you are entitled to
// object ..."): the index in ws of the verb granted, or -1. A denial ("you
// may not") grants nothing, nor does a pointer to where more is said
// ("you can find out more ...").
func readerGrant(ws []string) int {
	skip := func(i int) int {
		for i < len(ws) && (ws[i] == "also" || ws[i] == "always" || ws[i] == "still") {
			i++
		}
		return i
	}
	at := func(i int, w ...string) bool {
		return i+len(w) <= len(ws) && slices.Equal(ws[i:i+len(w)], w)
	}
	for i, w := range ws {
		if w != "you" {
			continue
		}
		j := skip(i + 1)
		switch {
		case at(j, "may") || at(j, "can"):
			j++
		case at(j, "have", "the", "right", "to") || at(j, "have", "a", "right", "to"):
			j += 4
		case at(j, "are", "entitled", "to") || at(j, "are", "free", "to") || at(j, "are", "able", "to"):
			j += 3
		default:
			continue
		}
		j = skip(j)
		if j >= len(ws) || negations[ws[j]] || pointerVerbs[ws[j]] || stop[ws[j]] {
			continue
		}
		return j
	}
	return -1
}

// pointerVerbs send the reader to where more is said: "you can find",
// "you may read". What they grant is a place to look, not a right.
var pointerVerbs = set("find", "read", "see", "learn", "view", "visit", "consult", "refer", "review", "check", "also", "be")

// grantDropped reports a sentence of a paragraph recast around it, paired
// with none of the other revision's, that granted the reader a right or a
// route ("You have the right to complain to the data protection regulator
// where you live.") which no sentence of the other revision grants any
// more (M14): none grants the same act with what it was done to or with
// ("lodge a complaint with your local data protection authority"). The
// rest of the paragraph may still use its words in another sense ("we
// follow the regulator's guidance"), or grant the same act of something
// else ("you may complain to us"). What the sentence names that another
// grant of the same paragraph names too is not what it adds.
func grantDropped(u *unit, ctx *context) (x *sentence, ws []string, ok bool) {
	paired := map[*sentence]bool{}
	for _, p := range u.pairs {
		paired[p[0]], paired[p[1]] = true, true
	}
	content := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			if !stop[w] && !glue[w] && !isNumber(w) && len(w) > 2 && w != "you" && w != "your" && w != "yours" && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
		return out
	}
	has := func(y []string, w string) bool {
		return slices.ContainsFunc(y, func(v string) bool { return sameMeaning(w, v) })
	}
	for _, x := range u.old {
		if paired[x] {
			continue
		}
		xw := words(x.norm)
		j := readerGrant(xw)
		if j < 0 {
			continue
		}
		verb, named := xw[j], content(xw[j+1:])
		// What another grant of the paragraph names as well.
		for _, s := range u.old {
			if s == x {
				continue
			}
			sw := words(s.norm)
			if k := readerGrant(sw); k >= 0 {
				named = slices.DeleteFunc(named, func(w string) bool { return has(sw[k:], w) })
			}
		}
		if len(named) == 0 {
			continue
		}
		granted := false
		for _, y := range ctx.news {
			yw := words(y.norm)
			k := readerGrant(yw)
			if k < 0 {
				// An instruction grants what it tells the reader to do:
				// "complain to ...", "please contact ...".
				k = 0
				if len(yw) > 0 && yw[0] == "please" {
					k = 1
				}
				if k >= len(yw) || !sameMeaning(yw[k], verb) {
					continue
				}
			}
			if !has(yw[k:], verb) {
				continue
			}
			n := 0
			for _, w := range named {
				if has(yw, w) {
					n++
				}
			}
			if 2*n >= len(named) {
				granted = true
				break
			}
		}
		if !granted {
			return x, append([]string{verb}, named...), true
		}
	}
	return nil, nil, false
}
