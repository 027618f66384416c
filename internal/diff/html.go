package diff

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/noticeproject/notice/internal/notice"
)

// CSS styles a redline fragment: deletions struck through in red,
// insertions underlined in green, so that the redline still reads when
// printed in black and white. A page embedding WriteHTMLFragment may
// include it in its own <style>.
const CSS = `.redline{font:1rem/1.5 Georgia,"Times New Roman",serif;max-width:46rem}
.redline .summary{font-family:system-ui,sans-serif;color:#444}
.redline section{border-top:1px solid #ccc;padding:.5rem 0;break-inside:avoid}
.redline h2{font:600 1rem system-ui,sans-serif;margin:.5rem 0 0}
.redline .meta{font:.85rem system-ui,sans-serif;color:#555;margin:0}
.redline .moved p{color:#555}
.redline del{color:#b00;text-decoration:line-through}
.redline ins{color:#060;text-decoration:underline;background:#efe}
.redline .legend{font:.85rem system-ui,sans-serif;color:#555}
@media print{.redline{max-width:none}.redline ins{background:none}}
`

// WriteHTML writes r as a self-contained HTML page titled title: inline
// CSS, no script, no outside resource, readable on screen and on paper.
func WriteHTML(w io.Writer, r *Result, title string) error {
	bw := bufio.NewWriter(w)
	t := html.EscapeString(title)
	fmt.Fprintf(bw, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"+
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n"+
		"<style>\nbody{margin:2rem auto;padding:0 1rem;max-width:48rem}\nh1{font:600 1.4rem system-ui,sans-serif}\n%s</style>\n"+
		"</head>\n<body>\n<h1>%s</h1>\n", t, CSS, t)
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := WriteHTMLFragment(bw, r); err != nil {
		return err
	}
	bw.WriteString("</body>\n</html>\n")
	return bw.Flush()
}

// WriteHTMLFragment writes the redline alone, a <div class="redline">, for
// a page that has its own head; style it with CSS. Deletions are <del>,
// insertions <ins>, each change a <section> whose class is its kind.
func WriteHTMLFragment(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("<div class=\"redline\">\n")
	if !r.Changed() {
		bw.WriteString("<p class=\"summary\">No change.</p>\n</div>\n")
		return bw.Flush()
	}
	fmt.Fprintf(bw, "<p class=\"summary\">%s.</p>\n", html.EscapeString(Summary(r)))
	bw.WriteString("<p class=\"legend\">Deleted text is <del>struck through</del>; inserted text is <ins>underlined</ins>.</p>\n")
	for _, c := range r.Changes {
		sec := c.Section
		if sec == "" {
			sec = "(top)"
		}
		fmt.Fprintf(bw, "<section class=\"%s\">\n<h2>%s</h2>\n<p class=\"meta\">%s</p>\n", c.Kind,
			html.EscapeString(sec), html.EscapeString(describe(c)))
		for _, para := range strings.Split(htmlBody(c), "\n") {
			fmt.Fprintf(bw, "<p>%s</p>\n", para)
		}
		bw.WriteString("</section>\n")
	}
	bw.WriteString("</div>\n")
	return bw.Flush()
}

// htmlBody returns the change's text as escaped HTML, one line per block.
// Tags never span a line, so each line is a well-formed paragraph.
func htmlBody(c Change) string {
	ops := c.Words
	switch c.Kind {
	case notice.Added:
		ops = []Op{{Insert, c.After}}
	case notice.Removed:
		ops = []Op{{Delete, c.Before}}
	case notice.Moved:
		ops = []Op{{Equal, c.After}}
	}
	return markHTML(ops, "<del>", "<ins>")
}
