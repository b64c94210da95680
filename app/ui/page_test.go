package ui

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/doc"
	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/chipgap"
	"github.com/computeatlas/atlas/app/widget/widgettest"
	"github.com/computeatlas/atlas/internal/htmlnorm"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"gopkg.in/yaml.v3"
)

// withChipGap gives pl chip-gap's data and words as the server sends them,
// and the site's words in pl.Lang.
func withChipGap(t *testing.T, pl *Payload) *Payload {
	t.Helper()
	pl.Data = map[string]widget.Files{"chip-gap": widgettest.Files(t, chipgap.Spec)}
	pl.WidgetWords = map[string]json.RawMessage{"chip-gap": wordsJSON(t, "app/widget/chipgap/i18n/"+pl.Lang+".yaml", "")}
	return withWords(t, pl)
}

// withWords gives pl the site's words in pl.Lang.
func withWords(t *testing.T, pl *Payload) *Payload {
	t.Helper()
	pl.Words = wordsJSON(t, "content/i18n/"+pl.Lang+".yaml", "site")
	return pl
}

// wordsJSON reads a strings file (a section of it, if section is set) as
// the page carries it.
func wordsJSON(t *testing.T, file, section string) json.RawMessage {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(widgettest.Root(t), file))
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := yaml.Unmarshal(src, &v); err != nil {
		t.Fatal(err)
	}
	var out any = v
	if section != "" {
		out = v[section]
	}
	raw, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func storyPayload(t *testing.T) *Payload {
	return withChipGap(t, &Payload{
		Kind: KindStory, Lang: "en", Alternates: []Alternate{{"en", "/en/a"}, {"pl", "/pl/x"}},
		Doc: &doc.Document{
			Meta: doc.Meta{Title: "A story", Summary: "S", Lang: "en", Slug: "a", Published: "2026-11-29"},
			Blocks: []doc.Block{
				{ID: "p1", HTML: `<div class="prose" data-block="p1"><p>First.</p></div>`},
				{ID: "chip-gap", Widget: "chip-gap", Params: map[string]string{"metric": "memory"}},
				{ID: "p2", HTML: `<div class="prose" data-block="p2"><p>Last.</p></div>`},
			},
		},
	})
}

// The page mounted in go-app's test engine: the title, the blocks in
// order, the widget in the directive's state.
func TestStoryPageMounts(t *testing.T) {
	u, _ := url.Parse("/en/a")
	root, err := NewServerPage(storyPayload(t), u)
	if err != nil {
		t.Fatal(err)
	}
	e := app.NewTestEngine()
	if err := e.Load(root.(app.Composer)); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	// page → div#atlas → main (2) → article (0) → header (0) → h1 (0) → text
	if err := app.Match(app.Text("A story"), root, 0, 2, 0, 0, 0, 0); err != nil {
		t.Error(err)
	}
	// The twin link in the header: div#atlas → header (1) → nav (1) → a (0).
	if err := app.Match(app.A().Href("/pl/x").Lang("pl").Attr("hreflang", "pl").Text("Polski"), root, 0, 1, 1, 0); err != nil {
		t.Error(err)
	}
	html := app.HTMLString(root)
	if i, j := strings.Index(html, "First."), strings.Index(html, "Last."); i < 0 || j < i {
		t.Error("prose blocks missing or out of order")
	}
	if !strings.Contains(html, `data-state="metric=memory&threshold=off"`) {
		t.Error("the widget does not start in the directive's state")
	}
}

// What the browser rebuilds from the page (the wire payload, prose read
// back from the DOM) renders the same markup as the server, but for the
// state links' #fragment, which only the server's links carry.
func TestClientRenderMatchesServer(t *testing.T) {
	u, _ := url.Parse("/en/a?chip-gap.metric=tflops&chip-gap.threshold=on")
	server := storyPayload(t)
	root, err := NewServerPage(server, u)
	if err != nil {
		t.Fatal(err)
	}
	wire, err := server.Wire()
	if err != nil {
		t.Fatal(err)
	}
	var client Payload
	if err := json.Unmarshal(wire, &client); err != nil {
		t.Fatal(err)
	}
	for i, b := range client.Doc.Blocks {
		if !b.IsWidget() {
			if b.HTML != "" {
				t.Errorf("block %s: prose travels in the payload", b.ID)
			}
			client.Doc.Blocks[i].HTML = server.Doc.Blocks[i].HTML // read back from the DOM
		}
	}
	if err := client.decode(); err != nil {
		t.Fatal(err)
	}
	c := &page{payload: &client, query: u.Query(), path: u.Path}
	want := htmlnorm.Normalize(strings.ReplaceAll(app.HTMLString(root), "#chip-gap\"", "\""))
	if got := htmlnorm.Normalize(app.HTMLString(c)); got != want {
		t.Errorf("client render differs from the server's:\nclient: %.300s\nserver: %.300s", got, want)
	}
}

func TestEmbedAndNotFoundPages(t *testing.T) {
	u, _ := url.Parse("/embed/chip-gap?metric=bandwidth")
	embed := withChipGap(t, &Payload{Kind: KindEmbed, Lang: "pl", Widget: "chip-gap", Story: "/pl/x#chip-gap"})
	root, err := NewServerPage(embed, u)
	if err != nil {
		t.Fatal(err)
	}
	html := app.HTMLString(root)
	if !strings.Contains(html, `data-state="metric=bandwidth&threshold=off"`) || !strings.Contains(html, `href="/embed/chip-gap?metric=tpp&threshold=off"`) {
		t.Error("embed does not use plain URL keys")
	}
	if strings.Contains(html, "site-header") {
		t.Error("embed carries the site header")
	}
	nf := withWords(t, &Payload{Kind: KindNotFound, Lang: "pl", Stories: []doc.Meta{{Title: "T", Lang: "pl", Slug: "t"}}})
	root, _ = NewServerPage(nf, u)
	if html := app.HTMLString(root); !strings.Contains(html, "Nie ma takiej strony") || !strings.Contains(html, `href="/pl/t"`) {
		t.Error("Polish not-found page lacks its title or the story list")
	}
	if _, err := NewServerPage(&Payload{Kind: KindEmbed, Data: map[string]widget.Files{"nope": {}}}, u); err == nil {
		t.Error("payload data for an unknown widget accepted")
	}
}
