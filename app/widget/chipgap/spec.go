package chipgap

import "github.com/computeatlas/atlas/app/widget"

// Spec describes chip-gap to the compiler, the server and the pages.
var Spec = widget.Spec{
	Name:     Name,
	Check:    Check,
	Files:    []string{dataFile},
	Decode:   Decode,
	Words:    widget.DecodeWords[text],
	Cites:    Cites,
	State:    state,
	Render:   Render,
	Describe: Describe,
}
