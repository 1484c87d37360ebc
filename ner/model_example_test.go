package ner_test

import (
	"fmt"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
	"github.com/varlik/varlik/ner"
)

func ExampleModel_Tag() {
	m, err := ner.DefaultModel("tr")
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Dışişleri Bakanı Hakan Fidan, dün Ankara'da Avrupa Birliği heyetiyle görüştü."
	toks := tr.Tokenize(text)
	for _, sp := range m.Tag(toks, tr.Turkish{}, gazetteer.Default()) {
		start, end := toks[sp.First].Start, toks[sp.Last-1].End
		fmt.Printf("%s %q\n", sp.Type, text[start:end])
	}
	// Output:
	// PERSON "Hakan Fidan"
	// LOCATION "Ankara"
	// ORGANIZATION "Avrupa Birliği"
}
