package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// teamsBesideMatchVerbs makes a place mention an organization in a
// sentence of a sports report (lang.SportsWords or a score) when the word
// before or after it makes it a side of the match (lang.MatchSides: "Leeds beat
// Arsenal 2-1", "Sampdoria drew with Fiorentina", "the Rockies clinched
// with a 5-2 win over the Nationals"): in a match report, what beats,
// hosts or draws with a team is a team, and a club is mostly named after
// its town. A place the gazetteer knows as a country, continent, region or
// territory keeps its type (a national team is a place in news
// annotation; nationalSide), as in the other team rules; people keep theirs
// (a tennis player beats another), unless the other side is a team. Outside
// a sports report, a club the gazetteer knows across the verb ("Promoted
// Livingston stunned Rangers", lang.ClubNames: Rangers FC) makes the
// sentence one about a match for the name facing it. In a sports report,
// a place followed by a part of the pitch a side has is a team too (the
// Brighton box, Brighton territory). It returns the texts of the mentions
// it retyped.
//
// Ordinary news uses the verbs and the sports words too (a city hosts a
// final, a state faces a lawsuit over the death penalty), so: a verb after
// the name must have the other side after it, a capitalized word, a number
// or a score (opponentAt: not "Gaza faces a humanitarian catastrophe"); a
// region is a team only in a sentence with a score ("Texas beat Oklahoma
// 45-20", not "Texas faces California in a legal fight"); and a one-word
// person before a possessive or a word that makes it no side
// (lang.MatchSides.NotSideAfter) is the owner of the side or the one a team
// raced ("Stoke beat Kenyon 's side", "United beat Mourinho to the
// signing"). Asking more of the sentence than one sports word (a score,
// two different sports words, or a club the gazetteer knows, in it or a
// sentence next to it), for this rule and teamsByNickname, cost NTREX
// English dev 0.8483 → 0.8455 (-doc 10 0.8743 → 0.8732): the Brighton box,
// "City battles Hoffenheim", the Nationals and the Rockies are in
// sentences with one sports word (box, Champions League, playoff).
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule
// (with the sport names among the sports words and upper-cased headline
// words read as words): NTREX English dev 0.8422 → 0.8429 (Hoffenheim
// after "battles"), -doc 10 0.8668 → 0.8675; Universal NER EWT dev
// unchanged (0.7432); Turkish dev sets unchanged (Turkish implements no
// lang.MatchSides). Written results and headlines ("Sampdoria drew with",
// "SOCCER - LEEDS BEAT ARSENAL") are in the test. A known club facing the
// name outside a sports report: NTREX English dev 0.8439 → 0.8446
// (Livingston), -doc 10 unchanged (0.8685), EWT dev unchanged. A part of
// the pitch after the name: NTREX English dev 0.8479 → 0.8486 (the Brighton
// box), -doc 10 and EWT dev unchanged (0.8724, 0.7463).
//
// sports holds sportsSentences(doc, l).
func teamsBesideMatchVerbs(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, sports []bool) (names []string) {
	ms := capsOf(l).matchSides
	if sports == nil || ms == nil {
		return nil
	}
	toks := doc.Tokens
	// club reports whether e is an organization the gazetteer knows as a
	// club, by its entry or by a full name the language forms around it
	// (lang.ClubNames: Chelsea FC).
	cn := capsOf(l).clubNames
	var clubs *clubMemo
	club := func(e *annotation.Entity) bool {
		if e.Type != annotation.Organization || g == nil {
			return false
		}
		if e.ID != "" {
			if en := g.ByID(e.ID); en != nil && en.Subtype == "club" {
				return true
			}
		}
		if cn == nil {
			return false
		}
		if clubs == nil {
			clubs = newClubMemo(l, cn, g)
		}
		return clubs.knows(e.Text)
	}
	word := func(i int) string {
		if i < 0 || i >= len(toks) || toks[i].Kind != lang.Word && toks[i].Kind != lang.Abbreviation {
			return ""
		}
		return lang.FoldToken(&toks[i], l)
	}
	// opponentAt reports whether token p of sentence s, after a match
	// verb, opens the other side: a capitalized word, a number or a score,
	// after the word that joins the verb to its object (drew with, lost
	// to, played against) and an article (beat the Rockies). A verb
	// followed by anything else has no side for its object ("Gaza faces a
	// humanitarian catastrophe", "Texas beat its own goal"): it is not
	// about a match. After an article, the side is a name that is not a
	// competition's: a city hosts a final as often as a team ("Berlin
	// hosted the Champions League final", "the 2022 World Cup").
	da := capsOf(l).definiteArticles
	ch := capsOf(l).competitionHeads
	opponentAt := func(p int, s lang.Sentence) bool {
		if p < s.Last && ms.SideBefore(word(p-1), word(p)) {
			p++
		}
		if p < s.Last && da != nil && da.DefiniteArticle(toks[p].Text) {
			end := p + 1
			for end < s.Last && capitalizedWord(&toks[end]) {
				end++
			}
			return end > p+1 && (ch == nil || !ch.CompetitionHead(word(end-1)))
		}
		return p < s.Last && (capitalizedWord(&toks[p]) || toks[p].Kind == lang.Number || scoreAt(toks, p) > 0)
	}
	// sides reports whether the word after e, or the words before it, make
	// it a side of the match, in sentence s.
	sides := func(e *annotation.Entity, s lang.Sentence) (after, before bool) {
		// The word two before the name, or before a score there ("lost
		// 1-0 to Ayr", "lost 2 - 1 to Ayr").
		prev := e.First - 2
		for _, n := range [2]int{1, 3} {
			if p := e.First - 1 - n; p >= s.First && scoreAt(toks, p) == e.First-1 {
				prev = p - 1
			}
		}
		prevWord := ""
		if prev >= s.First {
			prevWord = word(prev)
		}
		return e.Last < s.Last && ms.SideAfter(word(e.Last)) && opponentAt(e.Last+1, s),
			e.First > s.First && ms.SideBefore(prevWord, word(e.First-1))
	}
	j := 0
	for si, s := range doc.Sentences {
		for j < len(ents) && ents[j].First < s.First {
			j++
		}
		first := j
		for j < len(ents) && ents[j].First < s.Last {
			j++
		}
		// facing reports whether the mention across the match verb from
		// ents[k] satisfies ok.
		facing := func(k int, ok func(*annotation.Entity) bool) bool {
			e := &ents[k]
			after, before := sides(e, s)
			return after && k+1 < j && ents[k+1].First-e.Last <= 3 && ok(&ents[k+1]) ||
				before && k > first && e.First-ents[k-1].Last <= 3 && ok(&ents[k-1])
		}
		for k := first; k < j; k++ {
			e := &ents[k]
			if e.Type != annotation.Location || nationalSide(e.ID, g) {
				continue
			}
			// A region is a team's name only beside a score ("Texas beat
			// Oklahoma 45-20"): states and provinces face each other in
			// courts, elections and budgets ("Texas faces California in a
			// legal fight over the death penalty").
			if en := regionOf(e.ID, g); en && !hasScore(toks, s) {
				continue
			}
			// Outside a sports report, a club the gazetteer knows on the
			// other side says the sentence is about a match ("Chelsea
			// faces Videoton").
			if after, before := sides(e, s); sports[si] && (after || before || e.Last < s.Last && ms.TeamPart(word(e.Last), word(e.Last+1))) ||
				!sports[si] && facing(k, club) {
				toOrganization(e)
				names = append(names, e.Text)
			}
		}
		// A one-word person the gazetteer does not know, facing a team
		// across the verb ("ESSEX BEAT KENT", "Sampdoria drew with
		// Fiorentina"): the two sides of a match are of one kind, and a
		// player's surname does not face a club.
		for k := first; k < j; k++ {
			e := &ents[k]
			if e.Type != annotation.Person || e.ID != "" || e.Last-e.First != 1 {
				continue
			}
			// A possessive after the name makes it the owner of what faces
			// the team ("Stoke beat Kenyon 's side"), and some words make
			// it no side (lang.MatchSides.NotSideAfter: "United beat Mourinho to
			// the signing").
			if e.Last < s.Last && (toks[e.Last].Kind == lang.Suffix ||
				ms.NotSideAfter(word(e.Last))) {
				continue
			}
			if sports[si] && facing(k, func(o *annotation.Entity) bool { return o.Type == annotation.Organization }) || facing(k, club) {
				toOrganization(e)
				names = append(names, e.Text)
			}
		}
	}
	return names
}

