// Package classify decides whether the change between two revisions of a
// privacy notice is material, following the project's materiality
// guidelines (../shared/materiality/README.md in the project's working
// tree): normalise both texts, cancel identical sentences as multisets so
// that moves disappear, pair what remains by shared words, discard the
// editorial edits (whitelist E1–E8), and test each remaining unit against
// the material triggers (M1–M14), recording the rule, the category and the
// direction as the explanation.
//
// It is rule-based and explainable: no network, no model. Every material
// change carries at least one reason quoting the words that triggered it.
package classify

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/prose"
)

// MaxSize is the largest revision Classify accepts, in bytes (5 MiB). Real
// privacy notices are well under 1 MiB.
const MaxSize = 5 << 20

// maxEditorial caps how many editorial changes a Classification lists, to
// keep the explanation readable; material changes are never capped.
const maxEditorial = 25

// Errors for input that is not a notice. Classify wraps them with the side
// ("old revision: ...") so callers can use errors.Is.
var (
	ErrEmpty    = errors.New("classify: empty file")
	ErrBinary   = errors.New("classify: binary file, not Markdown text")
	ErrNotUTF8  = errors.New("classify: not UTF-8 text")
	ErrTooLarge = fmt.Errorf("classify: file larger than %d MiB", MaxSize>>20)
)

// Check reports whether b can be classified: non-empty, at most MaxSize,
// UTF-8 text without NUL bytes.
func Check(b []byte) error {
	switch {
	case len(b) > MaxSize:
		return ErrTooLarge
	case len(bytes.TrimSpace(b)) == 0:
		return ErrEmpty
	case bytes.IndexByte(b, 0) >= 0:
		return ErrBinary
	case !utf8.Valid(b):
		return ErrNotUTF8
	}
	return nil
}

// Classify compares two revisions of a notice (Markdown) and returns the
// verdict: whether any change is material, its combined impact, the
// categories affected (most affected first) and every changed unit with the
// reasons for its verdict. Identical revisions give a non-material
// Classification with no changes. It returns an error wrapping ErrEmpty,
// ErrBinary, ErrNotUTF8 or ErrTooLarge when either input is unusable.
func Classify(old, new []byte) (notice.Classification, error) {
	out := notice.Classification{Categories: []string{}, Changes: []notice.Change{}}
	loadVocab()
	if err := Check(old); err != nil {
		return out, fmt.Errorf("old revision: %w", err)
	}
	if err := Check(new); err != nil {
		return out, fmt.Errorf("new revision: %w", err)
	}
	if bytes.Equal(old, new) {
		return out, nil
	}
	od, nd := prose.Parse(old), prose.Parse(new)
	os, ns := sentencesOf(od, 0), sentencesOf(nd, 1)
	renamed := renameTerms(os, ns)
	renamed = append(renamed, renameFormerly(os, ns)...)
	renumberRefs(od, nd, os, ns)
	units := align(os, ns)
	ctx := &context{olds: os, news: ns, need: map[string]bool{}, asked: askedNames(units)}
	// Restatement look-ups (E8) only ever ask about the words of added or
	// removed sentences: index only those.
	// So are those of a sentence that points to another part of the
	// notice, or sums it up, inside a rewritten paragraph (see
	// withoutExamples).
	for _, u := range units {
		for _, x := range append(append([]*sentence{}, u.old...), u.new...) {
			if len(u.old) == 0 || len(u.new) == 0 || pointerLed(x) || hasPrefixAny(x.norm, summaryMarkers...) || x.summary || inSummary(x) {
				for _, w := range keyWords(x.key) {
					ctx.need[w] = true
				}
			}
		}
	}

	var impacts []notice.Impact
	catScore := map[string]int{}
	editorial := 0
	for _, ch := range renamed {
		if editorial < maxEditorial {
			out.Changes = append(out.Changes, ch)
			editorial++
		}
	}
	for _, u := range units {
		ch := judge(u, ctx)
		if ch.Material {
			impacts = append(impacts, ch.Impact)
			for i, c := range ch.Categories {
				catScore[c] += 10 - i
			}
		} else {
			if editorial >= maxEditorial || len(ch.Reasons) == 0 {
				continue
			}
			editorial++
		}
		out.Changes = append(out.Changes, ch)
	}
	out.Impact = notice.Combine(impacts...)
	out.Material = out.Impact != notice.ImpactNone
	for c := range catScore {
		out.Categories = append(out.Categories, c)
	}
	sort.Slice(out.Categories, func(i, j int) bool {
		a, b := out.Categories[i], out.Categories[j]
		if catScore[a] != catScore[b] {
			return catScore[a] > catScore[b]
		}
		return a < b
	})
	return out, nil
}

// sentence is one sentence of a revision, prepared for comparison.
type sentence struct {
	side    int
	block   int
	order   int
	section []string
	text    string
	norm    string
	canon   string
	key     string
	content map[string]bool
	lite    map[string]bool
	contact bool
	row     bool   // a table row
	header  string // a table row's header row, normalised ("" when it has none)
	leadIn  string // a list item's lead-in ("You can:"), normalised ("" when it has none)
	label   string // the bold label that opens its block ("**Fraud:**"), when it is the block's first sentence
	// boldLead is set for a sentence set in bold at the start of a
	// paragraph that goes on after it ("**Where it is kept.** We store
	// ...").
	boldLead bool
	// asks is set for a sentence of the question set in bold or italics
	// at the start of a paragraph or list item that goes on to answer it
	// ("*How long is it kept?* For a year."): a question and answer. It
	// is set too for a question that ends a paragraph of its own, the
	// paragraph just below answering it ("**Who do I ask?**" over "Write
	// to the club.").
	asks bool
	// answer is the block that answers a question that asks: its own, or
	// the one just below it.
	answer int
	// leads is, for a lead-in ending in a colon, the number of top-level
	// items of the list just below it (0 for other sentences).
	leads int
	// joins is, for the last sentence of a paragraph or list item with a
	// list just below it (nested under it, for an item), the word that
	// joins that list's last two items ("- are compelled ..., and" over
	// "- believe ..."): "and", "or", or "" when none does.
	joins string
	// follows is, for a sentence of the paragraph just below a list, the
	// number of top-level items of that list (0 for other sentences).
	follows int
	// semiItems is, for a sentence whose colon list a semicolon ends
	// ("for three things: to run our sites;"), the number of items of
	// that list in the sentences after it in its block ("to contact
	// you;", "and to advertise.").
	semiItems int
	// item is set for the first sentence of a list item.
	item bool
	// listLead is set for a paragraph ending in a full stop that names
	// the items of the list just below it ("We use it for the following
	// purposes."), as a lead-in ending in a colon does.
	listLead bool
	// rowLabel is a table row's first cell, when the row goes on after it
	// and it is short enough to name what the rest says.
	rowLabel string
	// firstCell is a table row's first cell, normalised, however long.
	firstCell string
	// num is the number of a numbered list item ("3. Keep it safe") or
	// of a table row whose first cell only numbers it, for the item's or
	// row's first sentence; 0 otherwise.
	num int
	// cells are a table row's cells, normalised, without a cell that
	// only numbers the row.
	cells []string
	// tableLead is a table row's lead-in, the paragraph ending in a colon
	// just above its header row, normalised ("" when it has none).
	tableLead string
	// summary is set for a sentence that goes on a summary opened in its
	// block by an earlier one ("In short: we do not sell it. We share it
	// only with ..."): the box sums up as a whole.
	summary bool
	// answers is set for a sentence of a block that answers a question
	// set before it ("**Who gets it?** Only these recipients:"), in its
	// own block or in the paragraph above.
	answers bool
	links   []prose.Link      // the links of its block whose text the sentence shows
	para    string            // its block's display text
	words   []string          // words(canon), set by prepare
	feats   *sentenceFeatures // set on first use after prepare
}

