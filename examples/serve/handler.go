package main

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/internal/jsonin"
	"golang.org/x/text/language"
)

//go:embed static/index.html
var static embed.FS

// config is what the handler needs from the flags.
type config struct {
	lang        string        // default language when a request names none
	maxBytes    int64         // largest request body
	readTimeout time.Duration // longest a client may take to send its request, body included
	timeout     time.Duration // longest wait for a slot and extraction, once the body is read
	// maxInFlight bounds the extractions running at once and queue the
	// requests that may wait for one; past both, a request gets 503.
	maxInFlight, queue int
	// hosts are the Host header values accepted besides loopback ones (the
	// listen address's host when it is not loopback): a page elsewhere
	// cannot reach the server through a name it controls (DNS rebinding).
	hosts []string
}

// handler serves the page and the API. It keeps one Extractor per
// language asked for (an Extractor is safe for concurrent use).
type handler struct {
	cfg config
	mux *http.ServeMux

	mu         sync.Mutex
	extractors map[string]*entity.Extractor

	slots   chan struct{} // one per extraction that may run
	large   chan struct{} // one: the extraction of a large body that may run
	waiting chan struct{} // one per request that may wait for a slot
}

func newHandler(cfg config) (*handler, error) {
	h := &handler{cfg: cfg, mux: http.NewServeMux(), extractors: map[string]*entity.Extractor{},
		slots: make(chan struct{}, max(cfg.maxInFlight, 1)), large: make(chan struct{}, 1),
		waiting: make(chan struct{}, max(cfg.queue, 0))}
	if _, err := h.extractor(cfg.lang); err != nil {
		return nil, err
	}
	h.mux.HandleFunc("GET /{$}", h.page)
	h.mux.HandleFunc("/v1/extract", h.extract)
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not found: the API is POST /v1/extract, the page GET /")
	})
	return h, nil
}

// ServeHTTP checks where a request comes from before serving it: the Host
// must be one the server answers to, and a request from a page (with an
// Origin header) must come from the server's own origin.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !h.allowedHost(r.Host) {
		writeError(w, http.StatusForbidden, "unknown Host: the server answers to its own address only")
		return
	}
	if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host && o != "https://"+r.Host {
		writeError(w, http.StatusForbidden, "cross-origin requests are not accepted")
		return
	}
	h.mux.ServeHTTP(w, r)
}

// allowedHost reports whether hostport names this server: a loopback
// address or localhost, or one of cfg.hosts.
func (h *handler) allowedHost(hostport string) bool {
	host := hostport
	if hh, _, err := net.SplitHostPort(hostport); err == nil {
		host = hh
	}
	host = strings.Trim(host, "[]")
	if host == "localhost" {
		return true
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return true
	}
	for _, a := range h.cfg.hosts {
		if strings.EqualFold(a, host) {
			return true
		}
	}
	return false
}

// largeText is the text size above which a request also needs the large
// slot (see extract).
const largeText = 256 << 10

// busy answers 503 with Retry-After.
func busy(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "1")
	writeError(w, http.StatusServiceUnavailable, "busy: too many extractions in progress, retry shortly")
}

// full reports whether every slot and every place in the queue is taken
// at this moment: a request then gets 503 before its body is read.
func (h *handler) full() bool {
	return len(h.slots) == cap(h.slots) && len(h.waiting) == cap(h.waiting)
}

// tryAcquire takes a slot of sem if one is free.
func tryAcquire(sem chan struct{}) bool {
	select {
	case sem <- struct{}{}:
		return true
	default:
		return false
	}
}

