package ui

import (
	"net/url"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// page is the root component of every route. It has no exported fields,
// so when go-app navigates to the same path with another query it keeps
// this instance and its DOM, and OnNav applies the new widget state in
// place.
type page struct {
	app.Compo

	payload *Payload
	query   url.Values
	path    string
	server  bool
	view    viewState
	// mirror is the browser's copy of the prerendered page (mirror.go).
	mirror *mirror
	// fallback is the server's HTML, kept when the page data cannot be
	// read: the page then stays as the server made it, static.
	fallback string
	// scrollDate is the date of the dated section the reader is in, while
	// the page pins a widget beside them (web/boot.js reports it): dated
	// widgets show it as if the address named it, but the address and
	// the history stay as they are. A reader's own choice clears it.
	scrollDate string
}

// NewServerPage is the page the server renders for payload at u.
func NewServerPage(payload *Payload, u *url.URL) (app.UI, error) {
	if err := payload.decode(); err != nil {
		return nil, err
	}
	return &page{payload: payload, query: WithoutHostParams(u.Query()), path: u.Path, server: true}, nil
}

// NewClientPage is the route factory of the wasm: the page reads its
// Payload back from the prerendered HTML in OnInit.
func NewClientPage() app.Composer { return &page{} }

// OnInit runs in the browser while the prerendered DOM is still in the
// document (go-app builds the new tree off-document and swaps it in), so
// the first render can match the server's exactly.
func (p *page) OnInit() {
	if p.server || !app.IsClient {
		return
	}
	p.view = saveView()
	payload, m, err := readPage()
	if err != nil {
		app.Log("atlas: keeping the server's page:", err)
		p.fallback = prerendered()
	}
	p.payload, p.mirror = payload, m
	p.setURL(app.Window().URL())
}

// OnMount restores what the swap lost and tells tests and readers' tools
// that the page is live.
func (p *page) OnMount(ctx app.Context) {
	p.view.restore()
	followScroll(ctx, func(date string) { p.scrollDate = date })
	ctx.Defer(func(app.Context) {
		p.view.restore()
		markReady()
	})
}

// OnNav applies a new URL's state in place: one history entry per change.
func (p *page) OnNav(ctx app.Context) {
	p.setURL(ctx.Page().URL())
	p.scrollDate = ""
}

// setURL reads the page's address in the browser as the server reads it
// (internal/server, Server.page): a query that holds no ignored value is
// reduced to the part that makes the page (Canonical), so unknown keys
// are not echoed into state links; one that does is kept, so the widget
// can name what it ignored.
func (p *page) setURL(u *url.URL) {
	p.path = u.Path
	p.query = WithoutHostParams(u.Query())
	if p.payload != nil {
		if canon, ok := Canonical(p.payload, u.Query()); ok {
			p.query = canon
		}
	}
}

func (p *page) Render() app.UI {
	if p.fallback != "" {
		return app.Raw(p.fallback)
	}
	if p.payload == nil {
		return app.Div().ID("atlas")
	}
	return p.body()
}

// words are the site's strings in the page's language.
func (p *page) words() *Words {
	if p.payload.words == nil {
		return &Words{}
	}
	return p.payload.words
}

// widgetInput is the Input for one widget block on this page.
func (p *page) widgetInput(b doc.Block, prefixed bool) widget.Input {
	spec, _ := widgets.Lookup(b.Widget)
	dataURL := ""
	if len(spec.Files) > 0 {
		dataURL = "/data/" + spec.Name + ".csv" // widget.DataPath, written out (see share.go)
	}
	pictureURL := ""
	if spec.Drawn {
		pictureURL = "/picture/" + spec.Name
	}
	query := p.query
	if spec.Dated && p.scrollDate != "" {
		query = withValue(p.query, widget.DateKey, p.scrollDate)
	}
	return widget.Input{
		EmbedHeight: spec.EmbedHeight,
		DataURL:     dataURL,
		PictureURL:  pictureURL,
		ID:          b.ID,
		Lang:        p.payload.Lang,
		Params:      b.Params,
		Query:       query,
		Prefixed:    prefixed,
		Path:        p.path,
		Server:      p.server,
		Data:        p.payload.decoded[b.Widget],
		Words:       p.payload.widgetWords[b.Widget],
		Chrome:      p.words().Widget,
		Sources:     p.payload.Sources,
		Numbers:     p.payload.sourceNumbers(),
		Caption:     b.Caption,
		Origin:      p.payload.Origin,
		Site:        p.words().Name,
		Dates:       p.datesFor(spec),
		Published:   p.published(),
		// An unprefixed widget is an embed: the widget is the page.
		Standalone: !prefixed,
		Top:        b.Top,
	}
}

func (p *page) renderWidget(b doc.Block, prefixed bool) app.UI {
	spec, ok := widgets.Lookup(b.Widget)
	if !ok {
		return app.Div().Class("widget-missing")
	}
	return spec.Render(p.widgetInput(b, prefixed))
}

// published is the date a widget on this page cites: its story's, or on
// an embed the first story's that shows it.
func (p *page) published() string {
	if d := p.payload.Doc; d != nil && d.Meta.Kind == "" {
		return d.Meta.Published
	}
	return p.payload.Published
}

// datesFor are the shared date's facts for a dated widget; nothing for
// one that does not follow the date.
func (p *page) datesFor(spec widget.Spec) widget.Dates { return datesOf(spec, p.payload) }

func datesOf(spec widget.Spec, pl *Payload) widget.Dates {
	if !spec.Dated {
		return widget.Dates{}
	}
	return pl.Dates
}
