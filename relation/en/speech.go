package en

import "strings"

// Verbs of saying as a class: each is given once, by its base form, and
// its forms come from English's regular inflection (with the few
// irregular ones below), so that a verb the table knows is known in every
// form news writes it in: "argued", "argues", "arguing".
// Listing phrasings one by one found "said" but missed "has stressed".

// A speechVerb is a verb of saying.
type speechVerb struct {
	base string
	// clause: its words said may follow without "that" ("Li said the talks
	// were useful", "Smith admitted he had lied"); otherwise only a
	// that-clause or a quotation is taken, for verbs that as often take a
	// thing ("observed the ceremony", "revealed the plan").
	clause bool
	// noun: its third person singular is a common noun too ("claims",
	// "notes", "reports", "states"): "EU states said" names no statement,
	// so only the past forms are taken.
	noun bool
}

var speechVerbs = []speechVerb{
	{base: "say", clause: true}, {base: "add", clause: true}, {base: "argue", clause: true},
	{base: "insist", clause: true}, {base: "warn", clause: true}, {base: "stress", clause: true},
	{base: "emphasize", clause: true}, {base: "emphasise", clause: true},
	{base: "claim", clause: true, noun: true}, {base: "note", clause: true, noun: true},
	// Verbs that as often take a thing or a phrase of their own ("conceded a free-kick",
	// "admitted to hospital", "contend with", "reiterated its support", "announced
	// layoffs", "wrote the song", "reported the story", "explained the plan"): a
	// that-clause or a quotation only.
	{base: "explain"}, {base: "write"}, {base: "confirm"}, {base: "declare"}, {base: "acknowledge"},
	{base: "predict"}, {base: "announce"}, {base: "report", noun: true}, {base: "post", noun: true},
	{base: "tell"}, {base: "admit"}, {base: "concede"}, {base: "testify"}, {base: "allege"}, {base: "contend"},
	{base: "assert"}, {base: "reiterate"}, {base: "state", noun: true}, {base: "tweet", noun: true},
	{base: "reply", noun: true}, {base: "remark", noun: true}, {base: "suggest"}, {base: "recall", noun: true},
	{base: "observe"}, {base: "reveal"}, {base: "indicate"}, {base: "comment", noun: true}, {base: "complain"},
	{base: "caution", noun: true}, {base: "underline"}, {base: "underscore"}, {base: "respond"},
	{base: "estimate", noun: true}, {base: "point out"}, {base: "disclose"}, {base: "maintain"},
}

// irregularPast returns the irregular past of the verbs above, and
// whether v has one (a switch: a map would be made at every program's
// start).
func irregularPast(v string) (string, bool) {
	switch v {
	case "say":
		return "said", true
	case "write":
		return "wrote", true
	case "admit":
		return "admitted", true
	case "tell":
		return "told", true
	}
	return "", false
}

// sayForms returns the finite forms of the verbs of saying that select
// takes, in the past and, if present, (where no noun has the form) the
// third person present: said, says. The perfect is read by the gap the patterns leave
// before the verb ("Li has stressed that"); only "say" has its own, for
// the patterns with none ("..., Li has said."): each phrase more is one
// more comparison wherever "has" stands (English news relations took 8%
// longer with the perfect of every verb listed).
func sayForms(selectVerb func(speechVerb) bool, present bool) []string {
	var out []string
	for _, v := range speechVerbs {
		if !selectVerb(v) {
			continue
		}
		out = append(out, inflect(v.base, pastOf))
		if present && !v.noun {
			out = append(out, inflect(v.base, thirdPersonOf))
		}
	}
	return append(out, "has said", "have said", "had said")
}

// sayGerunds returns the participles in -ing of the verbs select takes:
// "..., saying that ...".
func sayGerunds(selectVerb func(speechVerb) bool) []string {
	var out []string
	for _, v := range speechVerbs {
		if selectVerb(v) {
			out = append(out, inflect(v.base, gerundOf))
		}
	}
	return out
}

func clauseVerbs(v speechVerb) bool { return v.clause }
func allVerbs(speechVerb) bool      { return true }

// inflect applies form to the verb of a phrasal verb ("point out" →
// "pointed out").
func inflect(base string, form func(string) string) string {
	verb := firstWord(base)
	return form(verb) + strings.TrimPrefix(base, verb)
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

func pastOf(v string) string {
	if p, ok := irregularPast(v); ok {
		return p
	}
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case consonantY(v):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

func thirdPersonOf(v string) string {
	switch {
	case consonantY(v):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "x"):
		return v + "es"
	}
	return v + "s"
}

func gerundOf(v string) string {
	if v == "admit" { // the one irregular gerund of the verbs above
		return "admitting"
	}
	if strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") {
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

// consonantY reports whether v ends in a consonant and y (reply, testify),
// whose y turns to i before -ed and -es.
func consonantY(v string) bool {
	n := len(v)
	return n >= 2 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2]))
}
