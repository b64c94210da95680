// Command screenshots writes what readers see, for a person to look at
// before calling a visual change done (`make screenshots`): PNGs of every
// page of the sitemap, the not-found page, every embed and each widget's
// notable states (the gallery's links), at 320, 375, 768 and 1280 px in
// light and dark, and of each page's print rendering, with an index.html
// contact sheet. It runs bin/atlas on a free loopback port and Debian's
// chromium, like the browser tests; the folder is not committed.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// config is what one run takes.
type config struct {
	bin    string   // bin/atlas
	out    string   // the folder to write
	widths []int64  // viewport widths, CSS px
	themes []string // "light", "dark"
	only   *regexp.Regexp
	print  bool
}

func main() {
	var cfg config
	var widths, themes, only string
	flag.StringVar(&cfg.bin, "bin", "bin/atlas", "the server binary")
	flag.StringVar(&cfg.out, "out", "screenshots", "where to write the PNGs and index.html")
	flag.StringVar(&widths, "widths", "320,375,768,1280", "viewport widths in CSS px")
	flag.StringVar(&themes, "themes", "light,dark", "colour schemes")
	flag.StringVar(&only, "only", "", "only addresses that match this regular expression")
	flag.BoolVar(&cfg.print, "print", true, "also the print rendering of each address")
	flag.Parse()
	for _, w := range strings.Split(widths, ",") {
		n, err := strconv.ParseInt(strings.TrimSpace(w), 10, 64)
		if err != nil || n < 200 {
			log.Fatalf("screenshots: -widths: %q is not a width", w)
		}
		cfg.widths = append(cfg.widths, n)
	}
	cfg.themes = strings.Split(themes, ",")
	cfg.only = regexp.MustCompile(only)
	shots, err := run(cfg)
	if err != nil {
		log.Fatal("screenshots: ", err)
	}
	fmt.Printf("wrote %d screenshots and %s\n", len(shots), filepath.Join(cfg.out, "index.html"))
}

// shot is one screenshot: the address, how it was taken, its file.
type shot struct {
	Path, How, File string
}

func run(cfg config) ([]shot, error) {
	base, stop, err := serve(cfg.bin)
	if err != nil {
		return nil, err
	}
	defer stop()
	paths, err := addresses(base)
	if err != nil {
		return nil, err
	}
	paths = slices.DeleteFunc(paths, func(p string) bool { return !cfg.only.MatchString(p) })
	if len(paths) == 0 {
		return nil, errors.New("no address matches -only")
	}
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return nil, err
	}
	chrome, err := exec.LookPath("chromium")
	if err != nil {
		return nil, errors.New("chromium not found: run `make test` once, which installs it (Debian: apt-get install chromium)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chrome), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.Flag("hide-scrollbars", true))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Do(browser); err != nil {
		return nil, err
	}
	var shots []shot
	for _, p := range paths {
		for _, w := range cfg.widths {
			for _, theme := range cfg.themes {
				s, err := take(browser, base, p, w, theme, false, cfg.out)
				if err != nil {
					return shots, err
				}
				shots = append(shots, s)
			}
		}
		if cfg.print {
			s, err := take(browser, base, p, 800, "light", true, cfg.out)
			if err != nil {
				return shots, err
			}
			shots = append(shots, s)
		}
	}
	return shots, contactSheet(cfg.out, shots)
}

// maxHeight caps a full-page screenshot (a story at 320 px is tens of
// thousands of pixels): the top of the page is what the sheet is for.
const maxHeight = 6000

