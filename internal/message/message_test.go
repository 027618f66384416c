package message

import (
	"bytes"
	"errors"
	"flag"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/templates"
)

var update = flag.Bool("update", false, "rewrite the golden .eml files in testdata")

func sample() *Notice {
	return &Notice{
		Name:       "privacy",
		Title:      "Privacy Policy",
		RevisionID: "3f2a9c1d8e7b6a5f4e3d2c1b0a998877665544aa",
		Effective:  time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC),
		Summary:    "We will share your purchase history with advertising partners, and keep it for five years instead of two.",
		Sections: []Section{
			{Name: "Sharing", Changes: []Change{{
				Before: "We do not share your personal information with third parties for their marketing.",
				After:  "We share your purchase history with advertising partners, who may use it for their own marketing.",
				Reason: "Your data goes to more companies, for a new purpose.",
			}}},
			{Name: "Retention", Changes: []Change{{
				Before: "We keep order records for two years.",
				After:  "We keep order records for five years.",
				Reason: "Your data is kept longer.",
			}, {
				After:  "We keep analytics data until you close your account.",
				Reason: "A new kind of data is kept with no fixed limit.",
			}}},
		},
		RedlineURL: "https://notices.example.com/privacy/diff/0a1b2c3d4e5f..3f2a9c1d8e7b",
		CurrentURL: "https://notices.example.com/privacy/rev/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
		NewURL:     "https://notices.example.com/privacy/rev/3f2a9c1d8e7b6a5f4e3d2c1b0a998877665544aa",
	}
}

// redline is a notice whose changes exercise the excerpts: a long
// sentence with one word changed, a removal, a change over two blocks and
// markup in the text.
func redline() *Notice {
	n := sample()
	n.Sections = []Section{
		{Name: "Use and retention", Changes: []Change{{
			Before: "When you create an account with us we collect your name, your email address and your postal address, " +
				"and we keep them for two years after you close the account, unless the law requires us to keep them longer.",
			After: "When you create an account with us we collect your name, your email address and your postal address, " +
				"and we keep them for ten years after you close the account, unless the law requires us to keep them longer.",
			Reason: "Your data is kept longer.",
		}, {
			Before: "We delete your payment details as soon as the order is paid.",
			Reason: "A promise to delete your data is withdrawn.",
		}}},
		{Name: "Sharing <b>& partners</b>", Changes: []Change{{
			Before: "We share data with:\nour payment processor.",
			After:  "We share data with:\nour payment processor <script>alert(1)</script> and our advertising partners.",
			Reason: "Your data goes to more companies.",
		}}},
	}
	return n
}

var date = time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)

func TestGolden(t *testing.T) {
	late := sample()
	late.Late = true
	bare := sample()
	bare.RedlineURL, bare.CurrentURL, bare.NewURL, bare.Summary = "", "", "", ""
	tests := []struct {
		name string
		opt  Options
		n    *Notice
		to   Recipient
	}{
		{"basic", Options{From: "Example Privacy Team <privacy@example.com>"}, sample(), Recipient{ID: 1, Email: "alice@example.com", Name: "Alice Martin"}},
		{"no-name", Options{From: "privacy@example.com"}, bare, Recipient{ID: 2, Email: "bob@example.org"}},
		{"unicode", Options{From: "Équipe Vie privée <privacy@example.com>"}, sample(), Recipient{ID: 3, Email: "zoe@example.com", Name: "Zoë Łukasiewicz-Ångström"}},
		{"injection", Options{From: "Example <privacy@example.com>"}, sample(), Recipient{ID: 4, Email: "eve@example.com", Name: "Eve\r\nBcc: victim@example.org\r\n\r\nhello"}},
		{"late", Options{From: "Example <privacy@example.com>"}, late, Recipient{ID: 5, Email: "carol@example.com", Name: "Carol"}},
		{"unsubscribe", Options{From: "Example <privacy@example.com>", ListUnsubscribe: "https://example.com/unsubscribe?id={id}"}, sample(), Recipient{ID: 6, Email: "dan@example.com", Name: "Dan", MessageID: "<kept.id@example.com>"}},
		{"redline", Options{From: "Example <privacy@example.com>"}, redline(), Recipient{ID: 7, Email: "erin@example.com", Name: "Erin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := New(templates.Email(), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := r.Render(&b, tt.n, tt.to, date); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tt.name+".eml")
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("Render(%s) differs from %s (run go test -update and review the diff):\n%s", tt.name, golden, b.String())
			}
			checkParses(t, b.Bytes(), tt.to)
		})
	}
}

