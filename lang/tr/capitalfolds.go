package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.CapitalFolds = Turkish{}

// CapitalFoldVariant returns norm, folded from capitals, with each ı read
// as the i a foreign name writes as I (lang.CapitalFolds), or "" when it
// has no ı.
func (Turkish) CapitalFoldVariant(norm string) string {
	if !strings.Contains(norm, "ı") {
		return ""
	}
	return strings.ReplaceAll(norm, "ı", "i")
}
