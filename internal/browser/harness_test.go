package browser

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/computeatlas/atlas/internal/wasmbuild"
)

// The server and the browser are shared by the package's tests; each test
// gets its own proxy (its own wasm gate) and its own browser context.
var (
	// atlasBin is the server binary the suite runs (and exports with).
	atlasBin string
	// atlasURL is bin/atlas; originURL is what the tests' pages come
	// from: bin/atlas, or with ATLAS_ORIGIN=export the static export
	// served by nginx (`make test` runs the suite both ways).
	atlasURL  *url.URL
	originURL *url.URL
	allocCtx  context.Context
	browser   context.Context
	setupErr  error
	setupOnce sync.Once
)

func TestMain(m *testing.M) {
	code := m.Run()
	stopAll()
	os.Exit(code)
}

var stops []func()

func stopAll() {
	for i := len(stops) - 1; i >= 0; i-- {
		stops[i]()
	}
}

// setup builds (unless ATLAS_BIN names a built binary) and starts bin/atlas
// on a free port, and starts Chromium.
func setup(t testing.TB) {
	t.Helper()
	setupOnce.Do(func() { setupErr = startAll() })
	if setupErr != nil {
		t.Fatal(setupErr)
	}
}

func startAll() error {
	bin := os.Getenv("ATLAS_BIN")
	if bin == "" {
		var err error
		if bin, err = buildAtlas(); err != nil {
			return err
		}
	}
	atlasBin = bin
	u, stop, err := runAtlas(os.Stderr)
	if err != nil {
		return err
	}
	stops = append(stops, stop)
	atlasURL, originURL = u, u
	switch origin := os.Getenv("ATLAS_ORIGIN"); origin {
	case "", "server":
	case "export":
		nginxOnce.Do(func() { nginxURL, nginxErr = startNginx() })
		if nginxErr != nil {
			return nginxErr
		}
		if originURL, err = url.Parse(nginxURL); err != nil {
			return err
		}
	default:
		return fmt.Errorf("ATLAS_ORIGIN=%q: want server (bin/atlas, the default) or export (the static export on nginx)", origin)
	}

	chrome, err := exec.LookPath("chromium")
	if err != nil {
		return fmt.Errorf("chromium not found: run `make test`, which installs it (Debian: apt-get install chromium)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(1000, 800),
	)
	var cancelAlloc, cancelBrowser context.CancelFunc
	allocCtx, cancelAlloc = chromedp.NewExecAllocator(context.Background(), opts...)
	browser, cancelBrowser = chromedp.NewContext(allocCtx)
	stops = append(stops, cancelAlloc, cancelBrowser)
	// Start the browser now, so the first test's timeout does not include it.
	return chromedp.Do(browser)
}

// runAtlas starts the suite's bin/atlas on a free loopback port with
// extra flags (such as -content), writing its errors to stderr, and
// returns its address, read from its first line, and how to stop it.
func runAtlas(stderr io.Writer, flags ...string) (*url.URL, func(), error) {
	args := append([]string{"serve", "-addr", "127.0.0.1:0", "-log-requests=false"}, flags...)
	cmd := exec.Command(atlasBin, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, nil, err
	}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		return nil, nil, fmt.Errorf("start %s: %w", atlasBin, err)
	}
	stop := func() { cmd.Process.Kill(); cmd.Wait() }
	line, err := bufio.NewReader(stdout).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "listening on ")
	if err != nil || !ok {
		stop()
		return nil, nil, fmt.Errorf("bin/atlas %s: first line %q, want listening on … (%v)", strings.Join(args, " "), line, err)
	}
	go io.Copy(io.Discard, stdout)
	u, err := url.Parse(addr)
	if err != nil {
		stop()
		return nil, nil, err
	}
	return u, stop, nil
}

// buildAtlas builds app.wasm into web/ and the server into a temp dir, as
// `make build` does, for a plain `go test ./...`.
func buildAtlas() (string, error) {
	root, err := filepath.Abs("../..")
	if err != nil {
		return "", err
	}
	wasm := wasmbuild.Command(root, "web/app.wasm", "./wasm")
	if out, err := wasm.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building app.wasm: %v\n%s", err, out)
	}
	dir, err := os.MkdirTemp("", "atlas-test")
	if err != nil {
		return "", err
	}
	stops = append(stops, func() { os.RemoveAll(dir) })
	bin := filepath.Join(dir, "atlas")
	srv := exec.Command("go", "build", "-o", bin, ".")
	srv.Dir = root
	if out, err := srv.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building bin/atlas: %v\n%s", err, out)
	}
	return bin, nil
}

