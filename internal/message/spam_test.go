package message

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"

	"github.com/noticeproject/notice/templates"
)

// TestSpamAssassin has SpamAssassin's offline rules judge a notice as the
// demo sends it: it must score at most 1.0.
func TestSpamAssassin(t *testing.T) {
	sa, err := exec.LookPath("spamassassin")
	if err != nil {
		if os.Getenv("NOTICE_CI") == "1" {
			t.Fatal("spamassassin is missing")
		}
		t.Skip("spamassassin is not installed (apt-get install spamassassin)")
	}
	r, err := New(templates.Email(), Options{From: "Example Privacy Team <privacy@example.com>"})
	if err != nil {
		t.Fatal(err)
	}
	for _, to := range []Recipient{
		{ID: 1, Email: "alice@example.com", Name: "Alice Martin"},
		{ID: 2, Email: "bob@example.org"},
	} {
		var b bytes.Buffer
		if err := r.Render(&b, sample(), to, date); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(sa, "-L", "-t")
		cmd.Stdin = &b
		cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("spamassassin: %v", err)
		}
		m := regexp.MustCompile(`X-Spam-Status: \w+, score=(-?[0-9.]+)`).FindSubmatch(out)
		if m == nil {
			t.Fatalf("spamassassin gave no score:\n%s", out)
		}
		score, _ := strconv.ParseFloat(string(m[1]), 64)
		if score > 1.0 {
			t.Errorf("SpamAssassin scores the notice to %s %.1f, want at most 1.0:\n%s", to.Email, score, out[max(0, bytes.Index(out, []byte("Content analysis"))):])
		}
	}
}
