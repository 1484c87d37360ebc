package tr

import "github.com/varlik/varlik/lang"

// namingWords join a name to the noun it names (lang.NamingWords):
// "called" (adlı, adındaki, isimli, ismindeki). Not adıyla ("under the
// name"), after which a person's name is as often followed by what the
// person did, nor adında and isminde, which also end a clause ("Ali
// adında bir çocuk geldi" is a child's name).
var namingWords = lang.NewWordSet(map[string]bool{"adlı": true, "adındaki": true, "isimli": true, "ismindeki": true})

// NamingWord reports whether norm, a folded word, is one of namingWords.
func (Turkish) NamingWord(norm string) bool { return namingWords.Has(norm) }

// namedThingStems begin the nouns, in any form, that after a naming word
// say the name is a thing's (lang.NamingWords): a film, a documentary, a
// song, an album, a single, a book, a novel, a story, a poem, a series, a
// play (piyes), a work, a storm, a festival. Not a game (oyun), whose
// stem begins an actor (oyuncu: "X adlı oyuncu"), nor a magazine or a
// newspaper, which news annotation tags as organizations.
var namedThingStems = [...]string{
	"film", "belgesel", "şarkı", "albüm", "single", "kitab", "kitap", "roman", "öykü", "hikaye", "hikâye",
	"şiir", "dizi", "piyes", "eser", "kasırga", "fırtına", "festival",
}

// NamedThing reports whether norm, a folded word after a naming word,
// begins with one of namedThingStems (filmde, şarkısıyla, kitabın).
func (Turkish) NamedThing(norm string) bool {
	return namedThingIndex.startsAny(norm)
}
