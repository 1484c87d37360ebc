package lang

// CompanyContext is implemented by a language that knows words which,
// right after a name, say the name is a company's whether or not a tagger
// found the name (English "Daimler-Benz shares rose", "Iomega
// shareholders"): people and places have no shares.
type CompanyContext interface {
	// MarksCompany reports whether a folded word (Token.Norm) is such a
	// word.
	MarksCompany(norm string) bool
}
