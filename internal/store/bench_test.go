package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/store/storetest"
)

// BenchmarkEnqueueClaim queues one revision for 100,000 subscribers and
// claims every row in batches, as notify's workers do; it reports rows per
// second for each step. PostgreSQL runs when NOTICE_TEST_POSTGRES is set.
func BenchmarkEnqueueClaim(b *testing.B) {
	const n = 100_000
	for _, be := range storetest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			ctx := context.Background()
			st := open(b, be.URL(b))
			addN(b, st, n)
			// The testing package calls each sub-benchmark more than once
			// (b.N = 1 first): every round needs a revision of its own.
			round := 0
			for _, batch := range []int{20, 500} {
				b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
					var enq, claim time.Duration
					claimed := 0
					for i := 0; i < b.N; i++ {
						round++
						id := fmt.Sprintf("bench-%d-%d", batch, round)
						start := time.Now()
						if got, err := st.Enqueue(ctx, notice.Revision{ID: id, Notice: "privacy"}); err != nil || got != n {
							b.Fatalf("Enqueue = %d, %v, want %d", got, err, n)
						}
						enq += time.Since(start)
						start = time.Now()
						for {
							got, err := st.Claim(ctx, id, "bench", batch, t0, time.Hour)
							if err != nil {
								b.Fatal(err)
							}
							if len(got) == 0 {
								break
							}
							claimed += len(got)
						}
						claim += time.Since(start)
					}
					if claimed != n*b.N {
						b.Fatalf("claimed %d rows, want %d", claimed, n*b.N)
					}
					b.ReportMetric(float64(n*b.N)/enq.Seconds(), "enqueued/s")
					b.ReportMetric(float64(claimed)/claim.Seconds(), "claimed/s")
				})
			}
		})
	}
}

// BenchmarkRecord records one sent outcome per claimed row: the write
// notify makes for every message.
func BenchmarkRecord(b *testing.B) {
	for _, be := range storetest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			ctx := context.Background()
			st := open(b, be.URL(b))
			addN(b, st, b.N)
			if _, err := st.Enqueue(ctx, notice.Revision{ID: "bench", Notice: "privacy"}); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for {
				got, err := st.Claim(ctx, "bench", "bench", 100, t0, time.Hour)
				if err != nil {
					b.Fatal(err)
				}
				if len(got) == 0 {
					break
				}
				for _, d := range got {
					sent := t0
					d.State, d.Attempts, d.SentAt, d.Reply, d.MessageID = notice.Sent, 1, &sent, "250 2.0.0 Ok", "<m@example.com>"
					if err := st.Record(ctx, d); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
