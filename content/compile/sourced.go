package compile

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// noCite is the marker a paragraph carries when it states a number or a
// date that needs no source: a label on screen ("Before 2025"), a
// licence's version (CC BY 4.0). It renders as nothing; each use is a
// reviewed exception, as rare as possible.
const noCite = "nocite"

// checkSourced fails a paragraph or a list item of a story that holds a
// number or a date (a digit in its text, links' text aside) and neither
// cites a source nor carries [!nocite]: every figure and date on the
// site rests on a source a reader can see.
func (s *story) checkSourced(root ast.Node) {
	if !s.lib.sourced || s.h.meta.Kind != "" {
		return // pages (about, licence) state no facts
	}
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		switch n.Kind() {
		case ast.KindParagraph:
			s.checkCited(n)
		case ast.KindList:
			// Each item on its own: a list of key points is a list of
			// claims, and one cited item does not source the others.
			for item := n.FirstChild(); item != nil; item = item.NextSibling() {
				s.checkCited(item)
			}
		}
	}
}

// checkCited fails n when its text holds a digit and it neither cites a
// source nor carries [!nocite].
func (s *story) checkCited(n ast.Node) {
	digit, cited := false, false
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *citationNode:
			cited = true
		case *markerNode:
			cited = cited || c.Name == noCite
		case *ast.Link, *ast.AutoLink, *ast.CodeSpan:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			digit = digit || strings.ContainsAny(string(c.Segment.Value(s.h.body)), "0123456789")
		case *ast.String:
			digit = digit || strings.ContainsAny(string(c.Value), "0123456789")
		}
		return ast.WalkContinue, nil
	})
	if digit && !cited {
		s.errs.add(s.file, s.nodeLine(n), "a paragraph or list item with a number or a date cites no source: cite one, or mark it [!%s] if it needs none", noCite)
	}
}
