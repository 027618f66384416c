// Package message renders the email that tells a subscriber about a
// material change to a notice: a typed data struct, rendered through the
// templates in templates/email into one RFC 5322 message with a
// multipart/alternative body (RFC 2046) holding a text and an HTML part,
// both quoted-printable (RFC 2045).
//
// Everything a recipient sees is deterministic: the Message-ID derives from
// the revision, the subscriber and the sender's domain, and the MIME
// boundary from the Message-ID, so the same notice to the same person is
// byte for byte the same message (apart from the Date) however often it is
// rendered. Header values never carry CR or LF from the data: names are
// cleaned and encoded (RFC 2047), addresses are validated.
package message

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	htmltemplate "html/template"
	"io"
	"io/fs"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"net/url"
	"slices"
	"strconv"
	"strings"
	texttemplate "text/template"
	"time"
	"unicode"

	"github.com/noticeproject/notice/internal/diff"
	"github.com/noticeproject/notice/internal/notice"
)

// Notice is what every recipient of one revision's notice is told. Build
// it once per revision and render it once per recipient.
type Notice struct {
	Name       string    // the notice's name, e.g. privacy
	Title      string    // its title, e.g. Privacy Policy
	RevisionID string    // the full id of the new revision
	Effective  time.Time // when the new revision takes effect, in the repository's zone
	Summary    string    // legal's summary of the change
	Sections   []Section // the material changes, grouped by section
	RedlineURL string    // the full redline, previous to new revision
	CurrentURL string    // the archived version in effect until Effective
	NewURL     string    // the archived new version
	Late       bool      // the notice is sent after Effective
}

// Section is a section of the notice with its material changes.
type Section struct {
	Name    string
	Changes []Change
}

// Change is one material change: the text before and after (either may be
// empty for an addition or a removal) and why it matters, in plain words.
type Change struct {
	Before string
	After  string
	Reason string
}

// excerptWords is how many unchanged words an excerpt keeps on each side
// of a change: enough to find the sentence, few enough to see the change.
const excerptWords = 6

// Inline styles of the redline in the HTML part, since many email clients
// drop style sheets: struck through and underlined as well as coloured, so
// it still reads in black and white.
const (
	delStyle = "color: #a40000; text-decoration: line-through;"
	insStyle = "color: #006000; text-decoration: underline;"
)

// Excerpt is a change as a message shows it: a modified sentence trimmed
// to the words that changed, with a few words of context and "…" for what
// is left out; an added or removed sentence whole.
type Excerpt struct {
	// Before and After are the excerpt as it read before and as it reads
	// after, for the text part; Before is empty for an added sentence and
	// After for a removed one. A line break in them is followed by an
	// indent that lines the text up under its label.
	Before, After string
	// HTML is the word-level redline, escaped: deleted words in <del>,
	// inserted words in <ins>, styled inline.
	HTML htmltemplate.HTML
}

// textIndent lines up continuation lines under "  Before: " in the text
// part.
const textIndent = "\n          "

// Excerpt returns c as the message shows it.
func (c Change) Excerpt() Excerpt {
	ops := diff.Excerpt(diff.Words(c.Before, c.After), excerptWords)
	var before, after strings.Builder
	for _, op := range ops {
		if op.Kind != diff.Insert {
			before.WriteString(op.Text)
		}
		if op.Kind != diff.Delete {
			after.WriteString(op.Text)
		}
	}
	e := Excerpt{HTML: htmltemplate.HTML(diff.RedlineHTML(ops, delStyle, insStyle))}
	if c.Before != "" {
		e.Before = strings.ReplaceAll(before.String(), "\n", textIndent)
	}
	if c.After != "" {
		e.After = strings.ReplaceAll(after.String(), "\n", textIndent)
	}
	return e
}

// legend explains the redline's markup at the head of the HTML part.
func legend() htmltemplate.HTML {
	return htmltemplate.HTML("Removed words are " + diff.RedlineHTML([]diff.Op{{Kind: diff.Delete, Text: "struck through"}}, delStyle, insStyle) +
		"; added words are " + diff.RedlineHTML([]diff.Op{{Kind: diff.Insert, Text: "underlined"}}, delStyle, insStyle) + ".")
}

