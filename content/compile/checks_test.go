package compile

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadChecks feeds Load a content tree with one thing broken and
// asserts the exact lines an author sees. In storySrc the body's first
// line is 10 ("Text."), so the first line of extra after "\n" is 12.
func TestLoadChecks(t *testing.T) {
	story := func(lang, slug, key string, extra ...string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(storySrc(lang, slug, key, extra...))}
	}
	enWhere := func(extra string) *fstest.MapFile {
		return story("en", "where-training-moves", "where", "\n## Tiers {#tiers}\n\nA claim.[@S1]\n\n::: widget chip-gap\n:::\n"+extra)
	}
	plWhere := func(extra string) *fstest.MapFile {
		return story("pl", "dokad-przenosi-sie-trening", "where", "\n## Progi {#tiers}\n\nTeza.[@S1]\n\n::: widget chip-gap\n:::\n"+extra)
	}
	for _, tc := range []struct {
		name   string
		change fstest.MapFS // files replaced (nil removes the file)
		want   []string
	}{
		{
			name: "numbers and dates without a source",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about",
				"\nIn 2025 it rose.\n\n- one\n- 5 more\n\nSee [the 2025 rule](/en/glossary) again.\n\nIn 2025 it fell.[@S1]\n\nCC BY 4.0.[!nocite]\n\n- a 5\n- b[@S1]\n")},
			want: []string{
				"content/en/a.md:12: a paragraph or list item with a number or a date cites no source: cite one, or mark it [!nocite] if it needs none",
				"content/en/a.md:15: a paragraph or list item with a number or a date cites no source: cite one, or mark it [!nocite] if it needs none",
				"content/en/a.md:23: a paragraph or list item with a number or a date cites no source: cite one, or mark it [!nocite] if it needs none",
			},
		},
		{
			name: "section dates",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about",
				"\n::: widget diffusion-map\n:::\n\n## A {#a date=\"2025-05-13\"}\n\n## B {#b date=\"2025-01-13\"}\n\n## C {#c date=\"2025-02-01\"}\n\n## D {#d date=2025}\n\n### E {#e date=\"2025-05-13\"}\n\n## F {#f}\n\n## G {#g date=\"2025-05-13\"}\n")},
			want: []string{
				"content/en/a.md:17: section date 2025-01-13 is earlier than the section before it (2025-05-13)",
				`content/en/a.md:19: section date "2025-02-01" is not an event of the timeline (content/data/timeline.json)`,
				`content/en/a.md:21: a section date is written in quotes: date="YYYY-MM-DD"`,
				"content/en/a.md:23: only a section (##) can carry a date",
				"content/en/a.md:27: dated sections must follow each other: an undated section comes between this one and the dated ones before it",
			},
		},
		{
			name: "dated sections without a widget to pin",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about",
				"\n## A {#a date=\"2025-05-13\"}\n\n::: widget diffusion-map\n:::\n")},
			want: []string{
				"content/en/a.md:12: a dated section needs a widget before it that follows the date and draws still pictures (diffusion-map): the page pins it beside the dated sections",
			},
		},
		{
			name:   "unknown source",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\nA claim.[@S2; @S99]\n")},
			want:   []string{`content/en/a.md:12: unknown source "S99" (not in content/data/sources.json)`},
		},
		{
			name:   "malformed citation",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\nA claim.[@S1,S2]\n")},
			want:   []string{`content/en/a.md:12: malformed citation "[@S1,S2]" (want [@S1] or [@S1; @S2])`},
		},
		{
			name:   "unknown marker",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\nA claim.[!rumour]\n")},
			want:   []string{`content/en/a.md:12: unknown marker "[!rumour]" (want [!reported], [!estimate] or [!unverified])`},
		},
		{
			name:   "unknown glossary term",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\nThe [FLOPS](glossary:flops).\n")},
			want:   []string{`content/en/a.md:12: unknown glossary term "flops" (not in content/data/glossary.json)`},
		},
		{
			name: "a glossary definition with a figure and no sources",
			change: fstest.MapFS{"data/glossary.json": {Data: []byte(`[
  {"id": "tpp", "term": {"en": "TPP", "pl": "TPP"}, "definition": {"en": "A yardstick.", "pl": "Próg to 4800."}}
]`)}},
			want: []string{`content/data/glossary.json:2: glossary entry "tpp": its definition states a number or a date but lists no sources`},
		},
		{
			name:   "glossary terms without a glossary",
			change: fstest.MapFS{"data/glossary.json": nil, "en/a.md": story("en", "about", "about", "\nThe [TPP](glossary:tpp).\n")},
			want: []string{
				`content/data/glossary.json: file does not exist, but stories link glossary terms`,
				`content/en/a.md:12: unknown glossary term "tpp" (not in content/data/glossary.json)`,
			},
		},
		{
			name: "bad glossary",
			change: fstest.MapFS{"data/glossary.json": {Data: []byte(`[
  {"id": "tpp", "term": {"en": "TPP", "pl": ""}, "definition": {"en": "x", "pl": "y"}, "sources": ["S9"]},
  {"id": "TPP x", "term": {"en": "a", "pl": "b"}, "definition": {"en": "x", "pl": "y"}},
  {"id": "tpp", "term": {"en": "a", "pl": "b"}, "definition": {"en": "x"}},
  {"term": {"en": "a", "pl": "b"}},
  {"id": "x", "term": {"en": "a", "pl": "b", "de": "c"}}
]`)}},
			want: []string{
				`content/data/glossary.json:2: glossary entry "tpp": missing "term.pl"`,
				`content/data/glossary.json:2: glossary entry "tpp": unknown source "S9"`,
				`content/data/glossary.json:3: glossary id "TPP x" must be lower-case letters, digits and -`,
				`content/data/glossary.json:4: glossary entry "tpp": missing "definition.pl"`,
				`content/data/glossary.json:4: duplicate glossary id "tpp" (first on line 2)`,
				`content/data/glossary.json:5: glossary entry without an id`,
				`content/data/glossary.json:6: glossary entry "x": "de" is not a language of the site`,
			},
		},
		{
			name:   "http link",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\nSee [BIS](http://www.bis.gov/).\n")},
			want:   []string{`content/en/a.md:12: link must be an absolute https URL (got "http://www.bis.gov/")`},
		},
		{
			name:   "other scheme",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\n[x](javascript:alert(1))\n")},
			want:   []string{`content/en/a.md:12: link must be an absolute https URL (got "javascript:alert(1)")`},
		},
		{
			name:   "relative link",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\nSee [the rule](rule.html).\n")},
			want:   []string{`content/en/a.md:12: relative link "rule.html" must start with / or # (a link to another site needs https://)`},
		},
		{
			name:   "broken internal link",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\n[a](/en/nope) [b](/pl/where-training-moves) [c](/embed/nope) [d](/en/slowniczek)\n")},
			want: []string{
				`content/en/a.md:12: broken internal link /en/nope`,
				`content/en/a.md:12: broken internal link /pl/where-training-moves`,
				`content/en/a.md:12: broken internal link /embed/nope`,
				`content/en/a.md:12: broken internal link /en/slowniczek`,
			},
		},
		{
			name:   "broken anchor on another page",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\n[a](/en/where-training-moves#nope) [b](/pl/slowniczek#nope)\n")},
			want: []string{
				`content/en/a.md:12: broken anchor /en/where-training-moves#nope`,
				`content/en/a.md:12: broken anchor /pl/slowniczek#nope`,
			},
		},
		{
			name:   "broken anchor",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\n## Tiers {#tiers}\n\n[a](#tiers) [b](#tier)\n")},
			want:   []string{`content/en/a.md:14: broken anchor #tier`},
		},
		{
			name:   "image without alt text",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\n![](/web/chip.png)\n")},
			want:   []string{`content/en/a.md:12: image without alt text`},
		},
		{
			name:   "duplicate heading id",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\n## One {#x}\n\n## Two {#x}\n")},
			want:   []string{`content/en/a.md:14: duplicate heading id "x" (also on line 12)`},
		},
		{
			name:   "duplicate heading text",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\n## Chips {#a}\n\n## Chips {#b}\n")},
			want:   []string{`content/en/a.md:14: duplicate heading "Chips" (also on line 12)`},
		},
		{
			name:   "reserved heading id",
			change: fstest.MapFS{"en/a.md": story("en", "about", "about", "\n## Our sources {#sources}\n")},
			want:   []string{`content/en/a.md:12: heading id "sources" is reserved (the compiler's own anchors are corrections, sources, about-markers, contents and ids starting src-, cite-tip-, term-tip-)`},
		},
		{
			name:   "no pl twin",
			change: fstest.MapFS{"pl/a.md": nil},
			want:   []string{`content/en/a.md:1: no pl twin for translation_key "about"`},
		},
		{
			name:   "no en twin",
			change: fstest.MapFS{"en/a.md": nil},
			want:   []string{`content/pl/a.md:1: no en twin for translation_key "about"`},
		},
		{
			name:   "twins with other widget params",
			change: fstest.MapFS{"pl/c.md": story("pl", "dokad-przenosi-sie-trening", "where", "\n## Progi {#tiers}\n\nTeza.[@S1]\n\n::: widget chip-gap metric=memory\n:::\n")},
			want: []string{
				`content/en/b.md:16: widget 1 differs from the pl twin (content/pl/c.md:16): "chip-gap" here, "chip-gap metric=memory" there`,
				`content/pl/c.md:16: widget 1 differs from the en twin (content/en/b.md:16): "chip-gap metric=memory" here, "chip-gap" there`,
			},
		},
		{
			name:   "twins with another widget",
			change: fstest.MapFS{"pl/c.md": plWhere("\n::: widget diffusion-map\n:::\n\n::: widget chip-gap\n:::\n")},
			want: []string{
				`content/en/b.md:16: widget 2 differs from the pl twin (content/pl/c.md:19): none here, "diffusion-map" there`,
				`content/pl/c.md:19: widget 2 differs from the en twin (content/en/b.md): "diffusion-map" here, none there`,
			},
		},
		{
			name:   "twins citing other sources",
			change: fstest.MapFS{"en/b.md": enWhere("\nMore.[@S2]\n")},
			want:   []string{`content/en/b.md:19: cites S2, which the pl twin content/pl/c.md does not`},
		},
		{
			name: "twins citing a source in different sections",
			change: fstest.MapFS{
				"en/b.md": enWhere("\n## Later {#later}\n\nMore.[@S2]\n"),
				"pl/c.md": plWhere("\nWięcej.[@S2]\n\n## Później {#later}\n\nKoniec.\n"),
			},
			want: []string{
				"content/en/b.md:21: cites S2 in section #later, where the pl twin content/pl/c.md does not",
				"content/pl/c.md:19: cites S2 in section #tiers, where the en twin content/en/b.md does not",
			},
		},
		{
			name:   "glossary slug and key",
			change: fstest.MapFS{"en/a.md": story("en", "glossary", "glossary"), "pl/a.md": story("pl", "slowniczek", "glossary")},
			want: []string{
				`content/en/a.md:5: slug "glossary" is the glossary page's`,
				`content/en/a.md:6: translation_key "glossary" is the glossary page's`,
				`content/pl/a.md:5: slug "slowniczek" is the glossary page's`,
			},
		},
		{
			name:   "summary and published required",
			change: fstest.MapFS{"en/a.md": {Data: []byte("---\ntitle: T\nlang: en\nslug: about\ntranslation_key: about\n---\n")}},
			want: []string{
				`content/en/a.md:1: front matter: missing "summary"`,
				`content/en/a.md:1: front matter: missing "published"`,
			},
		},
		{
			name:   "updated before published",
			change: fstest.MapFS{"en/a.md": {Data: []byte("---\ntitle: T\nsummary: S\nlang: en\nslug: about\ntranslation_key: about\npublished: 2026-11-29\nupdated: 2026-11-28\n---\n")}},
			want:   []string{`content/en/a.md:8: front matter: updated 2026-11-28 is before published 2026-11-29`},
		},
		{
			name: "facts as of a bad date, and after the story",
			change: fstest.MapFS{"en/a.md": {Data: []byte("---\ntitle: T\nsummary: S\nlang: en\nslug: about\ntranslation_key: about\npublished: 2026-11-29\nfacts_as_of: 2026-12-01\n---\n")},
				"en/b.md": {Data: []byte("---\ntitle: T\nsummary: S\nlang: en\nslug: b\ntranslation_key: b\npublished: 2026-11-29\nfacts_as_of: July 2026\n---\n")}},
			want: []string{
				`content/en/a.md:8: front matter: facts_as_of 2026-12-01 is after the story's last date 2026-11-29`,
				`content/en/b.md:8: front matter: facts_as_of "July 2026" is not a date (YYYY-MM-DD)`,
			},
		},
		{
			name:   "bad correction",
			change: fstest.MapFS{"en/a.md": {Data: []byte("---\ntitle: T\nsummary: S\nlang: en\nslug: about\ntranslation_key: about\npublished: 2026-11-29\ncorrections:\n  - date: 30 November 2026\n    text: x\n  - date: 2026-11-30\n    text: \" \"\n---\n")}},
			want: []string{
				`content/en/a.md:9: front matter: correction date "30 November 2026" is not a date (YYYY-MM-DD)`,
				`content/en/a.md:12: front matter: correction without text`,
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := testFSWith(tc.change)
			_, err := Load(fsys)
			if err == nil {
				t.Fatal("no error")
			}
			lines := strings.Split(err.Error(), "\n")
			for _, w := range tc.want {
				if !slices.Contains(lines, w) {
					t.Errorf("error lacks\n\t%s\ngot:\n\t%s", w, strings.Join(lines, "\n\t"))
				}
			}
		})
	}
}
