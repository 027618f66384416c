// Package store keeps subscribers and the delivery ledger in SQLite
// (modernc.org/sqlite, WAL) or PostgreSQL (github.com/jackc/pgx/v5). It is
// the only package that imports SQL drivers.
//
// The SQL lives in queries/*.sql (named queries, one file per dialect) and
// migrations/<dialect>/NNNN_*.sql (versioned migrations, applied by Open in
// one transaction). Driver errors are translated into the domain's
// sentinels: notice.ErrExists, notice.ErrNotFound, notice.ErrConflict and
// notice.ErrInvalidInput.
package store

import (
	"bufio"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/noticeproject/notice/internal/notice"
)

//go:embed queries/*.sql migrations
var sqlFiles embed.FS

type dialect string

const (
	dialectSQLite   dialect = "sqlite"
	dialectPostgres dialect = "postgres"
)

// Store is a subscriber list and delivery ledger in one database. It is safe
// for concurrent use; Close releases it.
type Store struct {
	db      *sql.DB
	dialect dialect
	queries map[string]string
	// stmts holds the statements every message or page runs, prepared
	// once at Open (SQLite would otherwise parse their text on each call).
	// database/sql prepares each again on every connection it runs on.
	stmts map[string]*sql.Stmt
	// recordAll holds delivery-record-all prepared for each number of rows
	// it has recorded at once.
	recordAllMu sync.Mutex
	recordAll   map[int]*sql.Stmt
	salt        []byte
	now         func() time.Time
}

// Option configures Open.
type Option func(*Store)

// WithClock makes the store read the current time from now (used for
// created_at, queued_at and erased_at) instead of the system clock.
func WithClock(now func() time.Time) Option {
	return func(s *Store) { s.now = now }
}

// Open connects to the database that rawURL names and brings its schema up
// to date. rawURL is sqlite:PATH (the file is created if missing; its
// directory must exist) or postgres://... / postgresql://... (any
// connection string pgx accepts in URL form). Any other form returns an
// error wrapping notice.ErrInvalidInput.
func Open(ctx context.Context, rawURL string, opts ...Option) (*Store, error) {
	s := &Store{now: time.Now}
	for _, o := range opts {
		o(s)
	}
	var err error
	switch {
	case strings.HasPrefix(rawURL, "sqlite:"):
		s.dialect = dialectSQLite
		s.db, err = openSQLite(strings.TrimPrefix(rawURL, "sqlite:"))
	case strings.HasPrefix(rawURL, "postgres://"), strings.HasPrefix(rawURL, "postgresql://"):
		s.dialect = dialectPostgres
		s.db, err = openPostgres(ctx, rawURL)
	default:
		return nil, fmt.Errorf("%w: unsupported database URL %q: use sqlite:PATH or postgres://...", notice.ErrInvalidInput, redact(rawURL))
	}
	if err != nil {
		return nil, err
	}
	if s.queries, err = loadQueries(s.dialect); err != nil {
		s.db.Close()
		return nil, err
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	// After migrating: a statement prepared against an older schema could
	// be planned for tables that have since changed.
	if err := s.prepare(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// preparedQueries are the queries the store prepares at Open, besides the
// dialect's own (dialectQueries): those run per message or per page.
var preparedQueries = []string{
	"delivery-enqueue", "delivery-enqueue-prune", "delivery-record", "delivery-status", "delivery-outstanding", "delivery-page",
	"subscriber-page",
}

// prepare prepares preparedQueries and the dialect's own.
func (s *Store) prepare(ctx context.Context) error {
	s.stmts = map[string]*sql.Stmt{}
	for _, name := range append(append([]string(nil), preparedQueries...), dialectQueries(s.dialect)...) {
		text, ok := s.queries[name]
		if !ok {
			return fmt.Errorf("prepare query %s: not in queries/%s.sql", name, s.dialect)
		}
		st, err := s.db.PrepareContext(ctx, text)
		if err != nil {
			return fmt.Errorf("prepare query %s: %w", name, s.translate(err))
		}
		s.stmts[name] = st
	}
	return nil
}

func openSQLite(p string) (*sql.DB, error) {
	// sqlite:///abs/path and sqlite://rel are read as paths too.
	if strings.HasPrefix(p, "//") {
		p = p[2:]
	}
	if p == "" || p == "/" {
		return nil, fmt.Errorf("%w: sqlite: URL without a path: use sqlite:PATH, e.g. sqlite:notice.db", notice.ErrInvalidInput)
	}
	if strings.ContainsAny(p, "?#") {
		return nil, fmt.Errorf("%w: sqlite path %q: '?' and '#' are not allowed in the file name", notice.ErrInvalidInput, p)
	}
	if dir := filepath.Dir(p); dir != "" {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("open sqlite database %s: directory %s does not exist", p, dir)
		}
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", p+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open sqlite database %s: %w", p, err)
	}
	// One connection: SQLite has one writer anyway, and serialising in Go is
	// faster than contending on the file lock. Other processes wait on
	// busy_timeout.
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open sqlite database %s: %w", p, err)
	}
	return db, nil
}

