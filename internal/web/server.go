// Package web serves the public archive of notices over HTTP: the notice in
// effect now with a banner for a pending change, every revision at a
// permanent URL, the revision in effect on any date, redlines between any two
// revisions, sentence blame, an Atom feed (RFC 4287) and a JSON banner for the
// company's own site. Every page is also served as JSON when the request
// prefers application/json.
//
// The archive is read-only. Pages of a revision are immutable once posted,
// so they are rendered once, kept in a bounded in-memory cache and sent with
// strong ETags (RFC 9110 §8.8.3) and long cache lifetimes; pages that depend
// on the current time revalidate. It is the only package that serves HTTP.
package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/yuin/goldmark"

	"github.com/noticeproject/notice/internal/notice"
)

// Archive is the notice repository as the web archive reads it.
// *gitrepo.Repo satisfies it.
type Archive interface {
	// Names returns the notices' names, sorted.
	Names() ([]string, error)
	// History returns a notice's revisions, oldest first, or an error
	// wrapping notice.ErrNoticeNotFound.
	History(name string) (notice.History, error)
	// Content returns the text of a revision.
	Content(name, id string) ([]byte, error)
	// Config returns the repository's configuration.
	Config() notice.Config
}

// Options configure a Server. The zero value is usable.
type Options struct {
	// BaseURL is the archive's public URL, used for absolute links in the
	// feed and the banner. Empty means the repository's configured base URL,
	// or else the scheme and host of each request.
	BaseURL string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// ErrorLog receives internal errors (never shown to readers); nil
	// discards them.
	ErrorLog io.Writer
	// CacheBytes bounds the rendered-page cache; 0 means 64 MiB.
	CacheBytes int
	// HistoryTTL is how long a notice's history, once read, is reused
	// before the repository is asked again: new revisions appear on the
	// archive within this time. 0 means one second; negative means every
	// request reads the history.
	HistoryTTL time.Duration
}

// Server is the web archive. It is an http.Handler; its methods may be
// called from several goroutines.
type Server struct {
	arch    Archive
	now     func() time.Time
	base    string
	loc     *time.Location
	errLog  *log.Logger
	pages   map[string]*template.Template
	css     []byte
	cssETag string
	md      goldmark.Markdown
	cache   *lru
	urls    urlIndex
	mux     *http.ServeMux

	flightMu sync.Mutex
	flights  map[string]*flight

	ttl     time.Duration
	histMu  sync.RWMutex
	hist    map[string]*history
	histGen atomic.Uint64 // numbers the histories read
}

// Cache lifetimes.
const (
	cacheImmutable  = "public, max-age=31536000, immutable"
	cacheRevalidate = "no-cache"
	cacheShort      = "public, max-age=300"
)

// Security headers sent with every response. Pages need no script and no
// inline style: the only stylesheet is /static/style.css.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// Header values shared by every response; net/http only reads them.
var (
	headerCSP      = []string{contentSecurityPolicy}
	headerNosniff  = []string{"nosniff"}
	headerReferrer = []string{"no-referrer"}
	headerVary     = []string{"Accept"}

	cacheHeaders = map[string][]string{
		cacheImmutable:  {cacheImmutable},
		cacheRevalidate: {cacheRevalidate},
		cacheShort:      {cacheShort},
	}
)

func cacheHeader(v string) []string {
	if hv, ok := cacheHeaders[v]; ok {
		return hv
	}
	return []string{v}
}

// New returns a Server for a. It returns an error when the templates do not
// parse or the configured time zone is unknown.
func New(a Archive, opts Options) (*Server, error) {
	cfg := a.Config()
	loc, err := cfg.Location()
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	s := &Server{
		arch:  a,
		now:   opts.Now,
		base:  strings.TrimRight(opts.BaseURL, "/"),
		loc:   loc,
		md:    newMarkdown(),
		cache: newLRU(opts.CacheBytes),
		ttl:   opts.HistoryTTL,
		hist:  make(map[string]*history),

		flights: make(map[string]*flight),
	}
	if s.ttl == 0 {
		s.ttl = time.Second
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.base == "" {
		s.base = strings.TrimRight(cfg.BaseURL, "/")
	}
	if opts.CacheBytes <= 0 {
		s.cache = newLRU(64 << 20)
	}
	w := opts.ErrorLog
	if w == nil {
		w = io.Discard
	}
	s.errLog = log.New(w, "web: ", 0)
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

// HTTPServer returns an http.Server for s listening on addr, with timeouts
// and a header size limit so that slow or malformed clients cannot hold
// connections or memory.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          s.errLog,
		ConnContext:       connContext,
	}
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.page(s.index))
	m.HandleFunc("GET /static/style.css", s.style)
	m.HandleFunc("GET /{name}", s.page(s.current))
	m.HandleFunc("GET /{name}/history", s.page(s.history))
	m.HandleFunc("GET /{name}/at", s.page(s.atForm))
	m.HandleFunc("GET /{name}/at/{date}", s.page(s.at))
	m.HandleFunc("GET /{name}/rev/{id}", s.page(s.revision))
	m.HandleFunc("GET /{name}/diff", s.page(s.diffForm))
	m.HandleFunc("GET /{name}/diff/{range}", s.page(s.diff))
	m.HandleFunc("GET /{name}/blame", s.page(s.blame))
	m.HandleFunc("GET /{name}/feed.atom", s.page(s.feed))
	m.HandleFunc("GET /{name}/banner.json", s.page(s.banner))
	m.HandleFunc("/", s.page(func(r *http.Request, _ *reqCtx) (*response, error) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			// The router sends other methods here; fail adds Allow.
			return nil, &httpError{http.StatusMethodNotAllowed, "The archive is read-only: use GET."}
		}
		return nil, errNotFound("There is no such page in the archive.")
	}))
	s.mux = m
}

