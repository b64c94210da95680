package compile

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Story compiles one markdown story. name is the path used in error
// messages, e.g. "content/en/where-training-moves.md". Every problem found
// is returned, joined, each as an *Error naming file:line.
func Story(name string, src []byte) (*doc.Document, error) {
	d, _, errs := compileStory(name, src)
	if err := errs.err(); err != nil {
		return nil, err
	}
	return d, nil
}

// compileStory is Story keeping the header, so Load can point at fields.
// The document is nil when there are errors.
func compileStory(file string, src []byte) (*doc.Document, *header, errorList) {
	var errs errorList
	h := parseHeader(file, src, &errs)
	if h == nil {
		return nil, nil, errs
	}
	md, ok := markdowns[h.meta.Lang]
	if !ok {
		md = markdowns["en"]
	}
	s := &story{file: file, h: h, md: md, errs: &errs}
	pc := parser.NewContext(parser.WithIDs(newHeadingIDs(isWidgetID)))
	root := md.Parser().Parse(text.NewReader(h.body), parser.WithContext(pc))
	s.checkWidgets(root)
	s.checkHeadingIDs(root)
	d := &doc.Document{Meta: h.meta, Blocks: s.blocks(root)}
	if len(errs) > 0 {
		return nil, h, errs
	}
	return d, h, nil
}

// story is one compilation in progress.
type story struct {
	file string
	h    *header
	md   goldmark.Markdown
	errs *errorList
}

// line is the file line of a byte offset in the body.
func (s *story) line(off int) int {
	if off < 0 || off > len(s.h.body) {
		return s.h.start
	}
	return s.h.start + bytes.Count(s.h.body[:off], []byte("\n"))
}

// nodeLine is the file line where n starts: its own position if goldmark
// recorded one, else its first line or its first child's.
func (s *story) nodeLine(n ast.Node) int {
	return s.line(offset(n))
}

func offset(n ast.Node) int {
	if p := n.Pos(); p >= 0 {
		return p
	}
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Start
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if p := offset(c); p >= 0 {
			return p
		}
	}
	return -1
}

// isWidgetID reports whether id is, or could be, a widget block's id (a
// registered name, or name-N): auto heading ids steer clear of them.
func isWidgetID(id string) bool {
	if _, ok := widgets.Lookup(id); ok {
		return true
	}
	i := strings.LastIndexByte(id, '-')
	if i < 0 {
		return false
	}
	if n, err := strconv.Atoi(id[i+1:]); err != nil || n < 2 {
		return false
	}
	_, ok := widgets.Lookup(id[:i])
	return ok
}

// checkWidgets reports every directive that is malformed, misplaced,
// unknown or has bad parameters.
func (s *story) checkWidgets(root ast.Node) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		w, ok := n.(*widgetNode)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		line := s.nodeLine(w)
		for _, p := range w.Problems {
			s.errs.add(s.file, line, "%s", p)
		}
		if !w.Closed {
			s.errs.add(s.file, line, `unclosed directive (no ":::" line after it)`)
		}
		if w.Parent() != root {
			s.errs.add(s.file, line, "widget directive inside %s (only top level is allowed)", describe(w.Parent()))
		}
		if w.Name == "" {
			return ast.WalkContinue, nil
		}
		spec, ok := widgets.Lookup(w.Name)
		if !ok {
			s.errs.add(s.file, line, "unknown widget %q", w.Name)
			return ast.WalkContinue, nil
		}
		if spec.Check != nil {
			for _, p := range spec.Check(w.ParamMap()) {
				s.errs.add(s.file, line, "bad parameter %s", p)
			}
		}
		return ast.WalkContinue, nil
	})
}

// describe names the container a nested directive sits in.
func describe(n ast.Node) string {
	switch n.Kind() {
	case ast.KindList, ast.KindListItem:
		return "a list"
	case ast.KindBlockquote:
		return "a blockquote"
	case kindWidget:
		return "another directive"
	case extast.KindFootnote:
		return "a footnote"
	}
	return "a " + strings.ToLower(n.Kind().String())
}

// checkHeadingIDs reports ids used twice and headings that would take a
// widget's anchor: the language switch and the no-JS widget links rely on
// each id meaning one place.
func (s *story) checkHeadingIDs(root ast.Node) {
	widgetIDs := map[string]bool{}
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if w, ok := c.(*widgetNode); ok && w.ID != "" {
			widgetIDs[w.ID] = true
		}
	}
	first := map[string]int{}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Kind() != ast.KindHeading {
			return ast.WalkContinue, nil
		}
		v, ok := n.AttributeString("id")
		if !ok {
			return ast.WalkContinue, nil
		}
		var id string
		switch v := v.(type) {
		case []byte:
			id = string(v)
		case string:
			id = v
		default:
			return ast.WalkContinue, nil
		}
		line := s.nodeLine(n)
		if l, dup := first[id]; dup {
			s.errs.add(s.file, line, "duplicate heading id %q (also on line %d)", id, l)
		} else {
			first[id] = line
		}
		if widgetIDs[id] {
			s.errs.add(s.file, line, "heading id %q is a widget's id", id)
		}
		return ast.WalkContinue, nil
	})
}

// blocks groups the top-level nodes: each run of prose becomes one block,
// each directive its own.
func (s *story) blocks(root ast.Node) []doc.Block {
	out := []doc.Block{}
	var run []ast.Node
	prose := 0
	flush := func() {
		if len(run) == 0 {
			return
		}
		prose++
		id := "p" + strconv.Itoa(prose)
		var buf bytes.Buffer
		fmt.Fprintf(&buf, `<div class="prose" data-block="%s">`+"\n", id)
		s.render(&buf, run...)
		buf.WriteString("</div>")
		out = append(out, doc.Block{ID: id, HTML: buf.String(), Line: s.nodeLine(run[0])})
		run = nil
	}
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		w, ok := c.(*widgetNode)
		if !ok {
			run = append(run, c)
			continue
		}
		flush()
		b := doc.Block{ID: w.ID, Widget: w.Name, Params: w.ParamMap(), Line: s.nodeLine(w)}
		if w.HasChildren() {
			var buf bytes.Buffer
			buf.WriteString(captionOpen)
			for k := w.FirstChild(); k != nil; k = k.NextSibling() {
				s.render(&buf, k)
			}
			buf.WriteString(captionClose)
			b.Caption = buf.String()
		}
		out = append(out, b)
	}
	flush()
	return out
}

func (s *story) render(buf *bytes.Buffer, nodes ...ast.Node) {
	for _, n := range nodes {
		if err := s.md.Renderer().Render(buf, s.h.body, n); err != nil {
			s.errs.add(s.file, s.nodeLine(n), "render: %v", err)
		}
	}
}
