package chipgap

import "github.com/computeatlas/atlas/app/widget"

// Spec describes chip-gap to the compiler, the server and the pages.
var Spec = widget.Spec{
	Name:     Name,
	Title:    map[string]string{"en": "The chip gap", "pl": "Przepaść między chipami"},
	Check:    Check,
	DataFile: "chip-gap.json",
	Decode:   Decode,
	Cites:    Cites,
	Render:   Render,
	Describe: Describe,
}
