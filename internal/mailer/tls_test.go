package mailer

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/noticeproject/notice/internal/mailer/smtptest"
	"github.com/noticeproject/notice/internal/notice"
)

// certificate makes a self-signed certificate for 127.0.0.1 and a client
// configuration that trusts it.
func certificate(t *testing.T) (server, client *tls.Config) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "smtptest"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, BasicConstraintsValid: true, IsCA: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}},
		&tls.Config{RootCAs: pool}
}

func TestTLS(t *testing.T) {
	serverTLS, clientTLS := certificate(t)
	tests := []struct {
		name   string
		server smtptest.Options
		scheme string
		opt    Options
		fail   string // empty: the message goes through
	}{
		{"starttls", smtptest.Options{TLS: serverTLS}, "smtp+starttls", Options{TLSConfig: clientTLS}, ""},
		{"implicit", smtptest.Options{TLS: serverTLS, Implicit: true}, "smtps", Options{TLSConfig: clientTLS}, ""},
		{"auth", smtptest.Options{TLS: serverTLS, Username: "notices", Password: "s3cret"}, "smtp+starttls",
			Options{TLSConfig: clientTLS, Username: "notices", Password: "s3cret"}, ""},
		{"wrong password", smtptest.Options{TLS: serverTLS, Username: "notices", Password: "s3cret"}, "smtp+starttls",
			Options{TLSConfig: clientTLS, Username: "notices", Password: "guess"}, "AUTH failed"},
		{"no starttls offered", smtptest.Options{}, "smtp+starttls", Options{TLSConfig: clientTLS}, "STARTTLS"},
		{"untrusted certificate", smtptest.Options{TLS: serverTLS}, "smtp+starttls", Options{}, "certificate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, err := smtptest.StartWith(tt.server)
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			s, err := NewSMTP(tt.scheme+"://"+srv.Addr+"?timeout=5s", tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			c := s.Conn()
			defer c.Close()
			_, err = c.Send(context.Background(), "a@example.com", "b@example.com", msg("b@example.com"))
			if tt.fail == "" {
				if err != nil || len(srv.Messages()) != 1 {
					t.Fatalf("Send over %s = %v; server has %d messages, want 1", tt.scheme, err, len(srv.Messages()))
				}
				return
			}
			if !errors.Is(err, notice.ErrUnreachable) || !strings.Contains(err.Error(), tt.fail) {
				t.Errorf("Send = %v, want ErrUnreachable mentioning %q", err, tt.fail)
			}
			if len(srv.Messages()) != 0 {
				t.Errorf("server accepted %d messages", len(srv.Messages()))
			}
		})
	}
}
