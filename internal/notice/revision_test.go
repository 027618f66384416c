package notice

import (
	"errors"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// history: a posted 01-01 in effect 01-01; b posted 02-01 in effect 03-01;
// c (editorial) posted 02-15 in effect 02-15, superseding a before b.
func testHistory() History {
	return History{
		{ID: "aaaa1111", Posted: day("2020-01-01"), Effective: day("2020-01-01")},
		{ID: "bbbb2222", Posted: day("2020-02-01"), Effective: day("2020-03-01"), Material: true},
		{ID: "cccc3333", Posted: day("2020-02-15"), Effective: day("2020-02-15")},
	}
}

func TestInEffectAndAsPosted(t *testing.T) {
	h := append(testHistory(), Revision{ID: "dddd4444", Posted: day("2020-04-01"), Effective: day("2020-05-01"), Material: true})
	tests := []struct {
		at               string
		effect, asPosted string
	}{
		{"2020-01-01", "aaaa1111", "aaaa1111"},
		{"2020-02-10", "aaaa1111", "bbbb2222"},
		{"2020-02-20", "cccc3333", "cccc3333"},
		// The newest-posted revision in effect wins, as the issue defines it.
		{"2020-03-01", "cccc3333", "cccc3333"},
		{"2020-04-15", "cccc3333", "dddd4444"},
		{"2020-05-01", "dddd4444", "dddd4444"},
	}
	for _, tt := range tests {
		got, err := h.InEffect(day(tt.at))
		if err != nil || got.ID != tt.effect {
			t.Errorf("InEffect(%s) = %s, %v, want %s", tt.at, got.ID, err, tt.effect)
		}
		got, err = h.AsPosted(day(tt.at))
		if err != nil || got.ID != tt.asPosted {
			t.Errorf("AsPosted(%s) = %s, %v, want %s", tt.at, got.ID, err, tt.asPosted)
		}
	}
	_, err := h.InEffect(day("2019-12-31"))
	if !errors.Is(err, ErrBeforeFirst) {
		t.Errorf("InEffect(before first) error = %v, want ErrBeforeFirst", err)
	}
	if err != nil && !contains(err.Error(), "2020-01-01") {
		t.Errorf("InEffect(before first) error %q does not name the first date", err)
	}
}

func TestResolve(t *testing.T) {
	h := append(testHistory(), Revision{ID: "aaaa9999", Posted: day("2021-01-01"), Effective: day("2021-01-01")})
	tests := []struct {
		ref, want string
		err       error
	}{
		{"bbbb2222", "bbbb2222", nil},
		{"bbbb", "bbbb2222", nil},
		{"BBBB", "bbbb2222", nil},
		{"aaaa", "", ErrAmbiguous},
		{"dddd", "", ErrRevNotFound},
		{"zz", "", ErrRevNotFound},
		{"@2020-02-20", "cccc3333", nil},
		{"@2019-01-01", "", ErrBeforeFirst},
		{"@2020-02-30", "", ErrInvalidInput},
	}
	for _, tt := range tests {
		got, err := h.Resolve(tt.ref, time.UTC)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("Resolve(%q) error = %v, want %v", tt.ref, err, tt.err)
			}
			continue
		}
		if err != nil || got.ID != tt.want {
			t.Errorf("Resolve(%q) = %s, %v, want %s", tt.ref, got.ID, err, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	tests := []struct {
		in   string
		loc  *time.Location
		want string
		ok   bool
	}{
		{"2017-06-24", time.UTC, "2017-06-24T00:00:00Z", true},
		{"2017-06-24", ny, "2017-06-24T04:00:00Z", true},
		{"2017-06-24T10:00:00+02:00", ny, "2017-06-24T08:00:00Z", true},
		{"2017-02-30", time.UTC, "", false},
		{"24/06/2017", time.UTC, "", false},
		{"", time.UTC, "", false},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in, tt.loc)
		if (err == nil) != tt.ok {
			t.Errorf("ParseDate(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
			continue
		}
		if tt.ok && got.Format(time.RFC3339) != tt.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tt.in, got.Format(time.RFC3339), tt.want)
		}
	}
}

func TestValidateName(t *testing.T) {
	for _, ok := range []string{"privacy", "terms-of-service", "a", "v2.privacy"} {
		if err := ValidateName(ok); err != nil {
			t.Errorf("ValidateName(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"", "a/b", "..", "a..b", "has space", "Upper", "-x", "../etc"} {
		if err := ValidateName(bad); !errors.Is(err, ErrInvalidName) {
			t.Errorf("ValidateName(%q) = %v, want ErrInvalidName", bad, err)
		}
	}
}

func TestCombine(t *testing.T) {
	tests := []struct {
		in   []Impact
		want Impact
	}{
		{nil, ImpactNone},
		{[]Impact{ImpactNeutral}, ImpactNeutral},
		{[]Impact{ImpactNeutral, ImpactMoreProtective}, ImpactMoreProtective},
		{[]Impact{ImpactMoreProtective, ImpactLessProtective, ImpactNeutral}, ImpactLessProtective},
	}
	for _, tt := range tests {
		if got := Combine(tt.in...); got != tt.want {
			t.Errorf("Combine(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func contains(s, sub string) bool {
	return len(sub) == 0 || (len(s) >= len(sub) && (s[:len(sub)] == sub || contains(s[1:], sub)))
}
