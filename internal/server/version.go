package server

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
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
