package lang

import (
	"context"
	"strings"
)

// The optional interfaces below are what a language may know about the
// words around names. Core packages ask for them with a type assertion and
// do without where a language does not implement one, so that a new
// language plugs in with only its tokenizer and adds knowledge as it grows.

// Cue classifies a word that announces a name next to it.
type Cue uint8

// Cue classes.
const (
	NoCue       Cue = iota
	OrgHead         // last word of an organization's name: Üniversitesi, Partisi, Holding, A.Ş.
	LocHead         // last word of a place name: eyaleti, ili, Nehri, Dağı
	PersonRole      // a role held by a person, before or after the name: Başbakanı, Bakanı
	PersonTitle     // an honorific next to a person's name: Bay, Sayın, Prof., Bey, Hanım
)

// NameCues is implemented by a language that knows the context words of
// names: a tagger that never saw a name with a given head noun ("...
// Vakfı") still learns from the head's class.
type NameCues interface {
	// Cue returns the class of a folded word (Token.Norm), or NoCue.
	Cue(norm string) Cue
	// TitleInName reports whether a folded honorific that follows a
	// person's name is part of the name (Turkish Paşa: Enver Paşa), where
	// other honorifics are context (Mesut Bey → Mesut).
	TitleInName(norm string) bool
}

// OrganizationContext is implemented by a language that knows words which,
// right after a name, show that it names an organization: a team's
// defence or goalkeeper, a company's shop, brand, staff or shares
// (Turkish "Brighton savunması", "Organon firması"). A tagger that
// took the name for a place or a person (a club named after its town, a
// foreign company) is corrected by them.
type OrganizationContext interface {
	// MarksOrganization reports whether a folded word (Token.Norm) that
	// directly follows a name makes the name an organization's.
	MarksOrganization(norm string) bool
}

// OrganizationPossessions is implemented by a language whose possessive
// ending is a token of its own after a name (English 's, split off as a
// Suffix token), and which knows words that, after the possessive, show
// the owner to be an organization: "Sainsbury 's stores", "a Brink 's
// employee". They are fewer than OrganizationContext's words, since a
// person has a side, a coach and a spokesman of their own ("Gerrard 's
// side", "Putin 's spokesman").
type OrganizationPossessions interface {
	// OwnedByOrganization reports whether suffix, a folded Suffix token
	// right after a name, is a possessive ending and norm, the folded word
	// after it, makes the name an organization's. norm is "" where the
	// possessive owns nothing (punctuation that closes the phrase
	// follows, or the end of the text).
	OwnedByOrganization(suffix, norm string) bool
}

// OrganizationOwnedBefore is implemented by a language that names what an
// organization owns before its name (Russian "в магазинах Бутс", "in Boots'
// stores", the name in the genitive or uninflected after the head): words
// that, right before a name the gazetteer does not know, make it an
// organization's.
type OrganizationOwnedBefore interface {
	// OwnedByNext reports whether a folded word right before a name makes
	// the name an organization's.
	OwnedByNext(norm string) bool
}

// FunctionWords is implemented by a language that knows the small words
// between and inside names.
type FunctionWords interface {
	// JoinsNames reports whether a folded word coordinates two names
	// ("Li ve Mişustin", "Li and Mishustin").
	JoinsNames(norm string) bool
	// SkippedInAcronym reports whether a folded word has no letter in an
	// acronym of the name it is part of (Tarım ve Orman → TO).
	SkippedInAcronym(norm string) bool
}

// OriginSuffixes is implemented by a language with a suffix that makes a
// word for someone from a place or organization (Turkish ABD'li,
// "American"; CHP'li, "a member of the CHP").
type OriginSuffixes interface {
	// IsOriginSuffix reports whether an apostrophe suffix token (with its
	// apostrophe, as the tokenizer splits it) is such a suffix.
	IsOriginSuffix(suffix string) bool
}

// OriginWords is implemented by a language whose word for someone from a
// place, or a member or supporter of an organization, is the name with a
// suffix attached (Turkish Liverpoollu, Fenerbahçeli: "from Liverpool",
// "of Fenerbahçe").
type OriginWords interface {
	// OriginStem returns the name inside word when word ends in the
	// suffix (Liverpoollu → Liverpool), and false otherwise.
	OriginStem(word string) (stem string, ok bool)
}

// InflectedNames is implemented by a language whose names take case
// endings with no apostrophe before them (Russian Путина, Путину), so that
// a short mention of a person must be matched through the morphology.
type InflectedNames interface {
	InflectsNames() bool
}

// NameCases is implemented by a language of InflectedNames that can tell,
// among a word's analyses, those that no case of a person's name is: in
// Russian an ending -и or -ы after a stem in a consonant is a case only of
// names that end in -а or -я (Менга, Менги), so Холли, a given name or a
// case of Холля, is no case of the surname Холл (Холла, Холлу).
type NameCases interface {
	// NameCase reports whether a, an analysis of a folded word of a
	// person's name, may be that name in a case.
	NameCase(a Analysis) bool
}

// GluedPossessives is implemented by a language whose tokenizer leaves an
// English possessive 's on a word in Latin letters (Russian text writes
// Burt's Bees so, as one token), where the English and Turkish tokenizers
// split it off as no word of the name: link keys the owner's name without
// it, the same in every language.
type GluedPossessives interface {
	// WithoutPossessive returns a folded word without the 's ending it.
	WithoutPossessive(norm string) string
}

