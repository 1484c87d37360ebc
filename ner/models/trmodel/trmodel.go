// Package trmodel embeds varlik's default Turkish NER model (see
// ../README.md for its training data, settings and licence) and registers
// it with package ner as the default model for "tr". Import it for its
// side effect; the model is decoded on first use.
package trmodel

import (
	_ "embed"

	"github.com/varlik/varlik/ner"
)

//go:embed tr.model
var data []byte

func init() { ner.RegisterDefault("tr", data) }

// The model is rebuilt from the shared data by cmd/train with the flags in
// recipe.txt (byte-identically: training is deterministic):
//
//go:generate go run ../../../cmd/train -data ../../../../shared/data -recipe recipe.txt -o tr.model