// checkParses reads the message back with the standard library: headers
// are single, the body has a text and an HTML part, and no data leaked into
// a header of its own.
func checkParses(t *testing.T, raw []byte, to Recipient) {
	t.Helper()
	for i, line := range bytes.Split(raw, []byte("\r\n")) {
		if len(line) > 998 {
			t.Errorf("line %d is %d bytes long", i+1, len(line))
		}
		if bytes.ContainsAny(line, "\r\n") {
			t.Errorf("line %d holds a bare CR or LF", i+1)
		}
	}
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("mail.ReadMessage: %v", err)
	}
	if got := m.Header["Bcc"]; got != nil {
		t.Errorf("Bcc header = %q, want none", got)
	}
	for _, h := range []string{"From", "To", "Subject", "Date", "Message-Id", "Content-Type"} {
		if n := len(m.Header[h]); n != 1 {
			t.Errorf("%d %s headers, want 1", n, h)
		}
	}
	addr, err := mail.ParseAddress(m.Header.Get("To"))
	if err != nil || addr.Address != to.Email {
		t.Errorf("To = %q (%v), want address %s", m.Header.Get("To"), err, to.Email)
	}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("Content-Type = %q, %v", m.Header.Get("Content-Type"), err)
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	var types []string
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		types = append(types, p.Header.Get("Content-Type"))
	}
	if want := "text/plain; charset=utf-8,text/html; charset=utf-8"; strings.Join(types, ",") != want {
		t.Errorf("parts = %q, want %q", types, want)
	}
}

func TestMessageIDDeterministic(t *testing.T) {
	r, err := New(templates.Email(), Options{From: "Privacy <privacy@Example.com>"})
	if err != nil {
		t.Fatal(err)
	}
	a := r.MessageID("3f2a9c1d8e7b6a5f4e3d2c1b0a998877665544aa", 42)
	if want := "<notice.3f2a9c1d8e7b6a5f.42@example.com>"; a != want {
		t.Errorf("MessageID = %s, want %s", a, want)
	}
	var x, y bytes.Buffer
	to := Recipient{ID: 42, Email: "alice@example.com"}
	if err := r.Render(&x, sample(), to, date); err != nil {
		t.Fatal(err)
	}
	if err := r.Render(&y, sample(), to, date); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(x.Bytes(), y.Bytes()) {
		t.Error("two renders of the same message differ")
	}
}

