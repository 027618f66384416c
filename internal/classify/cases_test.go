package classify

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/noticeproject/notice/internal/notice"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// label is a case's gold label (label.json).
type label struct {
	Material   bool          `json:"material"`
	Impact     notice.Impact `json:"impact"`
	Categories []string      `json:"categories"`
	Why        string        `json:"why"`
}

type labelledCase struct {
	name     string
	old, new []byte
	label    label
}

// loadCases reads the public set (testdata/cases).
func loadCases(t testing.TB) []labelledCase { return loadSet(t, "cases") }

// loadSet reads the labelled pairs in testdata/<set>: "cases" is the public
// set, "holdout" the project's own held-out pairs written to the same
// guidelines on other sentences.
func loadSet(t testing.TB, set string) []labelledCase {
	t.Helper()
	dirs, err := os.ReadDir(filepath.Join("testdata", set))
	if err != nil {
		t.Fatal(err)
	}
	var out []labelledCase
	for _, d := range dirs {
		dir := filepath.Join("testdata", set, d.Name())
		c := labelledCase{name: d.Name()}
		if c.old, err = os.ReadFile(filepath.Join(dir, "old.md")); err != nil {
			t.Fatal(err)
		}
		if c.new, err = os.ReadFile(filepath.Join(dir, "new.md")); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "label.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &c.label); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		t.Fatalf("no labelled cases in testdata/%s", set)
	}
	return out
}

// TestPublicCases scores the classifier on the labelled public set, as
// ../shared/materiality/score.py does: it fails when recall is below 100 %
// or precision below 95 %, and logs per-category accuracy and impact
// accuracy.
func TestPublicCases(t *testing.T) { scoreSet(t, "cases") }

// TestHoldoutCases holds the held-out pairs to the same bar, so that rules
// generalised on them stay fixed.
func TestHoldoutCases(t *testing.T) { scoreSet(t, "holdout") }

// TestHoldout2Cases holds a second, independently written held-out set to
// the same bar. It scored recall 1.000 and precision 0.885 before any rule
// was changed for it.
func TestHoldout2Cases(t *testing.T) { scoreSet(t, "holdout2") }

// TestHoldout3Cases holds a third independently written held-out set to
// the same bar. It scored recall 0.963 and precision 0.897 before any rule
// was changed for it.
func TestHoldout3Cases(t *testing.T) { scoreSet(t, "holdout3") }

// TestHoldout4Cases holds a fourth independently written held-out set, on
// two notices of its own, to the same bar. It scored recall 0.969 and
// precision 0.756 before any rule was changed for it.
func TestHoldout4Cases(t *testing.T) { scoreSet(t, "holdout4") }

// TestHoldout5Cases holds a fifth independently written held-out set, on
// two notices of its own, to the same bar. It scored recall 1.000,
// precision 0.912 and category hit 29/31 before any rule was changed for
// it.
func TestHoldout5Cases(t *testing.T) { scoreSet(t, "holdout5") }

// TestHoldout6Cases holds a sixth independently written held-out set, on
// two notices of its own, to the same bar. It scored recall 0.903,
// precision 0.800 and category hit 26/28 before any rule was changed for
// it.
func TestHoldout6Cases(t *testing.T) { scoreSet(t, "holdout6") }

// TestHoldout7Cases and TestHoldout8Cases hold two more independently
// written sets to full recall. Their recall misses (a condition, a
// threshold or a qualifier dropped, a hedge added) were fixed by the rule
// for content words dropped or added; their last false alarms (a list
// turned into a table, sentences merged or reordered, an added sentence
// that restates or points to another section) by the rules for tables,
// "do not let X" for "X cannot", restatements in the passive or with a
// synonym, descriptions in known words and pointers; so they are held to
// the precision they reach now.
// First contact: recall 0.871 and 0.967, precision 0.844 and 0.829.
func TestHoldout7Cases(t *testing.T) { scoreSetTo(t, "holdout7", 1, 1) }

func TestHoldout8Cases(t *testing.T) { scoreSetTo(t, "holdout8", 1, 1) }

// TestHoldout9Cases holds an independently written set to the scores it
// has now (recall 1.000, precision 1.000; 0.806 on first contact),
// so that a change that loses ground on it fails. Its last miss, an active
// clause turned into a passive that no longer says who may see a post, is
// read by the rule for a hidden actor or recipient (M7).
func TestHoldout9Cases(t *testing.T) { scoreSetTo(t, "holdout9", 1, 1) }

// TestHoldout10Cases holds the newest independently written set, scored
// once the rules for the earlier sets were in (recall 1.000, precision
// 0.838 on first contact), to the scores it has now that its false alarms
// (equal ages, countries by their adjectives, fees, waiting periods,
// conditions and restatements written another way) are fixed by general
// rules.
func TestHoldout10Cases(t *testing.T) { scoreSetTo(t, "holdout10", 1, 1) }

