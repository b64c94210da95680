package diffusionmap

import (
	"encoding/json"
	"fmt"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The map's outlines are 55 KB of SVG paths that the prerendered page
// already holds (countryLayer). The page's payload leaves them out (wire,
// in server.go) and the browser reads them back from the SVG at takeover
// (readBack), so they travel once: the story went from 185 KB to 130 KB.

// geoMarker is the attribute that marks the prerendered outlines.
const geoMarker = "svg[data-geo]"

// readBack rebuilds the geometry file from the prerendered SVG under
// root: its viewBox and each country's data-iso and d.
func readBack(root app.Value, files widget.Files) error {
	svg := root.Call("querySelector", geoMarker)
	if !svg.Truthy() {
		return fmt.Errorf("no %s in the page", geoMarker)
	}
	var geo Geo
	if _, err := fmt.Sscanf(svg.Call("getAttribute", "viewBox").String(), "0 0 %g %g", &geo.Width, &geo.Height); err != nil {
		return fmt.Errorf("viewBox: %w", err)
	}
	paths := svg.Call("querySelectorAll", "path[data-iso]")
	for i := 0; i < paths.Length(); i++ {
		el := paths.Index(i)
		geo.Countries = append(geo.Countries, Country{
			ID: el.Call("getAttribute", "data-iso").String(),
			D:  el.Call("getAttribute", "d").String(),
		})
	}
	raw, err := json.Marshal(geo)
	if err != nil {
		return err
	}
	files[geoFile] = raw
	return nil
}
