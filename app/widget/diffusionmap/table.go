//go:build !js

package diffusionmap

import (
	"strings"

	"github.com/computeatlas/atlas/app/lang"
)

// Table is the data as CSV rows: one per flow and rule state (what the
// map shows for it), with who (in each language), the confidence and the
// sources.
func Table(data any) [][]string {
	d := data.(*Data)
	head := []string{"flow_id", "kind", "from", "to", "rule", "status"}
	for _, l := range lang.List {
		head = append(head, "who_"+l.Code)
	}
	rows := [][]string{append(head, "confidence", "sources")}
	for _, f := range d.Flows {
		for _, r := range rule.Values {
			row := []string{f.ID, f.Kind, f.From, f.To, r, f.Status[r]}
			for _, l := range lang.List {
				row = append(row, f.Who.In(l.Code))
			}
			rows = append(rows, append(row, f.Confidence, strings.Join(f.Sources, " ")))
		}
	}
	return rows
}
