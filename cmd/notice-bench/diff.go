package main

import (
	"errors"
	"io"
)

func runDiff(args []string, stdout, stderr io.Writer) error {
	return errors.New("diff: not written yet")
}
