package main

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/varlik/varlik/entity"
)

// chromium returns the path of a headless-capable Chromium. Without one
// the test is skipped, except in CI (CI set, e.g. CI=true), where it fails.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if ci := os.Getenv("CI"); ci != "" && ci != "false" && ci != "0" {
		t.Fatal("chromium not found; CI must install it (apt-get install -y chromium)")
	}
	t.Skip("chromium not found; install it (apt-get install -y chromium) to run the browser test")
	return ""
}

// startServer serves the handler on a free loopback port until the test ends.
func startServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(testHandler(t, 1<<20), config{readTimeout: 30 * time.Second, timeout: 20 * time.Second})
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + "/"
}

// runChromium loads url headless with virtual time (the page's fetch is
// waited for), adds args (--dump-dom or --screenshot=...) and returns stdout.
func runChromium(t *testing.T, bin, url string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--mute-audio", "--user-data-dir=" + t.TempDir(), "--virtual-time-budget=10000"}
	cmd := exec.CommandContext(ctx, bin, append(append(base, args...), url)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	return string(out)
}

var (
	markRE  = regexp.MustCompile(`<mark class="ent" data-type="([A-Z]+)"[^>]* data-id="([^"]*)"`)
	stateRE = regexp.MustCompile(`<body data-state="([a-z]+)"`)
	relRE   = regexp.MustCompile(`<tr data-subject=`)
)

// TestBrowser loads the page in headless Chromium with the seed article in
// its URL, lets it call the API, and checks the rendered highlights
// against what the library finds in the same text.
func TestBrowser(t *testing.T) {
	bin := chromium(t)
	seed := readSeed(t)
	x, err := entity.New(entity.WithLanguage("auto"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), seed)
	if err != nil {
		t.Fatal(err)
	}
	wantTypes := map[string]int{}
	wantGroups := map[string]bool{}
	for i, e := range doc.Entities {
		wantTypes[string(e.Type)]++
		key := e.ID
		if key == "" {
			key = fmt.Sprint("mention:", i) // the page's key for an unlinked mention
		}
		wantGroups[key] = true
	}
	page := startServer(t) + "#text=" + url.QueryEscape(seed)

	dom := runChromium(t, bin, page, "--dump-dom")
	if m := stateRE.FindStringSubmatch(dom); m == nil || m[1] != "done" {
		t.Fatalf("page state %v, want done; status: %s", m, between(dom, `<div id="status"`, "</div>"))
	}
	gotTypes := map[string]int{}
	gotGroups := map[string]int{}
	for _, m := range markRE.FindAllStringSubmatch(dom, -1) {
		gotTypes[m[1]]++
		gotGroups[m[2]]++
	}
	for _, typ := range []string{"PERSON", "LOCATION"} {
		if gotTypes[typ] == 0 {
			t.Errorf("no %s highlighted in the seed article", typ)
		}
	}
	for typ, n := range wantTypes {
		if gotTypes[typ] != n {
			t.Errorf("%s: %d highlights, the library finds %d mentions", typ, gotTypes[typ], n)
		}
	}
	if len(gotGroups) != len(wantGroups) {
		t.Errorf("%d referents highlighted, the library links %d", len(gotGroups), len(wantGroups))
	}
	if n := len(relRE.FindAllString(dom, -1)); n != len(doc.Relations) {
		t.Errorf("%d relation rows, the library finds %d relations", n, len(doc.Relations))
	}
	t.Logf("highlights by type %v, %d referents, %d relations", gotTypes, len(gotGroups), len(doc.Relations))
	// Gazetteer IDs link to their public pages; the result can be downloaded.
	if !strings.Contains(dom, `href="https://www.wikidata.org/wiki/Q148"`) {
		t.Error("the referent Çin (Q148) does not link to Wikidata")
	}
	for _, id := range []string{`id="export-json"`, `id="export-csv"`} {
		if !strings.Contains(dom, id) || strings.Contains(dom, `<div id="export" hidden`) {
			t.Errorf("no visible %s button after extraction", id)
		}
	}

	if os.Getenv("VARLIK_SCREENSHOT") == "" {
		return
	}
	png, err := filepath.Abs("../../docs/serve.png")
	if err != nil {
		t.Fatal(err)
	}
	runChromium(t, bin, page, "--hide-scrollbars", "--window-size=1280,2050", "--screenshot="+png)
	if info, err := os.Stat(png); err != nil || info.Size() == 0 {
		t.Fatalf("screenshot not written: %v", err)
	}
	t.Logf("screenshot written to %s", png)
}

// between returns the text of s from the first start to the next end.
func between(s, start, end string) string {
	i := strings.Index(s, start)
	if i < 0 {
		return ""
	}
	j := strings.Index(s[i:], end)
	if j < 0 {
		return s[i:]
	}
	return s[i : i+j]
}
