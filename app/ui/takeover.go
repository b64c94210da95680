package ui

import (
	"encoding/json"

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

// readPayload reads the Payload the server put into the page, and the
// prose blocks from the prerendered DOM.
func readPayload() *Payload {
	document := app.Window().Get("document")
	p := &Payload{Kind: KindNotFound, Lang: "en"}
	el := document.Call("getElementById", DataElementID)
	if !el.Truthy() {
		app.Log("atlas: no page data in the HTML")
		return p
	}
	if err := json.Unmarshal([]byte(el.Get("textContent").String()), p); err != nil {
		app.Log("atlas: page data:", err)
		return &Payload{Kind: KindNotFound, Lang: "en"}
	}
	if p.Doc != nil {
		for i, b := range p.Doc.Blocks {
			if b.IsWidget() {
				continue
			}
			if n := document.Call("querySelector", `[data-block="`+b.ID+`"]`); n.Truthy() {
				p.Doc.Blocks[i].HTML = n.Get("outerHTML").String()
			}
		}
	}
	if err := p.decode(); err != nil {
		app.Log("atlas:", err)
	}
	return p
}

// markReady sets data-ready on <html> after the first live render.
func markReady() {
	app.Window().Get("document").Get("documentElement").Get("dataset").Set("ready", "true")
}
