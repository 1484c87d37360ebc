package tr

import "testing"

func TestPersonSaying(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"dedi", true},
		{"söyledi", true},
		{"belirtti", true},
		{"açıkladı", false}, // bodies announce as often
		{"bildirdi", false},
		{"der", false},
	}
	for _, tc := range tests {
		if got := (Turkish{}).PersonSaying(tc.norm); got != tc.want {
			t.Errorf("PersonSaying(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
