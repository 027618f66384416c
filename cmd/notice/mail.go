package main

import "github.com/urfave/cli/v2"

func (a *app) mailCommands() []*cli.Command { return nil }
