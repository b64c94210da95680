package ui

import "github.com/computeatlas/atlas/app/widget"

// sourceNumbers are the page's numbers for its sources, the one numbering
// its widgets use: on a story its source list's (Document.Sources: the
// prose's citations, then what only its widgets cite); on an embed the
// embed's own list, the widget's sources in their order.
func (p *Payload) sourceNumbers() map[string]int {
	if p.numbers != nil {
		return p.numbers
	}
	var ids []string
	if p.Doc != nil {
		ids = p.Doc.Sources
	} else {
		for id := range p.Sources {
			ids = append(ids, id)
		}
		ids = widget.SourceIDs(ids)
	}
	p.numbers = make(map[string]int, len(ids))
	for i, id := range ids {
		p.numbers[id] = i + 1
	}
	return p.numbers
}
