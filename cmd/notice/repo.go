package main

import "github.com/urfave/cli/v2"

func (a *app) repoCommands() []*cli.Command { return nil }
