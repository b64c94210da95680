package demoscale

import "github.com/computeatlas/atlas/app/widget"

// Spec describes demo-scale.
var Spec = widget.Spec{
	Name:     Name,
	Check:    Check,
	Files:    []string{dataFile},
	Decode:   Decode,
	Words:    widget.DecodeWords[words],
	Cites:    Cites,
	State:    state,
	Render:   Render,
	Describe: Describe,
}
