package lang

// SubjectParticiples is implemented by a language whose news introduces a
// sentence's subject with a clause ending in a participle right before the
// name and a comma right after it (Turkish "... olduğunu söyleyen Kaya ,
// ..."): a capitalized word in that place names the person who spoke or
// acted.
type SubjectParticiples interface {
	// SubjectParticiple reports whether a folded word (Token.Norm) is a
	// participle that makes the noun after it its subject.
	SubjectParticiple(norm string) bool
}
