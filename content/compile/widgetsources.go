package compile

import "github.com/yuin/goldmark/ast"

// withWidgetSources is the story's source list: list, the sources its
// prose cites in number order, then each source a widget of the story
// cites and the prose does not, in the order the widgets come. So a
// widget's source line can give the story's number for every source it
// names and link to its entry (docs/writing.md, "One numbering").
func (s *story) withWidgetSources(root ast.Node, list []cited) []cited {
	seen := map[string]bool{}
	for _, c := range list {
		seen[c.ID] = true
	}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		w, ok := n.(*widgetNode)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		for _, id := range s.lib.widgetSources[w.Name] {
			src, ok := s.lib.sources[id]
			if !ok || seen[id] {
				continue // an unknown id is loadData's error
			}
			seen[id] = true
			list = append(list, cited{ID: id, Line: s.nodeLine(w), Source: src})
		}
		return ast.WalkSkipChildren, nil
	})
	return list
}