// Sections groups the material changes of c by section, in the order the
// sections first appear. A change without a section goes under "General".
func Sections(c notice.Classification) []Section {
	var out []Section
	index := map[string]int{}
	for _, ch := range c.Changes {
		if !ch.Material {
			continue
		}
		name := strings.TrimSpace(ch.Section)
		if name == "" {
			name = "General"
		}
		i, ok := index[name]
		if !ok {
			i = len(out)
			index[name] = i
			out = append(out, Section{Name: name})
		}
		var reasons []string
		for _, r := range ch.Reasons {
			if r = plainReason(r); r != "" && !slices.Contains(reasons, r) {
				reasons = append(reasons, r)
			}
		}
		out[i].Changes = append(out[i].Changes, Change{
			Before: ch.Before,
			After:  ch.After,
			Reason: strings.Join(reasons, "; "),
		})
	}
	return out
}

// plainReason shortens a classifier reason for readers: the rule's code
// ("M1 ") goes, and so does the closing quotation of the sentences
// (": 'old' became 'new'"), which the message's excerpt shows right above.
func plainReason(r string) string {
	r = strings.TrimSpace(r)
	if code, rest, ok := strings.Cut(r, " "); ok && len(code) >= 2 && code[0] >= 'A' && code[0] <= 'Z' &&
		strings.Trim(code[1:], "0123456789") == "" {
		r = rest
	}
	if i := strings.LastIndex(r, ": '"); i > 0 {
		if tail := r[i+2:]; strings.HasSuffix(tail, "'") && strings.Contains(tail, "' became '") {
			r = r[:i]
		}
	}
	return r
}

// Links returns the URLs of the full redline from prev to rev, of the
// archived revision prev and of the archived revision rev under the public
// archive at baseURL. They are empty when baseURL is, or prev is.
func Links(baseURL, name, prev, rev string) (redline, current, next string) {
	base := strings.TrimRight(baseURL, "/")
	if base == "" {
		return "", "", ""
	}
	root := base + "/" + url.PathEscape(name)
	next = root + "/rev/" + rev
	if prev == "" {
		return "", "", next
	}
	return root + "/diff/" + short(prev) + ".." + short(rev), root + "/rev/" + prev, next
}

