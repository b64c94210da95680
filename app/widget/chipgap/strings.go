package chipgap

import "github.com/computeatlas/atlas/app/widget"

// text is the widget's words in one language: i18n/<lang>.yaml, which
// reaches the page with its data, never compiled into app.wasm.
type text struct {
	widget.Titled
	Measure        string            `json:"measure"`
	Line           string            `json:"line"`
	Shown          string            `json:"shown"`
	Hidden         string            `json:"hidden"`
	NoData         string            `json:"noData"`
	Table          string            `json:"table"`
	Chip           string            `json:"chip"`
	Sources        string            `json:"sources"`
	Legend         string            `json:"legend"`
	ThresholdLabel string            `json:"thresholdLabel"`
	Key            keyText           `json:"key"`
	ExplainOff     string            `json:"explainOff"`
	MetricLabel    map[string]string `json:"metricLabel"`
	MetricShort    map[string]string `json:"metricShort"`
	// Unit follows every value ("80 GB"), per metric.
	Unit     map[string]string `json:"unit"`
	Basis    map[Basis]string  `json:"basis"`
	Describe describeText      `json:"describe"`
}

// keyText labels the chart's key in downloaded files.
type keyText struct {
	US    string `json:"us"`
	CN    string `json:"cn"`
	Other string `json:"other"`
}

// describeText are Describe's sentence patterns.
type describeText struct {
	Chart   string `json:"chart"`
	Highest string `json:"highest"`
	Lowest  string `json:"lowest"`
	Below   string `json:"below"`
	Missing string `json:"missing"`
}

func wordsFor(in widget.Input) *text { return widget.WordsOf[text](in) }
