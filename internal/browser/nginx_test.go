package browser

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The static export on nginx (docs/deploy.md) sends the same headers as
// bin/atlas for every kind of address, from its own include (and
// /version.json is never stored).
func TestExportOnNginxSendsTheServersHeaders(t *testing.T) {
	base := nginxSite(t)
	for _, c := range []struct{ static, server string }{
		{"/", "/"}, {"/en/where-training-moves/", "/en/where-training-moves"}, {"/pl/", "/pl/"},
		{"/embed/diffusion-map/", "/embed/diffusion-map"}, {"/embed/chip-gap/", "/embed/chip-gap"},
		{"/en/glossary/", "/en/glossary"}, {"/nowhere", "/nowhere"}, {"/web/site.css", ""}, {"/data/chip-gap.csv", "/data/chip-gap.csv"},
		{"/en/widgets/", "/en/widgets"}, {"/en/about/", "/en/about"}, {"/pl/nie-ma", "/pl/nie-ma"},
		{"/embed/chip-gap?lang=pl", "/embed/chip-gap?lang=pl"}, {"/feed.xml", "/feed.xml"}, {"/sitemap.xml", "/sitemap.xml"},
		{"/card/en/where-training-moves.png", "/card/en/where-training-moves.png"},
		{"/card/embed/diffusion-map/data=off,date=2026-07-01,h20=restricted,rule=in-force,tiers=on.png", "/card/embed/diffusion-map/data=off,date=2026-07-01,h20=restricted,rule=in-force,tiers=on.png"},
		{"/oembed/en/where-training-moves.json", "/oembed?url=http://localhost:8000/en/where-training-moves&format=json"},
		{"/version.json", "/version.json"},
	} {
		res, err := http.Get(base + c.static)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if c.static == "/version.json" && res.Header.Get("Cache-Control") != "no-cache" {
			// Pages ask it which version is out (web/boot.js).
			t.Errorf("nginx %s: Cache-Control %q, want no-cache", c.static, res.Header.Get("Cache-Control"))
		}
		if c.static == "/nowhere" || c.static == "/pl/nie-ma" {
			if res.StatusCode != http.StatusNotFound {
				t.Errorf("nginx %s: %d, want 404", c.static, res.StatusCode)
			}
		} else if res.StatusCode != http.StatusOK {
			t.Errorf("nginx %s: %d", c.static, res.StatusCode)
		}
		for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options", "Cross-Origin-Opener-Policy"} {
			got := res.Header.Get(k)
			want := ""
			if c.server != "" {
				sres, err := http.Get(atlasURL.String() + c.server)
				if err != nil {
					t.Fatal(err)
				}
				sres.Body.Close()
				want = sres.Header.Get(k)
			} else if k != "X-Frame-Options" && k != "Cross-Origin-Opener-Policy" && got == "" {
				t.Errorf("nginx %s: no %s", c.static, k)
			}
			if c.server != "" && got != want {
				t.Errorf("%s: nginx sends %s %q, bin/atlas %q", c.static, k, got, want)
			}
		}
	}
}

