package compile

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A citation names sources of content/data/sources.json:
//
//	The rule took effect in January.[@S5]
//	Both reports agree.[@S2; @S3]
//
// A source is numbered at its first citation in the story (1, 2, …, in
// reading order, footnotes last, as they are shown) and keeps its number;
// the number links to the story's source list (#src-S5), and a tooltip
// beside it shows the source. The parser reads syntax only; the compiler
// resolves each id against the sources (resolveCitations), so the
// extension does not depend on the data, and numbering is an AST
// transformer's job, so the parser keeps no state.

// kindCitation is the NodeKind of a citation.
var kindCitation = ast.NewNodeKind("Citation")

// citeRef is one source named in a citation.
type citeRef struct {
	ID string
	// Number is the source's number in the story, from 1.
	Number int
	// Tip numbers the occurrence in the story, so each tooltip has its
	// own element id.
	Tip int
	// Source is set by the compiler; without it there is no tooltip.
	Source *doc.Source
}

// citationNode is one bracket: [@S1] or [@S1; @S2]. It has no children.
type citationNode struct {
	ast.BaseInline
	Refs []citeRef
	// Problem is what is wrong with the syntax; "" when nothing is.
	Problem string
	// Raw is the bracket as written, shown when it is malformed.
	Raw string
}

// Kind implements ast.Node.
func (n *citationNode) Kind() ast.NodeKind { return kindCitation }

// Dump implements ast.Node.
func (n *citationNode) Dump(source []byte, level int) {
	kv := map[string]string{}
	for i, r := range n.Refs {
		kv["Ref"+strconv.Itoa(i)] = fmt.Sprintf("%s #%d tip %d", r.ID, r.Number, r.Tip)
	}
	if n.Problem != "" {
		kv["Problem"] = n.Problem
	}
	ast.DumpHelper(n, source, level, kv, nil)
}

// sourceIDRe is what may follow "@": an id as sources.json writes them
// (S22), or any other id made of letters, digits, "_" and "-".
var sourceIDRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`)

// parseCitation reads the text between "[" and "]", "@S1; @S2". It never
// fails: what is wrong goes into the node's Problem.
func parseCitation(inner string) *citationNode {
	n := &citationNode{Raw: "[" + inner + "]"}
	seen := map[string]bool{}
	for _, part := range strings.Split(inner, ";") {
		part = strings.TrimSpace(part)
		id, ok := strings.CutPrefix(part, "@")
		if !ok || !sourceIDRe.MatchString(id) {
			n.Refs = nil
			n.Problem = fmt.Sprintf("malformed citation %q (want [@S1] or [@S1; @S2])", n.Raw)
			return n
		}
		if seen[id] {
			n.Problem = fmt.Sprintf("source %q cited twice in one citation", id)
			continue
		}
		seen[id] = true
		n.Refs = append(n.Refs, citeRef{ID: id})
	}
	return n
}

// bracket returns what is between "[" (line[0]) and the first "]" on the
// line, when it opens with mark ("@", "!") and is not a link: a "(" right
// after "]" makes "[@someone](https://…)" a link, left to the link parser.
func bracket(line []byte, mark byte) (inner []byte, ok bool) {
	if len(line) < 2 || line[0] != '[' || line[1] != mark {
		return nil, false
	}
	end := bytes.IndexByte(line, ']')
	if end < 0 || bytes.IndexByte(line[1:end], '[') >= 0 {
		return nil, false
	}
	if end+1 < len(line) && line[end+1] == '(' {
		return nil, false
	}
	return line[1:end], true
}

type citationParser struct{}

var defaultCitationParser = &citationParser{}

// newCitationParser returns the InlineParser for citations.
func newCitationParser() parser.InlineParser { return defaultCitationParser }

func (citationParser) Trigger() []byte { return []byte{'['} }

func (citationParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	inner, ok := bracket(line, '@')
	if !ok {
		return nil
	}
	block.Advance(len(inner) + 2)
	return parseCitation(string(inner))
}

// citationNumbering numbers sources and tooltips in reading order. It
// runs after the footnote transformer (999), which moves footnotes to the
// end of the document, where they are read.
type citationNumbering struct{}

func (citationNumbering) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	numbers := map[string]int{}
	tips := 0
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		c, ok := n.(*citationNode)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		for i := range c.Refs {
			r := &c.Refs[i]
			if numbers[r.ID] == 0 {
				numbers[r.ID] = len(numbers) + 1
			}
			tips++
			r.Number, r.Tip = numbers[r.ID], tips
		}
		return ast.WalkSkipChildren, nil
	})
}

// citationRenderer renders a citation as superscript numbers, each with
// its tooltip. The words (the copy note) are the story's language's.
type citationRenderer struct{ w *words }

func (r citationRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindCitation, r.render)
}

func (r citationRenderer) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	n := node.(*citationNode)
	if len(n.Refs) == 0 {
		// Malformed: show what the author wrote.
		writeEscaped(w, n.Raw)
		return ast.WalkSkipChildren, nil
	}
	// One bracket for the citation; a run of three or more consecutive
	// numbers reads as a range ("[2–4]"), one link whose tooltip names
	// each source in it.
	_, _ = w.WriteString(`<sup class="cites">`)
	for _, run := range citeRuns(n.Refs) {
		first := run[0]
		label := strconv.Itoa(first.Number)
		if len(run) > 1 {
			label += "–" + strconv.Itoa(run[len(run)-1].Number)
		}
		tip := "cite-tip-" + strconv.Itoa(first.Tip)
		_, _ = w.WriteString(`<span class="cite"><a class="cite-ref" href="#src-`)
		_, _ = w.Write(util.EscapeHTML([]byte(first.ID)))
		_, _ = w.WriteString(`"`)
		if first.Source != nil {
			_, _ = w.WriteString(` aria-describedby="` + tip + `"`)
		}
		_, _ = w.WriteString(`>` + label + `</a>`)
		if first.Source != nil {
			_, _ = w.WriteString(`<span class="cite-tip" id="` + tip + `">`)
			for i, ref := range run {
				s := ref.Source
				if s == nil {
					continue
				}
				// A range's tooltip: each source on a line of its own,
				// after its number. (No wrapper per source: the story's
				// element count.)
				if i > 0 {
					_, _ = w.WriteString(`<br>`)
				}
				if len(run) > 1 {
					_, _ = w.WriteString(`<b>` + strconv.Itoa(ref.Number) + `</b> `)
				}
				_, _ = w.WriteString(`<cite data-src="`)
				_, _ = w.Write(util.EscapeHTML([]byte(ref.ID)))
				_, _ = w.WriteString(`">`)
				writeEscaped(w, s.Title)
				_, _ = w.WriteString(`</cite> · `)
				writeEscaped(w, s.Publisher)
				if s.Date != "" {
					_, _ = w.WriteString(", ")
					writeEscaped(w, s.Date)
				}
				_, _ = w.WriteString(" · ")
				writeSourceLink(w, s, r.w)
			}
			_, _ = w.WriteString(`</span>`)
		}
		_, _ = w.WriteString(`</span>`)
	}
	_, _ = w.WriteString(`</sup>`)
	return ast.WalkSkipChildren, nil
}