func openPostgres(ctx context.Context, rawURL string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: database URL %s: %v", notice.ErrInvalidInput, redact(rawURL), err)
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		// pgx reports each address tried on its own line: keep one line.
		return nil, fmt.Errorf("connect to %s: %s", redact(rawURL), strings.Join(strings.Fields(err.Error()), " "))
	}
	return db, nil
}

// redact hides a password in a database URL.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	return u.Redacted()
}

// Close closes the prepared statements and the database. No other call may
// run during or after it.
func (s *Store) Close() error {
	var errs []error
	for name, st := range s.stmts {
		if err := st.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close query %s: %w", name, err))
		}
	}
	s.stmts = nil
	for n, st := range s.recordAll {
		if err := st.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close query delivery-record-all for %d rows: %w", n, err))
		}
	}
	s.recordAll = nil
	errs = append(errs, s.db.Close())
	return errors.Join(errs...)
}

// stmt returns the prepared statement of the named query; prepare has
// prepared every name the code passes.
func (s *Store) stmt(name string) *sql.Stmt { return s.stmts[name] }

// q returns the named query of the store's dialect.
func (s *Store) q(name string) string {
	if text, ok := s.queries[name]; ok {
		return text
	}
	// loadQueries checks every name the code uses; reaching this is a
	// programming error that the first test catches.
	return "-- missing query " + name
}

// requiredQueries are the names every dialect's file must define, besides
// the dialect's own (dialectQueries).
var requiredQueries = []string{
	"migrate-lock", "migrations-create", "migrations-version", "migrations-insert",
	"salt-insert", "salt-get",
	"subscriber-add", "subscriber-import", "subscriber-page", "subscriber-find",
	"subscriber-purge-unsent", "subscriber-erase",
	"delivery-enqueue", "delivery-enqueue-prune", "delivery-record", "delivery-record-all", "delivery-status", "delivery-outstanding",
	"delivery-page",
}

// dialectQueries are the per-message queries only one dialect has or
// prepares at Open: its claims, and on PostgreSQL delivery-record-all
// (SQLite's is prepared per number of rows).
func dialectQueries(d dialect) []string {
	if d == dialectPostgres {
		return []string{"delivery-claim", "delivery-record-all"}
	}
	return []string{"delivery-claim-select", "delivery-claim-update"}
}

// loadQueries parses queries/<dialect>.sql: each query starts at a line
// "-- name: NAME" and runs to the next one.
func loadQueries(d dialect) (map[string]string, error) {
	file := "queries/" + string(d) + ".sql"
	b, err := sqlFiles.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", file, err)
	}
	out, err := parseQueries(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	for _, name := range append(append([]string(nil), requiredQueries...), dialectQueries(d)...) {
		if _, ok := out[name]; !ok {
			return nil, fmt.Errorf("%s: no query named %q", file, name)
		}
	}
	return out, nil
}

