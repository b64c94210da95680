package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A broken story stops `atlas serve` and `atlas check` before anything is
// served, naming file:line and the reason.
func TestBrokenContentStopsStart(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"en/x.md":           "---\ntitle: X\nsummary: S\nlang: en\nslug: x\ntranslation_key: x\npublished: 2026-01-01\n---\n\n::: widget chip-gap metric=speed\n:::\n",
		"data/sources.json": "[]",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	for _, cmd := range []string{"serve", "check"} {
		err := run([]string{cmd, "-content", dir, "-addr", "127.0.0.1:0"})
		if err == nil || !strings.Contains(err.Error(), "content/en/x.md:10:") || !strings.Contains(err.Error(), "metric=speed") {
			t.Errorf("%s: error = %v, want file:line naming metric=speed", cmd, err)
		}
	}
}

func TestCheckPassesOnShippedContent(t *testing.T) {
	if err := run([]string{"check"}); err != nil {
		t.Fatal(err)
	}
}
