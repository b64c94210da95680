package server

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// /version.json names the site's version and is never stored; our pages
// (not embeds) carry the same version on their boot script, for boot.js
// to compare, and the notice it shows when they differ: in the page's
// language, in a status region outside div#atlas (which go-app's takeover
// replaces), hidden until then.
func TestVersionFileAndTheUpdateNotice(t *testing.T) {
	s := newTestServer(t)
	rec := get(t, s, "/version.json")
	var v struct{ Version string }
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil || v.Version != s.Version() {
		t.Errorf("/version.json: %q (%v), want the version %s", rec.Body.String(), err, s.Version())
	}
	if h := rec.Header(); h.Get("Cache-Control") != "no-cache" || !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
		t.Errorf("/version.json headers: %v", h)
	}
	for path, words := range map[string][3]string{
		"/en/where-training-moves":       {"This page has been updated.", "Reload", "Dismiss"},
		"/pl/dokad-przenosi-sie-trening": {"Strona została zaktualizowana.", "Odśwież", "Zamknij"},
		"/en/glossary":                   {"This page has been updated.", "Reload", "Dismiss"},
		"/pl/nie-ma":                     {"Strona została zaktualizowana.", "Odśwież", "Zamknij"},
	} {
		body := get(t, s, path).Body.String()
		if !strings.Contains(body, ` data-version="`+s.Version()+`" data-worker="/app-worker.js"`) {
			t.Errorf("%s: the boot script does not carry the version", path)
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		notice := doc.Find(`body > #update-notice[role="status"]`)
		box := notice.Find(".update-notice-box[hidden]")
		got := [3]string{box.Find("p").Text(), box.Find(`button[type="button"].update-reload`).Text(), box.Find(`button[type="button"].update-dismiss`).AttrOr("aria-label", "")}
		if notice.Length() != 1 || got != words {
			t.Errorf("%s: notice %d, words %q, want one with %q", path, notice.Length(), got, words)
		}
		if doc.Find("#atlas #update-notice").Length() != 0 || strings.TrimSpace(notice.Children().First().Text()) == "" {
			t.Errorf("%s: the notice is inside div#atlas, or empty", path)
		}
	}
	for _, path := range []string{"/embed/chip-gap", "/embed/diffusion-map?lang=pl"} {
		if body := get(t, s, path).Body.String(); strings.Contains(body, "data-version") || strings.Contains(body, "update-notice") {
			t.Errorf("%s: an embed carries the version or the notice", path)
		}
	}
}
