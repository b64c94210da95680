package server

import (
	"encoding/json"
	"strings"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/computeatlas/atlas/app/ui"
)

// Languages on a static host. bin/atlas answers two kinds of page in the
// language a query names: the home at / (?lang=, or Accept-Language) and
// every embed (/embed/<widget>?lang=pl, the address our embed codes give
// Polish readers). A static host ignores the query, so the export writes
// each such page once per language beside its default file
// (index.<code>.html), and three things pick it:
//   - nginx's include, from $arg_lang (try_files), with no script;
//   - elsewhere, web/boot.js: a page marked data-static whose address
//     asks for another language than its own loads that language's
//     address (data-lang-pages), as its first act;
//   - a reader without JavaScript on a host that cannot read the query
//     gets the default language (docs/deploy.md).
// Each language also has its own 404 page, <code>/404.html, for the
// addresses under /<code>/ (nginx's include; Cloudflare Pages looks for
// the nearest 404.html itself).

// takesLang reports whether the page of kind at path answers ?lang=.
func takesLang(kind, path string) bool {
	return path == "/" || kind == ui.KindEmbed
}

// langFile is the export's file for the page at path in language l:
// "index.pl.html" for "/", "embed/chip-gap/index.pl.html".
func langFile(path string, l lang.Language) string {
	return strings.TrimPrefix(strings.TrimSuffix(path, "/")+"/index."+l.Code+".html", "/")
}

// otherLanguages are the languages besides the default.
func otherLanguages() []lang.Language { return lang.Others(lang.Default().Code) }

// langPages is what boot.js reads on an exported page that takes ?lang=:
// for each other language, the address of the page in it (that
// language's home for "/", else the exported file), as JSON; "" for a
// page that does not take ?lang=.
func langPages(kind, path string) string {
	if !takesLang(kind, path) {
		return ""
	}
	out := map[string]string{}
	for _, l := range otherLanguages() {
		out[l.Code] = "/" + langFile(path, l)
		if path == "/" {
			out[l.Code] = l.Home()
		}
	}
	b, _ := json.Marshal(out)
	return string(b)
}
