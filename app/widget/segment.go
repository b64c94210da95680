package widget

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Choice is one option of a state control: a link to the URL of the state
// it selects, so it works before the wasm arrives and without JavaScript,
// and in place once go-app is live.
type Choice struct {
	Label, Href string
	// Detail is an optional second, smaller line (a period: "Jan–May
	// 2025"), so a short label can stand in one row of targets.
	Detail string
	On     bool
}

// Segment is a labelled group of choices. The selected one carries
// aria-current="page" (go-app writes a "true" value bare, which assistive
// technology reads as false; each state is its own URL, so "page" is
// accurate).
func Segment(id, label string, choices []Choice) app.UI {
	return app.Div().Class("seg").Attr("role", "group").Aria("labelledby", id).Body(
		app.Span().ID(id).Class("seg-label").Text(label),
		app.Range(choices).Slice(func(i int) app.UI {
			c := choices[i]
			a := app.A().Href(c.Href).Class("seg-option")
			if c.Detail == "" {
				a = a.Text(c.Label)
			} else {
				a = a.Body(app.Span().Text(c.Label), app.Span().Class("seg-detail").Text(c.Detail))
			}
			if c.On {
				a = a.Class("seg-option--on").Aria("current", "page")
			}
			return a
		}),
	)
}

// Choices are enum e's options as state links for a Segment: each is the
// state s with that value set (set), labelled from labels; now is the
// value on screen.
func Choices[S interface{ Encode() url.Values }](in Input, s S, e Enum, labels map[string]string, now string, set func(*S, string)) []Choice {
	var out []Choice
	for _, v := range e.Values {
		next := s
		set(&next, v)
		out = append(out, Choice{Label: labels[v], Href: in.Href(next.Encode()), On: v == now})
	}
	return out
}
