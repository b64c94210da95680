package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"log"
	"mime"
	"net/http"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// static serves the files of web/ under /web/, compressed once and kept
// (or precompressed at build time: a name.br or name.gz beside a file is
// its compressed form, as `make build` writes for app.wasm): brotli or
// gzip by Accept-Encoding, an ETag of the file's own bytes. Each file has
// a fingerprinted name, name.<hash>.ext (url), which changes with its
// bytes and is served as immutable, for a year; the plain name is
// revalidated on every use. Both are per file, so a story edit never
// makes readers download app.wasm again.
type static struct {
	files fs.FS
	// made are files the server makes at start-up (the bundled
	// stylesheet), served as if they were in files, in their place.
	made  map[string][]byte
	mu    sync.Mutex
	cache map[string]*compressed
}

type compressed struct {
	once     sync.Once // raw, hash, etag, typ
	zipOnce  sync.Once // br, gz
	raw      []byte
	br, gz   []byte
	err      error
	typ      string
	hash     string
	etag     string
	compress bool
}

// brotliLevel is for a large file the build did not precompress: quality
// 9 compresses the 7.9 MB app.wasm to 1.70 MB in 1.4 s, quality 11 to
// 1.55 MB in 25 s, which `make build` spends once (web/app.wasm.br).
const brotliLevel = 9

// pageBrotliLevel is a page's first brotli form: a story in tens of
// milliseconds (46 KB), where quality 11 takes about a second (41 KB);
// brotliBest is what the default state of each page gets in the
// background (polishLater).
const (
	pageBrotliLevel = 5
	brotliBest      = 11
)

func newStatic(files fs.FS, made map[string][]byte) *static {
	return &static{files: files, made: made, cache: map[string]*compressed{}}
}

// read returns file name's bytes.
func (s *static) read(name string) ([]byte, error) {
	if b, ok := s.made[name]; ok {
		return b, nil
	}
	return fs.ReadFile(s.files, name)
}

// exists reports whether name is a file to serve.
func (s *static) exists(name string) bool {
	if _, ok := s.made[name]; ok {
		return true
	}
	st, err := fs.Stat(s.files, name)
	return err == nil && !st.IsDir()
}

// names lists every file served, sorted: not the precompressed forms,
// which are served in their file's place.
func (s *static) names() ([]string, error) {
	all, err := listFiles(s.files)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, n := range all {
		if !precompressedForm(n) && !strings.HasSuffix(n, ".go") {
			names = append(names, n)
		}
	}
	for n := range s.made {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	return names, nil
}

func (s *static) get(name string) *compressed {
	s.mu.Lock()
	c, ok := s.cache[name]
	if !ok {
		c = &compressed{}
		s.cache[name] = c
	}
	s.mu.Unlock()
	c.once.Do(func() {
		c.raw, c.err = s.read(name)
		if c.err != nil {
			return
		}
		sum := sha256.Sum256(c.raw)
		c.hash = hex.EncodeToString(sum[:8])
		c.etag = `"` + c.hash + `"`
		c.typ = contentType(name)
		c.compress = compressible(c.typ) && len(c.raw) > 512
	})
	return c
}

// encoded is c with its compressed forms, made on first use.
func (s *static) encoded(name string) *compressed {
	c := s.get(name)
	if c.err != nil || !c.compress {
		return c
	}
	c.zipOnce.Do(func() {
		level := brotliBest
		if len(c.raw) > 1<<20 {
			level = brotliLevel // app.wasm without its build-time .br
		}
		if br, gz, ok := s.precompressed(name, c.raw); ok {
			c.br, c.gz = br, gz
			return
		}
		c.br, c.gz = brotliBytes(c.raw, level), gzipBytes(c.raw)
	})
	return c
}

// precompressed is the build's name.br and name.gz, if it made them for
// these very bytes: the .gz must decode to raw (milliseconds), and the
// build writes both at once. Forms left from an earlier build (app.wasm
// rebuilt without `make build`) would serve old code: they are ignored.
func (s *static) precompressed(name string, raw []byte) (br, gz []byte, ok bool) {
	br, errBr := fs.ReadFile(s.files, name+".br")
	gz, errGz := fs.ReadFile(s.files, name+".gz")
	if errBr != nil || errGz != nil {
		return nil, nil, false
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, nil, false
	}
	got, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(got, raw) {
		log.Printf("static: %s.br and %s.gz are not this %s's: compressing it at start", name, name, name)
		return nil, nil, false
	}
	return br, gz, true
}

// url is the fingerprinted address of file name: /web/name.<hash>.ext.
func (s *static) url(name string) string {
	c := s.get(name)
	if c.err != nil {
		return "/web/" + name
	}
	ext := path.Ext(name)
	return "/web/" + strings.TrimSuffix(name, ext) + "." + c.hash + ext
}

// fingerprinted is the file a fingerprinted name asks for, and the hash
// it asks for.
var fingerprinted = regexp.MustCompile(`^(.+)\.([0-9a-f]{16})(\.[a-z0-9]+)$`)

// serve writes file name of web/ (a clean relative path), or a 404.
func (s *static) serve(w http.ResponseWriter, r *http.Request, name string) bool {
	if !fs.ValidPath(name) || name == "." || strings.HasSuffix(name, ".go") || precompressedForm(name) {
		return false
	}
	cacheControl := "no-cache"
	if m := fingerprinted.FindStringSubmatch(name); m != nil && s.exists(m[1]+m[3]) {
		name = m[1] + m[3]
		// The bytes the name promises are immutable. A name whose hash
		// is not this file's (a page of another deploy, during a rolling
		// one) still gets the file, revalidated as the plain name is.
		if s.get(name).hash == m[2] {
			cacheControl = "public, max-age=31536000, immutable"
		}
	}
	if !s.exists(name) {
		return false
	}
	c := s.encoded(name)
	if c.err != nil {
		return false
	}
	etag := c.etag
	h := w.Header()
	h.Set("Content-Type", c.typ)
	h.Set("Cache-Control", cacheControl)
	h.Set("ETag", etag)
	h.Set("Vary", "Accept-Encoding")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	body := c.raw
	if c.compress {
		switch enc := r.Header.Get("Accept-Encoding"); {
		case acceptsEncoding(enc, "br"):
			h.Set("Content-Encoding", "br")
			body = c.br
		case acceptsEncoding(enc, "gzip"):
			h.Set("Content-Encoding", "gzip")
			body = c.gz
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method != http.MethodHead {
		w.Write(body)
	}
	return true
}

func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		if q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q="); ok {
			f, err := strconv.ParseFloat(q, 64)
			return err == nil && f > 0
		}
		return true
	}
	return false
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".webmanifest":
		return "application/manifest+json"
	case ".woff2":
		// Compressed already (brotli inside), so never compressed again.
		return "font/woff2"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func compressible(typ string) bool {
	return strings.HasPrefix(typ, "text/") || strings.Contains(typ, "json") ||
		strings.Contains(typ, "javascript") || strings.Contains(typ, "xml") ||
		strings.Contains(typ, "svg") || typ == "application/wasm"
}

func brotliBytes(b []byte, level int) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, level)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// precompressedForm reports whether name is the build's compressed form
// of another file, sent in its place, never on its own.
func precompressedForm(name string) bool {
	return strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz")
}
