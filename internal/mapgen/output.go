package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"github.com/computeatlas/atlas/app/widget/mapframe"
	"github.com/paulmach/orb"
)

const sourceNote = "Natural Earth 1:50m via world-atlas 2.0.2 (public domain)"

// writeJSON writes the output file: fixed key order, one country a line,
// a trailing newline.
func writeJSON(w *bytes.Buffer, countries []country, view orb.Bound) error {
	q := func(s string) string {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			panic(err) // a string always encodes
		}
		return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	}
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

	// A region's frame starts away from the whole map's origin; the whole
	// map's file stays as it was (no x, y).
	round := func(v float64) float64 { return math.Round(v*10) / 10 }
	fmt.Fprintf(w, "{\n  \"source\": %s,\n", q(sourceNote))
	if x, y := round(view.Min[0]), round(view.Min[1]); x != 0 || y != 0 {
		fmt.Fprintf(w, "  \"x\": %s,\n  \"y\": %s,\n", num(x), num(y))
	}
	width, height := round(view.Max[0]-view.Min[0]), round(view.Max[1]-view.Min[1])
	if view == (options{Frame: wholeMap}).viewBox() {
		width, height = mapframe.Width, mapframe.Height
	}
	fmt.Fprintf(w, "  \"width\": %s,\n  \"height\": %s,\n  \"countries\": [\n", num(width), num(height))
	for i, c := range countries {
		if c.ID == "" || c.D == "" {
			return fmt.Errorf("country %q has no id or no shape", c.Name)
		}
		fmt.Fprintf(w, "    {\"id\": %s, \"name\": %s, \"d\": %s}", q(c.ID), q(c.Name), q(c.D))
		if i < len(countries)-1 {
			w.WriteByte(',')
		}
		w.WriteByte('\n')
	}
	w.WriteString("  ]\n}\n")
	return nil
}
