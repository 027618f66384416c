package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"strings"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/noticeproject/notice/internal/diff"
	"github.com/noticeproject/notice/templates"
)

// newMarkdown returns the notice renderer: CommonMark with GFM tables and
// strikethrough. Raw HTML is never passed through (goldmark's default,
// unsafe off); rawHTMLAsText goes further and shows it as text, so a reader
// sees exactly what the notice says, including any markup in it.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough),
		goldmark.WithRendererOptions(
			renderer.WithNodeRenderers(util.Prioritized(rawHTMLAsText{}, 100)),
		),
	)
}

// rawHTMLAsText renders inline and block HTML as escaped text.
type rawHTMLAsText struct{}

func (rawHTMLAsText) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			segs := n.(*ast.RawHTML).Segments
			for i := 0; i < segs.Len(); i++ {
				seg := segs.At(i)
				template.HTMLEscape(w, seg.Value(src))
			}
		}
		return ast.WalkSkipChildren, nil
	})
	reg.Register(ast.KindHTMLBlock, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		b := n.(*ast.HTMLBlock)
		if entering {
			_, _ = w.WriteString(`<pre class="raw">`)
			lines := b.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				template.HTMLEscape(w, seg.Value(src))
			}
			if b.HasClosure() {
				template.HTMLEscape(w, b.ClosureLine.Value(src))
			}
			_, _ = w.WriteString("</pre>\n")
		}
		return ast.WalkSkipChildren, nil
	})
}

// markdown renders a notice's text as HTML.
func (s *Server) markdown(src []byte) (template.HTML, error) {
	var buf bytes.Buffer
	if err := s.md.Convert(src, &buf); err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	return template.HTML(buf.String()), nil //nolint:gosec // goldmark escapes text and drops raw HTML
}

// parseTemplates reads layout.html.tmpl and one template set per page.
func (s *Server) parseTemplates() error {
	fsys := templates.Web()
	funcs := template.FuncMap{
		"date":     s.formatDate,
		"datetime": s.formatDateTime,
		"kind":     kindOf,
	}
	layout, err := template.New("layout").Funcs(funcs).ParseFS(fsys, "layout.html.tmpl")
	if err != nil {
		return fmt.Errorf("web templates: %w", err)
	}
	files, err := fs.Glob(fsys, "*.html.tmpl")
	if err != nil {
		return fmt.Errorf("web templates: %w", err)
	}
	s.pages = make(map[string]*template.Template)
	for _, f := range files {
		name := strings.TrimSuffix(f, ".html.tmpl")
		if name == "layout" {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(fsys, f)
		if err != nil {
			return fmt.Errorf("web templates: %w", err)
		}
		s.pages[name] = t
	}
	if s.css, err = fs.ReadFile(fsys, "style.css"); err != nil {
		return fmt.Errorf("web templates: %w", err)
	}
	// The redline's own rules follow the archive's.
	s.css = append(s.css, "\n/* Redlines (from the diff engine). */\n"+diff.CSS...)
	sum := sha256.Sum256(s.css)
	s.cssETag = `"` + hex.EncodeToString(sum[:16]) + `"`
	return nil
}

// formatDate shows t as a day in the archive's time zone, with the time of
// day when it is not midnight.
func (s *Server) formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(s.loc)
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2 January 2006")
	}
	return t.Format("2 January 2006, 15:04 MST")
}

func (s *Server) formatDateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(s.loc).Format("2 January 2006, 15:04 MST")
}

// day formats t as the archive's date parameter, YYYY-MM-DD in its zone.
func (s *Server) day(t time.Time) string { return t.In(s.loc).Format("2006-01-02") }

func kindOf(material bool) string {
	if material {
		return "material"
	}
	return "editorial"
}

// chrome is what every page's frame shows: its title and the navigation.
type chrome struct {
	Title   string
	Name    string // the notice's name; empty on the index
	Home    string
	Current string
	History string
	Blame   string
	Feed    string
	CSS     string
	AtForm  string // action of the date form
	Diff    string // action of the compare form
	Static  bool   // a static export: no forms
}

func (s *Server) chrome(c *reqCtx, title, name string) chrome {
	ch := chrome{Title: title, Name: name, Home: c.link("/"), CSS: c.link("/static/style.css"), Static: c.static}
	if name != "" {
		ch.Current = c.link("/" + name)
		ch.History = c.link("/" + name + "/history")
		ch.Blame = c.link("/" + name + "/blame")
		ch.Feed = c.link("/" + name + "/feed.atom")
		ch.AtForm = "/" + name + "/at"
		ch.Diff = "/" + name + "/diff"
	}
	return ch
}
