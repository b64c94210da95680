package web

import (
	"fmt"
	"io/fs"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/computeatlas/atlas/content"
)

// The fallback that stands in for Inter until it arrives (site.css, the
// "Inter fallback" faces) is Arial, or Liberation Sans, which has Arial's
// metrics and is what Debian and most Linux readers have, scaled so that
// our own prose sets to the same width and sits on the same baseline as
// in Inter: size-adjust is the ratio of the two fonts' mean advance over
// the characters of our stories, weighted by how often each occurs;
// ascent- and descent-override are Inter's, divided by that scale. This
// test computes them from the font files and fails when site.css says
// otherwise (a new font, a reworded story that changes the mix a lot),
// printing the lines to paste. The browser test TestFontArrivalShiftsNothing
// checks the result: nothing moves when Inter replaces the fallback.
func TestFallbackMatchesInter(t *testing.T) {
	freq := proseCharacters(t)
	css, err := FS.ReadFile("site.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, face := range []struct {
		weight           string
		inter, liberated string
	}{
		{"400", "Inter-Regular.otf", "LiberationSans-Regular.ttf"},
		{"700", "Inter-Bold.otf", "LiberationSans-Bold.ttf"},
	} {
		inter := parseFont(t, "../internal/card/fonts/"+face.inter)
		arial := parseFont(t, liberationDir+face.liberated)
		scale := meanAdvance(t, inter, freq) / meanAdvance(t, arial, freq)
		ascent, descent := verticalMetrics(t, inter)
		want := map[string]float64{
			"size-adjust":       100 * scale,
			"ascent-override":   100 * ascent / scale,
			"descent-override":  100 * descent / scale,
			"line-gap-override": 0,
		}
		got := fallbackFace(t, string(css), face.weight)
		paste := fmt.Sprintf("size-adjust: %.2f%%; ascent-override: %.2f%%; descent-override: %.2f%%; line-gap-override: 0%%;",
			want["size-adjust"], want["ascent-override"], want["descent-override"])
		var off []string
		for _, prop := range []string{"size-adjust", "ascent-override", "descent-override", "line-gap-override"} {
			g, ok := got[prop]
			// A hundredth of a percent is what site.css writes; 0.05
			// leaves room for a story edit without a font change.
			if !ok || math.Abs(g-want[prop]) > 0.05 {
				off = append(off, fmt.Sprintf("%s %.2f%% (site.css: %.2f%%)", prop, want[prop], g))
			}
		}
		if len(off) > 0 {
			t.Errorf("weight %s: the fonts give %s; the face should say:\n  %s", face.weight, strings.Join(off, ", "), paste)
		}
	}
}

// liberationDir is where Debian's fonts-liberation puts Liberation Sans
// (scripts/deps.sh installs it with chromium).
const liberationDir = "/usr/share/fonts/truetype/liberation/"

// proseCharacters counts the characters of every story's text (not its
// front matter or markdown syntax).
func proseCharacters(t *testing.T) map[rune]int {
	t.Helper()
	freq := map[rune]int{}
	frontMatter := regexp.MustCompile(`(?s)\A---\n.*?\n---\n`)
	err := fs.WalkDir(content.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		b, err := fs.ReadFile(content.FS, p)
		if err != nil {
			return err
		}
		for _, r := range frontMatter.ReplaceAllString(string(b), "") {
			if !strings.ContainsRune("\n\t[](){}*#`|<>=_", r) {
				freq[r]++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(freq) < 50 {
		t.Fatalf("only %d distinct characters in the stories", len(freq))
	}
	return freq
}

func parseFont(t *testing.T, path string) *sfnt.Font {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (Liberation Sans: Debian fonts-liberation, which make test installs)", err)
	}
	f, err := sfnt.Parse(b)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return f
}

// meanAdvance is f's advance over the characters of freq, weighted by
// their counts, in ems. Characters f lacks are left out.
func meanAdvance(t *testing.T, f *sfnt.Font, freq map[rune]int) float64 {
	t.Helper()
	var buf sfnt.Buffer
	upem := fixed.I(int(f.UnitsPerEm()))
	var sum, n float64
	for r, c := range freq {
		g, err := f.GlyphIndex(&buf, r)
		if err != nil || g == 0 {
			continue
		}
		adv, err := f.GlyphAdvance(&buf, g, upem, font.HintingNone)
		if err != nil {
			t.Fatal(err)
		}
		sum += float64(adv) / float64(upem) * float64(c)
		n += float64(c)
	}
	return sum / n
}

// verticalMetrics are f's ascent and descent in ems (hhea, which
// Chromium uses on Linux; Inter's OS/2 typographic metrics are the same).
func verticalMetrics(t *testing.T, f *sfnt.Font) (ascent, descent float64) {
	t.Helper()
	var buf sfnt.Buffer
	upem := fixed.I(int(f.UnitsPerEm()))
	m, err := f.Metrics(&buf, upem, font.HintingNone)
	if err != nil {
		t.Fatal(err)
	}
	return float64(m.Ascent) / float64(upem), float64(m.Descent) / float64(upem)
}

// fallbackFace reads the percentages of the "Inter fallback" @font-face
// of weight in css.
func fallbackFace(t *testing.T, css, weight string) map[string]float64 {
	t.Helper()
	faces := regexp.MustCompile(`(?s)@font-face\s*\{(.*?)\}`).FindAllStringSubmatch(css, -1)
	for _, f := range faces {
		body := f[1]
		if !strings.Contains(body, `font-family: "Inter fallback"`) || !strings.Contains(body, "font-weight: "+weight+";") {
			continue
		}
		got := map[string]float64{}
		for _, m := range regexp.MustCompile(`([a-z-]+):\s*([0-9.]+)%`).FindAllStringSubmatch(body, -1) {
			v, err := strconv.ParseFloat(m[2], 64)
			if err != nil {
				t.Fatal(err)
			}
			got[m[1]] = v
		}
		return got
	}
	t.Fatalf("site.css has no \"Inter fallback\" @font-face of weight %s", weight)
	return nil
}
