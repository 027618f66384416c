// Command notice keeps legal notices under version control, tells what
// changed between revisions and whether the change is material, and emails
// subscribers before a material change takes effect.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// run runs the command line args and returns the exit code: 0 on success,
// 1 when the command failed, 2 for a usage error. The error is printed once,
// here, as one line.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := newApp(stdin, stdout, stderr)
	if err := a.cli.Run(flagsFirst(a.cli, args)); err != nil {
		if strings.HasPrefix(err.Error(), "No help topic for ") {
			// cli's words for an unknown command.
			err = usagef("unknown command %s; see notice --help", strings.TrimPrefix(err.Error(), "No help topic for "))
		}
		// Sentinel errors already start with the program's name.
		fmt.Fprintf(stderr, "notice: %s\n", strings.TrimPrefix(err.Error(), "notice: "))
		return exitCode(err)
	}
	return 0
}
