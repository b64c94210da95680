// Package scripts holds the shell scripts `make` runs; this test checks
// the installer's answer on a machine where it cannot install.
package scripts

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// On a machine without chromium, as a user who cannot apt-get, deps.sh
// stops with one line saying what to install.
func TestDepsSaysWhatToInstall(t *testing.T) {
	bin := t.TempDir()
	// A PATH with no chromium, an `id` that says we are not root, and the
	// few tools the script needs before it gives up.
	if err := os.WriteFile(filepath.Join(bin, "id"), []byte("#!/bin/sh\necho 1000\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tool := range []string{"dirname", "grep", "go"} {
		p, err := exec.LookPath(tool)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(p, filepath.Join(bin, tool)); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("/bin/bash", "deps.sh")
	cmd.Env = append(os.Environ(), "PATH="+bin)
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("deps.sh succeeded without chromium:\n%s", out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "apt-get install chromium") {
		t.Errorf("deps.sh said %q, want one line naming the package to install", out)
	}
}
