package browser

import (
	"fmt"
	"math"
	"sort"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// frameRecorder records the interval between animation frames for ms
// milliseconds after running start(), and resolves with them.
const frameRecorder = `(ms, start) => new Promise(resolve => {
  const out = [];
  let last = performance.now();
  const t0 = last;
  function frame(t) {
    out.push(t - last);
    last = t;
    if (t - t0 < ms) requestAnimationFrame(frame); else resolve(out);
  }
  requestAnimationFrame(frame);
  start();
})`

type frameStats struct {
	frames         int
	mean, p95, max float64
	dropped        int
	fps            float64
	framesOver50ms int
}

// lcpSideBySide is the story's largest contentful paint at two
// addresses of s, cold, on throttled tabs (slowTab), alternating, seven
// times each per b.N, as medians and the number of runs each: a figure
// beside its reference, measured in the same run. Each tab is left on
// about:blank: a throttled story tab would keep drawing the map's moving
// dashes and slow the runs after it.
func lcpSideBySide(b *testing.B, s *site, path, reference string) (got, ref float64, runs int) {
	measure := func(path string) float64 {
		ctx := slowTab(b)
		do(b, ctx, chromedp.Navigate(s.URL+path))
		ms := eval[float64](b, ctx, lcp)
		do(b, ctx, chromedp.Navigate("about:blank"))
		return ms
	}
	var gots, refs []float64
	for i := 0; i < b.N; i++ {
		for run := 0; run < 7; run++ {
			gots = append(gots, measure(path))
			refs = append(refs, measure(reference))
		}
	}
	return median(gots), median(refs), len(gots)
}

// median is the middle value of v (sorting it).
func median(v []float64) float64 {
	sort.Float64s(v)
	return v[len(v)/2]
}

func stats(intervals []float64) frameStats {
	s := frameStats{frames: len(intervals)}
	if len(intervals) == 0 {
		return s
	}
	sorted := append([]float64(nil), intervals...)
	sort.Float64s(sorted)
	sum := 0.0
	for _, v := range intervals {
		sum += v
		// A frame that took k vsync periods dropped k-1 frames.
		if k := int(math.Round(v / (1000.0 / 60))); k > 1 {
			s.dropped += k - 1
		}
		if v > 50 {
			s.framesOver50ms++
		}
	}
	s.mean = sum / float64(len(intervals))
	s.p95 = sorted[int(float64(len(sorted)-1)*0.95)]
	s.max = sorted[len(sorted)-1]
	s.fps = 1000 / s.mean
	return s
}

// BenchmarkDiffusionMapTransition measures frame intervals while the map
// re-routes its flows (six rule toggles, 1 s each), unthrottled and with
// 4× CPU slowdown, in headless Chromium. It prints; it asserts nothing.
func BenchmarkDiffusionMapTransition(b *testing.B) {
	s := newSite(b, false)
	for _, rate := range []float64{1, 4} {
		b.Run(fmt.Sprintf("cpu-%gx", rate), func(b *testing.B) {
			ctx := tab(b)
			if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: rate}); err != nil {
				b.Fatal(err)
			}
			do(b, ctx, chromedp.Navigate(s.URL+"/embed/diffusion-map?tiers=on"))
			waitReady(b, ctx)
			var all, latency, paint []float64
			for i := 0; i < b.N; i++ {
				for _, r := range []string{"in-force", "rescinded", "before", "in-force", "before", "rescinded"} {
					click := `document.querySelector('#diffusion-map .dm-rule-switch a[href*="rule=` + r + `"]').click()`
					all = append(all, eval[[]float64](b, ctx, `(`+frameRecorder+`)(1000, () => `+click+`)`)...)
					waitFor(b, ctx, `document.querySelector("#diffusion-map").dataset.state.includes("rule=`+r+`")`)
				}
				// Input to update: from the click to go-app's first change
				// of the map's DOM (the Go side of a toggle), and to the
				// next paint after it (the end of the frame that shows the
				// change: a task queued from requestAnimationFrame runs
				// after that frame's paint).
				for _, r := range []string{"in-force", "rescinded", "before"} {
					got := eval[[]float64](b, ctx, `new Promise(done => {
						const el = document.querySelector("#diffusion-map");
						const t0 = performance.now();
						const mo = new MutationObserver(() => {
							mo.disconnect();
							const update = performance.now() - t0;
							requestAnimationFrame(() => setTimeout(() => done([update, performance.now() - t0])));
						});
						mo.observe(el, {attributes: true});
						document.querySelector('#diffusion-map .dm-rule-switch a[href*="rule=`+r+`"]').click();
					})`)
					latency, paint = append(latency, got[0]), append(paint, got[1])
				}
			}
			st := stats(all)
			b.ReportMetric(st.fps, "fps")
			b.ReportMetric(st.p95, "p95-ms")
			b.ReportMetric(st.max, "max-ms")
			b.ReportMetric(float64(st.dropped), "dropped")
			lat := stats(latency)
			b.ReportMetric(lat.mean, "update-ms")
			np := stats(paint)
			b.ReportMetric(np.mean, "next-paint-ms")
			b.Logf("CPU %g×: %d frames, mean %.1f ms (%.1f fps), p95 %.1f ms, worst %.1f ms, %d dropped, %d over 50 ms; click to DOM update %.1f ms mean, %.1f ms worst; toggle to next paint %.1f ms mean, %.1f ms worst",
				rate, st.frames, st.mean, st.fps, st.p95, st.max, st.dropped, st.framesOver50ms, lat.mean, lat.max, np.mean, np.max)
		})
	}
}
