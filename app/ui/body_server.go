//go:build !js

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// body is the page as its kind renders it: on the server, every page.
func (p *page) body() app.UI { return kindNamed(p.payload.Kind).Body(p) }
