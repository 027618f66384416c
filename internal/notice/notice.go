// Package notice is the domain of the notice tool: notices and their
// revisions, the classification of a change as material or editorial,
// subscribers and the errors callers must check.
//
// It depends on the standard library only. Adapters (git, SQL, SMTP, HTTP)
// translate their own errors into the sentinels declared here, so callers
// use errors.Is.
package notice

import (
	"errors"
	"fmt"
	"time"
)

// Errors a caller must check. Adapters wrap them with context.
var (
	ErrNotFound       = errors.New("notice: not found")
	ErrNoticeNotFound = errors.New("notice: no such notice")
	ErrRevNotFound    = errors.New("notice: revision not found")
	ErrAmbiguous      = errors.New("notice: ambiguous revision prefix")
	ErrBeforeFirst    = errors.New("notice: no revision in effect at that date")
	ErrNotRepository  = errors.New("notice: not a notice repository")
	ErrExists         = errors.New("notice: already exists")
	ErrTooSoon        = errors.New("notice: effective date is sooner than the notice period allows")
	ErrInvalidName    = errors.New("notice: invalid notice name")
	ErrInvalidInput   = errors.New("notice: invalid input")
	ErrNoChange       = errors.New("notice: no change")
	ErrConflict       = errors.New("notice: concurrent update")
	ErrLate           = errors.New("notice: effective date has passed")
)

// ValidateName reports whether name may name a notice: lower-case ASCII
// letters, digits, '.', '_' and '-', starting with a letter or digit, at most
// 64 characters, and never "..". The name becomes a file name,
// notices/<name>.md, in the notice repository.
func ValidateName(name string) error {
	if !validName(name) || containsDotDot(name) {
		return fmt.Errorf("%w %q: use lower-case letters, digits, '.', '_' or '-' (no '/', '..' or spaces), e.g. privacy", ErrInvalidName, name)
	}
	return nil
}

// validName matches ^[a-z0-9][a-z0-9._-]{0,63}$ (without a regular
// expression, which would be compiled at every start of the program).
func validName(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case (c == '.' || c == '_' || c == '-') && i > 0:
		default:
			return false
		}
	}
	return true
}

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// Config is a notice repository's configuration.
type Config struct {
	// NoticeDays is the notice period in days: a material revision may not
	// take effect sooner than its posting time plus this period.
	NoticeDays int `json:"notice_days"`
	// TimeZone is an IANA zone name; a bare date (2017-06-24) means the
	// start of that day in this zone.
	TimeZone string `json:"time_zone"`
	// BaseURL is where the public archive is served, used in emails and feeds.
	BaseURL string `json:"base_url,omitempty"`
}

// DefaultConfig is the configuration of a new repository.
func DefaultConfig() Config { return Config{NoticeDays: 30, TimeZone: "UTC"} }

// Location returns the configured time zone, UTC when it is empty.
func (c Config) Location() (*time.Location, error) {
	if c.TimeZone == "" {
		return time.UTC, nil
	}
	loc, err := time.LoadLocation(c.TimeZone)
	if err != nil {
		return nil, fmt.Errorf("%w: time zone %q: %v", ErrInvalidInput, c.TimeZone, err)
	}
	return loc, nil
}

// EarliestEffective is the earliest effective date a material revision
// posted at posted may have.
func (c Config) EarliestEffective(posted time.Time) time.Time {
	return posted.AddDate(0, 0, c.NoticeDays)
}
