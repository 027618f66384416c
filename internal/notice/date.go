package notice

import (
	"fmt"
	"strings"
	"time"
)

// ParseDate reads a date as the CLI and the archive take it: 2006-01-02
// (the start of that day in loc) or RFC 3339. It returns an error wrapping
// ErrInvalidInput for anything else, including impossible dates.
func ParseDate(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if loc == nil {
		loc = time.UTC
	}
	if t, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
		return t.UTC(), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	return time.Time{}, fmt.Errorf("%w: date %q: use YYYY-MM-DD or RFC 3339 (2017-06-24T00:00:00Z)", ErrInvalidInput, s)
}

// Resolve finds the revision that ref names in h: a full revision id, a
// unique prefix of one (at least 4 hex digits), or @DATE, the revision in
// effect on DATE (see InEffect). Errors wrap ErrRevNotFound, ErrAmbiguous,
// ErrBeforeFirst or ErrInvalidInput.
func (h History) Resolve(ref string, loc *time.Location) (Revision, error) {
	if strings.HasPrefix(ref, "@") {
		t, err := ParseDate(ref[1:], loc)
		if err != nil {
			return Revision{}, err
		}
		return h.InEffect(t)
	}
	ref = strings.ToLower(ref)
	if len(ref) < 4 || strings.Trim(ref, "0123456789abcdef") != "" {
		return Revision{}, fmt.Errorf("%w: %q: give a revision id (at least 4 hex digits) or @DATE", ErrRevNotFound, ref)
	}
	var found []Revision
	for _, r := range h {
		if strings.HasPrefix(r.ID, ref) {
			found = append(found, r)
		}
	}
	switch len(found) {
	case 0:
		return Revision{}, fmt.Errorf("%w: %s", ErrRevNotFound, ref)
	case 1:
		return found[0], nil
	}
	return Revision{}, fmt.Errorf("%w: %s matches %d revisions; give more digits", ErrAmbiguous, ref, len(found))
}