func short(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

// Recipient is the person a message is rendered for.
type Recipient struct {
	ID    int64 // the subscriber id, part of the Message-ID
	Email string
	Name  string
	// MessageID, when set, is used instead of the one MessageID derives:
	// a message resent after a crash keeps the id recorded in the ledger.
	MessageID string
}

// Options configure a Renderer.
type Options struct {
	// From is the sender, an RFC 5322 address such as
	// "Example Privacy Team <privacy@example.com>". Its domain names the
	// Message-IDs.
	From string
	// ListUnsubscribe, when set, adds List-Unsubscribe and
	// List-Unsubscribe-Post (RFC 8058 one-click) headers. It must be an
	// https URL; "{id}" in it is replaced by the subscriber id. Notices
	// of material changes are operational email, so it is off by default.
	ListUnsubscribe string
}

// Renderer renders notices into messages. It is safe for concurrent use.
type Renderer struct {
	subject *texttemplate.Template
	text    *texttemplate.Template
	html    *htmltemplate.Template
	name    *htmltemplate.Template // escapes a name as the HTML template does
	from    mail.Address
	domain  string
	unsub   string
	// fromHeader is the From field, the same in every message.
	fromHeader string
}

// New parses the templates material.subject.tmpl, material.txt.tmpl and
// material.html.tmpl from fsys. It returns an error wrapping
// notice.ErrInvalidInput for a malformed From or ListUnsubscribe.
func New(fsys fs.FS, opt Options) (*Renderer, error) {
	from, err := mail.ParseAddress(opt.From)
	if err != nil {
		return nil, fmt.Errorf("%w: sender %q: %v: give an address such as \"Example <privacy@example.com>\"", notice.ErrInvalidInput, opt.From, err)
	}
	if err := checkAddress(from.Address); err != nil {
		return nil, fmt.Errorf("sender: %w", err)
	}
	from.Name = clean(from.Name)
	r := &Renderer{from: *from, domain: strings.ToLower(from.Address[strings.LastIndexByte(from.Address, '@')+1:])}
	if opt.ListUnsubscribe != "" {
		u, err := url.Parse(opt.ListUnsubscribe)
		if err != nil || u.Scheme != "https" || u.Host == "" || strings.ContainsAny(opt.ListUnsubscribe, "\r\n <>") {
			return nil, fmt.Errorf("%w: list-unsubscribe %q: give an https URL (RFC 8058), e.g. https://example.com/unsubscribe?id={id}", notice.ErrInvalidInput, opt.ListUnsubscribe)
		}
		r.unsub = opt.ListUnsubscribe
	}
	if r.subject, err = texttemplate.ParseFS(fsys, "material.subject.tmpl"); err != nil {
		return nil, fmt.Errorf("email templates: %w", err)
	}
	if r.text, err = texttemplate.ParseFS(fsys, "material.txt.tmpl"); err != nil {
		return nil, fmt.Errorf("email templates: %w", err)
	}
	if r.html, err = htmltemplate.ParseFS(fsys, "material.html.tmpl"); err != nil {
		return nil, fmt.Errorf("email templates: %w", err)
	}
	if r.name, err = htmltemplate.New("name").Parse("{{.}}"); err != nil {
		return nil, err
	}
	var h bytes.Buffer
	header(&h, "From", r.from.String())
	r.fromHeader = h.String()
	return r, nil
}

// From returns the sender's address, for the SMTP envelope.
func (r *Renderer) From() string { return r.from.Address }

// MessageID returns the deterministic Message-ID, with angle brackets, of
// the notice of revision revID to subscriber id.
func (r *Renderer) MessageID(revID string, id int64) string {
	rev := revID
	if len(rev) > 16 {
		rev = rev[:16]
	}
	return "<notice." + rev + "." + strconv.FormatInt(id, 10) + "@" + r.domain + ">"
}

// data is what the templates see.
type data struct {
	*Notice
	Name      string            // the recipient's name
	Effective string            // the effective date, e.g. 24 June 2026
	From      string            // the sender's display name
	Legend    htmltemplate.HTML // how the HTML part marks deleted and inserted words
}

// Subject returns the subject of n's message.
func (r *Renderer) Subject(n *Notice) (string, error) {
	var b strings.Builder
	if err := r.subject.Execute(&b, r.data(n, Recipient{})); err != nil {
		return "", fmt.Errorf("render subject: %w", err)
	}
	return clean(b.String()), nil
}

func (r *Renderer) data(n *Notice, to Recipient) data {
	return data{Notice: n, Name: clean(to.Name), Effective: n.Effective.Format("2 January 2006"), From: r.from.Name, Legend: legend()}
}

// Render writes to w the whole message telling to about n, dated date, with
// CRLF line endings, ready for SMTP DATA. It returns an error wrapping
// notice.ErrInvalidInput when the recipient's address is unusable. To
// render one notice for many recipients, Prepare it once instead.
func (r *Renderer) Render(w io.Writer, n *Notice, to Recipient, date time.Time) error {
	p, err := r.Prepare(n)
	if err != nil {
		return err
	}
	return p.Render(w, to, date)
}

// sentinel stands for the recipient's name while a notice is prepared; it
// is plain text, unchanged by any escaping.
const sentinel = "NOTICERECIPIENTNAME9f86d081884c7d65"

// Prepared is a notice rendered once for all its recipients: only the
// greeting line differs from one recipient to the next, so the rest of
// each part is executed and encoded once. It is safe for concurrent use.
type Prepared struct {
	r       *Renderer
	n       *Notice
	subject string
	// subjectHeader is the Subject field, encoded and folded.
	subjectHeader string
	// text and html for a recipient with a name: the template output of
	// the greeting line around the name, and the encoded rest.
	text, html struct {
		before, after string
		rest          []byte
	}
	// anonText and anonHTML are the encoded parts for a recipient with no
	// name, the same for all of them.
	anonText, anonHTML []byte
	fast               bool
}

// Prepare executes the templates for n once. The result renders exactly
// what Render would.
func (r *Renderer) Prepare(n *Notice) (*Prepared, error) {
	p := &Prepared{r: r, n: n}
	var b bytes.Buffer
	if err := r.subject.Execute(&b, r.data(n, Recipient{})); err != nil {
		return nil, fmt.Errorf("render subject: %w", err)
	}
	p.subject = clean(b.String())
	b.Reset()
	header(&b, "Subject", mime.QEncoding.Encode("utf-8", p.subject))
	p.subjectHeader = b.String()
	anonText, anonHTML, err := r.execute(n, "")
	if err != nil {
		return nil, err
	}
	p.anonText, p.anonHTML = qp(anonText), qp(anonHTML)
	text, html, err := r.execute(n, sentinel)
	if err != nil {
		return nil, err
	}
	okText := split(text, &p.text.before, &p.text.after, &p.text.rest)
	okHTML := split(html, &p.html.before, &p.html.after, &p.html.rest)
	p.fast = okText && okHTML
	return p, nil
}

// split cuts out around the single sentinel: before it, after it up to the
// end of its line, and the encoded rest.
func split(out []byte, before, after *string, rest *[]byte) bool {
	i := bytes.Index(out, []byte(sentinel))
	if i < 0 || bytes.Count(out, []byte(sentinel)) != 1 {
		return false
	}
	j := i + len(sentinel)
	nl := bytes.IndexByte(out[j:], '\n')
	if nl < 0 {
		return false
	}
	*before, *after = string(out[:i]), string(out[j:j+nl+1])
	*rest = qp(out[j+nl+1:])
	return true
}

func (r *Renderer) execute(n *Notice, name string) (text, html []byte, err error) {
	d := r.data(n, Recipient{Name: name})
	var t, h bytes.Buffer
	if err := r.text.Execute(&t, d); err != nil {
		return nil, nil, fmt.Errorf("render text: %w", err)
	}
	if err := r.html.Execute(&h, d); err != nil {
		return nil, nil, fmt.Errorf("render html: %w", err)
	}
	return t.Bytes(), h.Bytes(), nil
}

func qp(body []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(body) + len(body)/16)
	q := quotedprintable.NewWriter(&b)
	q.Write(body) // writes to a bytes.Buffer cannot fail
	q.Close()
	return b.Bytes()
}

