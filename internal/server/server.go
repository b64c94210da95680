// Package server is the HTTP side of Compute Atlas: it compiles the
// content at start-up (a broken story stops it, naming file:line), renders
// every page to HTML with the same components the wasm uses, and serves
// the static files and go-app's scripts. It never reaches app.wasm.
package server

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"strconv"
	"strings"

	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/content/compile"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Config is what the server is built from.
type Config struct {
	// BaseURL is the public origin (no trailing slash): canonical links,
	// og:url, the sitemap.
	BaseURL string
	// Content is the content tree: en/, pl/, data/.
	Content fs.FS
	// Web is the static tree served under /web/.
	Web fs.FS
}

// Server serves the site.
type Server struct {
	baseURL string
	site    *compile.Site
	version string
	static  *static
	goapp   *app.Handler
	// wireData is each widget's data as pages carry it (ui.WireData),
	// made once here rather than on every request.
	wireData map[string]json.RawMessage
}

// New compiles the content and prepares the handler.
func New(cfg Config) (*Server, error) {
	site, err := compile.Load(cfg.Content)
	if err != nil {
		return nil, err
	}
	version, err := contentVersion(cfg.Content, cfg.Web)
	if err != nil {
		return nil, fmt.Errorf("version: %w", err)
	}
	s := &Server{
		baseURL:  strings.TrimRight(cfg.BaseURL, "/"),
		site:     site,
		version:  version,
		static:   newStatic(cfg.Web),
		goapp:    newGoAppHandler(version),
		wireData: map[string]json.RawMessage{},
	}
	for name, raw := range site.RawData {
		if s.wireData[name], err = ui.WireData(name, raw); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Version is the build's content hash.
func (s *Server) Version() string { return s.version }

// maxQuery bounds the query string a page accepts.
const maxQuery = 2048

// goappPaths are the files go-app's Handler generates for us.
var goappPaths = map[string]bool{
	"/app.js": true, "/wasm_exec.js": true, "/app-worker.js": true, "/manifest.webmanifest": true,
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if err := recover(); err != nil {
			log.Printf("panic serving %s: %v", r.URL.Path, err)
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	securityHeaders(w, r.URL.Path)
	if len(r.URL.RawQuery) > maxQuery {
		// Every state link repeats the page's query: a huge one would make
		// a huge page. No state of ours needs more than a few dozen bytes.
		http.Error(w, "query too long", http.StatusRequestURITooLong)
		return
	}
	p := r.URL.Path
	switch {
	case p == "/healthz":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "ok %s\n", s.version)
	case p == "/robots.txt":
		s.robots(w)
	case p == "/sitemap.xml":
		s.sitemap(w)
	case goappPaths[p]:
		s.goapp.ServeHTTP(w, r)
	case strings.HasPrefix(p, "/web/"):
		if !s.static.serve(w, r, strings.TrimPrefix(p, "/web/")) {
			s.page(w, r)
		}
	default:
		s.page(w, r)
	}
}

func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	pl, status := s.pageFor(r)
	body, err := s.renderDocument(pl, r.URL)
	if err != nil {
		log.Printf("render %s: %v", r.URL.Path, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Language", pl.Lang)
	h.Set("Vary", "Accept-Encoding, Accept-Language")
	// Pages vary by query, so they are compressed per request, at a
	// brotli level that costs about a millisecond for a story.
	switch enc := r.Header.Get("Accept-Encoding"); {
	case acceptsEncoding(enc, "br"):
		h.Set("Content-Encoding", "br")
		body = brotliBytes(body, pageBrotliLevel)
	case acceptsEncoding(enc, "gzip"):
		h.Set("Content-Encoding", "gzip")
		body = gzipBytes(body)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// securityHeaders: only /embed/* may be framed by other sites.
func securityHeaders(w http.ResponseWriter, path string) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	if strings.HasPrefix(path, "/embed/") {
		h.Set("Content-Security-Policy", "frame-ancestors *")
	} else {
		h.Set("Content-Security-Policy", "frame-ancestors 'none'")
		h.Set("X-Frame-Options", "DENY")
	}
}
