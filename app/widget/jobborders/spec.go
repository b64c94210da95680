package jobborders

import "github.com/computeatlas/atlas/app/widget"

// Spec describes job-borders to the compiler, the server and the pages.
var Spec = widget.Spec{
	Name:        Name,
	Files:       []string{dataFile},
	Decode:      Decode,
	Words:       widget.DecodeWords[text],
	Render:      Render,
	EmbedHeight: 1500,
	Drawn:       true,
	Dated:       true,
	Describe:    Describe,
	State:       widget.DatedStateOf(Parse),
}
