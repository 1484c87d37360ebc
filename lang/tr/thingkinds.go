package tr

import "github.com/varlik/varlik/lang"

var _ lang.ThingKinds = Turkish{}

// kindsBeforeThing are the nouns, in the compound's possessive form a
// kind takes before the name it classifies, that say the name is a
// thing's news annotation does not tag (lang.ThingKinds): an animal or a
// pet ("robot hayvanı Dog", "köpeği Karabaş"; the guideline tags no
// animal), software ("yazılımı Pardus"; "işletim sistemi Pardus" is left
// out: sistemi also ends bodies' names). Not a game, oyunu, which is also
// the accusative before a match's playmaker ("oyunu Arda kurdu").
//
// Chosen on dev data, F1 without → with: Turkish Wiki NER dev (tag -in
// conll) 0.7982 → 0.7984 (robot hayvanı Dog); NTREX Turkish dev (0.8725,
// -doc 10 0.8892) and the Milliyet dev split (0.8658) unchanged.
var kindsBeforeThing = lang.NewWordSet(map[string]bool{
	"hayvanı": true, "köpeği": true, "kedisi": true, "yazılımı": true,
})

// KindBeforeThing reports whether norm, a folded word right before a
// name, is one of kindsBeforeThing.
func (Turkish) KindBeforeThing(norm string) bool { return kindsBeforeThing.Has(norm) }

// KindBeforeTitle reports whether norm, a folded word before a quoted
// name, says the name is a work's title: never here, since recognize reads
// only guillemets and low-high quotes there, which Turkish does not use.
func (Turkish) KindBeforeTitle(string) bool { return false }
