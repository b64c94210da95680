package compile

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/computeatlas/atlas/content"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Story compiles one markdown story on its own. name is the path used in
// error messages, e.g. "content/en/where-training-moves.md". Every problem
// found is returned, joined, each as an *Error naming file:line. Without
// the content tree there are no sources and no glossary: a citation or a
// glossary term is an error here, and Load compiles stories that use them.
func Story(name string, src []byte) (*doc.Document, error) {
	lib, err := standalone()
	if err != nil {
		return nil, err
	}
	s := compileStory(name, src, lib)
	if err := s.errs.err(); err != nil {
		return nil, err
	}
	return s.doc, nil
}

// library is what stories refer to outside themselves: the sources, the
// glossary, and each language's words and markdown compiler.
type library struct {
	sources   map[string]doc.Source
	glossary  map[string]*glossaryEntry
	strings   map[string]*Strings
	markdowns map[string]goldmark.Markdown
	// widgetSources are the sources each widget's data cites, in
	// SourceIDs order: a story lists them after its prose's own.
	widgetSources map[string][]string
	// sourced turns on checkSourced: the site's stories must cite every
	// number and date. The syntax tests (testdata/*.txt) compile lone
	// fragments, where it would only add noise.
	sourced bool
	// events are the timeline's event dates, the only dates a section
	// may carry; nil when the site has no timeline (then any date goes).
	events []string
}

func newLibrary(sources map[string]doc.Source, strings map[string]*Strings) *library {
	lib := &library{sources: sources, strings: strings, markdowns: map[string]goldmark.Markdown{}}
	for _, l := range lang.List {
		lib.markdowns[l.Code] = newMarkdown(l, lib.words(l.Code))
	}
	return lib
}

// words are the compiler's words in code; the default language's for a
// story whose lang is not one of the site's (already an error).
func (lib *library) words(code string) *words {
	l := lang.Or(code)
	s, ok := lib.strings[l.Code]
	if !ok {
		s = &Strings{}
	}
	return s.words(l)
}

// markdown is the story compiler for code, or the default language's.
func (lib *library) markdown(code string) goldmark.Markdown {
	return lib.markdowns[lang.Or(code).Code]
}

// standalone is the library of Story: no sources, no glossary, and the
// site's own strings (content.FS), loaded once.
var standalone = sync.OnceValues(func() (*library, error) {
	var errs errorList
	strs := loadStrings(content.FS, widget.Assets, &errs)
	return newLibrary(nil, strs), errs.err()
})

// compileStory compiles the story in file against lib. The result keeps
// the header and what Load checks across stories (internal links, twins);
// its doc is nil when there are errors.
func compileStory(file string, src []byte, lib *library) *story {
	s := &story{file: file, lib: lib, errs: &errorList{}, anchors: map[string]bool{}}
	s.h = parseHeader(file, src, s.errs)
	if s.h == nil {
		return s
	}
	md := lib.markdown(s.h.meta.Lang)
	s.md = md
	pc := parser.NewContext(parser.WithIDs(newHeadingIDs(func(id string) bool {
		return isWidgetID(id) || isReservedID(id)
	})))
	root := md.Parser().Parse(text.NewReader(s.h.body), parser.WithContext(pc))
	s.h.meta.Minutes = readingMinutes(plainText(root, s.h.body))
	s.checkWidgets(root)
	s.checkHeadings(root)
	s.checkSections(root)
	s.proseCited = s.resolveCitations(root)
	s.cited = s.withWidgetSources(root, s.proseCited)
	s.checkMarkers(root)
	s.checkSourced(root)
	s.resolveTerms(root)
	s.cited = s.withTermSources(root, s.cited)
	for _, id := range reservedIDs {
		s.anchors[id] = true
	}
	for _, c := range s.cited {
		s.anchors["src-"+c.ID] = true
	}
	s.checkLinks(root)
	blocks, prose := s.blocks(root)
	if s.h.meta.Kind == "" {
		blocks = append(blocks, endMatter("p"+strconv.Itoa(prose+1), s.h.meta, s.cited, lib.words(s.h.meta.Lang)))
	}
	if len(*s.errs) == 0 {
		ids := make([]string, len(s.cited))
		for i, c := range s.cited {
			ids[i] = c.ID
		}
		s.doc = &doc.Document{Meta: s.h.meta, Blocks: blocks, Sources: ids}
	}
	return s
}

