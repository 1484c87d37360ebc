package lang

// QuotedOrganizations is implemented by a language whose writing puts the
// names of organizations, brands and teams in quotation marks and not
// those of people and places (Russian «Брайтона», «Газпром»).
type QuotedOrganizations interface {
	// QuotesOrganizations reports whether open and close, the tokens
	// right before and after a name, are such quotation marks.
	QuotesOrganizations(open, close string) bool
}

// OrganizationBeforeQuote is implemented by a language that quotes
// organizations' names (QuotedOrganizations) and knows the words that,
// right before the opening mark, say the quoted name is a team's or an
// organization's (Russian защиту « Брайтона », командой « Наполи »),
// where the quotes alone may hold a prize's or a craft's name too.
type OrganizationBeforeQuote interface {
	// QuotedOrganizationAfter reports whether a folded word right before
	// an opening quotation mark makes the name quoted an organization's.
	QuotedOrganizationAfter(norm string) bool
}