// citeRuns orders a citation's sources by number and groups runs of
// three or more consecutive numbers; every other source stands alone
// ("[1, 2]" stays two links, "[2, 3, 4]" becomes "[2–4]").
func citeRuns(refs []citeRef) [][]citeRef {
	sorted := slices.Clone(refs)
	slices.SortStableFunc(sorted, func(a, b citeRef) int { return a.Number - b.Number })
	var runs [][]citeRef
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j].Number == sorted[j-1].Number+1 {
			j++
		}
		if j-i >= 3 {
			runs = append(runs, sorted[i:j])
		} else {
			for k := i; k < j; k++ {
				runs = append(runs, sorted[k:k+1])
			}
		}
		i = j
	}
	return runs
}

// writeSourceLink writes a source's link, named by its host, and the note
// that it is a copy when it is one: the tooltip and the source list say
// the same.
func writeSourceLink(w util.BufWriter, s *doc.Source, words *words) {
	_, _ = w.WriteString(`<a href="`)
	writeEscaped(w, s.URL)
	_, _ = w.WriteString(`" rel="noopener">`)
	writeEscaped(w, s.LinkHost())
	_, _ = w.WriteString(`</a>`)
	if !s.Original {
		writeEscaped(w, words.CopyNote)
	}
}

func writeEscaped(w util.BufWriter, s string) {
	_, _ = w.Write(util.EscapeHTML([]byte(s)))
}

type citations struct{ w *words }

func (e citations) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(
		// Before the link parser (200), which also starts at "[".
		parser.WithInlineParsers(util.Prioritized(newCitationParser(), 150)),
		parser.WithASTTransformers(util.Prioritized(citationNumbering{}, 1000)),
	)
	m.Renderer().AddOptions(renderer.WithNodeRenderers(
		util.Prioritized(citationRenderer(e), 500),
	))
}

// cited is a source cited by a story: its first citation's line.
type cited struct {
	ID     string
	Line   int
	Source doc.Source
}

// resolveCitations looks up every cited id in the sources, reporting
// unknown ids and citations where a link cannot be, and returns the cited
// sources in number order.
func (s *story) resolveCitations(root ast.Node) []cited {
	var out []cited
	seen := map[string]bool{}
	// The section each citation sits in (the id of the h2 above it; ""
	// before the first), for the twins' check section by section.
	s.bySection = map[string][]cited{"": nil}
	section := ""
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering && h.Level == 2 && h.Parent() == root {
			if id, ok := h.AttributeString("id"); ok {
				if b, ok := id.([]byte); ok {
					section = string(b)
					if _, seen := s.bySection[section]; !seen {
						s.bySection[section] = nil // a section, cited or not
					}
				}
			}
		}
		c, ok := n.(*citationNode)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		line := s.nodeLine(c)
		if c.Problem != "" {
			s.errs.add(s.file, line, "%s", c.Problem)
		}
		if in := inLink(c); in != "" {
			s.errs.add(s.file, line, "citation inside %s", in)
		}
		for i := range c.Refs {
			r := &c.Refs[i]
			src, ok := s.lib.sources[r.ID]
			if !ok {
				s.errs.add(s.file, line, "unknown source %q (not in content/data/sources.json)", r.ID)
				continue
			}
			r.Source = &src
			s.bySection[section] = append(s.bySection[section], cited{ID: r.ID, Line: line, Source: src})
			if !seen[r.ID] {
				// The walk is the numbering's order.
				seen[r.ID] = true
				out = append(out, cited{ID: r.ID, Line: line, Source: src})
			}
		}
		return ast.WalkSkipChildren, nil
	})
	return out
}

// inLink names the link a node sits in ("a link", "a glossary term"), or
// is "" when it sits in none: a link or a button inside another is not
// HTML.
func inLink(n ast.Node) string {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Kind() {
		case ast.KindLink:
			return "a link"
		case ast.KindImage:
			return "an image"
		case kindTerm:
			return "a glossary term"
		}
	}
	return ""
}

func escapeHTML(s string) []byte { return util.EscapeHTML([]byte(s)) }
