//go:build deps

package deps

import (
	_ "github.com/chromedp/chromedp"
	_ "github.com/emersion/go-msgauth/dkim"
	_ "github.com/emersion/go-smtp"
	_ "github.com/go-git/go-git/v5"
	_ "github.com/gofrs/flock"
	_ "github.com/jackc/pgx/v5"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/rogpeppe/go-internal/testscript"
	_ "github.com/sergi/go-diff/diffmatchpatch"
	_ "github.com/urfave/cli/v2"
	_ "github.com/wneessen/go-mail"
	_ "github.com/yuin/goldmark"
	_ "modernc.org/sqlite"
)
