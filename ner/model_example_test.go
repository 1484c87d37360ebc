package ner_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/varlik/varlik/conll"
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

// Train a model from tagged sentences (here read from CoNLL text), write
// it, and load it back.
func ExampleTrain() {
	data := "Ali\tB-PER\nKaya\tI-PER\nİzmir'e\tB-LOC\ngitti\tO\n\nAyşe\tB-PER\nBursa'da\tB-LOC\nkaldı\tO\n"
	sents, err := conll.Read(strings.NewReader(data), conll.Options{Language: tr.Turkish{}, SplitApostrophes: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := ner.Train(context.Background(), sents, ner.TrainConfig{Lang: "tr", Language: tr.Turkish{}, Epochs: 5})
	if err != nil {
		fmt.Println(err)
		return
	}
	var file bytes.Buffer
	if _, err := m.WriteTo(&file); err != nil {
		fmt.Println(err)
		return
	}
	back, err := ner.LoadModel(&file)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(back.Lang(), len(sents))
	// Output:
	// tr 2
}

// LoadModel reads a model written by WriteTo (or cmd/train); a file that
// is not one gives ErrNotModel.
func ExampleLoadModel() {
	_, err := ner.LoadModel(strings.NewReader("GIF89a, not a model"))
	fmt.Println(errors.Is(err, ner.ErrNotModel))
	// Output:
	// true
}
