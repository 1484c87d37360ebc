package entity

import "strings"

// A pattern is a sequence of elements matched left to right over the units
// of one sentence (a quoted stretch may run across sentences). Elements
// that may match in several ways (gaps, clauses) try the shortest first,
// so a subject pairs with the nearest trigger after it.
type pattern struct {
	rel   RelationType
	elems []elem
}

type op uint8

const (
	opEnt     op = iota // one entity mention (or a list of them, "X, Y ve Z")
	opWord              // one of several trigger phrases
	opTitle             // a title: [Capitalized modifiers] head [extension], e.g. Dışişleri Bakanı
	opGap               // 0..max units of anything
	opClause            // 1..max units ending in a reported-speech word; the quote of SAYS
	opQuote             // a quoted stretch “...”; the quote of SAYS
	opParen             // "(" entity ")", an acronym after a name
	opNotEnt            // look-ahead: the next unit is not an entity of these types
	opNotWord           // look-ahead: the next unit does not start one of these phrases
	opRest              // the rest of the sentence before its final punctuation; the quote of SAYS
)

type arg uint8

const (
	argNone arg = iota
	argSubj
	argObj
)

type titleMode uint8

const (
	titleAny      titleMode = iota
	titleNoMember           // titles that make one a member (Milletvekili) are left to MEMBER_OF
	titleMember             // only titles that make one a member
)

type elem struct {
	op      op
	arg     arg
	types   []Type
	cases   []string   // allowed cases of an entity; nil allows any
	list    bool       // opEnt: also take coordinated entities of the same kind
	phrases [][]string // opWord, opNotWord
	max     int        // opGap, opClause
	stop    []Type     // opGap: entity types a gap may not cross
	stopGen []Type     // opGap: entity types a gap may not cross in the genitive
	titles  titleMode
	opt     bool
}

// Element constructors, used by the pattern tables. Types are written
// "PER|LOC|ORG", cases "Nom|Gen" ("" = any case).

func ent(a arg, types, cases string) elem {
	return elem{op: opEnt, arg: a, types: parseTypes(types), cases: splitBar(cases)}
}

func entList(a arg, types, cases string) elem {
	e := ent(a, types, cases)
	e.list = true
	return e
}

func words(phrases ...string) elem { return elem{op: opWord, phrases: splitPhrases(phrases)} }

func notWords(phrases ...string) elem { return elem{op: opNotWord, phrases: splitPhrases(phrases)} }

func title(m titleMode) elem { return elem{op: opTitle, titles: m} }

func gap(n int, stop string) elem { return elem{op: opGap, max: n, stop: parseTypes(stop)} }

// clauseGap is a gap between a clause's subject and its object that stops
// at a genitive person: "Peskov, Putin'in Hindistan'ı ziyaret edeceğini
// açıkladı" is Putin's visit, the subject of the nominalized clause.
func clauseGap(n int) elem {
	return elem{op: opGap, max: n, stopGen: []Type{Person}}
}

func clause(n int) elem { return elem{op: opClause, max: n} }

func quote() elem { return elem{op: opQuote} }

func rest() elem { return elem{op: opRest} }

func paren() elem { return elem{op: opParen} }

func notEnt(types string) elem { return elem{op: opNotEnt, types: parseTypes(types)} }

func opt(e elem) elem {
	e.opt = true
	return e
}

func splitBar(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func parseTypes(s string) []Type {
	var ts []Type
	for _, t := range splitBar(s) {
		switch t {
		case "PER":
			ts = append(ts, Person)
		case "LOC":
			ts = append(ts, Location)
		case "ORG":
			ts = append(ts, Organization)
		default:
			panic("entity: bad type in pattern: " + t)
		}
	}
	return ts
}

func splitPhrases(ps []string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = strings.Fields(p)
	}
	return out
}
