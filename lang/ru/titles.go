package ru

import "github.com/varlik/varlik/lang"

var _ lang.PersonTitles = Russian{}

// titleStems begin the roles and occupations written before a person's
// name, which news annotation leaves out of the mention (Рэппер Канье
// Уэст, Голкипер Кепа Аррисабалага, Госсекретарь США Майк Помпео). Whole
// case forms only (titleBeforeName): short stems begin given names (мэр:
// Мэри), and titles that annotators keep with the name (Леди Гага, Принц)
// or given names (Лорд) are left out.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with them
// (recognize's trimLeadingTitles): NTREX Russian dev 0.8367 → 0.8380
// (Рэппер Канье Уэст, Голкипер Кепа Аррисабалага), held-out FactRuEval
// dev (-doc 20) unchanged at 0.8862. The titles of monarchs, nobles and
// clergy, which the Universal NER guidelines leave out too ("Honorable
// King Harald"): NTREX Russian dev and held-out FactRuEval unchanged,
// WikiNER held-out 0.8352 → 0.8350, whose silver labels keep one
// (Императора Хигасиямы).
var titleStems = newStemList(
	"президент", "премьер-министр", "министр", "госсекретар", "губернатор", "сенатор", "конгрессмен",
	"депутат", "канцлер", "генерал", "адмирал", "полковник", "инспектор", "детектив", "судь", "прокурор",
	"тренер", "наставник", "голкипер", "вратар", "полузащитник", "защитник",
	"рэпер", "рэппер", "певиц", "певец", "певц", "актер", "актрис", "режиссер", "журналист", "писател",
	"профессор", "доктор", "господин", "госпож", "мистер", "миссис",
	// monarchs, nobles and clergy (король Людовик, императора Нерона, папа Франциск, патриарх Кирилл)
	"корол", "королев", "император", "императриц", "цар", "цариц", "княз", "княгин", "принц", "принцесс",
	"герцог", "герцогин", "граф", "графин", "пап", "патриарх", "кардинал", "епископ", "архиепископ", "митрополит",
	"фараон",
)

// TitleBeforeName reports whether norm is a case form of one of
// titleStems (lang.PersonTitles).
func (Russian) TitleBeforeName(norm string) bool { return caseFormOf(norm, titleStems) }

var _ lang.OfficeTitles = Russian{}

// officeTitleStems are the titles of monarchs and popes written before
// the name (lang.OfficeTitles), as titleStems gives them; not Шейх or
// Леди, which begin names.
var officeTitleStems = newStemList("корол", "королев", "император", "принц", "принцесс", "пап")

// OfficeTitle reports whether norm is a case form of one of
// officeTitleStems.
func (Russian) OfficeTitle(norm string) bool { return caseFormOf(norm, officeTitleStems) }