func TestBadInput(t *testing.T) {
	if _, err := New(templates.Email(), Options{From: "not an address"}); !errors.Is(err, notice.ErrInvalidInput) {
		t.Errorf("New(From: not an address) = %v, want ErrInvalidInput", err)
	}
	if _, err := New(templates.Email(), Options{From: "a@example.com", ListUnsubscribe: "http://example.com/u"}); !errors.Is(err, notice.ErrInvalidInput) {
		t.Errorf("New(ListUnsubscribe: http) = %v, want ErrInvalidInput", err)
	}
	r, err := New(templates.Email(), Options{From: "a@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	for _, addr := range []string{"", "bob", "bob@example.com\r\nBcc: x@example.org", "Bob <bob@example.com>", "bob @example.com"} {
		if err := r.Render(&bytes.Buffer{}, sample(), Recipient{ID: 1, Email: addr}, date); !errors.Is(err, notice.ErrInvalidInput) {
			t.Errorf("Render(to %q) = %v, want ErrInvalidInput", addr, err)
		}
	}
}

func TestSections(t *testing.T) {
	c := notice.Classification{Changes: []notice.Change{
		{Section: "Sharing", Material: true, Before: "a", After: "b", Reasons: []string{"r1", "r2"}},
		{Section: "Intro", Material: false, Before: "x", After: "y"},
		{Section: "Retention", Material: true, After: "c"},
		{Section: "Sharing", Material: true, Before: "d"},
		{Material: true, After: "e"},
	}}
	got := Sections(c)
	var names []string
	for _, s := range got {
		names = append(names, s.Name)
	}
	if want := "Sharing,Retention,General"; strings.Join(names, ",") != want {
		t.Fatalf("Sections = %v, want %s", names, want)
	}
	if len(got[0].Changes) != 2 || got[0].Changes[0].Reason != "r1; r2" {
		t.Errorf("Sections[0] = %+v", got[0])
	}
}

func TestLinks(t *testing.T) {
	red, cur, next := Links("https://n.example.com/", "privacy", "0a1b2c3d4e5f60718293", "3f2a9c1d8e7b6a5f4e3d")
	if red != "https://n.example.com/privacy/diff/0a1b2c3d4e5f..3f2a9c1d8e7b" || cur != "https://n.example.com/privacy/rev/0a1b2c3d4e5f60718293" || next != "https://n.example.com/privacy/rev/3f2a9c1d8e7b6a5f4e3d" {
		t.Errorf("Links = %s %s %s", red, cur, next)
	}
	if red, cur, next := Links("", "privacy", "a", "b"); red+cur+next != "" {
		t.Errorf("Links without base URL = %q %q %q, want empty", red, cur, next)
	}
}

func BenchmarkRender(b *testing.B) {
	r, err := New(templates.Email(), Options{From: "Example <privacy@example.com>"})
	if err != nil {
		b.Fatal(err)
	}
	p, err := r.Prepare(sample())
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for i := 0; b.Loop(); i++ {
		buf.Reset()
		if err := p.Render(&buf, Recipient{ID: int64(i), Email: "alice@example.com", Name: "Alice"}, date); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPreparedMatchesFullRender checks the shortcut Prepare takes (the
// greeting alone is rendered per recipient) against executing the whole
// templates for each name.
func TestPreparedMatchesFullRender(t *testing.T) {
	r, err := New(templates.Email(), Options{From: "Example <privacy@example.com>"})
	if err != nil {
		t.Fatal(err)
	}
	p, err := r.Prepare(sample())
	if err != nil {
		t.Fatal(err)
	}
	if !p.fast {
		t.Fatal("Prepare found no single greeting line to personalise")
	}
	slow := *p
	slow.fast = false
	names := []string{"Alice", "O'Brien & Sons <ltd>", `Quote "me" + plus`, "Zoë Łukasiewicz-Ångström", strings.Repeat("Very Long Name ", 12),
		"=?utf-8?q?x?=", "Tab\tand\nnewline", "trailing space ", "日本語の名前", "Ann+Bo", "x\ufdd0y\ufffe", "  two  spaces  ", "Del\x7f"}
	for i, name := range names {
		to := Recipient{ID: int64(i), Email: "x@example.com", Name: name}
		var a, b bytes.Buffer
		if err := p.Render(&a, to, date); err != nil {
			t.Fatal(err)
		}
		if err := slow.Render(&b, to, date); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("Prepared.Render(name %q) differs from a full render:\n%s\n----\n%s", name, a.String(), b.String())
		}
		// A writer other than a *bytes.Buffer gets the same bytes.
		var c strings.Builder
		if err := p.Render(&c, to, date); err != nil {
			t.Fatal(err)
		}
		if c.String() != a.String() {
			t.Errorf("Prepared.Render(name %q) to a strings.Builder differs from a render to a bytes.Buffer", name)
		}
	}
}

// FuzzRender feeds names and addresses from outside (a subscriber CSV) to
// the renderer: it either refuses the address or yields a message whose
// header is exactly the one it means to write.
func FuzzRender(f *testing.F) {
	f.Add("Alice Martin", "alice@example.com")
	f.Add("Eve\r\nBcc: x@example.org", "eve@example.com")
	f.Add("Zoë", "bob@example.com\r\nBcc: x@example.org")
	f.Add("\"quoted\" <name>", "a.b+c@example.com")
	r, err := New(templates.Email(), Options{From: "Example <privacy@example.com>"})
	if err != nil {
		f.Fatal(err)
	}
	p, err := r.Prepare(sample())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name, email string) {
		var b bytes.Buffer
		err := p.Render(&b, Recipient{ID: 1, Email: email, Name: name}, date)
		if err != nil {
			if !errors.Is(err, notice.ErrInvalidInput) {
				t.Fatalf("Render(%q, %q) = %v, want ErrInvalidInput", name, email, err)
			}
			return
		}
		m, err := mail.ReadMessage(&b)
		if err != nil {
			t.Fatalf("Render(%q, %q) wrote an unreadable message: %v", name, email, err)
		}
		want := []string{"From", "To", "Subject", "Date", "Message-Id", "Mime-Version", "Auto-Submitted", "Content-Type"}
		if len(m.Header) != len(want) {
			t.Fatalf("Render(%q, %q) wrote %d header fields, want %d: %v", name, email, len(m.Header), len(want), m.Header)
		}
		for _, h := range want {
			if len(m.Header[h]) != 1 {
				t.Fatalf("Render(%q, %q) wrote %d %s fields", name, email, len(m.Header[h]), h)
			}
		}
	})
}

func TestPlainReason(t *testing.T) {
	tests := []struct{ in, want string }{
		{"M1 polarity: negation removed: 'We do not disclose it.' became 'We may disclose it.'", "polarity: negation removed"},
		{"M3 qualifier: 'explicit' removed: 'without your explicit consent' became 'without your consent'", "qualifier: 'explicit' removed"},
		{"M6 number: a number or duration changed: 'within 30 days' became 'within 45 days'", "number: a number or duration changed"},
		{"M10 added: 'We sell your data.'", "added: 'We sell your data.'"},
		{"Your data goes to more companies.", "Your data goes to more companies."},
	}
	for _, tt := range tests {
		if got := plainReason(tt.in); got != tt.want {
			t.Errorf("plainReason(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestChangeExcerpt(t *testing.T) {
	const long = "When you create an account with us we collect your name, your email address and your postal address, " +
		"and we keep them for two years after you close the account, unless the law requires us to keep them longer."
	tests := []struct {
		name                string
		c                   Change
		before, after, html string
	}{
		{"one word", Change{Before: "We keep records for two years.", After: "We keep records for five years."},
			"We keep records for two years.", "We keep records for five years.",
			`We keep records for <del style="color: #a40000; text-decoration: line-through;">two</del>` +
				`<ins style="color: #006000; text-decoration: underline;">five</ins> years.`},
		{"long sentence", Change{Before: long, After: strings.Replace(long, "two", "ten", 1)},
			"… address, and we keep them for two years after you close the account, …",
			"… address, and we keep them for ten years after you close the account, …",
			`… address, and we keep them for <del style="color: #a40000; text-decoration: line-through;">two</del>` +
				`<ins style="color: #006000; text-decoration: underline;">ten</ins> years after you close the account, …`},
		{"added", Change{After: long}, "", long,
			`<ins style="color: #006000; text-decoration: underline;">` + long + `</ins>`},
		{"removed", Change{Before: long}, long, "",
			`<del style="color: #a40000; text-decoration: line-through;">` + long + `</del>`},
		{"escaped", Change{Before: "a <b>", After: "a <script>"}, "a <b>", "a <script>",
			`a &lt;<del style="color: #a40000; text-decoration: line-through;">b</del>` +
				`<ins style="color: #006000; text-decoration: underline;">script</ins>&gt;`},
		{"two blocks", Change{Before: "Title:\nold text.", After: "Title:\nnew text."},
			"Title:\n          old text.", "Title:\n          new text.",
			"Title:<br>\n" + `<del style="color: #a40000; text-decoration: line-through;">old</del>` +
				`<ins style="color: #006000; text-decoration: underline;">new</ins> text.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.c.Excerpt()
			if e.Before != tt.before || e.After != tt.after || string(e.HTML) != tt.html {
				t.Errorf("Excerpt(%q, %q) =\n%q\n%q\n%q\nwant\n%q\n%q\n%q", tt.c.Before, tt.c.After,
					e.Before, e.After, e.HTML, tt.before, tt.after, tt.html)
			}
		})
	}
}

// TestCleanShortcut checks that clean's shortcut for values it leaves as
// they are agrees with cleaning field by field.
func TestCleanShortcut(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\r\nb", "Zoë", "a\x7fb", "a\u00a0b", "a\x00b", "x y z"} {
		if got, want := clean(s), cleanFields(s); got != want {
			t.Errorf("clean(%q) = %q, want %q", s, got, want)
		}
	}
}
