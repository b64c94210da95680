package ui

import (
	"net/url"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widgets"
)

// Canonical is the part of query that makes the page for pl: each of its
// widgets' state keys the reader gave (prefixed on a story), and an
// embed's lang and theme; the last value of each. Anything else (a
// tracking or host parameter, another page's key) changes nothing on the
// page and is dropped, so it is neither echoed into state links nor a
// new page to store. The browser uses it too, so that the links its
// widgets write after the takeover are the server's. ok is false when
// the query holds a value a widget ignores: that page says so in a note,
// and is not a state to store.
func Canonical(pl *Payload, query url.Values) (url.Values, bool) {
	out := url.Values{}
	keep := func(k string) {
		if vs := query[k]; len(vs) > 0 {
			out.Set(k, vs[len(vs)-1])
		}
	}
	ok := true
	check := func(spec widget.Spec, in widget.Input, prefix string) {
		if spec.State == nil {
			ok = false
			return
		}
		in.Dates = datesOf(spec, pl)
		vals, problems := spec.State(in)
		ok = ok && len(problems) == 0
		for k := range vals {
			if k == widget.DateKey {
				// Page-level, and snapped: every date between two
				// events is one state, one page.
				if _, explicit, _ := in.Date(); explicit {
					out.Set(k, vals.Get(k))
				}
				continue
			}
			keep(prefix + k)
		}
	}
	switch {
	case pl.Kind == KindEmbed:
		spec, _ := widgets.Lookup(pl.Widget)
		check(spec, widget.Input{ID: pl.Widget, Query: query}, "")
		ok = ok && len(embedProblems(query)) == 0
		keep("lang")
		keep("theme")
	case pl.Doc != nil:
		for _, b := range pl.Doc.Widgets() {
			spec, _ := widgets.Lookup(b.Widget)
			check(spec, widget.Input{ID: b.ID, Prefixed: true, Params: b.Params, Query: query}, b.ID+".")
		}
	}
	return out, ok
}