// sentenceFeatures are what newSide reads of one prepared sentence besides
// its words. A sentence takes part in several sides (its unit's, its
// pair's, a restatement's), so they are worked out once.
type sentenceFeatures struct {
	entities   []string // entitiesIn(text)
	quantities []string // numbersIn(canon); nil for a contact line, whose numbers are not quantities
	frameworks []string // frameworksIn(canon)
	hasAddress bool     // canon holds a street address
	hedges     int      // matches of reHedge in canon
	noneElse   int      // matches of reNoneElse in canon
	noneElseNo int      // those of them that start "no " or "nothing"
}

// canonWords returns words(x.canon).
func (x *sentence) canonWords() []string {
	if x.content != nil {
		return x.words
	}
	return words(x.canon)
}

// features returns the sentence's features, remembered once prepare has
// fixed its canonical form.
func (x *sentence) features() *sentenceFeatures {
	if x.feats != nil {
		return x.feats
	}
	f := &sentenceFeatures{
		entities:   entitiesIn(x.text),
		frameworks: frameworksIn(x.canon),
		hasAddress: strings.ContainsAny(x.canon, "0123456789") && reStreet().MatchString(x.canon),
	}
	if !x.contact {
		f.quantities = dropBackCount(dropSoleCount(dropListCount(numbersIn(x.canon), x.canon, x.leads, x.semiItems), x.canon), x.canon, x.follows)
	}
	f.hedges, f.noneElse, f.noneElseNo = hedgeCounts(x.canon)
	if x.content != nil {
		x.feats = f
	}
	return f
}

// sentencesOf lists a document's sentences, leaving out what never
// carries a promise: headings (E3), navigation (E2) and date lines (E1).
// Only the cheap cancellation key is computed here; prepare does the rest
// for the sentences that did not cancel.
func sentencesOf(d *prose.Document, sideNo int) []*sentence {
	out := make([]*sentence, 0, len(d.Sentences))
	// Whether a block is made of links only is the same for each of its
	// sentences: work it out once per block.
	linkOnly := map[int]bool{}
	navigation := func(i int, b prose.Block, norm string) bool {
		if isNavLine(norm) {
			return true
		}
		if len(b.Links) == 0 {
			return false
		}
		v, ok := linkOnly[i]
		if !ok {
			v = isNavigation(b, "")
			linkOnly[i] = v
		}
		return v
	}
	for si, s := range d.Sentences {
		b := d.Blocks[s.Block]
		if b.Kind == prose.Heading || b.Header || navigation(s.Block, b, s.Norm) || isDateLine(s.Norm) || isAnnouncement(s.Norm) ||
			emphasisHeading(b, s.Norm) {
			continue
		}
		// Clause numbers ("16.1.", "(a)", "iv.") are layout: renumbering
		// is editorial.
		norm, text := s.Norm, s.Text
		rowNo := 0
		// A table's example column ("| Device data | Browser, OS |
		// Firefox on Windows |" under "| Type | Includes | Example |")
		// shows what the row's item can look like: the row states what
		// the rest of it says (E8).
		if b.Kind == prose.TableRow {
			norm, text = withoutExampleCell(d, s.Block, norm, text)
		}
		// So is a table's row-number column ("| 1 | To answer you |"
		// under "| # | Use |"): it numbers the rows as a list numbers its
		// items.
		if b.Kind == prose.TableRow && strings.HasPrefix(b.Text, text) {
			if k, ok := rowNumber(d, s.Block); ok {
				norm = strings.TrimPrefix(norm, k+", ")
				text = strings.TrimPrefix(text, k+", ")
				rowNo, _ = strconv.Atoi(k)
			}
		}
		if mayBeEnumerated(norm) {
			norm = reEnumeration().ReplaceAllString(norm, "")
		}
		key := keyOf(norm)
		if key == "" {
			continue
		}
		x := &sentence{side: sideNo, block: s.Block, order: len(out), section: s.Section, text: text, norm: norm, key: key, para: b.Text}
		for _, l := range b.Links {
			if strings.TrimSpace(l.Text) != "" && strings.Contains(s.Text, l.Text) {
				x.links = append(x.links, l)
			}
		}
		if b.Kind == prose.ListItem {
			x.leadIn = leadInOf(d, s.Block)
			x.item = strings.HasPrefix(b.Text, s.Text)
			if m := reItemNumber().FindStringSubmatch(b.Raw); m != nil && x.item {
				x.num, _ = strconv.Atoi(m[1])
			}
			x.summary = underSummaryLine(d, s.Block)
		}
		if (b.Kind == prose.ListItem || b.Kind == prose.Paragraph) && strings.HasPrefix(b.Text, s.Text) {
			x.label = boldLabel(b.Raw)
		}
		if b.Kind == prose.Paragraph && strings.HasSuffix(strings.TrimSpace(s.Text), ":") {
			x.leads = itemsBelow(d, s.Block)
		}
		if (b.Kind == prose.Paragraph || b.Kind == prose.ListItem) && strings.HasSuffix(b.Text, s.Text) {
			x.joins = itemsJoiner(d, s.Block)
		}
		if b.Kind == prose.Paragraph && s.Block > 0 && d.Blocks[s.Block-1].Kind == prose.ListItem {
			x.follows = itemsAbove(d, s.Block)
		}
		if strings.Contains(s.Text, ":") && strings.HasSuffix(strings.TrimSpace(s.Text), ";") {
			for k := si + 1; k < len(d.Sentences) && d.Sentences[k].Block == s.Block; k++ {
				x.semiItems++
				if !strings.HasSuffix(strings.TrimSpace(d.Sentences[k].Text), ";") {
					break
				}
			}
		}
		// So does one that points below it ("for the purposes below.",
		// "The table below lists ...") over the table there: the rows
		// are what it names.
		if b.Kind == prose.Paragraph && strings.HasSuffix(strings.TrimSpace(s.Text), ".") &&
			strings.HasSuffix(strings.TrimSpace(b.Text), strings.TrimSpace(s.Text)) &&
			(strings.Contains(s.Text, "following") && itemsBelow(d, s.Block) > 0 ||
				containsWord(s.Norm, "below") && s.Block+1 < len(d.Blocks) && d.Blocks[s.Block+1].Kind == prose.TableRow) {
			x.listLead = true
		}
		if b.Kind == prose.Paragraph && strings.HasPrefix(b.Text, s.Text) && len(b.Text) > len(s.Text) {
			x.boldLead = boldLead(b.Raw, s.Norm)
		}
		if (b.Kind == prose.ListItem || b.Kind == prose.Paragraph) && len(b.Text) > len(s.Text) {
			x.asks = askedLead(b.Raw, s.Norm)
		}
		x.answer = s.Block
		if !x.asks && askedAbove(d, s.Block, s.Text) {
			x.asks, x.answer = true, s.Block+1
		}
		if b.Kind == prose.TableRow {
			x.row = true
			// A row's first cell may name what the rest of it says
			// ("| Deletion | Delete your information |"), as a list
			// item's label does.
			if cells := strings.Split(strings.Trim(strings.TrimSpace(b.Raw), "|"), "|"); len(cells) >= 2 && !b.Header {
				first := strings.TrimSpace(strings.Trim(strings.TrimSpace(cells[0]), "*_"))
				if strings.HasPrefix(s.Text, first) {
					x.firstCell = prose.Normalize(first)
				}
				if n := len(strings.Fields(first)); n > 0 && n <= 4 && strings.HasPrefix(s.Text, first) {
					x.rowLabel = first
				}
				if strings.HasPrefix(b.Text, s.Text) {
					x.num = rowNo
					for i, c := range cells {
						if c = strings.TrimSpace(strings.Trim(strings.TrimSpace(c), "*_")); i > 0 || rowNo == 0 {
							x.cells = append(x.cells, prose.Normalize(c))
						}
					}
				}
			}
			// The header row names what each column says ("How long we
			// keep it"): a row is read under it.
			for k := s.Block - 1; k >= 0 && d.Blocks[k].Kind == prose.TableRow; k-- {
				if d.Blocks[k].Header {
					x.header = prose.Normalize(d.Blocks[k].Text)
					// "We share it with the recipients in this
					// table:" leads in the rows as it would a list.
					if k > 0 && d.Blocks[k-1].Kind == prose.Paragraph && strings.HasSuffix(strings.TrimSpace(d.Blocks[k-1].Text), ":") {
						x.tableLead = prose.Normalize(d.Blocks[k-1].Text)
					}
					break
				}
			}
		}
		out = append(out, x)
	}
	markSummaries(out)
	markAnswers(out)
	return out
}

