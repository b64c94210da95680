package compile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"gopkg.in/yaml.v3"
)

// Interface strings are data, one YAML file per language and owner (the
// convention of Hugo's i18n/<lang>.yaml): the site's in
// content/i18n/<lang>.yaml, each widget's in app/widget/<dir>/i18n/.
// Every key must be in every language's file, every value a non-empty
// text, and no key unknown to the Go type the strings decode into: each
// problem is a build error naming the file and the key.

// Strings are the checked strings of one language.
type Strings struct {
	// Site is the site section of content/i18n/<lang>.yaml as compact
	// JSON, as pages carry it, and SiteWords the same decoded.
	Site json.RawMessage
	// Widgets are each widget's strings as compact JSON, and WidgetWords
	// the same decoded by the widget's Spec.Words.
	Widgets     map[string]json.RawMessage
	WidgetWords map[string]any

	file stringsFile
}

// stringsDir is the strings' folder in the content tree and in each
// widget's folder.
const stringsDir = "i18n"

// loadStrings reads and checks the site's and every registered widget's
// strings for every language. widgetFS holds the widget folders
// (app/widget: <dir>/i18n/<lang>.yaml), named in messages by widgetRoot.
func loadStrings(contentFS, widgetFS fs.FS, errs *errorList) map[string]*Strings {
	out := map[string]*Strings{}
	for _, l := range lang.List {
		out[l.Code] = &Strings{Widgets: map[string]json.RawMessage{}, WidgetWords: map[string]any{}}
	}
	site := owner{typ: reflect.TypeOf(stringsFile{})}
	for _, l := range lang.List {
		name := path.Join(stringsDir, l.Code+".yaml")
		raw, keys, ok := site.read(contentFS, name, path.Join(root, name), errs)
		if !ok {
			continue
		}
		// Polish no-break spaces (glue), as in stories.
		if glued, err := glueJSON(raw, nobreakOf(l)); err == nil {
			raw = glued
		}
		var f stringsFile
		if err := json.Unmarshal(raw, &f); err != nil {
			errs.add(path.Join(root, name), 0, "%v", err)
			continue
		}
		section, _ := json.Marshal(f.Site)
		out[l.Code].Site = section
		out[l.Code].file = f
		site.byLang = append(site.byLang, langKeys{path.Join(root, name), keys})
	}
	site.compare(errs)

	for _, n := range widgets.Names() {
		spec, _ := widgets.Lookup(n)
		if spec.Words == nil {
			errs.add(path.Join(widgetRoot, spec.Dir()), 0, "widget %s has no Words", n)
			continue
		}
		proto, err := spec.Words(json.RawMessage(`{}`))
		if err != nil {
			errs.add(path.Join(widgetRoot, spec.Dir()), 0, "widget %s: %v", n, err)
			continue
		}
		w := owner{typ: reflect.TypeOf(proto).Elem()}
		for _, l := range lang.List {
			name := path.Join(spec.Dir(), stringsDir, l.Code+".yaml")
			file := path.Join(widgetRoot, name)
			raw, keys, ok := w.read(widgetFS, name, file, errs)
			if !ok {
				continue
			}
			// Polish no-break spaces (glue), as in stories.
			if glued, err := glueJSON(raw, nobreakOf(l)); err == nil {
				raw = glued
			}
			words, err := spec.Words(raw)
			if err != nil {
				errs.add(file, 0, "%v", err)
				continue
			}
			if widget.Title(words) == "" {
				errs.add(file, 0, "missing key %q: every widget has a title that states its finding", "title")
			}
			out[l.Code].Widgets[n], out[l.Code].WidgetWords[n] = raw, words
			w.byLang = append(w.byLang, langKeys{file, keys})
		}
		w.compare(errs)
	}
	return out
}

// widgetRoot is the widget folders' path in messages.
const widgetRoot = "app/widget"

// owner is one strings type (the site's, or a widget's) and the keys each
// language's file gave it.
type owner struct {
	typ    reflect.Type
	byLang []langKeys
}

type langKeys struct {
	file string
	keys map[string]int // dotted key -> line
}

