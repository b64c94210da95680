package timeline

import "github.com/computeatlas/atlas/app/widget"

// Spec describes the timeline to the compiler, the server and the pages.
var Spec = widget.Spec{
	Name:        Name,
	Files:       []string{dataFile},
	Decode:      Decode,
	Words:       widget.DecodeWords[text],
	Render:      Render,
	EmbedHeight: 900,
	Drawn:       true,
	Dated:       true,
	Describe:    Describe,
	State:       widget.StateOf(Parse),
}
