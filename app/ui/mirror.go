package ui

import (
	"fmt"
	"strings"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mirror is the browser's copy of the prerendered page, read in OnInit
// while the server's DOM is still there: each subtree without a widget
// is kept as its HTML (app.Raw), each widget is rendered by its own Go
// code, and the elements between them are copied with their attributes.
// So app.wasm carries the widgets and nothing of the page kinds (the
// layout, the story's head, the footer, the home and 404 pages: all
// server-only), and go-app's first render builds only the widgets'
// nodes. docs/architecture.md, "The takeover, in the browser".
type mirror struct {
	// One of these is set: a widget's block, a subtree's HTML, a text
	// node, or an element (tag and attributes) with children.
	block    *doc.Block
	html     string
	text     string
	tag      string
	attrs    [][2]string
	children []*mirror
}

// DOM node types (Node.nodeType).
const (
	elementNode = 1
	textNode    = 3
)

// readMirror copies el, the prerendered div#atlas, for pl's page.
func readMirror(el app.Value, pl *Payload) (*mirror, error) {
	if el.Call("matches", "[data-widget]").Bool() {
		b, err := mirroredBlock(el, pl)
		if err != nil {
			return nil, err
		}
		return &mirror{block: b}, nil
	}
	if !el.Call("querySelector", "[data-widget]").Truthy() {
		return &mirror{html: el.Get("outerHTML").String()}, nil
	}
	m := &mirror{tag: el.Get("localName").String()}
	attrs := el.Get("attributes")
	for i := 0; i < attrs.Length(); i++ {
		a := attrs.Index(i)
		m.attrs = append(m.attrs, [2]string{a.Get("name").String(), a.Get("value").String()})
	}
	nodes := el.Get("childNodes")
	for i := 0; i < nodes.Length(); i++ {
		n := nodes.Index(i)
		switch n.Get("nodeType").Int() {
		case elementNode:
			c, err := readMirror(n, pl)
			if err != nil {
				return nil, err
			}
			m.children = append(m.children, c)
		case textNode:
			// The server indents its HTML; go-app writes no text
			// between elements, so only real text is kept.
			if t := n.Get("data").String(); strings.TrimSpace(t) != "" {
				m.children = append(m.children, &mirror{text: t})
			}
		}
	}
	return m, nil
}

// mirroredBlock is the block of the widget whose root is el: an embed's
// only widget, or the story's block with el's id.
func mirroredBlock(el app.Value, pl *Payload) (*doc.Block, error) {
	id := el.Get("id").String()
	if pl.Kind == KindEmbed {
		if id != pl.Widget {
			return nil, fmt.Errorf("embed of %s shows widget %q", pl.Widget, id)
		}
		return &doc.Block{ID: id, Widget: pl.Widget}, nil
	}
	if pl.Doc != nil {
		for i, b := range pl.Doc.Blocks {
			if b.ID == id && b.IsWidget() {
				return &pl.Doc.Blocks[i], nil
			}
		}
	}
	return nil, fmt.Errorf("widget %q is not a block of the page", id)
}
