package web

import (
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/noticeproject/notice/internal/blame"
	"github.com/noticeproject/notice/internal/diff"
	"github.com/noticeproject/notice/internal/notice"
)

// revItem is a revision as pages list it, with its links.
type revItem struct {
	notice.Revision
	Kind string `json:"kind"` // "material" or "editorial"
	URL  string `json:"url"`
	// CompareURL is the redline against the previous revision; empty for
	// the first.
	CompareURL string `json:"compare_url,omitempty"`
	// Pending is set, on the history page, for a revision posted but not
	// yet in effect.
	Pending bool `json:"pending,omitempty"`
}

func (s *Server) item(c *reqCtx, h notice.History, i int) revItem {
	r := h[i]
	it := revItem{Revision: r, Kind: kindOf(r.Material), URL: c.link(revPath(r))}
	if i > 0 {
		it.CompareURL = c.link(diffPath(r.Notice, h[i-1].ID, r.ID))
	}
	return it
}

func revPath(r notice.Revision) string { return "/" + r.Notice + "/rev/" + r.ID }

func diffPath(name, from, to string) string { return "/" + name + "/diff/" + from + ".." + to }

// history is a notice's history as read at one time, with an index of its
// revisions by id and a memo of dated look-ups. It is shared by requests
// and never modified, except for the memo.
type history struct {
	revs   notice.History
	byID   map[string]int
	loaded time.Time
	ttl    time.Duration
	// refreshing is set while a newer copy is being read.
	refreshing atomic.Bool

	// sorted is set when the revisions' posting times never decrease, so
	// that dated look-ups may search them by halves.
	sorted bool
	// gen numbers the histories the server reads, in order.
	gen uint64

	mu sync.Mutex
	at map[datedKey]datedHit
}

// datedKey names a dated look-up: the date as the URL gives it, and whether
// the page is as posted rather than in effect.
type datedKey struct {
	date     string
	asPosted bool
}

// datedHit is a remembered dated look-up: the revision's position and the
// cache key of its page, built once.
type datedHit struct {
	i   int
	key string
}

// maxMemo bounds a history's memo of dated look-ups.
const maxMemo = 8192

func newHistory(h notice.History, ttl time.Duration) *history {
	hs := &history{revs: h, byID: make(map[string]int, len(h)), loaded: time.Now(), ttl: ttl, at: map[datedKey]datedHit{}}
	hs.sorted = true
	for i, r := range h {
		hs.byID[r.ID] = i
		if i > 0 && r.Posted.Before(h[i-1].Posted) {
			hs.sorted = false
		}
	}
	return hs
}

// index returns the position of the revision id, or -1.
func (hs *history) index(id string) int {
	if i, ok := hs.byID[id]; ok {
		return i
	}
	return -1
}

// resolve is History.Resolve with a fast path for full ids.
func (hs *history) resolve(ref string, loc *time.Location) (notice.Revision, error) {
	if i, ok := hs.byID[ref]; ok {
		return hs.revs[i], nil
	}
	return hs.revs.Resolve(ref, loc)
}

// dated returns the position of the revision in effect (or as posted) on
// the day date names, and the cache key of its page (see Server.at). Dated
// look-ups are remembered, so a date already seen is neither parsed nor
// looked up again.
func (hs *history) dated(name, date string, loc *time.Location, asPosted bool) (int, string, error) {
	mk := datedKey{date, asPosted}
	hs.mu.Lock()
	hit, ok := hs.at[mk]
	hs.mu.Unlock()
	if ok {
		return hit.i, hit.key, nil
	}
	t, err := notice.ParseDate(date, loc)
	if err != nil {
		return 0, "", err
	}
	i, err := hs.find(t, asPosted)
	if err != nil {
		return 0, "", err
	}
	hit = datedHit{i: i, key: "at|" + name + "|" + date + "|" + strconv.FormatBool(asPosted) + "|" + neighbours(hs.revs, i)}
	hs.mu.Lock()
	if len(hs.at) < maxMemo {
		hs.at[mk] = hit
	}
	hs.mu.Unlock()
	return hit.i, hit.key, nil
}

