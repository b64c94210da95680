package diversionroutes

import "github.com/computeatlas/atlas/app/widget"

// text is the widget's words in one language: i18n/<lang>.yaml.
type text struct {
	widget.Titled
	Mode     string            `json:"mode"`
	Kinds    map[string]string `json:"kinds"`
	Conf     map[string]string `json:"conf"`
	Sources  string            `json:"sources"`
	New      string            `json:"new"`
	None     string            `json:"none"`
	Argument string            `json:"argument"`
	Since    string            `json:"since"`
	Table    string            `json:"table"`
	Date     string            `json:"date"`
	Event    string            `json:"event"`
	Describe string            `json:"describe"`
	Credit   string            `json:"credit"`
	Legend   string            `json:"legend"`
	Lines    map[string]string `json:"lines"`
}

func wordsFor(in widget.Input) *text { return widget.WordsOf[text](in) }
