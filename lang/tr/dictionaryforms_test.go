package tr

import "testing"

func TestDictionaryForm(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"hiddetlendirdi", true}, // a verb's forms
		{"hesaplıyordu", true},
		{"partidekilerin", true}, // a noun's
		{"ankara", false},        // the dictionary writes it with a capital
		{"kavanaugh", false},     // no word of the dictionary
		{"umut", false},          // a given name (and "hope")
		{"", false},
	}
	for _, tt := range tests {
		if got := (Turkish{}).DictionaryForm(tt.norm); got != tt.want {
			t.Errorf("DictionaryForm(%q) = %v, want %v", tt.norm, got, tt.want)
		}
	}
}
