package lang

// FounderHeads is implemented by a language that knows the head nouns
// which end a company's or a group's name made of its founder's name and
// more words (English Group, Company, Records: "Hakan Peker Dance Group",
// "Houghton Mifflin Harcourt Publishing Company"), where a tagger splits
// the founder off as a person. Heads of public bodies are not among them:
// a person's name right before a body's is a signature or an apposition
// as often ("Cemil Akın Devlet Su İşleri ...").
type FounderHeads interface {
	// FounderHead reports whether a folded word (Token.Norm) is such a
	// head noun.
	FounderHead(norm string) bool
}