// markAnswers sets answers on each sentence of a block that a question
// answered by it comes before (see sentence.asks).
func markAnswers(ss []*sentence) {
	for _, q := range ss {
		if !q.asks {
			continue
		}
		for _, x := range ss {
			if x.block == q.answer && x.order > q.order && !x.asks {
				x.answers = true
			}
		}
	}
}

// markSummaries sets summary on each sentence that follows, in its block,
// one opening with a summary marker ("In short: ...").
func markSummaries(ss []*sentence) {
	opened := map[int]bool{}
	for _, x := range ss {
		if opened[x.block] {
			x.summary = true
		} else if hasPrefixAny(x.norm, summaryMarkers...) {
			opened[x.block] = true
		}
	}
}

// underSummaryLine reports a list item of a list set right under a line
// that is only a summary marker ("**In short**", "Summary"): each of its
// items goes on the summary, as the lines of a box opened by "In short:"
// do.
func underSummaryLine(d *prose.Document, i int) bool {
	k := i
	for k >= 0 && d.Blocks[k].Kind == prose.ListItem {
		k--
	}
	if k < 0 || d.Blocks[k].Kind != prose.Paragraph {
		return false
	}
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(prose.Normalize(d.Blocks[k].Text)), ":.-"))
	return slices.Contains(summaryMarkers, t) || slices.Contains(summaryHeads, t)
}

// boldLabel returns the bold label that opens a list item or paragraph
// ("- **Fraud prevention:** to prevent fraud", "**Precise location.** We
// use ..."): one to six words in bold, ended by a colon or a full stop
// inside or just after the bold. It returns "" when raw opens with none.
func boldLabel(raw string) string {
	t := strings.TrimLeft(raw, " \t")
	if len(t) > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' {
		t = strings.TrimLeft(t[2:], " ")
	} else if i := strings.IndexAny(t, ".)"); i > 0 && i <= 3 && i+1 < len(t) && t[i+1] == ' ' && strings.Trim(t[:i], "0123456789") == "" {
		t = strings.TrimLeft(t[i+1:], " ")
	}
	m := ""
	switch {
	case strings.HasPrefix(t, "**"):
		m = "**"
	case strings.HasPrefix(t, "__"):
		m = "__"
	default:
		return ""
	}
	end := strings.Index(t[2:], m)
	if end <= 0 {
		return ""
	}
	inner, after := strings.TrimSpace(t[2:2+end]), t[2+end+2:]
	switch {
	case strings.HasSuffix(inner, ":") || strings.HasSuffix(inner, "."):
		inner = strings.TrimSpace(inner[:len(inner)-1])
	case strings.HasPrefix(after, ":") || strings.HasPrefix(after, "."):
	default:
		return ""
	}
	if n := len(strings.Fields(inner)); n == 0 || n > 6 || strings.ContainsAny(inner, ".:;!?*_") {
		return ""
	}
	return inner
}

// itemsBelow counts the top-level items of the list that starts just
// after block i, 0 when none does.
func itemsBelow(d *prose.Document, i int) int {
	k := 0
	for j := i + 1; j < len(d.Blocks) && d.Blocks[j].Kind == prose.ListItem; j++ {
		if d.Blocks[j].Level <= 1 {
			k++
		}
	}
	return k
}

// itemsJoiner returns the word that joins the last two items of the list
// just below block i, nested under it when it is a list item: "and" or
// "or" closing the next-to-last item ("- are compelled ..., and") or
// opening the last ("- or believe ..."), "" when neither does or the list
// has fewer than two items.
func itemsJoiner(d *prose.Document, i int) string {
	lv := 1
	if d.Blocks[i].Kind == prose.ListItem {
		lv = d.Blocks[i].Level + 1
	}
	var items []string
	for j := i + 1; j < len(d.Blocks) && d.Blocks[j].Kind == prose.ListItem && d.Blocks[j].Level >= lv; j++ {
		if d.Blocks[j].Level == lv {
			items = append(items, strings.ToLower(d.Blocks[j].Text))
		}
	}
	if len(items) < 2 {
		return ""
	}
	last := strings.Fields(strings.TrimRight(items[len(items)-2], " ,;.:"))
	first := strings.Fields(items[len(items)-1])
	if len(last) == 0 || len(first) == 0 {
		return ""
	}
	for _, w := range []string{last[len(last)-1], first[0]} {
		if w == "and" || w == "or" {
			return w
		}
	}
	return ""
}

// itemsAbove counts the top-level items of the list that ends just above
// block i.
func itemsAbove(d *prose.Document, i int) int {
	k := 0
	for j := i - 1; j >= 0 && d.Blocks[j].Kind == prose.ListItem; j-- {
		if d.Blocks[j].Level <= 1 {
			k++
		}
	}
	return k
}

// leadInOf returns the paragraph, normalised, that introduces the list
// holding block i ("You can:"), or "" when the list has none: the
// paragraph just before the list's first item, when it ends with a colon.
func leadInOf(d *prose.Document, i int) string {
	// An item of a list nested under an item that ends in a colon ("- In
	// Junior Mode:") is read under that item as under a paragraph.
	if lv := d.Blocks[i].Level; lv > 1 {
		for k := i - 1; k >= 0 && d.Blocks[k].Kind == prose.ListItem; k-- {
			if d.Blocks[k].Level < lv {
				if t := strings.TrimSpace(d.Blocks[k].Text); strings.HasSuffix(t, ":") {
					return prose.Normalize(t)
				}
				break
			}
		}
	}
	k := i
	for k >= 0 && d.Blocks[k].Kind == prose.ListItem {
		k--
	}
	if k < 0 || d.Blocks[k].Kind != prose.Paragraph || !strings.HasSuffix(strings.TrimSpace(d.Blocks[k].Text), ":") {
		return ""
	}
	return prose.Normalize(d.Blocks[k].Text)
}

