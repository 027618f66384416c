package benchdata

import (
	"strings"
	"testing"
)

func TestAmend(t *testing.T) {
	var paras []string
	paras = append(paras, "# Notice", "## First", "Intro.")
	for i := 0; i < 14; i++ {
		paras = append(paras, "Here we keep item "+string(rune('a'+i))+".")
	}
	paras = append(paras, "## Second", "Second body.", "## Third", "Third body.")
	src := strings.Join(paras, "\n\n") + "\n"
	got := string(Amend([]byte(src)))
	for _, want := range []string{
		"we and our partners",                  // a word changed
		", unless the law requires otherwise.", // a qualifier added
		"We may share aggregated information with advertising partners.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Amend lacks %q:\n%s", want, got)
		}
	}
	if strings.Index(got, "## Second") < strings.Index(got, "We may share aggregated") {
		t.Errorf("the second section did not move to the end:\n%s", got)
	}
	if strings.Count(got, "\n\n") >= strings.Count(src, "\n\n")+1 {
		t.Errorf("no paragraph was removed:\n%s", got)
	}
}
