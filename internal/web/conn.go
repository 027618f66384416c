package web

import (
	"context"
	"net"
	"net/http"
	"sync"
)

// Listener returns ln with its connections wrapped so that the archive
// sends each response in one write. Go's HTTP server buffers a response in
// 4 KiB and writes it out as the buffer fills, so any page over about
// 3.6 KB took two write calls, each a separate TCP segment that wakes the
// client. A
// connection from Listener holds what the server writes while a request is
// handled and sends it in one call when the handler returns. Serve the
// listener with the http.Server from Server.HTTPServer, which hands each
// connection to the handler.
func Listener(ln net.Listener) net.Listener {
	l := &listener{Listener: ln}
	l.bufs.New = func() any { b := make([]byte, 0, 16<<10); return &b }
	return l
}

type listener struct {
	net.Listener
	// bufs recycles the buffers of held responses, so that idle
	// keep-alive connections hold none.
	bufs sync.Pool
}

func (l *listener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &heldConn{Conn: c, bufs: &l.bufs}, nil
}

// maxHeld bounds what a connection holds: a larger response goes out in
// writes of about this size, rather than being copied whole.
const maxHeld = 64 << 10

// heldConn is a connection that can hold its writes. It is used by one
// goroutine at a time, the one serving its current request, as net/http
// guarantees for writes.
type heldConn struct {
	net.Conn
	bufs *sync.Pool
	held bool
	buf  *[]byte
	err  error // the first failed write; later writes fail with it
}

// hold starts holding writes.
func (c *heldConn) hold() {
	c.held = true
	if c.buf == nil {
		c.buf = c.bufs.Get().(*[]byte)
	}
}

// send writes what is held in one call and stops holding.
func (c *heldConn) send() {
	c.held = false
	if c.buf == nil {
		return
	}
	if b := *c.buf; len(b) > 0 && c.err == nil {
		if _, err := c.Conn.Write(b); err != nil {
			c.err = err
		}
	}
	*c.buf = (*c.buf)[:0]
	c.bufs.Put(c.buf)
	c.buf = nil
}

func (c *heldConn) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if !c.held {
		return c.Conn.Write(p)
	}
	b := *c.buf
	if len(b)+len(p) <= maxHeld {
		*c.buf = append(b, p...)
		return len(p), nil
	}
	// Too much to hold: send what is held and p together.
	bufs := net.Buffers{b, p}
	n, err := bufs.WriteTo(c.Conn)
	*c.buf = b[:0]
	if err != nil {
		c.err = err
		return max(0, int(n)-len(b)), err
	}
	return len(p), nil
}

// CloseWrite lets net/http half-close the connection, as it does on a TCP
// connection, before closing it after an error.
func (c *heldConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

type connKey struct{}

// connContext is the http.Server's ConnContext: it hands the handler the
// connection, when it is one that can hold writes.
func connContext(ctx context.Context, c net.Conn) context.Context {
	if hc, ok := c.(*heldConn); ok {
		return context.WithValue(ctx, connKey{}, hc)
	}
	return ctx
}

// sendHeld sends the response written so far on w, when its connection
// holds writes, in one write. Call it only once the response's headers,
// Content-Length included, and its whole body are written: it flushes w.
func sendHeld(w http.ResponseWriter, r *http.Request) {
	hc, _ := r.Context().Value(connKey{}).(*heldConn)
	if hc == nil || !hc.held {
		return
	}
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	hc.send()
}
