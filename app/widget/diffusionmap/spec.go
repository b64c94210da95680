package diffusionmap

import (
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/mapframe"
)

// Spec describes diffusion-map to the compiler, the server and the pages.
var Spec = widget.Spec{
	Name:   Name,
	Files:  []string{dataFile, geoFile},
	Decode: Decode,
	Words:  widget.DecodeWords[text],
	Render: Render,
	// The default view is 1,340 px tall at 360 px wide, 1,300 at 1280
	// (the layers fold, the key replaced a paragraph): 1,420 leaves a
	// little room without a blank band.
	EmbedHeight: 1420,
	Drawn:       true,
	Dated:       true,
	Describe:    Describe,
	ReadBack:    mapframe.ReadBack(geoFile),
	State:       widget.DatedStateOf(Parse),
}
