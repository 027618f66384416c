package prose

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLinkSpan bounds how far a link's closing bracket or parenthesis is
// looked for, so that text full of unmatched brackets stays linear.
const maxLinkSpan = 2000

// stripInline removes inline Markdown from s: emphasis, code backticks,
// HTML tags, and link syntax (keeping the link text and recording the
// link). Whitespace is collapsed.
func stripInline(s string) (string, []Link) {
	var links []Link
	var b strings.Builder
	b.Grow(len(s))
	stripInto(&b, s, &links, 0)
	out := b.String()
	if strings.IndexByte(out, '&') >= 0 {
		out = html.UnescapeString(out)
	}
	return collapse(out), links
}

func stripInto(b *strings.Builder, s string, links *[]Link, depth int) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if text, _, n, ok := parseLink(s[i+1:]); ok {
				if depth < 4 {
					stripInto(b, text, nil, depth+1)
				}
				i += 1 + n
				continue
			}
		case c == '[':
			if text, url, n, ok := parseLink(s[i:]); ok {
				var tb strings.Builder
				if depth < 4 {
					stripInto(&tb, text, links, depth+1)
				} else {
					tb.WriteString(text)
				}
				t := tb.String()
				b.WriteString(t)
				if links != nil && url != "" {
					*links = append(*links, Link{Text: collapse(html.UnescapeString(t)), URL: url})
				}
				i += n
				continue
			}
		case c == '<':
			if n, url, ok := autolink(s[i:]); ok {
				b.WriteString(url)
				if links != nil {
					*links = append(*links, Link{Text: url, URL: url})
				}
				i += n
				continue
			}
			if n := htmlTag(s[i:]); n > 0 {
				b.WriteByte(' ')
				i += n
				continue
			}
		case c == '`':
			i++
			continue
		case c == '*' || c == '_' || c == '~':
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[j:])
			keep := false
			switch c {
			case '*':
				// A lone star between spaces is text ("5 * 3").
				keep = i > 0 && j < len(s) && unicode.IsSpace(prev) && unicode.IsSpace(next)
			case '_':
				// Intra-word underscores are text (snake_case, utm_source).
				keep = i > 0 && j < len(s) && isWordRune(prev) && isWordRune(next)
			case '~':
				keep = j-i == 1
			}
			if keep {
				b.WriteString(s[i:j])
			}
			i = j
			continue
		}
		b.WriteByte(c)
		i++
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// parseLink reads "[text](target "title")" or "[text][ref]" at the start of
// s and returns the text, the target (empty for a reference link) and the
// number of bytes read.
func parseLink(s string) (text, url string, n int, ok bool) {
	depth := 0
	end := -1
	for i := 0; i < len(s) && i < maxLinkSpan; i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				end = i
			}
		}
		if end >= 0 {
			break
		}
	}
	if end < 0 {
		return "", "", 0, false
	}
	text = s[1:end]
	rest := s[end+1:]
	switch {
	case strings.HasPrefix(rest, "("):
		pd := 0
		for i := 0; i < len(rest) && i < maxLinkSpan; i++ {
			switch rest[i] {
			case '\\':
				i++
			case '(':
				pd++
			case ')':
				pd--
				if pd == 0 {
					target := strings.TrimSpace(rest[1:i])
					if k := strings.IndexAny(target, " \t"); k >= 0 {
						target = target[:k] // drop a title
					}
					target = strings.TrimSuffix(strings.TrimPrefix(target, "<"), ">")
					return text, target, end + 1 + i + 1, true
				}
			}
		}
		return "", "", 0, false
	case strings.HasPrefix(rest, "["):
		if k := strings.IndexByte(rest, ']'); k >= 0 && k < maxLinkSpan && !strings.ContainsAny(rest[1:k], "[") {
			return text, "", end + 1 + k + 1, true
		}
	}
	return "", "", 0, false
}

// autolink reads "<https://...>" or "<name@example.com>" at the start of s.
func autolink(s string) (n int, url string, ok bool) {
	k := strings.IndexByte(s, '>')
	if k < 0 || k > maxLinkSpan {
		return 0, "", false
	}
	inner := s[1:k]
	if strings.ContainsAny(inner, " \t<") || inner == "" {
		return 0, "", false
	}
	lower := strings.ToLower(inner)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") ||
		strings.HasPrefix(lower, "mailto:") || strings.Contains(inner, "@") {
		return k + 1, inner, true
	}
	return 0, "", false
}

// htmlTag returns the length of an HTML tag or comment at the start of s,
// or 0.
func htmlTag(s string) int {
	if strings.HasPrefix(s, "<!--") {
		if k := strings.Index(s, "-->"); k >= 0 {
			return k + 3
		}
		return 0
	}
	if len(s) < 3 {
		return 0
	}
	c := s[1]
	if !(c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return 0
	}
	k := strings.IndexByte(s, '>')
	if k < 0 || k > 500 || strings.IndexByte(s[1:k], '<') >= 0 {
		return 0
	}
	return k + 1
}

// collapse replaces every run of white space (including no-break and
// zero-width spaces) with one space and trims the ends.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isZeroWidth(r) {
			continue
		}
		if isSpaceRune(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
