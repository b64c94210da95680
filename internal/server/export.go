package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/computeatlas/atlas/app/widgets"
)

// Export writes the site as static files into dir, by asking the server
// itself for every page and file, so a static host serves exactly what
// bin/atlas would for the default state of each page. (What a static host
// cannot do is listed in DESIGN.md; the scale issue completes the export
// with precompressed files and oEmbed JSON.)
func (s *Server) Export(dir string) (int, error) {
	files := map[string]string{ // URL path -> file path
		"/":                     "index.html",
		"/pl/":                  "pl/index.html",
		"/robots.txt":           "robots.txt",
		"/sitemap.xml":          "sitemap.xml",
		"/app.js":               "app.js",
		"/wasm_exec.js":         "wasm_exec.js",
		"/app-worker.js":        "app-worker.js",
		"/manifest.webmanifest": "manifest.webmanifest",
		"/404":                  "404.html",
	}
	for _, d := range s.site.Stories {
		files[d.Meta.Path()] = strings.TrimPrefix(d.Meta.Path(), "/") + "/index.html"
	}
	for _, n := range widgets.Names() {
		files["/embed/"+n] = "embed/" + n + "/index.html"
	}
	webFiles, err := listFiles(s.static.files)
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
		if rec.Code != http.StatusOK && !(urlPath == "/404" && rec.Code == http.StatusNotFound) {
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
