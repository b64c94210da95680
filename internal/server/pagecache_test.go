package server

import (
	"fmt"
	"math/rand"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/computeatlas/atlas/content"
	"github.com/computeatlas/atlas/web"
)

// A page and state asked for again is served from memory, not rendered
// again; keys that make no page (tracking, a host's) do not make a new
// one and are not echoed into the page.
func TestPagesAreRenderedOnce(t *testing.T) {
	s := newTestServer(t)
	const story = "/en/where-training-moves"
	first := get(t, s, story)
	n := s.Renders()
	for _, target := range []string{story, story + "?utm_source=x&fbclid=y", story + "?initialWidth=320&childId=a"} {
		rec := get(t, s, target)
		if rec.Code != 200 || rec.Header().Get("ETag") != first.Header().Get("ETag") {
			t.Errorf("%s: %d, ETag %q: want the stored page", target, rec.Code, rec.Header().Get("ETag"))
		}
		if strings.Contains(rec.Body.String(), "utm_source") || strings.Contains(rec.Body.String(), "initialWidth") {
			t.Errorf("%s: the page echoes a key that is not its own", target)
		}
	}
	if s.Renders() != n {
		t.Errorf("%d renders for pages already stored", s.Renders()-n)
	}
	get(t, s, story+"?chip-gap.metric=memory")
	get(t, s, story+"?chip-gap.metric=memory&utm_medium=z")
	if s.Renders() != n+1 {
		t.Errorf("a new state rendered %d times, want once", s.Renders()-n)
	}
	// A value the widget ignores is said in a note: that page is not a
	// state to store.
	for range 2 {
		if !strings.Contains(get(t, s, story+"?chip-gap.metric=foo").Body.String(), "metric=foo") {
			t.Error("the note does not name the ignored value")
		}
	}
	if s.Renders() != n+3 {
		t.Errorf("a page with an ignored value was stored (%d renders for 2 requests)", s.Renders()-n-1)
	}
}

// Pages revalidate: the ETag of a stored page gives 304, for any
// encoding; a 404 page has none.
func TestPageRevalidation(t *testing.T) {
	s := newTestServer(t)
	for _, target := range []string{"/en/where-training-moves", "/", "/embed/chip-gap?metric=memory"} {
		etag := get(t, s, target).Header().Get("ETag")
		if etag == "" || !strings.HasPrefix(etag, `"`) {
			t.Fatalf("%s: ETag %q, want a strong one", target, etag)
		}
		for _, enc := range []string{"", "br", "gzip"} {
			if rec := get(t, s, target, "If-None-Match", etag, "Accept-Encoding", enc); rec.Code != 304 || rec.Body.Len() != 0 {
				t.Errorf("%s (%s): %d with %d bytes, want 304", target, enc, rec.Code, rec.Body.Len())
			}
		}
	}
	if rec := get(t, s, "/en/nope"); rec.Code != 404 || rec.Header().Get("ETag") != "" {
		t.Errorf("404 page: %d, ETag %q", rec.Code, rec.Header().Get("ETag"))
	}
	if vary := get(t, s, "/en/where-training-moves").Header().Get("Vary"); vary != "Accept-Encoding" {
		t.Errorf("story Vary %q: only / depends on Accept-Language", vary)
	}
	if vary := get(t, s, "/").Header().Get("Vary"); !strings.Contains(vary, "Accept-Language") {
		t.Errorf("home Vary %q", vary)
	}
}

// No mix of queries grows the stored pages past the budget: a flood of
// random keys makes no new page, and every state of the map and chart
// (1,620 pages of the story) stays within it.
func TestPageCacheIsBounded(t *testing.T) {
	const budget = 4 << 20
	s, err := New(Config{BaseURL: "http://x", Content: content.FS, Web: web.FS, PageCacheBytes: budget})
	if err != nil {
		t.Fatal(err)
	}
	rnd := rand.New(rand.NewSource(1))
	for i := range 300 {
		get(t, s, fmt.Sprintf("/en/where-training-moves?k%d=%d&x=%d", i, rnd.Int(), rnd.Int()))
	}
	if pages, _ := s.pages.stats(); pages != 1 {
		t.Errorf("random keys made %d stored pages, want 1", pages)
	}
	pick := func(vs ...string) string { return vs[rnd.Intn(len(vs))] }
	for range 300 {
		q := url.Values{
			"diffusion-map.rule":  {pick("before", "in-force", "rescinded")},
			"diffusion-map.tiers": {pick("on", "off")},
			"diffusion-map.h20":   {pick("restricted", "allowed")},
			"diffusion-map.data":  {pick("on", "off")},
			"chip-gap.metric":     {pick("tpp", "tflops", "memory", "bandwidth")},
			"chip-gap.threshold":  {pick("on", "off")},
		}
		get(t, s, "/en/where-training-moves?"+q.Encode())
		if _, used := s.pages.stats(); used > budget {
			t.Fatalf("stored pages hold %d bytes, over the %d budget", used, budget)
		}
	}
	pages, used := s.pages.stats()
	t.Logf("after 600 requests: %d pages, %d bytes stored (budget %d)", pages, used, budget)
	if pages < 5 {
		t.Errorf("only %d pages stored: the budget is not used", pages)
	}
}

// A page's default state is recompressed at brotli's best quality in the
// background, and served smaller from then on.
func TestDefaultStatesArePolished(t *testing.T) {
	s := newTestServer(t)
	quick := get(t, s, "/en/where-training-moves", "Accept-Encoding", "br").Body.Len()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if n := get(t, s, "/en/where-training-moves", "Accept-Encoding", "br").Body.Len(); n < quick {
			t.Logf("story brotli: %d bytes at first, %d polished", quick, n)
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Errorf("the story's brotli form is still %d bytes after a minute", quick)
}

// Many readers asking at once for a state not yet stored cause one
// render, not one each.
func TestConcurrentMissesRenderOnce(t *testing.T) {
	s := newTestServer(t)
	n := s.Renders()
	var wg sync.WaitGroup
	for range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			get(t, s, "/en/where-training-moves?chip-gap.metric=bandwidth&diffusion-map.tiers=on")
		}()
	}
	wg.Wait()
	if got := s.Renders() - n; got != 1 {
		t.Errorf("32 simultaneous requests for a new state: %d renders, want 1", got)
	}
}
