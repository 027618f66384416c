package main

import "github.com/urfave/cli/v2"

func (a *app) diffCommands() []*cli.Command { return nil }
