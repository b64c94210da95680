package main

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// One address at one width, dark, and printed: real PNGs of the asked
// size, and a contact sheet that shows each.
func TestScreenshotsAndTheirContactSheet(t *testing.T) {
	bin := os.Getenv("ATLAS_BIN")
	if bin == "" {
		bin = filepath.Join(t.TempDir(), "atlas")
		if out, err := exec.Command("go", "build", "-o", bin, "../..").CombinedOutput(); err != nil {
			t.Fatalf("building bin/atlas: %v\n%s", err, out)
		}
	}
	out := t.TempDir()
	shots, err := run(config{bin: bin, out: out, widths: []int64{375}, themes: []string{"dark"}, only: regexp.MustCompile(`^/embed/chip-gap$`), print: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(shots) != 2 {
		t.Fatalf("%d screenshots, want one at 375 px and one printed: %v", len(shots), shots)
	}
	sheet, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range shots {
		raw, err := os.ReadFile(filepath.Join(out, s.File))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("%s: %v", s.File, err)
		}
		want := 375
		if s.How == "print" {
			want = 800
		}
		if b := img.Bounds(); b.Dx() != want || b.Dy() < 300 {
			t.Errorf("%s is %dx%d, want %d wide and the page's height", s.File, b.Dx(), b.Dy(), want)
		}
		if !strings.Contains(string(sheet), `src="`+s.File+`"`) {
			t.Errorf("the contact sheet does not show %s", s.File)
		}
	}
	if shots[0].File != "embed-chip-gap-375-dark.png" {
		t.Errorf("file name %s", shots[0].File)
	}
}