// story is one compilation in progress, and then its result.
type story struct {
	file string
	h    *header // nil when the front matter is unusable
	md   goldmark.Markdown
	lib  *library
	errs *errorList
	doc  *doc.Document // nil when there are errors

	// anchors are the ids a link can point at: headings, widgets, the
	// end matter and its sources.
	anchors map[string]bool
	// internal are the links to other pages of the site.
	internal []internalLink
	// cited are the story's source list in number order: proseCited,
	// then the sources only its widgets cite.
	cited []cited
	// proseCited are the sources its text cites, in number order.
	proseCited []cited
	// bySection are the citations under each h2 (by its id; "" before
	// the first), in order: every section has an entry, cited or not.
	bySection map[string][]cited
	// usesTerms is set when the story links a glossary term.
	usesTerms bool
	// sections are the story's h2s in order (sections.go); firstDated is
	// the first dated one, pinned the widget the page pins beside the
	// dated sections (nil without dated sections).
	sections   []section
	firstDated *ast.Heading
	pinned     *widgetNode
	// contentsDue is set from the key points' heading until the contents
	// are written, before the next section.
	contentsDue bool
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

// checkHeadings reports ids used twice, headings that would take a
// widget's anchor or one of the end matter's, and headings with the same
// text: the language switch and the no-JS widget links rely on each id
// meaning one place, and two sections with one title are one reader's
// puzzle. It records the ids as the story's anchors.
func (s *story) checkHeadings(root ast.Node) {
	widgetIDs := map[string]bool{}
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if w, ok := c.(*widgetNode); ok && w.ID != "" {
			widgetIDs[w.ID] = true
			s.anchors[w.ID] = true
		}
	}
	first := map[string]int{}
	firstText := map[string]int{}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Kind() != ast.KindHeading {
			return ast.WalkContinue, nil
		}
		line := s.nodeLine(n)
		if t := strings.Join(strings.Fields(plainText(n, s.h.body)), " "); t != "" {
			if l, dup := firstText[t]; dup {
				s.errs.add(s.file, line, "duplicate heading %q (also on line %d)", t, l)
			} else {
				firstText[t] = line
			}
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
		s.anchors[id] = true
		if l, dup := first[id]; dup {
			s.errs.add(s.file, line, "duplicate heading id %q (also on line %d)", id, l)
		} else {
			first[id] = line
		}
		switch {
		case widgetIDs[id]:
			s.errs.add(s.file, line, "heading id %q is a widget's id", id)
		case isReservedID(id):
			s.errs.add(s.file, line, "heading id %q is reserved (the compiler's own anchors are %s and ids starting %s)",
				id, strings.Join(reservedIDs, ", "), strings.Join(reservedPrefixes, ", "))
		}
		return ast.WalkContinue, nil
	})
}

// blocks groups the top-level nodes: each run of prose becomes one block,
// each directive its own.
// It returns the number of prose blocks too.
func (s *story) blocks(root ast.Node) ([]doc.Block, int) {
	out := []doc.Block{}
	var run []ast.Node
	prose := 0
	// Polish one-letter words never end a line (lang.Language.Unbreakable).
	unbreakable := nobreakOf(lang.Or(s.h.meta.Lang))
	// scrolly is set from the pinned widget to the end of the last dated
	// section: the stretch the page shows the widget beside (sections.go).
	scrolly, dated := false, false
	sectioned := false // an h2 has come
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
		out = append(out, doc.Block{ID: id, HTML: glue(buf.String(), unbreakable), Line: s.nodeLine(run[0]), Scrolly: scrolly})
		run = nil
	}
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		switch {
		case isDated(c) && s.pinned != nil:
			// The heading, then the still picture of its date.
			flush()
			dated = true
			run = append(run, c)
			flush()
			h := c.(*ast.Heading)
			date, _ := h.AttributeString(dataDateAttr)
			id, _ := h.AttributeString("id")
			idb, _ := id.([]byte)
			out = append(out, doc.Block{ID: "still-" + string(idb), Still: s.pinned.ID, Date: string(date.([]byte)), Line: s.nodeLine(c), Scrolly: true})
			continue
		case c.Kind() == ast.KindHeading && c.(*ast.Heading).Level == 2:
			sectioned = true
			if dated && scrolly {
				// The first section after the dated ones ends the stretch.
				flush()
				scrolly = false
			}
		}
		w, ok := c.(*widgetNode)
		if !ok {
			run = append(run, c)
			continue
		}
		flush()
		if w == s.pinned {
			scrolly = true
		}
		b := doc.Block{ID: w.ID, Widget: w.Name, Params: w.ParamMap(), Line: s.nodeLine(w), Scrolly: scrolly, Pin: w == s.pinned, Top: !sectioned}
		if w.HasChildren() {
			var buf bytes.Buffer
			buf.WriteString(captionOpen)
			for k := w.FirstChild(); k != nil; k = k.NextSibling() {
				s.render(&buf, k)
			}
			buf.WriteString(captionClose)
			b.Caption = glue(buf.String(), unbreakable)
		}
		out = append(out, b)
	}
	flush()
	return out, prose
}

func (s *story) render(buf *bytes.Buffer, nodes ...ast.Node) {
	for _, n := range nodes {
		if h, ok := n.(*ast.Heading); ok && (h.Level == 2 || h.Level == 3) {
			if h.Level == 2 && s.contentsDue {
				s.writeContents(buf)
				s.contentsDue = false
			}
			s.contentsDue = s.contentsDue || isKeyPoints(h)
			s.renderHeading(buf, h)
			continue
		}
		if err := s.md.Renderer().Render(buf, s.h.body, n); err != nil {
			s.errs.add(s.file, s.nodeLine(n), "render: %v", err)
		}
	}
}

// renderHeading renders a section heading with a link to itself at its
// end (#id): readers share a section by it, and web/boot.js copies its
// full address when clicked. Its name says what it is ("Link to this
// section"), not "#".
func (s *story) renderHeading(buf *bytes.Buffer, h *ast.Heading) {
	var inner bytes.Buffer
	if err := s.md.Renderer().Render(&inner, s.h.body, h); err != nil {
		s.errs.add(s.file, s.nodeLine(h), "render: %v", err)
		return
	}
	id, ok := h.AttributeString("id")
	idb, isBytes := id.([]byte)
	html := inner.String()
	end := "</h" + strconv.Itoa(h.Level) + ">"
	if !ok || !isBytes || !strings.HasSuffix(strings.TrimRight(html, "\n"), end) {
		buf.WriteString(html)
		return
	}
	w := s.lib.words(s.h.meta.Lang)
	trimmed := strings.TrimSuffix(strings.TrimRight(html, "\n"), end)
	buf.WriteString(trimmed)
	buf.WriteString(` <a class="heading-link" href="#`)
	buf.Write(escapeHTML(string(idb)))
	buf.WriteString(`" aria-label="`)
	buf.Write(escapeHTML(w.SectionLink))
	buf.WriteString(`">#</a>` + end + "\n")
}
