package server

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/computeatlas/atlas/web"
)

// Readers get one stylesheet: the site's own, then each registered
// widget's style.css from its folder, in name order.
func TestBundleCSS(t *testing.T) {
	css, err := bundleCSS(web.FS, widget.Assets)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := web.FS.ReadFile("site.css")
	if !bytes.HasPrefix(css, base) {
		t.Error("the bundle does not start with web/site.css")
	}
	at := len(base)
	for _, name := range widgets.Names() {
		spec, _ := widgets.Lookup(name)
		own, err := widget.Assets.ReadFile(spec.Dir() + "/style.css")
		if err != nil {
			t.Fatal(err)
		}
		i := bytes.Index(css, own)
		if i < at {
			t.Errorf("%s's style.css is missing or out of order", name)
		}
		at = i
	}
	if _, err := bundleCSS(web.FS, fstest.MapFS{}); err == nil || !strings.Contains(err.Error(), "style.css") {
		t.Errorf("a widget without style.css: err = %v, want it named", err)
	}
}

// The fonts the stylesheet names are served at fingerprinted addresses,
// for good, as font/woff2 and never compressed again; every page, embeds
// too, preloads them (with crossorigin, without which the browser fetches
// a font twice); a url() of a file web/ lacks stops the server.
func TestStylesheetFonts(t *testing.T) {
	s := newTestServer(t)
	if len(s.fonts) != 2 {
		t.Fatalf("fonts = %v, want Inter's two weights", s.fonts)
	}
	css := get(t, s, s.static.url(stylesheet)).Body.String()
	for _, f := range s.fonts {
		if !fingerprinted.MatchString(strings.TrimPrefix(f, "/web/")) {
			t.Errorf("font %s is not at a fingerprinted address", f)
		}
		if !strings.Contains(css, `url("`+f+`")`) {
			t.Errorf("the stylesheet does not name %s", f)
		}
		rec := get(t, s, f, "Accept-Encoding", "br, gzip")
		if rec.Code != 200 || rec.Header().Get("Content-Type") != "font/woff2" || rec.Header().Get("Content-Encoding") != "" ||
			!strings.Contains(rec.Header().Get("Cache-Control"), "immutable") || !bytes.HasPrefix(rec.Body.Bytes(), []byte("wOF2")) {
			t.Errorf("%s: %d, %q, encoding %q, %q, starts %q", f, rec.Code, rec.Header().Get("Content-Type"),
				rec.Header().Get("Content-Encoding"), rec.Header().Get("Cache-Control"), rec.Body.Bytes()[:min(4, rec.Body.Len())])
		}
		for _, page := range []string{"/en/", "/pl/dokad-przenosi-sie-trening", "/embed/chip-gap"} {
			preload := `<link rel="preload" href="` + f + `" as="font" type="font/woff2" crossorigin>`
			if !strings.Contains(get(t, s, page).Body.String(), preload) {
				t.Errorf("%s does not preload %s", page, f)
			}
		}
	}
	if strings.Contains(css, `url("/web/fonts/inter-400.woff2")`) {
		t.Error("the stylesheet still names a font by its plain address")
	}

	broken := fstest.MapFS{"site.css": {Data: []byte(`@font-face { src: url("/web/fonts/missing.woff2"); }`)}}
	if _, _, err := fingerprintURLs(broken["site.css"].Data, newStatic(broken, nil)); err == nil || !strings.Contains(err.Error(), "fonts/missing.woff2") {
		t.Errorf("a url() of a missing file: err = %v, want it named", err)
	}
}
