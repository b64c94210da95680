package ui

import "github.com/computeatlas/atlas/app/widget"

// words are the site's own UI strings per language; widgets keep theirs.
type words struct {
	site, tagline, skip, otherLang, otherLangName, published, updated string
	notFound, notFoundText, stories, licence, embedFrom               string
	glossary, glossaryPath, more, language                            string
}

var wordsByLang = map[string]words{
	"en": {
		site:          "Compute Atlas",
		tagline:       "Where AI training moves when chips are controlled",
		skip:          "Skip to content",
		otherLang:     "pl",
		otherLangName: "Polski",
		published:     "Published",
		updated:       "updated",
		notFound:      "Page not found",
		notFoundText:  "There is no page at this address. These are the stories we have:",
		stories:       "Stories",
		licence:       "Text, data and charts: CC BY 4.0. Code: MIT.",
		embedFrom:     "From",
		glossary:      "Glossary",
		glossaryPath:  "/en/glossary",
		more:          "More",
		language:      "Language",
	},
	"pl": {
		site:          "Compute Atlas",
		tagline:       "Dokąd przenosi się trening AI, gdy chipy są pod kontrolą",
		skip:          "Przejdź do treści",
		otherLang:     "en",
		otherLangName: "English",
		published:     "Opublikowano",
		updated:       "zaktualizowano",
		notFound:      "Nie ma takiej strony",
		notFoundText:  "Pod tym adresem nic nie ma. Oto nasze teksty:",
		stories:       "Teksty",
		licence:       "Tekst, dane i wykresy: CC BY 4.0. Kod: MIT.",
		embedFrom:     "Z serwisu",
		glossary:      "Słowniczek",
		glossaryPath:  "/pl/slowniczek",
		more:          "Więcej",
		language:      "Język",
	},
}

func wordsFor(lang string) words { return widget.InLang(wordsByLang, lang) }
