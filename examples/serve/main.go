// Command serve is a web view and JSON API over varlik.
//
//	serve [-addr 127.0.0.1:8080] [-lang auto] [-max-bytes 1048576] [-read-timeout 30s] [-timeout 30s]
//	      [-max-inflight GOMAXPROCS] [-queue 4×GOMAXPROCS] [-max-conns 256]
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
// {"error": "..."}: 400 for bad JSON, empty text, invalid UTF-8 (a \u
// escape of half a surrogate pair, "\ud800", included) or an
// unknown language, 403 for a Host or Origin not its own, 404 for another
// path, 405 for another method, 408 for a request not sent within
// -read-timeout, 413 for a body over -max-bytes, 415 for another content
// type, 503 when extraction exceeds -timeout or the server is busy.
//
// Limits: a request's body is read whole (under -read-timeout and
// -max-bytes) before it waits for an extraction; -max-inflight extractions
// run at once and -queue requests may wait for one (past them, 503 with
// Retry-After); a text over 256 KiB also needs the one slot for large
// texts; at most -max-conns connections are open at once (more wait to be
// accepted), which also bounds the memory of bodies being read to about
// -max-conns × -max-bytes.
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
	readTimeout := fs.Duration("read-timeout", 30*time.Second, "longest a client may take to send a request, body included; past it, 408")
	timeout := fs.Duration("timeout", 30*time.Second, "longest wait for an extraction and the extraction itself, once the body is read")
	maxConns := fs.Int("max-conns", 256, "connections open at once; more wait to be accepted")
	inFlight := fs.Int("max-inflight", runtime.GOMAXPROCS(0), "extractions that may run at once")
	queue := fs.Int("queue", 4*runtime.GOMAXPROCS(0), "requests that may wait for an extraction; past them, 503 with Retry-After")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *maxConns < 1 || *readTimeout <= 0 || *timeout <= 0 {
		return errors.New("-max-conns, -read-timeout and -timeout must be positive")
	}
	cfg := config{lang: *lang, maxBytes: *maxBytes, readTimeout: *readTimeout, timeout: *timeout, maxInFlight: *inFlight, queue: *queue}
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
	ln = newLimitListener(ln, *maxConns)
	srv := newServer(h, cfg)
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
// request (its body included: the handler answers 408 past it), writing
// the response (the time to read the body, to wait for and run the
// extraction, plus a margin), and idle keep-alive connections.
func newServer(h http.Handler, cfg config) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: min(10*time.Second, cfg.readTimeout),
		ReadTimeout:       cfg.readTimeout,
		WriteTimeout:      cfg.readTimeout + cfg.timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}
