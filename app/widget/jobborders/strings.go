package jobborders

import "github.com/computeatlas/atlas/app/widget"

// text is the widget's words in one language: i18n/<lang>.yaml.
type text struct {
	widget.Titled
	Job        string            `json:"job"`
	Who        string            `json:"who"`
	Chips      string            `json:"chips"`
	Place      string            `json:"place"`
	Jobs       map[string]string `json:"jobs"`
	Whos       map[string]string `json:"whos"`
	ChipsWays  map[string]string `json:"chipsWays"`
	Places     map[string]string `json:"places"`
	Verdicts   map[string]string `json:"verdicts"`
	Answers    map[string]string `json:"answers"`
	Since      string            `json:"since"`
	Between    string            `json:"between"`
	Sources    string            `json:"sources"`
	Conf       map[string]string `json:"conf"`
	NoRule     string            `json:"noRule"`
	Disclaimer string            `json:"disclaimer"`
	Table      string            `json:"table"`
	Rule       string            `json:"rule"`
	When       string            `json:"when"`
	Answer     string            `json:"answer"`
	Describe   string            `json:"describe"`
}

func wordsFor(in widget.Input) *text { return widget.WordsOf[text](in) }
