package demoscale

import (
	"fmt"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// words are the widget's strings (i18n/<lang>.yaml).
type words struct {
	widget.Titled
	Size     string            `json:"size"`
	Tone     string            `json:"tone"`
	Sizes    map[string]string `json:"sizes"`
	Tones    map[string]string `json:"tones"`
	Describe string            `json:"describe"`
}

// Render draws one bar whose length and colour are the state.
func Render(in widget.Input) app.UI {
	s, problems := Parse(in)
	d, _ := in.Data.(*Data)
	if d == nil {
		d = &Data{}
	}
	w := widget.WordsOf[words](in)
	return widget.Root(in, Name, s.Encode(), problems, w.Title,
		widget.Segment(in.ID+"-size", w.Size, widget.Choices(in, s, size, w.Sizes, s.Size, func(s *State, v string) { s.Size = v })),
		widget.Segment(in.ID+"-tone", w.Tone, widget.Choices(in, s, tone, w.Tones, s.Tone, func(s *State, v string) { s.Tone = v })),
		app.Figure().Class("ds-figure").Body(
			widget.SVG("svg").Attr("viewBox", "0 0 100 10").Attr("role", "presentation").Body(
				widget.SVG("rect").Class("ds-bar", "ds-bar--"+s.Tone).
					Attr("x", "0").Attr("y", "0").Attr("height", "10").
					Attr("width", fmt.Sprintf("%g", 100*d.Lengths[s.Size])),
			),
			app.FigCaption().Aria("live", "polite").Text(Describe(in)),
		),
	)
}

// Describe says what the bar shows.
func Describe(in widget.Input) string {
	s, _ := Parse(in)
	w := widget.WordsOf[words](in)
	return fmt.Sprintf(w.Describe, w.Sizes[s.Size], w.Tones[s.Tone])
}
