package link

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestDefaultSurnames checks that surnames.tsv holds the surname index
// of the default gazetteer in each language that has names there (go
// generate ./link rewrites it), and that defaultSurnames reads back what
// was built.
func TestDefaultSurnames(t *testing.T) {
	codes := []string{"en", "ru", "tr"}
	var built []surnameIndex
	for _, code := range codes {
		l, ok := lang.Get(code)
		if !ok {
			t.Fatalf("language %s is not registered", code)
		}
		built = append(built, buildSurnameIndex(gazetteer.Default(), l))
	}
	if generated(t, "surnames.tsv", surnamesTSV, formatSurnames(codes, built)) {
		return
	}
	for i, code := range codes {
		if len(built[i]) < 300 {
			t.Errorf("%s: %d surnames, want at least 300", code, len(built[i]))
		}
		if diff := cmp.Diff(built[i], defaultSurnames(code)); diff != "" {
			t.Errorf("%s: surnames.tsv read back (-built +read):\n%s", code, diff)
		}
	}
}
