package compile

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
)

// Every story is told in every language: it has exactly one twin in each
// other language, with the same translation_key, and twins
// show the same widgets, in the same order, in the same starting state,
// resting on the same sources. The language switch lands on the twin, and
// a reader switching language must find the same story.

// checkTwins reports stories without a twin, and twins whose widgets or
// cited sources differ. Twins are compared only when both compiled: a
// story with errors would add noise, not news.
func checkTwins(stories []*story, errs *errorList) {
	byKey := map[string]map[string]*story{}
	for _, l := range lang.List {
		byKey[l.Code] = map[string]*story{}
	}
	for _, s := range stories {
		if s.h == nil || s.h.meta.TranslationKey == "" || byKey[s.h.meta.Lang] == nil {
			continue
		}
		if _, dup := byKey[s.h.meta.Lang][s.h.meta.TranslationKey]; !dup {
			byKey[s.h.meta.Lang][s.h.meta.TranslationKey] = s
		}
	}
	for _, l := range lang.List {
		for _, key := range slices.Sorted(maps.Keys(byKey[l.Code])) {
			s := byKey[l.Code][key]
			for _, other := range lang.Others(l.Code) {
				twin, ok := byKey[other.Code][key]
				switch {
				case !ok:
					errs.add(s.file, 1, "no %s twin for translation_key %q", other.Code, key)
				case l.IsDefault() && s.doc != nil && twin.doc != nil:
					compareWidgets(s, twin, errs)
					compareWidgets(twin, s, errs)
					compareSources(s, twin, errs)
					compareSources(twin, s, errs)
				}
			}
		}
	}
}

// twinName is "the pl twin content/pl/x.md".
func twinName(t *story) string {
	return "the " + t.h.meta.Lang + " twin " + t.file
}

// compareWidgets reports, in s, the first widget that differs from its
// twin's: one report per pair of files, where the author starts fixing.
func compareWidgets(s, twin *story, errs *errorList) {
	ws, wt := s.doc.Widgets(), twin.doc.Widgets()
	for i := range max(len(ws), len(wt)) {
		if i < len(ws) && i < len(wt) && ws[i].Widget == wt[i].Widget && maps.Equal(ws[i].Params, wt[i].Params) {
			continue
		}
		here, line := "none", 1
		if i < len(ws) {
			here, line = describeWidget(ws[i]), ws[i].Line
		} else if len(ws) > 0 {
			line = ws[len(ws)-1].Line
		}
		there, at := "none", twin.file
		if i < len(wt) {
			there, at = describeWidget(wt[i]), fmt.Sprintf("%s:%d", twin.file, wt[i].Line)
		}
		errs.add(s.file, line, "widget %d differs from the %s twin (%s): %s here, %s there",
			i+1, twin.h.meta.Lang, at, here, there)
		return
	}
}

// describeWidget is a widget as its directive reads, quoted, parameters
// sorted.
func describeWidget(b doc.Block) string {
	parts := []string{b.Widget}
	for _, k := range slices.Sorted(maps.Keys(b.Params)) {
		parts = append(parts, k+"="+b.Params[k])
	}
	return `"` + strings.Join(parts, " ") + `"`
}

// compareSources reports each source s cites and its twin does not, at its
// first citation; then, section by section (an h2's id is the same in
// both languages), each source a section cites and the twin's same
// section does not: a claim and its source stay together in every
// language.
func compareSources(s, twin *story, errs *errorList) {
	has := map[string]bool{}
	for _, c := range twin.proseCited {
		has[c.ID] = true
	}
	for _, c := range s.proseCited {
		if !has[c.ID] {
			errs.add(s.file, c.Line, "cites %s, which %s does not", c.ID, twinName(twin))
		}
	}
	for _, section := range slices.Sorted(maps.Keys(s.bySection)) {
		there, ok := twin.bySection[section]
		if !ok {
			continue // a section the twin lacks: the headings check's to report
		}
		inTwin := map[string]bool{}
		for _, c := range there {
			inTwin[c.ID] = true
		}
		reported := map[string]bool{}
		for _, c := range s.bySection[section] {
			if has[c.ID] && !inTwin[c.ID] && !reported[c.ID] {
				reported[c.ID] = true
				errs.add(s.file, c.Line, "cites %s in section #%s, where %s does not", c.ID, sectionName(section), twinName(twin))
			}
		}
	}
}

// sectionName is a section's id, or "top" for the text before the first
// section.
func sectionName(id string) string {
	if id == "" {
		return "top"
	}
	return id
}
