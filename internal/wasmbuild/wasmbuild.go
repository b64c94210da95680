// Package wasmbuild is the one recipe for app.wasm: how it is built and
// how it is compressed, shared by `make wasm` (the Makefile's line must
// match: a test checks it), the wasm budget test and the browser tests'
// build.
package wasmbuild

import (
	"bytes"
	"os"
	"os/exec"

	"github.com/andybalholm/brotli"
)

// Env is the build environment. GOWASM's satconv and signext use two
// WebAssembly extensions every browser has had since 2021 (Safari 15):
// shorter code for conversions. Measured: 2.7 KB less after brotli.
var Env = []string{"GOOS=js", "GOARCH=wasm", "GOWASM=satconv,signext"}

// Flags are the build flags: no symbol table, no DWARF, no paths.
var Flags = []string{"-trimpath", "-ldflags=-s -w"}

// Command builds package pkg (a path or pattern) into out, run in dir.
func Command(dir, out, pkg string) *exec.Cmd {
	cmd := exec.Command("go", append(append([]string{"build"}, Flags...), "-o", out, pkg)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), Env...)
	return cmd
}

// Brotli compresses b as app.wasm is served: quality 11 with a 16 MB
// window (the largest brotli has, which every browser's decoder
// accepts), since app.wasm is larger than the default 4 MB window.
func Brotli(b []byte) []byte {
	var out bytes.Buffer
	w := brotli.NewWriterOptions(&out, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	w.Write(b)
	w.Close()
	return out.Bytes()
}
