package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/noticeproject/notice/internal/store/storetest"
)

// cmdPGDB is the script command "pgdb VAR": it sets VAR to the URL of a
// fresh PostgreSQL schema (dropped when the script ends) in the database
// NOTICE_TEST_POSTGRES names. Without that variable it fails: scripts
// guard it with "[!env:NOTICE_TEST_POSTGRES] [!env:NOTICE_CI] skip", so
// that they skip on a laptop but fail in CI.
func cmdPGDB(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: pgdb VAR")
	}
	base := ts.Getenv(storetest.EnvPostgres)
	if base == "" {
		ts.Fatalf("%s is unset: guard the script with [!env:%[1]s] [!env:NOTICE_CI] skip", storetest.EnvPostgres)
	}
	url, drop, err := storetest.NewSchema(context.Background(), base)
	ts.Check(err)
	ts.Defer(func() {
		if err := drop(); err != nil {
			ts.Logf("drop test schema: %v", err)
		}
	})
	ts.Setenv(args[0], url)
}

// scriptCondition adds the condition [env:NAME] to scripts: true when the
// variable NAME is set and not empty.
func scriptCondition(cond string) (bool, error) {
	if name, ok := strings.CutPrefix(cond, "env:"); ok {
		return os.Getenv(name) != "", nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}