// find returns the position of the revision in effect (or as posted) at t,
// exactly as History.InEffect (or AsPosted) chooses it. When the posting
// times are in order it starts from the last revision posted by t instead
// of walking down from the newest.
func (hs *history) find(t time.Time, asPosted bool) (int, error) {
	h := hs.revs
	if hs.sorted {
		// k is the number of revisions posted by t.
		k := sort.Search(len(h), func(i int) bool { return h[i].Posted.After(t) })
		for i := k - 1; i >= 0; i-- {
			if asPosted || !h[i].Effective.After(t) {
				return i, nil
			}
		}
	}
	// Out of order, or none found: the domain's answer and its error.
	var rev notice.Revision
	var err error
	if asPosted {
		rev, err = h.AsPosted(t)
	} else {
		rev, err = h.InEffect(t)
	}
	if err != nil {
		return 0, err
	}
	return hs.index(rev.ID), nil
}

// load returns the history of the notice name. Reading a long history is
// not free (at 10,000 revisions the repository takes a sizeable fraction of
// a second to decode its index), so a history once read is reused; when it
// is older than its time to live, one request starts reading a fresh copy
// in the background and every request goes on with the current one. The
// time to live is Options.HistoryTTL, or 20 times the last read's duration
// if that is longer, so re-reading costs at most 5% of one core.
func (s *Server) load(name string) (notice.History, *history, error) {
	if err := notice.ValidateName(name); err != nil {
		return nil, nil, errNotFound("There is no notice named %q.", name)
	}
	if s.ttl > 0 {
		s.histMu.RLock()
		hs := s.hist[name]
		s.histMu.RUnlock()
		if hs != nil {
			if time.Since(hs.loaded) >= hs.ttl && hs.refreshing.CompareAndSwap(false, true) {
				go func() { _, _ = s.read(name) }()
			}
			return hs.revs, hs, nil
		}
	}
	hs, err := s.read(name)
	if err != nil {
		return nil, nil, err
	}
	return hs.revs, hs, nil
}

// read reads the history of name from the repository and keeps it.
func (s *Server) read(name string) (*history, error) {
	start := time.Now()
	h, err := s.arch.History(name)
	if errors.Is(err, notice.ErrNoticeNotFound) || errors.Is(err, notice.ErrNotFound) || err == nil && len(h) == 0 {
		s.forget(name)
		return nil, errNotFound("There is no notice named %q.", name)
	}
	if err != nil {
		s.forget(name)
		return nil, fmt.Errorf("history of %s: %w", name, err)
	}
	hs := newHistory(h, max(s.ttl, 20*time.Since(start)))
	hs.gen = s.histGen.Add(1)
	if s.ttl > 0 {
		s.histMu.Lock()
		s.hist[name] = hs
		s.histMu.Unlock()
	}
	return hs, nil
}

func (s *Server) forget(name string) {
	if s.ttl > 0 {
		s.histMu.Lock()
		delete(s.hist, name)
		s.histMu.Unlock()
	}
}

// neighbours is a cache key part naming the revisions next to h[i].
func neighbours(h notice.History, i int) string {
	k := h[i].ID
	if i > 0 {
		k += "<" + h[i-1].ID
	}
	if i+1 < len(h) {
		k += ">" + h[i+1].ID
	}
	return k
}

// ---- index ----

type indexPage struct {
	chrome  `json:"-"`
	Notices []indexItem `json:"notices"`
}

type indexItem struct {
	Name      string    `json:"name"`
	URL       string    `json:"url"`
	Revisions int       `json:"revisions"`
	Current   *revItem  `json:"current"`
	Pending   []revItem `json:"pending"`
}

func (s *Server) index(r *http.Request, c *reqCtx) (*response, error) {
	names, err := s.arch.Names()
	if err != nil {
		return nil, fmt.Errorf("list notices: %w", err)
	}
	now := s.now()
	p := &indexPage{chrome: s.chrome(c, "Notices", ""), Notices: []indexItem{}}
	key := "index"
	for _, name := range names {
		if c.only != "" && name != c.only {
			continue
		}
		h, hs, err := s.load(name)
		if err != nil {
			continue
		}
		it := indexItem{Name: name, URL: c.link("/" + name), Revisions: len(h), Pending: []revItem{}}
		if cur, err := h.InEffect(now); err == nil {
			ci := s.item(c, h, hs.index(cur.ID))
			it.Current = &ci
			key += "|" + cur.ID
		}
		for _, pr := range h.Pending(now) {
			it.Pending = append(it.Pending, s.item(c, h, hs.index(pr.ID)))
			key += "+" + pr.ID
		}
		key += fmt.Sprintf("|%s:%d:%s", name, len(h), h[len(h)-1].ID)
		p.Notices = append(p.Notices, it)
	}
	return &response{key: key, cache: cacheRevalidate, build: func() (*rendered, error) {
		return &rendered{tmpl: "index", data: p}, nil
	}}, nil
}

