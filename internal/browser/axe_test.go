package browser

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axeSource is axe-core, installed by scripts/deps.sh (npm ci in testdata).
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Fatalf("axe-core is not installed (run `make test`, which runs npm ci in internal/browser/testdata): %v", err)
	}
	return string(b)
}

type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []string `json:"target"`
	} `json:"nodes"`
}

// Every kind of page, after takeover, in light and dark schemes, has zero
// axe-core violations (WCAG 2.1 A and AA, and best practices).
func TestAccessibility(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	axe := axeSource(t)
	pages := []string{
		story,
		story + "?chip-gap.metric=memory&chip-gap.threshold=off",
		"/pl/dokad-przenosi-sie-trening",
		"/",
		"/?lang=pl",
		"/embed/chip-gap?metric=tflops",
		"/embed/diffusion-map?rule=in-force&tiers=on&data=on",
		"/embed/diffusion-map?theme=dark&h20=allowed",
		"/embed/chip-gap?theme=dark&metric=foo",
		"/en/no-such-story",
		"/en/glossary",
		"/pl/widgets",
		"/pl/kontrola-eksportu-w-piec-minut",
		"/en/export-controls-in-five-minutes",
	}
	dark := tab(t)
	if _, err := chromedp.Call(dark, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
	}); err != nil {
		t.Fatal(err)
	}
	for _, page := range pages {
		axeCheck(t, ctx, s.URL, page, axe, "light")
		axeCheck(t, dark, s.URL, page, axe, "dark")
	}
}

func axeCheck(t *testing.T, ctx context.Context, base, p, axe, scheme string) {
	t.Helper()
	{
		do(t, ctx, chromedp.Navigate(base+p))
		waitReady(t, ctx)
		eval[chromedp.Void](t, ctx, axe)
		// Open the data table so its contents are checked too.
		eval[chromedp.Void](t, ctx, `document.querySelectorAll("details").forEach(d => d.open = true)`)
		vs := eval[[]axeViolation](t, ctx, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}).then(r => r.violations)`)
		for _, v := range vs {
			var targets []string
			for _, n := range v.Nodes {
				targets = append(targets, fmt.Sprint(n.Target))
			}
			t.Errorf("%s (%s): %s (%s): %s at %s", p, scheme, v.ID, v.Impact, v.Help, strings.Join(targets, ", "))
		}
	}
}
