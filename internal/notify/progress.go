package notify

import (
	"fmt"
	"strings"
	"time"
)

// progress reports on s.Progress until the returned func is called: a bar
// redrawn in place on a terminal, otherwise a line every ten seconds.
func (r *run) progress() (stop func()) {
	w := r.s.Progress
	if w == nil {
		return func() {}
	}
	every := 10 * time.Second
	if r.s.Terminal {
		every = 250 * time.Millisecond
	}
	start := time.Now()
	quit := make(chan struct{})
	finished := make(chan struct{})
	line := func() string {
		done, total := r.done.Load(), r.total.Load()
		rate := float64(r.sent.Load()) / max(time.Since(start).Seconds(), 0.001)
		return fmt.Sprintf("%d/%d done, %d sent, %d failed, %d retried, %.0f msg/s",
			done, total, r.sent.Load(), r.failed.Load(), r.retried.Load(), rate)
	}
	draw := func() {
		if !r.s.Terminal {
			fmt.Fprintf(w, "notify %s: %s\n", r.rev.Short(), line())
			return
		}
		done, total := r.done.Load(), max(r.total.Load(), 1)
		const width = 30
		filled := int(min(done*width/total, width))
		fmt.Fprintf(w, "\r[%s%s] %s\x1b[K", strings.Repeat("#", filled), strings.Repeat(".", width-filled), line())
	}
	go func() {
		defer close(finished)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-quit:
				if r.s.Terminal {
					draw()
					fmt.Fprintln(w)
				}
				return
			case <-t.C:
				draw()
			}
		}
	}()
	return func() {
		close(quit)
		<-finished
	}
}