func scoreSet(t *testing.T, set string) { scoreSetTo(t, set, 1, 0.95) }

// scoreSetTo classifies every pair of a labelled set and fails below the
// given recall and precision. A miss is an error only when recall is held
// to 1.
func scoreSetTo(t *testing.T, set string, minRecall, minPrecision float64) {
	var tp, fp, fn, tn, impactOK, catHit int
	catTotal, catFound := map[string]int{}, map[string]int{}
	for _, c := range loadSet(t, set) {
		got, err := Classify(c.old, c.new)
		if err != nil {
			t.Fatalf("Classify(%s): %v", c.name, err)
		}
		switch {
		case c.label.Material && got.Material:
			tp++
			if got.Impact == c.label.Impact {
				impactOK++
			} else {
				t.Logf("%s: impact %s, want %s", c.name, got.Impact, c.label.Impact)
			}
			found := map[string]bool{}
			for _, ch := range got.Changes {
				if ch.Material {
					for _, cat := range ch.Categories {
						found[cat] = true
					}
				}
			}
			hit := false
			for _, cat := range c.label.Categories {
				catTotal[cat]++
				if found[cat] {
					catFound[cat]++
					hit = true
				}
			}
			if hit {
				catHit++
			}
		case c.label.Material:
			fn++
			if minRecall >= 1 {
				t.Errorf("MISSED %s: %s", c.name, c.label.Why)
			} else {
				t.Logf("MISSED %s: %s", c.name, c.label.Why)
			}
		case got.Material:
			fp++
			t.Logf("FALSE ALARM %s: %s\n%s", c.name, c.label.Why, dump(got))
		default:
			tn++
		}
	}
	recall := float64(tp) / float64(max(tp+fn, 1))
	precision := float64(tp) / float64(max(tp+fp, 1))
	t.Logf("%s set: %d cases; recall %.3f, precision %.3f; impact right on %d/%d material cases; category hit %d/%d",
		set, tp+fp+fn+tn, recall, precision, impactOK, tp, catHit, tp)
	cats := make([]string, 0, len(catTotal))
	for c := range catTotal {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		t.Logf("  category %-14s found in %d of %d material cases labelled with it", c, catFound[c], catTotal[c])
	}
	if recall < minRecall {
		t.Errorf("recall %.3f, want at least %.3f", recall, minRecall)
	}
	if precision < minPrecision {
		t.Errorf("precision %.3f, want at least %.3f", precision, minPrecision)
	}
}

// goldenCases have their JSON verdict pinned in testdata/golden; run
// go test -run TestGolden -update to rewrite them after a deliberate change.
var goldenCases = []string{
	"002-magento-disclosure-list",
	"015-lanternlagoon-header-date",
	"034-tallyloom-who-we-are",
	"055-hollowellfinch-header-contact",
	"058-magento-do-not-track",
	"032-magento-cookies",
}

func TestGolden(t *testing.T) {
	for _, name := range goldenCases {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("testdata", "cases", name)
			old, err := os.ReadFile(filepath.Join(dir, "old.md"))
			if err != nil {
				t.Fatal(err)
			}
			new, err := os.ReadFile(filepath.Join(dir, "new.md"))
			if err != nil {
				t.Fatal(err)
			}
			res, err := Classify(old, new)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false) // as notice classify --format json prints it
			if err := enc.Encode(res); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Classify(%s) JSON =\n%s\nwant\n%s", name, got, want)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	good := []byte("# Notice\n\nWe collect your name.\n")
	tests := []struct {
		name     string
		old, new []byte
		want     error
	}{
		{"empty old", nil, good, ErrEmpty},
		{"blank new", good, []byte(" \n\t\n"), ErrEmpty},
		{"binary", []byte("PK\x03\x04\x00\x00"), good, ErrBinary},
		{"not utf-8", good, []byte("caf\xe9 menu"), ErrNotUTF8},
		{"too large", bytes.Repeat([]byte("a"), MaxSize+1), good, ErrTooLarge},
	}
	for _, tt := range tests {
		if _, err := Classify(tt.old, tt.new); !errorsIs(err, tt.want) {
			t.Errorf("Classify(%s) error = %v, want %v", tt.name, err, tt.want)
		}
	}
	res, err := Classify(good, good)
	if err != nil || res.Material || len(res.Changes) != 0 || res.Impact != notice.ImpactNone {
		t.Errorf("Classify(identical) = %+v, %v; want no change", res, err)
	}
	b, _ := json.Marshal(res)
	if want := `{"material":false,"impact":null,"categories":[],"changes":[]}`; string(b) != want {
		t.Errorf("Classify(identical) JSON = %s, want %s", b, want)
	}
}

