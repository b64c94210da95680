package server

import (
	"cmp"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
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
//
// It writes into a new folder beside dir and renames it into place only
// when everything is written, so a failed export leaves the previous one
// as it was and no half-written folder behind.
func (s *Server) Export(dir string) (Exported, error) {
	dir = filepath.Clean(dir)
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return Exported{}, err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".new-")
	if err != nil {
		return Exported{}, err
	}
	s.exporting = true
	done, err := s.exportInto(tmp)
	if err == nil {
		err = writeHeaderFiles(tmp)
	}
	if err == nil {
		err = os.Chmod(tmp, 0o755) // MkdirTemp makes it 0700
	}
	if err == nil {
		err = replaceDir(tmp, dir)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return Exported{}, err
	}
	done.Files += len(headerFiles)
	done.Bytes, err = dirBytes(dir)
	return done, err
}

// Exported says what an export wrote.
type Exported struct {
	Files, Pages, Compressed int
	Bytes                    int64
}

// replaceDir puts the folder tmp at dir: the old dir moves aside first
// and is removed once tmp is in place (two renames, each atomic).
func replaceDir(tmp, dir string) error {
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// dirBytes is the size of every file under dir.
func dirBytes(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	return n, err
}

// exportInto writes the site into dir.
func (s *Server) exportInto(dir string) (Exported, error) {
	files := map[string]string{ // URL path -> file path
		"/robots.txt":           "robots.txt",
		"/sitemap.xml":          "sitemap.xml",
		"/app.js":               "app.js",
		"/wasm_exec.js":         "wasm_exec.js",
		"/app-worker.js":        "app-worker.js",
		"/manifest.webmanifest": "manifest.webmanifest",
		versionPath:             "version.json",
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
	for _, l := range otherLanguages() {
		// Its own 404 page (exportlang.go).
		missing := l.Path("404.html")
		files[missing], status[missing] = strings.TrimPrefix(missing, "/"), http.StatusNotFound
	}
	for _, p := range ui.Pages(s.lib.Index()) {
		files[p.Path], status[p.Path] = pageFile(p), p.Status
		if p.Status == http.StatusOK && takesLang(p.Kind, p.Path) {
			for _, l := range otherLanguages() {
				files[p.Path+"?lang="+l.Code] = langFile(p.Path, l)
			}
		}
		if p.Status == http.StatusOK && s.hasLead(p.Path) {
			// Its oEmbed answer, where its discovery link points.
			q := "/oembed?" + url.Values{"url": {s.baseURL + p.Path}, "format": {"json"}}.Encode()
			files[q] = strings.TrimPrefix(oembedFile(p.Path), "/")
		}
		if p.Status == http.StatusOK {
			// Each page's card in its default state: a static host
			// ignores the query of a state's card address.
			c := cardURL(p.Path, nil)
			files[c] = strings.TrimPrefix(c, "/")
		}
	}
	webFiles, err := s.static.names()
	if err != nil {
		return Exported{}, err
	}
	for _, f := range webFiles {
		if !strings.HasSuffix(f, ".go") {
			files["/web/"+f] = "web/" + f
			// The fingerprinted name too: that is the one pages link
			// (site.<hash>.css, app.<hash>.wasm).
			if u := s.static.url(f); u != "/web/"+f {
				files[u] = strings.TrimPrefix(u, "/")
			}
		}
	}
	var squeeze []string
	// Card images that pages name by path (ui.CardPath: the gallery's
	// thumbnails of each widget's states), written after the pages.
	cards := map[string]string{}
	write := func(urlPath, name string) error {
		req := httptest.NewRequest(http.MethodGet, urlPath, nil)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if want := cmp.Or(status[urlPath], http.StatusOK); rec.Code != want {
			return fmt.Errorf("export %s: status %d", urlPath, rec.Code)
		}
		out := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(out, rec.Body.Bytes(), 0o644); err != nil {
			return err
		}
		ctype := rec.Header().Get("Content-Type")
		if compressible(ctype) && rec.Body.Len() > 512 {
			squeeze = append(squeeze, out)
		}
		if rec.Code == http.StatusOK && strings.HasPrefix(ctype, "text/html") {
			for _, m := range cardSrc.FindAllSubmatch(rec.Body.Bytes(), -1) {
				if c := string(m[1]); files[c] == "" {
					cards[c] = strings.TrimPrefix(c, "/")
				}
			}
		}
		return nil
	}
	for urlPath, name := range files {
		if err := write(urlPath, name); err != nil {
			return Exported{}, err
		}
	}
	for urlPath, name := range cards {
		if err := write(urlPath, name); err != nil {
			return Exported{}, err
		}
	}
	if err := precompress(squeeze); err != nil {
		return Exported{}, err
	}
	return Exported{Files: len(files) + len(cards) + 2*len(squeeze), Pages: len(status), Compressed: len(squeeze)}, nil
}

// cardSrc finds the card images a page names by path, with no query: its
// thumbnails, and its og:image on an exported page (cardOf).
var cardSrc = regexp.MustCompile(`(?:src|content)="(?:https?://[^/"]+)?(/card/[^"?#]+\.png)"`)

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

// hasLead reports whether the page at path has a widget to embed (and so
// an oEmbed answer).
func (s *Server) hasLead(path string) bool {
	pl, status := ui.Resolve(s.lib, ui.Request{Path: path})
	if status != http.StatusOK {
		return false
	}
	_, ok := ui.LeadOf(pl, nil)
	return ok
}
