// Package widgets lists every widget the site knows. The compiler asks it
// whether a directive names a real widget with valid parameters; the pages
// ask it how to render one.
package widgets

import (
	"sort"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/chipgap"
	"github.com/computeatlas/atlas/app/widget/diffusionmap"
)

var specs = map[string]widget.Spec{
	chipgap.Name:      chipgap.Spec,
	diffusionmap.Name: diffusionmap.Spec,
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
