package compile

import (
	"cmp"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"path"
	"slices"
	"strings"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/ui"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
)

// root is the name the content folder has in error messages: Load's fsys
// is rooted at it, but authors know their files as content/en/x.md.
const root = "content"

// Site is a compiled content tree.
type Site struct {
	Stories []*doc.Document       // sorted by Lang then Slug
	Sources map[string]doc.Source // from data/sources.json
	// Data is each widget's decoded data (Spec.Decode of its Files), by
	// widget name, for the widgets that have data files.
	Data map[string]any
	// Files are the same files as compact JSON.
	Files map[string]widget.Files
	// Timeline is the shared date's events and the facts' as-of date;
	// nil when the site has no timeline.
	Timeline *Timeline
	// Strings are the checked interface strings, by language code.
	Strings map[string]*Strings
}

// Load compiles a whole content tree with the widgets' own strings
// (widget.Assets); see LoadWith.
func Load(fsys fs.FS) (*Site, error) { return LoadWith(fsys, widget.Assets) }

// LoadWith compiles a whole content tree: fsys holds <lang>/*.md for each
// language of package lang, i18n/<lang>.yaml, data/sources.json,
// data/glossary.json (optional) and the widgets' data files; widgetFS
// holds each registered widget's folder (<dir>/i18n/<lang>.yaml). Every
// problem is returned, joined and sorted by file and line. The stories
// come with the glossary page of each language when there is a glossary.
func LoadWith(fsys, widgetFS fs.FS) (*Site, error) {
	var errs errorList
	site := &Site{Data: map[string]any{}, Files: map[string]widget.Files{}}
	site.Strings = loadStrings(fsys, widgetFS, &errs)

	srcFile := path.Join(root, "data", "sources.json")
	if raw, err := fs.ReadFile(fsys, "data/sources.json"); err != nil {
		errs.add(srcFile, 0, "%v", unwrapPath(err))
		site.Sources = map[string]doc.Source{}
	} else {
		site.Sources = parseSources(srcFile, raw, &errs)
	}
	lib := newLibrary(site.Sources, site.Strings)
	lib.sourced = true
	glossaryPath := path.Join(root, glossaryFile)
	raw, err := fs.ReadFile(fsys, glossaryFile)
	hasGlossary := err == nil
	switch {
	case err == nil:
		lib.glossary = parseGlossary(glossaryPath, raw, site.Sources, &errs)
	case !errors.Is(err, fs.ErrNotExist):
		errs.add(glossaryPath, 0, "%v", unwrapPath(err))
	}

	loadData(fsys, site, &errs)
	lib.widgetSources = widgetSources(site)
	site.Timeline = loadTimeline(fsys, &errs)
	if site.Timeline != nil {
		lib.events = site.Timeline.Events
	}

	type seenAt struct {
		file string
		line int
	}
	var stories []*story
	for _, l := range lang.List {
		code := l.Code
		names, _ := fs.Glob(fsys, code+"/*.md")
		slugs := map[string]seenAt{}
		keys := map[string]seenAt{}
		for _, name := range names {
			file := path.Join(root, name)
			src, err := fs.ReadFile(fsys, name)
			if err != nil {
				errs.add(file, 0, "%v", unwrapPath(err))
				continue
			}
			s := compileStory(file, src, lib)
			errs = append(errs, *s.errs...)
			if s.h == nil {
				continue
			}
			stories = append(stories, s)
			h := s.h
			m := h.meta
			if m.Lang != code {
				errs.add(file, h.line("lang"), "lang %q does not match the folder %s/", m.Lang, code)
			}
			if m.Slug == lib.words(code).site.GlossarySlug {
				errs.add(file, h.line("slug"), "slug %q is the glossary page's", m.Slug)
			}
			if m.TranslationKey == glossaryKind {
				errs.add(file, h.line("translation_key"), "translation_key %q is the glossary page's", m.TranslationKey)
			}
			if m.Slug != "" {
				if at, dup := slugs[m.Slug]; dup {
					errs.add(file, h.line("slug"), "duplicate slug %q (also %s:%d)", m.Slug, at.file, at.line)
				} else {
					slugs[m.Slug] = seenAt{file, h.line("slug")}
				}
			}
			if m.TranslationKey != "" {
				if at, dup := keys[m.TranslationKey]; dup {
					errs.add(file, h.line("translation_key"), "duplicate translation_key %q (also %s:%d)", m.TranslationKey, at.file, at.line)
				} else {
					keys[m.TranslationKey] = seenAt{file, h.line("translation_key")}
				}
			}
			if s.doc != nil {
				site.Stories = append(site.Stories, s.doc)
			}
		}
	}
	checkTwins(stories, &errs)

	var pages []*doc.Document
	if hasGlossary {
		published := ""
		for _, d := range site.Stories {
			published = max(published, d.Meta.Published)
		}
		if published == "" {
			published = glossaryDate
		}
		pages = glossaryDocs(lib, published)
		site.Stories = append(site.Stories, pages...)
	}
	checkInternalLinks(stories, lib.glossary, pages, &errs)
	if !hasGlossary {
		for _, s := range stories {
			if s.usesTerms {
				errs.add(glossaryPath, 0, "file does not exist, but stories link glossary terms")
				break
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

// checkInternalLinks reports links inside the site that name no page (of
// the route table, ui.Pages), and anchors that name no place on a story or
// glossary page. A link may carry a query (a widget's state): only the
// path and the anchor are checked.
func checkInternalLinks(stories []*story, glossary map[string]*glossaryEntry, glossaryPages []*doc.Document, errs *errorList) {
	ix := &ui.Index{Widgets: widgets.Names(), Docs: glossaryPages}
	// anchors maps a story's path to its anchors; nil when they are not
	// known (the story has errors).
	anchors := map[string]map[string]bool{}
	for _, s := range stories {
		if m := s.h.meta; m.Slug != "" && lang.Valid(m.Lang) {
			ix.Docs = append(ix.Docs, &doc.Document{Meta: m})
			if s.doc != nil {
				anchors[m.Path()] = s.anchors
			}
		}
	}
	ids := map[string]bool{}
	for id := range glossary {
		ids[id] = true
	}
	for _, d := range glossaryPages {
		anchors[d.Meta.Path()] = ids
	}
	pages := map[string]bool{}
	for _, p := range ui.Pages(ix) {
		pages[p.Path] = p.Status == http.StatusOK
	}
	for _, s := range stories {
		for _, l := range s.internal {
			p, frag, _ := strings.Cut(l.Dest, "#")
			p, _, _ = strings.Cut(p, "?")
			a := anchors[p]
			switch {
			case !pages[p]:
				errs.add(s.file, l.Line, "broken internal link %s", l.Dest)
			case frag != "" && a != nil && !a[frag]:
				errs.add(s.file, l.Line, "broken anchor %s", l.Dest)
			}
		}
	}
}

// loadData decodes each widget's data files and checks that every source
// they cite exists: a figure without a source is a build error.
func loadData(fsys fs.FS, site *Site, errs *errorList) {
	for _, name := range widgets.Names() {
		spec, _ := widgets.Lookup(name)
		if len(spec.Files) == 0 {
			continue
		}
		files := widget.Files{}
		for _, f := range spec.Files {
			file := path.Join(root, "data", f)
			raw, err := fs.ReadFile(fsys, path.Join("data", f))
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
			// Polish texts get their no-break spaces here, once, so
			// every widget shows them and none needs the rule (glue).
			glued, err := glueJSON(raw, nobreak{})
			if err != nil {
				errs.add(file, 0, "%v", err)
				continue
			}
			files[f] = glued
		}
		if len(files) < len(spec.Files) {
			continue
		}
		file := path.Join(root, "data", spec.Files[0])
		if spec.Decode == nil {
			errs.add(file, 0, "widget %s has data files but no Decode", name)
			continue
		}
		if spec.Table == nil {
			errs.add(file, 0, "widget %s has data files but no Table (its CSV download)", name)
		}
		data, err := spec.Decode(files)
		if err == nil && spec.Validate != nil {
			err = spec.Validate(data)
		}
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
		site.Files[name] = files
	}
}

// widgetSources are the sources each widget's data cites, each once, in
// SourceIDs order.
func widgetSources(site *Site) map[string][]string {
	out := map[string][]string{}
	for name, data := range site.Data {
		if spec, ok := widgets.Lookup(name); ok && spec.Cites != nil {
			out[name] = widget.SourceIDs(spec.Cites(data))
		}
	}
	return out
}

// unwrapPath drops fs.PathError's op and path: the error already names
// the file as authors know it.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
