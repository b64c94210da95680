package server

import (
	"bytes"
	"html"
	"image"
	"image/png"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

var (
	ogImage    = regexp.MustCompile(`<meta property="og:image" content="([^"]+)">`)
	ogImageAlt = regexp.MustCompile(`<meta property="og:image:alt" content="([^"]*)">`)
)

// Every kind of page has a large card: og:image (a 1200×630 PNG of this
// site) with its size and alt text, and twitter's large-image card.
func TestCardTagsOnEveryPageKind(t *testing.T) {
	s := newTestServer(t)
	for _, page := range []string{"/", "/pl/", "/en/where-training-moves", "/pl/kontrola-eksportu-w-piec-minut", "/en/glossary", "/embed/chip-gap?lang=pl", "/embed/diffusion-map?rule=before"} {
		b := get(t, s, page).Body.String()
		m := ogImage.FindStringSubmatch(b)
		if m == nil || !strings.HasPrefix(m[1], "https://atlas.example/card/") || !strings.Contains(m[1], ".png") {
			t.Errorf("%s: og:image %v", page, m)
			continue
		}
		for _, want := range []string{`<meta property="og:image:width" content="1200">`, `<meta property="og:image:height" content="630">`, `<meta name="twitter:card" content="summary_large_image">`} {
			if !strings.Contains(b, want) {
				t.Errorf("%s lacks %s", page, want)
			}
		}
		if a := ogImageAlt.FindStringSubmatch(b); a == nil || len(a[1]) < 20 {
			t.Errorf("%s: og:image:alt %v", page, a)
		}
		img := cardPNG(t, s, strings.TrimPrefix(html.UnescapeString(m[1]), "https://atlas.example"))
		if img.Bounds().Dx() != 1200 || img.Bounds().Dy() != 630 {
			t.Errorf("%s: card is %v", page, img.Bounds())
		}
	}
}

// A shared address with a widget's state gets the card of that state,
// and its alt text is that state's description (the figure's caption).
func TestCardFollowsTheState(t *testing.T) {
	s := newTestServer(t)
	b := get(t, s, "/en/where-training-moves?diffusion-map.rule=in-force").Body.String()
	m := ogImage.FindStringSubmatch(b)
	if m == nil || !strings.Contains(html.UnescapeString(m[1]), "diffusion-map.rule=in-force") {
		t.Fatalf("og:image of a state address: %v", m)
	}
	caption := regexp.MustCompile(`(?s)<figcaption[^>]*class="dm-describe[^"]*"[^>]*>(.*?)</figcaption>`).FindStringSubmatch(b)
	alt := ogImageAlt.FindStringSubmatch(b)
	if caption == nil || alt == nil || strings.TrimSpace(html.UnescapeString(caption[1])) != html.UnescapeString(alt[1]) {
		t.Errorf("og:image:alt %v is not the map's description %v", alt, caption)
	}
}

// Cards of two states of one widget differ where the picture does (the
// flows, the bars), not only in their label.
func TestCardPicturesDifferByState(t *testing.T) {
	s := newTestServer(t)
	picture := image.Rect(56, 250, 1144, 560) // below the title and label
	for _, c := range [][2]string{
		{"/card/embed/diffusion-map.png?rule=before", "/card/embed/diffusion-map.png?rule=in-force"},
		{"/card/en/where-training-moves.png?diffusion-map.rule=before", "/card/en/where-training-moves.png?diffusion-map.rule=rescinded"},
		{"/card/embed/chip-gap.png?metric=tpp", "/card/embed/chip-gap.png?metric=memory"},
	} {
		a, b := cardPNG(t, s, c[0]), cardPNG(t, s, c[1])
		if n := differing(a, b, picture); n < 500 {
			t.Errorf("%s and %s differ in %d pixels of the picture, want the drawing to differ", c[0], c[1], n)
		}
	}
	// The same state twice is the same image.
	if n := differing(cardPNG(t, s, "/card/embed/chip-gap.png?metric=memory"), cardPNG(t, s, "/card/embed/chip-gap.png?metric=memory&utm_source=x"), image.Rect(0, 0, 1200, 630)); n != 0 {
		t.Errorf("one state, two cards: %d pixels differ", n)
	}
}

// Bad card addresses get a 404 or the default state, never a 500.
func TestCardBadInput(t *testing.T) {
	s := newTestServer(t)
	for path, want := range map[string]int{
		"/card/en/no-such-story.png":           404,
		"/card/embed/no-such-widget.png":       404,
		"/card/../etc/passwd.png":              404,
		"/card/en/where-training-moves":        404,
		"/card/embed/chip-gap.png?metric=foo":  200,
		"/card/embed/chip-gap.png?theme=mauve": 200,
	} {
		if rec := get(t, s, path); rec.Code != want {
			t.Errorf("%s: %d, want %d", path, rec.Code, want)
		}
	}
}

func cardPNG(t *testing.T, s *Server, path string) image.Image {
	t.Helper()
	rec := get(t, s, path)
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "image/png" {
		t.Fatalf("%s: %d %s", path, rec.Code, rec.Header().Get("Content-Type"))
	}
	img, err := png.Decode(bytes.NewReader(rec.Body.Bytes()))
	if err != nil {
		t.Fatalf("%s is not a PNG: %v", path, err)
	}
	return img
}

func differing(a, b image.Image, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				n++
			}
		}
	}
	return n
}

// A state's card also has an address with the state in its path (the
// gallery's thumbnails, a static host's files): the same image as the
// query form, at one address per state.
func TestCardStateInThePath(t *testing.T) {
	s := newTestServer(t)
	whole := image.Rect(0, 0, 1200, 630)
	for path, query := range map[string]string{
		"/card/embed/diffusion-map/rule=in-force,tiers=on.png":        "/card/embed/diffusion-map.png?rule=in-force&tiers=on",
		"/card/embed/timeline/date=2025-05-13,lang=pl.png":            "/card/embed/timeline.png?date=2025-05-13&lang=pl",
		"/card/en/where-training-moves/diffusion-map.rule=before.png": "/card/en/where-training-moves.png?diffusion-map.rule=before",
	} {
		if n := differing(cardPNG(t, s, path), cardPNG(t, s, query), whole); n != 0 {
			t.Errorf("%s and %s differ in %d pixels", path, query, n)
		}
	}
	if n := differing(cardPNG(t, s, "/card/embed/diffusion-map/rule=before.png"), cardPNG(t, s, "/card/embed/diffusion-map.png"), whole); n < 500 {
		t.Errorf("the path's state is not drawn: %d pixels differ from the default card", n)
	}
	for _, path := range []string{
		"/card/embed/diffusion-map/tiers=on,rule=in-force.png", // not in canonical order
		"/card/embed/diffusion-map/rule=sideways.png",          // a value the widget ignores
		"/card/embed/diffusion-map/utm_source=x.png",           // a key that makes no state
		"/card/embed/diffusion-map/rule=before,rule=in-force.png",
		"/card/embed/no-such-widget/rule=before.png",
		"/card/en/no-such-story/x=y.png",
	} {
		if rec := get(t, s, path); rec.Code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", path, rec.Code)
		}
	}
}
