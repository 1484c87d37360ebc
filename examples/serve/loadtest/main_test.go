package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestLoadReports runs a short load against a stand-in server on loopback
// that answers 200 or 503 and checks what the report counts.
func TestLoadReports(t *testing.T) {
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1)%3 == 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte(`{"entities":[]}`))
	}))
	defer srv.Close()
	r := load(context.Background(), srv.URL+"/v1/extract", "Ankara", adversarial(1024), 8, 2, 300*time.Millisecond)
	if r.requests == 0 || r.statuses[200] == 0 || r.statuses[503] == 0 || r.errors != 0 {
		t.Errorf("report %+v", r)
	}
	if r.p50 <= 0 || r.p99 < r.p50 || r.max < r.p99 {
		t.Errorf("latencies p50 %s p99 %s max %s", r.p50, r.p99, r.max)
	}
}

func TestLoopbackOnly(t *testing.T) {
	for addr, ok := range map[string]bool{"127.0.0.1:8080": true, "[::1]:80": true, "localhost:1": true, "10.0.0.1:80": false, "example.com:80": false} {
		if err := loopback(addr); (err == nil) != ok {
			t.Errorf("loopback(%q): %v", addr, err)
		}
	}
	if !strings.HasPrefix(adversarial(100), "Çin Başbakanı Li Qiang") || len(adversarial(100)) > 100 {
		t.Error("adversarial text")
	}
}
