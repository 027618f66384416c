package mailer

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"fmt"

	"github.com/emersion/go-msgauth/dkim"

	"github.com/noticeproject/notice/internal/notice"
)

// signedHeaders are the header fields a DKIM signature covers (RFC 6376
// §5.4.1), List-Unsubscribe and List-Unsubscribe-Post among them as
// RFC 8058 §4 requires. A field absent from a message is signed as absent,
// so it cannot be added later.
func signedHeaders() []string {
	return []string{"From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
		"Content-Type", "Auto-Submitted", "List-Unsubscribe", "List-Unsubscribe-Post"}
}

// DKIM signs final message bytes (RFC 6376, relaxed/relaxed, SHA-256).
type DKIM struct {
	opt dkim.SignOptions
}

// NewDKIM reads a PEM private key (PKCS #1 or PKCS #8, RSA or Ed25519) for
// domain and selector. Errors wrap notice.ErrInvalidInput.
func NewDKIM(keyPEM []byte, domain, selector string) (*DKIM, error) {
	if domain == "" || selector == "" {
		return nil, fmt.Errorf("%w: dkim: give both --dkim-domain and --dkim-selector", notice.ErrInvalidInput)
	}
	block, _ := pem.Decode(keyPEM)
	if block == nil {
		return nil, fmt.Errorf("%w: dkim key: no PEM block; give a PEM private key (openssl genrsa 2048)", notice.ErrInvalidInput)
	}
	var key crypto.Signer
	if k, err := x509.ParsePKCS1PrivateKey(block.Bytes); err == nil {
		key = k
	} else if k, err := x509.ParsePKCS8PrivateKey(block.Bytes); err == nil {
		switch k := k.(type) {
		case *rsa.PrivateKey:
			key = k
		case ed25519.PrivateKey:
			key = k
		}
	}
	if key == nil {
		return nil, fmt.Errorf("%w: dkim key: not an RSA or Ed25519 private key", notice.ErrInvalidInput)
	}
	return &DKIM{opt: dkim.SignOptions{
		Domain:                 domain,
		Selector:               selector,
		Signer:                 key,
		Hash:                   crypto.SHA256,
		HeaderCanonicalization: dkim.CanonicalizationRelaxed,
		BodyCanonicalization:   dkim.CanonicalizationRelaxed,
		HeaderKeys:             signedHeaders(),
	}}, nil
}

// Sign returns msg with a DKIM-Signature header field prepended. It is
// safe for concurrent use.
func (d *DKIM) Sign(msg []byte) ([]byte, error) {
	opt := d.opt
	s, err := dkim.NewSigner(&opt)
	if err != nil {
		return nil, fmt.Errorf("dkim: %w", err)
	}
	if _, err := s.Write(msg); err != nil {
		s.Close()
		return nil, fmt.Errorf("dkim: %w", err)
	}
	if err := s.Close(); err != nil {
		return nil, fmt.Errorf("dkim: %w", err)
	}
	var b bytes.Buffer
	b.Grow(len(msg) + 512)
	b.WriteString(s.Signature())
	b.Write(msg)
	return b.Bytes(), nil
}
