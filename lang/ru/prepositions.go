package ru

import "github.com/varlik/varlik/lang"

var _ lang.Prepositions = Russian{}

// Preposition reports whether norm, a folded word, is a preposition
// (lang.Prepositions: на, в, из).
func (Russian) Preposition(norm string) bool { return prepositions.Has(norm) }
