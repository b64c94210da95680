package server

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"net/http"
	"sort"
)

// contentVersion hashes every file of the given trees (path and bytes).
// It is go-app's app Version and our ETag: the same build always gets the
// same version, so a restart is not mistaken for a release, and any edit
// to content, styles or app.wasm is.
func contentVersion(trees ...fs.FS) (string, error) {
	h := sha256.New()
	for _, t := range trees {
		paths, err := listFiles(t)
		if err != nil {
			return "", err
		}
		sort.Strings(paths)
		for _, p := range paths {
			b, err := fs.ReadFile(t, p)
			if err != nil {
				return "", err
			}
			h.Write([]byte(p))
			h.Write([]byte{0})
			h.Write(b)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// versionPath is where our pages ask which version of the site is out
// (web/boot.js): a page whose data-version differs shows the notice that
// it has been updated. It is never stored: no-cache here, and the service
// worker leaves it to the network (goapp.go).
const versionPath = "/version.json"

// versionFile writes {"version":"<content hash>"}.
func (s *Server) versionFile(w http.ResponseWriter) {
	b, _ := json.Marshal(map[string]string{"version": s.version})
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h["Cache-Control"] = noCache
	w.Write(append(b, '\n'))
}
