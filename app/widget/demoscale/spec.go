package demoscale

import "github.com/computeatlas/atlas/app/widget"

// Spec describes demo-scale.
var Spec = widget.Spec{
	Name:        Name,
	Files:       []string{dataFile},
	Decode:      Decode,
	Words:       widget.DecodeWords[words],
	Render:      Render,
	EmbedHeight: 600,
	Describe:    Describe,
	State:       widget.StateOf(Parse),
}
