//go:build !js

package demoscale

import (
	"slices"
	"strconv"
	"strings"
)

// demo-scale's server-only Spec parts, kept out of app.wasm: see
// widget.Spec and docs/architecture.md ("The widget contract").
func init() {
	Spec.Check = Check
	Spec.Cites = Cites
	Spec.Table = Table
}

// Table is the data as CSV rows: one per size, with its sources.
func Table(data any) [][]string {
	d := data.(*Data)
	rows := [][]string{{"size", "length", "sources"}}
	sizes := make([]string, 0, len(d.Lengths))
	for k := range d.Lengths {
		sizes = append(sizes, k)
	}
	slices.Sort(sizes)
	for _, k := range sizes {
		rows = append(rows, []string{k, strconv.FormatFloat(d.Lengths[k], 'f', -1, 64), strings.Join(d.Sources, " ")})
	}
	return rows
}
