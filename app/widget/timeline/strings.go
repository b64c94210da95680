package timeline

import "github.com/computeatlas/atlas/app/widget"

// text is the timeline's words in one language: i18n/<lang>.yaml.
type text struct {
	widget.Titled
	Date     string            `json:"date"`
	Previous string            `json:"previous"`
	Next     string            `json:"next"`
	AsOf     string            `json:"asOf"`
	Kinds    map[string]string `json:"kinds"`
	Conf     map[string]string `json:"conf"`
	Sources  string            `json:"sources"`
	Table    string            `json:"table"`
	Event    string            `json:"event"`
	Describe string            `json:"describe"`
}

func wordsFor(in widget.Input) *text { return widget.WordsOf[text](in) }
