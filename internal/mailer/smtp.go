package mailer

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"os"
	"strings"
	"syscall"

	mail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"

	"github.com/noticeproject/notice/internal/notice"
)

// Options configure an SMTP transport.
type Options struct {
	Username string // SMTP AUTH PLAIN when set
	Password string
	// TLSConfig overrides the TLS configuration (tests trust their own
	// certificate this way). ServerName defaults to the URL's host.
	TLSConfig *tls.Config
}

// SMTP is a mail server. It holds no connection itself: each worker takes
// its own Conn, which stays open from one message to the next.
type SMTP struct {
	server Server
	opt    Options
	// noPipelining makes every Conn send one command at a time even when
	// the server offers PIPELINING (tests cover both ways this way).
	noPipelining bool
}

// NewSMTP returns the server that rawURL names (see ParseURL).
func NewSMTP(rawURL string, opt Options) (*SMTP, error) {
	s, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	if (opt.Username == "") != (opt.Password == "") {
		return nil, fmt.Errorf("%w: set both NOTICE_SMTP_USERNAME and NOTICE_SMTP_PASSWORD, or neither", notice.ErrInvalidInput)
	}
	return &SMTP{server: s, opt: opt}, nil
}

// Server returns the parsed URL.
func (s *SMTP) Server() Server { return s.server }

// Conn returns a new connection, not yet dialled: the first Send dials.
// A Conn is for one goroutine at a time.
func (s *SMTP) Conn() *Conn { return &Conn{s: s} }

// Conn is one SMTP session that stays open across messages and is
// re-dialled after a drop.
type Conn struct {
	s          *SMTP
	client     *smtp.Client
	raw        net.Conn
	pipelining bool // the server offers PIPELINING (RFC 2920)
	// bw gathers a whole message and its final dot in front of the
	// session's own small writer, so that it goes out in one write.
	bw   *bufio.Writer
	bwTo *bufio.Writer // the session writer bw writes to
	// announced is the envelope SendThen wrote after its message's end of
	// data, with the server's answer to it; nil when there is none.
	announced *envelope
}

// envelope is a message's MAIL, RCPT and DATA sent ahead of the message.
// err is the server's refusal of one of them, nil when it awaits the
// message (354).
type envelope struct {
	from, to string
	err      error
}

// bodyBuffer is the size of bw: a typical notice and its final dot.
const bodyBuffer = 64 << 10

// Error is a failure to send one message. Temporary reports whether a
// later attempt may succeed: 4xx replies, time-outs and dropped
// connections are temporary, 5xx replies permanent.
type Error struct {
	Code      int    // the SMTP reply code, 0 when there was none
	Reply     string // the server's reply, or what went wrong
	temporary bool
	err       error
}

func (e *Error) Error() string {
	if e.Code != 0 {
		return fmt.Sprintf("%d %s", e.Code, e.Reply)
	}
	return e.Reply
}

// Temporary reports whether the failure may go away on a later attempt.
func (e *Error) Temporary() bool { return e.temporary }

func (e *Error) Unwrap() error { return e.err }

// Send hands msg, from the envelope sender from to the single recipient to,
// to the server, dialling first if needed. It returns the server's reply
// to the end of DATA once the server has accepted the message, and an
// *Error otherwise; when the server cannot be reached at all the error also
// wraps notice.ErrUnreachable. ctx cancels a stalled exchange.
func (c *Conn) Send(ctx context.Context, from, to string, msg []byte) (string, error) {
	return c.SendThen(ctx, from, to, msg, "")
}

