package tr

import "testing"

func TestOwnedByPlace(t *testing.T) {
	tests := []struct {
		suffix, norm string
		want         bool
	}{
		{"'nın", "güneybatısında", true},
		{"'in", "kuzeyinde", true},
		{"’un", "bağımsızlığını", true},
		{"'nin", "nüfusu", true},
		{"'ın", "başkentinde", true},
		{"'da", "kuzeyinde", false}, // a locative, no genitive
		{"'nın", "doğum", false},    // a birth, no compass part
		{"'nın", "doğu", false},     // the bare noun
		{"'nin", "merkezi", false},  // a firm's head office too
		{"'in", "sınırı", false},    // a limit too
	}
	for _, tc := range tests {
		if got := (Turkish{}).OwnedByPlace(tc.suffix, tc.norm); got != tc.want {
			t.Errorf("OwnedByPlace(%q, %q) = %v, want %v", tc.suffix, tc.norm, got, tc.want)
		}
	}
}