// ---- a revision: current, at a date, permanent ----

type revPage struct {
	chrome   `json:"-"`
	Notice   string `json:"notice"`
	Mode     string `json:"mode"`           // "current", "at" or "revision"
	Date     string `json:"date,omitempty"` // the date asked for, in "at" mode
	AsPosted bool   `json:"as_posted,omitempty"`
	// NotInEffect is set on the current page when no revision is in
	// effect yet and the newest posted one is shown.
	NotInEffect bool      `json:"not_in_effect,omitempty"`
	Revision    revItem   `json:"revision"`
	Previous    *revItem  `json:"previous"`
	Next        *revItem  `json:"next"`
	Pending     []pending `json:"pending,omitempty"`
	Markdown    string    `json:"markdown"`

	HTML template.HTML `json:"-"`
	// Other is the same date read the other way (as posted / in effect).
	Other string `json:"-"`
}

// pending is a posted revision not yet in effect, with the redline from
// the revision in effect now.
type pending struct {
	revItem
	RedlineURL string `json:"redline_url"`
}

func (s *Server) revisionPage(c *reqCtx, h notice.History, i int, mode string) (*revPage, error) {
	r := h[i]
	src, err := s.arch.Content(r.Notice, r.ID)
	if err != nil {
		return nil, fmt.Errorf("content of %s %s: %w", r.Notice, r.Short(), err)
	}
	body, err := s.markdown(src)
	if err != nil {
		return nil, err
	}
	p := &revPage{Notice: r.Notice, Mode: mode, Revision: s.item(c, h, i), Markdown: string(src), HTML: body}
	if i > 0 {
		prev := s.item(c, h, i-1)
		p.Previous = &prev
	}
	if i+1 < len(h) {
		next := s.item(c, h, i+1)
		p.Next = &next
	}
	return p, nil
}

func (s *Server) current(r *http.Request, c *reqCtx) (*response, error) {
	name := r.PathValue("name")
	h, hs, err := s.load(name)
	if err != nil {
		return nil, err
	}
	now := s.now()
	cur, err := h.InEffect(now)
	notInEffect := false
	if errors.Is(err, notice.ErrBeforeFirst) {
		notInEffect = true
		cur, err = h.AsPosted(now)
	}
	if err != nil {
		return nil, err
	}
	i := hs.index(cur.ID)
	pend := h.Pending(now)
	key := "cur|" + name + "|" + neighbours(h, i) + fmt.Sprint(notInEffect)
	for _, pr := range pend {
		key += "+" + pr.ID
	}
	return &response{key: key, cache: cacheRevalidate, build: func() (*rendered, error) {
		p, err := s.revisionPage(c, h, i, "current")
		if err != nil {
			return nil, err
		}
		p.chrome = s.chrome(c, name, name)
		p.NotInEffect = notInEffect
		for _, pr := range pend {
			if pr.ID == cur.ID {
				continue
			}
			p.Pending = append(p.Pending, pending{
				revItem:    s.item(c, h, hs.index(pr.ID)),
				RedlineURL: c.link(diffPath(name, cur.ID, pr.ID)),
			})
		}
		return &rendered{tmpl: "revision", data: p}, nil
	}}, nil
}

func (s *Server) at(r *http.Request, c *reqCtx) (*response, error) {
	name := r.PathValue("name")
	h, hs, err := s.load(name)
	if err != nil {
		return nil, err
	}
	date := r.PathValue("date")
	asPosted := r.URL.RawQuery != "" && r.URL.Query().Get("as-posted") == "1"
	i, key, err := hs.dated(name, date, s.loc, asPosted)
	if err != nil {
		return nil, err
	}
	return &response{key: key, cache: cacheShort, hs: hs, build: func() (*rendered, error) {
		p, err := s.revisionPage(c, h, i, "at")
		if err != nil {
			return nil, err
		}
		p.Date, p.AsPosted = date, asPosted
		title := name + " in effect on " + date
		p.Other = c.link("/"+name+"/at/"+url.PathEscape(date)) + "?as-posted=1"
		if asPosted {
			title = name + " as posted on " + date
			p.Other = c.link("/" + name + "/at/" + url.PathEscape(date))
		}
		p.chrome = s.chrome(c, title, name)
		return &rendered{tmpl: "revision", data: p}, nil
	}}, nil
}

