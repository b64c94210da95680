package browser

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// frameSampler records, on every animation frame while window.__sampling
// is set, whether the page's text is there and uncovered, the scroll
// position, and whether the root element is still the prerendered one.
const frameSampler = `
window.__frames = [];
window.__sampling = false;
(function loop() {
  if (window.__sampling) {
    const root = document.getElementById("atlas");
    const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 3);
    window.__frames.push({
      text: root ? root.innerText.length : 0,
      uncovered: !!(root && hit && root.contains(hit)),
      y: Math.round(scrollY),
      swapped: root !== window.__root0,
    });
  }
  requestAnimationFrame(loop);
})();
`

type frame struct {
	Text      int  `json:"text"`
	Uncovered bool `json:"uncovered"`
	Y         int  `json:"y"`
	Swapped   bool `json:"swapped"`
}

// addSampler makes every new document in ctx run frameSampler.
func addSampler(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: frameSampler}); err != nil {
		t.Fatal(err)
	}
}
