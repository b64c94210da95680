package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// BenchmarkTakeoverProfile records where the main thread's time goes
// between navigation and data-ready on the story and an embed at 4× CPU
// (no network throttling, so the figures are the CPU's): a Chrome trace
// for the long tasks and what fills them, and V8's sampling profiler for
// self time by function. `make wasm` strips the wasm's function names;
// build it without -ldflags='-s -w' to see Go's functions by name. It
// prints; it asserts nothing. ATLAS_PROFILE_PATH profiles another page.
func BenchmarkTakeoverProfile(b *testing.B) {
	s := newSite(b, false)
	paths := []string{story, "/embed/diffusion-map"}
	if p := os.Getenv("ATLAS_PROFILE_PATH"); p != "" {
		paths = []string{p}
	}
	for i := 0; i < b.N; i++ {
		for _, path := range paths {
			profileTakeover(b, s.URL, path)
		}
	}
}

func profileTakeover(b *testing.B, base, path string) {
	{
		ctx := tab(b)
		if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4}); err != nil {
			b.Fatal(err)
		}
		if _, err := chromedp.Call(ctx, profiler.Enable, cdp.Empty{}); err != nil {
			b.Fatal(err)
		}
		if _, err := chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200}); err != nil {
			b.Fatal(err)
		}
		if _, err := chromedp.Call(ctx, profiler.Start, cdp.Empty{}); err != nil {
			b.Fatal(err)
		}
		do(b, ctx, chromedp.Navigate(base+path))
		waitReady(b, ctx)
		res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
		if err != nil {
			b.Fatal(err)
		}
		phases := eval[map[string]float64](b, ctx, `(() => {
		  const r = performance.getEntriesByType("resource").find(e => /app[.][0-9a-f]+[.]wasm|app[.]wasm/.test(e.name));
		  const m = n => (performance.getEntriesByName(n)[0] || {}).startTime || 0;
		  return {wasmStart: r ? r.startTime : 0, wasmEnd: r ? r.responseEnd : 0, ready: m("atlas-ready"),
		    fcp: (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime || 0};
		})()`)
		ctx = tab(b)
		if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4}); err != nil {
			b.Fatal(err)
		}
		count, blocking, longest := longTasks(traceLoad(b, ctx, base+path))
		// One line for docs/performance.md; the detail with -v (go test
		// keeps only the first lines of a benchmark's log otherwise).
		b.Logf("takeover of %s at 4× CPU, unthrottled network: FCP %.0f ms; app.wasm asked for at %.0f ms, arrived %.0f ms; data-ready %.0f ms; main thread: %d tasks over 50 ms, %.0f ms blocking (traced)",
			path, phases["fcp"], phases["wasmStart"], phases["wasmEnd"], phases["ready"], count, blocking)
		if testing.Verbose() {
			b.Logf("%s, longest tasks:\n%s\n  sampled:\n%s", path, longest, selfTimes(res.Profile, 20))
		}
	}
}

// selfTimes sums each function's self time in a V8 CPU profile, grouped
// by function name, and lists the top n with a total per group (our
// code, go-app, Go's runtime and library, JavaScript, idle/GC).
func selfTimes(p *profiler.Profile, n int) string {
	byID := map[int64]*profiler.ProfileNode{}
	for _, node := range p.Nodes {
		byID[node.ID] = node
	}
	self := map[string]float64{}
	groups := map[string]float64{}
	for i, id := range p.Samples {
		if i+1 >= len(p.TimeDeltas) {
			break
		}
		ms := float64(p.TimeDeltas[i+1]) / 1000
		node := byID[id]
		name := node.CallFrame.FunctionName
		if name == "" {
			name = "(anonymous " + node.CallFrame.URL + ")"
		}
		self[name] += ms
		groups[groupOf(name, node.CallFrame.URL)] += ms
	}
	type row struct {
		name string
		ms   float64
	}
	var rows []row
	for k, v := range self {
		rows = append(rows, row{k, v})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].ms > rows[j].ms })
	var out strings.Builder
	var gs []row
	for k, v := range groups {
		gs = append(gs, row{k, v})
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i].ms > gs[j].ms })
	for _, g := range gs {
		fmt.Fprintf(&out, "  %-12s %8.1f ms\n", g.name, g.ms)
	}
	out.WriteString("  top functions by self time:\n")
	for i, r := range rows {
		if i == n {
			break
		}
		fmt.Fprintf(&out, "  %8.1f ms  %s\n", r.ms, r.name)
	}
	return out.String()
}

