package browser

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Offline (issue 13): a story reads offline after one visit. The tests here
// run their own servers, whatever the suite's origin: they decide when the
// reader is offline, behind one front address (a service worker belongs
// to one origin).

// polishStory is the Polish twin of story.
const polishStory = "/pl/dokad-przenosi-sie-trening"

// A story read once reads again offline: its text, its pictures (SVG in
// the page) and its styles come from the service worker's copy, with the
// browser's HTTP cache emptied and the server unreachable. The first
// visit counts, though the page loaded before the worker existed (the
// page hands the worker its files); a state address reads as the story's
// default state; a page never visited is the browser's error, not
// another page.
func TestStoryReadsOfflineAfterOneVisit(t *testing.T) {
	setup(t)
	f := newFront(t)
	f.point(startAtlas(t, ""))
	ctx := tab(t)

	online := map[string]storyText{}
	for _, path := range []string{story, polishStory} {
		do(t, ctx, chromedp.Navigate(f.URL+path))
		online[path] = readStory(t, ctx)
		waitKept(t, ctx)
	}

	f.down()
	if _, err := chromedp.Call(ctx, network.ClearBrowserCache, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, as string }{
		{story, story},
		{story + "?diffusion-map.rule=before&chip-gap.metric=memory", story},
		{polishStory, polishStory},
	} {
		do(t, ctx, chromedp.Navigate(f.URL+c.path))
		got, want := readStory(t, ctx), online[c.as]
		if got.Headline != want.Headline || got.Paragraph != want.Paragraph {
			t.Errorf("offline %s: headline %q, first paragraph %.60q; online %q, %.60q", c.path, got.Headline, got.Paragraph, want.Headline, want.Paragraph)
		}
		if got.Pictures == 0 || got.Pictures != want.Pictures {
			t.Errorf("offline %s: %d pictures with shapes, online %d", c.path, got.Pictures, want.Pictures)
		}
		if !got.Styled {
			t.Errorf("offline %s: the stylesheet does not apply", c.path)
		}
	}

	// A page never visited: the browser's own error page.
	sctx, cancel := step(ctx)
	defer cancel()
	err := chromedp.Do(sctx, chromedp.Navigate(f.URL+"/en/glossary"))
	if err == nil || !strings.Contains(err.Error(), "net::") {
		t.Errorf("offline, a page never visited loads (%v)", err)
	}
	if ours := eval[bool](t, ctx, `!!document.getElementById("atlas")`); ours {
		t.Errorf("offline, a page never visited shows one of our pages (%s)", eval[string](t, ctx, `location.href`))
	}
}

// storyText is what a reader sees of a story: its headline, its first
// paragraph, its widget pictures that have shapes, and whether our
// stylesheet applies (the header is laid out in a row only by it).
type storyText struct {
	Headline, Paragraph string
	Pictures            int
	Styled              bool
}

func readStory(t *testing.T, ctx context.Context) storyText {
	t.Helper()
	raw := eval[string](t, ctx, `JSON.stringify({
  Headline: document.querySelector("h1").textContent.trim(),
  Paragraph: document.querySelector(".prose p").textContent.trim(),
  Pictures: [...document.querySelectorAll("[data-widget] svg")].filter(s => s.querySelector("path, rect, circle, line")).length,
  Styled: getComputedStyle(document.querySelector(".site-header")).display === "flex",
})`)
	var s storyText
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// waitKept waits until the worker controls the page and keeps the page
// (its address without a query) and its stylesheet.
func waitKept(t *testing.T, ctx context.Context) {
	t.Helper()
	waitFor(t, ctx, `navigator.serviceWorker.controller !== null`)
	waitFor(t, ctx, `Promise.all([location.pathname, document.querySelector('link[rel="stylesheet"]').href].map(u => caches.match(u))).then(hits => hits.every(Boolean))`)
}

// front is one loopback address for a whole test, in front of a server
// that the test switches: another server, or none (the reader offline:
// every connection is closed unanswered, as a dropped network would).
type front struct {
	URL string
	mu  sync.Mutex
	to  http.Handler
}

func newFront(t *testing.T) *front {
	t.Helper()
	f := &front{}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		to := f.to
		f.mu.Unlock()
		if to != nil {
			to.ServeHTTP(w, r)
			return
		}
		if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
			conn.Close()
		}
	})}
	ln, err := listenLoopback()
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	f.URL = "http://" + ln.Addr().String()
	return f
}

// point sends the front's requests to the server at u.
func (f *front) point(u *url.URL) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.to = httputil.NewSingleHostReverseProxy(u)
}

// down makes the front unreachable.
func (f *front) down() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.to = nil
}

// startAtlas starts the suite's bin/atlas on a free loopback port, with
// the content in dir ("" for its own), until the test ends.
func startAtlas(t *testing.T, dir string) *url.URL {
	t.Helper()
	args := []string{"serve", "-addr", "127.0.0.1:0", "-log-requests=false"}
	if dir != "" {
		args = append(args, "-content", dir)
	}
	cmd := exec.Command(atlasBin, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "listening on ")
	if err != nil || !ok {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("bin/atlas %s: first line %q (%v)\n%s", strings.Join(args, " "), line, err, stderr.String())
	}
	go io.Copy(io.Discard, stdout)
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
