package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/urfave/cli/v2"
)

// app holds what every command needs: the streams, the clock and the
// global flags. Commands read their services from it; they never touch the
// process's globals.
type app struct {
	cli    *cli.App
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	now    func() time.Time
}

// usageError marks an error in how the command was called (exit code 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) {
		return 2
	}
	var ec cli.ExitCoder
	if errors.As(err, &ec) && ec.ExitCode() != 0 {
		return ec.ExitCode()
	}
	return 1
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *app {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, now: clock}
	var cmds []*cli.Command
	cmds = append(cmds, a.repoCommands()...)
	cmds = append(cmds, a.diffCommands()...)
	cmds = append(cmds, a.mailCommands()...)
	cmds = append(cmds, a.webCommands()...)
	cmds = append(cmds, a.demoCommands()...)
	a.cli = &cli.App{
		Name:  "notice",
		Usage: "keep legal notices under version control and notify users of material changes",
		Description: "notice keeps each revision of each notice as a git commit with its effective date and\n" +
			"classification in commit trailers, diffs and classifies revisions, emails subscribers before a\n" +
			"material change takes effect, and serves a public archive of dated snapshots.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "repo", Usage: "notice repository `DIR`", EnvVars: []string{"NOTICE_REPO"}, Value: "."},
			&cli.StringFlag{Name: "db", Usage: "subscriber database `URL`: sqlite:PATH or postgres://...", EnvVars: []string{"NOTICE_DB"}},
		},
		Commands:        cmds,
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		// Errors are printed once, by run; cli must never exit on its own.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err.Error()}
		},
	}
	forEachCommand(a.cli.Commands, func(c *cli.Command) {
		if c.OnUsageError == nil {
			c.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
				return usagef("%s; see notice %s --help", err, c.Name)
			}
		}
	})
	return a
}

func forEachCommand(cmds []*cli.Command, fn func(*cli.Command)) {
	for _, c := range cmds {
		fn(c)
		forEachCommand(c.Subcommands, fn)
	}
}

// clock returns the current time; NOTICE_NOW (RFC 3339) fixes it, so that
// scripted tests and demos are reproducible.
func clock() time.Time {
	if s := os.Getenv("NOTICE_NOW"); s != "" {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t.UTC()
		}
	}
	return time.Now().UTC()
}
