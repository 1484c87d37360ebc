package recognize

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// retypeClubs makes a person or place mention an organization in a
// sentence about a match (one that holds a match-report word or a score,
// or is next to one), where the gazetteer knows a club under one of the
// full names the language forms around the mention (lang.ClubNames:
// Livingston → Livingston FC), and adds such club names that no mention
// holds. The tagger reads a club named after its town as the town or, not knowing
// the town, as a person ("Dolly Menga 's first goal for Livingston"), and
// misses a club named by its nickname ("behind Hibernian on goal
// difference"). A mention after a word that makes it the match's place
// keeps its type ("scored twice in Paris"), and so do a person the
// gazetteer knows and a place it knows as a country, continent, region or
// territory, as in the other team rules, and a place written as the place
// where it stands (placeWhereItStands: "Torino 'ya gidecek", "Paris 'in
// güneyinde"). ents are sorted and non-overlapping, and stay so. It returns the
// texts of the mentions it retyped or added.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX English dev 0.7883 → 0.7917 retyping mentions in sentences with a
// match-report word (Livingston five times: first goal for Livingston, a
// Livingston set play, the Livingston box), → 0.7929 adding club names no
// mention held (Hibernian, Rangers), → 0.7944 with a score as a match's
// sign too, → 0.7948 with capitalized match-report words (Champions
// League), → 0.7985 with the full names X United, X City and X Town (Ayr
// five times, Hearts; Tommy Fleetwood, a golfer the tagger had read as a
// town, became a club); with ten sentences a document (-doc 10) 0.8109 →
// 0.8136 → 0.8140 → 0.8155 → 0.8225 (both last steps). Universal NER EWT dev
// unchanged (0.7334). Turkish (ClubForms with the affixes FC, SC, SSC, ...;
// December 4, a rule of its own then, for people only): NTREX Turkish dev
// 0.8220 → 0.8354 (Livingston, Rangers, Hibernian, Hearts, Videoton),
// Turkish Wiki NER dev and the Milliyet dev split unchanged; without the
// sports words, Wiki NER lost "Salisbury , Kuzey Carolina 'da" to
// Salisbury FC. Made one rule with the English one (places too, clubs
// added): NTREX Turkish dev 0.8524 → 0.8529, Wiki NER dev 0.7804 → 0.7798,
// the Milliyet dev split 0.8473 → 0.8474.
// sports holds sportsSentences(doc, l).
func retypeClubs(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, sports []bool) (_ []annotation.Entity, names []string) {
	cn := capsOf(l).clubNames
	if cn == nil || g == nil || !slices.Contains(sports, true) {
		return ents, nil // no sentence's window holds a sports sentence: most documents
	}
	var added []annotation.Entity
	clubs := newClubMemo(l, cn, g)
	j := 0 // the first mention not before the current sentence
	for si, s := range doc.Sentences {
		for j < len(ents) && ents[j].First < s.First {
			j++
		}
		if !slices.Contains(sports[max(si-matchWindow, 0):min(si+matchWindow+1, len(sports))], true) {
			continue
		}
		next := s.First // the first token no mention of the sentence holds
		k := j
		for ; k < len(ents) && ents[k].Last <= s.Last; k++ {
			e := &ents[k]
			added = addClubs(doc, next, e.First, true, cn, l, clubs, added)
			next = e.Last
			if (e.Type == annotation.Person && e.ID == "" || e.Type == annotation.Location && !wideArea(e.ID, g) && !placeWhereItStands(doc, e, l)) &&
				!placeBefore(doc, e, cn, l) && clubs.knows(viewText(doc, e)) {
				toOrganization(e)
				names = append(names, e.Text)
			}
		}
		end := s.Last
		if k < len(ents) && ents[k].First < end {
			end = ents[k].First // a mention that goes on past the sentence
		}
		added = addClubs(doc, next, end, end < s.Last, cn, l, clubs, added)
	}
	for i := range added {
		names = append(names, added[i].Text)
	}
	return mention.MergeByStart(ents, added), names
}