// Subject returns the message's subject.
func (p *Prepared) Subject() string { return p.subject }

// Render writes to w the message telling to about the prepared notice (see
// Renderer.Render). Handed a *bytes.Buffer, it writes into it directly.
func (p *Prepared) Render(w io.Writer, to Recipient, date time.Time) error {
	r := p.r
	if err := checkAddress(to.Email); err != nil {
		return fmt.Errorf("recipient %d: %w", to.ID, err)
	}
	name := clean(to.Name)
	// Each part is a personal head, quoted-printable, then a shared rest.
	var textHead, text, htmlHead, html []byte
	switch {
	case name == "":
		text, html = p.anonText, p.anonHTML
	case p.fast:
		esc, err := r.escapeName(name)
		if err != nil {
			return err
		}
		textHead = qp([]byte(p.text.before + name + p.text.after))
		htmlHead = qp([]byte(p.html.before + esc + p.html.after))
		text, html = p.text.rest, p.html.rest
	default:
		t, h, err := r.execute(p.n, name)
		if err != nil {
			return err
		}
		text, html = qp(t), qp(h)
	}
	id := to.MessageID
	if id == "" {
		id = r.MessageID(p.n.RevisionID, to.ID)
	}
	id = "<" + strings.Trim(clean(id), "<> ") + ">"
	sum := sha256.Sum256([]byte(id))
	var bnd [9 + 24]byte
	copy(bnd[:], "=_notice_")
	hex.Encode(bnd[9:], sum[:12])
	boundary := string(bnd[:])

	b, direct := w.(*bytes.Buffer)
	if !direct {
		b = new(bytes.Buffer)
	}
	b.Grow(len(textHead) + len(text) + len(htmlHead) + len(html) + 2048)
	b.WriteString(r.fromHeader)
	header(b, "To", (&mail.Address{Name: name, Address: to.Email}).String())
	b.WriteString(p.subjectHeader)
	// An RFC 1123 date is short enough never to fold.
	var day [64]byte
	b.WriteString("Date: ")
	b.Write(date.AppendFormat(day[:0], time.RFC1123Z))
	b.WriteString("\r\n")
	header(b, "Message-ID", id)
	b.WriteString("MIME-Version: 1.0\r\nAuto-Submitted: auto-generated\r\n")
	if r.unsub != "" {
		header(b, "List-Unsubscribe", "<"+strings.ReplaceAll(r.unsub, "{id}", strconv.FormatInt(to.ID, 10))+">")
		b.WriteString("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n")
	}
	header(b, "Content-Type", `multipart/alternative; boundary="`+boundary+`"`)
	b.WriteString("\r\n")
	part(b, boundary, "text/plain; charset=utf-8", textHead, text)
	part(b, boundary, "text/html; charset=utf-8", htmlHead, html)
	b.WriteString("--")
	b.WriteString(boundary)
	b.WriteString("--\r\n")
	if direct {
		return nil
	}
	_, err := w.Write(b.Bytes())
	return err
}

