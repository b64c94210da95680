package server

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"
)

// Each widget's data downloads as CSV that parses: UTF-8 with a BOM, a
// header, one row per value, and source ids that the site's sources
// know. Every page showing the widget links to it.
func TestDataDownloads(t *testing.T) {
	s := newTestServer(t)
	known := s.lib.site.Sources
	for _, name := range []string{"chip-gap", "diffusion-map"} {
		rec := get(t, s, "/data/"+name+".csv")
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
			t.Fatalf("%s: %d %s", name, rec.Code, rec.Header().Get("Content-Type"))
		}
		body := rec.Body.Bytes()
		if !bytes.HasPrefix(body, []byte("\ufeff")) {
			t.Errorf("%s: no byte-order mark", name)
		}
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte("\ufeff")))).ReadAll()
		if err != nil {
			t.Fatalf("%s does not parse: %v", name, err)
		}
		if len(rows) < 5 {
			t.Fatalf("%s: %d rows", name, len(rows))
		}
		col := -1
		for i, h := range rows[0] {
			if h == "sources" {
				col = i
			}
		}
		if col < 0 {
			t.Fatalf("%s: no sources column in %v", name, rows[0])
		}
		for _, r := range rows[1:] {
			ids := strings.Fields(r[col])
			if len(ids) == 0 {
				t.Errorf("%s: row %v has no source", name, r)
			}
			for _, id := range ids {
				if _, ok := known[id]; !ok {
					t.Errorf("%s: row %v cites unknown %s", name, r, id)
				}
			}
		}
		for _, page := range []string{"/en/where-training-moves", "/pl/dokad-przenosi-sie-trening", "/embed/" + name} {
			if !regexp.MustCompile(`<a [^>]*href="/data/` + name + `\.csv"[^>]*download="` + name + `\.csv"|<a [^>]*download="` + name + `\.csv"[^>]*href="/data/` + name + `\.csv"`).MatchString(get(t, s, page).Body.String()) {
				t.Errorf("%s does not link %s's data", page, name)
			}
		}
	}
	for _, bad := range []string{"/data/no-such.csv", "/data/chip-gap.json", "/data/../go.mod.csv", "/data/.csv"} {
		if rec := get(t, s, bad); rec.Code != 404 {
			t.Errorf("%s: %d, want 404", bad, rec.Code)
		}
	}
}
