package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// teamsAroundScores makes the names on both sides of a match score
// organizations: in "Ayr 38 - 17 Melrose" and "Livingston 1-0 Rangers"
// the names are teams, which the tagger reads as people or towns when it
// does not know them as clubs. A mention next to the score that is a
// person or place becomes an organization, unless the gazetteer knows it
// as a country, continent, region or territory (national teams are places
// in news annotation); a capitalized word right after the score that no
// mention holds becomes one when the name before the score is a team
// (not in "14 - 19 Eylül", a range of days). A score is two numbers of at most three
// digits joined by a hyphen or an en dash, as one token or three; the name
// before it may carry its case ending ("Ayr 'ı 17 - 5 önde"). ents
// are sorted and non-overlapping, and stay so. Players of a game between
// two people written the same way (a tennis headline, "Nadal 3 - 1
// Federer") would become organizations too; no dev set has one.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8097 → 0.8114 (Ayr and Livingston retyped, Melrose
// added); Turkish Wiki NER dev and the Milliyet dev split unchanged (on
// Milliyet, two ranges of days, "14 - 19 Eylül", became organizations
// until the word after the score had to follow a team). The case ending
// before the score: NTREX Turkish dev 0.8444 → 0.8451 (Ayr 'ı 17 - 5),
// -doc 10 0.8575 → 0.8606; Wiki NER, Milliyet, NTREX English and Russian
// dev unchanged.
// Both sides' words added where no mention holds either ("Ayr 38 - 17
// Melrose" when the tagger saw neither): NTREX Turkish dev 0.8974 → 0.8990,
// -doc 10 0.9146 → 0.9183, -articles 0.9230 → 0.9261 (spread to the teams'
// other mentions); the Milliyet dev split, Wiki NER dev and the English and
// Russian dev rows unchanged (the pattern is in none of Turkish training
// sentences, Milliyet or Wiki NER train).
func teamsAroundScores(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) (_ []annotation.Entity, names []string) {
	var added []annotation.Entity
	j := 0 // the first mention ending after the current token
	for i := 0; i < len(doc.Tokens); i++ {
		if i = nextToken(doc.Tokens, i, digitFirst); i == len(doc.Tokens) {
			break // no score: spares scoreAt's call
		}
		end := scoreAt(doc.Tokens, i)
		if end == 0 {
			continue
		}
		for j < len(ents) && ents[j].Last <= i {
			j++
		}
		// The name before the score may carry its case ending ("Ayr 'ı 17 - 5
		// önde götürdü").
		left := j > 0 && (ents[j-1].Last == i || ents[j-1].Last == i-1 && doc.Tokens[i-1].Kind == lang.Suffix)
		if left && toTeam(&ents[j-1], g) {
			names = append(names, ents[j-1].Text)
		}
		switch {
		case j < len(ents) && ents[j].First == end:
			if toTeam(&ents[j], g) {
				names = append(names, ents[j].Text)
			}
		case left && ents[j-1].Type == annotation.Organization && end < len(doc.Tokens) && (j == len(ents) || ents[j].First > end) &&
			doc.Tokens[end].Kind == lang.Word && lang.StartsUpper(doc.Tokens[end].Text):
			added = append(added, doc.Mention(end, end+1, annotation.Organization, 0.5, "rule"))
			names = append(names, added[len(added)-1].Text)
		case !left && (j == 0 || ents[j-1].Last < i) && i > 0 && end < len(doc.Tokens) && (j == len(ents) || ents[j].First > end) &&
			scoreSideOpens(doc, i-1) && sideName(&doc.Tokens[i-1], l) && sideName(&doc.Tokens[end], l):
			// Neither side is a mention: a result's headline of two
			// teams the tagger never saw ("Ayr 38 - 17 Melrose"), the
			// first opening the text or a clause.
			added = append(added, doc.Mention(i-1, i, annotation.Organization, 0.5, "rule"),
				doc.Mention(end, end+1, annotation.Organization, 0.5, "rule"))
			names = append(names, added[len(added)-2].Text, added[len(added)-1].Text)
		}
	}
	return mention.MergeByStart(ents, added), names
}

// scoreSideOpens reports whether doc's token k opens the text, a line or a
// clause: no token comes before it, or a punctuation mark or a line break.
func scoreSideOpens(doc *annotation.Document, k int) bool {
	if k == 0 {
		return true
	}
	prev := &doc.Tokens[k-1]
	return prev.Kind == lang.Punct || strings.Contains(doc.Text[prev.End:doc.Tokens[k].Start], "\n")
}

