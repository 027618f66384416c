package subscriber

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"testing"
	"unicode"

	"github.com/noticeproject/notice/internal/notice"
)

func TestParseAddress(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"ana@example.com", "ana@example.com", true},
		{"  Ana.Silva+news@Example.COM ", "Ana.Silva+news@Example.COM", true},
		{"josé@example.org", "josé@example.org", true},
		{"", "", false},
		{"ana", "", false},
		{"ana@", "", false},
		{"@example.com", "", false},
		{"ana@example", "", false},
		{"Ana <ana@example.com>", "", false},
		{"<ana@example.com>", "", false},
		{"ana@example.com (Ana)", "", false},
		{"ana@example.com, bob@example.com", "", false},
		{"ana@example.com\r\nBcc: eve@example.org", "", false},
		{"a b@example.com", "", false},
		{`"a b"@example.com`, "", false},
		{strings.Repeat("a", 65) + "@example.com", "", false},
	}
	for _, tt := range tests {
		got, err := ParseAddress(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseAddress(%q) = %q, %v, want %q, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, notice.ErrInvalidInput) {
			t.Errorf("ParseAddress(%q) error %v does not wrap ErrInvalidInput", tt.in, err)
		}
	}
}

func TestCleanName(t *testing.T) {
	tests := []struct {
		in, want string
		changed  bool
	}{
		{"Ana Silva", "Ana Silva", false},
		{"  Ana ", "Ana", false},
		{"Ana\r\nBcc: eve@example.org", "Ana Bcc: eve@example.org", true},
		{"Ana\nSilva\n", "Ana Silva", true},
		{"A\tB\x00C", "A B C", true},
		{"A\u2028B", "A B", true},
		{"bad\xffutf8", "bad utf8", true},
	}
	for _, tt := range tests {
		got, changed := CleanName(tt.in)
		if got != tt.want || changed != tt.changed {
			t.Errorf("CleanName(%q) = %q, %v, want %q, %v", tt.in, got, changed, tt.want, tt.changed)
		}
	}
	if _, err := ParseName("Ana\nBcc: x@example.org"); !errors.Is(err, notice.ErrInvalidInput) {
		t.Errorf("ParseName(with LF) = %v, want ErrInvalidInput", err)
	}
}

func TestParseLocale(t *testing.T) {
	for in, ok := range map[string]bool{"": true, "en": true, "pt-BR": true, "zh-Hant-TW": true, "e": false, "en_US": false, "en\n": true, "fr;": false} {
		if _, err := ParseLocale(in); (err == nil) != ok {
			t.Errorf("ParseLocale(%q) = %v, want ok=%v", in, err, ok)
		}
	}
}

func TestParseCSV(t *testing.T) {
	in := "\uFEFFEmail , Locale,Name,extra\n" +
		"ana@example.com,pt-BR,Ana,x\n" +
		"not-an-address,en,Bad,\n" +
		"\n" +
		"bob@example.org,,\"Bob\r\nBcc: eve@example.org\",\n" +
		"ANA@example.com,en,Ana again,\n" +
		"cleo@example.com,en_US,Cleo,\n" +
		"dan@example.com\n" +
		"Eve <eve@example.org>,en,Eve,\n"
	f, err := ParseCSV(strings.NewReader(in))
	if err != nil {
		t.Fatalf("ParseCSV: %v", err)
	}
	var got []string
	for i, s := range f.Subscribers {
		got = append(got, fmt.Sprintf("%d:%s|%s|%s", f.Lines[i], s.Email, s.Name, s.Locale))
	}
	want := []string{"2:ana@example.com|Ana|pt-BR", "5:bob@example.org|Bob Bcc: eve@example.org|", "9:dan@example.com||"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("ParseCSV subscribers = %v, want %v", got, want)
	}
	var invalid []string
	for _, p := range f.Invalid {
		invalid = append(invalid, fmt.Sprint(p.Line))
	}
	if strings.Join(invalid, ",") != "3,8,10" {
		t.Errorf("ParseCSV invalid lines = %v, want 3,8,10 (%v)", invalid, f.Invalid)
	}
	if len(f.Duplicates) != 1 || f.Duplicates[0] != (Duplicate{Line: 7, First: 2, Email: "ANA@example.com"}) {
		t.Errorf("ParseCSV duplicates = %+v, want line 7 repeating line 2", f.Duplicates)
	}
	if len(f.Cleaned) != 1 || f.Cleaned[0] != 5 {
		t.Errorf("ParseCSV cleaned = %v, want [5]", f.Cleaned)
	}
	if e := f.Invalid[0].Error(); !strings.HasPrefix(e, `line 3: notice: invalid input: email address "not-an-address"`) {
		t.Errorf("Problem.Error() = %q", e)
	}
}

func TestParseCSVErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "the file is empty"},
		{"ana@example.com,Ana\n", "line 1: no header"},
		{"name,locale\nAna,en\n", "line 1: the header has no email column"},
		{"email,name\nana@example.com,\"Ana\n", "line 2"},
		{"email,name\nana@example.com,An\"a\n", "line 2"},
		{"email,name\nana@example.com,\xff\n", "line 2: not UTF-8"},
	}
	for _, tt := range tests {
		_, err := ParseCSV(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, notice.ErrInvalidInput) {
			t.Errorf("ParseCSV(%q) = %v, want an invalid-input error with %q", tt.in, err, tt.want)
		}
	}
}

// FuzzParseCSV checks that no input panics and that whatever is accepted is
// safe to put in a mail header.
func FuzzParseCSV(f *testing.F) {
	for _, seed := range []string{
		"email,name,locale\nana@example.com,Ana,en\n",
		"email\nana@example.com\nANA@example.com\n",
		"Email,Name\n\"ana@example.com\",\"Ana\r\nBcc: x@example.org\"\n",
		"\uFEFFemail,name,locale,x\nbad,,,\n,,,\n",
		"name,email\n\"A, B\",b@example.org\n",
		"email\n\"unterminated\n",
		"email,locale\na@example.com,zz-ZZZZZZZZZ\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		file, err := ParseCSV(strings.NewReader(in))
		if err != nil {
			if !errors.Is(err, notice.ErrInvalidInput) {
				t.Fatalf("ParseCSV error %v does not wrap ErrInvalidInput", err)
			}
			return
		}
		if len(file.Subscribers) != len(file.Lines) {
			t.Fatalf("%d subscribers but %d lines", len(file.Subscribers), len(file.Lines))
		}
		seen := map[string]bool{}
		for i, s := range file.Subscribers {
			if file.Lines[i] < 2 {
				t.Errorf("subscriber %q on line %d, before the header ends", s.Email, file.Lines[i])
			}
			if _, err := ParseAddress(s.Email); err != nil {
				t.Errorf("accepted address %q: %v", s.Email, err)
			}
			if _, err := mail.ParseAddress(s.Email); err != nil {
				t.Errorf("accepted address %q that net/mail rejects: %v", s.Email, err)
			}
			if strings.IndexFunc(s.Name+s.Email+s.Locale, unicode.IsControl) >= 0 {
				t.Errorf("control character in accepted subscriber %+v", s)
			}
			key := strings.ToLower(s.Email)
			if seen[key] {
				t.Errorf("address %q accepted twice", s.Email)
			}
			seen[key] = true
		}
		for _, p := range file.Invalid {
			if p.Line < 2 || !errors.Is(p, notice.ErrInvalidInput) {
				t.Errorf("problem %v: want a line after the header and ErrInvalidInput", p)
			}
		}
	})
}

func FuzzParseAddress(f *testing.F) {
	for _, seed := range []string{"ana@example.com", "Ana <ana@example.com>", "a@b", "\"a b\"@example.com", "a@[127.0.0.1]", "a@example.com\r\n"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := ParseAddress(in)
		if err != nil {
			return
		}
		if got != strings.TrimSpace(in) || strings.ContainsAny(got, "\r\n<>, ") {
			t.Errorf("ParseAddress(%q) = %q: not the bare trimmed address", in, got)
		}
		a, err := mail.ParseAddress(got)
		if err != nil || a.Address != got {
			t.Errorf("ParseAddress(%q) = %q, which does not round-trip through net/mail: %v", in, got, err)
		}
	})
}
