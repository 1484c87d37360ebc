package ru

import "github.com/varlik/varlik/lang"

var _ lang.TeamWords = Russian{}

// teamWords are the forms of сборная, a country's or a city's team.
var teamWords = map[string]bool{"сборная": true, "сборной": true, "сборную": true, "сборною": true,
	"сборные": true, "сборных": true, "сборным": true, "сборными": true}

// TeamWord reports whether norm is a form of сборная (lang.TeamWords).
func (Russian) TeamWord(norm string) bool { return teamWords[norm] }
