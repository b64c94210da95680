package diffusionmap

import "github.com/computeatlas/atlas/app/widget"

// text is the map's words in one language: i18n/<lang>.yaml, which
// reaches the page with its data, never compiled into app.wasm.
type text struct {
	widget.Titled
	Rule       string            `json:"rule"`
	Tiers      string            `json:"tiers"`
	H20        string            `json:"h20"`
	Data       string            `json:"data"`
	Show       string            `json:"show"`
	Hide       string            `json:"hide"`
	Table      string            `json:"table"`
	Credit     string            `json:"credit"`
	Key        keyText           `json:"key"`
	Layers     string            `json:"layers"`
	Close      string            `json:"close"`
	Who        string            `json:"who"`
	Route      string            `json:"route"`
	InView     string            `json:"inView"`
	Why        string            `json:"why"`
	Sources    string            `json:"sources"`
	CapLabel   string            `json:"capLabel"`
	TierLegend [4]string         `json:"tierLegend"`
	Status     map[string]string `json:"status"`
	Conf       map[string]string `json:"conf"`
	Describe   describeText      `json:"describe"`
}

// keyText labels the key under the map and in downloaded pictures
// (which draw open and reported routes alike, as Abroad).
type keyText struct {
	Abroad   string `json:"abroad"`
	Reported string `json:"reported"`
	Open     string `json:"open"`
	Blocked  string `json:"blocked"`
	Cloud    string `json:"cloud"`
	Home     string `json:"home"`
	Data     string `json:"data"`
}

// describeText are Describe's sentences.
type describeText struct {
	Intro   string `json:"intro"`
	Abroad  string `json:"abroad"`
	Blocked string `json:"blocked"`
	Open    string `json:"open"`
	Rising  string `json:"rising"`
	Home    string `json:"home"`
	Gulf    string `json:"gulf"`
	Data    string `json:"data"`
	Tiers   string `json:"tiers"`
}

func wordsFor(in widget.Input) *text { return widget.WordsOf[text](in) }
