package main

import (
	"errors"
	"io"
)

func runArchive(args []string, stdout, stderr io.Writer) error {
	return errors.New("archive: not written yet")
}
