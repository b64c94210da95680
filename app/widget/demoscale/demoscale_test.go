// The site is built on the server: this test runs natively only.

//go:build !js

package demoscale

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/computeatlas/atlas/content"
	"github.com/computeatlas/atlas/internal/server"
	"github.com/computeatlas/atlas/internal/widgetcontract"
	"github.com/computeatlas/atlas/web"
)

// A new widget is its folder (this one: Go, style.css, i18n/, testdata/),
// its data file, one registry line and its directive in each story. This
// test adds exactly those to the real site (the registry line as
// widgets.Register, the data file and the directives in a copy of the
// content) and finds the widget on every page the contract covers: its
// embeds and the stories, with its strings checked, its styles bundled,
// every state link working, and bad values reported.
func TestANewWidgetIsItsFolder(t *testing.T) {
	defer widgets.Register(Spec)()
	site := copyContent(t)
	data, err := os.ReadFile("testdata/" + dataFile)
	if err != nil {
		t.Fatal(err)
	}
	site["data/"+dataFile] = &fstest.MapFile{Data: data}
	stories := 0
	for name, f := range site {
		if code, _, ok := strings.Cut(name, "/"); ok && lang.Valid(code) && strings.HasSuffix(name, ".md") {
			f.Data = append(f.Data, []byte("\n::: widget "+Name+" tone=cool\n:::\n")...)
			stories++
		}
	}
	srv, err := server.New(server.Config{BaseURL: "https://atlas.example", Content: site, Web: web.FS})
	if err != nil {
		t.Fatal(err)
	}
	walked := widgetcontract.Check(t, srv, Name)
	if len(walked) != len(lang.List)+stories {
		t.Errorf("the contract covered %d pages, want the %d embeds and %d stories", len(walked), len(lang.List), stories)
	}
	for page, n := range walked {
		if n != 4 {
			t.Errorf("%s: %d states walked, want all 4", page, n)
		}
	}
}

// Without its registry line the same content does not build: the
// directive names no widget.
func TestAnUnregisteredWidgetIsABuildError(t *testing.T) {
	site := copyContent(t)
	site["en/x.md"] = &fstest.MapFile{Data: []byte("---\ntitle: X\nsummary: S\nlang: en\nslug: x\ntranslation_key: x\npublished: 2026-01-01\n---\n\n::: widget " + Name + "\n:::\n")}
	_, err := server.New(server.Config{BaseURL: "https://atlas.example", Content: site, Web: web.FS})
	if err == nil || !strings.Contains(err.Error(), "content/en/x.md:10:") || !strings.Contains(err.Error(), Name) {
		t.Errorf("err = %v, want the unknown widget named at content/en/x.md:10", err)
	}
}

func copyContent(t *testing.T) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(content.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(content.FS, p)
		out[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
