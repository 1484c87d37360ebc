package ru

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.CompetitionOpeners = Russian{}

// competitionStems begin the head nouns that open the names of
// competitions and festivals (Фестиваль граждан мира, Кубок Райдера,
// Чемпионат мира, Олимпиады), which news does not tag. Лига is left out:
// it opens bodies' names too (Лига арабских государств), and only its
// compounds are competitions (Премьер-лиги, Евролиги).
var competitionStems = newStemList("фестивал", "олимпиад", "чемпионат", "кубок", "кубк", "турнир", "первенств",
	"спартакиад", "универсиад")

// OpensCompetition reports whether norm is a case form of such a head noun
// (not its adjective: Фестивальная улица) or a compound of лига
// (lang.CompetitionOpeners).
func (Russian) OpensCompetition(norm string) bool {
	return caseFormOf(norm, competitionStems) || strings.Contains(norm, "-лиг") || strings.HasPrefix(norm, "евролиг")
}
