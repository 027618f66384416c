package prose

import (
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isZeroWidth reports runes that are invisible and carry no meaning in a
// notice: zero-width spaces and joiners, the byte-order mark and the soft
// hyphen.
func isZeroWidth(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// foldRune maps typographic variants to their plain ASCII form.
func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′', '`', '´':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−', '⁃':
		return '-'
	case '\u00a0', '\u2007', '\u202f', '\u3000', '\t', '\n', '\r', '\v', '\f':
		return ' '
	case '…':
		return '.'
	}
	if r >= '\u2000' && r <= '\u200a' {
		return ' '
	}
	return r
}

// Normalize returns the comparable form of a piece of text: lowercase;
// typographic quotes, dashes and spaces folded to ASCII; white space
// collapsed; emphasis and code markers dropped; space before punctuation
// removed; trailing punctuation (. , ; :) trimmed; tracking parameters
// dropped from URLs. Two sentences that differ only in formatting noise
// have the same Normalize.
func Normalize(s string) string {
	if s == "" {
		return ""
	}
	out := normalizeText(s)
	if strings.Contains(out, "://") || strings.Contains(out, "www.") {
		out = normalizeText(strings.ToLower(normalizeURLsIn(out)))
	}
	return strings.TrimRight(out, ".,;: ")
}

// plainByte marks the ASCII bytes normalizeText copies as they are: not
// upper case, not white space, not an emphasis marker.
var plainByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		switch {
		case c >= 'A' && c <= 'Z', c == '*', c == '_', c == ' ', c >= '\t' && c <= '\r':
		default:
			t[c] = true
		}
	}
	return t
}()

// normalizeText folds case, typography, emphasis and white space.
func normalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		start := i
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if isZeroWidth(r) {
				i += size
				continue
			}
			r = foldRune(r)
		}
		i += size
		switch r {
		case '*':
			continue
		case '_':
			prev, _ := utf8.DecodeLastRuneInString(s[:start])
			next, _ := utf8.DecodeRuneInString(s[i:])
			if start > 0 && i < len(s) && isWordRune(prev) && isWordRune(next) {
				break
			}
			continue
		case ' ', '\t', '\n', '\r', '\v', '\f':
			space = true
			continue
		}
		if r >= utf8.RuneSelf && unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 && !closesBefore(r) {
			b.WriteByte(' ')
		}
		space = false
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
		// The plain bytes that follow are copied as they are, in one go.
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf && plainByte[s[j]] {
			j++
		}
		b.WriteString(s[i:j])
		i = j
	}
	return b.String()
}

// closesBefore reports punctuation that attaches to the word before it, so
// that "data , and" and "data, and" normalise alike.
func closesBefore(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?', ')':
		return true
	}
	return false
}

// trackingParams are query parameters that identify a click or a campaign,
// not a resource.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true, "msclkid": true,
	"mc_cid": true, "mc_eid": true, "yclid": true, "igshid": true, "_ga": true, "_gl": true,
	"_hsenc": true, "_hsmi": true, "mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true,
	"vero_id": true, "ref_src": true, "si": true, "trk": true,
}

// NormalizeURL returns the comparable form of a link target: scheme and
// host lowercased, "www." dropped, default ports dropped, tracking
// parameters (utm_*, fbclid, gclid ...) and a trailing slash removed. Two
// links to the same page compare equal. Text that is not a URL is returned
// lowercased and trimmed.
func NormalizeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return strings.ToLower(raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme == "http" {
		u.Scheme = "https"
	}
	host := strings.ToLower(u.Host)
	host = strings.TrimSuffix(host, ":443")
	host = strings.TrimSuffix(host, ":80")
	u.Host = strings.TrimPrefix(host, "www.")
	if u.RawQuery != "" {
		q := u.Query()
		keys := make([]string, 0, len(q))
		for k := range q {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
				continue
			}
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			for _, v := range q[k] {
				parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v))
			}
		}
		u.RawQuery = strings.Join(parts, "&")
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawPath = ""
	return u.String()
}

// normalizeURLsIn rewrites each URL in (already lowercased) text with
// NormalizeURL.
func normalizeURLsIn(s string) string {
	fields := strings.Split(s, " ")
	for i, f := range fields {
		if !strings.Contains(f, "://") && !strings.HasPrefix(f, "www.") {
			continue
		}
		// Keep punctuation that ends the sentence out of the URL.
		core := strings.TrimRight(f, ".,;:)\"'")
		tail := f[len(core):]
		lead := ""
		if k := strings.Index(core, "http"); k > 0 {
			lead, core = core[:k], core[k:]
		}
		if strings.HasPrefix(core, "www.") {
			fields[i] = lead + strings.TrimSuffix(stripTracking(strings.TrimPrefix(core, "www.")), "/") + tail
			continue
		}
		if !strings.HasPrefix(core, "http://") && !strings.HasPrefix(core, "https://") {
			continue
		}
		u := NormalizeURL(core)
		if !strings.HasPrefix(u, "https://") || strings.Contains(u[len("https://"):], "://") {
			continue // not a URL Normalize can make a fixed point of
		}
		fields[i] = lead + strings.TrimPrefix(u, "https://") + tail
	}
	return strings.Join(fields, " ")
}

func stripTracking(s string) string {
	u, err := url.Parse("https://" + s)
	if err != nil {
		return s
	}
	return strings.TrimPrefix(NormalizeURL(u.String()), "https://")
}
