package ru

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/relation"
)

// Coordinated predicates (SAYS, VISITS, MEETS, a post taken from another). In "Мишустин встретил Ли
// Цяна в здании правительства и заявил, что ...", the verb right after "и"
// has no subject of its own: it shares the first predicate's, and Ли Цяна
// is that predicate's object. The patterns elsewhere read a subject right
// before its verb, or across a short gap, and refuse a gap that ends in
// "и" (notAfterAnd); these read the subject at the sentence's start, alone,
// after its title ("Председатель правительства России Михаил Мишустин"), or
// after an opening phrase closed by a comma that holds no name of a person
// or a body. Russian may put the object first ("Сергея Лаврова принял
// Мишустин и заявил"): a subject is in the nominative, as far as its
// endings tell (lang.ObliqueNames: a first name's case, an ending no
// nominative has; "Ли Цяна" tells nothing).
func coordinated() []relation.Pattern {
	openings := [][]relation.Elem{
		{relation.SentenceStart(), entList(subj, "PER|ORG", "Nom")},
		{relation.SentenceStart(), title(relation.TitleAny), openQuote, opt(ent(none, "LOC|ORG", "")), closeQuote, ent(subj, "PER", "Nom")},
		{relation.SentenceStart(), gapWithout(12, "PER|ORG", ",", "."), words(","), ent(subj, "PER|ORG", "Nom")},
	}
	// The first predicate runs to "и" within its clause: no comma (an
	// insertion is an aside), no relative or subordinate clause and no
	// quotation.
	first := []relation.Elem{aside, gapWithout(16, "", append([]string{",", ";", ":", "—", "что", "чтобы", "когда", "где", "если",
		"но", "а", "хотя", "«", "»", "\"", "„", "“"}, ruWho...)...), words("и"), opt(words("также", "затем", "потом", "тут", "уже"))}
	says, visits, meets := annotation.Says, annotation.Visits, annotation.Meets
	seconds := []struct {
		rel   annotation.RelationType
		elems []relation.Elem
	}{
		{says, []relation.Elem{words(ruSay...), gap(4, "PER"), words(","), words("что"), relation.Rest()}},
		{says, []relation.Elem{words(ruSay...), opt(words(":", ",")), relation.Quote()}},
		{says, []relation.Elem{words(ruSayAbout...), gapWithout(2, "PER|ORG", ",", "."), relation.AheadWords(ruAbout...), relation.Rest()}},
		{visits, []relation.Elem{words(ruTravelTo...), gap(3, "PER|LOC"), words("в", "во", "на"), entList(obj, "LOC", "")}},
		{visits, []relation.Elem{words(ruVisit...), gap(3, "PER|LOC"), entList(obj, "LOC", "")}},
		{meets, []relation.Elem{words(ruMeetWith...), gap(4, "PER"), words("с", "со"), gap(6, "PER"), entList(obj, "PER", "")}},
		// "Уиллоуби станет послом марки M&S и заменит Энтони Макпартлина в роли ведущей": the
		// post the other held.
		{annotation.Role, []relation.Elem{words(ruReplaces...), ent(none, "PER", ""), words(ruInPost...), title(relation.TitleNoMember),
			openQuote, opt(ent(obj, "LOC|ORG", "")), closeQuote}},
	}
	var out []relation.Pattern
	for _, s := range seconds {
		for _, o := range openings {
			out = append(out, pattern(s.rel, slices.Concat(o, first, s.elems)...))
		}
	}
	return out
}
