package widget

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
)

// EmbedCode is the HTML another site pastes to show one widget in one
// state: the same for the embed dialog, the server-rendered embed page
// and oEmbed, so a pasted code always shows what the reader saw.
type EmbedCode struct {
	// Origin is the site's public origin, such as https://atlas.example.
	Origin string
	// Widget names the widget; State is its state in the embed's plain
	// keys (no block-id prefix), and may carry lang and theme.
	Widget string
	State  url.Values
	// Title is the iframe's accessible name: the widget's title.
	Title string
	// Height is the iframe's height in CSS pixels without any script
	// (Spec.EmbedHeight): the whole widget from a 360 px phone to
	// a 1280 px screen.
	Height int
}

// EmbedHostScript is the path of the host script (web/embed-host.js)
// that resizes our iframes on pages with no script of their own.
const EmbedHostScript = "/web/embed-host.js"

// EmbedQuery is state as an embed's query for readers of language l:
// the state's keys, and lang unless l is the default language.
func EmbedQuery(state url.Values, l lang.Language) url.Values {
	q := url.Values{}
	for k, v := range state {
		q[k] = v
	}
	if !l.IsDefault() {
		q.Set("lang", l.Code)
	}
	return q
}

// DataPath is the address of widget name's data as CSV (Spec.Table).
func DataPath(name string) string { return "/data/" + name + ".csv" }

// URL is the embed page's absolute address.
func (c EmbedCode) URL() string {
	u := c.Origin + "/embed/" + c.Widget
	if q := c.State.Encode(); q != "" {
		u += "?" + q
	}
	return u
}

// IFrame is the script-free code, for hosts that strip scripts (many
// learning platforms): a full-width iframe at the widget's default height.
func (c EmbedCode) IFrame() string {
	return `<iframe src="` + Escape(c.URL()) + `" title="` + Escape(c.Title) +
		`" width="100%" height="` + strconv.Itoa(c.Height) +
		`" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`
}

// WithScript is the iframe and our host script, which makes the iframe
// follow the widget's height as it changes.
func (c EmbedCode) WithScript() string {
	return c.IFrame() + "\n" + `<script async src="` + Escape(c.Origin+EmbedHostScript) + `"></script>`
}

// Escape escapes s for HTML text and double-quoted attributes. (Neither the html
// package, whose unescaping table would add to app.wasm, nor a
// package-level strings.Replacer, whose code every start-up would carry.)
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&#34;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
