package compile

import (
	"strconv"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// withTermSources appends to a story's source list the sources of each
// glossary entry it explains (a term's first use shows its definition)
// that the list lacks, after its prose's and its widgets' own: a
// definition that states a figure shows where the figure comes from, by
// the story's own numbers. It numbers each explained term's sources.
func (s *story) withTermSources(root ast.Node, list []cited) []cited {
	number := map[string]int{}
	for i, c := range list {
		number[c.ID] = i + 1
	}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		t, ok := n.(*termNode)
		if !entering || !ok || !t.First || t.Entry == nil {
			return ast.WalkContinue, nil
		}
		for _, id := range t.Entry.Sources {
			src, ok := s.lib.sources[id]
			if !ok {
				continue // parseGlossary's error
			}
			if number[id] == 0 {
				list = append(list, cited{ID: id, Line: s.nodeLine(blockOf(t)), Source: src})
				number[id] = len(list)
			}
			t.Sources = append(t.Sources, citeRef{ID: id, Number: number[id]})
		}
		return ast.WalkSkipChildren, nil
	})
	return list
}

// blockOf is the block an inline node sits in, for its line.
func blockOf(n ast.Node) ast.Node {
	for n.Parent() != nil && n.Type() != ast.TypeBlock {
		n = n.Parent()
	}
	return n
}

// writeTermSources writes a definition's sources in a story: its numbers,
// each a link to the story's list.
func writeTermSources(w util.BufWriter, refs []citeRef) {
	if len(refs) == 0 {
		return
	}
	_, _ = w.WriteString(` <span class="term-src">[`)
	for i, r := range refs {
		if i > 0 {
			_, _ = w.WriteString(", ")
		}
		_, _ = w.WriteString(`<a href="#src-`)
		writeEscaped(w, r.ID)
		_, _ = w.WriteString(`">` + strconv.Itoa(r.Number) + `</a>`)
	}
	_, _ = w.WriteString(`]</span>`)
}

// checkGlossarySourced fails a definition that states a number or a date
// (a digit, in any language) without sources: a reader meets it in a
// tooltip, as a claim like any other.
func checkGlossarySourced(file string, line int, e glossaryEntry, errs *errorList) {
	if len(e.Sources) == 0 && widget.StatesFigure(e.Definition) {
		errs.add(file, line, "glossary entry %q: its definition states a number or a date but lists no sources", e.ID)
	}
}
