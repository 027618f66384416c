package notify

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/mailer"
	"github.com/noticeproject/notice/internal/mailer/smtptest"
	"github.com/noticeproject/notice/internal/message"
	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/store"
	"github.com/noticeproject/notice/internal/store/storetest"
	"github.com/noticeproject/notice/templates"
)

// TestTwoProcessesOneCampaign runs two services, each with its own
// connection to the real store (as two machines would), on one campaign
// against a server that fails some recipients: every recipient is sent
// exactly one message, and the ledger agrees with the server.
func TestTwoProcessesOneCampaign(t *testing.T) {
	for _, be := range storetest.Backends() {
		t.Run(be.Name, func(t *testing.T) {
			const n = 60
			ctx := context.Background()
			url := be.URL(t)
			srv, err := smtptest.Start()
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			srv.Delay = 2 * time.Millisecond
			srv.Fault = func(to string, k int) smtptest.Fault {
				switch {
				case to == "user3@example.com":
					return smtptest.Fault{Code: 550}
				case to == "user5@example.com" && k == 1:
					return smtptest.Fault{Code: 451}
				case to == "user8@example.com" && k == 1:
					return smtptest.Fault{Drop: true}
				}
				return smtptest.Fault{}
			}
			tr, err := mailer.NewSMTP("smtp://"+srv.Addr+"?timeout=5s", mailer.Options{})
			if err != nil {
				t.Fatal(err)
			}
			r, err := message.New(templates.Email(), message.Options{From: "Example <privacy@example.com>"})
			if err != nil {
				t.Fatal(err)
			}
			repo := newRepo(time.Now().UTC(), 30*24*time.Hour)
			var stores []*store.Store
			for range 2 {
				st, err := store.Open(ctx, url)
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
				stores = append(stores, st)
			}
			subs := make([]notice.Subscriber, n)
			for i := range subs {
				subs[i] = notice.Subscriber{Email: fmt.Sprintf("user%d@example.com", i+1), Name: fmt.Sprintf("User %d", i+1)}
			}
			if _, _, err := stores[0].ImportSubscribers(ctx, subs); err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			errs := make([]error, 2)
			for i, st := range stores {
				svc := &Service{Store: st, Repo: repo, Classify: classify, Renderer: r,
					NewSender: func() Sender { return tr.Conn() }, Now: func() time.Time { return time.Now().UTC() }}
				wg.Go(func() {
					opt := fast()
					opt.Lease = time.Minute
					_, errs[i] = svc.Run(ctx, "privacy", opt)
				})
			}
			wg.Wait()
			for _, err := range errs {
				if err != nil {
					t.Fatal(err)
				}
			}
			got := srv.Received()
			for i := 1; i <= n; i++ {
				to := fmt.Sprintf("user%d@example.com", i)
				want := 1
				if i == 3 {
					want = 0
				}
				if got[to] != want {
					t.Errorf("%s got %d messages, want %d", to, got[to], want)
				}
			}
			c, err := stores[0].Status(ctx, amendID)
			if err != nil || c.Sent != n-1 || c.FailedPermanent != 1 || outstanding(c) != 0 {
				t.Errorf("ledger = %+v, %v, want %d sent and 1 failed-permanent", c, err, n-1)
			}
		})
	}
}
