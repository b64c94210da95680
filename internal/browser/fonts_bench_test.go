package browser

import (
	"bytes"
	"io"
	"net/http"
	"regexp"
	"sync"
	"testing"

	"github.com/andybalholm/brotli"
)

var (
	fontPreload    = regexp.MustCompile(`<link rel="preload" href="/web/fonts/[^"]*" as="font"[^>]*>\n?`)
	stylesheetHref = regexp.MustCompile(`href="(/web/site[^"]*\.css)"`)
	fontFaces      = regexp.MustCompile(`(?s)@font-face \{.*?\}\n?`)
)

// serveWithoutWebFonts serves the server's stylesheet at path without its
// @font-face rules (Inter's two and the fallback's two): the text is set
// in the system's fonts, as it was before the site shipped one. It is compressed once,
// with brotli 11 as the server's own (Chromium asks for brotli), and kept:
// an uncompressed copy, or one compressed per request, would measure the
// bytes or the compressor, not the fonts.
func serveWithoutWebFonts(w http.ResponseWriter, path string) {
	withoutFontsMu.Lock()
	body, ok := withoutFonts[path]
	if !ok {
		res, err := http.Get(originURL.String() + path)
		if err != nil {
			withoutFontsMu.Unlock()
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		css, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if len(fontFaces.FindAll(css, -1)) != 4 {
			withoutFontsMu.Unlock()
			http.Error(w, "the stylesheet no longer has Inter's two faces and the fallback's two", http.StatusInternalServerError)
			return
		}
		var buf bytes.Buffer
		bw := brotli.NewWriterLevel(&buf, 11)
		bw.Write(fontFaces.ReplaceAll(css, nil))
		bw.Close()
		body = buf.Bytes()
		withoutFonts[path] = body
	}
	withoutFontsMu.Unlock()
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Content-Encoding", "br")
	w.Write(body)
}

var (
	withoutFontsMu sync.Mutex
	withoutFonts   = map[string][]byte{}
)

// BenchmarkWebFonts measures what shipping Inter costs the story's first
// paint: its largest contentful paint, cold, at 10 Mbps / 40 ms / 4× CPU,
// with the two preloaded WOFF2 files against the same page and styles
// set in the system's fonts (no @font-face, no preload), both without the
// wasm, in the same run. It prints; it asserts nothing.
func BenchmarkWebFonts(b *testing.B) {
	w, wo, n := lcpSideBySide(b, newSite(b, false), "/__plain"+story, "/__nofont"+story)
	b.ReportMetric(w, "fonts-lcp-ms")
	b.ReportMetric(wo, "no-fonts-lcp-ms")
	b.Logf("story LCP at 10 Mbps / 40 ms / 4× CPU, cold, median of %d: with Inter (two preloaded WOFF2, 35 KB) %.0f ms, in system fonts %.0f ms (ratio %.2f)",
		n, w, wo, w/wo)
}
