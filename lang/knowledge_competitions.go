package lang

// CompetitionHeads is implemented by a language that knows the last words
// of competitions' names (English League, Cup). News annotation tags no
// competition (Premier League, Ryder Cup), but taggers trained on other
// conventions read them as organizations.
type CompetitionHeads interface {
	// CompetitionHead reports whether a folded word (Token.Norm) ends the
	// name of a competition.
	CompetitionHead(norm string) bool
}

// CompetitionOpeners is implemented by a language whose names of
// competitions and festivals open with their head noun, or with a word
// joined to it (Russian Фестиваль граждан мира, Кубок Райдера, Премьер-лиги,
// Евролиги), which taggers read as organizations or people.
type CompetitionOpeners interface {
	// OpensCompetition reports whether a folded word (Token.Norm) that
	// opens a name makes it a competition's or a festival's.
	OpensCompetition(norm string) bool
}
