package lang

// OrganizationKinds is implemented by a language that knows the plural
// nouns for kinds of organization and the words that introduce examples
// of a kind: the names listed after "brands such as" or "networks,
// including" are organizations, however a tagger read them ("brands such
// as Revlon, Essie and Tweezerman").
type OrganizationKinds interface {
	// OrganizationKind reports whether a folded word (Token.Norm) names a
	// kind of organization in the plural: brands, retailers, networks.
	OrganizationKind(norm string) bool
	// IntroducesExamples reports whether a folded word, alone or with the
	// others it answers for, introduces examples after a kind's noun
	// (English such, including, like).
	IntroducesExamples(norm string) bool
	// CompletesIntroduction reports whether a folded word introduces
	// examples only after a word that does (English as after such, Russian
	// как after такие): alone it is "as" ("retailers, as Smith said").
	CompletesIntroduction(norm string) bool
}