func groupOf(name, url string) string {
	switch {
	case name == "(idle)" || name == "(program)" || name == "(garbage collector)" || name == "(root)":
		return name
	case strings.Contains(name, "computeatlas"):
		return "ours"
	case strings.Contains(name, "go-app"):
		return "go-app"
	case strings.Contains(url, ".wasm") || strings.Contains(name, "runtime.") || strings.Contains(name, "encoding/") || strings.Contains(name, "syscall/js"):
		return "go runtime+std"
	default:
		return "javascript/browser"
	}
}

// traceEvent is one event of a Chrome trace (the JSON trace format).
type traceEvent struct {
	Name string         `json:"name"`
	Cat  string         `json:"cat"`
	Ph   string         `json:"ph"`
	Ts   float64        `json:"ts"`
	Dur  float64        `json:"dur"`
	Pid  int64          `json:"pid"`
	Tid  int64          `json:"tid"`
	Args map[string]any `json:"args"`
}

// traceLoad records a Chrome trace of ctx navigating to url until
// data-ready (and one more second, for the tasks that follow it), and
// returns the events of the page's main thread.
func traceLoad(b *testing.B, ctx context.Context, url string) []traceEvent {
	b.Helper()
	var mu sync.Mutex
	var events []traceEvent
	done := make(chan struct{})
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range e.Value {
				var te traceEvent
				if json.Unmarshal(v, &te) == nil {
					events = append(events, te)
				}
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(done)
		}
	}); err != nil {
		b.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig: &tracing.TraceConfig{IncludedCategories: []string{
			"devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8", "v8.wasm", "blink", "loading", "__metadata",
		}},
	}); err != nil {
		b.Fatal(err)
	}
	do(b, ctx, chromedp.Navigate(url))
	waitReady(b, ctx)
	do(b, ctx, chromedp.Sleep(time.Second))
	if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
		b.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(stepTimeout):
		b.Fatal("the trace did not complete")
	}
	mu.Lock()
	defer mu.Unlock()
	// The page's main thread: the renderer main thread that ran the most.
	names := map[[2]int64]bool{}
	for _, e := range events {
		if e.Ph == "M" && e.Name == "thread_name" && e.Args["name"] == "CrRendererMain" {
			names[[2]int64{e.Pid, e.Tid}] = true
		}
	}
	busy := map[[2]int64]float64{}
	for _, e := range events {
		if k := [2]int64{e.Pid, e.Tid}; names[k] && e.Name == "RunTask" {
			busy[k] += e.Dur
		}
	}
	var main [2]int64
	for k, v := range busy {
		if v > busy[main] {
			main = k
		}
	}
	var out []traceEvent
	for _, e := range events {
		if e.Pid == main[0] && e.Tid == main[1] && e.Ph == "X" {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Ts < out[j].Ts })
	return out
}

// longTasks counts the main thread's tasks over 50 ms and sums them the
// way total blocking time does (each counts its time beyond 50 ms), and
// names what each of the longest spent its time on (inclusive durations
// of the events inside it, by name).
func longTasks(events []traceEvent) (count int, blockingMs float64, longest string) {
	type task struct {
		start, dur float64
		inside     map[string]float64
	}
	var tasks []*task
	var cur *task
	end := 0.0 // of the top-level task in progress: tasks nest
	for _, e := range events {
		if e.Name == "RunTask" && e.Ts >= end {
			end = e.Ts + e.Dur
			cur = nil
			if e.Dur > 50_000 {
				cur = &task{start: e.Ts, dur: e.Dur, inside: map[string]float64{}}
				tasks = append(tasks, cur)
			}
			continue
		}
		if cur != nil && e.Ts < cur.start+cur.dur {
			cur.inside[e.Name] += e.Dur
		}
	}
	for _, t := range tasks {
		blockingMs += (t.dur - 50_000) / 1000
	}
	var out strings.Builder
	sort.Slice(tasks, func(i, j int) bool { return tasks[i].dur > tasks[j].dur })
	for i, t := range tasks {
		if i == 6 {
			break
		}
		type part struct {
			name string
			us   float64
		}
		var parts []part
		for k, v := range t.inside {
			parts = append(parts, part{k, v})
		}
		sort.Slice(parts, func(i, j int) bool { return parts[i].us > parts[j].us })
		var names []string
		for j, p := range parts {
			if j == 6 {
				break
			}
			names = append(names, fmt.Sprintf("%s %.0f", p.name, p.us/1000))
		}
		fmt.Fprintf(&out, "  task at +%.0f ms: %.0f ms (%s)\n", (t.start-events[0].Ts)/1000, t.dur/1000, strings.Join(names, ", "))
	}
	return len(tasks), blockingMs, out.String()
}
