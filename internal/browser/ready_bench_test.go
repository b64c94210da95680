package browser

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/chromedp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BenchmarkReadyAgainstHelloWorld measures, cold at 10 Mbps / 40 ms / 4×
// CPU, the time from navigation to data-ready on the story and on an
// embed (each started by a key press, as a reader's first key starts it),
// against go-app's hello-world (testdata/hello) built in the same run and
// served by go-app's own Handler, app.wasm precompressed at brotli 11:
// the floor for any go-app page. It prints; it asserts nothing.
func BenchmarkReadyAgainstHelloWorld(b *testing.B) {
	s := newSite(b, false)
	hello := serveHelloWorld(b)
	ready := func(url string) float64 {
		ctx := slowTab(b)
		do(b, ctx, chromedp.Navigate(url))
		waitReady(b, ctx)
		return eval[float64](b, ctx, `performance.getEntriesByName("atlas-ready")[0].startTime`)
	}
	var floor, story, embed []float64
	for i := 0; i < b.N; i++ {
		for run := 0; run < 3; run++ {
			floor = append(floor, ready(hello+"/"))
			story = append(story, ready(s.URL+"/en/where-training-moves"))
			embed = append(embed, ready(s.URL+"/embed/chip-gap"))
		}
	}
	f, st, em := median(floor), median(story), median(embed)
	b.ReportMetric(f, "hello-ready-ms")
	b.ReportMetric(st/f, "story-ratio")
	b.ReportMetric(em/f, "embed-ratio")
	b.Logf("data-ready at 10 Mbps / 40 ms / 4× CPU, cold, median of %d: go-app hello-world %.0f ms; story %.0f ms (%.2f×); chip-gap embed %.0f ms (%.2f×)",
		len(floor), f, st, st/f, em, em/f)
}

// serveHelloWorld builds testdata/hello for the browser and serves it
// with go-app's Handler; it returns the server's URL.
func serveHelloWorld(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	wasm := filepath.Join(dir, "app.wasm")
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, "./testdata/hello")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("building the hello-world: %v\n%s", err, out)
	}
	raw, err := os.ReadFile(wasm)
	if err != nil {
		b.Fatal(err)
	}
	var br bytes.Buffer
	w := brotli.NewWriterLevel(&br, brotli.BestCompression)
	w.Write(raw)
	w.Close()
	app.Route("/", func() app.Composer { return &helloPage{} })
	h := &app.Handler{Name: "Hello"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/web/app.wasm" {
			w.Header().Set("Content-Type", "application/wasm")
			w.Header().Set("Content-Encoding", "br")
			w.Write(br.Bytes())
			return
		}
		h.ServeHTTP(w, r)
	}))
	b.Cleanup(srv.Close)
	b.Logf("hello-world app.wasm: %d bytes, %d brotli", len(raw), br.Len())
	return srv.URL
}

// helloPage is testdata/hello's component, for go-app's Handler to
// prerender the same page the wasm renders.
type helloPage struct{ app.Compo }

func (h *helloPage) Render() app.UI { return app.H1().Text("Hello World!") }
