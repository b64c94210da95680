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
	"maps"
	"net/http"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/content/compile"
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
	// PageCacheBytes bounds the rendered pages kept in memory; 0 means
	// defaultPageCacheBytes.
	PageCacheBytes int
}

// defaultPageCacheBytes holds about 200 story states in every encoding;
// maxAliases bounds the requests remembered as naming a stored page.
const (
	defaultPageCacheBytes = 64 << 20
	maxAliases            = 8192
)

// Server serves the site.
type Server struct {
	baseURL string
	lib     *library
	version string
	static  *static
	// fonts are the stylesheet's fonts' addresses, which pages preload.
	fonts []string
	// goapp serves go-app's generated files (app.js…) from the root;
	// goappEnv is the environment its engine reads (JSON).
	goapp    *static
	goappEnv string
	pages    *pageCache
	// aliases maps a request as it came (path, raw query, language) to
	// the stored page's key, so a repeated request skips resolving and
	// normalising the page.
	aliases *lru[string]
	// cards keeps the card images drawn, by page and state.
	cards *lru[*drawing]
	// renders counts pages rendered (tests: a stored page is not
	// rendered again).
	renders     atomic.Int64
	polish      chan *page
	startPolish sync.Once
	// mu guards inflight, the renders in progress by key; slots bounds
	// how many run at once.
	mu       sync.Mutex
	inflight map[string]*flight
	slots    chan struct{}
	// exporting makes pages for the static export: their oEmbed discovery
	// links point to files (oembedFile), as a static host cannot answer
	// /oembed?url=. Set before the first page is rendered, by Export.
	exporting bool
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
	if cfg.PageCacheBytes == 0 {
		cfg.PageCacheBytes = defaultPageCacheBytes
	}
	st := newStatic(cfg.Web, map[string][]byte{})
	css, fonts, err := fingerprintURLs(css, st)
	if err != nil {
		return nil, err
	}
	st.made[stylesheet] = css
	handler := newGoAppHandler(version, st.url("app.wasm"))
	goapp, err := goappFiles(handler)
	if err != nil {
		return nil, err
	}
	// Go's wasm_exec.js, as go-app serves it, also under /web/ with a
	// fingerprinted address: boot.js loads it and app.wasm itself.
	st.made[wasmExec] = goapp[wasmExec]
	// The engine reads go-app's environment, but not its version, which
	// would make every page's bytes change with every build.
	engineEnv := maps.Clone(handler.Env)
	delete(engineEnv, "GOAPP_VERSION")
	env, err := json.Marshal(engineEnv)
	if err != nil {
		return nil, err
	}
	return &Server{
		baseURL:  strings.TrimRight(cfg.BaseURL, "/"),
		lib:      lib,
		version:  version,
		static:   st,
		fonts:    fonts,
		goapp:    newStatic(noFiles{}, goapp),
		goappEnv: string(env),
		pages:    newPageCache(cfg.PageCacheBytes),
		aliases:  newLRU(maxAliases, func(string) int { return 1 }),
		cards:    newLRU(maxCardBytes, func(c *drawing) int { return len(c.body) }),
		polish:   make(chan *page, 256),
		inflight: map[string]*flight{},
		slots:    make(chan struct{}, 2*runtime.NumCPU()),
	}, nil
}

// Version is the build's content hash.
func (s *Server) Version() string { return s.version }

// maxQuery bounds the query string a page accepts; maxPath its path.
const (
	maxQuery = 2048
	maxPath  = 1024
)

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
	securityHeaders(w.Header(), r.URL.Path)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if len(r.URL.Path) > maxPath {
		// No page of ours has an address a tenth as long.
		http.Error(w, "path too long", http.StatusRequestURITooLong)
		return
	}
	if len(r.URL.RawQuery) > maxQuery && len(ui.WithoutHostParams(r.URL.Query()).Encode()) > maxQuery {
		// Every state link repeats the page's query: a huge one would make
		// a huge page. No state of ours needs more than a few dozen bytes;
		// what embedding hosts append (pym's parentUrl…) does not count.
		http.Error(w, "query too long", http.StatusRequestURITooLong)
		return
	}
	p := r.URL.Path
	switch {
	case p == "/healthz":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "ok %s\n", s.version)
	case p == versionPath:
		s.versionFile(w)
	case p == "/robots.txt":
		s.robots(w)
	case p == "/sitemap.xml":
		s.sitemap(w)
	case p == "/oembed":
		s.oembed(w, r)
	case strings.HasPrefix(p, "/data/") && strings.HasSuffix(p, ".csv"):
		s.dataCSV(w, r)
	case strings.HasPrefix(p, "/picture/"):
		s.picture(w, r)
	case strings.HasPrefix(p, "/card/"):
		s.card(w, r)
	case strings.HasSuffix(p, "/feed.xml"):
		if l, ok := feedLanguage(p); ok {
			s.feed(w, l)
		} else {
			s.page(w, r)
		}
	case goappPaths[p]:
		s.goapp.serve(w, r, strings.TrimPrefix(p, "/"))
	case strings.HasPrefix(p, "/web/"):
		if !s.static.serve(w, r, strings.TrimPrefix(p, "/web/")) {
			s.page(w, r)
		}
	default:
		s.page(w, r)
	}
}

