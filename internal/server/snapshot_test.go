package server

import (
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/internal/htmlnorm"
)

var update = flag.Bool("update", false, "rewrite the page snapshots in testdata/snapshots")

// snapshotPages are every page kind and every widget state, as readers
// get them from the server. The snapshots hold each page's normalised DOM
// (attributes sorted, one tag a line), so a change to what readers get
// shows as a reviewable diff: a refactor must leave them as they are.
func snapshotPages() map[string]string {
	pages := map[string]string{
		"home-en":          "/",
		"home-pl":          "/pl/",
		"story-en":         "/en/where-training-moves",
		"story-pl":         "/pl/dokad-przenosi-sie-trening",
		"story-state-en":   "/en/where-training-moves?diffusion-map.rule=in-force&chip-gap.metric=memory",
		"classroom-en":     "/en/export-controls-in-five-minutes",
		"classroom-pl":     "/pl/kontrola-eksportu-w-piec-minut",
		"glossary-en":      "/en/glossary",
		"glossary-pl":      "/pl/slowniczek",
		"notfound-en":      "/en/no-such-story",
		"notfound-pl":      "/pl/nie-ma",
		"embed-bad-values": "/embed/chip-gap?metric=foo&lang=de&theme=neon",
		"embed-pl-dark":    "/embed/diffusion-map?lang=pl&theme=dark&rule=before",
		"embed-pl-chipgap": "/embed/chip-gap?lang=pl&metric=tflops&threshold=on",
	}
	for _, m := range []string{"tpp", "tflops", "memory", "bandwidth"} {
		for _, th := range []string{"on", "off"} {
			pages["chip-gap-"+m+"-"+th] = "/embed/chip-gap?" + url.Values{"metric": {m}, "threshold": {th}}.Encode()
		}
	}
	for _, r := range []string{"before", "in-force", "rescinded"} {
		for _, tiers := range []string{"on", "off"} {
			for _, h := range []string{"restricted", "allowed"} {
				for _, d := range []string{"on", "off"} {
					q := url.Values{"rule": {r}, "tiers": {tiers}, "h20": {h}, "data": {d}}
					pages["diffusion-map-"+r+"-tiers-"+tiers+"-h20-"+h+"-data-"+d] = "/embed/diffusion-map?" + q.Encode()
				}
			}
		}
	}
	return pages
}

var (
	payloadScript = regexp.MustCompile(`(?s)<script id="atlas-data" type="application/json">.*?</script>`)
	countryPath   = regexp.MustCompile(` d="[^"]*" data-iso=`)
	fingerprint   = regexp.MustCompile(`\.[0-9a-f]{16}\.`)
)

// snapshot is the page as compared: normalised, without what changes for
// reasons a reader never sees (the build's version, the JSON payload for
// the wasm, the map's 55 KB of country outlines, which have a test of
// their own).
func snapshot(t *testing.T, s *Server, target string) string {
	t.Helper()
	body := get(t, s, target).Body.String()
	body = strings.ReplaceAll(body, s.Version(), "VERSION")
	body = fingerprint.ReplaceAllString(body, ".HASH.")
	body = payloadScript.ReplaceAllString(body, `<script id="atlas-data"></script>`)
	return countryPath.ReplaceAllString(htmlnorm.Normalize(body), ` d="…" data-iso=`)
}

func TestPageSnapshots(t *testing.T) {
	s := newTestServer(t)
	dir := filepath.Join("testdata", "snapshots")
	pages := snapshotPages()
	if *update {
		os.RemoveAll(dir)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, target := range pages {
		got := snapshot(t, s, target)
		file := filepath.Join(dir, name+".html")
		if *update {
			if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("%s: %v (run go test ./internal/server -run TestPageSnapshots -update)", target, err)
			continue
		}
		if got != string(want) {
			t.Errorf("%s differs from %s:\n%s", target, file, firstDifference(string(want), got))
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(files) != len(pages) {
		t.Errorf("%d snapshot files for %d pages: remove the stale ones with -update", len(files), len(pages))
	}
}

// firstDifference shows the first differing line of two snapshots, with
// its neighbours.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		if i < len(w) && i < len(g) && w[i] == g[i] {
			continue
		}
		line := func(ls []string, i int) string {
			if i < len(ls) {
				return ls[i]
			}
			return "(end)"
		}
		return "line " + strconv.Itoa(i+1) + ":\n  want: " + line(w, i) + "\n  got:  " + line(g, i)
	}
	return "(no difference)"
}