func parseQueries(text string) (map[string]string, error) {
	out := map[string]string{}
	var name string
	var body strings.Builder
	flush := func() error {
		if name == "" {
			return nil
		}
		if _, dup := out[name]; dup {
			return fmt.Errorf("query %q defined twice", name)
		}
		out[name] = strings.TrimSpace(body.String())
		body.Reset()
		return nil
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(strings.TrimSpace(line), "-- name:"); ok {
			if err := flush(); err != nil {
				return nil, err
			}
			name = strings.TrimSpace(n)
			continue
		}
		if name != "" {
			body.WriteString(line)
			body.WriteByte('\n')
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, sc.Err()
}

// migration is one versioned schema change.
type migration struct {
	version int
	name    string
	sql     string
}

func migrations(d dialect) ([]migration, error) {
	dir := path.Join("migrations", string(d))
	entries, err := fs.ReadDir(sqlFiles, dir)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("migration file %s: name it NNNN_what.sql", e.Name())
		}
		b, err := sqlFiles.ReadFile(path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// migrate applies, in one transaction, the migrations the database lacks.
// The first one also stores a random per-database salt for email hashes.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations(s.dialect)
	if err != nil {
		return err
	}
	err = s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, s.q("migrate-lock")); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.q("migrations-create")); err != nil {
			return err
		}
		var current int
		if err := tx.QueryRowContext(ctx, s.q("migrations-version")).Scan(&current); err != nil {
			return err
		}
		if latest := ms[len(ms)-1].version; current > latest {
			return fmt.Errorf("database schema version %d is newer than this notice knows (%d): upgrade notice", current, latest)
		}
		for _, m := range ms {
			if m.version <= current {
				continue
			}
			if err := s.execScript(ctx, tx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if _, err := tx.ExecContext(ctx, s.q("migrations-insert"), m.version, s.ts(s.now())); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if m.version == 1 {
				salt := make([]byte, 32)
				if _, err := rand.Read(salt); err != nil {
					return fmt.Errorf("generate email salt: %w", err)
				}
				if _, err := tx.ExecContext(ctx, s.q("salt-insert"), hex.EncodeToString(salt)); err != nil {
					return fmt.Errorf("store email salt: %w", err)
				}
			}
		}
		var salt string
		if err := tx.QueryRowContext(ctx, s.q("salt-get")).Scan(&salt); err != nil {
			return fmt.Errorf("read email salt: %w", err)
		}
		s.salt, err = hex.DecodeString(salt)
		return err
	})
	if err != nil {
		return fmt.Errorf("migrate database: %w", err)
	}
	return nil
}

// execScript runs a migration file. SQLite's driver runs every statement
// of a multi-statement string; pgx does too when there are no arguments
// (simple protocol).
func (s *Store) execScript(ctx context.Context, tx *sql.Tx, script string) error {
	_, err := tx.ExecContext(ctx, script)
	return err
}

// tx runs fn in a transaction (BEGIN IMMEDIATE on SQLite) and commits it
// when fn returns nil.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.translate(err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return s.translate(err)
	}
	return s.translate(tx.Commit())
}

// emailKey is the case-insensitive form under which an address is unique.
func emailKey(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

// hash is the salted hash of an address kept in the ledger: hex
// HMAC-SHA-256 of its lower-cased form, keyed with the database's salt.
func (s *Store) hash(email string) string {
	m := hmac.New(sha256.New, s.salt)
	m.Write([]byte(emailKey(email)))
	return hex.EncodeToString(m.Sum(nil))
}

// EmailHash returns the salted hash the ledger keeps for email, so that a
// person who gives their address can be found in the evidence after
// erasure.
func (s *Store) EmailHash(email string) string { return s.hash(email) }

// tsLayout is how SQLite stores times: fixed width, so that string order is
// time order.
const tsLayout = "2006-01-02T15:04:05.000000000Z"

// ts converts t (in UTC) to the dialect's parameter form.
func (s *Store) ts(t time.Time) any {
	if s.dialect == dialectSQLite {
		return t.UTC().Format(tsLayout)
	}
	return t.UTC()
}

// tsp is ts for an optional time: nil and the zero time become NULL.
func (s *Store) tsp(t *time.Time) any {
	if t == nil || t.IsZero() {
		return nil
	}
	return s.ts(*t)
}

// dbTime scans a time from either dialect: TEXT from SQLite, timestamptz
// from PostgreSQL. NULL leaves Valid false.
type dbTime struct {
	T     time.Time
	Valid bool
}

func (d *dbTime) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		d.T, d.Valid = time.Time{}, false
		return nil
	case time.Time:
		d.T, d.Valid = v.UTC(), true
		return nil
	case string:
		return d.parse(v)
	case []byte:
		return d.parse(string(v))
	}
	return fmt.Errorf("scan time from %T", v)
}

func (d *dbTime) parse(s string) error {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return fmt.Errorf("scan time %q: %w", s, err)
	}
	d.T, d.Valid = t.UTC(), true
	return nil
}

func (d dbTime) ptr() *time.Time {
	if !d.Valid {
		return nil
	}
	t := d.T
	return &t
}

// translate maps driver errors to the domain's sentinels.
func (s *Store) translate(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: %v", notice.ErrNotFound, err)
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case "23505": // unique_violation
			return fmt.Errorf("%w: %s", notice.ErrExists, pgErr.Message)
		case "40001", "40P01": // serialization_failure, deadlock_detected
			return fmt.Errorf("%w: %s", notice.ErrConflict, pgErr.Message)
		}
		return err
	}
	var liteErr *sqlite.Error
	if errors.As(err, &liteErr) {
		switch liteErr.Code() {
		case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
			return fmt.Errorf("%w: %v", notice.ErrExists, err)
		}
	}
	return err
}