// addClubs appends to added an organization mention for each run of
// capitalized words in tokens [from, to), or the longest end of one, that
// the gazetteer knows as a club under a full name the language forms
// around it ("behind Hibernian on goal difference": Hibernian FC), unless
// the word before it makes it the match's place. A run right before a
// mention (atMention: one starts at to) is left alone: the mention is
// likely the rest of the club's name ("Rapid" of "Rapid Vienna", where
// the tagger took Vienna for the town).
func addClubs(doc *annotation.Document, from, to int, atMention bool, cn lang.ClubNames, l lang.Language, clubs *clubMemo, added []annotation.Entity) []annotation.Entity {
	for i := from; i < to; {
		if !capitalizedWord(&doc.Tokens[i]) {
			i++
			continue
		}
		end := i + 1
		for end < to && end-i < maxClubWords && capitalizedWord(&doc.Tokens[end]) {
			end++
		}
		if end == to && atMention {
			break
		}
		// The run's words from the first on, then from the second on, ...:
		// a capitalized word before the club's name opens the sentence
		// ("While Rangers now drop").
		for first := i; first < end; first++ {
			if (first == 0 || !cn.PlaceBefore(lang.FoldToken(&doc.Tokens[first-1], l))) &&
				clubs.knows(doc.Text[doc.Tokens[first].Start:doc.Tokens[end-1].End]) {
				added = append(added, doc.Mention(first, end, annotation.Organization, 0.5, "rule"))
				break
			}
		}
		i = end
	}
	return added
}

// maxClubWords bounds the run of capitalized words looked up as a club's
// short name (St Johnstone, Queen of the South has lower-case words and is
// not looked for).
const maxClubWords = 3

// matchWindow is how many sentences before and after one about a match
// are read as about the match too: a report names a club in a sentence
// with no word of the game ("moved level with Hibernian in second").
// Chosen on NTREX English dev with ten sentences a document (-doc 10):
// 0 0.8363, 1 0.8380, 2 and 3 0.8373; Universal NER EWT dev unchanged
// (0.7334).
const matchWindow = 1

// sportsSentences reports, for each sentence of doc, whether it is about
// sports (sportsSentence), or returns nil when l knows no sports words.
// The club and opponent rules both ask it. cues are doc's wordCues. The
// result is in into's array when it has room (a pass's passBuffers).
func sportsSentences(doc *annotation.Document, l lang.Language, cues wordCues, into []bool) []bool {
	if capsOf(l).sportsWords == nil {
		return nil
	}
	sports := resized(into, len(doc.Sentences))
	for i, s := range doc.Sentences {
		sports[i] = sportsSentence(doc.Tokens[s.First:s.Last], cues.of[s.First:s.Last], l)
	}
	return sports
}

// sportsSentence reports whether a word of toks belongs to a match
// report, capitalized or not (the Betfred Cup, the Champions League), or
// toks hold a match score ("gave Livingston a deserved 1-0 win"; not a
// range of days after a month's name, afterCalendarWord). A sport's name
// counts only in capitals (lang.SportNames: "SOCCER - LEEDS BEAT ARSENAL",
// not "I do n't care about baseball"). A word
// of an upper-cased headline ("SOCCER - LEEDS BEAT ARSENAL") is an
// Abbreviation token and counts too. So do two different words a match
// report shares with politics and business (lang.SharedSportsWords:
// "second defeat in 18 games as manager of the Ibrox club"): NTREX
// English dev 0.8725 → 0.8732 (Rangers twice; branch enorg6), the other
// English dev sets unchanged; with win, won, points, team, coach among
// them, EWT dev lost 0.0016 ("Analyst Team 1 : Coach") and NTREX a
// state "he won by 40 points".
// cues are toks' lang.WordCues, whose bits answer lang.SportsWords,
// lang.SportNames and lang.SharedSportsWords.
func sportsSentence(toks []lang.Token, cues []lang.WordCues, l lang.Language) bool {
	first := "" // the first shared sports word met
	np := capsOf(l).namePrepositions
	for i := range toks {
		t := &toks[i]
		if startsWithDigit(t.Text) && scoreAt(toks, i) > 0 && !afterCalendarWord(toks, i, np, l) {
			return true
		}
		c := cues[i]
		if c == 0 || t.Kind != lang.Word && t.Kind != lang.Abbreviation {
			continue
		}
		if c&lang.SportsWordCue != 0 && (c&lang.SportNameCue == 0 || allUpper(t.Text)) {
			return true
		}
		if c&lang.SharedSportsWordCue != 0 {
			norm := lang.FoldToken(t, l)
			if first != "" && first != norm {
				return true
			}
			first = norm
		}
	}
	return false
}

