package main

import "github.com/urfave/cli/v2"

func (a *app) demoCommands() []*cli.Command { return nil }