// SendThen is Send, and when the server offers PIPELINING and next is not
// empty, it also writes the envelope of the next message (from from to
// next) right after this one's end of data and reads the server's answer:
// the next message costs one exchange with the server instead of two. The
// next call must then send that message: a call for another recipient, or
// Close, closes the connection, which abandons the envelope (a server
// awaiting a message keeps nothing of it).
func (c *Conn) SendThen(ctx context.Context, from, to string, msg []byte, next string) (string, error) {
	ann := c.announced
	c.announced = nil
	if ann != nil && (ann.from != from || ann.to != to) {
		c.drop()
		ann = nil
	}
	if c.client == nil {
		if err := c.dial(ctx); err != nil {
			return "", &Error{Reply: fmt.Sprintf("%s: %v", c.s.server.Addr(), err), temporary: true, err: errors.Join(notice.ErrUnreachable, err)}
		}
	}
	raw := c.raw
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	defer stop()
	if strings.ContainsAny(from+to, "<>\r\n ") {
		return "", &Error{Reply: fmt.Sprintf("unusable envelope address %q or %q", from, to)}
	}
	if !c.pipelining || strings.ContainsAny(next, "<>\r\n ") {
		next = ""
	}
	if ann != nil {
		// The envelope went ahead with the previous message.
		if ann.err != nil {
			return "", c.fail(ann.err)
		}
		reply, err := c.body(msg, from, next)
		if err != nil {
			return "", c.fail(err)
		}
		return "250 " + reply, nil
	}
	if err := c.client.UpdateDeadline(c.s.server.Timeout); err != nil {
		return "", c.fail(err)
	}
	if c.pipelining {
		reply, err := c.pipelined(from, to, msg, next)
		if err != nil {
			return "", c.fail(err)
		}
		return "250 " + reply, nil
	}
	if err := c.client.Mail("<" + from + ">"); err != nil {
		return "", c.fail(err)
	}
	if err := c.client.Rcpt("<" + to + ">"); err != nil {
		return "", c.fail(err)
	}
	if err := c.command("DATA", 354); err != nil {
		return "", c.fail(err)
	}
	reply, err := c.body(msg, from, "")
	if err != nil {
		return "", c.fail(err)
	}
	return "250 " + reply, nil
}

// pipelined sends MAIL, RCPT and DATA in one write (RFC 2920) and reads
// the three replies, then the message (and next's envelope, see body).
func (c *Conn) pipelined(from, to string, msg []byte, next string) (string, error) {
	t := c.client.Text
	t.W.WriteString(envelopeCommands(from, to))
	if err := t.W.Flush(); err != nil {
		return "", err
	}
	if err := c.envelopeReplies(); err != nil {
		return "", err
	}
	return c.body(msg, from, next)
}

func envelopeCommands(from, to string) string {
	return "MAIL FROM:<" + from + ">\r\nRCPT TO:<" + to + ">\r\nDATA\r\n"
}

// envelopeReplies reads the replies to MAIL, RCPT and DATA sent in one
// write, and returns nil when the server awaits the message.
func (c *Conn) envelopeReplies() error {
	t := c.client.Text
	_, _, mailErr := t.ReadResponse(250)
	_, _, rcptErr := t.ReadResponse(25)
	_, _, dataErr := t.ReadResponse(354)
	if err := errors.Join(mailErr, rcptErr); err != nil {
		if dataErr == nil {
			// The server took DATA despite the failure: end the empty
			// message; the first failure is what counts.
			t.W.WriteString(".\r\n")
			t.W.Flush()
			t.ReadResponse(0)
		}
		return firstOf(mailErr, rcptErr)
	}
	return dataErr
}

func firstOf(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// command sends one command and reads its reply.
func (c *Conn) command(cmd string, code int) error {
	t := c.client.Text
	id, err := t.Cmd("%s", cmd)
	if err != nil {
		return err
	}
	t.StartResponse(id)
	defer t.EndResponse(id)
	_, _, err = t.ReadResponse(code)
	return err
}

// body sends the dot-stuffed message (RFC 5321 §4.5.2) and the final dot
// after a 354 reply to DATA, and reads the reply. smtp.Client.Data does
// the same through textproto's DotWriter, which goes byte by byte: a fifth
// of the CPU time of a campaign. When next is not empty, the envelope of a
// message from from to next follows the final dot in the same write, and
// its replies are read into c.announced after the message's own.
func (c *Conn) body(msg []byte, from, next string) (string, error) {
	t := c.client.Text
	if c.bw == nil || c.bwTo != t.W {
		c.bw, c.bwTo = bufio.NewWriterSize(t.W, bodyBuffer), t.W
	}
	w := c.bw
	if len(msg) > 0 && msg[0] == '.' {
		w.WriteByte('.')
	}
	for rest := msg; len(rest) > 0; {
		i := bytes.Index(rest, []byte("\n."))
		if i < 0 {
			w.Write(rest)
			break
		}
		w.Write(rest[:i+2])
		w.WriteByte('.')
		rest = rest[i+2:]
	}
	if len(msg) > 0 && !bytes.HasSuffix(msg, []byte("\r\n")) {
		w.WriteString("\r\n")
	}
	w.WriteString(".\r\n")
	if next != "" {
		w.WriteString(envelopeCommands(from, next))
	}
	if err := w.Flush(); err != nil {
		w.Reset(t.W)
		return "", err
	}
	if err := t.W.Flush(); err != nil {
		return "", err
	}
	_, reply, err := t.ReadResponse(250)
	var tp *textproto.Error
	if next == "" || (err != nil && !errors.As(err, &tp)) {
		return reply, err
	}
	// The message's outcome is known; the next one's envelope was answered
	// after it. Should the connection fail now, the next message simply
	// goes out afresh on a new one.
	envErr := c.envelopeReplies()
	if envErr != nil && !errors.As(envErr, &tp) {
		c.drop()
		return reply, err
	}
	c.announced = &envelope{from: from, to: next, err: envErr}
	return reply, err
}

// fail classifies err. After a reply the session goes on (RSET); after
// anything else the connection is dropped and the next Send re-dials.
func (c *Conn) fail(err error) error {
	var tp *textproto.Error
	if errors.As(err, &tp) {
		// A refused message needs no RSET when the server already awaits
		// the next one, nor when the connection is gone (it dropped while
		// the next envelope was answered); anything else does.
		awaiting := c.announced != nil && c.announced.err == nil
		if tp.Code == 421 || c.client == nil || (!awaiting && c.client.Reset() != nil) {
			c.drop()
		}
		return &Error{Code: tp.Code, Reply: tp.Msg, temporary: tp.Code < 500, err: err}
	}
	c.drop()
	return &Error{Reply: describe(err), temporary: transient(err), err: err}
}

// transient reports whether a failure without an SMTP reply may go away:
// time-outs and dropped or refused connections do (go-mail reports
// time-outs as permanent, so the error is inspected here); anything else,
// such as a line the client refuses to send, does not.
func transient(err error) bool {
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout(),
		errors.Is(err, os.ErrDeadlineExceeded),
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, net.ErrClosed),
		errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNABORTED),
		errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return true
	}
	var op *net.OpError
	return errors.As(err, &op)
}

