package templates

import (
	"embed"
	"io/fs"
)

//go:embed web
var webFS embed.FS

// Web returns the web archive's page templates (*.html.tmpl) and static
// files (style.css), rooted at the web directory.
func Web() fs.FS {
	sub, err := fs.Sub(webFS, "web")
	if err != nil {
		// Unreachable: "web" is a valid path and embedded above.
		return webFS
	}
	return sub
}
