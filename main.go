// Command atlas serves Compute Atlas, or exports it as static files.
//
//	atlas serve  -addr HOST:PORT -base-url URL
//	atlas export -out DIR -base-url URL
//	atlas check  [-content DIR]   compile the content, report every error
//
// Everything it serves is embedded: the content (compiled at start-up; a
// broken story stops it, naming file:line) and web/ with app.wasm.
package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/computeatlas/atlas/content"
	"github.com/computeatlas/atlas/internal/server"
	"github.com/computeatlas/atlas/web"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "atlas:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	cmd := "serve"
	if len(args) > 0 && (args[0] == "serve" || args[0] == "export" || args[0] == "check") {
		cmd, args = args[0], args[1:]
	}
	fset := flag.NewFlagSet(cmd, flag.ContinueOnError)
	baseURL := fset.String("base-url", "http://localhost:8000", "public origin for canonical links, og:url and the sitemap")
	addr := fset.String("addr", "localhost:8000", "address to listen on (port 0 picks a free one)")
	out := fset.String("out", "dist", "export: directory to write")
	contentDir := fset.String("content", "", "serve content from this folder instead of the embedded copy (for writing)")
	logRequests := fset.Bool("log-requests", true, "serve: log one line per request to stderr")
	if err := fset.Parse(args); err != nil {
		return err
	}
	if fset.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (commands: serve, export, check)", fset.Arg(0))
	}
	var contentFS fs.FS = content.FS
	if *contentDir != "" {
		contentFS = os.DirFS(*contentDir)
	}
	srv, err := server.New(server.Config{BaseURL: *baseURL, Content: contentFS, Web: web.FS})
	if err != nil {
		return err
	}
	switch cmd {
	case "check":
		fmt.Println("content ok")
		return nil
	case "export":
		done, err := srv.Export(*out)
		if err != nil {
			return fmt.Errorf("export: %w (%s is as it was)", err, *out)
		}
		fmt.Printf("exported %d files (%d pages, %d compressed twice over), %d bytes, to %s\n", done.Files, done.Pages, done.Compressed, done.Bytes, *out)
		return nil
	default:
		return serve(srv, *addr, *logRequests)
	}
}

// memoryLimit is the soft limit of the Go heap (GOMEMLIMIT).
const memoryLimit = 192 << 20

func serve(srv *server.Server, addr string, logRequests bool) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	// Tests read this first line to find the port of -addr 127.0.0.1:0.
	fmt.Printf("listening on http://%s\n", ln.Addr())
	// Readers' first pages are rendered and compressed before they ask.
	go srv.Warm()
	// Keep the heap near what the stored pages need (64 MiB) rather than
	// let a burst of renders double it before the collector runs; an
	// operator's GOMEMLIMIT wins.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	level := slog.LevelInfo
	if !logRequests {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return server.Serve(ctx, ln, server.NewHTTPServer(srv, server.DefaultTimeouts, log), server.DefaultTimeouts)
}
