// Package smtptest runs an SMTP server (RFC 5321) in the test's own process,
// on 127.0.0.1, that keeps what it accepts and can be told to fail: answer
// a 4xx or 5xx code, drop the connection or stall. It is for tests only.
package smtptest

import (
	"bytes"
	"crypto/tls"
	"errors"
	"io"
	"log"
	"net"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Fault is what the server does with one attempt instead of accepting it.
// The zero Fault accepts.
type Fault struct {
	At    string        // "rcpt" or "data" (the default): where the fault strikes
	Code  int           // reply with this code (e.g. 421, 451, 550)
	Drop  bool          // close the connection without a reply
	Stall time.Duration // wait this long before acting
}

// Message is one accepted message.
type Message struct {
	From, To string
	Data     []byte
}

// Server is a running server. Set Fault and Delay before the first
// connection.
type Server struct {
	Addr string // host:port
	// Fault, when set, is asked about the nth attempt (from 1) to send to
	// to.
	Fault func(to string, n int) Fault
	// Delay slows every accepted message down, to simulate a slow server.
	Delay time.Duration

	srv      *smtp.Server
	mu       sync.Mutex
	msgs     []Message
	attempts map[string]int
	conns    int
}

// Options configure a server started with StartWith.
type Options struct {
	// TLS, when set, offers STARTTLS with this configuration, or with
	// Implicit, speaks TLS from the first byte (smtps).
	TLS      *tls.Config
	Implicit bool
	// Username and Password, when set, are required (AUTH PLAIN) before
	// MAIL.
	Username, Password string
}

// Start listens on 127.0.0.1:0 and serves plain SMTP until Close.
func Start() (*Server, error) { return StartWith(Options{}) }

// StartWith listens on 127.0.0.1:0 and serves as opt says until Close.
func StartWith(opt Options) (*Server, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	if opt.TLS != nil && opt.Implicit {
		l = tls.NewListener(l, opt.TLS)
	}
	s := &Server{Addr: l.Addr().String(), attempts: map[string]int{}}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		s.mu.Lock()
		s.conns++
		s.mu.Unlock()
		return &session{s: s, c: c, opt: opt}, nil
	}))
	if opt.TLS != nil && !opt.Implicit {
		s.srv.TLSConfig = opt.TLS
	}
	s.srv.Domain = "localhost"
	s.srv.AllowInsecureAuth = true
	s.srv.MaxMessageBytes = 10 << 20
	s.srv.ErrorLog = log.New(io.Discard, "", 0) // dropped connections are the point
	go s.srv.Serve(l)
	return s, nil
}

// Close stops the server and drops its connections.
func (s *Server) Close() error { return s.srv.Close() }

// Messages returns a copy of what was accepted so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msgs...)
}

// Received counts the messages accepted for each recipient.
func (s *Server) Received() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for _, m := range s.msgs {
		out[m.To]++
	}
	return out
}

// Connections counts the sessions opened so far.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns
}

type session struct {
	s      *Server
	c      *smtp.Conn
	opt    Options
	authed bool
	from   string
	to     string
	fault  Fault
}

func (ss *session) AuthMechanisms() []string {
	if ss.opt.Username == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, username, password string) error {
		if username != ss.opt.Username || password != ss.opt.Password {
			return errors.New("invalid credentials")
		}
		ss.authed = true
		return nil
	}), nil
}

// TLS reports whether the session is encrypted.
func (ss *session) tls() bool {
	_, ok := ss.c.TLSConnectionState()
	return ok
}

func (ss *session) Reset()        { ss.from, ss.to, ss.fault = "", "", Fault{} }
func (ss *session) Logout() error { return nil }

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.opt.Username != "" && !ss.authed {
		return smtp.ErrAuthRequired
	}
	if ss.opt.TLS != nil && !ss.tls() {
		return &smtp.SMTPError{Code: 530, Message: "must issue a STARTTLS command first"}
	}
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	ss.to = to
	ss.s.mu.Lock()
	ss.s.attempts[to]++
	n := ss.s.attempts[to]
	ss.s.mu.Unlock()
	if ss.s.Fault != nil {
		ss.fault = ss.s.Fault(to, n)
	}
	if ss.fault.At == "rcpt" {
		return ss.strike()
	}
	return nil
}

func (ss *session) Data(r io.Reader) error {
	var b bytes.Buffer
	if _, err := io.Copy(&b, r); err != nil {
		return err
	}
	if ss.fault.At != "rcpt" && ss.fault != (Fault{}) {
		return ss.strike()
	}
	if ss.s.Delay > 0 {
		time.Sleep(ss.s.Delay)
	}
	ss.s.mu.Lock()
	ss.s.msgs = append(ss.s.msgs, Message{From: ss.from, To: ss.to, Data: b.Bytes()})
	ss.s.mu.Unlock()
	return nil
}

func (ss *session) strike() error {
	f := ss.fault
	if f.Stall > 0 {
		time.Sleep(f.Stall)
	}
	if f.Drop {
		ss.c.Conn().Close()
		return errors.New("connection dropped")
	}
	if f.Code != 0 {
		return &smtp.SMTPError{Code: f.Code, Message: "fault injected by smtptest"}
	}
	return nil
}