// boldLead reports a paragraph's raw text that opens with norm set in
// bold, its closing stop inside or outside the bold.
func boldLead(raw, norm string) bool {
	raw = strings.TrimSpace(raw)
	for _, m := range []string{"**", "__"} {
		inner, ok := strings.CutPrefix(raw, m)
		if !ok {
			continue
		}
		end := strings.Index(inner, m)
		if end <= 0 {
			return false
		}
		trim := func(t string) string { return strings.TrimRight(strings.TrimSpace(t), ".:") }
		return trim(prose.Normalize(inner[:end])) == trim(norm)
	}
	return false
}

// askedLead reports a paragraph's or list item's raw text that opens with
// a question set in bold or italics ("*Who can see it?* Only you.",
// "**Is it free?** Yes."), of which norm is a sentence, and goes on after
// it.
func askedLead(raw, norm string) bool {
	t := strings.TrimLeft(raw, " \t")
	if len(t) > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' {
		t = strings.TrimLeft(t[2:], " ")
	}
	for _, m := range []string{"**", "__", "*", "_"} {
		inner, ok := strings.CutPrefix(t, m)
		if !ok || len(m) == 1 && strings.HasPrefix(inner, m) {
			continue
		}
		end := strings.Index(inner, m)
		if end <= 0 || strings.TrimSpace(inner[end+len(m):]) == "" {
			return false
		}
		q := strings.TrimSpace(prose.Normalize(inner[:end]))
		n := strings.TrimSpace(norm)
		return strings.HasSuffix(q, "?") && n != "" && strings.Contains(q, n)
	}
	return false
}

// askedAbove reports a question (text) that ends its paragraph (block),
// the paragraph or list item just below answering it in the same section:
// "**Can I stop the emails?**" over "Yes. Use the link in any email.". A
// paragraph of questions only, with nothing below it that answers, is no
// question and answer.
func askedAbove(d *prose.Document, block int, text string) bool {
	b := d.Blocks[block]
	if b.Kind != prose.Paragraph || block+1 >= len(d.Blocks) || !strings.HasSuffix(strings.TrimRight(strings.TrimSpace(text), "*_"), "?") {
		return false
	}
	if !strings.HasSuffix(strings.TrimRight(strings.TrimSpace(b.Text), "*_"), "?") {
		return false
	}
	nb := d.Blocks[block+1]
	if nb.Kind != prose.Paragraph && nb.Kind != prose.ListItem || nb.Header {
		return false
	}
	t := strings.TrimRight(strings.TrimSpace(nb.Text), "*_")
	return t != "" && !strings.HasSuffix(t, "?")
}

// emphasisHeading reports a paragraph that is one bold or italic line and
// reads as a heading (rule E3): "**3.2 Data we receive from others**" set
// above the text it names. A heading carries no promise; the body under it
// does. A line that denies, permits or commits ("**We never sell your
// data**"), or ends a sentence, is a statement and is kept.
func emphasisHeading(b prose.Block, norm string) bool {
	if b.Kind != prose.Paragraph || strings.Contains(b.Raw, "\n") {
		return false
	}
	raw := strings.TrimSpace(b.Raw)
	inner := ""
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(raw) > 2*len(m) && strings.HasPrefix(raw, m) && strings.HasSuffix(strings.TrimSuffix(raw, ":"), m) {
			inner = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSuffix(raw, ":"), m), m)
			if !strings.Contains(inner, m) {
				break
			}
			inner = ""
		}
	}
	if strings.TrimSpace(inner) == "" {
		return false
	}
	t := norm
	if mayBeEnumerated(t) {
		t = reEnumeration().ReplaceAllString(t, "")
	}
	t = strings.TrimRight(strings.TrimSpace(t), ":")
	if t == "" || strings.ContainsAny(t, ".;!?") {
		return false
	}
	ws := words(t)
	if len(ws) == 0 || len(ws) > 10 {
		return false
	}
	for _, w := range ws {
		if negations[w] || possibility[w] || commitment[w] || w == "can" || w == "only" || w == "except" || w == "unless" {
			return false
		}
	}
	return true
}

// exampleHeads name a table column of examples.
var exampleHeads = map[string]bool{"example": true, "examples": true, "for example": true, "e.g": true, "e.g.": true}

// withoutExampleCell returns a table row's sentence (norm, text) without
// its last cell when the header names that column one of examples and
// the cell states nothing the company does and names nothing beside the
// row's item: no "we" or "our", negation, modal or "other" ("Firefox 125
// on Windows 11", "Lisbon, Portugal"). A cell that says "we share it
// with advertisers" or adds "the other programs you run" is kept, and
// the row with it.
func withoutExampleCell(d *prose.Document, block int, norm, text string) (string, string) {
	b := d.Blocks[block]
	if b.Header || !strings.Contains(text, ", ") {
		return norm, text
	}
	k := block - 1
	for ; k >= 0 && d.Blocks[k].Kind == prose.TableRow && !d.Blocks[k].Header; k-- {
	}
	if k < 0 || d.Blocks[k].Kind != prose.TableRow || !d.Blocks[k].Header {
		return norm, text
	}
	heads := strings.Split(strings.Trim(strings.TrimSpace(d.Blocks[k].Raw), "|"), "|")
	cells := strings.Split(strings.Trim(strings.TrimSpace(b.Raw), "|"), "|")
	if len(heads) < 2 || len(cells) != len(heads) ||
		!exampleHeads[strings.TrimRight(prose.Normalize(strings.Trim(strings.TrimSpace(heads[len(heads)-1]), "*_")), ":")] {
		return norm, text
	}
	cell := prose.Normalize(strings.NewReplacer("`", "", "**", "", "__", "").Replace(strings.TrimSpace(cells[len(cells)-1])))
	if cell == "" || !strings.HasSuffix(norm, ", "+cell) {
		return norm, text
	}
	ws := strings.Fields(cell)
	for i, w := range ws {
		switch strings.Trim(w, ",.;:()\"'") {
		case "may":
			// "bought on 3 May" dates it.
			if i == 0 || strings.Trim(ws[i-1], "0123456789") != "" {
				return norm, text
			}
		case "we", "us", "our", "ours", "not", "never", "no", "might", "can", "could", "will", "must", "only":
			return norm, text
		// "Firefox on Windows, and the other programs running on your
		// computer" names things beside the row's item: it widens the
		// list.
		case "other", "others", "additional", "also", "plus":
			return norm, text
		}
	}
	for i := strings.LastIndex(text, ", "); i > 0; i = strings.LastIndex(text[:i], ", ") {
		if prose.Normalize(text[i+2:]) == cell {
			return strings.TrimSuffix(norm, ", "+cell), text[:i]
		}
	}
	return norm, text
}

// rowNumber reports a table row whose first cell only numbers it: the
// cell is the row's place among the table's rows (1, 2, 3 ...) and the
// header names no column of data above it ("#", "No.", "Item" or
// nothing). It returns the cell.
func rowNumber(d *prose.Document, block int) (string, bool) {
	b := d.Blocks[block]
	first, _, ok := strings.Cut(b.Text, ", ")
	if !ok || first == "" || len(first) > 3 || strings.Trim(first, "0123456789") != "" {
		return "", false
	}
	place := 1
	k := block - 1
	for ; k >= 0 && d.Blocks[k].Kind == prose.TableRow && !d.Blocks[k].Header; k-- {
		place++
	}
	if first != fmt.Sprint(place) {
		return "", false
	}
	if k >= 0 && d.Blocks[k].Kind == prose.TableRow && d.Blocks[k].Header {
		head, _, _ := strings.Cut(prose.Normalize(d.Blocks[k].Text), ", ")
		switch strings.TrimSpace(strings.TrimRight(head, ".")) {
		case "", "#", "no", "nr", "number", "item", "ref":
		default:
			return "", false
		}
	}
	return first, true
}

