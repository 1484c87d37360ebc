package tr

import "testing"

func TestCardinal(t *testing.T) {
	for _, tt := range []struct {
		norm string
		want int
		ok   bool
	}{
		{"iki", 2, true}, {"kırk", 40, true}, {"bin", 1000, true}, {"bir", 1, true},
		{"ikinci", 0, false}, {"yirmi-beş", 0, false}, {"gol", 0, false}, {"", 0, false},
	} {
		if got, ok := (Turkish{}).Cardinal(tt.norm); got != tt.want || ok != tt.ok {
			t.Errorf("Cardinal(%q) = %d, %v, want %d, %v", tt.norm, got, ok, tt.want, tt.ok)
		}
	}
}
