package diff

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/noticeproject/notice/internal/notice"
)

// base is a small notice used by the alignment tests.
const base = `# Example Privacy Notice

Last updated: March 1, 2024

## What we collect

We call it "your data" - it's yours. We collect your name and email address when you register. We collect your device identifiers automatically. We use cookies to remember your preferences.

## How we share it

We do not sell your personal information. We share it with service providers who process it on our behalf. We may disclose it when the law requires us to.

## How long we keep it

We keep your account data for 30 days after you close your account. Backups are deleted within 90 days.

## Contact

Write to [our privacy team](https://example.com/privacy?utm_source=notice) at privacy@example.com.
`

// brief describes a result compactly: "kind@section: before => after",
// with "<from section" after the section when it is set.
func brief(r *Result) []string {
	var out []string
	for _, c := range r.Changes {
		sec := c.Section
		if c.FromSection != "" {
			sec += "<" + c.FromSection
		}
		out = append(out, fmt.Sprintf("%s@%s: %s => %s", c.Kind, sec, c.Before, c.After))
	}
	return out
}

func TestCompareAlignment(t *testing.T) {
	tests := []struct {
		name string
		edit func(string) string
		want []string
	}{
		{"identical", func(s string) string { return s }, nil},
		{"reflowed paragraph", func(s string) string {
			return strings.Replace(s, "when you register. We collect your device identifiers",
				"when you\nregister.   We collect your\ndevice identifiers", 1)
		}, nil},
		{"restyled Markdown", func(s string) string {
			s = strings.Replace(s, "# Example Privacy Notice\n", "Example Privacy Notice\n======================\n", 1)
			s = strings.Replace(s, "## Contact\n", "Contact\n-------\n", 1)
			s = strings.Replace(s, "We do not sell", "We do *not* sell", 1)
			return strings.Replace(s, "Backups are deleted", "__Backups__ are deleted", 1)
		}, nil},
		{"typographic quotes and dashes", func(s string) string {
			s = strings.Replace(s, `"your data" - it's`, "“your data” – it’s", 1)
			return strings.Replace(s, "after you close", "after\u00a0you close", 1)
		}, nil},
		{"tracking parameters", func(s string) string {
			return strings.Replace(s, "?utm_source=notice", "?utm_source=email&utm_campaign=x&fbclid=abc", 1)
		}, nil},
		{"list markers", func(s string) string {
			return strings.Replace(s, "We collect your device identifiers automatically. We use cookies to remember your preferences.",
				"\n\n* We collect your device identifiers automatically.\n* We use cookies to remember your preferences.", 1)
		}, nil},
		{"one word in a long sentence", func(s string) string {
			return strings.Replace(s, "We share it with service providers", "We share it with advertisers", 1)
		}, []string{"modified@Example Privacy Notice › How we share it: " +
			"We share it with service providers who process it on our behalf. => " +
			"We share it with advertisers who process it on our behalf."}},
		{"negation removed", func(s string) string {
			return strings.Replace(s, "We do not sell", "We sell", 1)
		}, []string{"modified@Example Privacy Notice › How we share it: " +
			"We do not sell your personal information. => We sell your personal information."}},
		{"moved sentence", func(s string) string {
			s = strings.Replace(s, " We use cookies to remember your preferences.", "", 1)
			return strings.Replace(s, "Backups are deleted within 90 days.",
				"Backups are deleted within 90 days. We use cookies to remember your preferences.", 1)
		}, []string{"moved@Example Privacy Notice › How long we keep it<Example Privacy Notice › What we collect: " +
			"We use cookies to remember your preferences. => We use cookies to remember your preferences."}},
		{"moved section", func(s string) string {
			sec := "## How long we keep it\n\nWe keep your account data for 30 days after you close your account. Backups are deleted within 90 days.\n\n"
			s = strings.Replace(s, sec, "", 1)
			return strings.Replace(s, "## What we collect", sec+"## What we collect", 1)
		}, []string{"moved@Example Privacy Notice › How long we keep it: " +
			"How long we keep it\nWe keep your account data for 30 days after you close your account. Backups are deleted within 90 days. => " +
			"How long we keep it\nWe keep your account data for 30 days after you close your account. Backups are deleted within 90 days."}},
		{"added sentence", func(s string) string {
			return strings.Replace(s, "may disclose it when the law requires us to.",
				"may disclose it when the law requires us to. We share your email address with advertising partners.", 1)
		}, []string{"added@Example Privacy Notice › How we share it:  => We share your email address with advertising partners."}},
		{"removed sentence", func(s string) string {
			return strings.Replace(s, " Backups are deleted within 90 days.", "", 1)
		}, []string{"removed@Example Privacy Notice › How long we keep it: Backups are deleted within 90 days. => "}},
		{"added section", func(s string) string {
			return strings.Replace(s, "## Contact", "## Children\n\nOur services are not for children under 13.\n\nWe delete their data.\n\n## Contact", 1)
		}, []string{"added@Example Privacy Notice › Children:  => Children\nOur services are not for children under 13.\nWe delete their data."}},
		{"renamed heading", func(s string) string {
			return strings.Replace(s, "## How long we keep it", "## Retention", 1)
		}, []string{"modified@Example Privacy Notice › Retention: How long we keep it => Retention"}},
		{"renamed section, edited sentence", func(s string) string {
			s = strings.Replace(s, "## How long we keep it", "## Retention", 1)
			return strings.Replace(s, "Backups are deleted within 90 days.", "Backups are deleted within 60 days.", 1)
		}, []string{"modified@Example Privacy Notice › Retention: How long we keep it => Retention",
			"modified@Example Privacy Notice › Retention: Backups are deleted within 90 days. => Backups are deleted within 60 days."}},
		{"sentence edited and moved", func(s string) string {
			s = strings.Replace(s, " We use cookies to remember your preferences.", "", 1)
			return strings.Replace(s, "Backups are deleted within 90 days.",
				"Backups are deleted within 90 days. We use cookies to remember your settings.", 1)
		}, []string{"modified@Example Privacy Notice › How long we keep it<Example Privacy Notice › What we collect: " +
			"We use cookies to remember your preferences. => We use cookies to remember your settings."}},
		{"sentence split", func(s string) string {
			return strings.Replace(s, "We share it with service providers who process it on our behalf.",
				"We share it with service providers. They process it on our behalf.", 1)
		}, []string{"modified@Example Privacy Notice › How we share it: " +
			"We share it with service providers who process it on our behalf. => " +
			"We share it with service providers. They process it on our behalf."}},
		{"link target", func(s string) string {
			return strings.Replace(s, "https://example.com/privacy?utm_source=notice", "https://example.org/contact", 1)
		}, []string{"modified@Example Privacy Notice › Contact: " +
			"Write to our privacy team at privacy@example.com. => Write to our privacy team at privacy@example.com."}},
		{"number changed", func(s string) string {
			return strings.Replace(s, "for 30 days", "for 3 years", 1)
		}, []string{"modified@Example Privacy Notice › How long we keep it: " +
			"We keep your account data for 30 days after you close your account. => " +
			"We keep your account data for 3 years after you close your account."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Compare([]byte(base), []byte(tt.edit(base)))
			if err != nil {
				t.Fatal(err)
			}
			got := brief(r)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Compare(base, %s) =\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if r.Changed() != (len(tt.want) > 0) {
				t.Errorf("Compare(base, %s).Changed() = %v", tt.name, r.Changed())
			}
		})
	}
}

