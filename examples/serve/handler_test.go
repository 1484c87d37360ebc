package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/varlik/varlik/entity"
)

const seedPath = "../../testdata/xinhua_hangzhou_tr.txt"

func readSeed(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func testHandler(t *testing.T, maxBytes int64) http.Handler {
	t.Helper()
	h, err := newHandler(config{lang: "auto", maxBytes: maxBytes, timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func do(h http.Handler, method, path, contentType string, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, bytes.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func jsonBody(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestExtractSameAsLibrary checks that the API returns the Document as the
// library (and so `tag -out json`) encodes it, for JSON and text bodies.
func TestExtractSameAsLibrary(t *testing.T) {
	seed := readSeed(t)
	x, err := entity.New(entity.WithLanguage("auto"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), seed)
	if err != nil {
		t.Fatal(err)
	}
	want := jsonBody(t, doc)
	h := testHandler(t, 1<<20)
	for _, tc := range []struct{ name, contentType string }{
		{"json", "application/json"},
		{"json without content type", ""},
		{"text", "text/plain; charset=utf-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := []byte(seed)
			if tc.contentType != "text/plain; charset=utf-8" {
				body = jsonBody(t, request{Text: seed, Lang: "auto"})
			}
			rec := do(h, "POST", "/v1/extract", tc.contentType, body)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			var got, wantV any
			json.Unmarshal(rec.Body.Bytes(), &got)
			json.Unmarshal(want, &wantV)
			if g, w := jsonBody(t, got), jsonBody(t, wantV); !bytes.Equal(g, w) {
				t.Errorf("response differs from the library's JSON:\n got %.300s\nwant %.300s", g, w)
			}
			var d entity.Document
			if err := json.Unmarshal(rec.Body.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			for _, e := range d.Entities {
				if e.Start < 0 || e.End > len(seed) || e.Start > e.End || seed[e.Start:e.End] != e.Text {
					t.Errorf("entity %+v: offsets do not address its text", e)
				}
			}
		})
	}
}

func TestExtractErrors(t *testing.T) {
	const limit = 4096
	h := testHandler(t, limit)
	tests := []struct {
		name        string
		method      string
		contentType string
		body        string
		wantStatus  int
		wantError   string
	}{
		{"bad JSON", "POST", "application/json", `{"text": "Ankara`, 400, "bad JSON"},
		{"not an object", "POST", "application/json", `["Ankara"]`, 400, "bad JSON"},
		{"unknown field", "POST", "application/json", `{"txt": "Ankara"}`, 400, "unknown field"},
		{"data after the object", "POST", "application/json", `{"text": "Ankara"} {}`, 400, "after the object"},
		{"empty body", "POST", "application/json", ``, 400, "bad JSON"},
		{"empty text", "POST", "application/json", `{"text": ""}`, 400, "text is empty"},
		{"blank text", "POST", "application/json", `{"text": " \n\t "}`, 400, "text is empty"},
		{"empty plain text", "POST", "text/plain", ``, 400, "text is empty"},
		{"invalid UTF-8 in JSON", "POST", "application/json", "{\"text\": \"Ankara\xff\"}", 400, "UTF-8"},
		{"invalid UTF-8 in plain text", "POST", "text/plain", "Ankara \xc3\x28", 400, "UTF-8"},
		{"unknown language", "POST", "application/json", `{"text": "Ankara", "lang": "xx"}`, 400, "unsupported language"},
		{"huge body", "POST", "application/json", `{"text": "` + strings.Repeat("Ankara ", limit) + `"}`, 413, "larger than"},
		{"huge plain body", "POST", "text/plain", strings.Repeat("a", limit+1), 413, "larger than"},
		{"other content type", "POST", "application/xml", `<text>Ankara</text>`, 415, "Content-Type"},
		{"GET", "GET", "", ``, 405, "POST"},
		{"text of the wrong type", "POST", "application/json", `{"text": 42}`, 400, `"text" must be a string`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(h, tt.method, "/v1/extract", tt.contentType, []byte(tt.body))
			if rec.Code != tt.wantStatus {
				t.Errorf("status %d, want %d (%s)", rec.Code, tt.wantStatus, rec.Body)
			}
			var e struct{ Error string }
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
				t.Fatalf("error body is not JSON: %q", rec.Body)
			}
			if !strings.Contains(e.Error, tt.wantError) {
				t.Errorf("error %q, want it to mention %q", e.Error, tt.wantError)
			}
			for _, internal := range []string{"Go value", "main.", "json:", "unmarshal"} {
				if strings.Contains(e.Error, internal) {
					t.Errorf("error %q leaks %q", e.Error, internal)
				}
			}
		})
	}
}

// TestNotFoundIsJSON: unknown paths answer 404 with a JSON error, and a
// long lang is not echoed in the 400 answer.
func TestNotFoundIsJSON(t *testing.T) {
	h := testHandler(t, 4096)
	rec := do(h, "GET", "/no/such/path", "", nil)
	if rec.Code != 404 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") || !strings.Contains(rec.Body.String(), `"error"`) {
		t.Errorf("404: %d %q %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	long := strings.Repeat("x", 1000)
	rec = do(h, "POST", "/v1/extract", "application/json", []byte(`{"text": "Ankara", "lang": "`+long+`"}`))
	if rec.Code != 400 || strings.Contains(rec.Body.String(), long[:50]) {
		t.Errorf("long lang: %d, body of %d bytes", rec.Code, rec.Body.Len())
	}
}

func TestPage(t *testing.T) {
	h := testHandler(t, 1<<20)
	rec := do(h, "GET", "/", "", nil)
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: status %d, Content-Type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	page := rec.Body.String()
	for _, want := range []string{"<textarea", `fetch("/v1/extract"`, `"svg:svg"`, `"data-type"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// The page must load nothing from the network.
	for _, bad := range []string{"http://", "https://", "//cdn"} {
		for _, line := range strings.Split(page, "\n") {
			if strings.Contains(line, bad) && !strings.Contains(line, "www.w3.org/2000/svg") {
				t.Errorf("page refers to %q: %s", bad, strings.TrimSpace(line))
			}
		}
	}
	if rec := do(h, "GET", "/nothing-here", "", nil); rec.Code != http.StatusNotFound {
		t.Errorf("GET /nothing-here: status %d, want 404", rec.Code)
	}
}
