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

// Flags are the build flags: no symbol table, no DWARF, no paths, and
// no inlining in the packages of noInline.
var Flags = append([]string{"-trimpath", "-ldflags=-s -w"}, noInlineFlags()...)

// noInline are the packages compiled without inlining (-l). Inlining
// copies a function's body into each caller: faster in a hot loop, but
// our code and go-app's render a page once per state, and app.wasm's
// size is what readers wait for (V8 compiles every byte before the first
// render). Measured on 2026-12-04, brotli 11 of app.wasm: 1,586,929 with
// inlining; 1,568,860 without it in our packages; 1,554,432 in every
// github.com module (ours, go-app, uuid); 1,516,133 with fmt, strings,
// math/big, encoding/json, net/url and syscall/js too (each measured
// alone first: these made app.wasm smaller, while net/http, crypto,
// reflect, time, strconv and regexp grew it, and -l on every package
// grew it by 9 %: the runtime's small helpers must inline). Time to
// data-ready at 4x CPU did not grow (docs/performance.md).
var noInline = []string{"github.com/...", "fmt", "strings", "math/big", "encoding/json", "net/url", "syscall/js"}

func noInlineFlags() []string {
	out := make([]string, len(noInline))
	for i, p := range noInline {
		out[i] = "-gcflags=" + p + "=-l"
	}
	return out
}

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
