package en

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.Singulars = English{}

// Singular takes a final s off word (lang.Singulars): Americans →
// American, sens → sen. It reads the ending alone, so that it serves
// demonyms and abbreviated titles that no dictionary inflects.
func (English) Singular(word string) string { return strings.TrimSuffix(word, "s") }
