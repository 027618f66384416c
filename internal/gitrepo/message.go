package gitrepo

import (
	"fmt"
	"strings"
	"time"

	"github.com/noticeproject/notice/internal/notice"
)

// Trailer keys of a revision commit. They are a public contract: other tools
// read them (see the README, "The notice repository format").
const (
	keyNotice         = "Notice"
	keyEffective      = "Effective"
	keyMaterial       = "Material"
	keyCategories     = "Categories"
	keyImpact         = "Impact"
	keyOverride       = "Override"
	keyOverrideReason = "Override-Reason"
	keyImported       = "Imported"
)

// defaultSubject is the subject's text after "NAME: " when a revision has no
// summary.
const defaultSubject = "new revision"

// oneLine folds s to one line of single spaces, as a subject or trailer
// value must be.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// encodeMessage writes the commit message of rev: a subject line
// "NAME: SUMMARY", a blank line and the trailers.
func encodeMessage(rev notice.Revision) string {
	var b strings.Builder
	subject := oneLine(rev.Summary)
	if subject == "" {
		subject = defaultSubject
	}
	fmt.Fprintf(&b, "%s: %s\n\n", rev.Notice, subject)
	fmt.Fprintf(&b, "%s: %s\n", keyNotice, rev.Notice)
	fmt.Fprintf(&b, "%s: %s\n", keyEffective, rev.Effective.UTC().Format(time.RFC3339))
	fmt.Fprintf(&b, "%s: %s\n", keyMaterial, yesNo(rev.Material))
	if len(rev.Categories) > 0 {
		fmt.Fprintf(&b, "%s: %s\n", keyCategories, oneLine(strings.Join(rev.Categories, ", ")))
	}
	if rev.Impact != notice.ImpactNone {
		fmt.Fprintf(&b, "%s: %s\n", keyImpact, oneLine(string(rev.Impact)))
	}
	if rev.Override != nil {
		verdict := "editorial"
		if rev.Material {
			verdict = "material"
		}
		fmt.Fprintf(&b, "%s: %s\n", keyOverride, verdict)
		fmt.Fprintf(&b, "%s: %s\n", keyOverrideReason, oneLine(rev.Override.Reason))
	}
	if rev.Imported {
		fmt.Fprintf(&b, "%s: yes\n", keyImported)
	}
	return b.String()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// decodeMessage reads a commit message written by encodeMessage (or by hand,
// following the same format). ok is false when the message carries no
// Notice trailer: the commit is not a revision. Unknown trailers are
// ignored, so the format can grow.
func decodeMessage(msg string) (rev notice.Revision, ok bool, err error) {
	subject, _, _ := strings.Cut(msg, "\n")
	trailers := lastParagraph(msg)
	var effective string
	var haveMaterial bool
	for _, line := range strings.Split(trailers, "\n") {
		key, value, found := strings.Cut(line, ":")
		if !found {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.TrimSpace(key) {
		case keyNotice:
			rev.Notice = value
			ok = true
		case keyEffective:
			effective = value
		case keyMaterial:
			haveMaterial = true
			rev.Material = value == "yes"
		case keyCategories:
			for _, c := range strings.Split(value, ",") {
				if c = strings.TrimSpace(c); c != "" {
					rev.Categories = append(rev.Categories, c)
				}
			}
		case keyImpact:
			rev.Impact = notice.Impact(value)
		case keyOverride:
			if rev.Override == nil {
				rev.Override = &notice.Override{}
			}
		case keyOverrideReason:
			if rev.Override == nil {
				rev.Override = &notice.Override{}
			}
			rev.Override.Reason = value
		case keyImported:
			rev.Imported = value == "yes"
		}
	}
	if !ok {
		return notice.Revision{}, false, nil
	}
	if rev.Override != nil {
		// An override always contradicts the classifier.
		rev.Override.Classified = !rev.Material
	}
	if !haveMaterial {
		// When unsure, notify.
		rev.Material = true
	}
	t, err := time.Parse(time.RFC3339, effective)
	if err != nil {
		return notice.Revision{}, true, fmt.Errorf("%w: trailer %s: %q is not an RFC 3339 time", notice.ErrInvalidInput, keyEffective, effective)
	}
	rev.Effective = t.UTC()
	if s, found := strings.CutPrefix(subject, rev.Notice+": "); found && s != defaultSubject {
		rev.Summary = s
	} else if !found {
		rev.Summary = subject
	}
	return rev, true, nil
}

// lastParagraph returns the last block of non-blank lines of msg, where git
// looks for trailers.
func lastParagraph(msg string) string {
	msg = strings.TrimRight(msg, " \t\r\n")
	if i := strings.LastIndex(msg, "\n\n"); i >= 0 {
		return msg[i+2:]
	}
	return msg
}
