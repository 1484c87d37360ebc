package tr

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.CompanyDeeds = Turkish{}

// AgentWord reports whether norm is tarafından ("by"), which makes the name
// before it the agent of the passive that follows (lang.CompanyDeeds).
func (Turkish) AgentWord(norm string) bool { return norm == "tarafından" }

// companyDeedStems begin the passives of publishing (yayımlandı,
// yayınlanacak) and the noun of a poll (anket, ankete, anketinde): a book
// is published and a poll run by a publisher and a pollster, whose foreign
// names the tagger reads as surnames. Not research (araştırma), which
// scholars do, nor developing or producing, which people do too.
var companyDeedStems = []string{"yayımlan", "yayınlan", "anket"}

// CompanyDeed reports whether norm, a folded word after tarafından, begins
// with one of companyDeedStems (lang.CompanyDeeds).
func (Turkish) CompanyDeed(norm string) bool {
	for _, s := range companyDeedStems {
		if beginsWith(norm, s) {
			return true
		}
	}
	return false
}

// accusativeSuffixes are the accusative endings a name takes after its
// apostrophe, by vowel harmony, after a vowel (-yI) and after a consonant
// (-I); -nI follows a possessive, which a name does not take.
var accusativeSuffixes = map[string]bool{
	"ı": true, "i": true, "u": true, "ü": true,
	"yı": true, "yi": true, "yu": true, "yü": true,
}

// AccusativeSuffix reports whether norm, a folded apostrophe suffix token
// ('yi, ’ı), is the accusative (lang.CompanyDeeds).
func (Turkish) AccusativeSuffix(norm string) bool {
	norm = trimApostrophes(norm)
	return accusativeSuffixes[norm]
}

// FoundingVerb reports whether norm is a finite or participle form of
// kurmak ("to found") in the past: kurdu, kurduğu, kurdukları, kurmuş,
// kurmuştu (lang.CompanyDeeds). Not its present participle kuran, which is
// also the Quran's name.
func (Turkish) FoundingVerb(norm string) bool {
	return strings.HasPrefix(norm, "kurdu") || strings.HasPrefix(norm, "kurmuş")
}
