package glosses

import (
	"maps"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		name, data string
		want       map[string]string
	}{
		{"words and phrases", "merkez\tcenter\nyüksek mahkeme\tsupreme court\n", map[string]string{"merkez": "center", "yüksek mahkeme": "supreme court"}},
		{"a dash glosses as nothing", "affairs\t-\n", map[string]string{"affairs": ""}},
		{"comments, blank lines and lines without a tab skipped", "# heads\n\nbank\tbank\r\nstray line\n", map[string]string{"bank": "bank"}},
		{"no final newline", "union\tunion", map[string]string{"union": "union"}},
		{"a mark after the pivot", "otel\thotel\toptional\n", map[string]string{"otel": "hotel"}},
	} {
		if got := Parse(c.data).Pivots; !maps.Equal(got, c.want) {
			t.Errorf("%s: Parse = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestPhraseStart(t *testing.T) {
	table := Parse("yüksek mahkeme\tsupreme court\nmerkez\tcenter\n")
	for _, c := range []struct {
		w    string
		want bool
	}{{"yüksek", true}, {"mahkeme", false}, {"merkez", false}, {"yüksek mahkeme", false}} {
		if got := table.PhraseStart(c.w); got != c.want {
			t.Errorf("PhraseStart(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

func TestOptional(t *testing.T) {
	table := Parse("otel\thotel\toptional\nmerkez\tcenter\nişleri\t-\toptional\n")
	for _, c := range []struct {
		pivot string
		want  bool
	}{{"hotel", true}, {"center", false}, {"otel", false}, {"", false}} {
		if got := table.Optional(c.pivot); got != c.want {
			t.Errorf("Optional(%q) = %v, want %v", c.pivot, got, c.want)
		}
	}
}
