package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/noticeproject/notice/internal/classify"
	"github.com/noticeproject/notice/internal/notice"
)

// classifyCommand is `notice classify OLD.md NEW.md`: the classifier on any
// two files, no repository needed.
func (a *app) classifyCommand() *cli.Command {
	return &cli.Command{
		Name:      "classify",
		Usage:     "say whether the change between two notice files is material, and why",
		ArgsUsage: "OLD.md NEW.md",
		Description: "Compares two revisions of a notice (Markdown files, at most 5 MiB each) with the\n" +
			"rule-based materiality classifier and prints the verdict, the impact (less-protective,\n" +
			"more-protective or neutral), the categories and each material change with the rule and\n" +
			"the words that triggered it. Identical files are \"no change\" (not material).\n" +
			"With --format json it prints the JSON contract described in the README.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output `FORMAT`: text or json"},
		},
		Action: func(c *cli.Context) error {
			lessGC()
			if c.NArg() != 2 {
				return usagef("classify needs two files: OLD.md NEW.md")
			}
			format := c.String("format")
			if format != "text" && format != "json" {
				return usagef("unknown format %q: use text or json", format)
			}
			old, err := readNoticeFile(c.Args().Get(0))
			if err != nil {
				return err
			}
			new, err := readNoticeFile(c.Args().Get(1))
			if err != nil {
				return err
			}
			res, err := classify.Classify(old, new)
			if err != nil {
				return fmt.Errorf("%w; give two Markdown text files", err)
			}
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(res)
			}
			return writeClassification(a.stdout, res, bytes.Equal(old, new))
		},
	}
}

// readNoticeFile reads a file for classify, refusing oversized files
// before reading them whole.
func readNoticeFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file", path)
		}
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s is a directory; give a Markdown file", path)
	}
	if st.Size() > classify.MaxSize {
		return nil, fmt.Errorf("%s: %w", path, classify.ErrTooLarge)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if err := classify.Check(b); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// writeClassification prints the verdict for a person: one verdict line,
// then every material change with its section, categories, impact,
// reasons and the text before and after.
func writeClassification(w io.Writer, res notice.Classification, identical bool) error {
	var b strings.Builder
	material := 0
	for _, ch := range res.Changes {
		if ch.Material {
			material++
		}
	}
	switch {
	case identical:
		b.WriteString("no change: the two revisions are identical (not material)\n")
	case len(res.Changes) == 0 && !res.Material:
		b.WriteString("editorial: no material change (formatting, dates or navigation only)\n")
	case !res.Material:
		fmt.Fprintf(&b, "editorial: no material change (%d editorial %s)\n", len(res.Changes), plural(len(res.Changes), "edit", "edits"))
	default:
		fmt.Fprintf(&b, "MATERIAL: %d material %s, %s; categories: %s\n", material, plural(material, "change", "changes"),
			res.Impact, strings.Join(res.Categories, ", "))
	}
	for _, ch := range res.Changes {
		if !ch.Material {
			continue
		}
		section := ch.Section
		if section == "" {
			section = "(top)"
		}
		fmt.Fprintf(&b, "\n%s [%s] %s; %s\n", section, ch.Kind, strings.Join(ch.Categories, ", "), ch.Impact)
		for _, r := range ch.Reasons {
			fmt.Fprintf(&b, "  why:    %s\n", r)
		}
		if ch.Before != "" {
			fmt.Fprintf(&b, "  before: %s\n", ch.Before)
		}
		if ch.After != "" {
			fmt.Fprintf(&b, "  after:  %s\n", ch.After)
		}
	}
	if !res.Material && len(res.Changes) > 0 {
		b.WriteString("\n")
		for _, ch := range res.Changes {
			for _, r := range ch.Reasons {
				fmt.Fprintf(&b, "  %s\n", r)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
