package entity

import (
	"github.com/varlik/varlik/lang/langid"

	// The languages varlik ships, with their default models and relation
	// patterns: each package registers itself. A new language adds its
	// own imports here (see examples/addlang for one added from outside).
	_ "github.com/varlik/varlik/lang/en"
	_ "github.com/varlik/varlik/lang/ru"
	_ "github.com/varlik/varlik/lang/tr"
	_ "github.com/varlik/varlik/ner/models/enmodel"
	_ "github.com/varlik/varlik/ner/models/rumodel"
	_ "github.com/varlik/varlik/ner/models/trmodel"
	_ "github.com/varlik/varlik/relation/en"
	_ "github.com/varlik/varlik/relation/ru"
	_ "github.com/varlik/varlik/relation/tr"
)

// identify picks the language of a text (see package langid); text with
// no letters to identify by gets langid.Fallback.
func identify(text string) string {
	if code, _ := langid.Identify(text); code != "" {
		return code
	}
	return langid.Fallback
}
