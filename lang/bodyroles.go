package lang

// BodyRoles is implemented by a language that writes a role in a body and
// the body's name after a preposition and the definite article ("a
// spokesperson for the Indonesian Red Cross", "chairman of the Cromwell
// Society", "researchers at the Brookings Institution"): the article says
// the name is no person's, and the role says it is no place's but a
// body's. Used with DefiniteArticles.
type BodyRoles interface {
	// BodyRole reports whether a folded role noun (Token.Norm) and the
	// folded preposition after it introduce, with the definite article, a
	// body's name.
	BodyRole(role, prep string) bool
}
