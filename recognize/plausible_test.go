package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
)

func TestPlausible(t *testing.T) {
	for text, want := range map[string]bool{
		"Ankara": true, "Birleşmiş Milletler": true, "Bob\x00Jones": false, "Acme\xffCorp": false,
		"Li\nQiang": false, "'''": false, "12345": false, strings.Repeat("Ç", 200): false,
	} {
		e := annotation.Entity{Text: text, First: 0, Last: len(strings.Fields(text))}
		if got := plausible(&e); got != want {
			t.Errorf("plausible(%.20q) = %v, want %v", text, got, want)
		}
	}
}
