package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// flagsFirst moves the flags that follow a command's arguments in front of
// them, so that "publish NAME FILE --effective DATE" reads as the help shows
// it: cli stops parsing flags at the first argument. Everything after "--"
// stays an argument.
func flagsFirst(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	out := []string{args[0]}
	rest := args[1:]
	flags, cmds := app.Flags, app.Commands
	for {
		// Copy the flags in front of the next command name.
		i := 0
		for i < len(rest) && strings.HasPrefix(rest[i], "-") && rest[i] != "--" {
			out = append(out, rest[i])
			if takesValue(flags, rest[i]) && i+1 < len(rest) {
				i++
				out = append(out, rest[i])
			}
			i++
		}
		rest = rest[i:]
		if len(rest) == 0 {
			return out
		}
		cmd := findCommand(cmds, rest[0])
		if cmd == nil {
			return append(out, rest...)
		}
		out = append(out, rest[0])
		rest = rest[1:]
		if len(cmd.Subcommands) > 0 {
			flags, cmds = cmd.Flags, cmd.Subcommands
			continue
		}
		// The leaf command: its flags first, then its arguments; after a
		// "--" everything is an argument, so the "--" goes in front of
		// them all.
		var pos []string
		dashes := false
		for j := 0; j < len(rest); j++ {
			a := rest[j]
			switch {
			case a == "--":
				pos = append(pos, rest[j+1:]...)
				dashes = true
				j = len(rest)
			case len(a) > 1 && a[0] == '-':
				out = append(out, a)
				if takesValue(cmd.Flags, a) && j+1 < len(rest) {
					j++
					out = append(out, rest[j])
				}
			default:
				pos = append(pos, a)
			}
		}
		if dashes {
			out = append(out, "--")
		}
		return append(out, pos...)
	}
}

func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}

// takesValue reports whether arg names a flag that reads the next argument
// as its value.
func takesValue(flags []cli.Flag, arg string) bool {
	name := strings.TrimLeft(arg, "-")
	if strings.Contains(name, "=") {
		return false
	}
	for _, f := range flags {
		for _, n := range f.Names() {
			if n != name {
				continue
			}
			if bf, ok := f.(*cli.BoolFlag); ok && bf != nil {
				return false
			}
			return true
		}
	}
	return false
}
