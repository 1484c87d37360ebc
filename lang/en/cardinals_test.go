package en

import "testing"

func TestCardinal(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want int
		ok   bool
	}{
		{"seven", 7, true}, {"eleven", 11, true}, {"twenty", 20, true}, {"twenty-one", 21, true}, {"ninety-nine", 99, true},
		{"seven-eleven", 0, false}, // a name made of number words
		{"twenty-twenty", 0, false}, {"one-two", 0, false}, {"twenty-eleven", 0, false},
		{"hundred-one", 0, false}, {"twenty-", 0, false}, {"-one", 0, false}, {"sevens", 0, false}, {"hit-and-run", 0, false},
	} {
		if v, ok := (English{}).Cardinal(tc.w); v != tc.want || ok != tc.ok {
			t.Errorf("Cardinal(%q) = %d, %v, want %d, %v", tc.w, v, ok, tc.want, tc.ok)
		}
	}
}