// splitAtMatchVerbs cuts a mention in two at a lower-case (or, in an
// upper-cased headline, upper-case) word inside it that makes the names
// around it the sides of a match (lang.MatchSides: the tagger's "Liverpool
// battles Napoli", "SURREY V YORKSHIRE" as one name), in a sentence of a
// sports report: no name holds such a verb, and each side is a name of its
// own, of the mention's type (teamsBesideMatchVerbs then decides a place's).
// Both parts must open with a capitalized word. ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.8429 → 0.8439 ("Liverpool battles Napoli"), -doc 10
// 0.8675 → 0.8685; Universal NER EWT dev unchanged (0.7432); Turkish and
// Russian implement no lang.MatchSides.
//
// sports holds sportsSentences(doc, l).
func splitAtMatchVerbs(doc *annotation.Document, ents []annotation.Entity, l lang.Language, sports []bool) []annotation.Entity {
	ms := capsOf(l).matchSides
	if sports == nil || ms == nil {
		return ents
	}
	toks := doc.Tokens
	si := 0
	return replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
		for si < len(doc.Sentences) && doc.Sentences[si].Last <= e.First {
			si++
		}
		if si == len(doc.Sentences) || !sports[si] || e.Last-e.First < 3 {
			return nil
		}
		for k := e.First + 1; k < e.Last-1; k++ {
			if notTitleCase(&toks[k]) && ms.SideAfter(lang.FoldToken(&toks[k], l)) &&
				capitalizedWord(&toks[e.First]) && capitalizedWord(&toks[k+1]) {
				return []annotation.Entity{doc.Mention(e.First, k, e.Type, e.Score, e.Source+"+rule"),
					doc.Mention(k+1, e.Last, e.Type, e.Score, e.Source+"+rule")}
			}
		}
		return nil
	})
}

