// Package browser holds the browser tests: real headless Chromium (Debian's
// chromium, driven by chromedp) against the real bin/atlas on loopback,
// with a small gating proxy in front of it so a test decides when app.wasm
// arrives. The tests wait on conditions (data-ready, a state), never on
// fixed sleeps, and each has its own browser context.
package browser
