// Command precompress writes FILE.br (brotli, quality 11) and FILE.gz
// (gzip, best) beside each FILE given, for the server to send as they are:
// `make build` runs it on web/app.wasm, whose brotli 11 takes about 25 s,
// too long for the server's start-up and 9 % smaller than the quality
// the server could afford there.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"

	"github.com/computeatlas/atlas/internal/wasmbuild"
)

func main() {
	for _, f := range os.Args[1:] {
		if err := precompress(f); err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
	}
}

func precompress(file string) error {
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	if current(file, raw) {
		return nil
	}
	br := bytes.NewBuffer(wasmbuild.Brotli(raw))
	var gz bytes.Buffer
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := gw.Write(raw); err != nil {
		return err
	}
	if err := gw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(file+".br", br.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes, %d brotli, %d gzip\n", file, len(raw), br.Len(), gz.Len())
	return os.WriteFile(file+".gz", gz.Bytes(), 0o644)
}

// current reports whether FILE.br and FILE.gz are already raw's: the .gz
// decodes to it in a few milliseconds, where brotli 11 takes 25 s.
func current(file string, raw []byte) bool {
	if _, err := os.Stat(file + ".br"); err != nil {
		return false
	}
	f, err := os.Open(file + ".gz")
	if err != nil {
		return false
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return false
	}
	old, err := io.ReadAll(zr)
	return err == nil && bytes.Equal(old, raw)
}
