package store_test

import (
	"context"
	"fmt"
	"syscall"
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

// BenchmarkRecordAll records sent outcomes several at a time, as notify's
// ledger does when the outcomes of several workers arrive together, so
// that the cost of a commit shared by a batch shows against
// BenchmarkRecord's one commit per outcome. The rows of a batch are taken
// from different claims, as different workers' rows are.
func BenchmarkRecordAll(b *testing.B) {
	for _, be := range storetest.Backends() {
		b.Run(be.Name, func(b *testing.B) {
			for _, size := range []int{1, 4, 16} {
				b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
					ctx := context.Background()
					st := open(b, be.URL(b))
					const claim = 50
					addN(b, st, b.N+size*claim)
					if _, err := st.Enqueue(ctx, notice.Revision{ID: "bench", Notice: "privacy"}); err != nil {
						b.Fatal(err)
					}
					b.ResetTimer()
					cpu0 := cpuTime()
					defer func() { b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op") }()
					for done := 0; done < b.N; {
						claims := make([][]notice.Delivery, size)
						for i := range claims {
							got, err := st.Claim(ctx, "bench", fmt.Sprintf("w%d", i), claim, t0, time.Hour)
							if err != nil || len(got) == 0 {
								b.Fatalf("Claim = %d rows, %v", len(got), err)
							}
							claims[i] = got
						}
						for j := 0; j < claim && done < b.N; j++ {
							var ds []notice.Delivery
							for i := range claims {
								d := claims[i][j]
								sent := t0
								d.State, d.Attempts, d.SentAt, d.Reply, d.MessageID = notice.Sent, 1, &sent, "250 2.0.0 Ok", "<m@example.com>"
								ds = append(ds, d)
							}
							errs, err := st.RecordAll(ctx, ds)
							if err != nil {
								b.Fatal(err)
							}
							for _, err := range errs {
								if err != nil {
									b.Fatal(err)
								}
							}
							done += len(ds)
						}
					}
				})
			}
		})
	}
}

// cpuTime is the CPU time the process has used: other work on the machine
// slows the wall clock, much less this.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
