// Package widgets lists every widget the site knows: one line each in
// specs. The compiler asks it whether a directive names a real widget
// with valid parameters and which data and strings to load; the server
// asks it which styles to bundle; the pages ask it how to render one.
package widgets

import (
	"sort"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/chipgap"
	"github.com/computeatlas/atlas/app/widget/diffusionmap"
	"github.com/computeatlas/atlas/app/widget/diversionroutes"
	"github.com/computeatlas/atlas/app/widget/jobborders"
	"github.com/computeatlas/atlas/app/widget/timeline"
)

var specs = map[string]widget.Spec{
	chipgap.Spec.Name:         chipgap.Spec,
	diffusionmap.Spec.Name:    diffusionmap.Spec,
	timeline.Spec.Name:        timeline.Spec,
	jobborders.Spec.Name:      jobborders.Spec,
	diversionroutes.Spec.Name: diversionroutes.Spec,
}

// Lookup returns the widget called name.
func Lookup(name string) (widget.Spec, bool) {
	s, ok := specs[name]
	return s, ok
}

// Names lists the widget names, sorted.
func Names() []string {
	out := make([]string, 0, len(specs))
	for n := range specs {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Register adds a widget to the list until the returned function takes
// it out again: for a test that brings a widget of its own
// (app/widget/demoscale). The site's widgets are the lines of specs.
func Register(s widget.Spec) (unregister func()) {
	specs[s.Name] = s
	return func() { delete(specs, s.Name) }
}
