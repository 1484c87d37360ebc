package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// serveWith serves h on a free loopback port with newServer's timeouts
// until the test ends, and returns its address.
func serveWith(t *testing.T, h http.Handler, cfg config) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(h, cfg)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// startSlowBody opens a connection that sends a POST's headers, declaring
// a body of declared bytes, and the first few bytes of it, then nothing.
func startSlowBody(t *testing.T, addr string, declared int) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	fmt.Fprintf(c, "POST /v1/extract HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\nX-Slow: 1\r\nContent-Length: %d\r\n\r\nAnkara", addr, declared)
	return c
}

// signalRead closes a channel on the first Read of the body.
type signalRead struct {
	io.ReadCloser
	once *sync.Once
	read chan struct{}
}

func (s signalRead) Read(p []byte) (int, error) {
	s.once.Do(func() { close(s.read) })
	return s.ReadCloser.Read(p)
}

// TestSlowBodyHoldsNoSlot: a client sending its body slowly, even one
// declaring a large body, takes neither the extraction slot nor the large
// one while it sends, so others are served meanwhile (one slot, no queue:
// before, both got 503).
func TestSlowBodyHoldsNoSlot(t *testing.T) {
	cfg := config{lang: "tr", maxBytes: 1 << 20, readTimeout: 20 * time.Second, timeout: 20 * time.Second, maxInFlight: 1, queue: 0}
	h, err := newHandler(cfg)
	if err != nil {
		t.Fatal(err)
	}
	// The slow request's handler is reading its body once read is closed.
	read := make(chan struct{})
	var once sync.Once
	addr := serveWith(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Slow") != "" {
			r.Body = signalRead{r.Body, &once, read}
		}
		h.ServeHTTP(w, r)
	}), cfg)
	startSlowBody(t, addr, 300000)
	select {
	case <-read:
	case <-time.After(10 * time.Second):
		t.Fatal("the slow request's body was never read")
	}
	for _, body := range []string{"Ankara'da toplantı yapıldı.", strings.Repeat("Ankara'da toplantı yapıldı. ", 300000/28)} {
		resp, err := http.Post("http://"+addr+"/v1/extract", "text/plain", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("a %d-byte text while a client sends slowly: %d, want 200", len(body), resp.StatusCode)
		}
	}
}

// TestSlowBodyGets408: a body that does not arrive within -read-timeout
// is answered 408 (it was 400, as for a malformed body).
func TestSlowBodyGets408(t *testing.T) {
	cfg := config{lang: "tr", maxBytes: 4096, readTimeout: 300 * time.Millisecond, timeout: 5 * time.Second, maxInFlight: 1, queue: 1}
	h, err := newHandler(cfg)
	if err != nil {
		t.Fatal(err)
	}
	c := startSlowBody(t, serveWith(t, h, cfg), 100)
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusRequestTimeout || !strings.Contains(string(body), "did not arrive") {
		t.Errorf("status %d %s, want 408", resp.StatusCode, body)
	}
}

// TestLimitListener: with a limit of one, a second connection is accepted
// only once the first is closed, and Close ends a waiting Accept.
func TestLimitListener(t *testing.T) {
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := newLimitListener(inner, 1)
	accepted := make(chan net.Conn, 3)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				close(accepted)
				return
			}
			accepted <- c
		}
	}()
	for range 2 {
		c, err := net.Dial("tcp", inner.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
	}
	first := <-accepted
	if _, ok := first.(interface{ CloseWrite() error }); !ok {
		t.Error("a limited TCP connection hides CloseWrite, which net/http uses to half-close")
	}
	select {
	case <-accepted:
		t.Fatal("a second connection was accepted while the first is open")
	case <-time.After(200 * time.Millisecond):
	}
	first.Close()
	first.Close() // a second Close gives nothing back twice
	select {
	case c := <-accepted:
		defer c.Close()
	case <-time.After(5 * time.Second):
		t.Fatal("the second connection was not accepted after the first closed")
	}
	ln.Close()
	select {
	case _, ok := <-accepted:
		if ok {
			t.Error("a connection accepted after Close")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not end the waiting Accept")
	}
}
