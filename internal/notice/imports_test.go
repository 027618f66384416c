package notice_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestImportBoundaries keeps each outside dependency inside the one package
// that adapts it, and the domain package free of all of them.
func TestImportBoundaries(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	// import path prefix -> the only directories (relative to the module
	// root) allowed to import it outside tests.
	owners := map[string][]string{
		"github.com/go-git/":             {"internal/gitrepo"},
		"github.com/sergi/go-diff":       {"internal/diff"},
		"github.com/wneessen/go-mail":    {"internal/mailer"},
		"github.com/emersion/go-msgauth": {"internal/mailer"},
		"modernc.org/sqlite":             {"internal/store"},
		"github.com/jackc/pgx":           {"internal/store"},
		"database/sql":                   {"internal/store"},
		"github.com/yuin/goldmark":       {"internal/web"},
		"github.com/urfave/cli":          {"cmd/notice"},
	}
	imports := map[string][]string{} // dir -> imports of its non-test files
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		rel = filepath.ToSlash(rel)
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			imports[rel] = append(imports[rel], p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(imports) < 3 {
		t.Fatalf("found only %d packages under %s", len(imports), root)
	}
	for dir, list := range imports {
		if dir == "." { // the build-tagged dependency pin, if present
			continue
		}
		for _, p := range list {
			if dir == "internal/notice" && strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
				t.Errorf("internal/notice imports %s: the domain uses the standard library only", p)
			}
			for prefix, allowed := range owners {
				if !strings.HasPrefix(p, prefix) {
					continue
				}
				ok := false
				for _, a := range allowed {
					if dir == a || strings.HasPrefix(dir, a+"/") {
						ok = true
					}
				}
				if !ok {
					t.Errorf("%s imports %s: only %v may", dir, p, allowed)
				}
			}
		}
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not found: %v", err)
	}
}
