package tr

import (
	_ "embed"

	"github.com/varlik/varlik/lang"
)

var _ lang.DictionaryForms = Turkish{}

// dictionaryFormsBloom is every form of the Turkish Hunspell dictionary's
// words written in lower case only, as a Bloom filter (internal/genforms).
//
//go:generate go run ./internal/genforms -data ../../../shared/data -o data/dictionary_forms.bloom
//go:embed data/dictionary_forms.bloom
var dictionaryFormsBloom string

// dictionaryForms is dictionaryFormsBloom's set, read in place.
var dictionaryForms = lang.NewBloomWords(dictionaryFormsBloom)

// DictionaryForm implements lang.DictionaryForms: whether norm may be a
// form of a word the dictionary writes in lower case only (hiddetlendirdi,
// hesaplıyordu, partidekilerin), and is no given name (umut, barış); about
// three in a thousand other words are taken for one too (the Bloom filter's
// rate).
func (t Turkish) DictionaryForm(norm string) bool {
	return norm != "" && dictionaryForms.Has(norm) && !t.GivenName(norm)
}
