package widget

import (
	"fmt"
	"slices"
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

// SourceLabel names a source as a page lists it: its number there and
// its publisher, "[7] Alston & Bird"; without a number (a picture file,
// which stands alone), the publisher.
func SourceLabel(n int, src doc.Source) string {
	name := src.Publisher
	if name == "" {
		name = src.Title
	}
	if n == 0 {
		return name
	}
	return "[" + strconv.Itoa(n) + "] " + name
}

// Cited is sources ids as a table cell gives them: their numbers on the
// page, in order, "[5, 7]" (a source the page does not number, which the
// build prevents, by its publisher).
func (in Input) Cited(ids []string) string {
	var nums []int
	var names []string
	for _, id := range ids {
		if n := in.Numbers[id]; n > 0 {
			if !slices.Contains(nums, n) {
				nums = append(nums, n)
			}
		} else {
			names = append(names, SourceLabel(0, in.Sources[id]))
		}
	}
	slices.Sort(nums)
	parts := make([]string, len(nums))
	for i, n := range nums {
		parts[i] = strconv.Itoa(n)
	}
	out := ""
	if len(parts) > 0 {
		out = "[" + strings.Join(parts, ", ") + "]"
	}
	for _, name := range names {
		if out != "" {
			out += ", "
		}
		out += name
	}
	return out
}

// SourceHref is the link to source id's entry in the page's source list.
func SourceHref(id string) string { return "#src-" + id }

// SourceLink links a source to its entry in the page's list, by number
// and publisher; the entry holds its title, date and address.
func (in Input) SourceLink(id string) app.UI {
	return app.A().Href(SourceHref(id)).Text(SourceLabel(in.Numbers[id], in.Sources[id]))
}

// SourceList is a widget's source line: label, then each source as a
// link, then any more items. A flex list: go-app indents the server's
// HTML, and whitespace between inline elements would differ from the
// browser's DOM (a visible shift at takeover); flex items ignore it.
func (in Input) SourceList(label string, ids []string, more ...app.UI) app.UI {
	items := []app.UI{app.Li().Text(label + ":")}
	for _, id := range ids {
		items = append(items, app.Li().Body(in.SourceLink(id)))
	}
	return app.Ul().Class("widget-sources").Body(append(items, more...)...)
}

// SourcesHTML is a compact source line as an HTML string, for the parts
// a widget builds with app.Raw: the label, each source linked to its
// entry (as SourceLink), then what the confidence code means, in words.
func (in Input) SourcesHTML(class, label string, ids []string, confidence string) string {
	var b strings.Builder
	b.WriteString(`<p class="` + Escape(class) + `">` + Escape(label) + `: `)
	for i, id := range ids {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`<a href="` + Escape(SourceHref(id)) + `">` + Escape(SourceLabel(in.Numbers[id], in.Sources[id])) + `</a>`)
	}
	b.WriteString(` · ` + Escape(confidence) + `</p>`)
	return b.String()
}

// SourceIDs are ids once each, in the order of their numbers (S2 before
// S10, S41 before S41-B200, a further page of the same sheet id), as
// source lines list them. The order depends on the ids alone, never on
// the order they came in (which may be a map's).
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
		digits := strings.TrimPrefix(id, "S")
		if end := strings.IndexFunc(digits, func(r rune) bool { return r < '0' || r > '9' }); end >= 0 {
			digits = digits[:end]
		}
		n, _ := strconv.Atoi(digits)
		return n
	}
	sort.Slice(out, func(i, j int) bool {
		if a, b := number(out[i]), number(out[j]); a != b {
			return a < b
		}
		return out[i] < out[j]
	})
	return out
}
