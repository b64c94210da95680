package compile

import (
	"fmt"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A confidence marker says how firm a claim is, in the fact sheet's terms:
//
//	Training moved to Malaysia.[!reported]
//	About 5,000 chips.[!estimate]
//	The deal was signed.[!unverified]
//
// Each renders as a small labelled link, in the story's language, to the
// one place that explains the markers: #about-markers in the source list.
// The set of markers is fixed, so the parser knows it; an unknown name is
// recorded in the node and reported by the compiler (checkMarkers).

// kindMarker is the NodeKind of a confidence marker.
var kindMarker = ast.NewNodeKind("Marker")

// markerNode is one marker. It has no children.
type markerNode struct {
	ast.BaseInline
	Name string
	// Problem is set for a name that is not a marker.
	Problem string
}

// Kind implements ast.Node.
func (n *markerNode) Kind() ast.NodeKind { return kindMarker }

// Dump implements ast.Node.
func (n *markerNode) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Name": n.Name, "Problem": n.Problem}, nil)
}

type markerParser struct{}

var defaultMarkerParser = &markerParser{}

// newMarkerParser returns the InlineParser for confidence markers.
func newMarkerParser() parser.InlineParser { return defaultMarkerParser }

func (markerParser) Trigger() []byte { return []byte{'['} }

func (markerParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	inner, ok := bracket(line, '!')
	// "[!]" and "[! text]" stay text; "[!word]" is a marker, known or not.
	if !ok || len(inner) < 2 || strings.ContainsAny(string(inner), " \t\r\n") {
		return nil
	}
	block.Advance(len(inner) + 2)
	n := &markerNode{Name: string(inner[1:])}
	if !slices.Contains(markerNames, n.Name) && n.Name != noCite {
		n.Problem = fmt.Sprintf("unknown marker %q (want %s)", "[!"+n.Name+"]", markerList())
	}
	return n
}

// markerList is "[!reported], [!estimate] or [!unverified]".
func markerList() string {
	var b strings.Builder
	for i, m := range markerNames {
		switch {
		case i == len(markerNames)-1:
			b.WriteString(" or ")
		case i > 0:
			b.WriteString(", ")
		}
		b.WriteString("[!" + m + "]")
	}
	return b.String()
}

// markerRenderer writes a marker with the label of the story's language.
type markerRenderer struct{ w *words }

func (r markerRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindMarker, r.render)
}

func (r markerRenderer) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*markerNode)
	if n.Name == noCite {
		return ast.WalkSkipChildren, nil // for the compiler only
	}
	if n.Problem != "" {
		writeEscaped(w, "[!"+n.Name+"]")
		return ast.WalkSkipChildren, nil
	}
	_, _ = w.WriteString(`<a class="conf conf--` + n.Name + `" href="#about-markers">`)
	writeEscaped(w, r.w.Markers[n.Name])
	_, _ = w.WriteString(`</a>`)
	return ast.WalkSkipChildren, nil
}

type markers struct{ w *words }

func (e markers) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(
		// Before the link parser (200), which also starts at "[".
		util.Prioritized(newMarkerParser(), 151),
	))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(
		util.Prioritized(markerRenderer(e), 500),
	))
}

// checkMarkers reports unknown markers and markers inside links.
func (s *story) checkMarkers(root ast.Node) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		m, ok := n.(*markerNode)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		if m.Problem != "" {
			s.errs.add(s.file, s.nodeLine(m), "%s", m.Problem)
		}
		if in := inLink(m); in != "" {
			s.errs.add(s.file, s.nodeLine(m), "marker inside %s", in)
		}
		return ast.WalkSkipChildren, nil
	})
}