// reLabelledReason matches a reason that names its rule twice: a label of
// one or two words and a colon right after the code.
var reLabelledReason = regexp.MustCompile(`^[a-z/-]+(?: [a-z/-]+)?: `)

// TestReasonsQuote checks the JSON contract on every public case: each
// material change has a reason quoting words, known category slugs, and an
// impact.
func TestReasonsQuote(t *testing.T) {
	for _, c := range append(append(append(append(append(append(loadCases(t), loadSet(t, "holdout")...), loadSet(t, "holdout2")...), loadSet(t, "holdout3")...), loadSet(t, "holdout4")...), loadSet(t, "holdout5")...), loadSet(t, "holdout6")...) {
		got, err := Classify(c.old, c.new)
		if err != nil {
			t.Fatal(err)
		}
		for _, ch := range got.Changes {
			if !ch.Material {
				continue
			}
			if len(ch.Reasons) == 0 || !bytes.ContainsRune([]byte(ch.Reasons[0]), '\'') {
				t.Errorf("%s: material change without a quoting reason: %+v", c.name, ch)
			}
			// Reasons are shown to people as "why it matters": short, one
			// per rule, quoting the changed words rather than whole
			// sentences.
			rules := map[string]bool{}
			for _, r := range ch.Reasons {
				code, _, _ := strings.Cut(r, " ")
				if rules[code] {
					t.Errorf("%s: two reasons for rule %s: %q", c.name, code, ch.Reasons)
				}
				rules[code] = true
				// After the code, plain words: not the rule's name and a
				// second label ("M6 number: number changed").
				if _, rest, _ := strings.Cut(r, " "); reLabelledReason.MatchString(rest) {
					t.Errorf("%s: reason repeats a label after the rule code: %s", c.name, r)
				}
				if n := utf8.RuneCountInString(r); n > 240 {
					t.Errorf("%s: reason of %d characters: %s", c.name, n, r)
				}
				if len(strings.Fields(ch.Before)) > 20 && strings.Contains(r, ch.Before) {
					t.Errorf("%s: reason repeats the whole sentence: %s", c.name, r)
				}
			}
			if ch.Impact == notice.ImpactNone || len(ch.Categories) == 0 {
				t.Errorf("%s: material change without impact or category: %+v", c.name, ch)
			}
			for _, cat := range ch.Categories {
				if !slices.Contains(notice.Categories, cat) {
					t.Errorf("%s: unknown category %q", c.name, cat)
				}
			}
		}
	}
}

// TestHoldout11Cases and TestHoldout12Cases hold two more independently
// written sets, both on the public set's four base notices as the hidden
// set is, to the scores they reached on first contact with the rules in
// place when they were written: recall 0.935 and 0.968, precision 0.784
// and 0.857 (after the rules TestHoldout10Cases describes: 0.935 / 0.806
// and 1.000 / 0.886). A change that loses ground on either fails.
// TestHoldout11Cases is held to the scores it has now (recall 1.000,
// precision 1.000, category hit 31/31), since its misses (a hedge added
// to a plain commitment, one data item put in another's place in a list)
// and its false alarms (sentences merged with an elliptical denial or
// split with their "may" repeated, a reordered list with a synonym, a
// passive that keeps its actor, "without doing X" for "you do not have
// to do X", "excludes" for "does not apply to", the company's name for
// "we" in a restatement, descriptive text for a link to the same page)
// are fixed by general rules.
func TestHoldout11Cases(t *testing.T) { scoreSetTo(t, "holdout11", 1, 1) }

// TestHoldout12Cases is held to the scores it has now (recall 1.000,
// precision 1.000, category hit 31/31), since its false alarms
// (subheadings restyled as bold lines, a list made a table with a
// row-number column, two denials merged into one with "or", a summary
// sentence rewording a promise another section makes) are fixed by
// general rules.
func TestHoldout12Cases(t *testing.T) { scoreSetTo(t, "holdout12", 1, 1) }

// TestHoldout13Cases holds the newest independently written set, on the
// four base notices, scored once every rule above was in: recall 0.885 and
// precision 0.821 on first contact (0.852 once reference links were read
// as links); after fixing its misses: recall 1 and precision 0.867. A
// change that loses ground on it fails.
func TestHoldout13Cases(t *testing.T) { scoreSetTo(t, "holdout13", 1, 1) }

