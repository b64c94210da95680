//go:build !js

package chipgap

import (
	"slices"
	"strconv"
	"strings"
)

// units of each metric, as the chart's labels give them.
var units = map[string]string{"tpp": "TPP", "tflops": "TFLOPS (dense BF16/FP16)", "memory": "GB", "bandwidth": "TB/s"}

// Table is the data as CSV rows: one per chip and metric with a figure,
// and the licence threshold; each with its range, basis and sources.
func Table(data any) [][]string {
	d := data.(*Data)
	f := func(v float64) string {
		if v == 0 {
			return ""
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	rows := [][]string{{"chip_id", "chip", "maker", "metric", "value", "low", "high", "unit", "basis", "sources"}}
	rows = append(rows, []string{"threshold", "US licence threshold", "", "tpp", f(d.Threshold.Value), "", "", units["tpp"], string(d.Threshold.Basis), strings.Join(d.Threshold.Sources, " ")})
	for _, c := range d.Chips {
		metrics := make([]string, 0, len(c.Figures))
		for m := range c.Figures {
			metrics = append(metrics, m)
		}
		slices.Sort(metrics)
		for _, m := range metrics {
			x := c.Figures[m]
			rows = append(rows, []string{c.ID, c.Name, c.Maker, m, f(x.Value), f(x.Low), f(x.High), units[m], string(x.Basis), strings.Join(x.Sources, " ")})
		}
	}
	return rows
}
