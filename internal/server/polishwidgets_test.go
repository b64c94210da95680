package server

import (
	"regexp"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// No line of a Polish widget ends with a one-letter word: the widgets'
// data and strings get their no-break spaces at build time, as stories
// do (content/compile, glueJSON). Checked in the text every Polish page
// shows inside its widgets, as the server renders it.
func TestPolishWidgetTextsKeepOneLetterWordsWithTheNext(t *testing.T) {
	s := newTestServer(t)
	checked := 0
	eachPage(t, s, func(path, body string) {
		if !strings.HasPrefix(path, "/pl/") {
			return
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		doc.Find("[data-widget]").Each(func(_ int, w *goquery.Selection) {
			checked++
			// ASCII white space only: strings.Fields would split at the
			// no-break spaces this test looks for.
			text := " " + asciiSpace.ReplaceAllString(w.Text(), " ")
			for _, word := range []string{" w ", " z ", " i ", " o ", " a ", " u ", " W ", " Z ", " I ", " O ", " A ", " U "} {
				if i := strings.Index(text, word); i >= 0 {
					t.Errorf("%s: widget %s has %q followed by a breakable space: …%s…", path, w.AttrOr("data-widget", "?"), strings.TrimSpace(word), text[max(0, i-30):min(len(text), i+30)])
					return
				}
			}
		})
	})
	if checked == 0 {
		t.Fatal("no Polish widgets checked")
	}
}

var asciiSpace = regexp.MustCompile(`[ \t\r\n]+`)
