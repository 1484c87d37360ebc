// Package enmodel embeds varlik's default English NER model (see
// ../README.md for its training data, settings and licence) and registers
// it with package ner as the default model for "en". Import it for its
// side effect; the model is decoded on first use.
package enmodel

import (
	_ "embed"

	"github.com/varlik/varlik/ner"
)

//go:embed en.model
var data []byte

func init() { ner.RegisterDefault("en", data) }

// The model is rebuilt from the shared data by cmd/train with the flags in
// recipe.txt (byte-identically: training is deterministic):
//
//go:generate go run ../../../cmd/train -data ../../../../shared/data -recipe recipe.txt -o en.model
