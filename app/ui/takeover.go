package ui

import (
	"encoding/json"
	"fmt"

	"github.com/computeatlas/atlas/app/widgets"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The takeover: go-app replaces the prerendered tree with one it builds
// itself. Reading the page back before that swap, and restoring scroll,
// focus and selection right after it, makes the swap invisible. The view
// is saved and restored by two small functions of web/boot.js, which
// works on the DOM directly (paths of element indices), so the Go side
// stays small.

// viewState marks that a view was saved and must be restored.
type viewState struct{ saved bool }

func saveView() viewState {
	if f := app.Window().Get("atlasSaveView"); f.Truthy() {
		app.Window().Call("atlasSaveView")
		return viewState{saved: true}
	}
	return viewState{}
}

func (v viewState) restore() {
	if v.saved {
		app.Window().Call("atlasRestoreView")
	}
}

// readPayload reads the Payload the server put into the page (the prose
// and the rest of the page are read by the mirror). On an error the page
// keeps the server's HTML as it is (see page.fallback): a static page
// beats a wrong or empty one.
func readPayload() (*Payload, error) {
	document := app.Window().Get("document")
	p := &Payload{}
	el := document.Call("getElementById", DataElementID)
	if !el.Truthy() {
		return nil, fmt.Errorf("no page data in the HTML")
	}
	if err := json.Unmarshal([]byte(el.Get("textContent").String()), p); err != nil {
		return nil, fmt.Errorf("page data: %w", err)
	}
	if err := readBackWidgets(document, p); err != nil {
		return nil, err
	}
	if err := p.decode(); err != nil {
		return nil, err
	}
	return p, nil
}

// readPage reads the prerendered page: its Payload, then its mirror.
func readPage() (*Payload, *mirror, error) {
	payload, err := readPayload()
	if err != nil {
		return nil, nil, err
	}
	root := app.Window().Get("document").Call("getElementById", "atlas")
	if !root.Truthy() {
		return nil, nil, fmt.Errorf("no #atlas in the page")
	}
	m, err := readMirror(root, payload)
	if err != nil {
		return nil, nil, err
	}
	return payload, m, nil
}

// prerendered is the server's root element as HTML, to keep on failure.
func prerendered() string {
	if el := app.Window().Get("document").Call("getElementById", "atlas"); el.Truthy() {
		return el.Get("outerHTML").String()
	}
	return ""
}

// markReady sets data-ready on <html> after the first live render, and a
// performance mark of the moment, for the first-paint benchmark and for
// anyone profiling the takeover.
func markReady() {
	app.Window().Get("document").Get("documentElement").Get("dataset").Set("ready", "true")
	if perf := app.Window().Get("performance"); perf.Truthy() {
		perf.Call("mark", "atlas-ready")
	}
}

// readBackWidgets gives each widget whose Spec.Wire left part of its data
// out of the payload the chance to read it back from its prerendered root
// element (Spec.ReadBack), before the data is decoded.
func readBackWidgets(document app.Value, p *Payload) error {
	for name, files := range p.Data {
		spec, ok := widgets.Lookup(name)
		if !ok || spec.ReadBack == nil {
			continue
		}
		root := document.Call("querySelector", `[data-widget="`+name+`"]`)
		if !root.Truthy() {
			return fmt.Errorf("widget %s: not in the page", name)
		}
		if err := spec.ReadBack(root, files); err != nil {
			return fmt.Errorf("widget %s: %w", name, err)
		}
	}
	return nil
}
