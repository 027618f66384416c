package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

// FuzzServe sends arbitrary paths, queries and Accept headers: the archive
// answers every one without panicking and without a server error.
func FuzzServe(f *testing.F) {
	fx := newFixture(f)
	s := newServer(f, fx.repo)
	for _, seed := range []string{
		"/", "/privacy", "/privacy/at/2017-07-01", "/privacy/diff/@2017-02-01..@2018-06-01",
		"/privacy/diff/" + fx.ids[0][:6] + ".." + fx.ids[1], "/privacy/rev/" + fx.ids[2][:4],
		"/privacy/blame?at=2018-01-01", "/privacy/at?date=2017-13-01", "/privacy/diff?from=..&to=@",
		"/privacy/at/2017-07-01T25:00:00Z", "/%ff%fe/at", "/privacy/diff/@..@",
	} {
		f.Add(seed, "text/html")
	}
	f.Fuzz(func(t *testing.T, target, accept string) {
		u, err := url.ParseRequestURI(target)
		if err != nil || u.Host != "" || u.Scheme != "" {
			return
		}
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.URL = u
		req.RequestURI = target
		req.Header.Set("Accept", accept)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Errorf("GET %q = %d: %s", target, rec.Code, firstLine(rec.Body.String()))
		}
	})
}
