package compile

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

func TestDirectiveErrors(t *testing.T) {
	runCases(t, "testdata/directive.txt", storyErrors)
}

func TestParseDirective(t *testing.T) {
	for _, tc := range []struct {
		rest     string
		name     string
		params   []param
		problems []string
	}{
		{" widget chip-gap", "chip-gap", nil, nil},
		{" widget chip-gap metric=tpp threshold=on ", "chip-gap", []param{{"metric", "tpp"}, {"threshold", "on"}}, nil},
		{"widget\tchip-gap\tmetric=", "chip-gap", []param{{"metric", ""}}, nil},
		{" widget x a=b=c", "x", []param{{"a", "b=c"}}, nil},
		{" widget x a", "x", nil, []string{`malformed parameter "a" (want key=value)`}},
		{" widget x a=1 a=2", "x", []param{{"a", "1"}}, []string{`duplicate parameter "a"`}},
		{" widget", "", nil, []string{"widget directive without a widget name"}},
		{"", "", nil, []string{`":::" closes no widget directive`}},
		{" note", "", nil, []string{`unknown directive "note" (want "::: widget <name> key=value")`}},
	} {
		var n widgetNode
		parseDirective(&n, tc.rest)
		if n.Name != tc.name || !reflect.DeepEqual(n.Params, tc.params) || !reflect.DeepEqual(n.Problems, tc.problems) {
			t.Errorf("parseDirective(%q) = %q %v %q; want %q %v %q", tc.rest, n.Name, n.Params, n.Problems, tc.name, tc.params, tc.problems)
		}
	}
}

// The extension works on its own, in any goldmark: a whole-document
// render shows where each widget was.
func TestWidgetExtension(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(widgetExtension))
	src := []byte("Text\n::: widget chip-gap metric=tpp\nCaption *here*.\n:::\n\n::: widget chip-gap\n:::\n::::\n")
	var buf bytes.Buffer
	if err := md.Convert(src, &buf); err != nil {
		t.Fatal(err)
	}
	want := `<p>Text</p>
<div class="widget" id="chip-gap" data-widget="chip-gap" data-params="metric=tpp">
<div class="widget-caption">
<p>Caption <em>here</em>.</p>
</div>
</div>
<div class="widget" id="chip-gap-2" data-widget="chip-gap">
</div>
<p>::::</p>
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

// Parsers are stateless: copy counts restart with each document.
func TestWidgetIDsPerDocument(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(widgetExtension))
	for range 2 {
		root := md.Parser().Parse(text.NewReader([]byte("::: widget a\n:::\n::: widget a\n:::\n")))
		var ids []string
		for c := root.FirstChild(); c != nil; c = c.NextSibling() {
			ids = append(ids, c.(*widgetNode).ID)
		}
		if strings.Join(ids, " ") != "a a-2" {
			t.Errorf("ids = %v, want [a a-2]", ids)
		}
	}
}

func FuzzDirective(f *testing.F) {
	for _, s := range [][2]string{
		{"chip-gap metric=tpp threshold=on", "Caption."},
		{"chip-gap", ""},
		{"chip-gap metric", "- a\n\n  ::: widget chip-gap\n  :::"},
		{"chip-gap a=1 a=2 =3", "> q\n> ::: widget x"},
		{"", ":::"},
		{"\t\x00 ==", "```\n:::\n```"},
		{"chip-gap", "[^1]\n\n[^1]: n\n::: widget chip-gap"},
		{"chip-gap ::: widget", "    :::\n::::"},
	} {
		f.Add(s[0], s[1])
	}
	md := goldmark.New(goldmark.WithExtensions(widgetExtension))
	f.Fuzz(func(t *testing.T, line, body string) {
		var n widgetNode
		parseDirective(&n, line)
		for _, p := range n.Params {
			if p.Key == "" || strings.ContainsAny(p.Key+p.Value, " \t\n") {
				t.Fatalf("param %q=%q from %q", p.Key, p.Value, line)
			}
		}
		src := "::: widget " + line + "\n" + body + "\n:::\n"
		root := md.Parser().Parse(text.NewReader([]byte(src)))
		_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if w, ok := n.(*widgetNode); ok && entering && w.Name == "" && len(w.Problems) == 0 {
				t.Fatalf("nameless directive without a problem in %q", src)
			}
			return ast.WalkContinue, nil
		})
		var buf bytes.Buffer
		if err := md.Renderer().Render(&buf, []byte(src), root); err != nil {
			t.Fatal(err)
		}
		// And through the whole compiler.
		d, err := Story("content/en/fuzz.md", []byte(fuzzHeader+src))
		if err == nil {
			checkOneRoot(t, d)
		}
	})
}
