package lang

// BodyPronouns is implemented by a language whose pronouns tell a body
// (a company, a party, a team) from a person: English "which" and "its"
// stand for a thing, "who" and "his" or "her" for a person. A name the
// tagger read as a person's is a body's where the sentence refers back to
// it so: "Ahold , which owns ...", "Ahold said its profit rose".
type BodyPronouns interface {
	// BodyRelative reports whether a folded word (Token.Norm) is a
	// relative pronoun that stands for a thing, not a person (which).
	BodyRelative(norm string) bool
	// BodyPossessive reports whether a folded word is the possessive
	// pronoun of a thing (its).
	BodyPossessive(norm string) bool
}
