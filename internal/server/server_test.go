package server

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/content"
	"github.com/computeatlas/atlas/web"
)

func newTestServer(t testing.TB) *Server {
	t.Helper()
	s, err := New(Config{BaseURL: "https://atlas.example", Content: content.FS, Web: web.FS})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func get(t testing.TB, h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestStatuses(t *testing.T) {
	s := newTestServer(t)
	cases := map[string]int{
		"/":                                   200,
		"/?lang=pl":                           200,
		"/pl/":                                200,
		"/pl":                                 200,
		"/?lang=xx":                           200,
		"/en/where-training-moves":            200,
		"/pl/dokad-przenosi-sie-trening":      200,
		"/en/dokad-przenosi-sie-trening":      404, // the Polish slug is not English
		"/en/no-such-story":                   404,
		"/de/where-training-moves":            404,
		"/en/where-training-moves/extra":      404,
		"/embed/chip-gap":                     200,
		"/embed/diffusion-map":                200,
		"/en/glossary":                        200, // the footer links here
		"/pl/slowniczek":                      200,
		"/en/export-controls-in-five-minutes": 200,
		"/pl/kontrola-eksportu-w-piec-minut":  200,
		"/embed/no-such-widget":               404,
		"/nowhere":                            404,
		"/healthz":                            200,
		"/version.json":                       200,
		"/robots.txt":                         200,
		"/sitemap.xml":                        200,
		"/app.js":                             200,
		"/wasm_exec.js":                       200,
		"/app-worker.js":                      200,
		"/manifest.webmanifest":               200,
		"/web/site.css":                       200,
		"/web/boot.js":                        200,
		"/web/web.go":                         404, // the embed's own source is not served
		"/web/../main.go":                     404,
		"/web/%2e%2e/go.mod":                  404,
		"/web/..%2fgo.mod":                    404,
		"/web/":                               404,
		"/../../etc/passwd":                   404,
		"/en/where-training-moves?x=%zz":      200,
		"/embed/chip-gap?metric=%00&lang":     200,
	}
	for path, want := range cases {
		rec := get(t, s, path)
		if rec.Code != want {
			t.Errorf("GET %s: %d, want %d", path, rec.Code, want)
		}
		if want == 404 && !strings.Contains(rec.Body.String(), "<h1>") {
			t.Errorf("GET %s: 404 without our not-found page", path)
		}
	}
	if rec := get(t, s, "/en/where-training-moves?x="+strings.Repeat("a", 5000)); rec.Code != http.StatusRequestURITooLong {
		t.Errorf("a 5 KB query: %d, want 414", rec.Code)
	}
	req := httptest.NewRequest(http.MethodPost, "/en/where-training-moves", nil)
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", rec.Code)
	}
}

func TestStoryHead(t *testing.T) {
	s := newTestServer(t)
	body := get(t, s, "/pl/dokad-przenosi-sie-trening").Body.String()
	for _, want := range []string{
		`<html lang="pl">`,
		`<link rel="canonical" href="https://atlas.example/pl/dokad-przenosi-sie-trening">`,
		`<link rel="alternate" hreflang="pl" href="https://atlas.example/pl/dokad-przenosi-sie-trening">`,
		`<link rel="alternate" hreflang="en" href="https://atlas.example/en/where-training-moves">`,
		`<meta property="og:type" content="article">`,
		`<meta property="og:url" content="https://atlas.example/pl/dokad-przenosi-sie-trening">`,
		`<meta property="article:published_time" content="`,
		`<meta property="og:locale" content="pl_PL">`,
		`<script defer src="` + s.static.url("boot.js") + `" data-wasm="` + s.static.url("app.wasm") + `" data-exec="` + s.static.url("wasm_exec.js") + `"`,
		`data-worker="/app-worker.js"></script>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("Polish story head lacks %s", want)
		}
	}
	if m := regexp.MustCompile(`<title>([^<]+)</title>`).FindStringSubmatch(body); m == nil || !strings.Contains(m[1], "Dokąd") {
		t.Errorf("title = %v", m)
	}
	// The wasm scripts are not in the head: boot.js loads them after paint.
	if strings.Contains(body, `src="/app.js"`) || strings.Contains(body, `src="/wasm_exec.js"`) || strings.Contains(body, `src="`+s.static.url("wasm_exec.js")) {
		t.Error("go-app's scripts are loaded by the HTML, before first paint")
	}
	if strings.Count(body, "og:type") != 1 {
		t.Error("og:type appears more than once")
	}
}

func TestHomeLanguageFromAcceptLanguage(t *testing.T) {
	s := newTestServer(t)
	cases := map[string]string{
		"pl-PL,pl;q=0.9,en;q=0.8": "pl",
		"en-GB,en;q=0.9":          "en",
		"de-DE,de;q=0.9":          "en",
		"de, en;q=0.2, pl;q=0.5":  "pl",
		"pl;q=0, en;q=0.1":        "en",
		"":                        "en",
		";;;,,q=":                 "en",
	}
	for header, want := range cases {
		body := get(t, s, "/", "Accept-Language", header).Body.String()
		if !strings.Contains(body, `<html lang="`+want+`">`) {
			t.Errorf("Accept-Language %q: want a %s home page", header, want)
		}
	}
	if body := get(t, s, "/?lang=en", "Accept-Language", "pl").Body.String(); !strings.Contains(body, `<html lang="en">`) {
		t.Error("?lang=en does not win over Accept-Language")
	}
}

func TestEmbed(t *testing.T) {
	s := newTestServer(t)
	rec := get(t, s, "/embed/chip-gap?metric=memory&threshold=off&lang=pl&theme=dark")
	body := rec.Body.String()
	if !strings.Contains(body, `data-state="metric=memory&threshold=off"`) {
		t.Error("embed does not render the state of its plain keys")
	}
	if !strings.Contains(body, `<html lang="pl" data-theme="dark">`) {
		t.Error("embed ignores lang=pl or theme=dark")
	}
	if got := rec.Header().Get("Content-Security-Policy"); !strings.HasSuffix(got, "; frame-ancestors *") {
		t.Errorf("embed CSP = %q, want frame-ancestors *", got)
	}
	if strings.Contains(body, `href="/embed/chip-gap?metric=tpp&threshold=off#`) {
		t.Error("embed state links carry a fragment")
	}
	story := get(t, s, "/en/where-training-moves")
	if got := story.Header().Get("Content-Security-Policy"); !strings.HasSuffix(got, "; frame-ancestors 'none'") {
		t.Errorf("story CSP = %q, want frame-ancestors 'none'", got)
	}
	bad := get(t, s, "/embed/chip-gap?metric=foo&threshold=maybe&lang=de&theme=neon").Body.String()
	if !strings.Contains(bad, "Ignored lang=de, theme=neon, metric=foo, threshold=maybe") || !strings.Contains(bad, `data-state="metric=tpp&threshold=off"`) {
		t.Error("bad embed values are not reported or not replaced by defaults")
	}
}

// The page carries its Payload for the wasm, without the prose (read back
// from the DOM) and safe inside a script element.
func TestPayloadInPage(t *testing.T) {
	s := newTestServer(t)
	body := get(t, s, "/en/where-training-moves").Body.String()
	m := regexp.MustCompile(`(?s)<script id="atlas-data" type="application/json">(.*?)</script>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no atlas-data script")
	}
	data := m[1]
	if strings.Contains(data, "<") {
		t.Error("payload JSON contains a raw '<'")
	}
	if strings.Contains(data, `"html":`) {
		t.Error("payload repeats prose HTML the browser can read back")
	}
	if strings.Contains(data, `"countries"`) || !strings.Contains(body, `data-geo="natural-earth"`) {
		t.Error("payload repeats map geometry the browser can read back from the SVG")
	}
	for _, want := range []string{`"widget":"chip-gap"`, `"kind":"story"`, `"S41"`} {
		if !strings.Contains(data, want) {
			t.Errorf("payload lacks %s", want)
		}
	}
	if !strings.Contains(body, `data-block="p1"`) {
		t.Error("prose blocks are not marked for read-back")
	}
}

func TestStaticFiles(t *testing.T) {
	s := newTestServer(t)
	raw, err := bundleCSS(web.FS, widget.Assets)
	if err != nil {
		t.Fatal(err)
	}
	// With the fonts' addresses fingerprinted (TestStylesheetFonts).
	if raw, _, err = fingerprintURLs(raw, s.static); err != nil {
		t.Fatal(err)
	}
	rec := get(t, s, "/web/site.css", "Accept-Encoding", "gzip, br")
	if rec.Header().Get("Content-Encoding") != "br" {
		t.Fatalf("Content-Encoding = %q, want br", rec.Header().Get("Content-Encoding"))
	}
	dec, err := io.ReadAll(brotli.NewReader(rec.Body))
	if err != nil || !bytes.Equal(dec, raw) {
		t.Errorf("brotli body does not decode to site.css (%v)", err)
	}
	if rec := get(t, s, "/web/site.css"); rec.Header().Get("Content-Encoding") != "" || !bytes.Equal(rec.Body.Bytes(), raw) {
		t.Error("without Accept-Encoding the file is not served as it is")
	}
	etag := rec.Header().Get("ETag")
	if rec := get(t, s, "/web/site.css", "If-None-Match", etag); rec.Code != http.StatusNotModified {
		t.Errorf("revalidation with the ETag: %d, want 304", rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/css") {
		t.Errorf("Content-Type %q", ct)
	}
}

// Pages are compressed per request and still decode to the page.
func TestPagesCompressed(t *testing.T) {
	s := newTestServer(t)
	plain := get(t, s, "/en/where-training-moves").Body.Bytes()
	rec := get(t, s, "/en/where-training-moves", "Accept-Encoding", "br")
	if rec.Header().Get("Content-Encoding") != "br" {
		t.Fatalf("Content-Encoding %q", rec.Header().Get("Content-Encoding"))
	}
	size := rec.Body.Len()
	dec, err := io.ReadAll(brotli.NewReader(rec.Body))
	// go-app writes attributes in map order, so compare sizes, not bytes.
	if err != nil || len(dec) != len(plain) || !bytes.Contains(dec, []byte("<h1>Where AI training moves</h1>")) {
		t.Errorf("brotli page does not decode to the page (%v)", err)
	}
	t.Logf("story: %d bytes, %d brotli", len(plain), size)
	if size > len(plain)/3 {
		t.Errorf("brotli page is %d of %d bytes", size, len(plain))
	}
	if nf := get(t, s, "/nope", "Accept-Encoding", "gzip"); nf.Code != 404 || nf.Header().Get("Content-Encoding") != "gzip" {
		t.Error("404 page not gzip-compressed with its status")
	}
}

// The ETag of a static file is its own: editing a story must not make
// readers fetch app.wasm (or any other unchanged file) again.
func TestStaticETagIsPerFile(t *testing.T) {
	a := newTestServer(t)
	edited := fstest.MapFS{}
	for _, name := range mustList(t, content.FS) {
		b, _ := fs.ReadFile(content.FS, name)
		edited[name] = &fstest.MapFile{Data: b}
	}
	edited["en/where-training-moves.md"].Data = append(edited["en/where-training-moves.md"].Data, []byte("\nOne more line.\n")...)
	b, err := New(Config{BaseURL: "http://x", Content: edited, Web: web.FS})
	if err != nil {
		t.Fatal(err)
	}
	if a.Version() == b.Version() {
		t.Fatal("a story edit did not change the site version")
	}
	if ea, eb := get(t, a, "/web/boot.js").Header().Get("ETag"), get(t, b, "/web/boot.js").Header().Get("ETag"); ea != eb || ea == "" {
		t.Errorf("boot.js ETag changed with a story edit: %s vs %s", ea, eb)
	}
	if get(t, a, "/web/boot.js").Header().Get("ETag") == get(t, a, "/web/site.css").Header().Get("ETag") {
		t.Error("two different files share an ETag")
	}
}

func mustList(t *testing.T, fsys fs.FS) []string {
	t.Helper()
	names, err := listFiles(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return names
}

func TestSitemapAndRobots(t *testing.T) {
	s := newTestServer(t)
	sm := get(t, s, "/sitemap.xml").Body.String()
	for _, want := range []string{
		"<loc>https://atlas.example/en/where-training-moves</loc>",
		`hreflang="pl" href="https://atlas.example/pl/dokad-przenosi-sie-trening"`,
	} {
		if !strings.Contains(sm, want) {
			t.Errorf("sitemap lacks %s", want)
		}
	}
	if r := get(t, s, "/robots.txt").Body.String(); !strings.Contains(r, "Sitemap: https://atlas.example/sitemap.xml") {
		t.Errorf("robots.txt = %q", r)
	}
}

func TestBrokenStoryStopsTheServer(t *testing.T) {
	fsys := fstest.MapFS{
		"en/x.md":           {Data: []byte("---\ntitle: X\nsummary: S\nlang: en\nslug: x\ntranslation_key: x\npublished: 2026-01-01\n---\n\nText.\n\n::: widget no-such-widget\n:::\n")},
		"data/sources.json": {Data: []byte("[]")},
	}
	_, err := New(Config{BaseURL: "http://x", Content: fsys, Web: web.FS})
	if err == nil || !strings.Contains(err.Error(), "en/x.md:12:") || !strings.Contains(err.Error(), "no-such-widget") {
		t.Fatalf("error = %v, want file:line naming the unknown widget", err)
	}
}

func TestVersionIsStable(t *testing.T) {
	a, b := newTestServer(t), newTestServer(t)
	if a.Version() != b.Version() || len(a.Version()) != 16 {
		t.Errorf("versions %q and %q: want one content hash", a.Version(), b.Version())
	}
	if !strings.Contains(get(t, a, "/app.js").Body.String(), a.Version()) {
		t.Error("go-app's app.js does not carry the content version")
	}
}

func TestExport(t *testing.T) {
	// Without app.wasm: brotli 11 on it takes half a minute, and it is a
	// file like any other here.
	webFS := copyFS(t, web.FS)
	delete(webFS, "app.wasm")
	s, err := New(Config{BaseURL: "https://atlas.example", Content: content.FS, Web: webFS})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "dist")
	// A stale file of an earlier export is gone after the next one: the
	// new folder replaces the old whole.
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "stale.html"), []byte("old"), 0o644)
	n, err := s.Export(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "stale.html")); err == nil {
		t.Error("the previous export's files survive the new one")
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".dist*")); len(left) > 0 {
		t.Errorf("the export left %v behind", left)
	}
	if n.Files < 100 || n.Pages < 20 || n.Compressed < 20 || n.Bytes < 1_000_000 {
		t.Errorf("export says it wrote %+v", n)
	}
	checkHeaderFiles(t, dir)
	// Every file a page links (fingerprinted names included) is there.
	linked := regexp.MustCompile(`(?:src|href|data-wasm|data-exec)="(/(?:web|card|data)/[^"?#]+)"`)
	for _, f := range []string{"en/where-training-moves/index.html", "embed/chip-gap/index.html", "404.html", "en/widgets/index.html", "pl/widgets/index.html"} {
		html, _ := os.ReadFile(filepath.Join(dir, f))
		// The gallery shows each widget's notable states by their own
		// cards, named by path (ui.CardPath), which a static host serves.
		if strings.Contains(f, "widgets") && strings.Count(string(html), `class="gallery-state-thumb"`) < 10 {
			t.Errorf("%s shows %d state cards", f, strings.Count(string(html), "gallery-state-thumb"))
		}
		for _, m := range linked.FindAllStringSubmatch(string(html), -1) {
			if strings.Contains(m[1], "app.wasm") {
				continue // left out of this test's files, above
			}
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(m[1]))); err != nil {
				t.Errorf("%s links %s, which the export lacks", f, m[1])
			}
		}
	}
	// Pages that answer ?lang= on bin/atlas (the home, the embeds) have
	// a file per language, and each language its 404 page; exported
	// pages are marked for boot.js, with their other languages' pages.
	for f, want := range map[string]string{
		"index.pl.html": `<html lang="pl"`, "embed/chip-gap/index.pl.html": `<html lang="pl"`, "pl/404.html": `<html lang="pl"`,
		"embed/chip-gap/index.html":          `data-static data-lang-pages="{&#34;pl&#34;:&#34;/embed/chip-gap/index.pl.html&#34;}"`,
		"index.html":                         `data-lang-pages="{&#34;pl&#34;:&#34;/pl/&#34;}"`,
		"en/where-training-moves/index.html": ` data-static>`,
	} {
		if b, err := os.ReadFile(filepath.Join(dir, f)); err != nil || !strings.Contains(string(b), want) {
			t.Errorf("%s: %v, lacks %s", f, err, want)
		}
	}
	// oEmbed as files: each page with a widget links to its own answer.
	story, _ := os.ReadFile(filepath.Join(dir, "en/where-training-moves/index.html"))
	if !strings.Contains(string(story), `type="application/json+oembed" href="https://atlas.example/oembed/en/where-training-moves.json"`) {
		t.Error("the exported story's oEmbed discovery link does not point to its file")
	}
	for _, f := range []string{"oembed/en/where-training-moves.json", "oembed/embed/diffusion-map.json", "oembed/pl/dokad-przenosi-sie-trening.json"} {
		raw, err := os.ReadFile(filepath.Join(dir, f))
		var answer struct{ Type, HTML string }
		if err != nil || json.Unmarshal(raw, &answer) != nil || answer.Type != "rich" || !strings.Contains(answer.HTML, "<iframe") {
			t.Errorf("%s: %v, %.80q", f, err, raw)
		}
	}
	for _, f := range []string{"index.html", "pl/index.html", "en/where-training-moves/index.html", "pl/dokad-przenosi-sie-trening/index.html", "embed/chip-gap/index.html", "404.html", "web/site.css", "app.js", "sitemap.xml", "feed.xml", "pl/feed.xml", "card/en/where-training-moves.png", "card/index.png", "data/chip-gap.csv", "version.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("export lacks %s", f)
		}
	}
	// The version file names the version the exported pages carry.
	if v, _ := os.ReadFile(filepath.Join(dir, "version.json")); !strings.Contains(string(v), `"`+s.Version()+`"`) || !strings.Contains(string(story), `data-version="`+s.Version()+`"`) {
		t.Errorf("version.json is %q; the story carries another version or none", v)
	}
	// Beside every compressible file, its brotli and gzip forms, which
	// decode to it.
	for _, f := range []string{"en/where-training-moves/index.html", "web/site.css", "web/boot.js", "app.js", "sitemap.xml"} {
		raw, _ := os.ReadFile(filepath.Join(dir, f))
		br, err := os.Open(filepath.Join(dir, f+".br"))
		if err != nil {
			t.Errorf("%s.br: %v", f, err)
			continue
		}
		dec, _ := io.ReadAll(brotli.NewReader(br))
		br.Close()
		gzf, err := os.Open(filepath.Join(dir, f+".gz"))
		if err != nil {
			t.Errorf("%s.gz: %v", f, err)
			continue
		}
		zr, err := gzip.NewReader(gzf)
		if err != nil {
			t.Fatal(err)
		}
		gdec, _ := io.ReadAll(zr)
		gzf.Close()
		if !bytes.Equal(dec, raw) || !bytes.Equal(gdec, raw) {
			t.Errorf("%s: the .br or .gz does not decode to the file", f)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "web/icon.svg.br")); err == nil {
		if st, _ := os.Stat(filepath.Join(dir, "web/icon.svg")); st.Size() <= 512 {
			t.Error("a file too small to gain was compressed")
		}
	}
	t.Logf("export: %+v", n)
}

// FuzzServe: any path and query gets an answer, never a panic or a 500.
func FuzzServe(f *testing.F) {
	s := newTestServer(f)
	for _, seed := range []string{"/", "/en/where-training-moves?chip-gap.metric=x", "/embed/chip-gap?lang=pl&theme=%", "/web/../../x", "/%00", "/pl/"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, target string) {
		req, err := http.NewRequest(http.MethodGet, "http://x"+target, nil)
		if err != nil || req.URL.Path == "" {
			return
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Errorf("GET %q: %d", target, rec.Code)
		}
	})
}
