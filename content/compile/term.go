package compile

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A glossary term is a link whose destination names an entry of
// content/data/glossary.json:
//
//	[Total Processing Performance](glossary:tpp)
//
// The first use of a term in a story explains it where it stands: a button
// with a tooltip holding the definition and a link to the glossary page.
// Later uses are plain links to the glossary: one explanation per story is
// enough, and a page full of buttons is noise. Links are parsed as usual;
// an AST transformer turns those into terms and marks the first of each,
// in reading order. The compiler looks the ids up (resolveTerms).

// glossaryScheme starts the destination of a glossary term.
const glossaryScheme = "glossary:"

// kindTerm is the NodeKind of a glossary term.
var kindTerm = ast.NewNodeKind("Term")

// termNode is a glossary term. Its children are the link text.
type termNode struct {
	ast.BaseInline
	ID string
	// First is set on the first use of ID in the document.
	First bool
	// Entry is set by the compiler; without it the term renders as a link.
	Entry *glossaryEntry
	// Sources are the definition's sources by the story's numbers, on a
	// first use (withTermSources).
	Sources []citeRef
}

// Kind implements ast.Node.
func (n *termNode) Kind() ast.NodeKind { return kindTerm }

// Dump implements ast.Node.
func (n *termNode) Dump(source []byte, level int) {
	first := "false"
	if n.First {
		first = "true"
	}
	ast.DumpHelper(n, source, level, map[string]string{"ID": n.ID, "First": first}, nil)
}

// termTransformer turns glossary: links into terms.
type termTransformer struct{}

func (termTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	var links []*ast.Link
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering && strings.HasPrefix(string(l.Destination), glossaryScheme) {
			links = append(links, l)
		}
		return ast.WalkContinue, nil
	})
	// Replaced after the walk: a walk must not lose its place.
	seen := map[string]bool{}
	for _, l := range links {
		t := &termNode{ID: strings.TrimPrefix(string(l.Destination), glossaryScheme)}
		t.First = !seen[t.ID]
		seen[t.ID] = true
		t.SetPos(l.Pos())
		for c := l.FirstChild(); c != nil; {
			next := c.NextSibling()
			t.AppendChild(t, c)
			c = next
		}
		l.Parent().ReplaceChild(l.Parent(), l, t)
	}
}

// termRenderer writes terms in the story's language, linking to that
// language's glossary page.
type termRenderer struct{ w *words }

func (r termRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindTerm, r.render)
}

func (r termRenderer) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*termNode)
	href := r.w.glossaryPath() + "#" + n.ID
	tip := "term-tip-" + n.ID
	explain := n.First && n.Entry != nil
	switch {
	case entering && explain:
		_, _ = w.WriteString(`<span class="term"><button type="button" class="term-ref" aria-describedby="`)
		writeEscaped(w, tip)
		_, _ = w.WriteString(`">`)
	case entering:
		_, _ = w.WriteString(`<a class="term-link" href="`)
		writeEscaped(w, href)
		_, _ = w.WriteString(`">`)
	case explain:
		_, _ = w.WriteString(`</button><span class="term-tip" id="`)
		writeEscaped(w, tip)
		_, _ = w.WriteString(`"><strong>`)
		writeEscaped(w, n.Entry.Term.In(r.w.lang.Code))
		_, _ = w.WriteString(`</strong>: `)
		writeEscaped(w, n.Entry.Definition.In(r.w.lang.Code))
		writeTermSources(w, n.Sources)
		_, _ = w.WriteString(` <a href="`)
		writeEscaped(w, href)
		_, _ = w.WriteString(`">`)
		writeEscaped(w, r.w.site.Glossary)
		_, _ = w.WriteString(`</a></span></span>`)
	default:
		_, _ = w.WriteString(`</a>`)
	}
	return ast.WalkContinue, nil
}

// terms are glossary terms as one goldmark extension, linking to the
// glossary of the words' language.
type terms struct{ w *words }

func (e terms) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(
		// After the footnote transformer (999): the first use is the first
		// a reader meets, and footnotes come last.
		util.Prioritized(termTransformer{}, 1000),
	))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(
		util.Prioritized(termRenderer(e), 500),
	))
}

// resolveTerms looks every term up in the glossary.
func (s *story) resolveTerms(root ast.Node) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		t, ok := n.(*termNode)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		s.usesTerms = true
		if e, ok := s.lib.glossary[t.ID]; ok {
			t.Entry = e
		} else {
			s.errs.add(s.file, s.nodeLine(t), "unknown glossary term %q (not in content/data/glossary.json)", t.ID)
		}
		return ast.WalkContinue, nil
	})
}
