// Command serve is a web view and JSON API over varlik.
//
//	serve [-addr 127.0.0.1:8080] [-lang auto] [-max-bytes 1048576] [-timeout 30s]
//
// GET / serves a single page (embedded, no network access) that shows a
// text with its entities highlighted by type, mentions of the same
// referent linked, and the relations as a table and a graph. The page
// submits the text in its URL fragment on load: /#text=<percent-encoded>.
//
// POST /v1/extract takes {"text": "...", "lang": "auto"} (or a text/plain
// body) and returns the Document as `tag -out json` prints it:
//
//	{"lang":"tr","entities":[{"text","type","start","end","id","canonical","score","source"}],
//	 "relations":[{"type","subject","object","role","start","end"}]}
//
// with start and end UTF-8 byte offsets into the text. Errors are JSON,
// {"error": "..."}: 400 for bad JSON, empty text, invalid UTF-8 or an
// unknown language, 413 for a body over -max-bytes, 415 for another
// content type, 503 when extraction exceeds -timeout.
//
// The server listens on loopback by default; it has no authentication, so
// put it behind a proxy before exposing it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen address (loopback by default)")
	lang := fs.String("lang", "auto", "default language: auto, tr, en or ru")
	maxBytes := fs.Int64("max-bytes", 1<<20, "largest request body in bytes")
	timeout := fs.Duration("timeout", 30*time.Second, "longest extraction of one request")
	inFlight := fs.Int("max-inflight", runtime.GOMAXPROCS(0), "extractions that may run at once")
	queue := fs.Int("queue", 4*runtime.GOMAXPROCS(0), "requests that may wait for an extraction; past them, 503 with Retry-After")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg := config{lang: *lang, maxBytes: *maxBytes, timeout: *timeout, maxInFlight: *inFlight, queue: *queue}
	if host, _, err := net.SplitHostPort(*addr); err == nil && host != "" {
		cfg.hosts = append(cfg.hosts, host) // the address it listens on, when not loopback
	}
	h, err := newHandler(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := newServer(h, *timeout)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	log.Printf("serve: listening on http://%s/", ln.Addr())
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// newServer wraps h with timeouts that bound slow clients: reading the
// request, writing the response (extraction time plus a margin), and idle
// keep-alive connections.
func newServer(h http.Handler, timeout time.Duration) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}
