package ru

import "github.com/varlik/varlik/lang"

var _ lang.QuotedOrganizations = Russian{}

// QuotesOrganizations reports whether open and close are guillemets
// (lang.QuotedOrganizations): Russian quotes the names of organizations,
// teams and brands («Брайтона», «Газпром»), not those of people and places.
func (Russian) QuotesOrganizations(open, close string) bool {
	return open == "«" && close == "»"
}
