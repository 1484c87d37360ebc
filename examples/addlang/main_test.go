package main

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/examples/addlang/de"
	"github.com/varlik/varlik/lang/langtest"
)

// TestGermanPluggedIn checks that the registered German is identified and
// that inflected country names reach the same IDs as in other languages.
func TestGermanPluggedIn(t *testing.T) {
	var out strings.Builder
	if err := run([]string{"Russlands Präsident sprach mit Vertretern Chinas über Kasachstan."}, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"language: de", "Russlands    Q159     Russland", "Chinas       Q148     China"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

func TestGermanOffsets(t *testing.T) {
	text := "Die Gespräche in Moskau endeten. Danach: 3,5 Prozent mehr!\xff"
	if _, sents := langtest.Segment(t, de.German{}, text); len(sents) != 2 {
		t.Errorf("got %d sentences, want 2", len(sents))
	}
}
