package server

import (
	"cmp"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/computeatlas/atlas/app/ui"
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
	status := map[string]int{}
	for _, p := range ui.Pages(s.lib.Index()) {
		files[p.Path], status[p.Path] = pageFile(p), p.Status
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
	}
	return len(files), nil
}

// pageFile is where a static host looks for a page: <path>/index.html,
// and 404.html for the page it serves for any missing path.
func pageFile(p ui.Page) string {
	if p.Status == http.StatusNotFound {
		return "404.html"
	}
	return strings.TrimPrefix(strings.TrimSuffix(p.Path, "/")+"/index.html", "/")
}