// TestHoldout14Cases holds the newest independently written set, on the
// four base notices, scored once every rule above was in: recall 0.967 and
// precision 0.853 on first contact. Its miss (an audience named in place
// of another) and its false alarms (a table's label column, a moved
// address with a new mailbox, an inverted "nor", a practice word its
// paragraph already used, a worked example and "will" for the present)
// are fixed by general rules, so it is held to the scores it has now.
func TestHoldout14Cases(t *testing.T) { scoreSetTo(t, "holdout14", 1, 1) }

// TestHoldout15Cases holds a set written on the four base notices: recall
// 0.900 and precision 0.692 on first contact. Its misses (a period
// counted in business days, a condition dropped beside a reworded
// sentence) and false alarms (an age limit stated the other way round, a
// defined term renamed throughout, lists rewritten as prose, joined
// denials, renumbered item references, restated sharing limits) are fixed
// by general rules, and its one miss left (an audience widened from the
// owners to all members) by the swapped-audience rule of holdout14:
// recall 1.000 and precision 0.938; 0.968 with the rules of holdout17.
func TestHoldout15Cases(t *testing.T) { scoreSetTo(t, "holdout15", 1, 0.96) }

// TestHoldout16Cases holds a set written on the four base notices: recall
// 0.967 and precision 0.707 on first contact with the rules before
// holdout14, 0.967 and 0.744 with those of holdout14 and holdout15. Its
// miss (a second way to opt out dropped from a sentence reworded word for
// word) and false alarms ("as tax rules require" read as a duty, a
// consent condition recast, an only-limited permission for a duty) are
// fixed by general rules: recall 1.000 and precision 0.811; with the
// rules of holdout17 (every form of "tell", a plural name word) 0.857;
// with those of holdout18 (an example in brackets beside an instruction
// to the reader, an "In short" line that sums up its section) 0.938;
// reading a list item's label ("Independent audit:") as naming its item,
// so a qualifier it repeats is no new one, 0.968. Left: a plain-language
// rewrite.
func TestHoldout16Cases(t *testing.T) { scoreSetTo(t, "holdout16", 1, 0.96) }

// TestHoldout17Cases holds a set written on the four base notices: recall
// 1.000 and precision 0.882 on first contact with every earlier rule in
// place. Its false alarms ("unless the law prohibits it" for "where the
// law allows", "a sale of" for "if we sell", "designed to" for "in an
// effort to", "telling" left apart from "tell") are fixed by general
// rules: recall 1.000 and precision 1.000.
func TestHoldout17Cases(t *testing.T) { scoreSetTo(t, "holdout17", 1, 1) }

// TestHoldout18Cases holds a set written on the four base notices: recall
// 0.933 and precision 0.875 on first contact with every rule up to
// holdout16 in place. Its misses (a ban's "any player" narrowed to
// "players in Junior Mode", whose words the sentence already used, and an
// audience named as the subject of "can see" widened to all members) are
// fixed by general rules: recall 1.000 and precision 0.882. Of its false
// alarms, a name introduced in quotes and renamed everywhere and "no X
// and no Y" for "not X or Y" are fixed by general rules: precision 0.938.
// Prose set out as a table under a new lead-in that only names its rows,
// and a nested list written out as prose with its lead-in repeated in
// each paragraph, are read as restructuring: precision 1.000.
func TestHoldout18Cases(t *testing.T) { scoreSetTo(t, "holdout18", 1, 1) }

// TestHoldout19Cases holds a set written on the four base notices: recall
// 0.967 and precision 0.690 on first contact with every rule up to
// holdout18 in place. Its miss (figures about a group "as a whole" with the
// qualifier dropped) is fixed by reading "as a whole" as "aggregated".
// General rules then read "located in" as "in", "lodge a complaint" as
// "complain", an opening purpose clause ("To make a request, ...") and
// "obligations that apply to us" as restatements, "from time to time" as
// "periodically", and a name replaced throughout with a "(formerly ...)"
// note as a rename: recall 1.000 and precision 0.833; 0.857 with the
// rules made at the same time for holdout16 and holdout18; 0.909 with a
// new lead-in that only names the list or table after it ("Our security
// measures are:", "the recipients in this table:") read as restructuring;
// 0.938 with an added sentence whose clauses each restate a statement made
// in another section, behind an "In short:" marker, read as a restatement.
func TestHoldout19Cases(t *testing.T) { scoreSetTo(t, "holdout19", 1, 0.96) }

// TestHoldout20Cases holds a set written on the four base notices: recall
// 0.967 and precision 0.879 on first contact with every rule up to
// holdout19 in place. Its miss (a second way to opt out dropped in a
// plain-language rewrite) is fixed by counting the ways a sentence offers;
// with the rules for lists, tables and prose made at the same time:
// recall 1.000 and precision 0.909; 0.968 with a count that matches the
// colon list it leads, a place in a government body's name, an "In short:"
// restatement and a sentence saying what the sections below explain read
// as editorial; 1.000 once the rules for holdout27 read a name in link
// text that the link's address spells.
func TestHoldout20Cases(t *testing.T) { scoreSetTo(t, "holdout20", 1, 1) }

