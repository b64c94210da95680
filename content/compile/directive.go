package compile

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The widget directive places a widget in a story:
//
//	::: widget chip-gap metric=tpp threshold=on
//	The caption, in *markdown*.
//	:::
//
// One line opens, a line ":::" closes; the lines between are the caption,
// parsed as markdown blocks (the node is a container, like a blockquote).
// The parser only reads syntax and records what is wrong in the node;
// whether the widget and its parameters exist is the compiler's question
// (see checkWidgets), so the extension does not depend on the registry.

// kindWidget is the NodeKind of a widget directive.
var kindWidget = ast.NewNodeKind("Widget")

// param is one key=value of a directive, in source order.
type param struct{ Key, Value string }

// widgetNode is a widget directive. Its children are the caption.
type widgetNode struct {
	ast.BaseBlock
	// Name is the widget name; "" when the line is not a widget directive.
	Name string
	// ID is the block id: Name for the first copy in a document, then
	// Name-2, Name-3.
	ID     string
	Params []param
	// Problems are the syntax errors of the opening line.
	Problems []string
	// Closed is set when the closing ":::" line was seen.
	Closed bool
}

// Kind implements ast.Node.
func (n *widgetNode) Kind() ast.NodeKind { return kindWidget }

// Dump implements ast.Node.
func (n *widgetNode) Dump(source []byte, level int) {
	kv := map[string]string{"Name": n.Name, "ID": n.ID, "Closed": strconv.FormatBool(n.Closed)}
	for _, p := range n.Params {
		kv["Param."+p.Key] = p.Value
	}
	ast.DumpHelper(n, source, level, kv, nil)
}

// ParamMap returns the parameters as a map, nil when there are none.
func (n *widgetNode) ParamMap() map[string]string {
	if len(n.Params) == 0 {
		return nil
	}
	m := make(map[string]string, len(n.Params))
	for _, p := range n.Params {
		m[p.Key] = p.Value
	}
	return m
}

// parseDirective reads the part of an opening line after ":::". It never
// fails: what is wrong goes into the node's Problems.
func parseDirective(n *widgetNode, rest string) {
	fields := strings.Fields(rest)
	switch {
	case len(fields) == 0:
		n.Problems = append(n.Problems, `":::" closes no widget directive`)
		return
	case fields[0] != "widget":
		n.Problems = append(n.Problems, fmt.Sprintf(`unknown directive %q (want "::: widget <name> key=value")`, fields[0]))
		return
	case len(fields) == 1:
		n.Problems = append(n.Problems, "widget directive without a widget name")
		return
	}
	n.Name = fields[1]
	seen := map[string]bool{}
	for _, f := range fields[2:] {
		k, v, ok := strings.Cut(f, "=")
		switch {
		case !ok || k == "":
			n.Problems = append(n.Problems, fmt.Sprintf("malformed parameter %q (want key=value)", f))
		case seen[k]:
			n.Problems = append(n.Problems, fmt.Sprintf("duplicate parameter %q", k))
		default:
			seen[k] = true
			n.Params = append(n.Params, param{k, v})
		}
	}
}

// directiveLine reports whether line (from its first non-space byte) is a
// directive line, and returns what follows the ":::". "::::" is not one.
func directiveLine(line []byte) (rest []byte, ok bool) {
	rest, ok = bytes.CutPrefix(line, []byte(":::"))
	if !ok || (len(rest) > 0 && rest[0] == ':') {
		return nil, false
	}
	return rest, true
}

// isCloser reports whether line (from its first non-space byte) is ":::".
func isCloser(line []byte) bool {
	rest, ok := directiveLine(line)
	return ok && util.IsBlank(rest)
}

// widgetCountKey holds the per-document count of each widget name, which
// gives later copies their -2, -3 ids.
var widgetCountKey = parser.NewContextKey()

type widgetParser struct{}

var defaultWidgetParser = &widgetParser{}

// newWidgetParser returns the BlockParser for widget directives.
func newWidgetParser() parser.BlockParser { return defaultWidgetParser }

func (b *widgetParser) Trigger() []byte { return []byte{':'} }

func (b *widgetParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, _ := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 || pos >= len(line) {
		return nil, parser.NoChildren
	}
	rest, ok := directiveLine(line[pos:])
	if !ok {
		return nil, parser.NoChildren
	}
	n := &widgetNode{}
	parseDirective(n, string(rest))
	reader.AdvanceToEOL()
	if n.Name == "" {
		// A stray ":::" or a directive of another kind: one line, reported.
		n.Closed = isCloser(line[pos:])
		if n.Closed {
			return n, parser.NoChildren
		}
		return n, parser.HasChildren
	}
	counts, _ := pc.Get(widgetCountKey).(map[string]int)
	if counts == nil {
		counts = map[string]int{}
		pc.Set(widgetCountKey, counts)
	}
	counts[n.Name]++
	n.ID = n.Name
	if c := counts[n.Name]; c > 1 {
		n.ID = n.Name + "-" + strconv.Itoa(c)
	}
	return n, parser.HasChildren
}

func (b *widgetParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	n := node.(*widgetNode)
	if n.Closed {
		return parser.Close
	}
	line, _ := reader.PeekLine()
	w, pos := util.IndentWidth(line, reader.LineOffset())
	if w < 4 && pos < len(line) && isCloser(line[pos:]) {
		reader.AdvanceToEOL()
		n.Closed = true
		return parser.Close
	}
	return parser.Continue | parser.HasChildren
}

func (b *widgetParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {}

func (b *widgetParser) CanInterruptParagraph() bool { return true }

func (b *widgetParser) CanAcceptIndentedLine() bool { return false }

// The caption is wrapped in exactly one element, as every HTML block of a
// Document is.
const (
	captionOpen  = `<div class="widget-caption">` + "\n"
	captionClose = `</div>`
)

// widgetRenderer renders a directive as a placeholder element with its
// caption. Story pages never use it (the compiler turns each directive into
// a widget block); it keeps a whole-document render (previews, feeds)
// honest about where a widget was.
type widgetRenderer struct{}

func (r widgetRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindWidget, r.render)
}

func (widgetRenderer) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*widgetNode)
	if !entering {
		if n.HasChildren() {
			_, _ = w.WriteString(captionClose + "\n")
		}
		_, _ = w.WriteString("</div>\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<div class="widget" id="`)
	_, _ = w.Write(util.EscapeHTML([]byte(n.ID)))
	_, _ = w.WriteString(`" data-widget="`)
	_, _ = w.Write(util.EscapeHTML([]byte(n.Name)))
	_, _ = w.WriteString(`"`)
	if len(n.Params) > 0 {
		ps := make([]string, len(n.Params))
		for i, p := range n.Params {
			ps[i] = p.Key + "=" + p.Value
		}
		_, _ = w.WriteString(` data-params="`)
		_, _ = w.Write(util.EscapeHTML([]byte(strings.Join(ps, " "))))
		_, _ = w.WriteString(`"`)
	}
	_, _ = w.WriteString(">\n")
	if n.HasChildren() {
		_, _ = w.WriteString(captionOpen)
	}
	return ast.WalkContinue, nil
}

type widgetDirective struct{}

// widgetExtension is the widget directive as one goldmark extension.
var widgetExtension goldmark.Extender = widgetDirective{}

func (widgetDirective) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithBlockParsers(
		util.Prioritized(newWidgetParser(), 100),
	))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(
		util.Prioritized(widgetRenderer{}, 500),
	))
}
