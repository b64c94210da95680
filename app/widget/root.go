package widget

import (
	"net/url"
	"path"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Root is a widget's root element, with what every widget keeps by
// contract: the block id (anchor and URL prefix), data-widget, data-state
// (the full state, defaults included, keys sorted), the title, and the
// polite note naming any ignored value; and, last, its Embed control.
func Root(in Input, name string, state url.Values, problems []Problem, title string, body ...app.UI) app.HTMLSection {
	return app.Section().
		ID(in.ID).
		Class("widget", name).
		DataSet("widget", name).
		DataSet("state", DataState(state)).
		Aria("labelledby", in.ID+"-title").
		Body(append(append([]app.UI{
			Heading(in, title),
			app.P().Class("widget-note").Attr("role", "status").Text(Ignored(in.Chrome.Ignored, append(in.Problems[:len(in.Problems):len(in.Problems)], problems...))),
		}, body...), download(in), share(in, name, state, title))...)
}

// download is the link to the widget's data as CSV, if it has data.
func download(in Input) app.UI {
	if in.DataURL == "" {
		return nil
	}
	return app.P().Class("widget-download").Body(
		app.A().Href(in.DataURL).Attr("download", path.Base(in.DataURL)).Text(in.Chrome.Download),
	)
}
