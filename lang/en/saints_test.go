package en

import "testing"

func TestSaintWord(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"st.", "saint"}, {"st", "saint"}, {"saint", "saint"}, {"sainte", "saint"}, {"sankt", "saint"},
		{"são", "san"}, {"sao", "san"}, {"san", ""}, {"santa", ""}, {"street", ""}, {"St.", ""},
	} {
		if got := (English{}).SaintWord(tc.w); got != tc.want {
			t.Errorf("SaintWord(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}
