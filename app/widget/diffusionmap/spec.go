package diffusionmap

import "github.com/computeatlas/atlas/app/widget"

// Spec describes diffusion-map to the compiler, the server and the pages.
var Spec = widget.Spec{
	Name:     Name,
	Title:    map[string]string{"en": "Where training goes", "pl": "Dokąd idzie trening"},
	Check:    Check,
	DataFile: "diffusion-map.json",
	GeoFile:  "diffusion-map-geo.json",
	Decode:   Decode,
	Cites:    Cites,
	Render:   Render,
	Describe: Describe,
}
