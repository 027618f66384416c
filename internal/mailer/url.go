// Package mailer hands rendered messages to a mail server over SMTP
// (RFC 5321) or writes them into a Maildir, and optionally signs them with
// DKIM (RFC 6376). It is the only importer of github.com/wneessen/go-mail.
//
// A server is named by a URL:
//
//	smtp://HOST[:PORT]           plain SMTP, port 25; allowed to loopback only
//	smtp+starttls://HOST[:PORT]  STARTTLS required, port 587
//	smtps://HOST[:PORT]          implicit TLS (RFC 8314), port 465
//
// with optional query parameters timeout=DURATION (per command, default
// 30s) and helo=NAME. Credentials never appear in the URL: the caller
// passes them in Options (the notice command reads them from
// NOTICE_SMTP_USERNAME and NOTICE_SMTP_PASSWORD).
package mailer

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/noticeproject/notice/internal/notice"
)

// Security is how a connection is protected.
type Security int

// Securities.
const (
	Plain    Security = iota // no TLS: loopback only
	StartTLS                 // STARTTLS, required
	TLS                      // implicit TLS from the first byte
)

// Server is a parsed SMTP URL.
type Server struct {
	Host     string
	Port     int
	Security Security
	Timeout  time.Duration // per SMTP command
	HELO     string        // empty: the local host name
}

// Addr returns host:port.
func (s Server) Addr() string { return net.JoinHostPort(s.Host, strconv.Itoa(s.Port)) }

// ParseURL parses an SMTP URL (see the package comment). Errors wrap
// notice.ErrInvalidInput and say what a valid URL looks like.
func ParseURL(raw string) (Server, error) {
	bad := func(why string) (Server, error) {
		return Server{}, fmt.Errorf("%w: smtp URL %q: %s (use smtp://127.0.0.1:25, smtp+starttls://mail.example.com:587 or smtps://mail.example.com:465)",
			notice.ErrInvalidInput, redact(raw), why)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return bad("not a URL")
	}
	s := Server{Timeout: 30 * time.Second}
	switch u.Scheme {
	case "smtp":
		s.Security, s.Port = Plain, 25
	case "smtp+starttls":
		s.Security, s.Port = StartTLS, 587
	case "smtps":
		s.Security, s.Port = TLS, 465
	case "":
		return bad("no scheme")
	default:
		return bad("unknown scheme " + u.Scheme)
	}
	if u.User != nil {
		return bad("credentials do not belong in the URL; set NOTICE_SMTP_USERNAME and NOTICE_SMTP_PASSWORD")
	}
	if u.Opaque != "" || (u.Path != "" && u.Path != "/") || u.Fragment != "" {
		return bad("a server URL has no path")
	}
	s.Host = u.Hostname()
	if s.Host == "" {
		return bad("no host")
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return bad("port must be 1-65535")
		}
		s.Port = n
	} else if strings.HasSuffix(u.Host, ":") {
		return bad("empty port")
	}
	for k, v := range u.Query() {
		switch k {
		case "timeout":
			d, err := time.ParseDuration(v[len(v)-1])
			if err != nil || d <= 0 {
				return bad("timeout must be a duration such as 30s")
			}
			s.Timeout = d
		case "helo":
			if strings.ContainsAny(v[len(v)-1], " \r\n\t") || v[len(v)-1] == "" {
				return bad("helo must be a host name")
			}
			s.HELO = v[len(v)-1]
		default:
			return bad("unknown parameter " + k + " (timeout, helo)")
		}
	}
	if s.Security == Plain && !Loopback(s.Host) {
		return bad("plain SMTP is allowed to loopback only; TLS is required to " + s.Host)
	}
	return s, nil
}

// Loopback reports whether host is localhost or a loopback address.
func Loopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	u.User = url.User("REDACTED")
	return u.String()
}
