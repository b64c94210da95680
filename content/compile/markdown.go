package compile

import (
	"github.com/computeatlas/atlas/app/lang"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// punctuation is shared by every language; the quotation marks are each
// language's (lang.Language.Quotes: Polish opens low, „…”). Characters,
// not entities, so the HTML reads like the text.
var punctuation = map[extension.TypographicPunctuation]string{
	extension.Apostrophe:      "’",
	extension.EnDash:          "–",
	extension.EmDash:          "—",
	extension.Ellipsis:        "…",
	extension.LeftAngleQuote:  "«",
	extension.RightAngleQuote: "»",
}

// newMarkdown builds the story compiler for l, writing w. Heading ids
// come from a per-parse parser.IDs (see Story), so only the options are
// set here.
func newMarkdown(l lang.Language, w *words) goldmark.Markdown {
	subs := map[extension.TypographicPunctuation]string{
		extension.LeftDoubleQuote:  l.Quotes[0],
		extension.RightDoubleQuote: l.Quotes[1],
		extension.LeftSingleQuote:  l.Quotes[2],
		extension.RightSingleQuote: l.Quotes[3],
	}
	for k, v := range punctuation {
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
			citations{w},
			markers{w},
			terms{w},
		),
		goldmark.WithParserOptions(
			parser.WithAttribute(),
			parser.WithAutoHeadingID(),
		),
	)
}
