package templates

import (
	"embed"
	"io/fs"
)

//go:embed email
var email embed.FS

// Email returns the email templates: for each email, NAME.subject.tmpl,
// NAME.txt.tmpl and NAME.html.tmpl at the root of the returned file system.
// The templates are read-only and shared; callers parse them once.
func Email() fs.FS {
	sub, err := fs.Sub(email, "email")
	if err != nil {
		// fs.Sub only fails for an invalid path, and "email" is valid.
		return email
	}
	return sub
}
