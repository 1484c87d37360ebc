package recognize

import (
	"testing"
)

func TestGrowFor(t *testing.T) {
	tests := []struct {
		name                   string
		len, cap, n, done, all int
		minCap, maxCap         int
	}{
		{"room enough: unchanged", 10, 100, 50, 10, 1000, 100, 100},
		{"sized for the whole at the density so far", 100, 100, 10, 600, 1000, 205, 210},
		{"at most doubled before a sixteenth is read", 100, 100, 10, 500, 10000, 210, 210},
		{"the guess trusted once a sixteenth is read", 100, 100, 10, 1000, 10000, 1210, 1210},
		{"at least n more", 0, 0, 64, 0, 10000, 64, 64},
		{"at least a quarter more", 1000, 1000, 1, 9999, 10000, 1250, 1250},
		{"first names: room for a short document's", 0, 0, 2, 0, 400, 33, 33},
		{"first names: bounded room in a long document", 0, 0, 2, 0, 100000, firstEntities, firstEntities},
	}
	for _, tt := range tests {
		s := make([]int, tt.len, tt.cap)
		for i := range s {
			s[i] = i
		}
		got := growFor(s, tt.n, tt.done, tt.all)
		if len(got) != tt.len || cap(got) < tt.minCap || cap(got) > tt.maxCap {
			t.Errorf("%s: len %d cap %d, want len %d and cap in [%d, %d]", tt.name, len(got), cap(got), tt.len, tt.minCap, tt.maxCap)
		}
		for i := range got {
			if got[i] != i {
				t.Fatalf("%s: element %d = %d", tt.name, i, got[i])
			}
		}
	}
}
