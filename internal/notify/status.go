package notify

import (
	"context"
	"fmt"
	"time"

	"github.com/noticeproject/notice/internal/notice"
)

// RevisionStatus is where one revision's campaign stands.
type RevisionStatus struct {
	Revision  notice.Revision       `json:"revision"`
	Counts    notice.DeliveryCounts `json:"counts"`
	Remaining int                   `json:"remaining"` // queued, sending or to be retried
	// TimeLeft is how long until the revision takes effect; negative once
	// it has.
	TimeLeft time.Duration `json:"time_left_ns"`
}

// Status returns the campaign of each revision of name that notices may be
// sent for now: the pending material revisions and the material revision
// in effect.
func (s *Service) Status(ctx context.Context, name string) ([]RevisionStatus, error) {
	h, err := s.Repo.History(name)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	out := []RevisionStatus{}
	for _, rev := range candidates(h, now) {
		c, err := s.Store.Status(ctx, rev.ID)
		if err != nil {
			return nil, fmt.Errorf("status %s: %w", rev.Short(), err)
		}
		out = append(out, RevisionStatus{Revision: rev, Counts: c, Remaining: outstanding(c), TimeLeft: rev.Effective.Sub(now)})
	}
	return out, nil
}

// FormatDuration renders a time left, to the nearest second and without
// its sign, as "12d 3h", "3h 4m" or "4m 5s".
func FormatDuration(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	d = d.Round(time.Second)
	switch days := int(d / (24 * time.Hour)); {
	case days > 0:
		return fmt.Sprintf("%dd %dh", days, int(d%(24*time.Hour)/time.Hour))
	case d >= time.Hour:
		return fmt.Sprintf("%dh %dm", int(d/time.Hour), int(d%time.Hour/time.Minute))
	}
	return fmt.Sprintf("%dm %ds", int(d/time.Minute), int(d%time.Minute/time.Second))
}
