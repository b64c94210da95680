//go:build js

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// body is the page in the browser: the mirror of the server's, read in
// OnInit (mirror.go). Without one the page was not read, and keeps the
// server's HTML (page.fallback).
func (p *page) body() app.UI {
	if p.mirror == nil {
		return app.Div().ID("atlas")
	}
	return p.mirror.render(p)
}

// render is the mirror as go-app UI: widgets rendered by their Go code,
// the rest as the server wrote it.
func (m *mirror) render(p *page) app.UI {
	switch {
	case m.block != nil && p.payload.Kind == KindEmbed:
		return p.embedWidget()
	case m.block != nil:
		return p.renderWidget(*m.block, true)
	case m.html != "":
		return app.Raw(m.html)
	case m.tag == "":
		return app.Text(m.text)
	}
	e := app.Elem(m.tag)
	for _, a := range m.attrs {
		e.Attr(a[0], a[1])
	}
	children := make([]app.UI, len(m.children))
	for i, c := range m.children {
		children[i] = c.render(p)
	}
	return e.Body(children...)
}
