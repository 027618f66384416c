package web

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/notice"
)

// TestFindMatchesDomain checks the archive's dated look-up against
// History.InEffect and AsPosted on random histories, including equal
// posting times, effective dates before or long after posting, and
// histories out of posting order.
func TestFindMatchesDomain(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	day := func(n int) time.Time { return base.AddDate(0, 0, n) }
	for round := 0; round < 500; round++ {
		n := rng.IntN(12)
		h := make(notice.History, n)
		posted := 0
		for i := range h {
			posted += rng.IntN(3) // equal posting times happen
			h[i] = notice.Revision{
				ID:        string(rune('a'+i)) + "000",
				Posted:    day(posted),
				Effective: day(posted + rng.IntN(9) - 2),
			}
		}
		if round%5 == 0 && n > 1 {
			i, j := rng.IntN(n), rng.IntN(n)
			h[i], h[j] = h[j], h[i]
		}
		hs := newHistory(h, time.Second)
		for d := -5; d < posted+10; d++ {
			at := day(d).Add(time.Duration(rng.IntN(3)-1) * time.Hour)
			for _, asPosted := range []bool{false, true} {
				var want notice.Revision
				var werr error
				if asPosted {
					want, werr = h.AsPosted(at)
				} else {
					want, werr = h.InEffect(at)
				}
				i, err := hs.find(at, asPosted)
				if (err != nil) != (werr != nil) {
					t.Fatalf("round %d, %s, as posted %v: error %v, want %v", round, at, asPosted, err, werr)
				}
				if err != nil {
					if err.Error() != werr.Error() {
						t.Fatalf("error %q, want %q", err, werr)
					}
					continue
				}
				if h[i].ID != want.ID {
					t.Fatalf("round %d, %s, as posted %v: got %s, want %s (sorted %v)", round, at, asPosted, h[i].ID, want.ID, hs.sorted)
				}
			}
		}
	}
}
