package ru

import (
	"slices"

	"github.com/varlik/varlik/lang"
)

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
// dev (-doc 20) unchanged at 0.8862.
var titleStems = []string{
	"президент", "премьер-министр", "министр", "госсекретар", "губернатор", "сенатор", "конгрессмен",
	"депутат", "канцлер", "генерал", "адмирал", "полковник", "инспектор", "детектив", "судь", "прокурор",
	"тренер", "наставник", "голкипер", "вратар", "полузащитник", "защитник",
	"рэпер", "рэппер", "певиц", "певец", "певц", "актер", "актрис", "режиссер", "журналист", "писател",
	"профессор", "доктор", "господин", "госпож", "мистер", "миссис",
}

// TitleBeforeName reports whether norm is a case form of one of
// titleStems (lang.PersonTitles).
func (Russian) TitleBeforeName(norm string) bool {
	for _, s := range titleStems {
		if beginsWith(norm, s) && slices.Contains(nounEndings, norm[len(s):]) {
			return true
		}
	}
	return false
}
