package compile

import (
	"bytes"
	"cmp"
	"encoding/json"
	"io/fs"
	"path"
	"slices"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/widgets"
)

// root is the name the content folder has in error messages: Load's fsys
// is rooted at it, but authors know their files as content/en/x.md.
const root = "content"

// Site is a compiled content tree.
type Site struct {
	Stories []*doc.Document       // sorted by Lang then Slug
	Sources map[string]doc.Source // from data/sources.json
	// Data is each widget's decoded data (Spec.Decode of data/<DataFile>),
	// by widget name, for the widgets that have a data file.
	Data map[string]any
	// RawData is the same files' bytes as compact JSON, for the browser.
	RawData map[string][]byte
}

// langs are the story folders; a story's lang must match its folder.
var langs = []string{"en", "pl"}

// Load compiles a whole content tree: fsys holds en/*.md, pl/*.md,
// data/sources.json and data/<widget data files>. Every problem in the
// tree is returned, joined and sorted by file and line.
func Load(fsys fs.FS) (*Site, error) {
	var errs errorList
	site := &Site{Data: map[string]any{}, RawData: map[string][]byte{}}

	srcFile := path.Join(root, "data", "sources.json")
	if raw, err := fs.ReadFile(fsys, "data/sources.json"); err != nil {
		errs.add(srcFile, 0, "%v", unwrapPath(err))
		site.Sources = map[string]doc.Source{}
	} else {
		site.Sources = parseSources(srcFile, raw, &errs)
	}

	loadData(fsys, site, &errs)

	type seenAt struct {
		file string
		line int
	}
	for _, lang := range langs {
		names, _ := fs.Glob(fsys, lang+"/*.md")
		slugs := map[string]seenAt{}
		keys := map[string]seenAt{}
		for _, name := range names {
			file := path.Join(root, name)
			src, err := fs.ReadFile(fsys, name)
			if err != nil {
				errs.add(file, 0, "%v", unwrapPath(err))
				continue
			}
			d, h, serrs := compileStory(file, src)
			errs = append(errs, serrs...)
			if h == nil {
				continue
			}
			m := h.meta
			if m.Lang != lang {
				errs.add(file, h.line("lang"), "lang %q does not match the folder %s/", m.Lang, lang)
			}
			if m.Slug != "" {
				if s, dup := slugs[m.Slug]; dup {
					errs.add(file, h.line("slug"), "duplicate slug %q (also %s:%d)", m.Slug, s.file, s.line)
				} else {
					slugs[m.Slug] = seenAt{file, h.line("slug")}
				}
			}
			if m.TranslationKey != "" {
				if s, dup := keys[m.TranslationKey]; dup {
					errs.add(file, h.line("translation_key"), "duplicate translation_key %q (also %s:%d)", m.TranslationKey, s.file, s.line)
				} else {
					keys[m.TranslationKey] = seenAt{file, h.line("translation_key")}
				}
			}
			if d != nil {
				site.Stories = append(site.Stories, d)
			}
		}
	}
	slices.SortFunc(site.Stories, func(a, b *doc.Document) int {
		return cmp.Or(cmp.Compare(a.Meta.Lang, b.Meta.Lang), cmp.Compare(a.Meta.Slug, b.Meta.Slug))
	})
	if err := errs.err(); err != nil {
		return nil, err
	}
	return site, nil
}

// loadData decodes each widget's data file and checks that every source
// it cites exists: a figure without a source is a build error.
func loadData(fsys fs.FS, site *Site, errs *errorList) {
	for _, name := range widgets.Names() {
		spec, _ := widgets.Lookup(name)
		if spec.DataFile == "" {
			continue
		}
		file := path.Join(root, "data", spec.DataFile)
		raw, err := fs.ReadFile(fsys, path.Join("data", spec.DataFile))
		if err != nil {
			errs.add(file, 0, "widget %s: %v", name, unwrapPath(err))
			continue
		}
		// Unmarshal, not Compact, finds syntax errors: only its errors
		// carry the offset that gives the line.
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			line := 0
			if se, ok := err.(*json.SyntaxError); ok {
				line = lineAt(raw, int(se.Offset))
			}
			errs.add(file, line, "%v", err)
			continue
		}
		var compact bytes.Buffer
		_ = json.Compact(&compact, raw) // valid, as just checked
		if spec.GeoFile != "" {
			geo, err := readGeo(fsys, spec.GeoFile)
			if err != nil {
				errs.add(path.Join(root, "data", spec.GeoFile), 0, "widget %s: %v", name, err)
				continue
			}
			// The browser gets data and geometry as one value, like any
			// other widget's data.
			combined := []byte(`{"data":` + compact.String() + `,"geo":` + string(geo) + `}`)
			compact.Reset()
			compact.Write(combined)
			raw = combined
		}
		if spec.Decode == nil {
			errs.add(file, 0, "widget %s has a data file but no Decode", name)
			continue
		}
		data, err := spec.Decode(raw)
		if err != nil {
			errs.add(file, 0, "%v", err)
			continue
		}
		if spec.Cites != nil {
			var unknown []string
			for _, id := range spec.Cites(data) {
				if _, ok := site.Sources[id]; !ok {
					unknown = append(unknown, id)
				}
			}
			slices.Sort(unknown)
			for _, id := range slices.Compact(unknown) {
				errs.add(file, 0, "cites unknown source %q", id)
			}
		}
		site.Data[name] = data
		site.RawData[name] = compact.Bytes()
	}
}

// readGeo reads a widget's generated geometry file as compact JSON.
func readGeo(fsys fs.FS, name string) ([]byte, error) {
	raw, err := fs.ReadFile(fsys, path.Join("data", name))
	if err != nil {
		return nil, unwrapPath(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, raw); err != nil {
		return nil, err
	}
	return compact.Bytes(), nil
}

// unwrapPath drops fs.PathError's op and path: the error already names
// the file as authors know it.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// Story returns the story in lang with slug.
func (s *Site) Story(lang, slug string) (*doc.Document, bool) {
	for _, d := range s.Stories {
		if d.Meta.Lang == lang && d.Meta.Slug == slug {
			return d, true
		}
	}
	return nil, false
}

// Twin returns d's translation: the story in the other language with the
// same translation_key.
func (s *Site) Twin(d *doc.Document) (*doc.Document, bool) {
	for _, t := range s.Stories {
		if t.Meta.Lang != d.Meta.Lang && t.Meta.TranslationKey == d.Meta.TranslationKey {
			return t, true
		}
	}
	return nil, false
}
