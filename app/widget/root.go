package widget

import (
	"net/url"
	"path"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Root is a widget's root element, with what every widget keeps by
// contract: the block id (anchor and URL prefix), data-widget, data-state
// (the full state, defaults included, keys sorted), the title, and the
// polite note naming any ignored value; and, last, its Embed control.
func Root(in Input, name string, state url.Values, problems []Problem, title string, body ...app.UI) app.HTMLSection {
	return DatedRoot(in, name, state, state, problems, title, body...)
}

// DatedRoot is Root for a widget that follows the page's date: state is
// what its address says (data-state, as its links write it: the date
// only when the address names one), pinned the same with the date it
// shows, which its "As of" line, its picture files and its embed code
// carry, so an embed made today keeps its meaning later.
func DatedRoot(in Input, name string, state, pinned url.Values, problems []Problem, title string, body ...app.UI) app.HTMLSection {
	return app.Section().
		ID(in.ID).
		Class("widget", name).
		DataSet("widget", name).
		DataSet("state", DataState(state)).
		Aria("labelledby", in.ID+"-title").
		Body(append(append([]app.UI{
			Heading(in, title),
			app.P().Class("widget-note").Attr("role", "status").Text(Ignored(in.Chrome.Ignored, append(in.Problems[:len(in.Problems):len(in.Problems)], problems...))),
			asOf(in, pinned),
		}, body...), sourceEntries(in), download(in, pinned), share(in, name, pinned, title))...)
}

// download links the widget's data as CSV and its picture of the state
// on screen as SVG and PNG, where it has them. Plain links: they work
// without JavaScript, and follow each state change. A flex list, as the
// source lines (whitespace between inline links would differ between the
// server's indented HTML and the browser's DOM), written as an HTML
// string as share.go's fields are (app.wasm's size).
func download(in Input, state url.Values) app.UI {
	if in.DataURL == "" && in.PictureURL == "" {
		return nil
	}
	w := in.Chrome.Download
	html := `<ul class="widget-download"><li>` + Escape(w.Label) + `</li>`
	// The download attribute names the file; the server's
	// Content-Disposition adds the state to a picture's name.
	link := func(href, file, text string) {
		html += `<li><a href="` + Escape(href) + `" download="` + Escape(file) + `">` + Escape(text) + `</a></li>`
	}
	if in.DataURL != "" {
		link(in.DataURL, path.Base(in.DataURL), w.CSV)
	}
	if in.PictureURL != "" {
		query := "?" + EmbedQuery(state, in.Language()).Encode()
		file := path.Base(in.PictureURL)
		link(in.PictureURL+".svg"+query, file+".svg", w.SVG)
		link(in.PictureURL+".png"+query, file+".png", w.PNG)
	}
	return app.Raw(html + `</ul>`)
}

// asOf says which date a dated widget shows (its state's date): the
// facts' as-of date ("As of early July 2026") when that is the page's
// own default, so a picture embedded in 2026 keeps its meaning later.
func asOf(in Input, state url.Values) app.UI {
	t := AsOfText(in, state.Get(DateKey))
	if t == "" {
		return nil
	}
	return app.P().Class("widget-asof").Text(t)
}

// AsOfText is "As of <date>" for a dated widget showing date ("As of
// early July 2026" when that is the page's default), or "".
func AsOfText(in Input, date string) string {
	if in.Dates.AsOf == "" || date == "" {
		return ""
	}
	when := in.Language().Date(date)
	if page, explicit, _ := in.Date(); !explicit && date == page {
		when = in.Dates.AsOfTxt
	}
	return strings.Replace(in.Chrome.AsOf, "%s", when, 1)
}