// ServeHTTP serves the archive.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// Canonical keys set directly: this runs on every request.
	h := w.Header()
	h["Content-Security-Policy"] = headerCSP
	h["X-Content-Type-Options"] = headerNosniff
	h["Referrer-Policy"] = headerReferrer
	hc, _ := r.Context().Value(connKey{}).(*heldConn)
	if hc != nil {
		hc.hold()
	}
	if !s.serveIndexed(w, r) {
		s.mux.ServeHTTP(w, r)
	}
	if hc != nil {
		hc.send()
	}
}

// reqCtx is what a handler needs to know about the request beyond its path.
type reqCtx struct {
	json   bool
	link   func(path string) string // turns a site path into an href
	static bool                     // rendering for a static export
	only   string                   // in an export, the one notice the index lists
	base   string                   // absolute URL of the site root
}

type ctxKey struct{}

// response is a handler's result: a cached key and a way to build the body
// on a cache miss, or a redirect.
type response struct {
	key      string // cache key; empty means do not cache
	cache    string // Cache-Control
	build    func() (*rendered, error)
	redirect string
	cors     bool
	// hs is set when the page depends on nothing but the notice's history
	// as hs holds it, not on the clock: its URL may then be answered from
	// the URL index while the server holds that history.
	hs *history
}

// rendered is a page's view model and the template that shows it, or a
// body already encoded.
type rendered struct {
	tmpl  string
	data  any
	body  []byte
	ctype string
}

type handler func(r *http.Request, c *reqCtx) (*response, error)

// page adapts a handler: content negotiation, caching, ETags, conditional
// requests and error pages.
func (s *Server) page(h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, _ := r.Context().Value(ctxKey{}).(*reqCtx)
		if c == nil {
			c = &reqCtx{json: wantsJSON(r), link: func(p string) string { return p }, base: s.baseFor(r)}
		}
		w.Header()["Vary"] = headerVary
		resp, err := h(r, c)
		if err != nil {
			s.fail(w, r, c, err)
			return
		}
		if resp.redirect != "" {
			http.Redirect(w, r, resp.redirect, http.StatusFound)
			return
		}
		e, err := s.entry(resp, c)
		if err != nil {
			s.fail(w, r, c, err)
			return
		}
		cacheV := cacheHeader(resp.cache)
		if resp.hs != nil && e.key != "" && !c.static && indexable(r) {
			s.urls.add(urlKey{r.URL.Path, c.json}, urlHit{name: r.PathValue("name"), gen: resp.hs.gen, key: e.key, cacheV: cacheV})
		}
		s.write(w, r, e, cacheV, resp.cors)
	}
}

// write sends a page: its headers, or 304 when the request's If-None-Match
// names it, and its body.
func (s *Server) write(w http.ResponseWriter, r *http.Request, e *entry, cacheV []string, cors bool) {
	// Values built once per page: this is the path of every cache hit.
	h := w.Header()
	h["Content-Type"] = e.ctypeV
	h["Etag"] = e.etagV
	h["Cache-Control"] = cacheV
	if cors {
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Cross-Origin-Resource-Policy", "cross-origin")
	}
	if etagMatch(r.Header.Get("If-None-Match"), e.etag) {
		w.WriteHeader(http.StatusNotModified)
		sendHeld(w, r)
		return
	}
	h["Content-Length"] = e.lenV
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(e.body)
	}
	sendHeld(w, r)
}

// entry returns the response's body from the cache, rendering it on a miss.
func (s *Server) entry(resp *response, c *reqCtx) (*entry, error) {
	if resp.key == "" || c.static {
		return s.build(resp, c, "")
	}
	key := resp.key
	if c.json {
		key += "|json"
	}
	if e, ok := s.cache.get(key); ok {
		return e, nil
	}
	// One request renders a missing page; others asking for it meanwhile
	// wait for its result rather than render it again (a first blame of a
	// long history takes seconds).
	s.flightMu.Lock()
	if f, ok := s.flights[key]; ok {
		s.flightMu.Unlock()
		<-f.done
		return f.e, f.err
	}
	f := &flight{done: make(chan struct{})}
	s.flights[key] = f
	s.flightMu.Unlock()
	f.e, f.err = s.build(resp, c, key)
	s.flightMu.Lock()
	delete(s.flights, key)
	s.flightMu.Unlock()
	close(f.done)
	return f.e, f.err
}

// flight is a page being rendered.
type flight struct {
	done chan struct{}
	e    *entry
	err  error
}

