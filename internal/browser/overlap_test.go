package browser

import (
	"context"
	"fmt"
	"maps"
	"net/url"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/computeatlas/atlas/app/widgets"
)

// overlapWidths are the widths the design must hold at: the narrowest
// phone we support, a common phone, a tablet and a laptop.
var overlapWidths = []int64{320, 375, 768, 1280}

// lineSelectors are the drawn lines that must not cross a label, per
// widget: chip-gap's licence line runs through every row.
var lineSelectors = map[string]string{
	"chip-gap": ".cg-mark",
}

// overlapsJS lists, in the widget's pictures (its figures), every pair of
// visible text boxes that overlap, and every text box a listed line
// crosses: one rectangle per line of text (Range.getClientRects), shrunk
// by a pixel so that boxes which merely touch do not count. Text a reader
// cannot see (screen-reader text, closed popovers, hidden layers) has no
// box or is skipped. A box cut by the picture's edge counts too.
const overlapsJS = `((lines) => {
  const seen = (el) => {
    if (el.closest('.sr-only, [popover]:not(:popover-open)')) return false;
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.visibility !== 'visible' || s.display === 'none' || parseFloat(s.opacity) === 0) return false;
    }
    return true;
  };
  const boxes = [], cut = [];
  for (const fig of document.querySelectorAll('.widget figure')) {
    const walk = document.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const text = n.textContent.trim();
      if (!text || !seen(n.parentElement)) continue;
      let rects;
      if (n.parentElement instanceof SVGElement) {
        rects = [n.parentElement.getBoundingClientRect()];
      } else {
        const r = document.createRange();
        r.selectNodeContents(n);
        rects = [...r.getClientRects()];
      }
      // A box must also be whole: inside its figure, and inside any
      // box that clips (a cropped map).
      let frame = fig.getBoundingClientRect();
      for (let e = n.parentElement; e && e !== fig; e = e.parentElement) {
        if (getComputedStyle(e).overflow !== 'visible') { frame = e.getBoundingClientRect(); break; }
      }
      for (const b of rects) {
        if (b.width <= 1 || b.height <= 1) continue;
        boxes.push({n, text: text.slice(0, 40), b});
        if (b.left < frame.left - 1 || b.right > frame.right + 1 || b.top < frame.top - 1 || b.bottom > frame.bottom + 1) {
          cut.push(JSON.stringify(text.slice(0, 40)) + " is cut off at the picture's edge");
        }
      }
    }
  }
  const hit = (a, b) => a.left + 1 < b.right - 1 && b.left + 1 < a.right - 1 && a.top + 1 < b.bottom - 1 && b.top + 1 < a.bottom - 1;
  const out = cut;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (boxes[i].n !== boxes[j].n && hit(boxes[i].b, boxes[j].b)) out.push(JSON.stringify(boxes[i].text) + " overlaps " + JSON.stringify(boxes[j].text));
    }
  }
  if (lines) {
    for (const l of document.querySelectorAll(lines)) {
      if (!seen(l)) continue;
      const lb = l.getBoundingClientRect();
      const line = {left: lb.left - 1, right: lb.right + 1, top: lb.top, bottom: lb.bottom};
      for (const b of boxes) {
        if (hit(line, b.b)) out.push("a line (" + lines + ") crosses " + JSON.stringify(b.text));
      }
    }
  }
  return [...new Set(out)];
})`

// No two labels, tags or values in any widget's picture overlap, and no
// licence line crosses one, at 320, 375, 768 and 1280 px, in the default
// and every notable state of each widget, in both languages. Each state is
// loaded once and then laid out at each width in turn (the pictures are
// CSS: a new width needs no new page).
func TestWidgetLabelsDoNotOverlap(t *testing.T) {
	s := newSite(t, false)
	ctx := tab(t)
	for _, name := range widgets.Names() {
		spec, _ := widgets.Lookup(name)
		queries := []url.Values{{}}
		queries = append(queries, spec.Notable...)
		for _, lang := range []string{"", "pl"} {
			for _, q := range queries {
				q := maps.Clone(q) // Set replaces a key's slice: a shallow copy will do
				if lang != "" {
					q.Set("lang", lang)
				}
				address := "/embed/" + name + "?" + q.Encode()
				do(t, ctx, chromedp.Navigate(s.URL+address))
				waitReady(t, ctx)
				for _, w := range overlapWidths {
					layOutAt(t, ctx, w)
					lines := "null"
					if sel, ok := lineSelectors[name]; ok {
						lines = fmt.Sprintf("%q", sel)
					}
					for _, o := range eval[[]string](t, ctx, overlapsJS+"("+lines+")") {
						t.Errorf("%s at %d px: %s", address, w, o)
					}
				}
			}
		}
	}
}

// layOutAt gives the page in ctx a new width (a phone's below 768 px) and
// waits two frames, so the new layout is there to measure: a picture
// drawn by CSS needs no reload.
func layOutAt(t *testing.T, ctx context.Context, width int64) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: width, Height: 900, DeviceScaleFactor: 1, Mobile: width < 768}); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
}