// TestHoldout21Cases holds a set written on the four base notices: recall
// 0.968 and precision 0.769 on first contact with every rule up to
// holdout20 in place. Its miss (items dropped from the scope sentence of a
// reworded paragraph) is fixed by reading a reworded paragraph's sentences
// for dropped items: recall 1.000 and precision 0.775; 0.795 with the
// rules for counted lists and summaries made at the same time. Reading
// "how people use X" as "how X is used", "we use X to" as "X helps us",
// "sent by your browser" as "from your browser" and "where you live" as
// "your local" lifts precision to 0.886. Its other false alarms (a change
// clause made passive, "this age group" spelt out, a restructured change
// clause, a summary line with a pointer in parentheses) were then read as
// rewording by general rules, which lifts it to 1.000.
func TestHoldout21Cases(t *testing.T) { scoreSetTo(t, "holdout21", 1, 1) }

// TestHoldout22Cases, TestHoldout23Cases and TestHoldout24Cases hold
// three sets written on the four base notices, scored once the rules for
// the earlier sets were in. First contact: recall 0.967, 0.967 and 0.967;
// precision 0.763, 0.763 and 0.853.
//
// In holdout22, a safeguard dropped from a list in a paragraph reworded
// sentence by sentence lifts recall to 1.000; a table row's period in
// years written in words, clauses "approved by the European Commission"
// and a pointed restatement ("as section 6 explains") added to a reworded
// paragraph, each read as rewording, lift precision to 0.833.
func TestHoldout22Cases(t *testing.T) { scoreSetTo(t, "holdout22", 1, 0.93) }

// TestHoldout23Cases: its miss (a ban on recipients using data for their
// own purposes narrowed to a ban on "selling" it) is fixed by reading the
// gerund of a verb of sale as a sale, which lifts recall to 1.000. Its
// false alarms were then read as rewording by general rules: a new street
// address beside a reworded sentence, two summaries reworded in place
// (pairs no longer crossing sections) with "nobody needs" as a denial,
// "forbid" as "prohibit", "if ten days pass without" as "not within ten
// days", "is limited to" as "may ... only", "one" as a pronoun, "you will
// find" as "there is", and a sentence pointing to a section by name as a
// restatement; precision 0.968. The last (an example in brackets that
// names "our emails") is left: the example rule holds any practice word
// or "our" in an example to state a practice.
func TestHoldout23Cases(t *testing.T) { scoreSetTo(t, "holdout23", 1, 0.96) }

// Holdout24 then gained recall 1.000 from reading "unless they tell us not
// to" as an objection rather than "only if", and precision 0.938 from
// reading as rewording a period in words in months or years in a short
// table row, a condition moved to the other end of its sentence, and "for
// one purpose only".
func TestHoldout24Cases(t *testing.T) { scoreSetTo(t, "holdout24", 1, 0.93) }

// TestHoldout25Cases and TestHoldout26Cases hold two more sets on the four
// base notices, scored once the rules for holdout22 and holdout24 were in.
// First contact: recall 0.967 and 0.967, precision 0.744 and 0.829.
// holdout25 then reached recall 1.00 and precision 0.83 with a word of
// degree ("significantly") put into a condition of a reworded paragraph,
// "the US" read as the country, "a single" as the article's count, a
// purpose joined by "or to" to a denied verb, and a pronoun "one"; 0.882
// with references to list items compared by the items they name and the
// rules made for holdout26 and holdout27.
func TestHoldout25Cases(t *testing.T) { scoreSetTo(t, "holdout25", 1, 0.88) }

// Holdout26 then gained recall 1.000 from reading a ban's "any player"
// narrowed to a group a later clause now points back to ("from them
// either"), and precision 1.000 from reading as rewording "the link lets
// you" for "you can", a verb denied of two things joined by "or" repeated
// for each, a company's new street beside a reworded sentence, a lead-in's
// count of the list below it, "contact us at X" for "email us at X" and
// "the messages we send" for "our messages", "while you have one", and
// "email X" for "write to X".
func TestHoldout26Cases(t *testing.T) { scoreSetTo(t, "holdout26", 1, 1) }

