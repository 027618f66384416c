package store

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/noticeproject/notice/internal/notice"
	"github.com/noticeproject/notice/internal/store/storetest"
)

func TestParseQueries(t *testing.T) {
	got, err := parseQueries("-- a comment\n-- name: one\nSELECT 1;\n\n-- name:  two \n-- why\nSELECT\n  2;\n")
	if err != nil || got["one"] != "SELECT 1;" || got["two"] != "-- why\nSELECT\n  2;" || len(got) != 2 {
		t.Errorf("parseQueries = %q, %v", got, err)
	}
	if _, err := parseQueries("-- name: a\nSELECT 1;\n-- name: a\nSELECT 2;\n"); err == nil {
		t.Errorf("parseQueries with a name defined twice = nil error")
	}
	for _, d := range []dialect{dialectSQLite, dialectPostgres} {
		if _, err := loadQueries(d); err != nil {
			t.Errorf("loadQueries(%s) = %v", d, err)
		}
		ms, err := migrations(d)
		if err != nil || len(ms) == 0 || ms[0].version != 1 {
			t.Fatalf("migrations(%s) = %v, %v", d, ms, err)
		}
		for i := 1; i < len(ms); i++ {
			if ms[i].version != ms[i-1].version+1 {
				t.Errorf("migrations(%s): version %d follows %d", d, ms[i].version, ms[i-1].version)
			}
		}
	}
	if a, b := mustMigrations(t, dialectSQLite), mustMigrations(t, dialectPostgres); len(a) != len(b) {
		t.Errorf("SQLite has %d migrations, PostgreSQL %d: keep the dialects in step", len(a), len(b))
	}
}

func mustMigrations(t *testing.T, d dialect) []migration {
	ms, err := migrations(d)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// TestMigrateNewer: a database migrated by a newer notice is refused, not
// misread.
func TestMigrateNewer(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "n.db")
	st, err := Open(ctx, "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.db.Exec("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 'x')"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	_, err = Open(ctx, "sqlite:"+path)
	if err == nil || !strings.Contains(err.Error(), "database schema version 999 is newer than this notice knows") {
		t.Errorf("Open(newer database) = %v, want a refusal", err)
	}
}

// TestTranslate: driver errors become the domain's sentinels.
func TestTranslate(t *testing.T) {
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			ctx := context.Background()
			st, err := Open(ctx, b.URL(t))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			_, err = st.db.Exec("INSERT INTO meta (key, value) VALUES ('email_salt', 'x')")
			if err = st.translate(err); !errors.Is(err, notice.ErrExists) {
				t.Errorf("translate(unique violation) = %v, want ErrExists", err)
			}
			if err := st.translate(sql.ErrNoRows); !errors.Is(err, notice.ErrNotFound) {
				t.Errorf("translate(sql.ErrNoRows) = %v, want ErrNotFound", err)
			}
		})
	}
}