func describe(err error) string {
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded):
		return "timed out waiting for the server"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, net.ErrClosed),
		errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return "connection dropped"
	}
	return strings.TrimPrefix(err.Error(), "smtp: ")
}

func (c *Conn) drop() {
	if c.raw != nil {
		c.raw.Close()
	}
	c.client, c.raw, c.announced = nil, nil, nil
}

// dial opens a session: connect, EHLO, TLS as the URL requires, AUTH when
// credentials were given.
func (c *Conn) dial(ctx context.Context) error {
	srv := c.s.server
	tlsConfig := &tls.Config{ServerName: srv.Host, MinVersion: tls.VersionTLS12}
	if c.s.opt.TLSConfig != nil {
		tlsConfig = c.s.opt.TLSConfig.Clone()
		if tlsConfig.ServerName == "" {
			tlsConfig.ServerName = srv.Host
		}
	}
	opts := []mail.Option{
		mail.WithPort(srv.Port),
		mail.WithTimeout(srv.Timeout),
		mail.WithTLSConfig(tlsConfig),
		// The connection is kept to set a deadline and to close it when ctx
		// is cancelled mid-exchange.
		mail.WithDialContextFunc(func(ctx context.Context, network, addr string) (net.Conn, error) {
			d := &net.Dialer{Timeout: srv.Timeout}
			var conn net.Conn
			var err error
			if srv.Security == TLS {
				conn, err = (&tls.Dialer{NetDialer: d, Config: tlsConfig}).DialContext(ctx, network, addr)
			} else {
				conn, err = d.DialContext(ctx, network, addr)
			}
			c.raw = conn
			return conn, err
		}),
	}
	switch srv.Security {
	case Plain:
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	case StartTLS:
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	case TLS:
		opts = append(opts, mail.WithSSL())
	}
	if srv.HELO != "" {
		opts = append(opts, mail.WithHELO(srv.HELO))
	}
	if c.s.opt.Username != "" {
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthPlain),
			mail.WithUsername(c.s.opt.Username), mail.WithPassword(c.s.opt.Password))
	}
	client, err := mail.NewClient(srv.Host, opts...)
	if err != nil {
		return err
	}
	sc, err := client.DialToSMTPClientWithContext(ctx)
	if err != nil {
		if c.raw != nil {
			c.raw.Close()
			c.raw = nil
		}
		return err
	}
	c.client = sc
	c.pipelining, _ = sc.Extension("PIPELINING")
	c.pipelining = c.pipelining && !c.s.noPipelining
	return nil
}

// Close ends the session politely (QUIT); it is a no-op when none is open.
func (c *Conn) Close() error {
	if c.client == nil {
		return nil
	}
	if c.announced != nil {
		// The server awaits a message that will not come: QUIT would be
		// read as its text.
		c.drop()
		return nil
	}
	err := c.client.Quit()
	c.drop()
	return err
}
