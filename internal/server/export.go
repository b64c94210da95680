package server

import (
	"cmp"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
)

// Export writes the site as static files into dir: every page the route
// table lists (ui.Pages) and every file, asked of the server itself, so a
// static host serves exactly what bin/atlas would for the default state of
// each page. What a static host cannot do is in docs/architecture.md
// ("On a static host").
func (s *Server) Export(dir string) (int, error) {
	files := map[string]string{ // URL path -> file path
		"/robots.txt":           "robots.txt",
		"/sitemap.xml":          "sitemap.xml",
		"/app.js":               "app.js",
		"/wasm_exec.js":         "wasm_exec.js",
		"/app-worker.js":        "app-worker.js",
		"/manifest.webmanifest": "manifest.webmanifest",
	}
	for _, l := range s.feedLanguages() {
		files[feedPath(l)] = strings.TrimPrefix(feedPath(l), "/")
	}
	for _, name := range s.lib.Index().Widgets {
		if s.hasData(name) {
			files[widget.DataPath(name)] = strings.TrimPrefix(widget.DataPath(name), "/")
		}
		if spec, ok := widgets.Lookup(name); ok && spec.Card != nil {
			// The default state's pictures, as for cards.
			for ext := range pictureFormats {
				files["/picture/"+name+ext] = "picture/" + name + ext
			}
		}
	}
	status := map[string]int{}
	for _, p := range ui.Pages(s.lib.Index()) {
		files[p.Path], status[p.Path] = pageFile(p), p.Status
		if p.Status == http.StatusOK {
			// Each page's card in its default state: a static host
			// ignores the query of a state's card address.
			c := cardURL(p.Path, nil)
			files[c] = strings.TrimPrefix(c, "/")
		}
	}
	webFiles, err := s.static.names()
	if err != nil {
		return 0, err
	}
	for _, f := range webFiles {
		if !strings.HasSuffix(f, ".go") {
			files["/web/"+f] = "web/" + f
		}
	}
	var squeeze []string
	for urlPath, name := range files {
		req := httptest.NewRequest(http.MethodGet, urlPath, nil)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if want := cmp.Or(status[urlPath], http.StatusOK); rec.Code != want {
			return 0, fmt.Errorf("export %s: status %d", urlPath, rec.Code)
		}
		out := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return 0, err
		}
		if err := os.WriteFile(out, rec.Body.Bytes(), 0o644); err != nil {
			return 0, err
		}
		if compressible(rec.Header().Get("Content-Type")) && rec.Body.Len() > 512 {
			squeeze = append(squeeze, out)
		}
	}
	if err := precompress(squeeze); err != nil {
		return 0, err
	}
	return len(files) + 2*len(squeeze), nil
}

// precompress writes file.br (brotli, best quality) and file.gz (gzip,
// best) beside each file, as a static host with gzip_static and
// brotli_static serves them: the work is done once, at export, not per
// request. One worker per core: brotli 11 on app.wasm takes ~25 s.
func precompress(files []string) error {
	work := make(chan string)
	errs := make(chan error, len(files))
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range work {
				raw, err := os.ReadFile(f)
				if err == nil {
					err = os.WriteFile(f+".br", brotliBytes(raw, brotliBest), 0o644)
				}
				if err == nil {
					err = os.WriteFile(f+".gz", gzipBytes(raw), 0o644)
				}
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	for _, f := range files {
		work <- f
	}
	close(work)
	wg.Wait()
	close(errs)
	return <-errs
}

// pageFile is where a static host looks for a page: <path>/index.html,
// and 404.html for the page it serves for any missing path.
func pageFile(p ui.Page) string {
	if p.Status == http.StatusNotFound {
		return "404.html"
	}
	return strings.TrimPrefix(strings.TrimSuffix(p.Path, "/")+"/index.html", "/")
}