// build renders the response's body and, when key is set, caches it.
func (s *Server) build(resp *response, c *reqCtx, key string) (*entry, error) {
	v, err := resp.build()
	if err != nil {
		return nil, err
	}
	e := &entry{key: key, body: v.body, ctype: v.ctype}
	if v.body == nil {
		if e.body, e.ctype, err = s.render(v, c); err != nil {
			return nil, err
		}
	}
	sum := sha256.Sum256(e.body)
	e.etag = `"` + hex.EncodeToString(sum[:16]) + `"`
	e.ctypeV, e.etagV, e.lenV = []string{e.ctype}, []string{e.etag}, []string{strconv.Itoa(len(e.body))}
	if key != "" {
		s.cache.add(e)
	}
	return e, nil
}

func (s *Server) render(v *rendered, c *reqCtx) ([]byte, string, error) {
	var buf bytes.Buffer
	if c.json {
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v.data); err != nil {
			return nil, "", fmt.Errorf("encode %s: %w", v.tmpl, err)
		}
		return buf.Bytes(), "application/json; charset=utf-8", nil
	}
	t, ok := s.pages[v.tmpl]
	if !ok {
		return nil, "", fmt.Errorf("no template %s", v.tmpl)
	}
	if err := t.ExecuteTemplate(&buf, "layout", v.data); err != nil {
		return nil, "", fmt.Errorf("render %s: %w", v.tmpl, err)
	}
	return buf.Bytes(), "text/html; charset=utf-8", nil
}

// etagMatch reports whether an If-None-Match header names etag (weak
// comparison, as RFC 9110 §13.1.2 requires for If-None-Match).
func etagMatch(header, etag string) bool {
	if header == "" {
		return false
	}
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}

// wantsJSON reports whether the request prefers JSON to HTML.
func wantsJSON(r *http.Request) bool {
	a := r.Header.Get("Accept")
	return strings.Contains(a, "application/json") && !strings.Contains(a, "text/html")
}

func (s *Server) baseFor(r *http.Request) string {
	if s.base != "" {
		return s.base
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// httpError is an error shown to the reader with its status.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errNotFound(format string, args ...any) error {
	return &httpError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

func errBadRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// status maps an error to an HTTP status and the message shown. Internal
// errors are logged and shown as a generic message.
func (s *Server) status(r *http.Request, err error) (int, string) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.Is(err, notice.ErrNoticeNotFound), errors.Is(err, notice.ErrInvalidName):
		return http.StatusNotFound, "There is no notice by that name."
	case errors.Is(err, notice.ErrRevNotFound), errors.Is(err, notice.ErrBeforeFirst), errors.Is(err, notice.ErrNotFound):
		return http.StatusNotFound, readerMessage(err)
	case errors.Is(err, notice.ErrInvalidInput), errors.Is(err, notice.ErrAmbiguous):
		return http.StatusBadRequest, readerMessage(err)
	}
	s.errLog.Printf("%s %s: %v", r.Method, r.URL.Path, err)
	return http.StatusInternalServerError, "The archive could not show this page. Please try again later."
}

// readerMessage drops the "notice: " prefix of domain errors.
func readerMessage(err error) string {
	m := err.Error()
	m = strings.ReplaceAll(m, "notice: ", "")
	if m != "" {
		m = strings.ToUpper(m[:1]) + m[1:]
	}
	return m
}

type errorPage struct {
	chrome  `json:"-"`
	Status  int    `json:"status"`
	Message string `json:"error"`
}

func (s *Server) fail(w http.ResponseWriter, r *http.Request, c *reqCtx, err error) {
	code, msg := s.status(r, err)
	p := &errorPage{Status: code, Message: msg}
	p.chrome = s.chrome(c, http.StatusText(code), s.known(r.PathValue("name")))
	body, ctype, rerr := s.render(&rendered{tmpl: "error", data: p}, c)
	if rerr != nil {
		s.errLog.Printf("render error page: %v", rerr)
		body, ctype = []byte(msg+"\n"), "text/plain; charset=utf-8"
	}
	h := w.Header()
	if code == http.StatusMethodNotAllowed {
		h.Set("Allow", "GET, HEAD")
	}
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
	sendHeld(w, r)
}

// known returns name when it names a notice the server has read, else "",
// so that an error page links only to pages that exist.
func (s *Server) known(name string) string {
	s.histMu.RLock()
	defer s.histMu.RUnlock()
	if _, ok := s.hist[name]; ok {
		return name
	}
	return ""
}

func (s *Server) style(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/css; charset=utf-8")
	h.Set("Cache-Control", "public, max-age=86400")
	h.Set("ETag", s.cssETag)
	if etagMatch(r.Header.Get("If-None-Match"), s.cssETag) {
		w.WriteHeader(http.StatusNotModified)
		sendHeld(w, r)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(s.css)))
	if r.Method != http.MethodHead {
		_, _ = w.Write(s.css)
	}
	sendHeld(w, r)
}

// withCtx returns r carrying c, so that handlers render for it (an export).
func withCtx(r *http.Request, c *reqCtx) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), ctxKey{}, c))
}
