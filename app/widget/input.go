package widget

import (
	"net/url"
	"sort"
	"strings"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/lang"
)

// Input is everything a widget needs to render on one page.
type Input struct {
	// ID is the block id: the widget's anchor, and on a story the prefix
	// of its URL keys ("chip-gap.metric").
	ID string
	// Lang is the page's language code (package lang).
	Lang string
	// Words are the widget's interface strings in Lang (Spec.Words).
	Words any
	// Chrome are the words all widgets share, in Lang.
	Chrome Chrome
	// Params is the directive's starting state; the URL wins over it.
	Params map[string]string
	// Query is the page's URL query.
	Query url.Values
	// Prefixed is true on a story, where widgets share the query.
	Prefixed bool
	// Path is the page path, for state links.
	Path string
	// Server is true when rendering HTML on the server: state links then
	// carry #ID so a reader without JavaScript lands on the widget.
	Server bool
	// Data is the widget's decoded data (Spec.Decode).
	Data any
	// Sources resolves the source IDs the data cites.
	Sources map[string]doc.Source
	// Numbers are the page's numbers for its sources: the story's list
	// on a story, the embed's own list in an embed. A widget names a
	// source by its number and links to its entry (#src-<id>), never by
	// its id (the fact sheets' S-numbers mean nothing to a reader).
	Numbers map[string]int
	// Caption is the directive body as HTML, one root element, or "".
	Caption string
	// Origin is the site's public origin, for embed codes; EmbedHeight
	// the widget's Spec.EmbedHeight.
	Origin      string
	EmbedHeight int
	// DataURL is the address of the widget's data as CSV, or "";
	// PictureURL that of its picture without the extension
	// (/picture/<name>), or "" (Spec.Drawn).
	DataURL, PictureURL string
	// Standalone is true on /embed/<name>, where the widget is the page.
	Standalone bool
	// Top is true for a widget that opens a story, before its first
	// section (doc.Block.Top): its title is an h2.
	Top bool
	// Site is the publication's name and Published the date the widget
	// was first published: its citation's author and date.
	Site, Published string
	// Dates are the shared date's events and as-of date (Date).
	Dates Dates
	// Dark asks the server's drawings (Spec.Card) for the dark scheme's
	// colours; the browser's widgets follow the reader's scheme in CSS.
	Dark bool
	// Problems are the page's own ignored values (an embed's lang or
	// theme), reported in the widget's note with its own.
	Problems []Problem
}

// Language is the page's language.
func (in Input) Language() lang.Language { return lang.Or(in.Lang) }

func (in Input) key(k string) string {
	if in.Prefixed && k != DateKey {
		return in.ID + "." + k
	}
	return k
}

// Asked reports whether the page's address names the widget's key k
// (prefixed on a story): a value a widget then overrides is reported.
func (in Input) Asked(k string) bool { return len(in.Query[in.key(k)]) > 0 }

// Href is the link to this page with this widget in state: the widget's
// keys replaced, every other key of the page kept.
func (in Input) Href(state url.Values) string {
	q := url.Values{}
	for k, vs := range in.Query {
		if !in.Prefixed && isStateKey(state, k) {
			continue
		}
		if in.Prefixed && strings.HasPrefix(k, in.ID+".") {
			continue
		}
		q[k] = vs
	}
	for k, vs := range state {
		q[in.key(k)] = vs
	}
	h := in.Path + "?" + q.Encode()
	if in.Server && in.Prefixed {
		h += "#" + in.ID
	}
	return h
}

func isStateKey(state url.Values, k string) bool {
	_, ok := state[k]
	return ok
}

// DataState encodes a full state for the data-state attribute: keys
// sorted, defaults included, like url.Values.Encode.
func DataState(state url.Values) string { return state.Encode() }

// Enum is a state key with a fixed set of values.
type Enum struct {
	Key     string
	Values  []string
	Default string
}

// Valid reports whether v is one of e's values.
func (e Enum) Valid(v string) bool {
	for _, x := range e.Values {
		if x == v {
			return true
		}
	}
	return false
}

// Parse reads e from in: the URL's value if valid, else the directive's if
// valid, else the default. An invalid value is reported, never fatal.
func (e Enum) Parse(in Input, problems *[]Problem) string {
	def := e.Default
	if v, ok := in.Params[e.Key]; ok && e.Valid(v) {
		def = v
	}
	vs, ok := in.Query[in.key(e.Key)]
	if !ok || len(vs) == 0 {
		return def
	}
	v := vs[len(vs)-1]
	if e.Valid(v) {
		return v
	}
	*problems = append(*problems, Problem{Key: e.Key, Value: v})
	return def
}

// CheckParams validates directive parameters against enums: unknown keys
// and bad values are problems (build errors).
func CheckParams(params map[string]string, enums ...Enum) []Problem {
	var out []Problem
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := params[k]
		found := false
		for _, e := range enums {
			if e.Key == k {
				found = true
				if !e.Valid(v) {
					out = append(out, Problem{Key: k, Value: v})
				}
			}
		}
		if !found {
			out = append(out, Problem{Key: k, Value: v})
		}
	}
	return out
}
