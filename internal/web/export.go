package web

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// Export writes a static copy of the archive of notice name under dir: the
// notice's current page, its history, every revision, the redline of every
// revision against the previous one, its blame, feed and banner, an index
// and the stylesheet. Links are relative, so the copy can be hosted anywhere
// or opened from disk. It follows the links the pages make, so every link
// in the copy leads to a file in it. It returns the number of files written.
// When progress is not nil, it reports there every thousand files.
func (s *Server) Export(name, dir string, progress io.Writer) (int, error) {
	if _, err := s.arch.History(name); err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	queue := []string{"/", "/" + name, "/" + name + "/feed.atom", "/" + name + "/banner.json"}
	seen := map[string]bool{}
	for _, p := range queue {
		seen[p] = true
	}
	n := 0
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		file := exportFile(p)
		depth := strings.Count(file, "/")
		c := &reqCtx{static: true, base: s.base, only: name}
		c.link = func(target string) string {
			if !seen[target] && exportable(target, name) {
				seen[target] = true
				queue = append(queue, target)
			}
			return strings.Repeat("../", depth) + exportFile(target)
		}
		body, err := s.renderExport(p, c)
		if err != nil {
			return n, err
		}
		dst := filepath.Join(dir, filepath.FromSlash(file))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		if err := os.WriteFile(dst, body, 0o644); err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		n++
		if progress != nil && n%1000 == 0 {
			fmt.Fprintf(progress, "exported %d files, %d to go\n", n, len(queue))
		}
	}
	return n, nil
}

// exportable reports whether target is a page of the export of name.
func exportable(target, name string) bool {
	return target == "/" || target == "/static/style.css" || target == "/"+name ||
		strings.HasPrefix(target, "/"+name+"/")
}

// exportFile is the file, relative to the export's root, holding the page
// at the site path p.
func exportFile(p string) string {
	if p == "/" {
		return "index.html"
	}
	p = strings.TrimPrefix(p, "/")
	for _, ext := range []string{".atom", ".json", ".css"} {
		if strings.HasSuffix(p, ext) {
			return p
		}
	}
	return p + ".html"
}

// renderExport renders the page at p through the server's own handlers.
func (s *Server) renderExport(p string, c *reqCtx) ([]byte, error) {
	req, err := http.NewRequest(http.MethodGet, p, nil)
	if err != nil {
		return nil, fmt.Errorf("export %s: %w", p, err)
	}
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	s.ServeHTTP(rec, withCtx(req, c))
	if rec.status != http.StatusOK {
		return nil, fmt.Errorf("export %s: status %d: %s", p, rec.status, firstLine(rec.body.String()))
	}
	return rec.body.Bytes(), nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// recorder is the http.ResponseWriter an export renders into.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) WriteHeader(code int)        { r.status = code }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
