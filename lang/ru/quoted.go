package ru

import "github.com/varlik/varlik/lang"

var _ lang.QuotedOrganizations = Russian{}

// QuotesOrganizations reports whether open and close are guillemets
// (lang.QuotedOrganizations): Russian quotes the names of organizations,
// teams and brands («Брайтона», «Газпром»), not those of people and places.
func (Russian) QuotesOrganizations(open, close string) bool {
	return open == "«" && close == "»"
}

var _ lang.OrganizationBeforeQuote = Russian{}

// teamContextStems begin the words of a team's players, staff, defence
// and fans, and of a team or club itself, which name the team after them
// in the genitive or in apposition: защиту « Брайтона », защитниками «
// Брайтона », вратаря « Брайтона », командой « Наполи », нападающий «
// Небесно-голубых ». The quoted name after them is no prize's or craft's
// (премии « Просветитель », корабль « Прогресс »); капитан and игрок are
// left out, as ships and games have them too (капитан « Титаника »).
var teamContextStems = newStemList("защит", "вратар", "нападающ", "полузащитник", "форвард", "тренер", "наставник",
	"команд", "клуб", "болельщик", "фанат")

// QuotedOrganizationAfter reports whether norm is such a word
// (lang.OrganizationBeforeQuote).
func (Russian) QuotedOrganizationAfter(norm string) bool {
	return hasPrefix(norm, teamContextStems)
}
