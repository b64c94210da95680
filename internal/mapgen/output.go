package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/computeatlas/atlas/app/widget/diffusionmap"
)

const sourceNote = "Natural Earth 1:50m via world-atlas 2.0.2 (public domain)"

// writeJSON writes the output file: fixed key order, one country a line,
// a trailing newline.
func writeJSON(w *bytes.Buffer, countries []country) error {
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

	fmt.Fprintf(w, "{\n  \"source\": %s,\n  \"width\": %s,\n  \"height\": %s,\n  \"countries\": [\n",
		q(sourceNote), num(diffusionmap.Width), num(diffusionmap.Height))
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
