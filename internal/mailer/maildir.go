package mailer

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"time"
)

// Maildir writes each message as a file in a Maildir: written under tmp/,
// then renamed into new/, so a reader (mutt -f DIR) never sees half a
// message. It is safe for concurrent use.
type Maildir struct {
	dir   string
	host  string
	pid   int
	count atomic.Uint64
	now   func() time.Time
}

// OpenMaildir creates dir/tmp, dir/new and dir/cur as needed.
func OpenMaildir(dir string) (*Maildir, error) {
	for _, sub := range []string{"tmp", "new", "cur"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o700); err != nil {
			return nil, fmt.Errorf("outbox: %w", err)
		}
	}
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "localhost"
	}
	// '/' and ':' may not appear in a Maildir file name.
	host = replace(host)
	return &Maildir{dir: dir, host: host, pid: os.Getpid(), now: time.Now}, nil
}

func replace(host string) string {
	b := []byte(host)
	for i, c := range b {
		if c == '/' || c == ':' {
			b[i] = '_'
		}
	}
	return string(b)
}

// Send writes msg (CRLF line endings, as rendered for SMTP) with LF line
// endings, the convention of mailbox files, and returns the file's name.
// The envelope is not stored: the message's own headers say who it is for.
func (m *Maildir) Send(_ context.Context, _, _ string, msg []byte) (string, error) {
	now := m.now()
	name := strconv.FormatInt(now.Unix(), 10) + ".M" + strconv.Itoa(now.Nanosecond()/1000) +
		"P" + strconv.Itoa(m.pid) + "Q" + strconv.FormatUint(m.count.Add(1), 10) + "." + m.host
	tmp := filepath.Join(m.dir, "tmp", name)
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", fmt.Errorf("outbox: %w", err)
	}
	_, err = f.Write(bytes.ReplaceAll(msg, []byte("\r\n"), []byte("\n")))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(m.dir, "new", name))
	}
	if err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("outbox: %w", err)
	}
	return "written to " + filepath.Join("new", name), nil
}

// Close does nothing: a Maildir holds no connection.
func (m *Maildir) Close() error { return nil }
