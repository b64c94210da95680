package widget

import (
	"strings"
	"unicode/utf8"

	"github.com/computeatlas/atlas/app/lang"
)

// Citation is what a "Cite this" box cites: a story, or a widget in one
// state (a view). The publication is the author.
type Citation struct {
	Publisher string
	Title     string
	// Medium follows the title in APA ("Interactive graphic"), or "".
	Medium string
	// Date is when it was published, YYYY-MM-DD.
	Date string
	// Key is the BibTeX key's end ("where-training-moves").
	Key string
	// URL is its full address; when it is "" (the build does not know
	// the site's origin), Path is shown and web/boot.js writes the full
	// address in when the box opens.
	URL, Path string
}

// CiteWords are the words of a "Cite this" box (site.widget.cite).
type CiteWords struct {
	// Story and View title the box under a story and in a widget's
	// Share panel.
	Story string `json:"story"`
	View  string `json:"view"`
	// Graphic is a widget's medium in APA: "Interactive graphic".
	Graphic    string `json:"graphic"`
	Retrieved  string `json:"retrieved"`
	From       string `json:"from"`
	Accessed   string `json:"accessed"`
	AccessDate string `json:"accessDate"`
}

// citeStyles are the three styles, as HTML templates whose {names} CiteHTML
// fills with escaped values. Templates, not code: writing each piece in
// Go cost app.wasm 27 KB.
const citeStyles = `<p class="cite-style">APA</p><p class="cite-text">{pub}. ({year}, {monthDay}). <i>{title}</i>{medium}. {retrieved} {access}, {from}{url}</p>` +
	`<p class="cite-style">MLA</p><p class="cite-text">{open}{title}.{close} <i>{pub}</i>, {date}, {url}. {accessed} {access}.</p>` +
	`<p class="cite-style">BibTeX</p><pre class="cite-text">@online{{key},
  author  = {{{bibPub}}},
  title   = {{bibTitle}},
  date    = {{iso}},
  url     = {{url}},
  urldate = {{accessIso}}
}</pre>`

// CiteHTML is the citation in APA, MLA and BibTeX, as HTML. The date of
// access is the reader's: a placeholder that web/boot.js fills in when
// the box opens, so the page never depends on the day it was made.
func CiteHTML(c Citation, w CiteWords, l lang.Language) string {
	url := Escape(c.URL)
	if c.URL == "" {
		url = `<span class="cite-url" data-path="` + Escape(c.Path) + `">` + Escape(c.Path) + `</span>`
	}
	year, monthDay := c.Date, c.Date
	if len(c.Date) == len("2006-01-02") {
		year = c.Date[:4]
		long := l.Date(c.Date) // "29 November 2026"
		if i := strings.LastIndexByte(long, ' '); i > 0 {
			day, month, _ := strings.Cut(long[:i], " ")
			if l.IsDefault() {
				monthDay = month + " " + day
			} else {
				monthDay = day + " " + month
			}
		}
	}
	// "from" and the address: a one-letter word (Polish "z") keeps to
	// the address with a no-break space, as the compiler does in text.
	from := w.From + " "
	if utf8.RuneCountInString(w.From) == 1 && strings.Contains(l.Unbreakable, w.From) {
		from = w.From + "\u00a0"
	}
	medium := ""
	if c.Medium != "" {
		medium = " [" + c.Medium + "]"
	}
	// The values by name, in the order of names; the last three are
	// HTML already.
	names := [...]string{"pub", "year", "monthDay", "title", "medium", "retrieved", "from", "accessed", "open", "close", "date", "iso", "key", "bibPub", "bibTitle", "url", "access", "accessIso"}
	values := [...]string{c.Publisher, year, monthDay, c.Title, medium, w.Retrieved, from, w.Accessed, l.Quotes[0], l.Quotes[1], l.Date(c.Date), c.Date, bibKey(c.Publisher) + "-" + c.Key, texEscape(c.Publisher), texEscape(c.Title),
		url, `<span class="access-date">` + Escape(w.AccessDate) + `</span>`, `<span class="access-date-iso">` + Escape(w.AccessDate) + `</span>`}
	const htmlFrom = 15
	out := ""
	rest := citeStyles
	for {
		i := strings.IndexByte(rest, '{')
		j := strings.IndexByte(rest[i+1:], '}') + i + 1
		if i < 0 || j <= i {
			return out + rest
		}
		k := 0
		for k < len(names) && names[k] != rest[i+1:j] {
			k++
		}
		switch {
		case k == len(names):
			out += rest[:i+1] // a brace of BibTeX's own
			rest = rest[i+1:]
			continue
		case k >= htmlFrom:
			out += rest[:i] + values[k]
		default:
			out += rest[:i] + Escape(values[k])
		}
		rest = rest[j+1:]
	}
}

// bibKey is name as a BibTeX key's start: its ASCII letters and digits,
// lower-cased ("Compute Atlas" → "computeatlas"). Not strings.ToLower:
// its Unicode tables would add ~25 KB to app.wasm.
func bibKey(name string) string {
	var b []byte
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		}
	}
	return string(b)
}

// texEscape escapes what BibTeX reads as markup in a field: & % $ # _
// and braces.
func texEscape(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&', '%', '$', '#', '_', '{', '}':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(b)
}
