package link

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
)

// linkClubNicknames joins a one-word mention to the sports club the
// document names in full and whose name's last word it is: sports news
// names a club once in full and by its last word after (the Colorado
// Rockies, then the Rockies; Manchester City, then City; TSG 1899
// Hoffenheim, then Hoffenheim), which the tagger, seeing one sentence,
// takes for a person or a place. The mention then takes the club's type
// and ID (assign). Left alone: a mention the gazetteer gave (it has its
// own entry), a word two clubs of the document end with (United of
// Manchester United and Newcastle United), a word the gazetteer knows as
// a place in the document's language (Madrid of Real Madrid: the city is
// as likely), and a person already joined to a longer name (a player
// whose surname a club ends with).
func (lk *linker) linkClubNicknames(g *gazetteer.Gazetteer) {
	if g == nil {
		return
	}
	ents := lk.doc.Entities
	var byTail map[string]int // a club's last word → a mention of it, or -1 for two clubs
	for i := range ents {
		if lk.stop.Done() {
			return
		}
		if ents[i].Type != annotation.Organization || len(lk.words[i]) < 2 || !lk.namesClub(g, i) {
			continue
		}
		if byTail == nil {
			byTail = map[string]int{}
		}
		tail := lk.words[i][len(lk.words[i])-1]
		if j, ok := byTail[tail]; ok && j >= 0 && lk.find(j) != lk.find(i) {
			byTail[tail] = -1
		} else if !ok {
			byTail[tail] = i
		}
	}
	if byTail == nil {
		return
	}
	// The most words a mention of each group has, before this stage joins
	// any: one pass, where asking each candidate's group was quadratic in
	// a document naming a club thousands of times.
	longest := make([]int, len(ents))
	for j := range ents {
		r := lk.find(j)
		longest[r] = max(longest[r], len(lk.words[j]))
	}
	places := map[string]bool{} // a candidate's text → whether the gazetteer names a place so
	for i := range ents {
		if lk.stop.Done() {
			return
		}
		if len(lk.words[i]) != 1 || !retypable(&ents[i]) {
			continue
		}
		club, ok := byTail[lk.words[i][0]]
		if !ok || club < 0 || lk.find(club) == lk.find(i) || longest[lk.find(i)] > 1 {
			continue
		}
		text := ents[i].Text
		place, seen := places[text]
		if !seen {
			place = lk.knownPlace(g, text)
			places[text] = place
		}
		if !place {
			lk.union(club, i)
		}
	}
}

// namesClub reports whether mention i's group has the ID of a club of g.
func (lk *linker) namesClub(g *gazetteer.Gazetteer, i int) bool {
	id := lk.id[lk.find(i)]
	if id == "" {
		return false
	}
	e := g.ByID(id)
	return e != nil && e.Subtype == "club"
}

// knownPlace reports whether the gazetteer names a place text in the
// document's language.
func (lk *linker) knownPlace(g *gazetteer.Gazetteer, text string) bool {
	for _, e := range g.Lookup(text, lk.l.Code()) {
		if e.Type == gazetteer.Location {
			return true
		}
	}
	return false
}
