package lang

// InterviewVerbs is implemented by a language that knows the verbs whose
// capitalized object, closing the clause, is the medium a person spoke to
// (English "he told Reuters .", "Lee told CNBC in an interview", "Armitage
// told FEMAIL :"): people are told things in a that-clause or an
// infinitive after the name ("told Paul that", "told Montalvo he would"),
// a paper or a channel is told at the clause's end.
type InterviewVerbs interface {
	// InterviewVerb reports whether a folded word (Token.Norm) is such a
	// verb.
	InterviewVerb(norm string) bool
	// ClauseEnd reports whether a folded word after the object ends the
	// clause as an adverbial does ("in an interview", "on Tuesday"); a
	// punctuation mark ends it too.
	ClauseEnd(norm string) bool
}
