package ru

import (
	"slices"

	"github.com/varlik/varlik/lang"
)

var _ lang.OrganizationKinds = Russian{}

// orgKindStems are the stems of the nouns of kinds of organization whose
// examples news lists after them in the plural (магазинами , такими как
// Алди и Лидл; сайты , такие как Gateway Pundit; такие марки , как Revlon).
var orgKindStems = []string{"магазин", "супермаркет", "гипермаркет", "ритейлер", "сайт", "марк", "бренд",
	"компани", "корпораци", "банк", "сервис", "соцсет", "платформ", "телеканал"}

// pluralEndings end those nouns in the plural (магазины, магазинов,
// магазинами, марки, компаний, сетей, компаниях).
var pluralEndings = []string{"ы", "и", "ов", "ев", "ей", "й", "ам", "ям", "ами", "ями", "ах", "ях"}

// OrganizationKind reports whether norm is one of orgKindStems and a
// plural ending (lang.OrganizationKinds).
func (Russian) OrganizationKind(norm string) bool {
	for _, s := range orgKindStems {
		if beginsWith(norm, s) && slices.Contains(pluralEndings, norm[len(s):]) {
			return true
		}
	}
	return false
}

// CompletesIntroduction reports whether norm is как, which introduces
// examples after такие (lang.OrganizationKinds) and alone is "as" in ",
// как Иванов рассказал".
func (Russian) CompletesIntroduction(norm string) bool { return norm == "как" }

// IntroducesExamples reports whether norm is a word of такие как, "such
// as", in any case, or например, включая (lang.OrganizationKinds).
func (Russian) IntroducesExamples(norm string) bool {
	switch norm {
	case "такие", "таких", "таким", "такими", "например", "включая":
		return true
	}
	return false
}