// stems returns the sentence's content stems: those of prepare when it ran,
// else a cheaper set from the normalised text (for restatement look-ups).
func (x *sentence) stems() map[string]bool {
	if x.content != nil {
		return x.content
	}
	if x.lite == nil {
		x.lite = map[string]bool{}
		for _, w := range words(x.norm) {
			if !glue[w] && !isNumber(w) {
				x.lite[stem(lemma(w))] = true
			}
		}
	}
	return x.lite
}

// prepare computes what comparing a sentence needs: its canonical form
// (rule E6), its canonical key, its content stems and whether it is a
// contact-block line.
func (x *sentence) prepare() {
	if x.content != nil {
		return
	}
	x.canon = canonicalize(x.norm)
	x.key = keyOf(x.canon)
	x.words = words(x.canon)
	x.content = map[string]bool{}
	for _, w := range x.words {
		if !glue[w] && !isNumber(w) {
			x.content[stem(lemma(w))] = true
		}
	}
	x.contact = isContactLine(x.text, x.norm)
}

var reEnumeration func() *regexp.Regexp

// mayBeEnumerated is a cheap test that a sentence may open with a clause
// number, before reEnumeration runs: every clause number ends with '.' or
// ')' within its first few bytes. It is made of digits, letters, '(', '.'
// and ')' only, ends in '.', ')' or a digit, and white space follows it.
func mayBeEnumerated(norm string) bool {
	head := norm[:min(len(norm), 9)]
	if strings.IndexAny(head, ".)") < 0 {
		return false
	}
	p := 0
	for p < len(norm) && (norm[p] >= '0' && norm[p] <= '9' || norm[p] >= 'a' && norm[p] <= 'z' ||
		norm[p] == '(' || norm[p] == '.' || norm[p] == ')') {
		p++
	}
	if p == 0 || p == len(norm) || strings.IndexByte(" \t\n\f\r", norm[p]) < 0 {
		return false
	}
	c := norm[p-1]
	return c == '.' || c == ')' || c >= '0' && c <= '9'
}

// isNavigation reports navigation text (rule E2): "Back to top", tables of
// contents and lines made only of in-page links.
func isNavigation(b prose.Block, norm string) bool {
	if isNavLine(norm) {
		return true
	}
	if len(b.Links) == 0 {
		return false
	}
	// A line made only of links points elsewhere; it states nothing itself
	// (a table of contents, "Read our current policy", "Contact the DPO").
	rest := b.Text
	anchors := true
	for _, l := range b.Links {
		anchors = anchors && strings.HasPrefix(l.URL, "#")
		rest = strings.Replace(rest, l.Text, "", 1)
	}
	rest = strings.Trim(rest, " ,;.|·•-–—*_")
	// A table of contents may be led in by its own label ("Contents:").
	if lead, after, ok := strings.Cut(rest, ":"); ok && isNavLine(strings.ToLower(strings.Trim(lead, " *_"))) {
		rest = strings.Trim(after, " ,;.|·•-–—*_")
	}
	if rest != "" {
		return false
	}
	return anchors || len(strings.Fields(b.Text)) <= 12
}

// keyOf is the form in which sentences cancel: canonical words only, so
// punctuation, hyphenation and serial commas do not count (E6).
func keyOf(canon string) string {
	var b strings.Builder
	b.Grow(len(canon))
	space := false
	keep := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }
	for i := 0; i < len(canon); {
		if !keep(canon[i]) {
			space = true
			i++
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		j := i + 1
		for j < len(canon) && keep(canon[j]) {
			j++
		}
		b.WriteString(canon[i:j])
		i = j
	}
	return b.String()
}

// irregular maps irregular verb forms to their base, so stems meet.
var irregular map[string]string

func lemma(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	return w
}

// unit is a group of changed sentences judged together: a modified
// sentence, a split or merged sentence, a rewritten paragraph, or an added
// or removed sentence.
type unit struct {
	old, new []*sentence
	pairs    [][2]*sentence // old/new sentences paired one to one, best overlap first
}

// index finds, for a set of stems, the sentences of one revision that
// share most of them (for restatements, rule E8).
type index struct {
	sents []*sentence
	post  map[string][]int

	// Scratch space of best: a count per sentence, all zero between
	// calls, and the sentences counted.
	counts  []int
	touched []int

	// The revision's paragraphs in order, the sentences of each and the
	// stems of each, built on first use: an example is matched against
	// every paragraph, and doing it sentence by sentence made a large
	// notice's examples quadratic.
	paras    []string
	byPara   map[string][]*sentence
	paraPost map[string][]int32

	// The stems of every word of the revision, canonical and as
	// written, and its text in lowercase, built on first use: each
	// question is checked against them (asksKnown).
	knownStems map[string]bool
	lowerText  string
}

// known returns the stems of every word of the index's sentences, of
// their canonical content and as written ("do not charge a fee", read
// "free", still says "charge"), and their text in lowercase.
func (ix *index) known() (map[string]bool, string) {
	if ix.knownStems == nil {
		ix.knownStems = map[string]bool{}
		var texts []string
		for _, y := range ix.sents {
			y.prepare()
			for st := range y.stems() {
				ix.knownStems[st] = true
			}
			for _, w := range words(y.norm) {
				ix.knownStems[stem(lemma(w))] = true
			}
			texts = append(texts, strings.ToLower(y.text))
		}
		ix.lowerText = strings.Join(texts, " ")
	}
	return ix.knownStems, ix.lowerText
}

// paragraphs lists the paragraphs of the index's sentences, in order.
func (ix *index) paragraphs() []string {
	if ix.byPara == nil {
		ix.byPara = map[string][]*sentence{}
		for _, x := range ix.sents {
			if _, ok := ix.byPara[x.para]; !ok {
				ix.paras = append(ix.paras, x.para)
			}
			ix.byPara[x.para] = append(ix.byPara[x.para], x)
		}
	}
	return ix.paras
}

// inPara returns the sentences of the paragraph para.
func (ix *index) inPara(para string) []*sentence {
	ix.paragraphs()
	return ix.byPara[para]
}

// paraHits returns, for each paragraph of paragraphs(), how many of ws
// it holds the stem of, in the singular or the plural (as hasStem
// counts). The paragraphs' stems are posted once, each distinct word
// stemmed once: a large notice has a few thousand distinct words in tens
// of thousands.
func (ix *index) paraHits(ws []string) []int {
	paras := ix.paragraphs()
	if ix.paraPost == nil {
		ix.paraPost = map[string][]int32{}
		stemOf := map[string]string{}
		for i, para := range paras {
			for _, x := range ix.byPara[para] {
				for _, w := range words(x.norm) {
					st, ok := stemOf[w]
					if !ok {
						st = stem(lemma(w))
						stemOf[w] = st
					}
					post := ix.paraPost[st]
					if n := len(post); n == 0 || post[n-1] != int32(i) {
						ix.paraPost[st] = append(post, int32(i))
					}
				}
			}
		}
	}
	hits := make([]int, len(paras))
	for _, w := range ws {
		a, b := ix.paraPost[stem(lemma(w))], ix.paraPost[stem(lemma(w+"s"))]
		// Both lists are in paragraph order: merge them, counting each
		// paragraph once.
		for len(a) > 0 || len(b) > 0 {
			switch {
			case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
				hits[a[0]]++
				a = a[1:]
			case len(a) == 0 || b[0] < a[0]:
				hits[b[0]]++
				b = b[1:]
			default:
				hits[a[0]]++
				a, b = a[1:], b[1:]
			}
		}
	}
	return hits
}

