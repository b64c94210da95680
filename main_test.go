package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
		// serve would listen for good if the check ever regressed: bound it.
		done := make(chan error, 1)
		go func() { done <- run([]string{cmd, "-content", dir, "-addr", "127.0.0.1:0"}) }()
		var err error
		select {
		case err = <-done:
		case <-time.After(30 * time.Second):
			t.Fatalf("%s started with broken content", cmd)
		}
		if err == nil || !strings.Contains(err.Error(), "content/en/x.md:10:") || !strings.Contains(err.Error(), "metric=speed") {
			t.Errorf("%s: error = %v, want file:line naming metric=speed", cmd, err)
		}
	}
}

func TestUnknownCommandIsAnError(t *testing.T) {
	err := run([]string{"expor", "-out", "dist"})
	if err == nil || !strings.Contains(err.Error(), `unexpected argument "expor"`) {
		t.Errorf("a mistyped command: %v, want an error naming it", err)
	}
}

func TestCheckPassesOnShippedContent(t *testing.T) {
	if err := run([]string{"check"}); err != nil {
		t.Fatal(err)
	}
}

// A broken story stops `atlas export` too, and the export already in
// place stays exactly as it was, with nothing half-written beside it.
func TestBrokenContentLeavesTheOldExport(t *testing.T) {
	content := t.TempDir()
	for name, body := range map[string]string{
		"en/x.md":           "---\ntitle: X\nsummary: S\nlang: en\nslug: x\ntranslation_key: x\npublished: 2026-01-01\n---\n\n::: widget chip-gap metric=speed\n:::\n",
		"data/sources.json": "[]",
	} {
		p := filepath.Join(content, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	parent := t.TempDir()
	out := filepath.Join(parent, "dist")
	os.MkdirAll(filepath.Join(out, "en"), 0o755)
	os.WriteFile(filepath.Join(out, "en", "index.html"), []byte("the old export"), 0o644)
	err := run([]string{"export", "-content", content, "-out", out})
	if err == nil || !strings.Contains(err.Error(), "content/en/x.md:10:") {
		t.Fatalf("export with a broken story: %v, want file:line", err)
	}
	if got, _ := os.ReadFile(filepath.Join(out, "en", "index.html")); string(got) != "the old export" {
		t.Errorf("the old export changed: %q", got)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("beside the export: %d entries, want only dist", len(entries))
	}
}
