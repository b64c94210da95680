package server

import (
	"encoding/json"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/computeatlas/atlas/content/compile"
)

// library is the compiled content as the pages ask for it (ui.Library).
// Everything a request needs is made here once, at start-up: the index,
// each widget's files in the form pages carry them (Spec.Wire), and each
// language's decoded strings.
type library struct {
	site  *compile.Site
	index *ui.Index
	// wire is each widget's files as pages carry them.
	wire  map[string]widget.Files
	words map[string]*ui.Words
}

func newLibrary(site *compile.Site) (*library, error) {
	lib := &library{
		site:  site,
		index: &ui.Index{Docs: site.Stories, Widgets: widgets.Names()},
		wire:  map[string]widget.Files{},
		words: map[string]*ui.Words{},
	}
	for name, files := range site.Files {
		spec, _ := widgets.Lookup(name)
		lib.wire[name] = files
		if spec.Wire != nil {
			lib.wire[name] = spec.Wire(files)
		}
	}
	for _, l := range lang.List {
		w := &ui.Words{}
		if err := json.Unmarshal(site.Strings[l.Code].Site, w); err != nil {
			return nil, err
		}
		lib.words[l.Code] = w
	}
	return lib, nil
}

func (lib *library) Index() *ui.Index { return lib.index }

func (lib *library) Words(code string) (json.RawMessage, *ui.Words) {
	code = lang.Or(code).Code
	return lib.site.Strings[code].Site, lib.words[code]
}

// Document is the strings the server writes around a page's body in
// language code (the new-version notice).
func (lib *library) Document(code string) compile.DocumentWords {
	return lib.site.Strings[lang.Or(code).Code].Document()
}

func (lib *library) AddWidgets(pl *ui.Payload, names []string) {
	strs := lib.site.Strings[lang.Or(pl.Lang).Code]
	for _, n := range names {
		if _, done := pl.Data[n]; done {
			continue
		}
		spec, ok := widgets.Lookup(n)
		if !ok {
			continue
		}
		pl.AddWidget(n, lib.wire[n], lib.site.Data[n], strs.Widgets[n], strs.WidgetWords[n])
		if t := lib.site.Timeline; spec.Dated && t != nil {
			pl.Dates = widget.Dates{Events: t.Events, AsOf: t.AsOf, AsOfTxt: t.AsOfLabel.In(pl.Lang)}
		}
		if spec.Cites == nil || lib.site.Data[n] == nil {
			continue
		}
		if pl.Sources == nil {
			pl.Sources = map[string]doc.Source{}
		}
		for _, id := range spec.Cites(lib.site.Data[n]) {
			pl.Sources[id] = lib.site.Sources[id]
		}
	}
}

// WidgetTitle is widget name's title (the finding it shows) in language
// code.
func (lib *library) WidgetTitle(code, name string) string {
	return widget.Title(lib.site.Strings[lang.Or(code).Code].WidgetWords[name])
}