func newIndex(ss []*sentence, need map[string]bool) *index {
	ix := &index{sents: ss, post: map[string][]int{}}
	// Few words are needed: a word whose length and first byte no needed
	// word has is skipped before the map look-up. Each needed word is
	// numbered, so that one look-up finds where its sentences gather.
	var shapes [64]uint64
	slot := make(map[string]int, len(need))
	for w, ok := range need {
		if w != "" && ok {
			shapes[len(w)&63] |= 1 << (w[0] & 63)
			slot[w] = len(slot)
		}
	}
	lists := make([][]int, len(slot))
	for i, s := range ss {
		key := s.key
		for len(key) > 0 {
			k := strings.IndexByte(key, ' ')
			w := key
			if k >= 0 {
				w, key = key[:k], key[k+1:]
			} else {
				key = ""
			}
			if w == "" || shapes[len(w)&63]&(1<<(w[0]&63)) == 0 {
				continue
			}
			n, ok := slot[w]
			if !ok {
				continue
			}
			p := lists[n]
			if len(p) > 0 && p[len(p)-1] == i {
				continue
			}
			lists[n] = append(p, i)
		}
	}
	for w, n := range slot {
		if len(lists[n]) > 0 {
			ix.post[w] = lists[n]
		}
	}
	return ix
}

// keyWords lists the distinct words of a cancellation key that can say
// something (not glue, not numbers).
func keyWords(key string) []string {
	out := strings.Fields(key)
	n := 0
	for _, w := range out {
		if !glue[w] && !isNumber(w) {
			out[n] = w
			n++
		}
	}
	out = out[:n]
	slices.Sort(out)
	return slices.Compact(out)
}

// best returns the sentence sharing the largest share of words with
// content (key words), and that share (of content's size).
func (ix *index) best(content []string, skip map[*sentence]bool) (*sentence, float64) {
	if len(ix.counts) < len(ix.sents) {
		ix.counts = make([]int, len(ix.sents))
	}
	counts, touched := ix.counts, ix.touched[:0]
	for _, st := range content {
		p := ix.post[st]
		if len(p) > 200 {
			continue
		}
		for _, i := range p {
			if counts[i] == 0 {
				touched = append(touched, i)
			}
			counts[i]++
		}
	}
	ix.touched = touched
	var best *sentence
	bestScore := 0.0
	// The order the sentences are met in does not matter: the best share
	// wins, and of equal shares the earliest sentence.
	for _, i := range touched {
		n := counts[i]
		counts[i] = 0
		s := ix.sents[i]
		if skip[s] {
			continue
		}
		score := float64(n) / float64(len(content))
		if score > bestScore || score == bestScore && best != nil && s.order < best.order {
			best, bestScore = s, score
		}
	}
	return best, bestScore
}

type context struct {
	olds, news         []*sentence
	oldIndex, newIndex *index          // built on first use
	need               map[string]bool // the words restatement look-ups ask about
	// asked holds the words lowercase may be asked about (see askedNames);
	// lower holds those of them either revision writes in lowercase, and
	// allLower every word either revision writes in lowercase, in case a
	// word outside asked is asked about. Both are built on first use.
	asked, lower, allLower map[string]bool
	counts                 map[string]int // how often either revision writes each word; built on first use
	self                   []string       // the names the notice gives itself beside "we"; built on first use
	oldTitles, newTitles   []sectionTitle // the revisions' section titles (see titles); built on first use
	lists                  *leadLists     // the revisions' list lead-ins; built on first use
}

// leadLists returns the lead-ins of the two revisions' lists.
func (c *context) leadLists() *leadLists {
	if c.lists == nil {
		c.lists = listsOf(c.olds, c.news)
	}
	return c.lists
}

// uses counts how often the two revisions together write the word w.
func (c *context) uses(w string) int {
	if c.counts == nil {
		c.counts = map[string]int{}
		for _, ss := range [][]*sentence{c.olds, c.news} {
			for _, s := range ss {
				for _, x := range diffTokens(s.canon) {
					c.counts[x]++
				}
			}
		}
	}
	return c.counts[w]
}

// newSays reports whether the new revision still names each part of a
// list entry ("locked cabinets and shredding"), each one whole in some
// sentence, outside the list or in it ("Paper files are destroyed by
// shredding"): the entry moved, it was not dropped.
func (c *context) newSays(entry string) bool {
	for _, part := range strings.Split(strings.ReplaceAll(entry, " or ", " and "), " and ") {
		var ws []string
		for _, w := range words(part) {
			if !glue[w] && !stop[w] {
				ws = append(ws, w)
			}
		}
		if len(ws) == 0 {
			continue
		}
		phrase := " " + strings.Join(ws, " ") + " "
		if !slices.ContainsFunc(c.news, func(x *sentence) bool {
			return strings.Contains(" "+strings.Join(words(x.norm), " ")+" ", phrase)
		}) {
			return false
		}
	}
	return true
}

// newNames reports whether a sentence of the new revision holds the word
// w, or a word that w is the singular or plural of.
func (c *context) newNames(w string) bool {
	st := stem(lemma(w))
	for _, s := range c.news {
		// A sentence the alignment cancelled is not prepared: its
		// normalised text stands for its canonical one.
		text := s.canon
		if text == "" {
			text = s.norm
		}
		if !strings.Contains(text, w[:min(len(w), 4)]) {
			continue
		}
		if s.stems()[st] {
			return true
		}
	}
	return false
}

// namesFewer reports that fewer sentences of the new revision name w than
// of the old: a practice dropped from one statement is not kept by
// another that named it already ("update, correct or delete what you gave
// us" → "update or correct it", beside an unchanged "to delete what a
// client gave us, ask the client").
func (c *context) namesFewer(w string) bool {
	st := stem(lemma(w))
	count := func(ss []*sentence) int {
		k := 0
		for _, s := range ss {
			if s.stems()[st] {
				k++
			}
		}
		return k
	}
	return count(c.news) < count(c.olds)
}

// known reports a word one of the classifier's vocabularies names: such a
// word is never a misspelling (a number, negation, modal, qualifier or
// practice word).
func (c *context) known(w string) bool {
	if isNumber(w) || isNumberWord(w) || negations[w] || possibility[w] || commitment[w] || restrictive[w] ||
		universal[w] || partial[w] || exceptions[w] || timing[w] || glue[w] || stop[w] || places[w] {
		return true
	}
	if _, ok := practiceCat(w); ok {
		return true
	}
	_, ok := antonyms[w]
	return ok || consentWords([]string{w}) > 0 || informWords([]string{w}) > 0 || reHedge().MatchString(w)
}

// lowercase reports whether either revision writes the word w in
// lowercase somewhere: then a capitalised w is not a name.
func (c *context) lowercase(w string) bool {
	set, only := &c.lower, c.asked
	if !c.asked[w] {
		set, only = &c.allLower, nil
	}
	if *set == nil {
		*set = map[string]bool{}
		texts := make([]string, 0, len(c.olds)+len(c.news))
		for _, ss := range [][]*sentence{c.olds, c.news} {
			for _, s := range ss {
				texts = append(texts, s.text)
			}
		}
		lowercaseWords(*set, only, texts...)
	}
	return (*set)[w]
}