// acquire takes a slot of slots, waiting in the queue while there is room
// in it; it reports false when the server is full or ctx ends first.
func (h *handler) acquire(ctx context.Context, slots chan struct{}) bool {
	if tryAcquire(slots) {
		return true
	}
	select {
	case h.waiting <- struct{}{}:
	default:
		return false // the queue is full too
	}
	defer func() { <-h.waiting }()
	select {
	case slots <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// extractor returns the Extractor for a language code, building it once.
func (h *handler) extractor(code string) (*entity.Extractor, error) {
	if code == "" {
		code = h.cfg.lang
	}
	// One Extractor per language, however the tag is spelled (tr, TR,
	// tr-TR), so that clients cannot grow the map.
	if tag, err := language.Parse(code); err == nil {
		base, _ := tag.Base()
		code = base.String()
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if x, ok := h.extractors[code]; ok {
		return x, nil
	}
	x, err := entity.New(entity.WithLanguage(code), entity.WithMaxBytes(int(h.cfg.maxBytes)))
	if err != nil {
		return nil, err
	}
	h.extractors[code] = x
	return x, nil
}

func (h *handler) page(w http.ResponseWriter, r *http.Request) {
	data, err := static.ReadFile("static/index.html")
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	w.Header().Set("X-Frame-Options", "DENY")
	// The page loads nothing from elsewhere and may not be framed; say so
	// to the browser.
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; frame-ancestors 'none'")
	w.Write(data)
}

// request is the JSON body of POST /v1/extract.
type request struct {
	Text string `json:"text"`
	Lang string `json:"lang"`
}

func (h *handler) extract(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, "use POST")
		return
	}
	// The body is read before a slot is taken, under -read-timeout and
	// -max-bytes: a client that sends slowly holds its connection (of
	// -max-conns) and nothing else, so slow clients cannot fill the slots
	// and the queue and turn every other request away. A server already
	// full answers at once, without reading what it would not tag.
	if h.full() {
		w.Header().Set("Connection", "close") // the unread body is not worth draining
		busy(w)
		return
	}
	req, status, err := h.readRequest(w, r)
	if err != nil {
		if status == http.StatusRequestTimeout {
			w.Header().Set("Connection", "close")
		}
		writeError(w, status, err.Error())
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.timeout)
	defer cancel()
	// A large text (over largeText) also needs the one large slot: large
	// documents take long and much memory, and must not crowd out the
	// others.
	if len(req.Text) > largeText {
		if !tryAcquire(h.large) {
			busy(w)
			return
		}
		defer func() { <-h.large }()
	}
	if !h.acquire(ctx, h.slots) {
		busy(w)
		return
	}
	defer func() { <-h.slots }()
	x, err := h.extractor(req.Lang)
	if err != nil {
		// The message names no part of the request: a lang of a megabyte
		// is not echoed back.
		writeError(w, http.StatusBadRequest, "unsupported language: want auto, tr, en or ru (or a BCP 47 tag of one)")
		return
	}
	doc, err := x.Extract(ctx, req.Text)
	switch {
	case errors.Is(err, entity.ErrTooLarge):
		writeError(w, http.StatusRequestEntityTooLarge, err.Error())
		return
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, "extraction took longer than "+h.cfg.timeout.String())
		return
	case err != nil:
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, doc)
}

// readRequest reads and checks the body; on error it returns the HTTP
// status to answer with.
func (h *handler) readRequest(w http.ResponseWriter, r *http.Request) (request, int, error) {
	var req request
	mediaType := "application/json"
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			return req, http.StatusUnsupportedMediaType, fmt.Errorf("bad Content-Type %q", ct)
		}
		mediaType = mt
	}
	if mediaType != "application/json" && mediaType != "text/plain" {
		// curl -d sends form encoding unless told otherwise: say what to send.
		return req, http.StatusUnsupportedMediaType, fmt.Errorf("Content-Type %s: send application/json ({\"text\": ...}) or text/plain", mediaType)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.cfg.maxBytes))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return req, http.StatusRequestEntityTooLarge, fmt.Errorf("body larger than %d bytes", h.cfg.maxBytes)
		}
		if errors.Is(err, os.ErrDeadlineExceeded) {
			return req, http.StatusRequestTimeout, fmt.Errorf("the body did not arrive within %v", h.cfg.readTimeout)
		}
		return req, http.StatusBadRequest, fmt.Errorf("reading body: %v", err)
	}
	// Check before decoding: encoding/json would silently replace invalid
	// bytes, and the offsets returned would not address what was sent.
	if !utf8.Valid(body) {
		return req, http.StatusBadRequest, errors.New("body is not valid UTF-8")
	}
	if mediaType == "text/plain" {
		req.Text, req.Lang = string(body), r.URL.Query().Get("lang")
	} else {
		if jsonin.LoneSurrogate(body) {
			return req, http.StatusBadRequest, errors.New(`body is not valid UTF-8: a \u escape of half a UTF-16 surrogate pair`)
		}
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			return req, http.StatusBadRequest, jsonError(err)
		}
		if _, err := dec.Token(); err != io.EOF {
			return req, http.StatusBadRequest, errors.New("bad JSON: data after the object")
		}
	}
	if strings.TrimSpace(req.Text) == "" {
		return req, http.StatusBadRequest, errors.New("text is empty")
	}
	return req, 0, nil
}

// jsonError says what is wrong with a request body in the API's terms,
// without the Go type names of encoding/json's errors.
func jsonError(err error) error {
	const want = `bad JSON: want an object {"text": "...", "lang": "..."}`
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Errorf("bad JSON at byte %d: %s", syntax.Offset, want)
	case errors.As(err, &typ) && typ.Field != "":
		return fmt.Errorf("bad JSON: %q must be a string", typ.Field)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return errors.New("bad JSON: unknown field " + strings.TrimPrefix(err.Error(), "json: unknown field ") + "; " + want)
	}
	return errors.New(want)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
