package server

import (
	"encoding/xml"
	"html"
	"image"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/widgets"
)

// svgDoc is what a test reads of a picture file: its title and every
// text it draws, in order.
type svgDoc struct {
	XMLName xml.Name
	Title   string
	Texts   []string
}

func parseSVG(t *testing.T, b []byte) svgDoc {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(string(b)))
	var doc svgDoc
	var in string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if doc.XMLName.Local == "" {
				doc.XMLName = tok.Name
			}
			in = tok.Name.Local
			for _, a := range tok.Attr {
				if a.Name.Local == "href" || (a.Name.Local != "xmlns" && strings.HasPrefix(a.Value, "http")) {
					t.Errorf("<%s %s=%q>: a picture file links nothing", tok.Name.Local, a.Name.Local, a.Value)
				}
			}
			if tok.Name.Local == "script" || tok.Name.Local == "image" || tok.Name.Local == "foreignObject" {
				t.Errorf("a picture file holds a <%s>", tok.Name.Local)
			}
		case xml.CharData:
			switch in {
			case "title":
				doc.Title += string(tok)
			case "text":
				doc.Texts = append(doc.Texts, string(tok))
			}
		case xml.EndElement:
			in = ""
		}
	}
	return doc
}

// A picture file stands alone: it carries the widget's title, the
// state's label, its key, its sources and the licence, with the address
// of the view it shows; and it follows the state and the language.
func TestPictureFilesCarryWhatThePageShowsAroundThePicture(t *testing.T) {
	s := newTestServer(t)
	rec := get(t, s, "/picture/diffusion-map.svg?rule=in-force&tiers=on")
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "image/svg+xml" {
		t.Fatalf("svg: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, `filename="diffusion-map-`) || !strings.Contains(cd, "rule-in-force") {
		t.Errorf("Content-Disposition %q does not name the state", cd)
	}
	doc := parseSVG(t, rec.Body.Bytes())
	all := strings.Join(doc.Texts, "\n")
	if doc.XMLName.Local != "svg" || doc.XMLName.Space != "http://www.w3.org/2000/svg" {
		t.Errorf("root %v", doc.XMLName)
	}
	title := s.lib.WidgetTitle("en", "diffusion-map")
	if doc.Title != title || !strings.Contains(strings.ReplaceAll(all, "\n", " "), "Chinese AI firms moved training") {
		t.Errorf("title %q, want %q drawn and named", doc.Title, title)
	}
	for _, want := range []string{
		"Rule as written",                   // the state's label
		"Blocked under the rule as written", // its key: the blocked routes
		"Tier 3",                            // the key: tiers are on
		"Natural Earth",                     // the map's own credit
		"Sources: ",                         // the source line
		"Alston & Bird",                     // one source the data cites, by publisher
		"CC BY 4.0",                         // the licence
		"https://atlas.example/embed/diffusion-map?", // the view
		"rule=in-force",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the SVG does not draw %q; it draws:\n%s", want, all)
		}
	}
	if strings.Contains(all, "S22") {
		t.Error("the SVG names a source by its fact-sheet id (S22): a picture names publishers")
	}
	// Another state: another label and key.
	doc = parseSVG(t, get(t, s, "/picture/diffusion-map.svg?rule=before").Body.Bytes())
	all = strings.Join(doc.Texts, "\n")
	if strings.Contains(all, "Blocked under") || strings.Contains(all, "Tier 3") || !strings.Contains(all, "Training abroad") {
		t.Errorf("before the rule, with tiers off, the key is wrong:\n%s", all)
	}
	// Polish.
	doc = parseSVG(t, get(t, s, "/picture/chip-gap.svg?lang=pl").Body.Bytes())
	if doc.Title != s.lib.WidgetTitle("pl", "chip-gap") || !strings.Contains(strings.Join(doc.Texts, "\n"), "Źródła: ") {
		t.Errorf("Polish picture: title %q, texts %q", doc.Title, doc.Texts)
	}
}

// The PNG is the same figure at twice the size: its picture differs
// between two states, and the dark scheme is dark.
func TestPicturePNGFollowsStateAndScheme(t *testing.T) {
	s := newTestServer(t)
	a := cardPNG(t, s, "/picture/diffusion-map.png?rule=before")
	b := cardPNG(t, s, "/picture/diffusion-map.png?rule=in-force")
	if a.Bounds().Dx() != 2400 {
		t.Errorf("PNG is %d px wide, want 2400", a.Bounds().Dx())
	}
	if n := differing(a, b, image.Rect(96, 500, 2304, 1800)); n < 2000 {
		t.Errorf("two states' pictures differ in %d pixels", n)
	}
	light := cardPNG(t, s, "/picture/chip-gap.png")
	dark := cardPNG(t, s, "/picture/chip-gap.png?theme=dark")
	lum := func(img image.Image, x, y int) uint32 { r, g, b, _ := img.At(x, y).RGBA(); return (r + g + b) / 3 >> 8 }
	if lum(light, 10, 10) < 200 || lum(dark, 10, 10) > 60 {
		t.Errorf("background: light %d, dark %d", lum(light, 10, 10), lum(dark, 10, 10))
	}
}

// Each widget links its picture in the state on screen, next to its data.
func TestPagesLinkPicturesOfTheirState(t *testing.T) {
	s := newTestServer(t)
	b := html.UnescapeString(get(t, s, "/en/where-training-moves?diffusion-map.rule=in-force").Body.String())
	for _, want := range []string{
		`href="/data/diffusion-map.csv"`,
		`href="/picture/diffusion-map.svg?data=off&date=2026-07-01&h20=restricted&rule=in-force&tiers=off"`,
		`href="/picture/diffusion-map.png?data=off&date=2026-07-01&h20=restricted&rule=in-force&tiers=off"`,
		`href="/picture/chip-gap.svg?metric=tpp&threshold=on"`,
	} {
		if !strings.Contains(b, want) {
			t.Errorf("the story lacks %s", want)
		}
	}
	pl := html.UnescapeString(get(t, s, "/embed/chip-gap?lang=pl&metric=memory").Body.String())
	if !regexp.MustCompile(`href="/picture/chip-gap\.svg\?lang=pl&metric=memory&threshold=[a-z]+"`).MatchString(pl) {
		t.Errorf("a Polish embed does not link its Polish picture")
	}
}

// Spec.Drawn, which the browser reads, says what the server knows: that
// the widget has a drawing; every drawn widget's files are exported.
func TestDrawnMeansTheServerDraws(t *testing.T) {
	for _, name := range widgets.Names() {
		spec, _ := widgets.Lookup(name)
		if spec.Drawn != (spec.Card != nil) {
			t.Errorf("%s: Drawn %v, but Card set: %v", spec.Name, spec.Drawn, spec.Card != nil)
		}
	}
}

// Bad picture addresses get a 404 or the default state, never a 500.
func TestPictureBadInput(t *testing.T) {
	s := newTestServer(t)
	for path, want := range map[string]int{
		"/picture/no-such-widget.svg":       404,
		"/picture/demo-scale.svg":           404, // it has no drawing
		"/picture/chip-gap.gif":             404,
		"/picture/chip-gap":                 404,
		"/picture/../chip-gap.svg":          404,
		"/picture/embed/chip-gap.svg":       404,
		"/picture/chip-gap.svg?metric=foo":  200,
		"/picture/chip-gap.png?theme=mauve": 200,
		"/picture/chip-gap.svg?lang=xx":     200,
	} {
		if rec := get(t, s, path); rec.Code != want {
			t.Errorf("%s: %d, want %d", path, rec.Code, want)
		}
	}
}

// What the gallery and oEmbed give to paste pins the date a dated widget
// shows, and its picture says which date that is.
func TestGalleryAndPicturesPinTheDate(t *testing.T) {
	s := newTestServer(t)
	b := html.UnescapeString(get(t, s, "/en/widgets").Body.String())
	for _, want := range []string{"/card/embed/timeline/date=2026-07-01.png", "/embed/diffusion-map?data=off&date=2026-07-01", "/embed/job-borders?chips=rent&date=2026-07-01"} {
		if !strings.Contains(b, want) {
			t.Errorf("the gallery lacks %s", want)
		}
	}
	if strings.Contains(b, "date=&") || strings.Contains(b, `date="`) {
		t.Error("the gallery carries an empty date")
	}
	doc := parseSVG(t, get(t, s, "/picture/diffusion-map.svg?date=2025-02-01").Body.Bytes())
	if all := strings.Join(doc.Texts, "\n"); !strings.Contains(all, "As of 13 January 2025") {
		t.Errorf("a dated picture does not say its date:\n%s", all)
	}
}