// askedNames lists the words properNouns may ask lowercase about: the
// capitalised words of the modified units, lowercased. They are few, and
// looking for them alone in both revisions costs a fraction of listing
// every lowercase word.
func askedNames(units []*unit) map[string]bool {
	out := map[string]bool{}
	for _, u := range units {
		if len(u.old) == 0 || len(u.new) == 0 {
			continue
		}
		for _, ss := range [][]*sentence{u.old, u.new} {
			for _, s := range ss {
				for w := range strings.FieldsSeq(s.text) {
					w = strings.Trim(w, ".,;:!?()[]\"'“”‘’*_")
					w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
					if w != "" && isUpper(w[0]) {
						out[strings.ToLower(w)] = true
					}
				}
			}
		}
	}
	return out
}

// index returns the restatement index of the old (or new) revision.
func (c *context) index(old bool) *index {
	if old {
		if c.oldIndex == nil {
			c.oldIndex = newIndex(c.olds, c.need)
		}
		return c.oldIndex
	}
	if c.newIndex == nil {
		c.newIndex = newIndex(c.news, c.need)
	}
	return c.newIndex
}

// renameTerms puts back a defined term renamed consistently (E7): the old
// revision defines one term ("comments (\"Customer Content\")") and the
// new one defines another in the same sentence, otherwise unchanged; the
// old term is used nowhere in the new revision, nor the new term in the
// old. Every statement about the term then says what it said, and the new
// sentences are compared with the old term in place of the new.
// It returns an editorial change for each term renamed.
func renameTerms(os, ns []*sentence) []notice.Change {
	var out []notice.Change
	od, nd := definedTerms(os), definedTerms(ns)
	for _, a := range slices.Sorted(maps.Keys(od)) {
		x := od[a]
		if _, ok := nd[a]; ok {
			continue
		}
		for _, b := range slices.Sorted(maps.Keys(nd)) {
			y := nd[b]
			if _, ok := od[b]; ok || keyOf(replaceTerm(y.norm, b, a)) != x.key {
				continue
			}
			if usesTerm(ns, a) || usesTerm(os, b) {
				continue
			}
			display, shown := a, b
			if i := strings.Index(strings.ToLower(x.text), a); i >= 0 && len(x.text) == len(strings.ToLower(x.text)) {
				display = x.text[i : i+len(a)]
			}
			if i := strings.Index(strings.ToLower(y.text), b); i >= 0 && len(y.text) == len(strings.ToLower(y.text)) {
				shown = y.text[i : i+len(b)]
			}
			out = append(out, notice.Change{Section: prose.SectionPath(y.section), Kind: notice.Modified,
				Categories: []string{}, Before: x.text, After: y.text,
				Reasons: []string{fmt.Sprintf("E7 a defined term renamed throughout, every statement about it unchanged: '%s' became '%s'", display, shown)}})
			for _, s := range ns {
				if !containsWord(s.norm, b) {
					continue
				}
				s.norm = replaceTerm(s.norm, b, a)
				s.key = keyOf(s.norm)
				s.text = replaceTermText(s.text, b, display)
				s.para = replaceTermText(s.para, b, display)
			}
			break
		}
	}
	return out
}

// renameFormerly puts back a name the new revision says replaced another
// ("Harbour Club (formerly River Club)"), when the old revision never
// writes the new name and the new revision writes the old one only in
// that note: the same thing renamed throughout (E7). The new sentences
// are compared with the old name in place of the new, without the note.
// It returns an editorial change for each name.
func renameFormerly(os, ns []*sentence) []notice.Change {
	var out []notice.Change
	done := map[string]bool{}
	for _, y := range ns {
		if !strings.Contains(y.norm, "(formerly ") && !strings.Contains(y.norm, "(previously ") {
			continue
		}
		for _, m := range reFormerly().FindAllStringSubmatchIndex(y.norm, -1) {
			before, from := strings.Fields(y.norm[:m[0]]), y.norm[m[2]:m[3]]
			n := len(strings.Fields(from))
			if len(before) < n || done[from] {
				continue
			}
			to := strings.Join(before[len(before)-n:], " ")
			note := y.norm[m[0]:m[1]]
			if to == from || usesTerm(os, to) || !usesTerm(os, from) || !capitalised(y.text, to) {
				continue
			}
			// The old name written anywhere but in the note is another
			// thing of that name still there.
			if slices.ContainsFunc(ns, func(s *sentence) bool { return containsWord(strings.ReplaceAll(s.norm, note, ""), from) }) {
				continue
			}
			done[from] = true
			display := from
			if i := strings.Index(strings.ToLower(y.text), from); i >= 0 && len(y.text) == len(strings.ToLower(y.text)) {
				display = y.text[i : i+len(from)]
			}
			out = append(out, notice.Change{Section: prose.SectionPath(y.section), Kind: notice.Modified,
				Categories: []string{}, Before: display, After: y.text,
				Reasons: []string{fmt.Sprintf("E7 a name replaced throughout, with a note that it is the same: '%s' became '%s'", display, to)}})
			for _, s := range ns {
				if !containsWord(s.norm, to) {
					continue
				}
				s.norm = replaceTerm(strings.ReplaceAll(s.norm, note, ""), to, from)
				s.key = keyOf(s.norm)
				if i := strings.Index(strings.ToLower(s.text), note); i >= 0 && len(s.text) == len(strings.ToLower(s.text)) {
					s.text = s.text[:i] + s.text[i+len(note):]
				}
				s.text = replaceTermText(s.text, to, display)
				s.para = replaceTermText(s.para, to, display)
			}
			for _, s := range ns {
				for i, h := range s.section {
					s.section[i] = replaceTermText(h, to, display)
				}
			}
		}
	}
	return out
}

// reFormerly finds a note that a name replaced another: " (formerly
// river club)", " (previously known as river club)".
var reFormerly = lazyRegexp(` \((?:formerly|previously)(?: known as| called)? ([a-z][a-z0-9&' -]{1,40}[a-z0-9])\)`)

// capitalised reports whether text writes name with a capital letter at
// the start of each word, as a proper name.
func capitalised(text, name string) bool {
	i := strings.Index(strings.ToLower(text), name)
	if i < 0 || len(text) != len(strings.ToLower(text)) {
		return false
	}
	for f := range strings.FieldsSeq(text[i : i+len(name)]) {
		if f[0] < 'A' || f[0] > 'Z' {
			return false
		}
	}
	return true
}