// notTitleCase reports whether t is a word written in lower case or all
// in capitals: in a headline of capitals, the verb between two names.
func notTitleCase(t *lang.Token) bool {
	if t.Kind != lang.Word && t.Kind != lang.Abbreviation {
		return false
	}
	return !hasUpper(t.Text) || !hasLower(t.Text) // in line for Cyrillic, which ranging over the text decoded with a call a rune
}

// addSidesFacingTeams adds an organization for a capitalized word that no
// mention holds when a match verb joins it to a team's mention in a
// sentence of a sports report (lang.MatchSides: "City battles Hoffenheim",
// "Arsenal beat Wolves", "Chelsea faces Videoton"): the two sides of a
// match are of one kind. A word
// that is no name before a verb (lang.Speakers: They, This; at the
// sentence's opening a plural, Officials) is left out, and so is a word
// after the verb followed by a lower-case word that is no preposition or
// adverb (lang.MatchSides.SideFollower): it modifies that noun ("Chelsea face
// Easter test"). ents are sorted and
// non-overlapping, and stay so. It returns the texts of the mentions it
// added.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.8486 → 0.8490 ("City battles Hoffenheim"), -doc 10
// 0.8724 → 0.8728, Universal NER EWT dev unchanged (0.7463).
//
// sports holds sportsSentences(doc, l).
func addSidesFacingTeams(doc *annotation.Document, ents []annotation.Entity, l lang.Language, sports []bool) (_ []annotation.Entity, names []string) {
	ms := capsOf(l).matchSides
	sp := capsOf(l).speakers
	if ms == nil || sp == nil || sports == nil {
		return ents, nil
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token i
	for si, s := range doc.Sentences {
		if !sports[si] {
			continue
		}
		for i := s.First; i+2 < s.Last; i++ {
			t := &toks[i]
			if !titleCaseWord(t) || i > s.First && capitalizedWord(&toks[i-1]) || capitalizedWord(&toks[i+1]) {
				continue
			}
			for j < len(ents) && ents[j].Last <= i {
				j++
			}
			if j < len(ents) && ents[j].First <= i || sp.NotSpeaker(lang.FoldToken(t, l), i == s.First) {
				continue
			}
			// The word, a verb, and a team's mention right after ("City
			// battles Hoffenheim"), or a team's mention, a verb and the
			// word ("Chelsea faces Videoton").
			v := &toks[i+1]
			after := lowerCaseWord(v) && ms.SideAfter(lang.FoldToken(v, l)) && j < len(ents) && ents[j].First == i+2 &&
				ents[j].Type == annotation.Organization
			before := i-2 >= s.First && lowerCaseWord(&toks[i-1]) && j > 0 && ents[j-1].Last == i-1 &&
				ents[j-1].Type == annotation.Organization && ms.SideBefore("", lang.FoldToken(&toks[i-1], l))
			if !after && !before {
				continue
			}
			// After the verb, the word is the other side only when what
			// follows it ends the name: punctuation, a number, the
			// sentence's end, or a preposition or adverb (lang.MatchSides.SideFollower:
			// "Arsenal host Wolves tonight"); before a lower-case noun it
			// modifies the noun ("Chelsea face Easter test", "Barcelona face
			// Catalonia referendum fallout").
			if nx := &toks[i+1]; before && lowerCaseWord(nx) && !ms.SideFollower(lang.FoldToken(nx, l)) {
				continue
			}
			added, names = organizationAt(doc, ents, j, i, i+1, nil, added, names)
		}
	}
	return mention.MergeByStart(ents, added), names
}

// regionOf reports whether the gazetteer knows the place id as a region,
// of the first level or the second (a county, a department: Essex and
// Kent face each other over budgets as states do).
func regionOf(id string, g *gazetteer.Gazetteer) bool {
	if id == "" || g == nil {
		return false
	}
	en := g.ByID(id)
	return en != nil && (en.Subtype == "region" || en.Subtype == "region2")
}

// hasScore reports whether sentence s holds a match score (scoreAt).
func hasScore(toks []lang.Token, s lang.Sentence) bool {
	for p := s.First; p < s.Last; p++ {
		if scoreAt(toks, p) > 0 {
			return true
		}
	}
	return false
}
