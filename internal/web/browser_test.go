package web

import (
	"context"
	"errors"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium returns the path of the Chromium binary, skipping the test when
// there is none (and failing it in CI, where it must be installed).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "/usr/bin/chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("NOTICE_CI") == "1" {
		t.Fatal("chromium is not installed (apt-get install chromium); NOTICE_CI=1 requires it")
	}
	t.Skip("chromium is not installed: skipping the browser test")
	return ""
}

// TestBrowser opens the archive in headless Chromium and walks it the way a
// reader does: notices → current notice → history → a dated snapshot →
// its redline against the previous revision, by clicking links.
func TestBrowser(t *testing.T) {
	bin := chromium(t)
	f := newFixture(t)
	s := newServer(t, f.repo)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := s.HTTPServer(ln.Addr().String())
	go func() {
		if err := srv.Serve(Listener(ln)); err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("serve: %v", err)
		}
	}()
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	// Start the browser with a context that has no deadline (it would stop
	// the browser), then bound the walk itself.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancelWalk := context.WithTimeout(ctx, 60*time.Second)
	defer cancelWalk()

	rev2 := "/privacy/rev/" + f.ids[1]
	steps := []struct {
		what  string
		click string // CSS selector of the link to follow
		wait  string // CSS selector that only the next page has
		path  string // where the link must lead
	}{
		{"open the current notice", `table.list a[href="/privacy"]`, `aside.banner`, "/privacy"},
		{"open its history", `header nav a[href="/privacy/history"]`, `table.history`, "/privacy/history"},
		{"open the 2017 revision", `table.history a[href="` + rev2 + `"]`, `article.notice`, rev2},
		{"compare it with the previous one", `nav.walk a[href$="..` + f.ids[1] + `"]`, `div.redline`, "/privacy/diff/" + f.ids[0] + ".." + f.ids[1]},
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("table.list"))); err != nil {
		t.Fatalf("open %s/: %v", base, err)
	}
	var banner string
	for _, st := range steps {
		err := chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS(st.click)),
			chromedp.WaitVisible(chromedp.CSS(st.wait)),
		)
		if err != nil {
			t.Fatalf("%s: %v", st.what, err)
		}
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		if loc != base+st.path {
			t.Fatalf("%s: at %s, want %s", st.what, loc, base+st.path)
		}
		shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		saveScreenshot(t, strings.ReplaceAll(st.what, " ", "-")+".png", shot)
		if st.wait == "aside.banner" {
			if banner, err = chromedp.Run(ctx, chromedp.Text(chromedp.CSS("aside.banner"))); err != nil {
				t.Fatal(err)
			}
		}
	}
	if !strings.Contains(banner, "Changes to this notice take effect on 15 February 2026") {
		t.Errorf("current page banner = %q, want the pending change's date", banner)
	}
	deleted, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("div.redline section del")))
	if err != nil {
		t.Fatal(err)
	}
	inserted, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("div.redline section ins")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(deleted, "We do not share your data") || !strings.Contains(inserted, "advertising partners") {
		t.Errorf("redline shows deleted %q and inserted %q", deleted, inserted)
	}
	// The stylesheet applied (no inline style is allowed by the CSP): the
	// deleted text is struck through.
	deco, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("div.redline del")).textDecorationLine`))
	if err != nil {
		t.Fatal(err)
	}
	if deco != "line-through" {
		t.Errorf("deleted text decoration = %q, want line-through (is the stylesheet loaded?)", deco)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, "redline.png", shot)

	// The current page on a phone, with the script in the notice as text.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)),
		chromedp.Navigate(base+"/privacy"), chromedp.WaitVisible(chromedp.CSS("article.notice"))); err != nil {
		t.Fatal(err)
	}
	raw, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("pre.raw")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(raw, `<script>alert("owned")</script>`) {
		t.Errorf("the notice's <script> shows as %q, want its text", raw)
	}
	width, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
	if err != nil {
		t.Fatal(err)
	}
	if width > 390 {
		t.Errorf("the current page is %d px wide on a 390 px phone: it scrolls sideways", width)
	}
	shot, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	saveScreenshot(t, "current-phone.png", shot)
}

// saveScreenshot writes a screenshot to the test's temporary directory,
// and also to NOTICE_SCREENSHOTS when set, to look at after the run.
func saveScreenshot(t *testing.T, name string, b []byte) {
	t.Helper()
	dirs := []string{t.TempDir()}
	if d := os.Getenv("NOTICE_SCREENSHOTS"); d != "" {
		dirs = append(dirs, d)
	}
	for _, d := range dirs {
		if err := os.WriteFile(filepath.Join(d, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("screenshot %s: %d bytes", name, len(b))
}
