package tr

import "testing"

func TestNamesThing(t *testing.T) {
	tests := map[string]bool{
		"kasırgası":     true,
		"kasırgası'nın": true,
		"filminde":      true,
		"dizisinde":     true,
		"sözcüğünün":    true,
		"denklemini":    true,
		"saatiyle":      true, // a time zone
		"saatine":       true,
		"saatte":        false, // an hour, not a zone's name
		"sözcüsü":       false, // a spokesman
		"oyunu":         false, // also a vote
		"kanununun":     true,  // a law
		"yasasında":     true,
		"içtüzüğü":      true,
		"kanun":         false, // the noun alone: "kanun teklifi"
		"harekâtı'nın":  true,  // an operation
		"harekat":       false, // Özel Harekat, a body
		"bayramı":       true,  // a holiday
		"maratonunda":   true,  // a race
		"filozof":       false,
		"başkanı":       false,
		"":              false,
	}
	for w, want := range tests {
		if got := (Turkish{}).NamesThing(w); got != want {
			t.Errorf("NamesThing(%q) = %v, want %v", w, got, want)
		}
	}
}
