package lang

// CompanyDeeds is implemented by a language whose news names a company by
// what only a company does: it publishes a book or runs a poll as the
// agent of a passive (Turkish "Houghton Mifflin Harcourt tarafından
// yayımlanacak", "YouGov tarafından gerçekleştirilen bir ankete göre"),
// and it is founded, the object of a verb of founding ("Truly 'yi 2016
// 'da Capp ile birlikte kurdu"). A foreign company's name the tagger never
// saw reads as a surname; these words say it is none.
type CompanyDeeds interface {
	// AgentWord reports whether norm, a folded word right after a name,
	// makes the name the agent of the passive after it (tarafından, "by").
	AgentWord(norm string) bool
	// CompanyDeed reports whether norm, a folded word of the clause after
	// an agent word, is a deed or a verb whose agent is a company's:
	// publishing, a poll.
	CompanyDeed(norm string) bool
	// AccusativeSuffix reports whether norm, a folded apostrophe suffix
	// token ('yi, 'ı), is the accusative ending of a name.
	AccusativeSuffix(norm string) bool
	// FoundingVerb reports whether norm, a folded lower-case word, is a
	// form of a verb of founding whose object is a body (kurdu, kurmuş).
	FoundingVerb(norm string) bool
}