func (s *Server) atForm(r *http.Request, c *reqCtx) (*response, error) {
	name := r.PathValue("name")
	if _, _, err := s.load(name); err != nil {
		return nil, err
	}
	date := strings.TrimSpace(r.URL.Query().Get("date"))
	if _, err := notice.ParseDate(date, s.loc); err != nil {
		return nil, err
	}
	u := "/" + name + "/at/" + url.PathEscape(date)
	if r.URL.Query().Get("as-posted") == "1" {
		u += "?as-posted=1"
	}
	return &response{redirect: u}, nil
}

func (s *Server) revision(r *http.Request, c *reqCtx) (*response, error) {
	name := r.PathValue("name")
	h, hs, err := s.load(name)
	if err != nil {
		return nil, err
	}
	ref := r.PathValue("id")
	if strings.HasPrefix(ref, "@") {
		return nil, errBadRequest("A revision page takes a revision id; for a date use /%s/at/DATE.", name)
	}
	rev, err := hs.resolve(ref, s.loc)
	if err != nil {
		return nil, err
	}
	if rev.ID != ref {
		// A prefix: send the reader to the permanent, citable URL.
		return &response{redirect: revPath(rev)}, nil
	}
	i := hs.index(rev.ID)
	cache := cacheImmutable
	if i == len(h)-1 {
		// The newest revision's page gains a "next" link when the next
		// revision is posted.
		cache = cacheRevalidate
	}
	return &response{key: "rev|" + name + "|" + neighbours(h, i), cache: cache, hs: hs, build: func() (*rendered, error) {
		p, err := s.revisionPage(c, h, i, "revision")
		if err != nil {
			return nil, err
		}
		p.chrome = s.chrome(c, name+" revision "+rev.Short(), name)
		return &rendered{tmpl: "revision", data: p}, nil
	}}, nil
}

// ---- history ----

type historyPage struct {
	chrome    `json:"-"`
	Notice    string    `json:"notice"`
	CurrentID string    `json:"current"`
	Revisions []revItem `json:"revisions"` // newest first
}

func (s *Server) history(r *http.Request, c *reqCtx) (*response, error) {
	name := r.PathValue("name")
	h, _, err := s.load(name)
	if err != nil {
		return nil, err
	}
	now := s.now()
	curID := ""
	if cur, err := h.InEffect(now); err == nil {
		curID = cur.ID
	}
	// Which revisions are pending changes only when one takes effect,
	// which changes the current one, or when one is posted.
	key := fmt.Sprintf("hist|%s|%d|%s|%s", name, len(h), h[len(h)-1].ID, curID)
	return &response{key: key, cache: cacheRevalidate, build: func() (*rendered, error) {
		p := &historyPage{chrome: s.chrome(c, name+" history", name), Notice: name, CurrentID: curID}
		p.Revisions = make([]revItem, 0, len(h))
		for i := len(h) - 1; i >= 0; i-- {
			it := s.item(c, h, i)
			it.Pending = h[i].Pending(now)
			p.Revisions = append(p.Revisions, it)
		}
		return &rendered{tmpl: "history", data: p}, nil
	}}, nil
}

// ---- redline ----

type diffPage struct {
	chrome `json:"-"`
	Notice string  `json:"notice"`
	From   revItem `json:"from"`
	To     revItem `json:"to"`
	// Redline is the marked-up text: <del> for removed words, <ins> for
	// added ones.
	Redline template.HTML `json:"-"`
	// Changes are the diff engine's changes (see the diff package).
	Changes   []diff.Change `json:"changes"`
	Unchanged int           `json:"unchanged"`
	// Earlier and Later are the neighbouring pairs of consecutive
	// revisions, for walking the history one change at a time.
	Earlier string `json:"-"`
	Later   string `json:"-"`
}

