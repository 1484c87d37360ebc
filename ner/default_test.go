package ner_test

import (
	"testing"

	"github.com/varlik/varlik/ner"
	_ "github.com/varlik/varlik/ner/models/rumodel"
	_ "github.com/varlik/varlik/ner/models/trmodel"
)

func TestDefaultModel(t *testing.T) {
	for _, code := range []string{"tr", "ru"} {
		m, err := ner.DefaultModel(code)
		if err != nil {
			t.Fatalf("DefaultModel(%q): %v", code, err)
		}
		if m.Lang() != code {
			t.Errorf("DefaultModel(%q).Lang() = %q", code, m.Lang())
		}
		if again, _ := ner.DefaultModel(code); again != m {
			t.Errorf("DefaultModel(%q) loaded twice", code)
		}
	}
	if _, err := ner.DefaultModel("xx"); err == nil {
		t.Error("DefaultModel(xx): no error")
	}
}
