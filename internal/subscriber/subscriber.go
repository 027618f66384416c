// Package subscriber reads subscriber lists from outside: a CSV file with
// a header line naming the columns email, name and locale (RFC 4180; other
// columns are ignored), and single addresses, which must be a bare
// addr-spec of RFC 5322 (name@example.com, no display name, no angle
// brackets, no comments).
//
// Nothing here touches a database: the result is a []notice.Subscriber for
// the store, with each problem tied to its line number.
package subscriber

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/noticeproject/notice/internal/notice"
)

// ParseAddress checks that s, without surrounding spaces, is a bare email
// address that a message can be sent to, and returns it trimmed. Errors
// wrap notice.ErrInvalidInput and say what is wrong.
func ParseAddress(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("%w: empty email address", notice.ErrInvalidInput)
	}
	if !utf8.ValidString(s) || strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return "", fmt.Errorf("%w: email address %q contains control characters", notice.ErrInvalidInput, s)
	}
	if len(s) > 254 {
		return "", fmt.Errorf("%w: email address %.40q... is longer than 254 bytes", notice.ErrInvalidInput, s)
	}
	a, err := mail.ParseAddress(s)
	if err != nil {
		return "", fmt.Errorf("%w: email address %q: %s", notice.ErrInvalidInput, s, strings.TrimPrefix(err.Error(), "mail: "))
	}
	if a.Name != "" || a.Address != s {
		return "", fmt.Errorf("%w: email address %q: give a bare address such as name@example.com, without a name, angle brackets or comments", notice.ErrInvalidInput, s)
	}
	at := strings.LastIndexByte(s, '@')
	local, domain := s[:at], s[at+1:]
	if len(local) > 64 {
		return "", fmt.Errorf("%w: email address %q: the part before @ is longer than 64 bytes", notice.ErrInvalidInput, s)
	}
	if !strings.Contains(strings.Trim(domain, "."), ".") && !strings.HasPrefix(domain, "[") {
		return "", fmt.Errorf("%w: email address %q: the domain %q has no dot", notice.ErrInvalidInput, s, domain)
	}
	return s, nil
}

// localeRE is a BCP 47 language tag, loosely: en, pt-BR, zh-Hant-TW. It is
// compiled on first use so that commands which never read a locale do not
// pay for it at start-up.
var localeRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)
})

// ParseLocale checks that s, trimmed, is empty or looks like a BCP 47
// language tag (en, pt-BR), and returns it trimmed.
func ParseLocale(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s != "" && !localeRE().MatchString(s) {
		return "", fmt.Errorf("%w: locale %q: use a language tag such as en or pt-BR", notice.ErrInvalidInput, s)
	}
	return s, nil
}

// breaks reports whether r must never appear in a name that goes into a
// mail header: control characters (CR, LF, TAB, NUL ...) and the Unicode
// line and paragraph separators.
func breaks(r rune) bool {
	return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == utf8.RuneError
}

// CleanName replaces each run of control characters (CR, LF, TAB ...) and
// Unicode line separators in name with one space, trims it, and reports
// whether anything but surrounding spaces was changed. A cleaned name
// cannot inject a mail header.
func CleanName(name string) (string, bool) {
	if strings.IndexFunc(name, breaks) < 0 && utf8.ValidString(name) {
		return strings.TrimSpace(name), false
	}
	var b strings.Builder
	space := false
	for _, r := range strings.ToValidUTF8(name, "\uFFFD") {
		if breaks(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String()), true
}

// ParseName returns name trimmed, or an error wrapping
// notice.ErrInvalidInput when it contains a line break or another control
// character.
func ParseName(name string) (string, error) {
	clean, changed := CleanName(name)
	if changed {
		return "", fmt.Errorf("%w: name %q contains a line break or control character", notice.ErrInvalidInput, name)
	}
	return clean, nil
}

// Problem is an invalid line of a CSV file.
type Problem struct {
	Line int
	Err  error
}

func (p Problem) Error() string { return fmt.Sprintf("line %d: %v", p.Line, p.Err) }

func (p Problem) Unwrap() error { return p.Err }

// Duplicate is a line whose address (regardless of case) an earlier line
// already gave.
type Duplicate struct {
	Line  int
	First int // the line that gave it first
	Email string
}

// File is a parsed subscriber CSV file.
type File struct {
	// Subscribers are the valid lines, first occurrence of each address
	// only, in file order; Lines[i] is the line Subscribers[i] came from.
	Subscribers []notice.Subscriber
	Lines       []int
	// Invalid lists every line with an invalid address or locale.
	Invalid []Problem
	// Duplicates lists the lines that repeat an earlier address.
	Duplicates []Duplicate
	// Cleaned lists the lines whose name had line breaks or control
	// characters replaced by spaces (see CleanName).
	Cleaned []int
}

// ParseCSV reads a subscriber list: a header line naming the columns
// (email is required; name and locale are optional; others are ignored;
// case and surrounding spaces do not matter; a UTF-8 byte order mark is
// skipped) and one subscriber per record. Invalid addresses and locales do
// not stop it: they are collected in File.Invalid with their line numbers.
// It returns an error wrapping notice.ErrInvalidInput only when the file
// itself is unreadable as such a list: bad CSV syntax, no header, no email
// column, or not UTF-8.
func ParseCSV(r io.Reader) (*File, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: the file is empty: the first line must be a header such as email,name,locale", notice.ErrInvalidInput)
	}
	if err != nil {
		return nil, csvError(err)
	}
	col := map[string]int{"email": -1, "name": -1, "locale": -1}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		if j, ok := col[h]; ok && j < 0 {
			col[h] = i
		}
	}
	if col["email"] < 0 {
		if len(header) > 0 && strings.Contains(header[0], "@") {
			return nil, fmt.Errorf("%w: line 1: no header: the first line must name the columns, such as email,name,locale", notice.ErrInvalidInput)
		}
		return nil, fmt.Errorf("%w: line 1: the header has no email column: name the columns, such as email,name,locale", notice.ErrInvalidInput)
	}
	field := func(rec []string, name string) string {
		if i := col[name]; i >= 0 && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	f := &File{}
	first := map[string]int{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		for _, v := range rec {
			if !utf8.ValidString(v) {
				return nil, fmt.Errorf("%w: line %d: not UTF-8: save the file as UTF-8", notice.ErrInvalidInput, line)
			}
		}
		email, err := ParseAddress(field(rec, "email"))
		if err != nil {
			f.Invalid = append(f.Invalid, Problem{Line: line, Err: err})
			continue
		}
		locale, err := ParseLocale(field(rec, "locale"))
		if err != nil {
			f.Invalid = append(f.Invalid, Problem{Line: line, Err: err})
			continue
		}
		key := strings.ToLower(email)
		if l, dup := first[key]; dup {
			f.Duplicates = append(f.Duplicates, Duplicate{Line: line, First: l, Email: email})
			continue
		}
		first[key] = line
		name, cleaned := CleanName(field(rec, "name"))
		if cleaned {
			f.Cleaned = append(f.Cleaned, line)
		}
		f.Subscribers = append(f.Subscribers, notice.Subscriber{Email: email, Name: name, Locale: locale})
		f.Lines = append(f.Lines, line)
	}
	return f, nil
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%w: line %d: %v: check the quoting", notice.ErrInvalidInput, pe.Line, pe.Err)
	}
	return fmt.Errorf("read CSV: %w", err)
}
