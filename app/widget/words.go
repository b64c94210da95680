package widget

import (
	"bytes"
	"encoding/json"
)

// Titled is embedded by every widget's words: the one title of the
// widget, stating its finding, used for its heading, the embed's <title>,
// the gallery and cards.
type Titled struct {
	Title string `json:"title"`
	// Summary says in one line what the reader can do with the widget
	// (the gallery).
	Summary string `json:"summary"`
}

// WidgetTitle returns the title.
func (t Titled) WidgetTitle() string { return t.Title }

// WidgetSummary returns the one-line summary.
func (t Titled) WidgetSummary() string { return t.Summary }

// Title is the title in a widget's decoded words ("" if none).
func Title(words any) string {
	if t, ok := words.(interface{ WidgetTitle() string }); ok {
		return t.WidgetTitle()
	}
	return ""
}

// DecodeWords decodes a widget's strings into its own type T: a
// widget's Spec.Words is DecodeWords[itsWords]. A key T does not know is
// an error, so a typo in a strings file cannot pass silently.
func DecodeWords[T any](raw json.RawMessage) (any, error) {
	var t T
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, err
	}
	return &t, nil
}

// WordsOf is in's words as the widget's type, or empty words when the
// page has none (a broken payload renders empty, never panics).
func WordsOf[T any](in Input) *T {
	if t, ok := in.Words.(*T); ok {
		return t
	}
	return new(T)
}

// Chrome are the words every widget shows the same way, from the site's
// strings (content/i18n/<lang>.yaml, site.widget).
type Chrome struct {
	// Ignored starts the note naming ignored values: "Ignored metric=foo".
	Ignored string `json:"ignored"`
	// More labels an embed's disclosure of what is not the picture:
	// "Notes and sources" (Extras).
	More string `json:"more"`
	// Download labels the links to the widget's data (CSV) and picture
	// (SVG, PNG) files.
	Download DownloadWords `json:"download"`
	// AsOf says which date a dated widget shows: "As of %s".
	AsOf string `json:"asOf"`
	// Sources starts a picture file's source line.
	Sources string `json:"sources"`
	// Cite are the words of the "Cite this" boxes, a story's and a view's.
	Cite CiteWords `json:"cite"`
	// Share is the embed control's words.
	Share ShareWords `json:"share"`
}

// DownloadWords label the download links: "Download: data (CSV),
// picture (SVG), picture (PNG)".
type DownloadWords struct {
	Label string `json:"label"`
	CSV   string `json:"csv"`
	SVG   string `json:"svg"`
	PNG   string `json:"png"`
}

// ShareWords are the embed control's words.
type ShareWords struct {
	Embed      string `json:"embed"`
	Link       string `json:"link"`
	WithScript string `json:"withScript"`
	NoScript   string `json:"noScript"`
	Copy       string `json:"copy"`
	Copied     string `json:"copied"`
	Language   string `json:"language"`
	Theme      string `json:"theme"`
	Auto       string `json:"auto"`
	Light      string `json:"light"`
	Dark       string `json:"dark"`
	Preview    string `json:"preview"`
}
