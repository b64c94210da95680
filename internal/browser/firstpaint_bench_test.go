package browser

import (
	"testing"

	"github.com/chromedp/chromedp"
)

const lcp = `new Promise(done => new PerformanceObserver(list => {
  const e = list.getEntries();
  done(e[e.length - 1].startTime);
}).observe({type: "largest-contentful-paint", buffered: true}))`

// BenchmarkFirstPaint measures the story's largest contentful paint, cold,
// at 10 Mbps / 40 ms / 4× CPU, against the same HTML and CSS without the
// boot script (docs/architecture.md, rule 2: first paint owes nothing to the wasm),
// and when the wasm has taken over. It prints; it asserts nothing.
func BenchmarkFirstPaint(b *testing.B) {
	s := newSite(b, false)
	measure := func(path string, wantReady bool) (paint, ready float64) {
		ctx := slowTab(b)
		do(b, ctx, chromedp.Navigate(s.URL+path))
		paint = eval[float64](b, ctx, lcp)
		if wantReady {
			waitReady(b, ctx)
			ready = eval[float64](b, ctx, `performance.getEntriesByName("atlas-ready")[0].startTime`)
		}
		return paint, ready
	}
	var withWasm, plain, ready []float64
	for i := 0; i < b.N; i++ {
		for run := 0; run < 5; run++ {
			p, r := measure(story, true)
			withWasm, ready = append(withWasm, p), append(ready, r)
			p, _ = measure("/__plain"+story, false)
			plain = append(plain, p)
		}
	}
	lw, lp, rd := median(withWasm), median(plain), median(ready)
	b.ReportMetric(lw, "lcp-ms")
	b.ReportMetric(lp, "plain-lcp-ms")
	b.ReportMetric(lw/lp, "ratio")
	b.ReportMetric(rd, "ready-ms")
	b.Logf("story at 10 Mbps / 40 ms / 4× CPU, cold, median of %d: LCP %.0f ms, plain HTML %.0f ms (ratio %.2f); wasm live at %.0f ms",
		len(withWasm), lw, lp, lw/lp, rd)
}
