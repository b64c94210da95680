package compile

import (
	"bytes"
	"testing"

	"github.com/computeatlas/atlas/app/lang"
	"github.com/yuin/goldmark"
)

func TestMarkers(t *testing.T) {
	runCases(t, "testdata/marker.txt", compileCase)
}

func TestMarkerExtension(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(markers{testLibrary.words("pl")}))
	var buf bytes.Buffer
	if err := md.Convert([]byte("A[!estimate] b[!nope]\n"), &buf); err != nil {
		t.Fatal(err)
	}
	want := `<p>A<a class="conf conf--estimate" href="#about-markers">szacunek</a> b[!nope]</p>` + "\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}

// Every marker has a label in every language.
func TestMarkerLabels(t *testing.T) {
	for _, l := range lang.List {
		w := testLibrary.words(l.Code)
		for _, m := range markerNames {
			if w.Markers[m] == "" {
				t.Errorf("%s: no label for %s", l.Code, m)
			}
		}
	}
	if got := markerList(); got != "[!reported], [!estimate] or [!unverified]" {
		t.Errorf("markerList() = %q", got)
	}
}
