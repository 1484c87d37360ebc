package en

import "github.com/varlik/varlik/lang"

var _ lang.PersonContext = English{}

// PersonBefore reports whether before, the folded word right before a
// name, makes it a person's (lang.PersonContext): a role, a title or an
// honorific of the cues ("striker Menga", "Judge Kavanaugh") or a noun of
// what a person is to a story ("suspect Dyteon Simpson", "sidekick
// Bough").
func (English) PersonBefore(before, _ string) bool {
	return roles[before] || titles[before] && !nameWords[before] || honorifics[before] || personNouns[before]
}

// nameWords are the title cues that are also the first word of places'
// and bodies' names (Prime Minister's Office is not the case here, but
// Foreign Office, Finance Ministry, Defense Department, Vice City).
var nameWords = map[string]bool{"foreign": true, "defence": true, "defense": true, "finance": true, "deputy": true, "vice": true, "general": true}

// personNouns are nouns for what a person is in a story, written before
// the name: "suspect Dyteon Simpson", "rapper Kanye West".
var personNouns = map[string]bool{
	"suspect": true, "victim": true, "sidekick": true, "rapper": true, "star": true, "teammate": true,
	"professor": true, "comedian": true, "presenter": true, "cousin": true, "nephew": true, "niece": true,
}

// PersonAfter reports whether after, the folded word right after a name,
// is a verb of saying or of a mind (lang.Speakers), which a place does
// not take as its subject, and before, the word before it, is no article,
// which a person's name does not take, and no preposition, which makes
// the name a place in a longer subject (lang.PersonContext): "Kavanaugh
// testified", but "the National Hurricane Center said" and "officials in
// Whitehall said".
func (English) PersonAfter(before, after string) bool {
	return sayingVerbs.Has(after) && before != "the" && before != "a" && before != "an" && !placePrepositions[before]
}

// placePrepositions put a place in a phrase of its own: officials in
// Whitehall, sources close to Brussels.
var placePrepositions = map[string]bool{
	"in": true, "at": true, "on": true, "from": true, "to": true, "near": true, "by": true,
	"with": true, "into": true, "across": true, "outside": true, "inside": true, "around": true,
}

// PersonOpens reports false (lang.PersonContext): English verbs agree with
// a person no differently than with a thing, so a sentence's first word
// and its verb do not tell a surname.
func (English) PersonOpens(string, []string) bool { return false }
