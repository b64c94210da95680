// Package server is the HTTP side of Compute Atlas: it compiles the
// content at start-up (a broken story stops it, naming file:line), renders
// every page to HTML with the same components the wasm uses, and serves
// the static files and go-app's scripts. It never reaches app.wasm.
package server

import (
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"strconv"
	"strings"

	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widget"
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
	// Widgets holds the widget folders (app/widget): their strings and
	// styles. Nil means widget.Assets, the ones built in.
	Widgets fs.FS
}

// Server serves the site.
type Server struct {
	baseURL string
	lib     *library
	version string
	static  *static
	goapp   *app.Handler
}

// New compiles the content and prepares the handler.
func New(cfg Config) (*Server, error) {
	if cfg.Widgets == nil {
		cfg.Widgets = widget.Assets
	}
	site, err := compile.LoadWith(cfg.Content, cfg.Widgets)
	if err != nil {
		return nil, err
	}
	css, err := bundleCSS(cfg.Web, cfg.Widgets)
	if err != nil {
		return nil, err
	}
	version, err := contentVersion(cfg.Content, cfg.Web, cfg.Widgets)
	if err != nil {
		return nil, fmt.Errorf("version: %w", err)
	}
	lib, err := newLibrary(site)
	if err != nil {
		return nil, err
	}
	return &Server{
		baseURL: strings.TrimRight(cfg.BaseURL, "/"),
		lib:     lib,
		version: version,
		static:  newStatic(cfg.Web, map[string][]byte{stylesheet: css}),
		goapp:   newGoAppHandler(version),
	}, nil
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
	pl, status := ui.Resolve(s.lib, ui.Request{Path: r.URL.Path, Query: r.URL.Query(), AcceptLanguage: r.Header.Get("Accept-Language")})
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
