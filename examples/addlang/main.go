// Command addlang shows how to plug a new language into varlik: a
// lang.Language (tokenizer, sentences, folding, morphology) registered with
// lang.Register, a language-identification profile trained from a little
// text and registered with langid.Register, and then the ordinary
// Extractor. Here the language is German, kept deliberately small.
//
//	go run ./examples/addlang "Russland und China unterzeichneten in Moskau ein Abkommen."
//
// Without a model for the language, entities come from the gazetteer
// (which has German names for countries from Unicode CLDR) and are linked
// to the same IDs as in Turkish, English and Russian. A trained model
// (examples/train -lang de ...) passed with entity.WithModel adds the
// names the gazetteer does not know; relation patterns are tables inside
// package entity (see patterns_tr.go) and are added there.
package main

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/varlik/varlik/entity"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/langid"
)

//go:embed testdata/de.txt
var germanText string

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "addlang:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	if err := register(); err != nil {
		return err
	}
	text := "Der Außenminister Russlands traf in Peking Vertreter Chinas und der Mongolei. Russland und China wollen den Handel ausbauen."
	if len(args) > 0 {
		text = strings.Join(args, " ")
	}
	x, err := entity.New() // language "auto": langid now knows German too
	if err != nil {
		return err
	}
	doc, err := x.Extract(context.Background(), text)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "language:", doc.Lang)
	for _, e := range doc.Entities {
		fmt.Fprintf(w, "%-12s %-12s %-8s %s\n", e.Type, e.Text, e.ID, e.Canonical)
	}
	return nil
}

// register adds German to varlik: its Language and its langid profile.
func register() error {
	lang.Register(german{})
	profile, err := langid.Train("de", "Latin", strings.NewReader(germanText), 2000)
	if err != nil {
		return err
	}
	langid.Register(profile)
	return nil
}
