package ner_test

import (
	"encoding/json"
	"strings"
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

// TestShippedProvenance checks that every shipped model says how it was
// built: its recipe, its inputs with checksums and the gazetteer version.
func TestShippedProvenance(t *testing.T) {
	for _, code := range ner.DefaultCodes() {
		m, err := ner.DefaultModel(code)
		if err != nil {
			t.Fatal(err)
		}
		var p struct {
			Settings []string `json:"settings"`
			Inputs   []struct{ Path, SHA256 string }
			Gaz      string `json:"gazetteer"`
		}
		if err := json.Unmarshal([]byte(m.Provenance()), &p); err != nil {
			t.Fatalf("%s: provenance %q: %v", code, m.Provenance(), err)
		}
		if len(p.Settings) == 0 || len(p.Inputs) == 0 || p.Gaz == "" {
			t.Errorf("%s: incomplete provenance %+v", code, p)
		}
		for _, in := range p.Inputs {
			if len(in.SHA256) != 64 || strings.HasPrefix(in.Path, "/") {
				t.Errorf("%s: input %+v: want a relative path and a SHA-256", code, in)
			}
		}
	}
}

// TestShippedChecksums verifies the shipped model files' checksums, which
// RegisterDefault skips at start-up: the embedded bytes are these files.
func TestShippedChecksums(t *testing.T) {
	for _, path := range []string{"models/trmodel/tr.model", "models/enmodel/en.model", "models/rumodel/ru.model"} {
		m, err := ner.ReadModelFile(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		want := strings.TrimSuffix(path[strings.LastIndex(path, "/")+1:], ".model")
		if m.Lang() != want {
			t.Errorf("%s: language %q", path, m.Lang())
		}
	}
}
