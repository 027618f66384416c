package main

import (
	"errors"
	"io"
)

func runSMTP(args []string, stdout, stderr io.Writer) error {
	return errors.New("smtp: not written yet")
}