// The export's pages on nginx, in the browser: the story takes over with
// the map in the first screen and follows the reader's dated section; no
// page violates the policy; and the documented differences hold (a deep
// link's state is applied by the wasm after load, not prerendered; the
// oEmbed discovery link names the page's own answer file; / offers both
// languages).
func TestExportOnNginxInTheBrowser(t *testing.T) {
	base := nginxSite(t)
	ctx := tab(t)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspRecorder}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.EmulateViewport(1280, 800))
	do(t, ctx, chromedp.Navigate(base+"/en/where-training-moves/"))
	waitReady(t, ctx)
	if bottom := eval[float64](t, ctx, mapPicture+`.getBoundingClientRect().bottom`); bottom > 800 {
		t.Errorf("nginx: the map's picture ends at %.0f px, below the first screen", bottom)
	}
	first := eval[string](t, ctx, `document.querySelector(".scrolly-text h2[data-date]").dataset.date`)
	scrollToDatedSection(t, ctx, 0)
	waitFor(t, ctx, mapDataState+`.includes("date=`+first+`")`)

	// A deep link: the file is the default state; the wasm applies the
	// address's state after load.
	deep := "/en/where-training-moves/?diffusion-map.rule=in-force&diffusion-map.tiers=on"
	res, err := http.Get(base + deep)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(raw), `data-state="data=off&amp;h20=restricted&amp;rule=rescinded&amp;tiers=off"`) && !strings.Contains(string(raw), `data-state="data=off&h20=restricted&rule=rescinded&tiers=off"`) {
		t.Error("nginx: a deep link's file is not the default state (the documented difference)")
	}
	do(t, ctx, chromedp.Navigate(base+deep))
	waitReady(t, ctx)
	waitFor(t, ctx, mapDataState+`.includes("rule=in-force") && `+mapDataState+`.includes("tiers=on")`)

	// oEmbed: the discovery link names the page's own answer file.
	href := eval[string](t, ctx, `document.querySelector('link[type="application/json+oembed"]').href`)
	if !strings.HasSuffix(href, "/oembed/en/where-training-moves.json") {
		t.Errorf("nginx: oEmbed discovery %s", href)
	}
	if res, err := http.Get(strings.Replace(href, "http://127.0.0.1", "http://127.0.0.1", 1)); err == nil {
		var answer struct{ Type, HTML string }
		if json.NewDecoder(res.Body).Decode(&answer) != nil || answer.Type != "rich" {
			t.Errorf("nginx: %s is not an oEmbed answer", href)
		}
		res.Body.Close()
	} else {
		t.Error(err)
	}

	for _, p := range []string{"/", "/pl/dokad-przenosi-sie-trening/", "/embed/diffusion-map/?rule=before", "/embed/chip-gap/", "/en/widgets/", "/nowhere"} {
		do(t, ctx, chromedp.Navigate(base+p))
		waitReady(t, ctx)
		if p == "/" && !eval[bool](t, ctx, `!!document.querySelector('a[href^="/pl"]') && !!document.querySelector('a[href^="/en"]')`) {
			t.Error("nginx: / does not offer both languages")
		}
		if v := eval[[]string](t, ctx, `window.__csp`); len(v) > 0 {
			t.Errorf("nginx %s: %d policy violations: %v", p, len(v), v)
		}
	}
	if v := eval[string](t, ctx, `document.documentElement.lang`); v == "" {
		t.Error("nginx: the 404 page has no language")
	}
}

// What bin/atlas reads from the query, the export still honours: nginx's
// include picks each language's file from ?lang= with no script (and
// never a file outside the export, whatever the value); a host that
// ignores the query altogether gets there through boot.js, which loads
// the language's file, sets an embed's theme and starts the wasm at once
// to apply the state; and each language has its own 404 page.
func TestExportAnswersTheQueryOnAnyHost(t *testing.T) {
	base := nginxSite(t)
	for path, want := range map[string]string{
		"/?lang=pl":                                          `<html lang="pl"`,
		"/embed/chip-gap?lang=pl":                            `<html lang="pl"`,
		"/embed/chip-gap/?lang=pl":                           `<html lang="pl"`,
		"/embed/chip-gap?lang=xx":                            `<html lang="en"`,
		"/?lang=../../../../etc/passwd":                      `<html lang="en"`,
		"/embed/chip-gap?lang=/../../../../../../etc/passwd": `<html lang="en"`,
		"/embed/chip-gap?lang=../index":                      `<html lang="en"`,
		"/pl/nie-ma":                                         `<h1>Nie ma takiej strony</h1>`,
	} {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if wantStatus := map[bool]int{true: 404, false: 200}[strings.HasPrefix(path, "/pl/")]; res.StatusCode != wantStatus {
			t.Errorf("nginx %s: %d, want %d", path, res.StatusCode, wantStatus)
		}
		if !strings.Contains(string(b), want) || strings.Contains(string(b), "root:") {
			t.Errorf("nginx %s: lacks %s", path, want)
		}
	}

	origin, _ := url.Parse(base)
	cdn := newSiteOf(t, false, origin)
	ctx := tab(t)
	do(t, ctx, chromedp.Navigate(cdn.URL+"/__cdn/embed/chip-gap?lang=pl&metric=memory&theme=dark"))
	waitFor(t, ctx, `document.documentElement.lang === "pl" && document.readyState === "complete"`)
	waitReady(t, ctx)
	waitFor(t, ctx, `document.querySelector("[data-widget]").dataset.state.includes("metric=memory")`)
	if th := eval[string](t, ctx, `document.documentElement.dataset.theme || ""`); th != "dark" {
		t.Errorf("an embed's theme on a host that ignores the query: %q", th)
	}
	do(t, ctx, chromedp.Navigate(cdn.URL+"/__cdn/?lang=pl"))
	waitFor(t, ctx, `document.documentElement.lang === "pl" && location.pathname === "/pl/"`)
}
