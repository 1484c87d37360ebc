package main

import (
	"fmt"
	"io"
	"runtime/debug"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/ner"
)

// printVersion prints the varlik module version (from the build), the
// embedded gazetteer's data version and how each default model was built.
func printVersion(w io.Writer) error {
	version := "(unknown)"
	if bi, ok := debug.ReadBuildInfo(); ok {
		version = bi.Main.Version
		for _, dep := range bi.Deps {
			if dep.Path == "github.com/varlik/varlik" {
				version = dep.Version
			}
		}
	}
	fmt.Fprintf(w, "varlik %s\ngazetteer %s\n", version, gazetteer.DataVersion())
	for _, code := range ner.DefaultCodes() {
		m, err := ner.DefaultModel(code)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "model %s %s\n", code, m.Provenance())
	}
	return nil
}
