package en

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/relation"
)

// Coordinated predicates (SAYS, VISITS, MEETS and a role taken from another). In "Mishustin welcomed Li at the government
// headquarters and said that ...", the verb right after "and" has no
// subject of its own: it shares the first predicate's, the name that
// opens the clause, and the names between are that predicate's objects and
// complements. The patterns elsewhere read a subject right before its
// verb, or across a short gap, and refuse a gap that ends in "and"
// (relation.NotAfter); these read the subject where English puts it, at
// the sentence's start: after an article, after a title with its
// describing words ("Russian Prime Minister Mikhail Mishustin"), or after
// an opening phrase closed by a comma ("On Tuesday, Mishustin ..."). A
// name inside such a phrase is no subject ("After meeting Putin, Xi"), so
// that phrase may hold none. say and sayThat are enPatterns' enSay and
// enSayThat.
func coordinated(say, sayThat []string) []relation.Pattern {
	openings := [][]relation.Elem{
		{relation.SentenceStart(), opt(words(enArticle...)), entList(subj, "PER|ORG", "Nom")},
		// Not after a preposition: "Lawyers for President Trump met ... and said".
		{relation.SentenceStart(), opt(gapWithout(2, "PER|LOC|ORG", ",")), relation.NotAfter(enPrepositions...), title(relation.TitleAny), ent(subj, "PER", "")},
		{relation.SentenceStart(), gapWithout(12, "PER|ORG", ",", "."), words(","), opt(words(enArticle...)),
			ent(subj, "PER|ORG", "Nom")},
	}
	// The first predicate runs to "and" within its clause: no comma (an
	// insertion is an aside), no relative or subordinate clause, whose
	// "and" would join that clause's predicates, and no quotation.
	first := []relation.Elem{relation.Aside(16), gapWithout(16, "", append([]string{",", ";", ":", "who", "which", "that", "whose",
		"whom", "when", "while", "where", "because", "if", "but", "although", "though"}, openQuotes...)...),
		words("and"), opt(words("also", "then", "later", "has", "had", "will", "would"))}
	says, visits, meets := annotation.Says, annotation.Visits, annotation.Meets
	seconds := []struct {
		rel   annotation.RelationType
		elems []relation.Elem
	}{
		{says, []relation.Elem{words(sayThat...), gap(6, "PER"), words("that"), relation.Rest()}},
		{says, []relation.Elem{words(sayThat...), opt(words(",", ":")), relation.Quote()}},
		{says, []relation.Elem{words(say...), notWords(enSaidWhen...), notWords(",", "that"), relation.Rest()}},
		{visits, []relation.Elem{words(enVisit...), opt(words("the")), entList(obj, "LOC", "")}},
		{meets, []relation.Elem{words(enMeet...), gapWithout(4, "PER", "from"), entList(obj, "PER", "")}},
		// "Willoughby is to become a brand ambassador for M&S and will replace Ant McPartlin as
		// host of ITV's show": the role the other held.
		{annotation.Role, []relation.Elem{words(enReplaces...), ent(none, "PER", ""), words("as"), opt(words(enArticle...)),
			title(relation.TitleNoMember), words("of", "for", "at"), opt(words("the")), ent(obj, "LOC|ORG", "")}},
	}
	var out []relation.Pattern
	for _, s := range seconds {
		for _, o := range openings {
			out = append(out, pattern(s.rel, slices.Concat(o, first, s.elems)...))
		}
	}
	return out
}
