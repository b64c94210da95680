package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// loadGeoJSON runs js/togeo.js and returns the GeoJSON it prints,
// installing the pinned npm packages first if they are missing.
func loadGeoJSON(jsDir string, log io.Writer) ([]byte, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, errors.New("node not found in PATH: mapgen needs Node.js (v20) to convert the Natural Earth TopoJSON")
	}
	if !installed(jsDir) {
		npm, err := exec.LookPath("npm")
		if err != nil {
			return nil, fmt.Errorf("npm not found in PATH: it is needed to install the pinned packages in %s (npm ci)", jsDir)
		}
		fmt.Fprintf(log, "mapgen: running npm ci in %s\n", jsDir)
		cmd := exec.Command(npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund")
		cmd.Dir = jsDir
		cmd.Stdout = log
		cmd.Stderr = log
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("npm ci in %s: %w", jsDir, err)
		}
		if !installed(jsDir) {
			return nil, fmt.Errorf("npm ci in %s did not install world-atlas and topojson-client", jsDir)
		}
	}

	var stdout, stderr bytes.Buffer
	cmd := exec.Command(node, "togeo.js")
	cmd.Dir = jsDir
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("node togeo.js in %s: %w\n%s", jsDir, err, stderr.Bytes())
	}
	return stdout.Bytes(), nil
}

// installed reports whether the npm packages togeo.js needs are present.
func installed(jsDir string) bool {
	for _, f := range []string{
		"node_modules/world-atlas/countries-50m.json",
		"node_modules/topojson-client/package.json",
	} {
		if _, err := os.Stat(filepath.Join(jsDir, f)); err != nil {
			return false
		}
	}
	return true
}
