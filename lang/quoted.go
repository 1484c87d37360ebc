package lang

// QuotedOrganizations is implemented by a language whose writing puts the
// names of organizations, brands and teams in quotation marks and not
// those of people and places (Russian «Брайтона», «Газпром»).
type QuotedOrganizations interface {
	// QuotesOrganizations reports whether open and close, the tokens
	// right before and after a name, are such quotation marks.
	QuotesOrganizations(open, close string) bool
}
