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
