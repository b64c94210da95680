package server

import (
	"bytes"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
	"github.com/computeatlas/atlas/content"
	"github.com/computeatlas/atlas/web"
)

// withWasm is web/ with an app.wasm of known bytes (and its build-time
// brotli form), so the tests do not depend on a built one.
func withWasm(t *testing.T) fstest.MapFS {
	t.Helper()
	fsys := copyFS(t, web.FS)
	wasm := bytes.Repeat([]byte("\x00asm wasm bytes "), 4096)
	fsys["app.wasm"] = &fstest.MapFile{Data: wasm}
	fsys["app.wasm.br"] = &fstest.MapFile{Data: brotliBytes(wasm, brotliBest)}
	fsys["app.wasm.gz"] = &fstest.MapFile{Data: gzipBytes(wasm)}
	return fsys
}

var immutable = "public, max-age=31536000, immutable"

// Assets have fingerprinted addresses, which change with their bytes and
// are cached for a year; the plain names revalidate. Pages name the
// fingerprinted ones, for boot.js to load app.wasm and wasm_exec.js by.
func TestFingerprintedAssets(t *testing.T) {
	s, err := New(Config{BaseURL: "http://x", Content: content.FS, Web: withWasm(t)})
	if err != nil {
		t.Fatal(err)
	}
	story := get(t, s, "/en/where-training-moves").Body.String()
	for _, c := range []struct{ name, in, typ string }{
		{"site.css", story, "text/css"},
		{"boot.js", story, "text/javascript"},
		{"app.wasm", story, "application/wasm"},
		{"wasm_exec.js", story, "text/javascript"},
	} {
		url := s.static.url(c.name)
		if !regexp.MustCompile(`^/web/\w+\.[0-9a-f]{16}\.\w+$`).MatchString(url) {
			t.Errorf("%s: address %s is not fingerprinted", c.name, url)
		}
		if !strings.Contains(c.in, `"`+url+`"`) {
			t.Errorf("%s: %s is not what the page names", c.name, url)
		}
		rec := get(t, s, url, "Accept-Encoding", "br")
		if rec.Code != 200 || rec.Header().Get("Cache-Control") != immutable {
			t.Errorf("%s: %d, Cache-Control %q, want %q", url, rec.Code, rec.Header().Get("Cache-Control"), immutable)
		}
		if !strings.HasPrefix(rec.Header().Get("Content-Type"), c.typ) || rec.Header().Get("Vary") != "Accept-Encoding" || rec.Header().Get("Content-Length") == "" {
			t.Errorf("%s: headers %v", url, rec.Header())
		}
		plain := get(t, s, "/web/"+c.name)
		if plain.Header().Get("Cache-Control") != "no-cache" || plain.Header().Get("ETag") != rec.Header().Get("ETag") {
			t.Errorf("/web/%s: Cache-Control %q, ETag %q: want no-cache and the same ETag", c.name, plain.Header().Get("Cache-Control"), plain.Header().Get("ETag"))
		}
		if r := get(t, s, url, "If-None-Match", rec.Header().Get("ETag")); r.Code != 304 {
			t.Errorf("%s with its ETag: %d, want 304", url, r.Code)
		}
	}
	// Another deploy's address for a file: the file, but not as immutable.
	if rec := get(t, s, "/web/site.0123456789abcdef.css"); rec.Code != 200 || rec.Header().Get("Cache-Control") != "no-cache" {
		t.Errorf("a stale fingerprint: %d, %q", rec.Code, rec.Header().Get("Cache-Control"))
	}
	// app.wasm's build-time brotli form is what is sent.
	rec := get(t, s, s.static.url("app.wasm"), "Accept-Encoding", "gzip, deflate, br")
	want, _ := withWasm(t)["app.wasm.br"]
	if rec.Header().Get("Content-Encoding") != "br" || !bytes.Equal(rec.Body.Bytes(), want.Data) {
		t.Error("app.wasm is not sent as its build-time brotli form")
	}
	names, _ := s.static.names()
	if slices.Contains(names, "app.wasm.br") || get(t, s, "/web/app.wasm.br").Code != 404 {
		t.Error("a precompressed form is a file of its own: listed for the export, or served")
	}
}

// A deploy that changes only a story keeps app.wasm's address and ETag:
// returning readers do not download it again.
func TestStoryEditKeepsWasm(t *testing.T) {
	webFS := withWasm(t)
	edited := copyFS(t, content.FS)
	edited["en/where-training-moves.md"].Data = append(edited["en/where-training-moves.md"].Data, []byte("\nOne more line.\n")...)
	a, err := New(Config{BaseURL: "http://x", Content: content.FS, Web: webFS})
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Config{BaseURL: "http://x", Content: edited, Web: webFS})
	if err != nil {
		t.Fatal(err)
	}
	if a.Version() == b.Version() {
		t.Fatal("the edit did not change the site's version")
	}
	wasmURL := regexp.MustCompile(`/web/app\.[0-9a-f]{16}\.wasm`)
	ua, ub := wasmURL.FindString(get(t, a, "/en/where-training-moves").Body.String()), wasmURL.FindString(get(t, b, "/en/where-training-moves").Body.String())
	if ua == "" || ua != ub {
		t.Errorf("the story loads app.wasm from %q before the edit and %q after", ua, ub)
	}
	if ea, eb := get(t, a, ua).Header().Get("ETag"), get(t, b, ub).Header().Get("ETag"); ea != eb {
		t.Errorf("app.wasm's ETag changed with a story edit: %s, %s", ea, eb)
	}
	if get(t, a, "/en/where-training-moves").Header().Get("ETag") == get(t, b, "/en/where-training-moves").Header().Get("ETag") {
		t.Error("the edited story kept its ETag")
	}
}

// go-app's own scripts are served like ours: compressed, with an ETag,
// revalidated.
func TestGoAppScriptsCompressed(t *testing.T) {
	s := newTestServer(t)
	for _, p := range []string{"/app.js", "/wasm_exec.js", "/app-worker.js"} {
		rec := get(t, s, p, "Accept-Encoding", "br")
		if rec.Code != 200 || rec.Header().Get("Content-Encoding") != "br" || rec.Header().Get("ETag") == "" || rec.Header().Get("Cache-Control") != "no-cache" {
			t.Errorf("%s: %d, headers %v", p, rec.Code, rec.Header())
			continue
		}
		dec, err := io.ReadAll(brotli.NewReader(rec.Body))
		if err != nil || !bytes.Equal(dec, get(t, s, p).Body.Bytes()) {
			t.Errorf("%s: the brotli form does not decode to the script", p)
		}
	}
}

// Compressed forms left from an earlier build (app.wasm rebuilt without
// `make build`) are not served for the new bytes: the reader gets the
// app.wasm that is there, compressed at start.
func TestStalePrecompressedFormsAreIgnored(t *testing.T) {
	fsys := withWasm(t)
	old := bytes.Repeat([]byte("\x00asm an older build "), 4096)
	fsys["app.wasm.br"] = &fstest.MapFile{Data: brotliBytes(old, brotliBest)}
	fsys["app.wasm.gz"] = &fstest.MapFile{Data: gzipBytes(old)}
	s, err := New(Config{BaseURL: "http://x", Content: content.FS, Web: fsys})
	if err != nil {
		t.Fatal(err)
	}
	rec := get(t, s, "/web/app.wasm", "Accept-Encoding", "br")
	got, err := io.ReadAll(brotli.NewReader(rec.Body))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, fsys["app.wasm"].Data) {
		t.Error("served the older build's compressed app.wasm")
	}
}
