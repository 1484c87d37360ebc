package ru

import "github.com/varlik/varlik/lang"

var _ lang.ClubNouns = Russian{}

// clubNounForms are the case forms of клуб and команда, listed whole:
// their stems begin командир, командование and клубника too.
var clubNounForms = lang.NewWordSet(map[string]bool{
	"клуб": true, "клуба": true, "клубу": true, "клубом": true, "клубе": true, "клубы": true, "клубов": true,
	"клубам": true, "клубами": true, "клубах": true,
	"команда": true, "команды": true, "команде": true, "команду": true, "командой": true, "командою": true,
	"команд": true, "командам": true, "командами": true, "командах": true,
})

// ClubNoun reports whether norm is a case form of клуб or команда
// (lang.ClubNouns).
func (Russian) ClubNoun(norm string) bool { return clubNounForms.Has(norm) }