// allUpper reports whether s has a letter and no lower-case one.
func allUpper(s string) bool {
	letter := false
	for _, r := range s {
		switch {
		case lang.IsLower(r):
			return false
		case lang.IsUpper(r):
			letter = true
		}
	}
	return letter
}

// afterCalendarWord reports whether toks[i] follows the name of a month
// or a day (np, nil when the language lists none): "Feb. 5 - 8", "March
// 25 - 26" are ranges of days, no scores.
func afterCalendarWord(toks []lang.Token, i int, np lang.NamePrepositions, l lang.Language) bool {
	return np != nil && i > 0 && (toks[i-1].Kind == lang.Word || toks[i-1].Kind == lang.Abbreviation) &&
		np.CalendarWord(lang.FoldToken(&toks[i-1], l))
}

// placeBefore reports whether the word before e makes it the place of the
// match (lang.ClubNames.PlaceBefore: "in Paris").
func placeBefore(doc *annotation.Document, e *annotation.Entity, cn lang.ClubNames, l lang.Language) bool {
	return e.First > 0 && cn.PlaceBefore(lang.FoldToken(&doc.Tokens[e.First-1], l))
}

// clubMemo answers knownClub for the rules of one language over one
// gazetteer through the gazetteer's memo of answers (gazetteerClubs.known): a
// story about a match names its clubs and players again and again, the
// next story names them too, and each question costs a gazetteer look-up
// for every full name the language forms.
type clubMemo struct {
	cn    lang.ClubNames
	code  string // the language's code, which names cn in the memo
	g     *gazetteer.Gazetteer
	clubs *gazetteerClubs // g's
}

// newClubMemo returns the clubMemo of l, whose club names are cn, over g
// (not nil).
func newClubMemo(l lang.Language, cn lang.ClubNames, g *gazetteer.Gazetteer) *clubMemo {
	return &clubMemo{cn: cn, code: l.Code(), g: g, clubs: clubsOf(g)}
}

// knows is knownClub(name), remembered in the gazetteer's memo under the
// language's code and the name: the club rules ask it of every run of
// capitalized words in a sentence about a match, and each question looks
// up the gazetteer under every full name the language forms (twelve in
// Turkish): 2.5% of the instructions of Extract on Turkish news. A
// language code names one language in a process (lang.Register), and so
// one lang.ClubNames. The key is made on the stack for a name of up to
// maxClubKey bytes.
func (m *clubMemo) knows(name string) bool {
	var buf [maxClubKey]byte
	key := append(append(append(buf[:0], m.code...), 0), name...)
	return m.clubs.known.Get(key, func() bool { return knownClub(name, m.cn, m.g) })
}

// maxClubKey is the length of the longest memo key made on the stack.
const maxClubKey = 64

// knownClub reports whether the gazetteer holds a club under one of the
// full names the language forms around name, or name is the short name of
// one club of it (clubShortNames: Feyenoord for Feyenoord Rotterdam) and
// no place of it (Hvidovre of Hvidovre IF is a town: a birthplace in a
// footballer's biography).
func knownClub(name string, cn lang.ClubNames, g *gazetteer.Gazetteer) bool {
	if clubShortNames(g).has(name) && !anyPlace(name, g) {
		return true
	}
	for _, full := range cn.ClubForms(name) {
		if gazetteerKnows(g, full, isClub) {
			return true
		}
	}
	return false
}
