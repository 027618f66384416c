package main

import (
	"io"
	"strings"
	"testing"
)

func TestFlagsFirst(t *testing.T) {
	a := newApp(strings.NewReader(""), io.Discard, io.Discard)
	tests := []struct{ in, want string }{
		{"notice --repo R publish N F --effective D --editorial",
			"notice --repo R publish --effective D --editorial N F"},
		{"notice diff N A B --format html", "notice diff --format html N A B"},
		{"notice --db X subscribers add E --name 'A'", "notice --db X subscribers add --name 'A' E"},
		{"notice show N -- --at", "notice show -- N --at"},
		{"notice publish N -- -file.md --editorial", "notice publish -- N -file.md --editorial"},
		{"notice log N --json", "notice log --json N"},
		{"notice --help", "notice --help"},
		{"notice nosuch --x y", "notice nosuch --x y"},
	}
	for _, tt := range tests {
		got := strings.Join(flagsFirst(a.cli, strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("flagsFirst(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"notice", "--no-such-flag"},
		{"notice", "log", "privacy", "--no-such-flag"},
		{"notice", "frobnicate"},
		{"notice", "demo", "extra"},
	} {
		var stdout, stderr strings.Builder
		if got := run(args, strings.NewReader(""), &stdout, &stderr); got != 2 {
			t.Errorf("run(%q) = %d, want 2 (stderr %q)", args, got, stderr.String())
		}
		if stdout.Len() > 0 {
			t.Errorf("run(%q) printed %q on stdout, want nothing", args, stdout.String())
		}
	}
}