// escapeName returns name escaped as the HTML template escapes it in text:
// a name without a character that escaper changes is left as it is.
func (r *Renderer) escapeName(name string) (string, error) {
	if !strings.ContainsAny(name, "\x00\"&'+<>") {
		return name, nil
	}
	var esc strings.Builder
	if err := r.name.Execute(&esc, name); err != nil {
		return "", fmt.Errorf("render name: %w", err)
	}
	return esc.String(), nil
}

// part writes one body part, already quoted-printable: head then body.
func part(b *bytes.Buffer, boundary, contentType string, head, body []byte) {
	b.WriteString("--")
	b.WriteString(boundary)
	b.WriteString("\r\nContent-Type: ")
	b.WriteString(contentType)
	b.WriteString("\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	b.Write(head)
	b.Write(body)
	last := body
	if len(body) < 2 {
		last = append(append([]byte(nil), head...), body...)
	}
	if !bytes.HasSuffix(last, []byte("\r\n")) {
		b.WriteString("\r\n")
	}
}

// header writes one header field, folded at spaces so that lines stay
// within 78 characters where the value allows (RFC 5322 §2.2.3).
func header(b *bytes.Buffer, name, value string) {
	b.WriteString(name)
	b.WriteByte(':')
	width := len(name) + 1
	for i := 0; ; i++ {
		word, rest, more := strings.Cut(value, " ")
		if i > 0 && width+1+len(word) > 78 {
			b.WriteString("\r\n")
			width = 0
		}
		b.WriteByte(' ')
		b.WriteString(word)
		width += 1 + len(word)
		if !more {
			break
		}
		value = rest
	}
	b.WriteString("\r\n")
}

// clean makes s safe for a header: control characters (CR and LF first
// among them) become spaces, runs of spaces collapse and the ends are
// trimmed.
func clean(s string) string {
	// Most values are printable ASCII with single spaces between words,
	// which cleaning leaves as they are.
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f {
			if c == ' ' && i > 0 && i < len(s)-1 && s[i+1] != ' ' {
				continue
			}
			return cleanFields(s)
		}
	}
	return s
}

func cleanFields(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
}

// checkAddress accepts a bare addr-spec with no display name, comment,
// space or control character.
func checkAddress(addr string) error {
	a, err := mail.ParseAddress(addr)
	if err != nil || a.Address != addr || a.Name != "" || strings.ContainsFunc(addr, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}) {
		return fmt.Errorf("%w: address %q: give a plain address such as alice@example.com", notice.ErrInvalidInput, addr)
	}
	return nil
}
