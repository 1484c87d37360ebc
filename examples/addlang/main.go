// Command addlang shows how to plug a new language into varlik: package
// de, outside the library, registers a German lang.Language and a
// language-identification profile when imported, and the ordinary
// Extractor then handles German. The language is kept deliberately small.
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
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	_ "github.com/varlik/varlik/examples/addlang/de" // registers German

	"github.com/varlik/varlik/entity"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "addlang:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("addlang", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: addlang [TEXT ...]\n\nTags German text (a built-in example without TEXT) with German plugged in from package de.")
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	args = fs.Args()
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
