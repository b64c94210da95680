package browser

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/computeatlas/atlas/web"
)

var stylesheetLink = regexp.MustCompile(`<link rel="stylesheet" href="/web/site[^"]*\.css">`)

// splitStyleLinks are the site's styles as separate files (web/site.css,
// then one per widget) instead of the one bundle readers get: the
// alternative the bundle is measured against.
func splitStyleLinks() string {
	links := `<link rel="stylesheet" href="/__css/site.css">`
	for _, name := range widgets.Names() {
		links += `<link rel="stylesheet" href="/__css/` + name + `.css">`
	}
	return links
}

// serveStyle serves web/site.css or one widget's style.css.
func serveStyle(w http.ResponseWriter, name string) {
	var css []byte
	var err error
	if name == "site.css" {
		css, err = web.FS.ReadFile("site.css")
	} else {
		spec, ok := widgets.Lookup(strings.TrimSuffix(name, ".css"))
		if !ok {
			http.NotFound(w, nil)
			return
		}
		css, err = widget.Assets.ReadFile(spec.Dir() + "/style.css")
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Write(css)
}

// BenchmarkStylesheets measures the story's first paint with the one
// bundled stylesheet readers get against the same styles as one file per
// widget, cold, at 10 Mbps / 40 ms / 4× CPU, both without the wasm, in
// the same run. It prints; it asserts nothing.
func BenchmarkStylesheets(b *testing.B) {
	o, sp, n := lcpSideBySide(b, newSite(b, false), "/__plain"+story, "/__split"+story)
	b.ReportMetric(o, "bundle-lcp-ms")
	b.ReportMetric(sp, "split-lcp-ms")
	b.Logf("story LCP at 10 Mbps / 40 ms / 4× CPU, cold, median of %d: one bundled stylesheet %.0f ms, one file per widget %.0f ms (ratio %.2f)",
		n, o, sp, sp/o)
}
