package conll_test

import (
	"fmt"
	"strings"

	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/tr"
)

// Read with NestedNames reads Turkish Wiki NER's whole-span titles
// and nationality words as news annotates them: the place inside is a
// name of its own.
func ExampleRead_nestedNames() {
	input := "ABD\tB-TITLE\nBaşkanı\tI-TITLE\nClinton\tB-PERSON\n,\tO\nABD'li\tB-NORP\nyetkililerle\tO\ngörüştü\tO\n"
	sents, err := conll.Read(strings.NewReader(input), conll.Options{
		Language: tr.Turkish{}, SplitApostrophes: true, NestedNames: gazetteer.Default(),
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
