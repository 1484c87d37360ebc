// Package nerdata holds what the NER commands (examples/train and
// examples/evaluate) share: the language and gazetteer a model is trained
// and scored with.
package nerdata

import (
	"fmt"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/en" // registers "en"
	_ "github.com/varlik/varlik/lang/ru" // registers "ru"
	_ "github.com/varlik/varlik/lang/tr" // registers "tr"
)

// Resources are a language and, when gazetteer features are on, the
// default gazetteer (nil otherwise).
type Resources struct {
	Lang lang.Language
	Gaz  *gazetteer.Gazetteer
}

// Load returns the resources for language code.
func Load(code string, useGaz bool) (Resources, error) {
	l, ok := lang.Get(code)
	if !ok {
		return Resources{}, fmt.Errorf("no language %q registered (have %v)", code, lang.Codes())
	}
	r := Resources{Lang: l}
	if useGaz {
		r.Gaz = gazetteer.Default()
	}
	return r, nil
}
