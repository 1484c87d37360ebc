package entity_test

import (
	"fmt"
	"strings"

	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
)

func ExampleModel_Tag() {
	m, err := entity.DefaultModel("tr")
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Dışişleri Bakanı Hakan Fidan, dün Ankara'da Avrupa Birliği heyetiyle görüştü."
	toks := tr.Tokenize(text)
	for _, sp := range m.Tag(toks, tr.Language, gazetteer.Default()) {
		start, end := toks[sp.First].Start, toks[sp.Last-1].End
		fmt.Printf("%s %q\n", sp.Type, text[start:end])
	}
	// Output:
	// PERSON "Hakan Fidan"
	// LOCATION "Ankara"
	// ORGANIZATION "Avrupa Birliği"
}

// ReadCoNLL with NestedNames reads Turkish Wiki NER's whole-span titles
// and nationality words as news annotates them: the place inside is a
// name of its own.
func ExampleReadCoNLL_nestedNames() {
	conll := "ABD\tB-TITLE\nBaşkanı\tI-TITLE\nClinton\tB-PERSON\n,\tO\nABD'li\tB-NORP\nyetkililerle\tO\ngörüştü\tO\n"
	sents, err := entity.ReadCoNLL(strings.NewReader(conll), entity.CoNLLOptions{
		Language: tr.Language, SplitApostrophes: true, NestedNames: gazetteer.Default(),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, tok := range sents[0].Tokens {
		fmt.Printf("%s\t%s\n", tok.Text, sents[0].Tags[i])
	}
	// Output:
	// ABD	B-LOCATION
	// Başkanı	O
	// Clinton	B-PERSON
	// ,	O
	// ABD	B-LOCATION
	// 'li	O
	// yetkililerle	O
	// görüştü	O
}
