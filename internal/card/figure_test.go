package card

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/widget"
)

func testFigure(keys int) Figure {
	pic := &widget.Picture{W: 100, H: 50, Marks: []widget.Mark{
		{X: 0, Y: 0, W: 100, H: 50, Fill: "#eeeeee"},
		{Path: "M0 0Q50 50 100 0", Stroke: "#c2410c", StrokeWidth: 2},
		{Text: "A <label> & more", X: 10, Y: 20, Size: 14},
	}}
	for i := 0; i < keys; i++ {
		pic.Key = append(pic.Key, widget.KeyItem{Label: strings.Repeat("key entry ", 3), Colour: "#1f4fa8", Shape: widget.KeyShape(i % 4)})
	}
	return Figure{Site: "Site", Title: `Title with "quotes" & <angles>`, Label: "State", Picture: pic, Sources: "Sources: S1 A & B", Credit: "Credit", Describe: "What it shows."}
}

// The SVG is well-formed whatever its texts hold, and keeps every text.
func TestFigureSVGIsWellFormed(t *testing.T) {
	b, err := testFigure(4).SVG()
	if err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	var texts []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, b)
		}
		if c, ok := tok.(xml.CharData); ok {
			texts = append(texts, string(c))
		}
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{`Title with "quotes" & <angles>`, "A <label> & more", "Sources: S1 A & B", "What it shows."} {
		if !strings.Contains(all, want) {
			t.Errorf("SVG lacks %q: %s", want, all)
		}
	}
}

// The figure grows with what it holds: a longer key takes more rows, and
// the PNG is the same layout at FigureZoom.
func TestFigureHeightFollowsItsKey(t *testing.T) {
	_, short, err := testFigure(1).layout()
	if err != nil {
		t.Fatal(err)
	}
	_, long, _ := testFigure(12).layout()
	if long <= short {
		t.Errorf("12 key entries: %v px, 1 entry: %v px", long, short)
	}
	b, err := testFigure(12).PNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dx() != FigureWidth*FigureZoom || img.Bounds().Dy() < int(long)*FigureZoom {
		t.Errorf("PNG %v for a layout %v px tall", img.Bounds(), long)
	}
}
