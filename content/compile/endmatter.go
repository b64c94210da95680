package compile

import (
	"bufio"
	"bytes"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/widget"
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
	return doc.Block{ID: id, HTML: glue(b.String(), nobreakOf(lang.Or(m.Lang)))}
}

// writeCite writes the "Cite this" box: the story in APA, MLA and BibTeX
// (widget.CiteHTML, which also cites a widget's view), with the
// publication as author. The build does not know the site's address: the
// page shows the story's path until web/boot.js writes the full address
// in, with the reader's date of access, when the box opens.
func writeCite(bw *bufio.Writer, m doc.Meta, w *words) {
	c := w.site.Widget.Cite
	_, _ = bw.WriteString(`<details class="cite-box"><summary>`)
	writeEscaped(bw, c.Story)
	_, _ = bw.WriteString(`</summary>`)
	_, _ = bw.WriteString(widget.CiteHTML(widget.Citation{
		Publisher: w.site.Name, Title: m.Title, Date: m.Published, Key: m.Slug, Path: m.Path(),
	}, c, w.lang))
	_, _ = bw.WriteString("</details>\n")
}