// take loads path at width in theme (or as printed) in a fresh tab, waits
// until the page is live (or 15 s), and writes the screenshot.
func take(browser context.Context, base, path string, width int64, theme string, print bool, out string) (shot, error) {
	ctx, cancel := chromedp.NewContext(browser)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	defer cancelT()
	how := strconv.FormatInt(width, 10) + "-" + theme
	media := ""
	if print {
		how, media = "print", "print"
	}
	phone := width < 768
	if _, err := chromedp.Run(ctx, chromedp.EmulateViewport(width, 800, func(p *emulation.SetDeviceMetricsOverrideParams, t *emulation.SetTouchEmulationEnabledParams) {
		p.Mobile, t.Enabled = phone, phone
	})); err != nil {
		return shot{}, err
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Media: media, Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: theme}},
	}); err != nil {
		return shot{}, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Navigate(base+path)); err != nil {
		return shot{}, fmt.Errorf("%s: %w", path, err)
	}
	// A reader's first key starts the wasm where it waits for one (an
	// embed); the page is then live, as a reader sees it once they act.
	live, cancelLive := context.WithTimeout(ctx, 15*time.Second)
	chromedp.Run(live, chromedp.Poll[bool](`(() => {
		if (document.documentElement.dataset.ready === "true") return true;
		document.dispatchEvent(new KeyboardEvent("keydown", {key: "Shift"}));
		return false;
	})()`))
	cancelLive()
	// Lazy pictures and fonts, and a frame for the transitions to settle.
	chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](`(async () => {
		document.querySelectorAll('img[loading="lazy"]').forEach(i => i.loading = "eager");
		await document.fonts.ready;
		await new Promise(r => setTimeout(r, 600));
	})()`, chromedp.EvalAwaitPromise))
	height, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollHeight`))
	if err != nil {
		return shot{}, err
	}
	clip := &page.Viewport{Width: float64(width), Height: min(height, maxHeight), Scale: 1}
	yes := true
	png, err := chromedp.Call(ctx, page.CaptureScreenshot, page.CaptureScreenshotParams{CaptureBeyondViewport: &yes, FromSurface: &yes, Clip: clip})
	if err != nil {
		return shot{}, fmt.Errorf("%s: %w", path, err)
	}
	s := shot{Path: path, How: how, File: fileName(path) + "-" + how + ".png"}
	return s, os.WriteFile(filepath.Join(out, s.File), png.Data, 0o644)
}

// fileName makes an address a file name: "/" is "index", "/embed/x?a=b"
// is "embed-x-a-b".
func fileName(path string) string {
	name := strings.Trim(regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(strings.ToLower(path), "-"), "-")
	if name == "" {
		return "index"
	}
	return name
}

// serve starts bin/atlas on a free loopback port.
func serve(bin string) (string, func(), error) {
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0", "-log-requests=false")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("start %s: %w (run make build)", bin, err)
	}
	stop := func() { cmd.Process.Kill(); cmd.Wait() }
	line, err := bufio.NewReader(stdout).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "listening on ")
	if err != nil || !ok {
		stop()
		return "", nil, fmt.Errorf("%s said %q, want listening on …", bin, line)
	}
	go io.Copy(io.Discard, stdout)
	return addr, stop, nil
}

// addresses are the pages of the sitemap, the not-found page, and every
// embed those pages link: each widget's default and the gallery's notable
// states.
func addresses(base string) ([]string, error) {
	sitemap, err := fetch(base + "/sitemap.xml")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range regexp.MustCompile(`<loc>https?://[^/<]+(/[^<]*)</loc>`).FindAllStringSubmatch(sitemap, -1) {
		out = append(out, m[1])
	}
	// The embeds the pages link (the gallery's states among them).
	var links strings.Builder
	for _, p := range out {
		page, err := fetch(base + p)
		if err != nil {
			return nil, err
		}
		links.WriteString(page)
	}
	out = append(out, "/no-such-page")
	for _, m := range regexp.MustCompile(`href="(/embed/[^"#]*)"`).FindAllStringSubmatch(links.String(), -1) {
		link := strings.ReplaceAll(m[1], "&amp;", "&")
		plain, _, _ := strings.Cut(link, "?")
		for _, p := range []string{plain, link} {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out, nil
}

func fetch(u string) (string, error) {
	res, err := http.Get(u)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("%s: %s", u, res.Status)
	}
	return string(b), err
}

// contactSheet writes index.html: one row per address, its screenshots
// side by side, each linking the full image.
func contactSheet(out string, shots []shot) error {
	type row struct {
		Path  string
		Shots []shot
	}
	var rows []row
	for _, s := range shots {
		if len(rows) == 0 || rows[len(rows)-1].Path != s.Path {
			rows = append(rows, row{Path: s.Path})
		}
		rows[len(rows)-1].Shots = append(rows[len(rows)-1].Shots, s)
	}
	f, err := os.Create(filepath.Join(out, "index.html"))
	if err != nil {
		return err
	}
	defer f.Close()
	return sheet.Execute(f, rows)
}

var sheet = template.Must(template.New("sheet").Parse(`<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Compute Atlas screenshots</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem; background: #f4f5f7; }
section { margin: 0 0 2rem; }
.row { display: flex; gap: 1rem; overflow-x: auto; align-items: flex-start; }
figure { margin: 0; flex: none; }
figure img { display: block; width: 180px; height: 360px; object-fit: cover; object-position: top; border: 1px solid #ccd; background: #fff; }
figcaption { font-size: 12px; color: #445; }
</style>
<h1>Compute Atlas screenshots</h1>
{{range .}}<section><h2><code>{{.Path}}</code></h2><div class="row">
{{range .Shots}}<figure><a href="{{.File}}"><img src="{{.File}}" alt="{{.Path}} at {{.How}}" loading="lazy"></a><figcaption>{{.How}}</figcaption></figure>
{{end}}</div></section>
{{end}}</html>
`))
