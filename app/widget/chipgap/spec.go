package chipgap

import "github.com/computeatlas/atlas/app/widget"

// Spec describes chip-gap to the compiler, the server and the pages.
var Spec = widget.Spec{
	Name:        Name,
	Files:       []string{dataFile},
	Decode:      Decode,
	Words:       widget.DecodeWords[text],
	Render:      Render,
	EmbedHeight: 1120,
	Drawn:       true,
	Describe:    Describe,
	State:       widget.StateOf(Parse),
}
