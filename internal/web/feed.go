package web

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/noticeproject/notice/internal/notice"
)

// The Atom feed (RFC 4287): one entry per revision, newest first, labelled
// material or editorial and carrying the classifier's categories.

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Author  atomPerson  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Href  string `xml:"href,attr"`
	Rel   string `xml:"rel,attr,omitempty"`
	Type  string `xml:"type,attr,omitempty"`
	Title string `xml:"title,attr,omitempty"`
}

type atomCategory struct {
	Term   string `xml:"term,attr"`
	Scheme string `xml:"scheme,attr,omitempty"`
	Label  string `xml:"label,attr,omitempty"`
}

type atomEntry struct {
	Title      string         `xml:"title"`
	ID         string         `xml:"id"`
	Published  string         `xml:"published"`
	Updated    string         `xml:"updated"`
	Links      []atomLink     `xml:"link"`
	Categories []atomCategory `xml:"category"`
	Summary    string         `xml:"summary"`
}

// Category schemes, so that readers can tell the kind from the topics.
const (
	schemeKind     = "urn:notice:kind"
	schemeCategory = "urn:notice:category"
)

func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// feedPage is the number of entries in one page of the feed. Older
// entries are on further pages, linked with rel="next" (RFC 5005 §3), so a
// long history does not make every poll download all of it.
const feedPage = 100

func (s *Server) feed(r *http.Request, c *reqCtx) (*response, error) {
	name := r.PathValue("name")
	h, _, err := s.load(name)
	if err != nil {
		return nil, err
	}
	page := 1
	if p := r.URL.Query().Get("page"); p != "" {
		if page, err = strconv.Atoi(p); err != nil || page < 1 {
			return nil, errBadRequest("A feed page is a number from 1.")
		}
	}
	pages := (len(h) + feedPage - 1) / feedPage
	if c.static {
		page, pages = 1, 1 // a static copy has one file with every entry
	}
	if page > pages {
		return nil, errNotFound("The feed of %s has %d pages.", name, pages)
	}
	newest := len(h) - 1 - (page-1)*feedPage
	oldest := max(newest-feedPage+1, 0)
	if c.static {
		oldest = 0
	}
	base := c.base
	self := base + "/" + name + "/feed.atom"
	key := fmt.Sprintf("feed|%s|%d|%s|%s|%d|%v", name, len(h), h[len(h)-1].ID, base, page, c.static)
	return &response{key: key, cache: cacheRevalidate, build: func() (*rendered, error) {
		f := atomFeed{
			Title:   name + ": revisions",
			ID:      base + "/" + name,
			Updated: atomTime(h[len(h)-1].Posted),
			Author:  atomPerson{Name: name},
			Links: []atomLink{
				{Href: self, Rel: "self", Type: "application/atom+xml"},
				{Href: base + "/" + name, Rel: "alternate", Type: "text/html"},
			},
		}
		if page > 1 {
			f.Links[0].Href = self + "?page=" + strconv.Itoa(page)
			f.Links = append(f.Links, atomLink{Href: self, Rel: "first", Type: "application/atom+xml"})
		}
		if page > 2 {
			f.Links = append(f.Links, atomLink{Href: self + "?page=" + strconv.Itoa(page-1), Rel: "previous", Type: "application/atom+xml"})
		} else if page == 2 {
			f.Links = append(f.Links, atomLink{Href: self, Rel: "previous", Type: "application/atom+xml"})
		}
		if page < pages {
			f.Links = append(f.Links, atomLink{Href: self + "?page=" + strconv.Itoa(page+1), Rel: "next", Type: "application/atom+xml"})
		}
		for i := newest; i >= oldest; i-- {
			f.Entries = append(f.Entries, s.feedEntry(base, h, i))
		}
		var buf bytes.Buffer
		buf.WriteString(xml.Header)
		enc := xml.NewEncoder(&buf)
		enc.Indent("", "  ")
		if err := enc.Encode(f); err != nil {
			return nil, fmt.Errorf("encode feed: %w", err)
		}
		buf.WriteByte('\n')
		return &rendered{body: buf.Bytes(), ctype: "application/atom+xml; charset=utf-8"}, nil
	}}, nil
}

