package compile

import (
	"bytes"
	"slices"
	"strings"

	"github.com/computeatlas/atlas/app/widgets"
	"github.com/yuin/goldmark/ast"
)

// Dated sections (docs/architecture.md, "The explainer form"): an h2 may
// carry the date its section is about,
//
//	## Three tiers for the whole world {#diffusion-rule date="2025-01-13"}
//
// and while a reader is in that section the page's shared date follows it
// (a pinned map moves to that date), or, for readers without motion or
// script, the section shows a still picture of the pinned widget at that
// date. The dates are data, so the compiler checks them: each names an
// event of the timeline (the only dates a dated widget can show), they
// never go back, and the dated sections are consecutive (one stretch
// that the pinned widget accompanies).

// dateAttr is the heading attribute an author writes; dataDateAttr is what
// the page carries (a data attribute, which goldmark renders and the
// scroll observer in web/boot.js reads).
const (
	dateAttr     = "date"
	dataDateAttr = "data-date"
)

// keyPointsClass marks the "in short" section, after which the compiler
// puts the story's contents.
const keyPointsClass = "key-points"

// contentsID is the id of the contents the compiler writes.
const contentsID = "contents"

// section is one h2 of a story, as its contents list it.
type section struct {
	id, title, date string
	node            *ast.Heading
}

// checkSections reads every h2's id, title and date, checks the dates
// (an event date, never earlier than the previous one, dated sections
// consecutive, only on h2) and turns each date attribute into data-date.
// It records the sections and the pinned widget (the last dated widget
// that can draw still pictures before the first dated section).
func (s *story) checkSections(root ast.Node) {
	events := s.lib.events
	lastDate := "" // the date of the last dated section so far
	ended := false // a dated stretch was followed by an undated h2
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok {
			continue
		}
		raw, has := h.AttributeString(dateAttr)
		if has {
			keep := attributesWithout(n, dateAttr)
			h.RemoveAttributes()
			for _, a := range keep {
				h.SetAttribute(a.Name, a.Value)
			}
		}
		if h.Level != 2 {
			if has {
				s.errs.add(s.file, s.nodeLine(h), "only a section (##) can carry a date")
			}
			continue
		}
		sec := section{title: strings.Join(strings.Fields(plainText(h, s.h.body)), " "), node: h}
		if id, ok := h.AttributeString("id"); ok {
			if b, ok := id.([]byte); ok {
				sec.id = string(b)
			}
		}
		if has {
			date, ok := raw.([]byte)
			switch {
			case !ok:
				s.errs.add(s.file, s.nodeLine(h), `a section date is written in quotes: date="YYYY-MM-DD"`)
			case events != nil && !slices.Contains(events, string(date)):
				s.errs.add(s.file, s.nodeLine(h), "section date %q is not an event of the timeline (content/data/timeline.json)", date)
			case ended:
				s.errs.add(s.file, s.nodeLine(h), "dated sections must follow each other: an undated section comes between this one and the dated ones before it")
			case string(date) < lastDate:
				s.errs.add(s.file, s.nodeLine(h), "section date %s is earlier than the section before it (%s)", date, lastDate)
			default:
				sec.date = string(date)
				h.SetAttribute([]byte(dataDateAttr), date)
			}
			if s.firstDated == nil {
				s.firstDated = h
			}
		} else if lastDate != "" {
			ended = true
		}
		s.sections = append(s.sections, sec)
		if sec.date != "" {
			lastDate = sec.date
		}
	}
	if s.firstDated == nil {
		return
	}
	for n := root.FirstChild(); n != nil && n != ast.Node(s.firstDated); n = n.NextSibling() {
		if w, ok := n.(*widgetNode); ok {
			if spec, ok := widgets.Lookup(w.Name); ok && spec.Dated && spec.Still != nil {
				s.pinned = w
			}
		}
	}
	if s.pinned == nil {
		s.errs.add(s.file, s.nodeLine(s.firstDated), "a dated section needs a widget before it that follows the date and draws still pictures (diffusion-map): the page pins it beside the dated sections")
	}
}

// attributesWithout are n's attributes except name.
func attributesWithout(n ast.Node, name string) []ast.Attribute {
	var out []ast.Attribute
	for _, a := range n.Attributes() {
		if string(a.Name) != name {
			out = append(out, a)
		}
	}
	return out
}

// isDated reports whether n is a dated section heading.
func isDated(n ast.Node) bool {
	h, ok := n.(*ast.Heading)
	if !ok || h.Level != 2 {
		return false
	}
	_, ok = h.AttributeString(dataDateAttr)
	return ok
}

// isKeyPoints reports whether n is the "in short" heading.
func isKeyPoints(n ast.Node) bool {
	h, ok := n.(*ast.Heading)
	if !ok || h.Level != 2 {
		return false
	}
	c, ok := h.AttributeString("class")
	b, isBytes := c.([]byte)
	return ok && isBytes && slices.Contains(strings.Fields(string(b)), keyPointsClass)
}

// writeContents writes the story's contents: every section after the key
// points, linked by its id, with the date of a dated one.
func (s *story) writeContents(buf *bytes.Buffer) {
	w := s.lib.words(s.h.meta.Lang)
	buf.WriteString(`<nav class="toc" aria-labelledby="` + contentsID + `"><h2 id="` + contentsID + `">`)
	buf.Write(escapeHTML(w.Contents))
	buf.WriteString(` <a class="heading-link" href="#` + contentsID + `" aria-label="`)
	buf.Write(escapeHTML(w.SectionLink))
	buf.WriteString(`">#</a></h2><ol>`)
	after := false
	for _, sec := range s.sections {
		if isKeyPoints(sec.node) {
			after = true
			continue
		}
		if !after || sec.id == "" {
			continue
		}
		buf.WriteString(`<li><a href="#`)
		buf.Write(escapeHTML(sec.id))
		buf.WriteString(`">`)
		buf.Write(escapeHTML(sec.title))
		buf.WriteString(`</a>`)
		if sec.date != "" {
			buf.WriteString(` <span class="toc-date">`)
			buf.Write(escapeHTML(w.longDate(sec.date)))
			buf.WriteString(`</span>`)
		}
		buf.WriteString(`</li>`)
	}
	buf.WriteString("</ol></nav>\n")
}