// TestHoldout27Cases and TestHoldout28Cases hold two more sets on the four
// base notices. First contact, with every rule made up to holdout22 and
// holdout24: recall 0.967 and 0.967, precision 0.879 and 0.853 (0.853
// and 0.806 with the code as it stood before the rules made for holdout21
// to holdout24). Precision 1.000 and 1.000 once open lists hedged "(but
// may not be limited to)", routes named "through" a means, "keep ...
// safe" beside "protect", a street moved beside a reworded sentence, "when
// the law requires it", the noun of a named verb ("disclosure"), "lets X
// do Y" for "X can do Y" and a name that a link's target spells were
// read as rewording; the one miss of each set is left.
func TestHoldout27Cases(t *testing.T) { scoreSetTo(t, "holdout27", 0.96, 1.00) }

func TestHoldout28Cases(t *testing.T) { scoreSetTo(t, "holdout28", 0.96, 1.00) }

// TestHoldout29Cases and TestHoldout30Cases hold two more sets on the four
// base notices. First contact, with every rule made up to holdout26:
// recall 0.967 and 1.000, precision 0.853 and 0.882 (0.829 and 0.882 with
// the code as it stood before the rules made for holdout21 to holdout26).
//
// Holdout29 then gained recall 1.000 from counting a qualifier with an
// opposite ("anonymous") dropped from one place while the sentence keeps
// it in another, and precision 1.000 from reading as rewording a verb's
// noun replaced by its -ing form ("disclosure" → "disclosing it"), the
// company's street put back in a sentence turned round it, "does not
// require X" as a need denied, a modal that governs a verb joined by
// "and" after a relative clause, "to save you from having to" as "so
// that you do not have to", and "as well as possible" as "best".
func TestHoldout29Cases(t *testing.T) { scoreSetTo(t, "holdout29", 1, 1) }

// Holdout30 then reached precision 1.000 (and every first category) from
// reading as rewording "a purchase lets players do X" for "players can
// do X", "they are allowed to" for "they may", a table cell's generic
// noun for its row label and "contractually" for "contracts", and "we
// learn from X when" for "X tells us when"; a purpose read as a list
// item is now filed under use.
func TestHoldout30Cases(t *testing.T) { scoreSetTo(t, "holdout30", 1, 1) }

// TestHoldout31Cases holds a set on the four base notices scored once the
// rules for holdout21 to holdout28 were in. First contact: recall 1.000,
// precision 0.811 (the same with the code as it stood before them).
func TestHoldout31Cases(t *testing.T) { scoreSetTo(t, "holdout31", 1, 0.93) }

// TestHoldout32Cases holds a set scored once with the code as it stood
// at the start of its round (recall 0.967, precision 0.806), once with
// the rules up to holdout28 (0.967, 0.906) and once with every rule up to
// holdout31 (0.967, 0.935), and changed for by nothing for a round. Its
// miss (storage places widened to 'those of our service providers' in a
// recast paragraph) came back in holdout40 and holdout41, and the rule
// made for them reads it too.
func TestHoldout32Cases(t *testing.T) { scoreSetTo(t, "holdout32", 1, 0.96) }

// TestHoldout33Cases and TestHoldout34Cases hold two sets written after
// every rule of the round was in. First contact: recall 1.000 and 1.000,
// precision 0.938 and 0.882 (0.698 and 0.833 with the code as it stood at
// the start of the round).
func TestHoldout33Cases(t *testing.T) { scoreSetTo(t, "holdout33", 1, 0.93) }

func TestHoldout34Cases(t *testing.T) { scoreSetTo(t, "holdout34", 1, 0.93) }

// TestHoldout35Cases to TestHoldout37Cases hold three sets written on
// chosen themes: restructured sections and definitions; plain-language
// rewrites with added examples, summaries and tables; conditions,
// exceptions and consent. First contact: recall 0.867, 0.967 and 0.867,
// precision 0.765, 0.674 and 0.867. Each miss was then fixed by a general
// rule, and the sets reach recall 1.000 each.
func TestHoldout35Cases(t *testing.T) { scoreSetTo(t, "holdout35", 1, 0.9) }

func TestHoldout36Cases(t *testing.T) { scoreSetTo(t, "holdout36", 1, 0.88) }

func TestHoldout37Cases(t *testing.T) { scoreSetTo(t, "holdout37", 1, 1) }

// TestHoldout38Cases and TestHoldout39Cases hold two sets written while
// the rules for holdout35 to holdout37 were being made, and scored first
// with the code as it stood before them: recall 0.900 and 0.900,
// precision 0.900 and 0.871. Their misses (a period counted from a later
// event, a listed safeguard dropped from a paragraph split in two, items
// dropped from what the notice covers, a condition moved to another
// sentence, 'and' and 'or' swapped between channels) are fixed by general
// rules.
func TestHoldout38Cases(t *testing.T) { scoreSetTo(t, "holdout38", 1, 1) }

func TestHoldout39Cases(t *testing.T) { scoreSetTo(t, "holdout39", 1, 0.96) }

