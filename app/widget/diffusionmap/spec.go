package diffusionmap

import (
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/mapframe"
)

// Spec describes diffusion-map to the compiler, the server and the pages.
var Spec = widget.Spec{
	Name:        Name,
	Files:       []string{dataFile, geoFile},
	Decode:      Decode,
	Words:       widget.DecodeWords[text],
	Render:      Render,
	EmbedHeight: 1900,
	Drawn:       true,
	Dated:       true,
	Describe:    Describe,
	ReadBack:    mapframe.ReadBack(geoFile),
	State:       widget.DatedStateOf(Parse),
}
