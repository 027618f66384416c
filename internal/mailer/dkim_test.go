package mailer

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-msgauth/dkim"

	"github.com/noticeproject/notice/internal/message"
	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/templates"
)

// signed renders a notice with long, folded headers (List-Unsubscribe,
// a non-ASCII name) and signs it.
func signed(t *testing.T) (msg []byte, txt string) {
	t.Helper()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)})
	pub, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	txt = "v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(pub)
	d, err := NewDKIM(keyPEM, "example.com", "notice2026")
	if err != nil {
		t.Fatal(err)
	}
	r, err := message.New(templates.Email(), message.Options{
		From:            "Example Privacy Team <privacy@example.com>",
		ListUnsubscribe: "https://example.com/notices/unsubscribe/one-click?subscriber={id}&list=privacy-policy-changes",
	})
	if err != nil {
		t.Fatal(err)
	}
	n := &message.Notice{
		Name: "privacy", Title: "Privacy Policy for Example Online Services and Mobile Applications",
		RevisionID: "3f2a9c1d8e7b6a5f4e3d2c1b0a998877665544aa",
		Effective:  time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC),
		Summary:    "We will share your purchase history with advertising partners.",
		Sections: []message.Section{{Name: "Sharing", Changes: []message.Change{{
			Before: "We do not share your data.", After: "We share your purchase history with partners.", Reason: "More companies get your data."}}}},
	}
	var b bytes.Buffer
	if err := r.Render(&b, n, message.Recipient{ID: 7, Email: "zoe@example.com", Name: "Zoë Łukasiewicz-Ångström"}, time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	msg, err = d.Sign(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return msg, txt
}

func TestDKIMVerifies(t *testing.T) {
	msg, txt := signed(t)
	lookup := &dkim.VerifyOptions{LookupTXT: func(domain string) ([]string, error) {
		if domain != "notice2026._domainkey.example.com" {
			return nil, errors.New("no such record")
		}
		return []string{txt}, nil
	}}
	vs, err := dkim.VerifyWithOptions(bytes.NewReader(msg), lookup)
	if err != nil || len(vs) != 1 || vs[0].Err != nil {
		t.Fatalf("dkim.Verify = %v, %v", vs, err)
	}
	tampered := bytes.Replace(msg, []byte("Subject: Update"), []byte("Subject: Urgent"), 1)
	if vs, _ := dkim.VerifyWithOptions(bytes.NewReader(tampered), lookup); len(vs) != 1 || vs[0].Err == nil {
		t.Error("a tampered subject still verifies")
	}
}

// TestDKIMVerifiesWithPython has an independent implementation
// (python3-dkim, Debian's dkimpy) verify the signature.
func TestDKIMVerifiesWithPython(t *testing.T) {
	// Debian's package installs into the system interpreter, which may
	// not be the first python3 on PATH.
	python := ""
	for _, p := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(p, "-c", "import dkim").Run() == nil {
			python = p
			break
		}
	}
	if python == "" {
		if os.Getenv("NOTICE_CI") == "1" {
			t.Fatal("python3-dkim is missing")
		}
		t.Skip("python3-dkim is not installed (apt-get install python3-dkim)")
	}
	msg, txt := signed(t)
	dir := t.TempDir()
	record := filepath.Join(dir, "record.txt")
	if err := os.WriteFile(record, []byte(txt), 0o600); err != nil {
		t.Fatal(err)
	}
	const script = `import sys, dkim
txt = open(sys.argv[1], 'rb').read()
def dnsfunc(name, timeout=5):
    return txt if name == b'notice2026._domainkey.example.com.' else None
sys.exit(0 if dkim.verify(sys.stdin.buffer.read(), dnsfunc=dnsfunc) else 1)
`
	verify := func(m []byte) error {
		cmd := exec.Command(python, "-c", script, record)
		cmd.Stdin = bytes.NewReader(m)
		out, err := cmd.CombinedOutput()
		if err != nil {
			return errors.New(strings.TrimSpace(string(out)) + " " + err.Error())
		}
		return nil
	}
	if err := verify(msg); err != nil {
		t.Fatalf("python3 dkim.verify: %v\n%s", err, msg[:min(len(msg), 1500)])
	}
	if err := verify(bytes.Replace(msg, []byte("zoe@example.com"), []byte("eve@example.com"), 1)); err == nil {
		t.Error("python3 dkim.verify accepts a tampered recipient")
	}
}

func TestDKIMBadKey(t *testing.T) {
	for _, key := range []string{"", "not pem", "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n"} {
		if _, err := NewDKIM([]byte(key), "example.com", "s"); !errors.Is(err, notice.ErrInvalidInput) {
			t.Errorf("NewDKIM(%q) = %v, want ErrInvalidInput", key, err)
		}
	}
}
