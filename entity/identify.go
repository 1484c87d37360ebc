package entity

import (
	"github.com/varlik/varlik/lang/langid"

	// The languages varlik ships register themselves with package lang.
	_ "github.com/varlik/varlik/lang/en"
	_ "github.com/varlik/varlik/lang/ru"
	_ "github.com/varlik/varlik/lang/tr"
)

// fallbackLanguage is used for text with no letters to identify by.
const fallbackLanguage = "tr"

// identify picks the language of a text (see package langid).
func identify(text string) string {
	if code, _ := langid.Identify(text); code != "" {
		return code
	}
	return fallbackLanguage
}
