package compile

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// quotes are each language's typographic substitutions. Polish opens a
// quotation low („…”, ‚…’) where English opens high (“…”, ‘…’). Characters,
// not entities, so the HTML reads like the text.
var quotes = map[string]map[extension.TypographicPunctuation]string{
	"en": {
		extension.LeftDoubleQuote:  "“",
		extension.RightDoubleQuote: "”",
		extension.LeftSingleQuote:  "‘",
		extension.RightSingleQuote: "’",
	},
	"pl": {
		extension.LeftDoubleQuote:  "„",
		extension.RightDoubleQuote: "”",
		extension.LeftSingleQuote:  "‚",
		extension.RightSingleQuote: "’",
	},
}

// punctuation is shared by both languages.
var punctuation = map[extension.TypographicPunctuation]string{
	extension.Apostrophe:      "’",
	extension.EnDash:          "–",
	extension.EmDash:          "—",
	extension.Ellipsis:        "…",
	extension.LeftAngleQuote:  "«",
	extension.RightAngleQuote: "»",
}

// newMarkdown builds the story compiler for lang. Heading ids come from
// a per-parse parser.IDs (see Story), so only the options are set here.
func newMarkdown(lang string) goldmark.Markdown {
	subs := map[extension.TypographicPunctuation]string{}
	for k, v := range punctuation {
		subs[k] = v
	}
	for k, v := range quotes[lang] {
		subs[k] = v
	}
	return goldmark.New(
		goldmark.WithExtensions(
			// align="…" rather than style="text-align:…": a strict
			// style-src CSP blocks inline styles.
			extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignAttribute)),
			extension.Strikethrough,
			extension.Linkify,
			extension.TaskList,
			extension.Footnote,
			extension.NewTypographer(extension.WithTypographicSubstitutions(subs)),
			escapeRawHTML,
			widgetExtension,
			citationExtension(lang),
			markerExtension(lang),
			termExtension(lang),
		),
		goldmark.WithParserOptions(
			parser.WithAttribute(),
			parser.WithAutoHeadingID(),
		),
	)
}

// markdowns holds one compiler per language; goldmark.Markdown is safe
// for concurrent use.
var markdowns = map[string]goldmark.Markdown{
	"en": newMarkdown("en"),
	"pl": newMarkdown("pl"),
}
