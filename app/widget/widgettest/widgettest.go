// Package widgettest gives a widget's own tests what the server gives its
// pages: the widget's data files from content/data, its strings from its
// i18n/<lang>.yaml and the words all widgets share, read from the
// repository as the build reads them. Only tests import it.
package widgettest

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/computeatlas/atlas/app/widget"
	"gopkg.in/yaml.v3"
)

// Root is the repository's root folder, the one with go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = parent
	}
}

// Files reads spec's data files from content/data.
func Files(t testing.TB, spec widget.Spec) widget.Files {
	t.Helper()
	files := widget.Files{}
	for _, f := range spec.Files {
		raw, err := os.ReadFile(filepath.Join(Root(t), "content", "data", f))
		if err != nil {
			t.Fatal(err)
		}
		files[f] = raw
	}
	return files
}

// Data decodes spec's data files.
func Data(t testing.TB, spec widget.Spec) any {
	t.Helper()
	d, err := spec.Decode(Files(t, spec))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Words decodes spec's strings in the language code.
func Words(t testing.TB, spec widget.Spec, code string) any {
	t.Helper()
	raw := yamlAsJSON(t, filepath.Join(Root(t), "app", "widget", spec.Dir(), "i18n", code+".yaml"))
	w, err := spec.Words(raw)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// Chrome is the words all widgets share, in code.
func Chrome(t testing.TB, code string) widget.Chrome {
	t.Helper()
	var f struct {
		Site struct {
			Widget widget.Chrome `json:"widget"`
		} `json:"site"`
	}
	if err := json.Unmarshal(yamlAsJSON(t, filepath.Join(Root(t), "content", "i18n", code+".yaml")), &f); err != nil {
		t.Fatal(err)
	}
	return f.Site.Widget
}

// Input is the input of spec on its embed page in the language code with
// the URL query q: plain keys, its data, its words.
func Input(t testing.TB, spec widget.Spec, code string, q url.Values) widget.Input {
	t.Helper()
	return widget.Input{
		ID: spec.Name, Lang: code, Query: q, Path: "/embed/" + spec.Name, Server: true, Standalone: true,
		Data: Data(t, spec), Words: Words(t, spec, code), Chrome: Chrome(t, code),
	}
}

func yamlAsJSON(t testing.TB, file string) json.RawMessage {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return raw
}

// Dates are the shared date's events and the facts' as-of date in the
// language code, from content/data/timeline.json, as the server gives
// a page with a dated widget (Payload.Dates).
func Dates(t testing.TB, code string) widget.Dates {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(Root(t), "content", "data", "timeline.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tl struct {
		AsOf   string            `json:"asOf"`
		Label  map[string]string `json:"asOfLabel"`
		Events []struct{ Date string }
	}
	if err := json.Unmarshal(raw, &tl); err != nil {
		t.Fatal(err)
	}
	d := widget.Dates{AsOf: tl.AsOf, AsOfTxt: tl.Label[code]}
	for _, e := range tl.Events {
		d.Events = append(d.Events, e.Date)
	}
	return d
}
