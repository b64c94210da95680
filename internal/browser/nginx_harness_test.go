package browser

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// The static export served by Debian's nginx, configured only from the
// export's own include (nginx-atlas.conf) plus what docs/deploy.md says
// belongs in the main configuration: the brotli module.
var (
	nginxOnce sync.Once
	nginxURL  string
	nginxErr  error
)

// nginxSite exports the site with the suite's bin/atlas and serves it
// with nginx on a free loopback port, once for the package.
func nginxSite(t testing.TB) string {
	t.Helper()
	setup(t)
	nginxOnce.Do(func() { nginxURL, nginxErr = startNginx() })
	if nginxErr != nil {
		t.Fatal(nginxErr)
	}
	return nginxURL
}

func startNginx() (string, error) {
	nginx, err := exec.LookPath("nginx")
	if err != nil {
		return "", fmt.Errorf("nginx not found: run `make test`, which installs it (Debian: apt-get install nginx libnginx-mod-http-brotli-static)")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	addr := ln.Addr().String()
	ln.Close()
	work, err := os.MkdirTemp("", "atlas-nginx")
	if err != nil {
		return "", err
	}
	stops = append(stops, func() { os.RemoveAll(work) })
	site := filepath.Join(work, "site")
	export := exec.Command(atlasBin, "export", "-out", site, "-base-url", "http://"+addr)
	if out, err := export.CombinedOutput(); err != nil {
		return "", fmt.Errorf("export: %v\n%s", err, out)
	}
	brotli := ""
	if mod := "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"; fileExists(mod) {
		brotli = "load_module " + mod + ";"
	}
	conf := fmt.Sprintf(`%s
daemon off;
worker_processes 1;
pid %[2]s/nginx.pid;
error_log %[2]s/error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path %[2]s/tmp; proxy_temp_path %[2]s/tmp; fastcgi_temp_path %[2]s/tmp;
  uwsgi_temp_path %[2]s/tmp; scgi_temp_path %[2]s/tmp;
  server {
    listen %[3]s;
    root %[4]s;
    include %[4]s/nginx-atlas.conf;
  }
}
`, brotli, work, addr, site)
	if err := os.MkdirAll(filepath.Join(work, "tmp"), 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(work, "nginx.conf"), []byte(conf), 0o644); err != nil {
		return "", err
	}
	// nginx's workers run as nobody: they must be able to read the export.
	if err := exec.Command("chmod", "-R", "a+rX", work).Run(); err != nil {
		return "", err
	}
	cmd := exec.Command(nginx, "-c", filepath.Join(work, "nginx.conf"), "-e", filepath.Join(work, "error.log"))
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return "", err
	}
	stops = append(stops, func() { cmd.Process.Kill(); cmd.Wait() })
	base := "http://" + addr
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if res, err := http.Get(base + "/robots.txt"); err == nil {
			res.Body.Close()
			return base, nil
		}
	}
	log, _ := os.ReadFile(filepath.Join(work, "error.log"))
	return "", fmt.Errorf("nginx did not answer on %s:\n%s", addr, log)
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
