// Package storetest gives tests an empty database of each kind the store
// supports: a SQLite file in a temporary directory, and a fresh schema in
// the PostgreSQL database that NOTICE_TEST_POSTGRES names.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// EnvPostgres names the variable that holds the test PostgreSQL URL.
const EnvPostgres = "NOTICE_TEST_POSTGRES"

// SQLite returns the URL of a new SQLite database in t's temporary
// directory.
func SQLite(t testing.TB) string {
	t.Helper()
	return "sqlite:" + filepath.Join(t.TempDir(), "notice.db")
}

// Postgres returns the URL of a fresh, empty schema in the database
// NOTICE_TEST_POSTGRES names, dropped when t ends. When the variable is
// unset it skips t, unless NOTICE_CI=1, when it fails t: CI must not skip.
func Postgres(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvPostgres)
	if base == "" {
		if os.Getenv("NOTICE_CI") == "1" {
			t.Fatalf("%s is unset but NOTICE_CI=1: PostgreSQL tests must run in CI", EnvPostgres)
		}
		t.Skipf("%s is unset: skipping PostgreSQL", EnvPostgres)
	}
	u, drop, err := NewSchema(context.Background(), base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := drop(); err != nil {
			t.Errorf("drop test schema: %v", err)
		}
	})
	return u
}

// NewSchema creates a uniquely named schema in the database base names and
// returns a URL whose search_path is that schema, so that tests in parallel
// processes never see each other's tables, and a function that drops it.
func NewSchema(ctx context.Context, base string) (string, func() error, error) {
	cfg, err := pgx.ParseConfig(base)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", EnvPostgres, err)
	}
	db := stdlib.OpenDB(*cfg)
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		db.Close()
		return "", nil, err
	}
	schema := "notice_test_" + hex.EncodeToString(b)
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		db.Close()
		return "", nil, fmt.Errorf("create test schema: %w", err)
	}
	drop := func() error {
		defer db.Close()
		_, err := db.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
		return err
	}
	u, err := url.Parse(base)
	if err != nil {
		drop()
		return "", nil, fmt.Errorf("%s: %w", EnvPostgres, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), drop, nil
}

// Backends returns, for each kind of database, its name and a function
// that gives a new empty database's URL. Tests run against both.
func Backends() []Backend {
	return []Backend{{Name: "sqlite", URL: SQLite}, {Name: "postgres", URL: Postgres}}
}

// Backend is one kind of database.
type Backend struct {
	Name string
	URL  func(testing.TB) string
}
