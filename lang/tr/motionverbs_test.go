package tr

import "testing"

func TestMotionVerb(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"gidecek", true}, {"gitti", true}, {"geldi", true}, {"döndü", true}, {"ulaştı", true},
		{"taşındı", true}, {"uçtu", true}, {"vardı", true}, {"giderek", true},
		{"yenildi", false}, {"dönem", false}, {"var", false}, {"uç", false}, {"gönderdi", false},
		{"karşı", false}, {"", false},
	}
	for _, tc := range tests {
		if got := (Turkish{}).MotionVerb(tc.word); got != tc.want {
			t.Errorf("MotionVerb(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
