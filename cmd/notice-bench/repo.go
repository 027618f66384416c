package main

import (
	"errors"
	"io"
)

func runRepo(args []string, stdout, stderr io.Writer) error {
	return errors.New("repo: not written yet")
}