func (s *Server) diff(r *http.Request, c *reqCtx) (*response, error) {
	name := r.PathValue("name")
	h, hs, err := s.load(name)
	if err != nil {
		return nil, err
	}
	rng := r.PathValue("range")
	fromRef, toRef, ok := strings.Cut(rng, "..")
	if !ok || fromRef == "" || toRef == "" {
		return nil, errBadRequest("A redline takes FROM..TO, each a revision id or @DATE, e.g. /%s/diff/@2017-01-01..@2018-01-01.", name)
	}
	from, err := hs.resolve(fromRef, s.loc)
	if err != nil {
		return nil, err
	}
	to, err := hs.resolve(toRef, s.loc)
	if err != nil {
		return nil, err
	}
	cache := cacheShort
	if from.ID == fromRef && to.ID == toRef {
		cache = cacheImmutable
	}
	fi, ti := hs.index(from.ID), hs.index(to.ID)
	key := "diff|" + name + "|" + from.ID + "|" + to.ID
	consecutive := ti == fi+1
	if consecutive && ti+1 < len(h) {
		key += "|" + h[ti+1].ID
	}
	if consecutive && ti+1 == len(h) {
		cache = cacheRevalidate // gains a "later" link
	}
	return &response{key: key, cache: cache, hs: hs, build: func() (*rendered, error) {
		old, err := s.arch.Content(name, from.ID)
		if err != nil {
			return nil, fmt.Errorf("content of %s %s: %w", name, from.Short(), err)
		}
		cur, err := s.arch.Content(name, to.ID)
		if err != nil {
			return nil, fmt.Errorf("content of %s %s: %w", name, to.Short(), err)
		}
		red, res, err := redline(old, cur)
		if err != nil {
			return nil, err
		}
		p := &diffPage{
			chrome: s.chrome(c, fmt.Sprintf("%s: %s → %s", name, s.day(from.Effective), s.day(to.Effective)), name),
			Notice: name, From: s.item(c, h, fi), To: s.item(c, h, ti), Redline: red,
			Changes: res.Changes, Unchanged: res.Unchanged,
		}
		if p.Changes == nil {
			p.Changes = []diff.Change{}
		}
		if consecutive && fi > 0 {
			p.Earlier = c.link(diffPath(name, h[fi-1].ID, from.ID))
		}
		if consecutive && ti+1 < len(h) {
			p.Later = c.link(diffPath(name, to.ID, h[ti+1].ID))
		}
		return &rendered{tmpl: "diff", data: p}, nil
	}}, nil
}

func (s *Server) diffForm(r *http.Request, c *reqCtx) (*response, error) {
	name := r.PathValue("name")
	if _, _, err := s.load(name); err != nil {
		return nil, err
	}
	q := r.URL.Query()
	from, to := strings.TrimSpace(q.Get("from")), strings.TrimSpace(q.Get("to"))
	if from == "" || to == "" || strings.Contains(from+to, "..") {
		return nil, errBadRequest("Give two revisions to compare: each a revision id or @DATE.")
	}
	return &response{redirect: "/" + name + "/diff/" + url.PathEscape(from) + ".." + url.PathEscape(to)}, nil
}

// ---- blame ----

type blamePage struct {
	chrome    `json:"-"`
	Notice    string      `json:"notice"`
	Revision  revItem     `json:"revision"`
	Sentences []blameLine `json:"sentences"`
	Date      string      `json:"date,omitempty"`
}

type blameLine struct {
	Section string `json:"section"`
	Text    string `json:"text"`
	Since   string `json:"since"` // revision id
	Date    string `json:"date"`  // the day it took effect, YYYY-MM-DD
	URL     string `json:"url"`
	Heading int    `json:"heading,omitempty"`
}

func (s *Server) blame(r *http.Request, c *reqCtx) (*response, error) {
	name := r.PathValue("name")
	h, hs, err := s.load(name)
	if err != nil {
		return nil, err
	}
	date := r.URL.Query().Get("at")
	t := s.now()
	cache := cacheRevalidate
	if date != "" {
		if t, err = notice.ParseDate(date, s.loc); err != nil {
			return nil, err
		}
		cache = cacheShort
	}
	rev, err := h.InEffect(t)
	if err != nil {
		return nil, err
	}
	i := hs.index(rev.ID)
	return &response{key: "blame|" + name + "|" + rev.ID + "|" + date, cache: cache, build: func() (*rendered, error) {
		lines, err := blame.Blame(h, rev.ID, func(id string) ([]byte, error) { return s.arch.Content(name, id) })
		if err != nil {
			return nil, err
		}
		p := &blamePage{chrome: s.chrome(c, name+" blame", name), Notice: name, Revision: s.item(c, h, i), Date: date}
		p.Sentences = make([]blameLine, len(lines))
		for j, l := range lines {
			p.Sentences[j] = blameLine{
				Section: l.Section, Text: l.Text, Since: l.Since.ID, Date: s.day(l.Since.Effective),
				URL: c.link(revPath(l.Since)), Heading: l.Heading,
			}
		}
		return &rendered{tmpl: "blame", data: p}, nil
	}}, nil
}