func (s *Server) feedEntry(base string, h notice.History, i int) atomEntry {
	r := h[i]
	kind := "Editorial revision"
	if r.Material {
		kind = "Material change"
		if r.Impact != notice.ImpactNone {
			kind += " (" + string(r.Impact) + ")"
		}
	}
	title := fmt.Sprintf("%s, effective %s", kind, s.formatDate(r.Effective))
	if r.Summary != "" {
		title += ": " + r.Summary
	}
	e := atomEntry{
		Title:      title,
		ID:         base + revPath(r),
		Published:  atomTime(r.Posted),
		Updated:    atomTime(r.Posted),
		Links:      []atomLink{{Href: base + revPath(r), Rel: "alternate", Type: "text/html"}},
		Categories: []atomCategory{{Term: kindOf(r.Material), Scheme: schemeKind}},
	}
	if i > 0 {
		e.Links = append(e.Links, atomLink{Href: base + diffPath(r.Notice, h[i-1].ID, r.ID), Rel: "related",
			Type: "text/html", Title: "Redline against the previous revision"})
	}
	for _, cat := range r.Categories {
		e.Categories = append(e.Categories, atomCategory{Term: cat, Scheme: schemeCategory})
	}
	sum := fmt.Sprintf("%s of %s, posted %s, in effect from %s.", kind, r.Notice,
		s.formatDateTime(r.Posted), s.formatDate(r.Effective))
	if len(r.Categories) > 0 {
		sum += " Categories: " + strings.Join(r.Categories, ", ") + "."
	}
	if r.Summary != "" {
		sum += " " + r.Summary
	}
	e.Summary = sum
	return e
}

// ---- banner ----

// Banner is the pending-change banner for the company's own site, served
// at /NAME/banner.json (see the README for a snippet that shows it).
type Banner struct {
	Notice string `json:"notice"`
	// Current is the URL of the notice in effect now.
	Current string `json:"current_url"`
	// Pending lists the posted revisions not yet in effect, soonest first.
	Pending []BannerItem `json:"pending"`
}

// BannerItem is one pending revision.
type BannerItem struct {
	ID         string    `json:"id"`
	Posted     time.Time `json:"posted"`
	Effective  time.Time `json:"effective"`
	Material   bool      `json:"material"`
	Categories []string  `json:"categories"`
	Summary    string    `json:"summary,omitempty"`
	// Message is a sentence ready to show, e.g. "Changes to our privacy
	// notice take effect on 1 March 2026."
	Message    string `json:"message"`
	URL        string `json:"url"`
	RedlineURL string `json:"redline_url"`
}

func (s *Server) banner(r *http.Request, c *reqCtx) (*response, error) {
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
	pend := h.Pending(now)
	key := "banner|" + name + "|" + curID + "|" + c.base
	for _, p := range pend {
		key += "+" + p.ID
	}
	return &response{key: key, cache: cacheShort, cors: true, build: func() (*rendered, error) {
		b := Banner{Notice: name, Current: c.base + "/" + name, Pending: []BannerItem{}}
		for _, p := range pend {
			cats := p.Categories
			if cats == nil {
				cats = []string{}
			}
			from := curID
			if from == "" {
				from = h[0].ID
			}
			b.Pending = append(b.Pending, BannerItem{
				ID: p.ID, Posted: p.Posted, Effective: p.Effective, Material: p.Material,
				Categories: cats, Summary: p.Summary,
				Message:    fmt.Sprintf("Changes to our %s notice take effect on %s.", name, s.formatDate(p.Effective)),
				URL:        c.base + revPath(p),
				RedlineURL: c.base + diffPath(name, from, p.ID),
			})
		}
		body, err := json.MarshalIndent(b, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("encode banner: %w", err)
		}
		return &rendered{body: append(body, '\n'), ctype: "application/json; charset=utf-8"}, nil
	}}, nil
}
