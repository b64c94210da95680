package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// static serves the files of web/ under /web/, compressed once and kept:
// brotli or gzip by Accept-Encoding, an ETag of the file's own bytes, and
// revalidation on every use (go-app fetches /web/app.wasm by a fixed
// name, so it cannot be cached as immutable). The ETag is per file, so a
// story edit never makes readers download app.wasm again.
type static struct {
	files fs.FS
	// made are files the server makes at start-up (the bundled
	// stylesheet), served as if they were in files, in their place.
	made  map[string][]byte
	mu    sync.Mutex
	cache map[string]*compressed
}

type compressed struct {
	once     sync.Once
	raw      []byte
	br, gz   []byte
	err      error
	typ      string
	etag     string
	compress bool
}

// brotliLevel trades compression for start-up time: quality 9 compresses
// the 7.6 MB app.wasm to 1.70 MB in 1.4 s, quality 11 to 1.50 MB in 25 s,
// which `atlas export` spends once for static hosts.
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

// names lists every file served, sorted.
func (s *static) names() ([]string, error) {
	names, err := listFiles(s.files)
	if err != nil {
		return nil, err
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
		c.etag = `"` + hex.EncodeToString(sum[:8]) + `"`
		c.typ = contentType(name)
		c.compress = compressible(c.typ) && len(c.raw) > 512
		if c.compress {
			c.br = brotliBytes(c.raw, brotliLevel)
			c.gz = gzipBytes(c.raw)
		}
	})
	return c
}

// serve writes file name of web/ (a clean relative path), or a 404.
func (s *static) serve(w http.ResponseWriter, r *http.Request, name string) bool {
	if !fs.ValidPath(name) || name == "." || strings.HasSuffix(name, ".go") {
		return false
	}
	if !s.exists(name) {
		return false
	}
	c := s.get(name)
	if c.err != nil {
		return false
	}
	etag := c.etag
	h := w.Header()
	h.Set("Content-Type", c.typ)
	h.Set("Cache-Control", "no-cache")
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
