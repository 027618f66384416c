package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run the real command in-process as "notice".
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"notice": func() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs testdata/script/*.txtar: the CLI end to end, read like a
// terminal session, including the failure paths and their messages.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:       "testdata/script",
		Cmds:      map[string]func(*testscript.TestScript, bool, []string){"pgdb": cmdPGDB},
		Condition: scriptCondition,
		Setup: func(env *testscript.Env) error {
			// A fixed clock, so dates in scripts are stable.
			env.Setenv("NOTICE_NOW", "2026-01-15T12:00:00Z")
			env.Setenv("NO_COLOR", "1")
			for _, k := range []string{"NOTICE_TEST_POSTGRES", "NOTICE_CI"} {
				env.Setenv(k, os.Getenv(k))
			}
			return nil
		},
	})
}