// fromExport is true when the pages come from the static export on
// nginx: tests assert the documented differences (docs/deploy.md) there.
func fromExport() bool { return originURL != atlasURL }

// servedState is the state a page's HTML shows at an address that asks
// for state asked, where def is its default: bin/atlas renders the
// state; a static host serves the one file, in its default state, and
// the wasm applies the address's state after load (docs/deploy.md).
func servedState(asked, def string) string {
	if fromExport() {
		return def
	}
	return asked
}

// site is one test's view of the server: a loopback proxy whose gate holds
// /web/app.wasm until the test releases it.
type site struct {
	URL     string
	gate    chan struct{}
	release func()
}

// newSite starts a proxy for t. If held, app.wasm waits for Release.
func newSite(t testing.TB, held bool) *site {
	t.Helper()
	setup(t)
	return newSiteOf(t, held, originURL)
}

// newServerSite is newSite in front of bin/atlas whatever the suite's
// origin: what the static export's pages are compared with.
func newServerSite(t testing.TB, held bool) *site {
	t.Helper()
	setup(t)
	return newSiteOf(t, held, atlasURL)
}

func newSiteOf(t testing.TB, held bool, origin *url.URL) *site {
	t.Helper()
	return newGatedSite(t, held, origin, appWasm)
}

// newGatedSite is a site whose gate holds the paths gated matches (app.wasm
// for newSite; the fonts for TestFontArrivalShiftsNothing).
func newGatedSite(t testing.TB, held bool, origin *url.URL, gated *regexp.Regexp) *site {
	t.Helper()
	s := &site{gate: make(chan struct{})}
	var once sync.Once
	s.release = func() { once.Do(func() { close(s.gate) }) }
	if !held {
		s.release()
	}
	proxy := httputil.NewSingleHostReverseProxy(origin)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rest, ok := strings.CutPrefix(r.URL.Path, "/__plain"); ok {
			serveRewritten(w, rest, rewrite{bootScript, ""})
			return
		}
		if rest, ok := strings.CutPrefix(r.URL.Path, "/__split"); ok {
			serveRewritten(w, rest, rewrite{bootScript, ""}, rewrite{stylesheetLink, splitStyleLinks()})
			return
		}
		if rest, ok := strings.CutPrefix(r.URL.Path, "/__nofont"); ok {
			serveRewritten(w, rest, rewrite{bootScript, ""}, rewrite{fontPreload, ""}, rewrite{stylesheetHref, `href="/__localfonts$1"`})
			return
		}
		if rest, ok := strings.CutPrefix(r.URL.Path, "/__localfonts"); ok {
			serveWithoutWebFonts(w, rest)
			return
		}
		if name, ok := strings.CutPrefix(r.URL.Path, "/__css/"); ok {
			serveStyle(w, name)
			return
		}
		if rest, ok := strings.CutPrefix(r.URL.Path, "/__broken"); ok {
			serveRewritten(w, rest, rewrite{pageData, `<script id="atlas-data" type="application/json">{"kind":</script>`})
			return
		}
		if rest, ok := strings.CutPrefix(r.URL.Path, "/__cdn"); ok {
			// A static host that ignores the query altogether (a CDN
			// without query rules, unlike our nginx include).
			r.URL.Path, r.URL.RawQuery = rest, ""
		}
		if gated.MatchString(r.URL.Path) {
			select {
			case <-s.gate:
			case <-r.Context().Done():
				return
			}
		}
		proxy.ServeHTTP(w, r)
	})}
	ln, err := listenLoopback()
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { s.release(); srv.Close() })
	s.URL = "http://" + ln.Addr().String()
	return s
}

// rewrite replaces what re matches in a page with with.
type rewrite struct {
	re   *regexp.Regexp
	with string
}

