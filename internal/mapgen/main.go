// Command mapgen generates the country shapes of the diffusion-map widget
// (content/data/diffusion-map-geo.json) from Natural Earth 1:50m borders.
//
// The borders come from the npm package world-atlas 2.0.2, turned from
// TopoJSON into GeoJSON by a small Node script (js/togeo.js, using
// topojson-client 3.1.0; both pinned in js/package-lock.json). mapgen runs
// that script (after npm ci if js/node_modules is missing), keeps the
// countries that reach the widget's frame, projects them with
// mapframe.Project, simplifies them, and writes one SVG path per
// country. The output is deterministic; a test checks that the committed
// file is reproduced. Run it through go generate:
//
//	go generate ./app/widget/diffusionmap/
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/paulmach/orb"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "mapgen:", err)
		os.Exit(1)
	}
}

// run is the whole command: go generate and the tests both come through
// here.
func run(args []string, log io.Writer) error {
	fs := flag.NewFlagSet("mapgen", flag.ContinueOnError)
	fs.SetOutput(log)
	out := fs.String("out", "", "output JSON file (required)")
	jsDir := fs.String("js", defaultJSDir(), "folder with package.json and togeo.js")
	frame := fs.String("frame", "", "a region's frame in degrees, lonMin,latMin,lonMax,latMax (default: the whole map's)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return errors.New("-out is required")
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *jsDir == "" {
		return errors.New("cannot locate the js folder from the source path; pass -js")
	}

	start := time.Now()
	raw, err := loadGeoJSON(*jsDir, log)
	if err != nil {
		return err
	}
	opt := defaultOptions()
	if *frame != "" {
		var f orb.Bound
		if _, err := fmt.Sscanf(*frame, "%g,%g,%g,%g", &f.Min[0], &f.Min[1], &f.Max[0], &f.Max[1]); err != nil || f.Min[0] >= f.Max[0] || f.Min[1] >= f.Max[1] {
			return fmt.Errorf("-frame %q: want lonMin,latMin,lonMax,latMax", *frame)
		}
		opt.Frame = f
	}
	countries, err := build(raw, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := writeJSON(&buf, countries, opt.viewBox()); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(log, "mapgen: wrote %s: %d countries, %d bytes in %v\n",
		*out, len(countries), buf.Len(), time.Since(start).Round(time.Millisecond))
	return nil
}

// defaultJSDir is the js folder next to this source file, so the command
// works from whatever directory go generate or go test runs it in. It is
// empty if the build dropped source paths (-trimpath).
func defaultJSDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok || !filepath.IsAbs(file) {
		return ""
	}
	return filepath.Join(filepath.Dir(file), "js")
}
