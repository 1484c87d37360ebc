package recognize

import (
	"strconv"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// maxAge is the largest number read as a person's age between commas.
const maxAge = 120

// addApposedPeople makes a name a person's where what follows it between
// commas is only a person's (lang.PersonAppositions): a relative pronoun
// for people ("Woods , who dragged himself") or the age ("West , 41 , has
// been"). News writes a surname alone once the full name is given, and a
// tagger that sees one sentence misses it or reads it as a place. A place
// or organization mention before an age that the gazetteer gave no ID
// becomes a person's (Willoughby , 37 ,); before who, mentions keep their
// type: British English writes who after teams and firms too (Rangers ,
// who find themselves), and a relative clause may follow a place though it
// speaks of what came before (retailers in Harlem , who resisted). Where
// no mention holds the word before the comma, a capitalized word that is
// no acronym, no party or faith word (lang.GroupWords: Shiites , who) and
// no nation's people (Iraqis) is added as a person if it stands alone: no
// capitalized word before it (a longer name the tagger missed is not
// guessed at). ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8293 → 0.8307 (Woods , who; West
// , 41 ,; Willoughby , 37 , a place before), crosslingual dev 718 → 720 of
// 1038 entities with one ID in tr, en and ru; UNER EWT dev 0.7410
// unchanged. Retyping places and organizations before who too: NTREX
// 0.8287 (Harlem, Rangers, Fox News Channel became people). Turkish and
// Russian implement no lang.PersonAppositions.
//
// A role between commas (roleAt: "Sutopo Purwo Nugroho , the agency 's
// spokesman ,") retypes a place or organization the gazetteer gave no ID
// that opens its clause, and adds no mention: a role follows places and
// bodies in other constructions ("In Marlow , the mayor , ..."). Added
// when the English model trained with the Census surnames read that
// unknown Indonesian name as an organization; neutral on dev (NTREX
// English dev 0.8875, -doc 10 0.9081, UNER EWT dev 0.7850, before and
// after).
func addApposedPeople(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) []annotation.Entity {
	pa := capsOf(l).personAppositions
	if pa == nil {
		return ents
	}
	gw := capsOf(l).groupWords
	sg := capsOf(l).singulars
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0                             // the first mention ending after the comma's name
	for c := 1; c+1 < len(toks); c++ { // c: the comma after the name
		if c = nextToken(toks, c, isComma); c+1 >= len(toks) {
			break
		}
		for j < len(ents) && ents[j].Last < c {
			j++
		}
		// The rule acts only after a mention or a capitalized word: the
		// words after the comma are read there.
		if !(j < len(ents) && ents[j].Last == c) && !capitalizedWord(&toks[c-1]) {
			continue
		}
		age := ageAt(toks, c+1, pa)
		role := !age && roleAt(toks, c+1, l, pa)
		if !age && !role && !(toks[c+1].Kind == lang.Word && pa.PersonRelative(lang.FoldToken(&toks[c+1], l))) {
			continue
		}
		if role {
			// A role names no new person: only a mention's type changes, and
			// only a subject's, at the start of its clause ("In Marlow , the
			// mayor , ..." is a place).
			if j < len(ents) && ents[j].Last == c && (ents[j].First == 0 || toks[ents[j].First-1].Kind != lang.Word) {
				retypeApposedPerson(&ents[j], toks)
			}
			continue
		}
		if j < len(ents) && ents[j].Last == c {
			if age {
				retypeApposedPerson(&ents[j], toks)
			}
			continue
		}
		w := &toks[c-1]
		if w.Kind != lang.Word || !lang.StartsUpper(w.Text) || isAcronym(w.Text) ||
			c >= 2 && capitalizedWord(&toks[c-2]) || j < len(ents) && ents[j].First < c {
			continue
		}
		norm := lang.FoldToken(w, l)
		if gw != nil && gw.IsGroupWord(norm) || g.IsDemonym(w.Text, plain(l)) || sg != nil && g.IsDemonym(sg.Singular(w.Text), plain(l)) {
			continue
		}
		if m := doc.Mention(c-1, c, annotation.Person, 0.5, "rule"); plausible(&m) {
			added = append(added, m)
		}
	}
	return mention.MergeByStart(ents, added)
}

// retypeApposedPerson makes e, the mention before an apposition's comma,
// a person's where it is a place or an organization the gazetteer gave no
// ID and not an acronym (NASA, who hired him).
func retypeApposedPerson(e *annotation.Entity, toks []lang.Token) {
	if (e.Type == annotation.Location || e.Type == annotation.Organization) && e.ID == "" && !isAcronym(toks[e.Last-1].Text) {
		e.Type, e.Canonical = annotation.Person, ""
		e.Source += "+rule"
	}
}

// maxRoleWords bounds the words between an apposition's opener and its
// role ("the national disaster agency 's spokesman").
const maxRoleWords = 6

// roleAt reports whether an apposition naming a person's role starts at
// toks[i]: the language's opener (an article), at most maxRoleWords words,
// a role (lang.NameCues: PersonRole), then a comma, or a preposition that
// makes the role a body's (lang.BodyRoles: "the spokesman for Indonesia 's
// disaster agency"). A role followed by anything else may be a clause's
// subject ("Acme , the chairman said").
func roleAt(toks []lang.Token, i int, l lang.Language, pa lang.PersonAppositions) bool {
	nc := capsOf(l).nameCues
	if nc == nil || i >= len(toks) || toks[i].Kind != lang.Word || !pa.RoleOpener(lang.FoldToken(&toks[i], l)) {
		return false
	}
	br := capsOf(l).bodyRoles
	for k := i + 1; k < len(toks) && k <= i+1+maxRoleWords; k++ {
		if toks[k].Kind != lang.Word && toks[k].Kind != lang.Suffix {
			return false
		}
		role := lang.FoldToken(&toks[k], l)
		if toks[k].Kind != lang.Word || nc.Cue(role) != lang.PersonRole || k+1 >= len(toks) {
			continue
		}
		next := &toks[k+1]
		return next.Text == "," || br != nil && next.Kind == lang.Word && br.BodyRole(role, lang.FoldToken(next, l))
	}
	return false
}

// ageAt reports whether toks[i] is a person's age followed by a comma,
// where the language writes ages so.
func ageAt(toks []lang.Token, i int, pa lang.PersonAppositions) bool {
	if toks[i].Kind != lang.Number || i+1 >= len(toks) || toks[i+1].Text != "," || !pa.AgeAfterName() {
		return false
	}
	age, err := strconv.Atoi(toks[i].Text)
	return err == nil && age > 0 && age <= maxAge
}
