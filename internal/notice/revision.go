package notice

import (
	"fmt"
	"sort"
	"time"
)

// Revision is one published version of a notice. In the notice repository
// it is a commit whose trailers carry the fields below; the commit time is
// when it was posted.
type Revision struct {
	ID         string    `json:"id"`     // full commit id (hex)
	Notice     string    `json:"notice"` // the notice's name
	Posted     time.Time `json:"posted"`
	Effective  time.Time `json:"effective"`
	Material   bool      `json:"material"`
	Categories []string  `json:"categories"`
	Impact     Impact    `json:"impact"`
	Summary    string    `json:"summary,omitempty"`
	Author     string    `json:"author,omitempty"`
	// Override is set when a person overruled the classifier.
	Override *Override `json:"override,omitempty"`
	// Imported marks a revision backfilled from a dated history.
	Imported bool `json:"imported,omitempty"`
}

// Override records that a person overruled the classifier, and why.
type Override struct {
	// Classified is what the classifier said (material or not).
	Classified bool   `json:"classified_material"`
	Reason     string `json:"reason"`
}

// Short returns the first 12 hex digits of the revision id.
func (r Revision) Short() string {
	if len(r.ID) > 12 {
		return r.ID[:12]
	}
	return r.ID
}

// Pending reports whether the revision is posted but not yet in effect at t.
func (r Revision) Pending(t time.Time) bool { return r.Effective.After(t) }

// History is a notice's revisions, in posting order (oldest first).
type History []Revision

// Sort orders h by posting time, oldest first, keeping the given order for
// equal times.
func (h History) Sort() {
	sort.SliceStable(h, func(i, j int) bool { return h[i].Posted.Before(h[j].Posted) })
}

// InEffect returns the revision in effect at t: the newest-posted revision
// whose effective date is not after t (and that was posted by t). It returns
// an error wrapping ErrBeforeFirst, naming the first effective date, when
// none was.
func (h History) InEffect(t time.Time) (Revision, error) {
	for i := len(h) - 1; i >= 0; i-- {
		if !h[i].Effective.After(t) && !h[i].Posted.After(t) {
			return h[i], nil
		}
	}
	return Revision{}, h.beforeFirst(t, true)
}

// AsPosted returns what was shown on t: the newest revision posted at or
// before t, even if it was not yet in effect.
func (h History) AsPosted(t time.Time) (Revision, error) {
	for i := len(h) - 1; i >= 0; i-- {
		if !h[i].Posted.After(t) {
			return h[i], nil
		}
	}
	return Revision{}, h.beforeFirst(t, false)
}

func (h History) beforeFirst(t time.Time, effective bool) error {
	if len(h) == 0 {
		return fmt.Errorf("%w: the notice has no revisions", ErrBeforeFirst)
	}
	first := h[0].Posted
	what := "posted"
	if effective {
		what = "in effect"
		first = h[0].Effective
		for _, r := range h {
			if r.Effective.Before(first) {
				first = r.Effective
			}
		}
	}
	return fmt.Errorf("%w: %s is before the first revision was %s (%s)", ErrBeforeFirst,
		t.Format(time.RFC3339), what, first.Format(time.RFC3339))
}

// Pending returns the revisions posted by now that take effect after now.
func (h History) Pending(now time.Time) History {
	var out History
	for _, r := range h {
		if r.Pending(now) && !r.Posted.After(now) {
			out = append(out, r)
		}
	}
	return out
}

// Previous returns the revision posted just before the one with id, and
// false when id is the first or absent.
func (h History) Previous(id string) (Revision, bool) {
	for i, r := range h {
		if r.ID == id {
			if i == 0 {
				return Revision{}, false
			}
			return h[i-1], true
		}
	}
	return Revision{}, false
}