// serveRewritten serves the server's page at path rewritten: without the
// boot script (the plain HTML first paint is measured against), with
// broken page data (the takeover's fallback), with the styles split
// (BenchmarkStylesheets), without web fonts (BenchmarkWebFonts).
func serveRewritten(w http.ResponseWriter, path string, rewrites ...rewrite) {
	res, err := http.Get(originURL.String() + path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	for _, r := range rewrites {
		if !r.re.Match(body) {
			// A rewrite that no longer matches would measure or test the
			// page unchanged, silently.
			http.Error(w, "rewrite "+r.re.String()+" matches nothing in "+path, http.StatusInternalServerError)
			return
		}
		body = r.re.ReplaceAll(body, []byte(r.with))
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(body)
}

var (
	bootScript = regexp.MustCompile(`<script defer src="/web/boot[^"]*\.js"[^>]*></script>`)
	// appWasm is app.wasm's address, plain or fingerprinted.
	appWasm  = regexp.MustCompile(`^/web/app(\.[0-9a-f]{16})?\.wasm$`)
	pageData = regexp.MustCompile(`(?s)<script id="atlas-data" type="application/json">.*?</script>`)
)

// Release lets app.wasm through.
func (s *site) Release() { s.release() }

// stepTimeout bounds each step of a test on its own (a page load, a wait
// for a state, an evaluation), so a busy machine slows a test down but
// never makes many steps share one deadline. testTimeout is a last guard
// for a test that hangs between steps.
const (
	stepTimeout = 45 * time.Second
	testTimeout = 10 * time.Minute
)

// slowTab is a tab on the phone network and CPU the benchmarks measure
// at: 10 Mbps, 40 ms, 4x CPU slowdown, cold cache.
func slowTab(b *testing.B) context.Context {
	b.Helper()
	ctx := tab(b)
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		b.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{{Latency: 40, DownloadThroughput: 10e6 / 8, UploadThroughput: 10e6 / 8}},
	}); err != nil {
		b.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4}); err != nil {
		b.Fatal(err)
	}
	return ctx
}

// tab opens a new browser context (its own cookies, cache, service
// workers) for t.
func tab(t testing.TB) context.Context {
	t.Helper()
	setup(t)
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	ctx, cancelT := context.WithTimeout(ctx, testTimeout)
	t.Cleanup(cancelT)
	return ctx
}

// step is ctx bounded for one step.
func step(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, stepTimeout)
}

// do runs actions, as one step, and fails the test on error.
func do(t testing.TB, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := step(ctx)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression and returns its value, awaiting
// it if it is a promise.
func eval[T any](t testing.TB, ctx context.Context, js string) T {
	t.Helper()
	ctx, cancel := step(ctx)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("eval %s: %v", js, err)
	}
	return v
}

// untilReady is true once the page is live. Until then it presses Shift,
// as a reader's first key: a page whose widgets are out of view starts
// its wasm on the reader's first key, tap or click (web/boot.js).
const untilReady = `(() => {
  if (document.documentElement.dataset.ready === "true") return true;
  document.dispatchEvent(new KeyboardEvent("keydown", {key: "Shift"}));
  return false;
})()`

// waitReady waits until the wasm has rendered the page with its URL state
// (or, on a page without widgets, until boot.js has found nothing to
// start).
func waitReady(t testing.TB, ctx context.Context) {
	t.Helper()
	ctx, cancel := step(ctx)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](untilReady)); err != nil {
		t.Fatalf("waiting for data-ready: %v", err)
	}
}

// waitFor polls a JavaScript condition.
func waitFor(t testing.TB, ctx context.Context, js string) {
	t.Helper()
	ctx, cancel := step(ctx)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js)); err != nil {
		t.Fatalf("waiting for %s: %v", js, err)
	}
}

// withoutScripts turns JavaScript off in ctx: the reader without it.
func withoutScripts(t testing.TB, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
}

// asPhone makes ctx a phone of the given width, with touch if touch is set.
func asPhone(t testing.TB, ctx context.Context, width, height int64, touch bool) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: width, Height: height, DeviceScaleFactor: 2, Mobile: true}); err != nil {
		t.Fatal(err)
	}
	if !touch {
		return
	}
	if _, err := chromedp.Call(ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: true, MaxTouchPoints: 5}); err != nil {
		t.Fatal(err)
	}
}
