// Command loadtest drives a running serve on a loopback address with many
// concurrent clients for a bounded time and reports throughput, latency
// percentiles, the status codes seen and, given the server's process ID,
// its peak memory.
//
//	loadtest [-addr 127.0.0.1:8080] [-clients 1000] [-big 50] [-duration 60s] [-pid PID] [-text FILE]
//
// Normal clients post news text (FILE, or the seed article, repeated to
// -size bytes); -big clients post 1 MiB of one name repeated with its
// short form, the input that was quadratic. Only loopback addresses are
// accepted: the test sends traffic nowhere else.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// report is what a run measured.
type report struct {
	requests      int
	statuses      map[int]int
	errors        int
	p50, p99, max time.Duration
	elapsed       time.Duration
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "the server's loopback address")
	clients := fs.Int("clients", 1000, "clients posting news text")
	big := fs.Int("big", 50, "clients posting 1 MiB of a repeated name")
	duration := fs.Duration("duration", 60*time.Second, "how long to run")
	size := fs.Int("size", 64<<10, "bytes of news text per request")
	textFile := fs.String("text", "", "news text to post (default: the seed article)")
	pid := fs.Int("pid", 0, "the server's process ID, to report its peak memory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := loopback(*addr); err != nil {
		return err
	}
	text := seed
	if *textFile != "" {
		b, err := os.ReadFile(*textFile)
		if err != nil {
			return err
		}
		text = string(b)
	}
	r := load(context.Background(), "http://"+*addr+"/v1/extract", repeatTo(text, *size), adversarial(1<<20), *clients, *big, *duration)
	fmt.Fprintf(stdout, "%d requests in %s: %.0f/s; p50 %s, p99 %s, max %s; transport errors %d\n",
		r.requests, r.elapsed.Round(time.Millisecond), float64(r.requests)/r.elapsed.Seconds(), r.p50, r.p99, r.max, r.errors)
	codes := make([]int, 0, len(r.statuses))
	for c := range r.statuses {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		fmt.Fprintf(stdout, "status %d: %d\n", c, r.statuses[c])
	}
	if *pid > 0 {
		if peak, err := peakRSS(*pid); err == nil {
			fmt.Fprintf(stdout, "server peak RSS: %s\n", peak)
		}
	}
	return nil
}

// loopback rejects any address that is not on this machine's loopback.
func loopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("%s is not a loopback address", addr)
	}
	return nil
}

// load runs the clients until the duration is over.
func load(ctx context.Context, url, text, bigText string, clients, big int, d time.Duration) report {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	tr := &http.Transport{MaxIdleConnsPerHost: clients + big}
	client := &http.Client{Transport: tr, Timeout: d + 30*time.Second}
	var mu sync.Mutex
	r := report{statuses: map[int]int{}}
	var latencies []time.Duration
	var wg sync.WaitGroup
	start := time.Now()
	for i := range clients + big {
		body := text
		if i >= clients {
			body = bigText
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				t0 := time.Now()
				req, _ := http.NewRequestWithContext(ctx, "POST", url, strings.NewReader(body))
				req.Header.Set("Content-Type", "text/plain")
				res, err := client.Do(req)
				lat := time.Since(t0)
				mu.Lock()
				if err != nil {
					if ctx.Err() == nil {
						r.errors++
					}
				} else {
					r.requests++
					r.statuses[res.StatusCode]++
					latencies = append(latencies, lat)
				}
				mu.Unlock()
				if err == nil {
					io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if res.StatusCode == http.StatusServiceUnavailable {
						time.Sleep(100 * time.Millisecond) // as Retry-After asks, briefly
					}
				}
			}
		}()
	}
	wg.Wait()
	r.elapsed = time.Since(start)
	slices.Sort(latencies)
	if n := len(latencies); n > 0 {
		r.p50, r.p99, r.max = latencies[n/2], latencies[n*99/100], latencies[n-1]
	}
	return r
}

func repeatTo(s string, n int) string {
	if s == "" {
		return ""
	}
	var b bytes.Buffer
	for b.Len() < n {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	out := b.String()[:n]
	for !utf8.ValidString(out) { // not in the middle of a letter
		out = out[:len(out)-1]
	}
	return out
}

// adversarial is n bytes of one name and its short form repeated.
func adversarial(n int) string {
	return repeatTo("Çin Başbakanı Li Qiang, Li ve Mişustin ile görüştü.", n)
}

// peakRSS reads a process's peak resident memory from /proc.
func peakRSS(pid int) (string, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return "", err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v), nil
		}
	}
	return "", errors.New("no VmHWM")
}

const seed = `Çin Başbakanı Li Qiang, ortak kalkınma ve güvenlik çıkarlarını daha iyi şekilde korumak üzere tüm alanlarda işbirliğini derinleştirme konusunda Rusya ile çalışmaya hazır olduklarını söyledi. Li, pazartesi günü Çin'in doğusundaki Zhejiang eyaletinin merkezi Hangzhou'da Rusya Başbakanı Mihail Mişustin ile birlikte Çin ve Rusya hükümet başkanlarının 30. olağan toplantısına eş başkanlık etti.`