func TestCompareWords(t *testing.T) {
	r, err := Compare([]byte(base), []byte(strings.Replace(base, "for 30 days", "for 3 years", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Changes) != 1 {
		t.Fatalf("Compare: %d changes, want 1", len(r.Changes))
	}
	c := r.Changes[0]
	var del, ins []string
	for _, op := range c.Words {
		switch op.Kind {
		case Delete:
			del = append(del, op.Text)
		case Insert:
			ins = append(ins, op.Text)
		}
	}
	if strings.Join(del, "|") != "30 days" || strings.Join(ins, "|") != "3 years" {
		t.Errorf("Words = %q, want 30 days → 3 years only", c.Words)
	}
	if c.FromLine != 15 || c.ToLine != 15 {
		t.Errorf("lines = %d → %d, want 15 → 15", c.FromLine, c.ToLine)
	}
}

func TestCompareLinkWords(t *testing.T) {
	r, err := Compare([]byte(base), []byte(strings.Replace(base, "https://example.com/privacy?utm_source=notice", "https://example.org/contact", 1)))
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, op := range r.Changes[0].Words {
		fmt.Fprintf(&got, "%s:%s|", op.Kind, op.Text)
	}
	if !strings.Contains(got.String(), "delete:https://example.com/privacy?utm_source=notice|insert:https://example.org/contact|") {
		t.Errorf("Words = %s, want the link targets", got.String())
	}
}

// Removing a paragraph between unchanged ones, and editing the document
// around unchanged paragraphs that are set aside before parsing, keeps
// lines and sections right.
func TestCompareLinesAfterSetAside(t *testing.T) {
	var old, new strings.Builder
	old.WriteString("# Notice\n\n")
	new.WriteString("# Notice\n\n")
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&old, "Paragraph %d says something about data.\n\n", i)
		if i == 25 {
			fmt.Fprintf(&new, "Paragraph %d says nothing about data.\n\n", i)
			continue
		}
		fmt.Fprintf(&new, "Paragraph %d says something about data.\n\n", i)
	}
	r, err := Compare([]byte(old.String()), []byte(new.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Changes) != 1 {
		t.Fatalf("Compare: %q, want one change", brief(r))
	}
	if c := r.Changes[0]; c.Kind != notice.Modified || c.FromLine != 53 || c.ToLine != 53 || c.Section != "Notice" {
		t.Errorf("change = %s, lines %d → %d, want modified@Notice, line 53", brief(r), c.FromLine, c.ToLine)
	}
	if r.Unchanged != 50 {
		t.Errorf("Unchanged = %d, want 50", r.Unchanged)
	}
}

func TestCompareBadInput(t *testing.T) {
	good := []byte(base)
	tests := []struct {
		name     string
		old, new []byte
		want     string
	}{
		{"empty old", nil, good, "old revision: notice: invalid input: empty document"},
		{"blank new", good, []byte(" \n\t\n"), "new revision: notice: invalid input: empty document"},
		{"binary", []byte("PK\x03\x04\x00\x00"), good, "old revision: notice: invalid input: binary data (a NUL byte at offset 4)"},
		{"not UTF-8", good, []byte("caf\xe9 cr\xe8me"), "new revision: notice: invalid input: not UTF-8 text"},
		{"too large", good, bytes.Repeat([]byte("a "), MaxSize/2+1), "new revision: notice: invalid input: larger than the size limit of 8388608 bytes (8 MiB)"},
	}
	for _, tt := range tests {
		_, err := Compare(tt.old, tt.new)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Compare(%s) = %v, want %q", tt.name, err, tt.want)
		}
		if !errors.Is(err, notice.ErrInvalidInput) {
			t.Errorf("Compare(%s) = %v, want errors.Is ErrInvalidInput", tt.name, err)
		}
	}
}

// Sentences repeated through a notice ("Back to top") pair with their
// neighbours, so removing one section does not shift them all.
func TestCompareRepeatedSentences(t *testing.T) {
	var old, new strings.Builder
	for i := 0; i < 6; i++ {
		sec := fmt.Sprintf("## Section %d\n\nSection %d has its own text.\n\nBack to top.\n\n", i, i)
		old.WriteString(sec)
		if i != 2 {
			new.WriteString(sec)
		}
	}
	r, err := Compare([]byte(old.String()), []byte(new.String()))
	if err != nil {
		t.Fatal(err)
	}
	want := "removed@Section 2: Section 2\nSection 2 has its own text.\nBack to top. => "
	if got := strings.Join(brief(r), "\n"); got != want {
		t.Errorf("Compare = %q, want %q", got, want)
	}
}
