package compile

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"time"

	"github.com/computeatlas/atlas/app/doc"
)

// Every story ends with its end matter, which the author does not write:
// the corrections (from the front matter) and the numbered list of the
// sources it cites, with the one explanation of the confidence markers.
// It is one more prose block after the last, so the page needs nothing
// new to show it; its ids (#corrections, #sources, #about-markers,
// #src-S22) are what citations and markers link to, and no heading may
// take them.

// endMatter returns the end matter block, with id.
func endMatter(id string, m doc.Meta, sources []cited, w *words) doc.Block {
	var b bytes.Buffer
	bw := bufio.NewWriter(&b)
	_, _ = bw.WriteString(`<div class="prose" data-block="` + id + `">` + "\n")

	_, _ = bw.WriteString(`<section class="corrections" id="corrections"><h2>`)
	writeEscaped(bw, w.CorrectionsHeading)
	_, _ = bw.WriteString(`</h2>`)
	if len(m.Corrections) == 0 {
		_, _ = bw.WriteString(`<p>`)
		writeEscaped(bw, w.NoCorrections)
		_, _ = bw.WriteString(`</p>`)
	} else {
		_, _ = bw.WriteString(`<ul>`)
		for _, c := range m.Corrections {
			_, _ = bw.WriteString(`<li><time datetime="`)
			writeEscaped(bw, c.Date)
			_, _ = bw.WriteString(`">`)
			writeEscaped(bw, w.longDate(c.Date))
			_, _ = bw.WriteString(`</time> `)
			writeEscaped(bw, c.Text)
			_, _ = bw.WriteString(`</li>`)
		}
		_, _ = bw.WriteString(`</ul>`)
	}
	_, _ = bw.WriteString("</section>\n")

	_, _ = bw.WriteString(`<section class="sources" id="sources"><h2>`)
	writeEscaped(bw, w.SourcesHeading)
	_, _ = bw.WriteString(`</h2><p class="about-markers" id="about-markers">`)
	writeEscaped(bw, w.AboutMarks)
	_, _ = bw.WriteString(`</p>`)
	if len(sources) == 0 {
		_, _ = bw.WriteString(`<p>`)
		writeEscaped(bw, w.NoSources)
		_, _ = bw.WriteString(`</p>`)
	} else {
		_, _ = bw.WriteString(`<ol>`)
		for _, c := range sources {
			s := c.Source
			_, _ = bw.WriteString(`<li id="src-`)
			writeEscaped(bw, s.ID)
			_, _ = bw.WriteString(`"><cite>`)
			writeEscaped(bw, s.Title)
			_, _ = bw.WriteString(`</cite>, `)
			writeEscaped(bw, s.Publisher)
			if s.Date != "" {
				_, _ = bw.WriteString(`, `)
				writeEscaped(bw, s.Date)
			}
			_, _ = bw.WriteString(`. `)
			writeSourceLink(bw, &s, w)
			_, _ = bw.WriteString(`</li>`)
		}
		_, _ = bw.WriteString(`</ol>`)
	}
	_, _ = bw.WriteString("</section>\n")
	writeCite(bw, m, w)
	_, _ = bw.WriteString("</div>")
	_ = bw.Flush()
	return doc.Block{ID: id, HTML: b.String()}
}

// writeCite writes the "Cite this" box: the story in APA, MLA and BibTeX,
// with the publication as author. What depends on the reader is left for
// web/boot.js to write in when the box opens: the date of access (the
// page never depends on the day it was made) and the page's full address
// (the build does not know the site's; the page shows its path until
// then).
func writeCite(bw *bufio.Writer, m doc.Meta, w *words) {
	c := w.Cite
	l := w.lang
	publisher := w.site.Name
	path := m.Path()
	var b strings.Builder
	esc := func(s string) { b.WriteString(string(escapeHTML(s))) }
	url := func() {
		b.WriteString(`<span class="cite-url" data-path="` + string(escapeHTML(path)) + `">` + string(escapeHTML(path)) + `</span>`)
	}
	access := func() { b.WriteString(`<span class="access-date">` + string(escapeHTML(c.AccessDate)) + `</span>`) }
	year, monthDay := m.Published, m.Published
	if t, err := time.Parse(time.DateOnly, m.Published); err == nil {
		year = strconv.Itoa(t.Year())
		if l.IsDefault() {
			monthDay = l.Months[t.Month()-1] + " " + strconv.Itoa(t.Day())
		} else {
			monthDay = strconv.Itoa(t.Day()) + " " + l.Months[t.Month()-1]
		}
	}
	b.WriteString(`<details class="cite-box"><summary>`)
	esc(c.Title)
	b.WriteString(`</summary><p class="cite-style">APA</p><p class="cite-text">`)
	esc(publisher + ". (" + year + ", " + monthDay + "). ")
	b.WriteString(`<i>`)
	esc(m.Title)
	b.WriteString(`</i>. `)
	esc(c.Retrieved + " ")
	access()
	esc(", " + c.From + " ")
	url()
	b.WriteString(`</p><p class="cite-style">MLA</p><p class="cite-text">`)
	esc(l.Quotes[0] + m.Title + "." + l.Quotes[1] + " ")
	b.WriteString(`<i>`)
	esc(publisher)
	b.WriteString(`</i>, `)
	esc(l.Date(m.Published) + ", ")
	url()
	esc(". " + c.Accessed + " ")
	access()
	b.WriteString(`.</p><p class="cite-style">BibTeX</p><pre class="cite-text">`)
	esc("@online{" + strings.ToLower(strings.ReplaceAll(publisher, " ", "")) + "-" + m.Slug + ",\n  author  = {{" + publisher +
		"}},\n  title   = {" + m.Title + "},\n  date    = {" + m.Published + "},\n  url     = {")
	url()
	esc("},\n  urldate = {")
	b.WriteString(`<span class="access-date-iso">` + string(escapeHTML(c.AccessDate)) + `</span>`)
	esc("}\n}")
	b.WriteString("</pre></details>\n")
	_, _ = bw.WriteString(b.String())
}