// NameStemmer is implemented by a language whose names inflect, so that a
// key made from a name's sound (link's name IDs) is the same in every case
// the name stands in (Russian Путиным → путин, Хемфиллом → хемфилл).
type NameStemmer interface {
	// NameStem returns the stem of a folded word of a name with a case
	// ending that changes the name's consonants, or the word itself when
	// it has none or the language cannot tell.
	NameStem(word string) string
}

// Patronymics is implemented by a language whose people's full names hold
// a patronymic between the given name and the surname (Russian Борис
// Николаевич Ельцин), which other languages' news leaves out (Boris
// Yeltsin, Boris Yeltsin'in): link keys a person's name without it.
type Patronymics interface {
	// Patronymic reports whether a folded word is a patronymic, in any
	// case (Николаевич, Николаевича, Марковны).
	Patronymic(word string) bool
}

// CitationFormer is implemented by a language whose names inflect, so that
// a name the gazetteer does not know is still cited in its dictionary form
// (Russian Центрального банка → Центральный банк).
type CitationFormer interface {
	// CitationForm returns name, a mention's text of type typ (PERSON,
	// LOCATION or ORGANIZATION), in its citation form, or name itself when
	// the language cannot tell.
	CitationForm(name, typ string) string
}

// ObliqueNames is implemented by a language whose names inflect with no
// apostrophe before the ending, that can tell from a person's name as
// written that it is in a case other than the nominative (Russian Сергея
// Лаврова, Путину): a relation pattern then does not read it as a
// clause's subject ("Сергея Лаврова принял Мишустин и заявил").
type ObliqueNames interface {
	// ObliquePerson reports whether name, a person's mention as written,
	// is in an oblique case; false when the language cannot tell.
	ObliquePerson(name string) bool
}

// NameFinder is implemented by a language that brings a name recognizer
// of its own, used where varlik has no trained model for it.
type NameFinder interface {
	// FindNames returns the names in text, in order and non-overlapping,
	// as byte spans with a type of package annotation (PERSON, LOCATION,
	// ORGANIZATION) and a confidence.
	FindNames(ctx context.Context, text string) ([]Name, error)
}

// Name is a name found by a NameFinder.
type Name struct {
	Start, End int // UTF-8 byte offsets into the text
	Type       string
	Score      float64
	Source     string // the recognizer, as entities report it ("prose")
}

// UpperCaser is implemented by a language whose upper case differs from
// Unicode's default mapping (Turkish i → İ, ı → I).
type UpperCaser interface {
	Upper(s string) string
}

// Upper upper-cases s as l writes capitals: l's own mapping where it has
// one (UpperCaser), else Unicode's.
func Upper(l Language, s string) string {
	if u, ok := l.(UpperCaser); ok {
		return u.Upper(s)
	}
	return strings.ToUpper(s)
}

// Romanizer is implemented by a language written in a script other than
// Latin: it spells a name in Latin letters the way English spells it
// (Тереза Мэй → tereza mey), so that names can be compared across scripts.
type Romanizer interface {
	Romanize(s string) string
}

// NameRomanizer is implemented by a Romanizer that spells a word of a
// name for keying otherwise than Romanize spells it: the name keys of
// package link compare a Latin spelling with other languages' (Эухения,
// Eugenia), and how the language writes a foreign name's sounds tells
// which Latin letters its letters stand for there (Russian writes a
// Spanish g before e or i х, a German z after a consonant ц). RomanizeName
// returns the word itself where Romanize does (a Latin word passed
// through).
type NameRomanizer interface {
	Romanizer
	RomanizeName(w string) string
}

// NameWordTranslator is implemented by a language that translates some
// words of a name where English keeps its own: EnglishNameWord returns
// the English word for a folded word (западной → west: Западной
// Вирджинии, West Virginia), or "". A name is keyed with it only when it
// has more words than that one: alone, such a word names a region (Запад,
// the West), not a place another language spells.
type NameWordTranslator interface {
	EnglishNameWord(w string) string
}

// SaintWords is implemented by a language that writes a word for "saint",
// or its abbreviation, before a saint's name in the names of places,
// churches and bodies (St. Martin, Св. Мартина, Сен-Мартен; Sankt
// Peterburg, Санкт-Петербург; São Paulo, Сан-Паулу): SaintWord returns
// the pivot a folded word is keyed as, "saint" for the word of English and
// French and its translations, "san" for the Portuguese são, which Russian
// writes as Spanish's and Italian's san, or "" for another word.
// Languages translate or transliterate the word each their own way (St.,
// Saint, Сент, Сен, Санкт, Св.) where they spell the saint's name alike.
// An abbreviation that folds as an acronym does is listed only in a form
// the acronym has not: Russian's Св. with its dot, since the folded св of
// СВ Банк is an acronym's.
type SaintWords interface {
	SaintWord(w string) string
}

// StateNames is implemented by a language whose news names a state by the
// name of one of its parts, the name the gazetteer gives the part: Turkish
// writes İngiltere, England, for the United Kingdom (6 of the 9 NTREX dev
// lines that name it say Britain or UK in English, 2 England; in Turkish
// Wiki NER and the corpus's training text a country's statistics, its
// charts and a colony's independence from it). StateName returns the
// English name of the state a folded place name means, or "". The linker
// keeps the part where most of a document's mentions show they mean it: a
// national team (an organization), a word of a sports report right after
// it (lang.SportsWords: İngiltere milli takımı), another of the state's
// parts listed with it (İngiltere ve Galler).
type StateNames interface {
	StateName(w string) string
}
