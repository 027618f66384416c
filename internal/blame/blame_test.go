package blame

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/prose"
)

// history builds a history whose revision i has id "rev<i>" and text texts[i].
func history(texts ...string) (notice.History, ContentFunc, *atomic.Int64) {
	var h notice.History
	byID := map[string]string{}
	for i, t := range texts {
		id := fmt.Sprintf("rev%d", i)
		day := time.Date(2020, 1, 1+i, 0, 0, 0, 0, time.UTC)
		h = append(h, notice.Revision{ID: id, Notice: "privacy", Posted: day, Effective: day})
		byID[id] = t
	}
	reads := new(atomic.Int64)
	return h, func(id string) ([]byte, error) {
		reads.Add(1)
		t, ok := byID[id]
		if !ok {
			return nil, notice.ErrRevNotFound
		}
		return []byte(t), nil
	}, reads
}

func TestBlame(t *testing.T) {
	h, content, _ := history(
		"# Notice\n\nWe collect email. We keep it for a year.",
		"# Notice\n\nWe collect email. We keep it for two years.",
		// Reflowed and re-emphasised: the same sentence.
		"# Notice\n\nWe *collect*\nemail. We keep it for two years. We sell nothing.",
		// "We sell nothing." removed, then restored below: a new run.
		"# Notice\n\nWe collect email. We keep it for two years.",
		"# Notice\n\nWe collect email. We keep it for two years. We sell nothing.",
	)
	lines, err := Blame(h, "rev4", content)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ text, since string }{
		{"Notice", "rev0"},
		{"We collect email.", "rev0"},
		{"We keep it for two years.", "rev1"},
		{"We sell nothing.", "rev4"},
	}
	if len(lines) != len(want) {
		t.Fatalf("Blame = %d lines, want %d: %+v", len(lines), len(want), lines)
	}
	for i, w := range want {
		if lines[i].Text != w.text || lines[i].Since.ID != w.since {
			t.Errorf("Blame line %d = %q since %s, want %q since %s", i, lines[i].Text, lines[i].Since.ID, w.text, w.since)
		}
	}
	if lines[0].Heading != 1 || lines[1].Heading != 0 || lines[1].Section != "Notice" {
		t.Errorf("Blame line 0 heading %d, line 1 heading %d section %q; want 1, 0, Notice", lines[0].Heading, lines[1].Heading, lines[1].Section)
	}
}

// TestBlameStopsEarly: once every sentence's origin is known, older
// revisions are not read.
func TestBlameStopsEarly(t *testing.T) {
	texts := make([]string, 1000)
	for i := range texts {
		texts[i] = fmt.Sprintf("Version %d of the notice.", i)
	}
	texts[999] = "Version 998 of the notice."
	h, content, reads := history(texts...)
	lines, err := Blame(h, "rev999", content)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 1 || lines[0].Since.ID != "rev998" {
		t.Fatalf("Blame = %+v, want one sentence since rev998", lines)
	}
	// rev999, rev998, rev997, and at most readAhead+1 read ahead.
	if n := reads.Load(); n < 3 || n > 3+readAhead+1 {
		t.Errorf("Blame read %d of 1000 revisions, want 3 and at most %d read ahead", n, readAhead+1)
	}
}

func TestBlameErrors(t *testing.T) {
	h, content, _ := history("One.", "Two.")
	if _, err := Blame(h, "nosuch", content); !errors.Is(err, notice.ErrRevNotFound) {
		t.Errorf("Blame(nosuch) = %v, want ErrRevNotFound", err)
	}
	broken := func(string) ([]byte, error) { return nil, errors.New("disk on fire") }
	if _, err := Blame(h, "rev1", broken); err == nil {
		t.Errorf("Blame with a failing reader = nil error")
	}
}

func BenchmarkBlameLongHistory(b *testing.B) {
	texts := make([]string, 10000)
	for i := range texts {
		texts[i] = fmt.Sprintf("# Notice\n\nWe collect email. We keep it for a year.\n\nRevision %d.", i)
	}
	h, content, _ := history(texts...)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Blame(h, "rev9999", content); err != nil {
			b.Fatal(err)
		}
	}
}

func TestChunks(t *testing.T) {
	src := "# Title\nIntro line.\n\nPara one\ncontinues.\n\n- item\n\n  more of the item\n\n```\ncode\n\nstill code\n```\nAfter.\n"
	got := chunks([]byte(src))
	want := []string{"# Title\nIntro line.\n\n", "Para one\ncontinues.\n\n", "- item\n\n  more of the item\n\n", "```\ncode\n\nstill code\n```\nAfter.\n"}
	if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
		t.Errorf("chunks = %q, want %q", got, want)
	}
	// Chunked parsing finds the same sentences as parsing the whole.
	var whole, chunked []string
	for _, s := range prose.Parse([]byte(src)).Sentences {
		whole = append(whole, s.Norm)
	}
	chunkCache{}.each([]byte(src), func(n string) { chunked = append(chunked, n) })
	if fmt.Sprint(whole) != fmt.Sprint(chunked) {
		t.Errorf("chunked sentences %q, whole %q", chunked, whole)
	}
}