func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	alias := r.URL.Path + "?" + r.URL.RawQuery
	if r.URL.Path == "/" {
		alias += "#" + lang.Preferred(r.Header.Get("Accept-Language")).Code
	}
	if key, ok := s.aliases.get(alias); ok {
		if p, ok := s.pages.get(key); ok {
			s.servePage(w, r, p)
			return
		}
	}
	pl, status := ui.Resolve(s.lib, ui.Request{Path: r.URL.Path, Query: r.URL.Query(), AcceptLanguage: r.Header.Get("Accept-Language")})
	pl.Origin = s.baseURL
	canon, ok := ui.Canonical(pl, r.URL.Query())
	u := *r.URL
	if ok {
		// Render what the page is, not what the reader typed: unknown
		// keys are dropped, so they are not echoed into state links.
		u.RawQuery = canon.Encode()
	}
	stored := ok && status == http.StatusOK
	key := u.Path + "?" + u.RawQuery + "#" + pl.Lang
	var p *page
	var err error
	if stored {
		p, err = s.stored(key, u.RawQuery == "", func() (*page, error) { return s.render(pl, &u, status) })
	} else {
		p, err = s.render(pl, &u, status)
	}
	if err != nil {
		log.Printf("render %s: %v", r.URL.Path, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if stored {
		s.aliases.put(alias, key)
	}
	s.servePage(w, r, p)
}

// stored returns the page stored under key, or renders it: once, however
// many readers ask for it at the same moment (the others wait for that
// render), and stores it; a default state (no query) is then polished.
func (s *Server) stored(key string, defaultState bool, render func() (*page, error)) (*page, error) {
	if p, ok := s.pages.get(key); ok {
		return p, nil
	}
	s.mu.Lock()
	if f, ok := s.inflight[key]; ok {
		s.mu.Unlock()
		<-f.done
		return f.page, f.err
	}
	f := &flight{done: make(chan struct{})}
	s.inflight[key] = f
	s.mu.Unlock()

	f.page, f.err = render()
	if f.err == nil {
		s.pages.put(key, f.page)
		if defaultState {
			s.polishLater(f.page)
		}
	}
	s.mu.Lock()
	delete(s.inflight, key)
	s.mu.Unlock()
	close(f.done)
	return f.page, f.err
}

// flight is a render in progress that others wait for.
type flight struct {
	done chan struct{}
	page *page
	err  error
}

// render renders and compresses a page, at most renderSlots at a time:
// a burst of new states queues instead of holding hundreds of renders in
// memory at once.
func (s *Server) render(pl *ui.Payload, u *url.URL, status int) (*page, error) {
	s.slots <- struct{}{}
	defer func() { <-s.slots }()
	body, err := s.renderDocument(pl, u)
	if err != nil {
		return nil, err
	}
	s.renders.Add(1)
	return newPage(body, status, pl.Lang), nil
}

// servePage writes a rendered page: its status, its ETag (304 when the
// reader has it), the encoding the reader accepts.
func (s *Server) servePage(w http.ResponseWriter, r *http.Request, p *page) {
	h := w.Header()
	h["Content-Type"] = htmlType
	h["Cache-Control"] = noCache
	h["Content-Language"] = p.langHeader
	// Only the bare home page picks its language from the reader's
	// browser; every other page is the same for everyone.
	if r.URL.Path == "/" {
		h["Vary"] = varyLanguage
	} else {
		h["Vary"] = varyEncoding
	}
	if p.status == http.StatusOK {
		h["Etag"] = p.etagHeader
		if r.Header.Get("If-None-Match") == p.etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	body := p.raw
	switch enc := r.Header.Get("Accept-Encoding"); {
	case acceptsEncoding(enc, "br"):
		h["Content-Encoding"] = brEncoding
		body = *p.br.Load()
	case acceptsEncoding(enc, "gzip"):
		h["Content-Encoding"] = gzipEncoding
		body = p.gz
	}
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	w.WriteHeader(p.status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// polishLater recompresses a page's default state at brotli's best
// quality in the background: 1 s of work for 12 % fewer bytes on a
// story, which a page read by many readers repays, while a reader who
// asks first gets the quick form at once.
func (s *Server) polishLater(p *page) {
	s.startPolish.Do(func() {
		go func() {
			for p := range s.polish {
				br := brotliBytes(p.raw, brotliBest)
				p.br.Store(&br)
			}
		}()
	})
	select {
	case s.polish <- p:
	default: // a full queue: the page keeps its quick form
	}
}

// Warm compresses the static files, renders and stores every page of the
// route table in its default state, and queues each for the best
// compression: what readers ask for first is ready before they ask.
func (s *Server) Warm() {
	if names, err := s.static.names(); err == nil {
		for _, n := range names {
			s.static.encoded(n) // compressed once, here rather than for a reader
		}
	}
	for _, p := range ui.Pages(s.lib.Index()) {
		if p.Status != http.StatusOK {
			continue
		}
		req, _ := http.NewRequest(http.MethodGet, p.Path, nil)
		s.page(discard{}, req)
	}
}

// discard is a ResponseWriter that keeps nothing.
type discard struct{}

func (discard) Header() http.Header         { return http.Header{} }
func (discard) Write(b []byte) (int, error) { return len(b), nil }
func (discard) WriteHeader(int)             {}

// Renders is the number of pages rendered so far.
func (s *Server) Renders() int64 { return s.renders.Load() }

// Header values every response shares, made once: http.Header.Set would
// canonicalise the key and allocate the value on every request, which
// was most of the cost of serving a stored page (5.7 µs).
var (
	htmlType     = []string{"text/html; charset=utf-8"}
	noCache      = []string{"no-cache"}
	varyEncoding = []string{"Accept-Encoding"}
	varyLanguage = []string{"Accept-Encoding, Accept-Language"}
	brEncoding   = []string{"br"}
	gzipEncoding = []string{"gzip"}
)
