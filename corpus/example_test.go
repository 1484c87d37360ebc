package corpus_test

import (
	"fmt"
	"strings"

	"github.com/varlik/varlik/corpus"
)

const firstPass = `# varlik annotation v1
# lang: tr

## ntrex.tr.0042
[[Çin|LOC]] Başbakanı [[Li Qiang|PER]], [[Rusya|LOC]]'yı ziyaret etti.
@ ROLE Li Qiang | Çin | Başbakan
@ VISITS Li Qiang | Rusya
`

// Parse reads the reviewable form: each record's text without the markup,
// and its spans as UTF-8 byte offsets into that text (Ç is two bytes).
func ExampleParse() {
	f, err := corpus.Parse(strings.NewReader(firstPass))
	if err != nil {
		panic(err)
	}
	r := f.Records[0]
	fmt.Println(f.Lang(), r.ID)
	fmt.Println(r.Text)
	for i, s := range r.Spans {
		fmt.Println(s.Type, s.Start, s.End, r.SpanText(i))
	}
	for i := range r.Relations {
		fmt.Println(r.RelationLine(i))
	}
	// Output:
	// tr ntrex.tr.0042
	// Çin Başbakanı Li Qiang, Rusya'yı ziyaret etti.
	// LOC 0 4 Çin
	// PER 17 25 Li Qiang
	// LOC 27 32 Rusya
	// @ ROLE Li Qiang | Çin | Başbakan
	// @ VISITS Li Qiang | Rusya
}

// Compare scores a second annotation of the same records against the
// first: here the second pass left out one place.
func ExampleCompare() {
	second := strings.NewReplacer("[[Rusya|LOC]]", "Rusya", "@ VISITS Li Qiang | Rusya\n", "").Replace(firstPass)
	a, err := corpus.Parse(strings.NewReader(firstPass))
	if err != nil {
		panic(err)
	}
	b, err := corpus.Parse(strings.NewReader(second))
	if err != nil {
		panic(err)
	}
	agr, compared, missing, err := corpus.Compare(a, b)
	if err != nil {
		panic(err)
	}
	fmt.Println("records compared", compared, "missing", missing)
	for _, typ := range []string{corpus.Person, corpus.Location, "ALL"} {
		c := agr[typ]
		fmt.Printf("%s TP %d FP %d FN %d F1 %.2f\n", typ, c.TP, c.FP, c.FN, c.F1())
	}
	// Output:
	// records compared 1 missing 0
	// PER TP 1 FP 0 FN 0 F1 1.00
	// LOC TP 1 FP 0 FN 1 F1 0.67
	// ALL TP 2 FP 0 FN 1 F1 0.80
}
