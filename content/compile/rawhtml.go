package compile

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// Raw HTML in a story is shown as the text the author typed. Passing it
// through would let a story break the page's one-root-element blocks (and
// the CSP); goldmark's default drops it for an HTML comment, which hides
// the mistake. Escaped, it shows up in review.

// escapedHTMLRenderer renders HTML blocks and inline raw HTML as escaped
// text.
type escapedHTMLRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (r escapedHTMLRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHTMLBlock, r.renderHTMLBlock)
	reg.Register(ast.KindRawHTML, r.renderRawHTML)
}

func (escapedHTMLRenderer) renderHTMLBlock(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.HTMLBlock)
	var text []byte
	for i := range n.Lines().Len() {
		line := n.Lines().At(i)
		text = append(text, line.Value(source)...)
	}
	if n.HasClosure() {
		text = append(text, n.ClosureLine.Value(source)...)
	}
	_, _ = w.WriteString("<p>")
	_, _ = w.Write(util.EscapeHTML(trimNewline(text)))
	_, _ = w.WriteString("</p>\n")
	return ast.WalkSkipChildren, nil
}

func (escapedHTMLRenderer) renderRawHTML(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*ast.RawHTML)
	for i := range n.Segments.Len() {
		seg := n.Segments.At(i)
		_, _ = w.Write(util.EscapeHTML(seg.Value(source)))
	}
	return ast.WalkSkipChildren, nil
}

func trimNewline(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

type escapedHTML struct{}

// escapeRawHTML is the extension that escapes raw HTML. Its priority is
// above goldmark's HTML renderer (1000), so its funcs win.
var escapeRawHTML goldmark.Extender = escapedHTML{}

func (escapedHTML) Extend(m goldmark.Markdown) {
	m.Renderer().AddOptions(renderer.WithNodeRenderers(
		util.Prioritized(escapedHTMLRenderer{}, 100),
	))
}