// TestHoldout40Cases and TestHoldout41Cases hold two sets scored first
// with every rule made for holdout35 to holdout39: recall 0.933 and
// 0.900, precision 0.757 and 0.818 (0.900 / 0.730 and 0.900 / 0.794 with
// the code as it stood before them).
// Their misses are fixed since; the last, holdout41's 4153, an exclusion
// added as a bullet under a lead-in that says what is not personal
// information, was read as restating the sentence that says what is
// until an item was read under its denying lead-in.
func TestHoldout40Cases(t *testing.T) { scoreSetTo(t, "holdout40", 1, 0.96) }

func TestHoldout41Cases(t *testing.T) { scoreSetTo(t, "holdout41", 1, 1) }

// TestHoldout42Cases and TestHoldout43Cases hold the two sets written
// last, scored first with every rule of the round: recall 0.967 and
// 0.933, precision 0.935 and 0.824 (0.967 / 0.853 and 0.933 / 0.848 with
// the code as it stood before the round). They are the round's estimate
// of unseen pairs. Two rules were made for them since, both from
// holdout43: 'and' and 'or' between the things a scope statement covers
// (4304), and a mailbox dropped as a way to opt out (4332). The two
// misses left then, a safeguard added in a reworded paragraph and an
// exclusion added to a definition as a bullet, are read since.
func TestHoldout42Cases(t *testing.T) { scoreSetTo(t, "holdout42", 1, 1) }

func TestHoldout43Cases(t *testing.T) { scoreSetTo(t, "holdout43", 1, 0.96) }

// TestHoldout44Cases holds a set written on lists and definitions: items
// added, dropped or changed under lead-ins, negative ones too, and lists
// regrouped, restyled or turned into prose or tables. First contact:
// recall 0.933, precision 0.875.
func TestHoldout44Cases(t *testing.T) { scoreSetTo(t, "holdout44", 1, 0.96) }

// TestHoldout45Cases holds a set written on added and dropped sentences:
// summaries, 'In short' boxes, FAQs, worked examples and explanations
// that only restate the notice, and real practices, safeguards and
// exceptions added or dropped as a sentence of their own. First contact:
// recall 0.967, precision 0.592.
func TestHoldout45Cases(t *testing.T) { scoreSetTo(t, "holdout45", 1, 0.93) }

// TestHoldout46Cases and TestHoldout47Cases hold two sets written on the
// public set's mix. First contact: recall 0.900 and 0.900, precision 0.964
// and 0.900.
func TestHoldout46Cases(t *testing.T) { scoreSetTo(t, "holdout46", 1, 1) }

func TestHoldout47Cases(t *testing.T) { scoreSetTo(t, "holdout47", 1, 1) }

// TestHoldout48Cases and TestHoldout49Cases hold two sets written on the
// public set's mix at the start of the round and kept unseen until every
// rule of the round was in: they are the round's estimate of unseen
// pairs. First contact: recall 0.900 and 1.000, precision 0.964 and 1.000
// (0.867 / 0.929 and 1.000 / 1.000 with the code as it stood before the
// round). holdout48's three misses (a ban given a restricting clause or
// purpose, an item moved out from under a condition inside a list) and
// its false alarm ('at this time') are read since.
func TestHoldout48Cases(t *testing.T) { scoreSetTo(t, "holdout48", 1, 1) }

func TestHoldout49Cases(t *testing.T) { scoreSetTo(t, "holdout49", 1, 1) }

// TestHoldout50Cases and TestHoldout51Cases hold two sets written on the
// public set's mix while the rules for holdout44 to holdout47 were being
// made; holdout50 was asked for bold editorial rewrites and well-hidden
// material edits. First contact, with those rules in: recall 0.967 and
// 0.933, precision 0.763 and 0.933 (0.967 / 0.744 and 0.933 / 0.966 with
// the code as it stood before them).
func TestHoldout50Cases(t *testing.T) { scoreSetTo(t, "holdout50", 1, 1) }

func TestHoldout51Cases(t *testing.T) { scoreSetTo(t, "holdout51", 1, 1) }

// TestHoldout52Cases and TestHoldout53Cases hold two sets written on the
// public set's mix while the rules for holdout44 to holdout51 were being
// made; holdout53 was asked for bold editorial rewrites and well-hidden
// material edits. First contact, with part of those rules in: recall
// 0.933 and 0.933, precision 0.966 and 0.875 (0.933 / 0.933 and 0.933 /
// 0.848 with the code as it stood before them).
func TestHoldout52Cases(t *testing.T) { scoreSetTo(t, "holdout52", 1, 1) }

func TestHoldout53Cases(t *testing.T) { scoreSetTo(t, "holdout53", 1, 1) }

