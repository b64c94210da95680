package layering

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
)

const root = "../.."

// literal is a string literal of a Go file, unquoted, where it stands.
type literal struct {
	value, at string
}

// literals lists the string literals (struct tags too) of the non-test Go
// files under dir, skipping the folders skip names.
func literals(t *testing.T, dir string, skip ...string) []literal {
	t.Helper()
	var out []literal
	fset := token.NewFileSet()
	err := filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			for _, s := range skip {
				if rel == s {
					return filepath.SkipDir
				}
			}
			if d.Name() == "node_modules" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && rel != "." {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			v, err := strconv.Unquote(lit.Value)
			if err != nil {
				v = lit.Value
			}
			pos := fset.Position(lit.Pos())
			at, _ := filepath.Rel(root, pos.Filename)
			out = append(out, literal{v, at + ":" + strconv.Itoa(pos.Line)})
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 100 {
		t.Fatalf("only %d literals under %s: the walk is broken", len(out), dir)
	}
	return out
}

// No Go file outside app/lang names a language: its code ("pl"), its
// path ("/pl/", "/pl/slowniczek") or its key in a tag (json:"pl"). Adding
// a language is then lang.List and data, as TestAThirdLanguageIsDataAndOneEntry
// (internal/server) shows.
func TestOnlyAppLangNamesLanguages(t *testing.T) {
	var codes []string
	for _, c := range lang.Codes() {
		codes = append(codes, regexp.QuoteMeta(c))
	}
	alt := strings.Join(codes, "|")
	named := regexp.MustCompile(`^(` + alt + `)$|^/(` + alt + `)(/|$)|"/(` + alt + `)/|:"(` + alt + `)[",]`)
	for _, l := range literals(t, ".", "app/lang") {
		if named.MatchString(l.value) {
			t.Errorf("%s: %q names a language; ask app/lang instead", l.at, l.value)
		}
	}
}

// The pages know no widget: app/ui holds no widget's name, none of the
// class names its style.css styles, and imports no widget's package.
// What is special to a widget is its Spec's (Wire, ReadBack, Words…).
func TestPagesKnowNoWidget(t *testing.T) {
	classRe := regexp.MustCompile(`\.([a-z][a-z0-9]*-[a-z0-9-]*)`)
	var specials []string
	for _, name := range widgets.Names() {
		spec, _ := widgets.Lookup(name)
		specials = append(specials, name)
		css, err := widget.Assets.ReadFile(spec.Dir() + "/style.css")
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range classRe.FindAllStringSubmatch(string(css), -1) {
			specials = append(specials, m[1])
		}
	}
	for _, l := range literals(t, "app/ui") {
		for _, s := range specials {
			if strings.Contains(l.value, s) && !strings.HasPrefix(l.value, "github.com/") {
				t.Errorf("%s: %q names %q, which is a widget's", l.at, l.value, s)
			}
		}
		if strings.HasPrefix(l.value, "github.com/computeatlas/atlas/app/widget/") {
			t.Errorf("%s: app/ui imports %s", l.at, l.value)
		}
	}
	src, err := os.ReadFile(filepath.Join(root, "app/ui/takeover.go"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(src), "Geo") {
		t.Error("app/ui/takeover.go still knows about map geometry")
	}
}
