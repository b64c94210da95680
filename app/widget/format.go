package widget

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// When returns class if on, else "": for classes that carry a state.
func When(on bool, class string) string {
	if on {
		return class
	}
	return ""
}

// Percent formats a fraction as a CSS percentage ("13.33%").
func Percent(f float64) string { return fmt.Sprintf("%.2f%%", 100*f) }

// SourceLabel names a source as the site lists it: "S22 Alston & Bird".
func SourceLabel(id string, src doc.Source) string {
	if src.Publisher == "" {
		return id
	}
	return id + " " + src.Publisher
}

// SourceLink links a source by its id and publisher.
func SourceLink(id string, src doc.Source) app.UI {
	// A new tab: inside an iframe (an LMS that strips scripts, or before
	// the wasm), a source must not replace the embed.
	return app.A().Href(src.URL).Target("_blank").Attr("rel", "noopener").Text(SourceLabel(id, src))
}

// SourceList is a widget's source line: label, then each source as a
// link, then any more items. A flex list: go-app indents the server's
// HTML, and whitespace between inline elements would differ from the
// browser's DOM (a visible shift at takeover); flex items ignore it.
func SourceList(label string, ids []string, sources map[string]doc.Source, more ...app.UI) app.UI {
	items := []app.UI{app.Li().Text(label + ":")}
	for _, id := range ids {
		items = append(items, app.Li().Body(SourceLink(id, sources[id])))
	}
	return app.Ul().Class("widget-sources").Body(append(items, more...)...)
}

// SourcesHTML is a compact source line as an HTML string, for the parts
// a widget builds with app.Raw: the label, each source linked (in a new
// tab, as SourceLink), then what the confidence code means, in words.
func SourcesHTML(class, label string, ids []string, sources map[string]doc.Source, confidence string) string {
	var b strings.Builder
	b.WriteString(`<p class="` + Escape(class) + `">` + Escape(label) + `: `)
	for i, id := range ids {
		if i > 0 {
			b.WriteString(", ")
		}
		src := sources[id]
		b.WriteString(`<a href="` + Escape(src.URL) + `" target="_blank" rel="noopener">` + Escape(SourceLabel(id, src)) + `</a>`)
	}
	b.WriteString(` · ` + Escape(confidence) + `</p>`)
	return b.String()
}

// SourceIDs are ids once each, in the order of their numbers (S2 before
// S10), as source lines list them.
func SourceIDs(ids []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	number := func(id string) int {
		n, _ := strconv.Atoi(strings.TrimPrefix(id, "S"))
		return n
	}
	sort.SliceStable(out, func(i, j int) bool { return number(out[i]) < number(out[j]) })
	return out
}