// TestHoldout54Cases to TestHoldout57Cases hold four sets written on the
// public set's mix, each asked for themes of its own: plain-language and
// FAQ rewrites (54); retention, security, transfers, children and
// contacts with reordered sections (55); sharing, choices, cookies and
// rights with "In short" boxes and lists turned into prose (56); legal
// bases, purposes, profiling and definitions in formal British English
// (57). Their editorial pairs restructure heavily: tables, questions and
// answers, summaries, lists. First contact, with every earlier rule in:
// recall 0.967, 1, 1 and 1, precision 0.659, 0.789, 0.714 and 0.732.
func TestHoldout54Cases(t *testing.T) { scoreSetTo(t, "holdout54", 1, 1) }

func TestHoldout55Cases(t *testing.T) { scoreSetTo(t, "holdout55", 1, 1) }

func TestHoldout56Cases(t *testing.T) { scoreSetTo(t, "holdout56", 1, 1) }

func TestHoldout57Cases(t *testing.T) { scoreSetTo(t, "holdout57", 1, 1) }

// TestHoldout60Cases to TestHoldout63Cases hold four sets written after
// the rules for holdout54 to holdout57 were in: two on the public set's
// mix of edits (60, 61), one on restructured sections whose material
// twins drop or add one thing (62), one on consent, tracking, children,
// change notices and disputes (63). First contact, with the code as it
// stood before holdout54: recall 1, 0.933, 0.967 and 0.900, precision
// 0.833, 0.778, 0.690 and 0.771; with the rules for holdout54 to
// holdout57 in: recall 1, 0.933, 0.967 and 0.900, precision 0.833, 0.800,
// 0.806 and 0.818.
func TestHoldout60Cases(t *testing.T) { scoreSetTo(t, "holdout60", 1, 1) }

func TestHoldout61Cases(t *testing.T) { scoreSetTo(t, "holdout61", 1, 1) }

func TestHoldout62Cases(t *testing.T) { scoreSetTo(t, "holdout62", 1, 1) }

func TestHoldout63Cases(t *testing.T) { scoreSetTo(t, "holdout63", 1, 1) }

// TestHoldout58Cases and TestHoldout59Cases hold two sets written on the
// public set's mix at the start of the round that wrote holdout54 to
// holdout63, and kept unseen until every rule of that round was in: the
// best estimate of the hidden sets. First contact then: recall 0.967 and
// 1, precision 0.784 and 0.833 (0.967 / 0.707 and 1 / 0.833 with the code
// as the round found it). The one miss has its rule since; the false
// alarms are restructured sections the rules cannot yet prove equal.
func TestHoldout58Cases(t *testing.T) { scoreSetTo(t, "holdout58", 1, 0.93) }

func TestHoldout59Cases(t *testing.T) { scoreSetTo(t, "holdout59", 1, 0.88) }

// TestHoldout64Cases to TestHoldout68Cases hold five sets written blind on
// the public base notices at the start of the round after holdout63: two
// on the public set's mix (64, 65), one on heavy restructuring (`In
// short` boxes, purposes and legal bases merged into tables, FAQs), one
// on security, transfers, retention, controllers and contact routes with
// numbers written in words (67), one on lists reworded, procedures recast
// as numbered steps and definitions moved to a terms list (68). First
// contact: recall 1, 1, 0.933, 1 and 0.967, precision 0.938, 0.909,
// 0.824, 0.857 and 0.784.
func TestHoldout64Cases(t *testing.T) { scoreSetTo(t, "holdout64", 1, 1) }

func TestHoldout65Cases(t *testing.T) { scoreSetTo(t, "holdout65", 1, 1) }

func TestHoldout66Cases(t *testing.T) { scoreSetTo(t, "holdout66", 1, 1) }

func TestHoldout67Cases(t *testing.T) { scoreSetTo(t, "holdout67", 1, 1) }

func TestHoldout68Cases(t *testing.T) { scoreSetTo(t, "holdout68", 1, 0.93) }

// TestHoldout69Cases and TestHoldout70Cases hold two sets written blind at
// the start of the round that wrote holdout64 to holdout68, and kept
// unseen until every rule of that round was in: the best estimate of the
// hidden sets. One is on the public set's mix (69), one half on it and
// half on heavy restructuring (70). With every rule of the round: recall 1
// and 1, precision 0.968 and 0.811; the code as the round found it scored
// the same. The false alarms are restructured sections (tables, questions
// and answers, lists as plain-language paragraphs).
func TestHoldout69Cases(t *testing.T) { scoreSetTo(t, "holdout69", 1, 0.96) }

func TestHoldout70Cases(t *testing.T) { scoreSetTo(t, "holdout70", 1, 0.81) }