// read parses one strings file, checks its keys against the owner's type
// and its values, and returns it as compact JSON with its keys.
func (o *owner) read(fsys fs.FS, name, file string, errs *errorList) (json.RawMessage, map[string]int, bool) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		errs.add(file, 0, "%v", unwrapPath(err))
		return nil, nil, false
	}
	var n yaml.Node
	if err := yaml.Unmarshal(src, &n); err != nil {
		errs.add(file, yamlErrorLine(err), "%v", err)
		return nil, nil, false
	}
	if len(n.Content) == 0 || n.Content[0].Kind != yaml.MappingNode {
		errs.add(file, 1, "strings must be a mapping of keys to texts")
		return nil, nil, false
	}
	keys := map[string]int{}
	before := len(*errs)
	walkStrings(n.Content[0], "", file, keys, errs)
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		if !knownKey(o.typ, strings.Split(k, ".")) {
			errs.add(file, keys[k], "unknown key %q", k)
		}
	}
	for _, k := range requiredKeys(o.typ, "") {
		if _, ok := keys[k]; !ok && !hasPrefixKey(keys, k+".") {
			errs.add(file, 0, "missing key %q", k)
		}
	}
	if len(*errs) > before {
		return nil, nil, false
	}
	var v any
	if err := n.Content[0].Decode(&v); err != nil {
		errs.add(file, 0, "%v", err)
		return nil, nil, false
	}
	raw, err := json.Marshal(v)
	if err != nil {
		errs.add(file, 0, "%v", err)
		return nil, nil, false
	}
	var compact bytes.Buffer
	_ = json.Compact(&compact, raw)
	return compact.Bytes(), keys, true
}

// compare reports the keys some language's file has and another lacks
// (inside maps, which the type does not fix): the first file, the
// default language's, is the reference.
func (o *owner) compare(errs *errorList) {
	if len(o.byLang) < 2 {
		return
	}
	ref := o.byLang[0]
	for _, other := range o.byLang[1:] {
		for _, k := range slices.Sorted(maps.Keys(ref.keys)) {
			if _, ok := other.keys[k]; !ok {
				errs.add(other.file, 0, "missing key %q (%s:%d has it)", k, ref.file, ref.keys[k])
			}
		}
		for _, k := range slices.Sorted(maps.Keys(other.keys)) {
			if _, ok := ref.keys[k]; !ok {
				errs.add(other.file, other.keys[k], "key %q is not in %s", k, ref.file)
			}
		}
	}
}

// walkStrings records every leaf key of a mapping (dotted) with its line,
// and reports values that are not texts or are blank. A list is a leaf
// whose items must be texts.
func walkStrings(n *yaml.Node, prefix, file string, keys map[string]int, errs *errorList) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := prefix + k.Value
		switch v.Kind {
		case yaml.MappingNode:
			walkStrings(v, key+".", file, keys, errs)
		case yaml.SequenceNode:
			keys[key] = k.Line
			for _, item := range v.Content {
				if item.Kind != yaml.ScalarNode || strings.TrimSpace(item.Value) == "" {
					errs.add(file, item.Line, "key %q: every item must be a text", key)
				}
			}
		default:
			keys[key] = k.Line
			if v.Kind != yaml.ScalarNode || strings.TrimSpace(v.Value) == "" {
				errs.add(file, v.Line, "key %q has no text", key)
			}
		}
	}
}

// requiredKeys are the dotted keys a type's every field needs (by JSON
// name; embedded structs' fields are the type's own); a map, a list or a
// text is one key.
func requiredKeys(t reflect.Type, prefix string) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			out = append(out, requiredKeys(f.Type, prefix)...)
			continue
		}
		name := jsonName(f)
		if f.Type.Kind() == reflect.Struct {
			out = append(out, requiredKeys(f.Type, prefix+name+".")...)
		} else {
			out = append(out, prefix+name)
		}
	}
	return out
}

// knownKey reports whether a dotted key names a field of t, or lies
// inside one of its maps.
func knownKey(t reflect.Type, parts []string) bool {
	switch t.Kind() {
	case reflect.Map:
		return len(parts) == 1
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				if knownKey(f.Type, parts) {
					return true
				}
				continue
			}
			if jsonName(f) == parts[0] {
				if len(parts) == 1 {
					return f.Type.Kind() != reflect.Struct && f.Type.Kind() != reflect.Map
				}
				return knownKey(f.Type, parts[1:])
			}
		}
	}
	return false
}

func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "" {
		return f.Name
	}
	return name
}

func hasPrefixKey(keys map[string]int, prefix string) bool {
	for k := range keys {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlErrorLine is the line a YAML syntax error names, or 0.
func yamlErrorLine(err error) int {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

// Document returns the strings the server writes around a page's body.
func (s *Strings) Document() DocumentWords { return s.file.Document }

// words returns the compiler's words in code, with the site's.
func (s *Strings) words(l lang.Language) *words {
	w := s.file.Compiler
	w.lang = l
	w.site = &s.file.Site
	return &w
}