// sideName reports whether t could be a team's one-word name beside a
// score that no mention holds: a capitalized word that is no cue word
// (lang.NameCues) and no month's name (lang.WorkAsides: "Festivali 14 - 19
// Eylül" is a range of days).
func sideName(t *lang.Token, l lang.Language) bool {
	if t.Kind != lang.Word || !lang.StartsUpper(t.Text) {
		return false
	}
	norm := lang.FoldToken(t, l)
	if wa := capsOf(l).workAsides; wa != nil && wa.Month(norm) {
		return false
	}
	cues := capsOf(l).nameCues
	return cues == nil || cues.Cue(norm) == lang.NoCue
}

// toTeam makes a person or place mention an organization, unless the
// gazetteer knows it as a country's (nationalSide), and reports whether it
// did.
func toTeam(e *annotation.Entity, g *gazetteer.Gazetteer) bool {
	if (e.Type == annotation.Person || e.Type == annotation.Location) && !nationalSide(e.ID, g) {
		toOrganization(e)
		return true
	}
	return false
}

// scoreAt returns the index just after a match score starting at token i
// ("38 - 17", "1-0"), or 0. Three numbers joined by dashes are a
// telephone number or a date ("859 - 292 - 3680"), no score.
func scoreAt(toks []lang.Token, i int) int {
	end := pairAt(toks, i)
	if end == 0 || dashedNumber(toks, end, end+1) || i >= 2 && dashedNumber(toks, i-1, i-2) {
		return 0
	}
	return end
}

// startsWithDigit reports whether s starts with an ASCII digit, as a
// score does (pairAt): the loops that ask scoreAt of every token test it
// in line first, since scoreAt, with its calls, does not inline.
func startsWithDigit(s string) bool { return s != "" && s[0]-'0' <= 9 }

// digitFirst reports whether t's text startsWithDigit.
func digitFirst(t *lang.Token) bool { return startsWithDigit(t.Text) }

// dashedNumber reports whether toks[dash] is a dash and toks[num] starts
// with a digit.
func dashedNumber(toks []lang.Token, dash, num int) bool {
	if num < 0 || num >= len(toks) {
		return false
	}
	d, n := toks[dash].Text, toks[num].Text
	return (d == "-" || d == "–") && n != "" && n[0] >= '0' && n[0] <= '9'
}

// pairAt returns the index just after two numbers joined by a dash
// starting at token i, as one token or three, or 0.
func pairAt(toks []lang.Token, i int) int {
	// Either form starts with a digit: most tokens are told apart by their
	// first byte (teamsAroundScores and sportsSentences ask of every one).
	if t := toks[i].Text; t == "" || t[0] < '0' || t[0] > '9' {
		return 0
	}
	if t := toks[i].Text; len(t) >= 3 && len(t) <= 9 {
		if a, rest := digits(t); a > 0 {
			for _, dash := range []string{"-", "–"} {
				if len(rest) > len(dash) && rest[:len(dash)] == dash {
					if b, tail := digits(rest[len(dash):]); b > 0 && tail == "" {
						return i + 1
					}
				}
			}
		}
	}
	if i+2 >= len(toks) {
		return 0
	}
	if a, rest := digits(toks[i].Text); a == 0 || rest != "" {
		return 0
	}
	if d := toks[i+1].Text; d != "-" && d != "–" {
		return 0
	}
	if b, rest := digits(toks[i+2].Text); b == 0 || rest != "" {
		return 0
	}
	return i + 3
}

// digits returns how many ASCII digits (one to three) s starts with and the
// rest of s; 0 if it starts with none or with more than three.
func digits(s string) (int, string) {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 3 {
		return 0, s
	}
	return n, s[n:]
}

// nationalSide reports whether the gazetteer knows the place id as one that
// a national team is named after: a country, continent or territory (news
// annotation tags a national side as the place), or among the regions only
// the United Kingdom's home nations, which field national teams of their
// own (England, Scotland, Wales, Northern Ireland). Another region named
// in a match is a club's or a franchise's name (Texas, Colorado, Bavaria
// in "Texas 5 Baltimore 3"), as a town is.
func nationalSide(id string, g *gazetteer.Gazetteer) bool {
	if !wideArea(id, g) {
		return false
	}
	en := g.ByID(id)
	return en.Subtype != "region" || strings.HasPrefix(en.Attrs["iso"], "GB-")
}
