package tr_test

import (
	"fmt"

	"github.com/varlik/varlik/lang/tr"
)

func ExampleTokenize() {
	text := "Prof. Dr. Ayşe Kaya, Çin'in 30. olağan toplantısında %5,2'lik büyümeyi açıkladı."
	for _, t := range tr.Tokenize(text) {
		fmt.Printf("%d-%d %s %s %s\n", t.Start, t.End, t.Kind, t.Text, t.Norm)
	}
	// Output:
	// 0-5 abbreviation Prof. prof.
	// 6-9 abbreviation Dr. dr.
	// 10-15 word Ayşe ayşe
	// 16-20 word Kaya kaya
	// 20-21 punct , ,
	// 22-26 word Çin çin
	// 26-29 suffix 'in 'in
	// 30-33 ordinal 30. 30.
	// 34-41 word olağan olağan
	// 42-57 word toplantısında toplantısında
	// 58-62 percent %5,2 %5,2
	// 62-66 suffix 'lik 'lik
	// 67-77 word büyümeyi büyümeyi
	// 78-89 word açıkladı açıkladı
	// 89-90 punct . .
}

func ExampleSentences() {
	text := "T.C. Dışişleri Bakanlığı açıklama yaptı. Ölü sayısı 12. Yaralılar taburcu edildi."
	for _, s := range tr.Sentences(text, tr.Tokenize(text)) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// T.C. Dışişleri Bakanlığı açıklama yaptı.
	// Ölü sayısı 12.
	// Yaralılar taburcu edildi.
}

func ExampleFold() {
	fmt.Println(tr.Fold("IĞDIR’da İstanbul"))
	// Output:
	// ığdır'da istanbul
}
