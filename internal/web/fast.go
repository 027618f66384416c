package web

import (
	"net/http"
	"sync"
)

// urlIndex remembers, for the URLs of pages that depend on nothing but a
// notice's history (a revision, a dated snapshot, a redline), the cache key
// of their page, so that asking for one again skips routing, parsing dates,
// resolving revisions and building keys: a hit is a look-up here, one in
// the page cache and the headers. Entries name the history they were made
// from and are used only while the server still holds that history, so a
// newly published revision (which moves dated look-ups and adds "next"
// links) is never hidden. The clock-dependent pages (the current notice,
// the history, the index) never enter it.
type urlIndex struct {
	mu   sync.RWMutex
	urls map[urlKey]urlHit
}

// maxURLs bounds the index; when full it starts again empty.
const maxURLs = 16384

type urlKey struct {
	path string
	json bool
}

type urlHit struct {
	name   string
	gen    uint64   // the history's number (not the history, which it would keep alive)
	key    string   // the page cache key
	cacheV []string // the Cache-Control header value
}

func (x *urlIndex) get(k urlKey) (urlHit, bool) {
	x.mu.RLock()
	hit, ok := x.urls[k]
	x.mu.RUnlock()
	return hit, ok
}

func (x *urlIndex) add(k urlKey, hit urlHit) {
	x.mu.Lock()
	if x.urls == nil || len(x.urls) >= maxURLs {
		x.urls = make(map[urlKey]urlHit)
	}
	x.urls[k] = hit
	x.mu.Unlock()
}

// indexable reports whether r's URL may be remembered and answered from
// the index: a plain path, without a query or escapes (which the router
// would read differently), asked for with GET or HEAD.
func indexable(r *http.Request) bool {
	return (r.Method == http.MethodGet || r.Method == http.MethodHead) && r.URL.RawQuery == "" && r.URL.RawPath == ""
}

// serveIndexed answers r from the URL index and the page cache and reports
// whether it did; when it did not, nothing has been written.
func (s *Server) serveIndexed(w http.ResponseWriter, r *http.Request) bool {
	if !indexable(r) || r.Context().Value(ctxKey{}) != nil {
		return false // an export renders its own pages, with relative links
	}
	hit, ok := s.urls.get(urlKey{r.URL.Path, wantsJSON(r)})
	if !ok {
		return false
	}
	// load also starts a re-read of the history when it is due.
	if _, hs, err := s.load(hit.name); err != nil || hs.gen != hit.gen {
		return false
	}
	e, ok := s.cache.get(hit.key)
	if !ok {
		return false
	}
	w.Header()["Vary"] = headerVary
	s.write(w, r, e, hit.cacheV, false)
	return true
}