// definedTerms maps each term a revision defines in quotes and
// parentheses ("(\"Customer Content\")", "(the \"Service\")"), or in
// quotes alone and then used, to the sentence that defines it; a term
// defined twice is left out.
func definedTerms(ss []*sentence) map[string]*sentence {
	out := map[string]*sentence{}
	twice := map[string]bool{}
	for _, s := range ss {
		if !strings.Contains(s.norm, "(") {
			continue
		}
		for _, m := range reDefinedTerm().FindAllStringSubmatch(s.norm, -1) {
			t := m[1]
			if _, ok := out[t]; ok {
				twice[t] = true
			}
			out[t] = s
		}
	}
	// A name set in quotes where it is introduced ("we switch on \"Night
	// Mode\"") and used again, unquoted, in another sentence is a defined
	// term too. A quoted word used nowhere else ("answer \"yes\"") is a
	// value, not a name.
	quoted := map[string]*sentence{}
	for _, s := range ss {
		if !strings.Contains(s.norm, "\"") {
			continue
		}
		for _, m := range reQuotedTerm().FindAllStringSubmatch(s.norm, -1) {
			t := m[1]
			if _, ok := out[t]; ok {
				continue
			}
			if _, ok := quoted[t]; ok {
				twice[t] = true
			}
			quoted[t] = s
		}
	}
	// Used in another sentence: one pass over the words of every
	// sentence, which tries the terms that start with each word.
	if len(quoted) > 0 {
		starts := map[string][]string{}
		for t := range quoted {
			k := 0
			for k < len(t) && isAlnum(t[k]) {
				k++
			}
			starts[t[:k]] = append(starts[t[:k]], t)
		}
		for _, x := range ss {
			s := x.norm
			for j := 0; j < len(s); {
				if !isAlnum(s[j]) {
					j++
					continue
				}
				k := j + 1
				for k < len(s) && isAlnum(s[k]) {
					k++
				}
				for _, t := range starts[s[j:k]] {
					if q := quoted[t]; q != x && strings.HasPrefix(s[j:], t) && (j+len(t) == len(s) || !isAlnum(s[j+len(t)])) {
						out[t] = q
					}
				}
				j = k
			}
		}
	}
	for t := range twice {
		delete(out, t)
	}
	return out
}

// usesTerm reports whether any sentence uses the term as whole words.
func usesTerm(ss []*sentence, term string) bool {
	for _, s := range ss {
		if containsWord(s.norm, term) {
			return true
		}
	}
	return false
}

// replaceTerm replaces the whole-word uses of from in a normalised text.
func replaceTerm(norm, from, to string) string {
	var b strings.Builder
	for {
		k := strings.Index(norm, from)
		if k < 0 {
			break
		}
		end := k + len(from)
		if (k == 0 || !isAlnum(norm[k-1])) && (end >= len(norm) || !isAlnum(norm[end])) {
			b.WriteString(norm[:k])
			b.WriteString(to)
		} else {
			b.WriteString(norm[:end])
		}
		norm = norm[end:]
	}
	b.WriteString(norm)
	return b.String()
}

// replaceTermText replaces the uses of from, in any case, in a display
// text; a text whose lower case changes its length is left alone.
func replaceTermText(text, from, to string) string {
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return text
	}
	var b strings.Builder
	i := 0
	for {
		k := strings.Index(lower[i:], from)
		if k < 0 {
			break
		}
		k += i
		end := k + len(from)
		if (k == 0 || !isAlnum(lower[k-1])) && (end >= len(lower) || !isAlnum(lower[end])) {
			b.WriteString(text[i:k])
			b.WriteString(to)
		} else {
			b.WriteString(text[i:end])
		}
		i = end
	}
	b.WriteString(text[i:])
	return b.String()
}

// renumberRefs rewrites the references to numbered list items ("items
// 4-6", "item 7") of the new revision into the old revision's numbers when
// one numbered list was reordered (E7): "your consent (item 7)" and, with
// that item moved up, "your consent (item 4)" point to the same item.
// Each old item is matched to the new item that says the same (most
// words shared); nothing is rewritten when the lists do not match item
// for item, or when more than one list was renumbered.
func renumberRefs(od, nd *prose.Document, os, ns []*sentence) {
	ol, nl := numberedLists(od), numberedLists(nd)
	var back map[int]int // new number → old number
	for _, ni := range nl {
		for _, oi := range ol {
			if len(oi) != len(ni) {
				continue
			}
			m, ok := matchItems(oi, ni)
			if !ok {
				continue
			}
			moved := false
			for k, v := range m {
				moved = moved || k != v
			}
			if !moved {
				continue
			}
			if back != nil {
				return
			}
			back = m
		}
	}
	if back == nil {
		return
	}
	rewrite := func(ss []*sentence, to map[int]int) {
		for _, s := range ss {
			if !strings.Contains(s.norm, "item") {
				continue
			}
			norm := reItemRef().ReplaceAllStringFunc(s.norm, func(ref string) string {
				return itemsRef(ref, to)
			})
			if norm != s.norm {
				s.norm = norm
				s.key = keyOf(norm)
			}
		}
	}
	same := map[int]int{}
	for k := range back {
		same[k] = k
	}
	rewrite(os, same)
	rewrite(ns, back)
}

// itemsRef writes a reference to list items ("items 4-6", "items 1 and
// 4") in one form, with each number mapped through to (or kept, when to
// is nil); a number to lacks leaves the reference as it was.
func itemsRef(ref string, to map[int]int) string {
	sm := reItemRef().FindStringSubmatch(ref)
	var ks []int
	prev, span := -1, false
	for _, f := range reItemSep().FindAllString(ref[len(sm[1]):], -1) {
		k, err := strconv.Atoi(f)
		if err != nil {
			span = f == "-" || f == "–" || f == "to" || f == "through"
			continue
		}
		if span && prev >= 0 {
			if k < prev || k-prev > 20 {
				return ref
			}
			for j := prev + 1; j <= k; j++ {
				ks = append(ks, j)
			}
		} else {
			ks = append(ks, k)
		}
		prev, span = k, false
	}
	var out []int
	for _, k := range ks {
		v, ok := to[k]
		if to == nil {
			v, ok = k, true
		}
		if !ok {
			return ref
		}
		out = append(out, v)
	}
	if len(out) == 0 {
		return ref
	}
	slices.Sort(out)
	if len(out) > 1 && out[len(out)-1]-out[0] == len(out)-1 {
		return sm[1] + " " + strconv.Itoa(out[0]) + "-" + strconv.Itoa(out[len(out)-1])
	}
	parts := make([]string, len(out))
	for i, v := range out {
		parts[i] = strconv.Itoa(v)
	}
	return sm[1] + " " + strings.Join(parts, ", ")
}

// numberedLists returns each run of numbered list items of a document,
// as the content stems of each item in order, keyed by its number.
func numberedLists(d *prose.Document) []map[int]map[string]bool {
	var out []map[int]map[string]bool
	var cur map[int]map[string]bool
	for _, b := range d.Blocks {
		m := reItemNumber().FindStringSubmatch(b.Raw)
		if b.Kind != prose.ListItem || m == nil {
			if cur != nil {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		k, _ := strconv.Atoi(m[1])
		if cur == nil {
			cur = map[int]map[string]bool{}
		}
		st := map[string]bool{}
		for _, w := range words(prose.Normalize(b.Text)) {
			if !glue[w] && !isNumber(w) {
				st[stem(lemma(w))] = true
			}
		}
		cur[k] = st
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

// matchItems pairs each new item with the old item that shares most of
// its words, one to one; it fails when a pair shares less than two
// thirds of its words.
func matchItems(oi, ni map[int]map[string]bool) (map[int]int, bool) {
	back := map[int]int{}
	used := map[int]bool{}
	for nk, ns := range ni {
		best, bestSim := 0, 0.0
		for ok, os := range oi {
			n := 0
			for w := range ns {
				if os[w] {
					n++
				}
			}
			if u := len(ns) + len(os) - n; u > 0 {
				if sim := float64(n) / float64(u); sim > bestSim || sim == bestSim && ok < best {
					best, bestSim = ok, sim
				}
			}
		}
		if bestSim < 2.0/3 || used[best] {
			return nil, false
		}
		used[best] = true
		back[nk] = best
	}
	return back, true
}
