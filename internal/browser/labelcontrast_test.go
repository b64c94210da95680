package browser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// labelContrastJS finds, for every visible label over the map (place,
// arc and country labels: HTML over SVG, which axe reports only as
// "incomplete"), the fill it sits on and the contrast of its text against
// it. At nine points over the label's text it walks down what is painted
// there (elementsFromPoint), past lines (a stroke is not a fill: arcs run
// behind labels by design) and transparent boxes, and composes
// every background or fill it meets until one is opaque: a label's own
// pill, then a country's fill, then the sea. The worst point counts.
// Text of 24 px, or 18.66 px bold, is large (3:1); the rest needs 4.5:1.
const labelContrastJS = `((labels) => {
  const parse = (c) => {
    let m = c.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/);
    if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
    m = c.match(/^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/);
    if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : +m[4]];
    if (c === "none" || c === "transparent") return [0, 0, 0, 0];
    throw new Error("colour " + c);
  };
  const over = (top, bottom) => { const a = top[3]; return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat(1); };
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const under = (label, x, y) => {
    const layers = [];
    for (const el of document.elementsFromPoint(x, y)) {
      const s = getComputedStyle(el);
      let c;
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) {
        c = parse(s.fill);
        if (s.fill === "none") continue;
        c[3] *= parseFloat(s.fillOpacity) * parseFloat(s.opacity);
      } else {
        c = parse(s.backgroundColor);
      }
      if (c[3] === 0) continue;
      layers.push(c);
      if (c[3] >= 1) break;
    }
    let bg = parse(getComputedStyle(document.body).backgroundColor);
    for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
    return bg;
  };
  const out = [];
  for (const label of document.querySelectorAll(labels)) {
    if (!label.getClientRects().length || getComputedStyle(label).visibility !== "visible") continue;
    for (const t of label.querySelectorAll(":scope, :scope *")) {
      const own = [...t.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim());
      if (!own.length || !t.getClientRects().length) continue;
      const s = getComputedStyle(t);
      const fg = parse(s.color);
      const px = parseFloat(s.fontSize), bold = parseInt(s.fontWeight) >= 700;
      const need = px >= 24 || (bold && px >= 18.66) ? 3 : 4.5;
      const r = document.createRange();
      r.selectNodeContents(own[0]);
      const b = r.getBoundingClientRect();
      let worst = Infinity, at = null;
      for (const fx of [0.1, 0.5, 0.9]) for (const fy of [0.2, 0.5, 0.8]) {
        const bg = under(label, b.left + b.width * fx, b.top + b.height * fy);
        const c = ratio(over(fg, bg), bg);
        if (c < worst) { worst = c; at = bg; }
      }
      if (worst < need) out.push(JSON.stringify(own[0].textContent.trim()) + " " + worst.toFixed(2) + ":1 on rgb(" + at.slice(0, 3).map(Math.round) + "), needs " + need);
    }
  }
  return out;
})`

// mapLabels are the labels over each map's picture, by embed.
var mapLabels = map[string]string{
	"diffusion-map":    ".dm-map :is(.dm-place-name, .dm-arc-text, .dm-country-label span)",
	"diversion-routes": ".dr-labels .dr-place",
}

// Every map label reads against the fill it sits on (WCAG 1.4.3: 4.5:1,
// 3:1 for large text), in light and dark, in each of the map's rule views
// and with the tiers' colours on, and on diversion-routes' map, at a
// phone's width and a laptop's.
func TestMapLabelContrast(t *testing.T) {
	s := newSite(t, false)
	states := []string{"diffusion-map?rule=before", "diffusion-map?rule=in-force&tiers=on", "diffusion-map?rule=rescinded",
		"diffusion-map?rule=rescinded&tiers=on&data=on", "diversion-routes"}
	for _, scheme := range []string{"light", "dark"} {
		ctx := tab(t)
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		}); err != nil {
			t.Fatal(err)
		}
		for _, q := range states {
			do(t, ctx, chromedp.Navigate(s.URL+"/embed/"+q))
			name, _, _ := strings.Cut(q, "?")
			waitReady(t, ctx)
			for _, w := range []int64{375, 1280} {
				layOutAt(t, ctx, w)
				// The tiers' fill fades in (600 ms): measure the end state.
				eval[bool](t, ctx, `Promise.all(document.getAnimations().filter(a => a.effect && a.effect.getTiming().iterations !== Infinity).map(a => a.finished)).then(() => true)`)
				sel := fmt.Sprintf("%q", mapLabels[name])
				labels := eval[int](t, ctx, `document.querySelectorAll(`+sel+`).length`)
				if labels < 5 {
					t.Fatalf("%s %s: %d labels found, want the map's", scheme, q, labels)
				}
				for _, bad := range eval[[]string](t, ctx, labelContrastJS+"("+sel+")") {
					t.Errorf("%s, %s at %d px: %s", scheme, q, w, bad)
				}
			}
		}
	}
}
