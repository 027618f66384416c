package main

import "github.com/urfave/cli/v2"

func (a *app) webCommands() []*cli.Command { return nil }
