package lang

// WordCues is the set of a token's answers to the small predicates that a
// core rule asks of every token of a document, a bit for each: the bit of
// a predicate is set exactly when the language's predicate holds for the
// token's folded word (FoldToken), or for its text where the predicate
// reads a word as written (ForeignScriptCue). A language sets only the
// bits of the interfaces it implements.
//
// A rule that asks a predicate of every token pays some 30 to 40
// instructions of an interface call for a few of work, and several rules
// ask their own predicates of the same tokens: given the bits of a
// document's tokens at once (TokenCues), a rule reads a bit, or scans a
// slice for the tokens that have it, in a loop that keeps its values in
// registers.
type WordCues uint8

// The cues, each named after the predicate whose answer it is.
const (
	SportsWordCue         WordCues = 1 << iota // SportsWords.SportsWord
	SportNameCue                               // SportNames.SportName
	SharedSportsWordCue                        // SharedSportsWords.SharedSportsWord
	BrandPossessiveCue                         // BrandPossessives.BrandPossessive
	AnnouncesKindCue                           // KindAfterNames.AnnouncesKind
	ClosesRangeCue                             // KindAfterRange.ClosesRange
	IntroducesExamplesCue                      // OrganizationKinds.IntroducesExamples
	ForeignScriptCue                           // ForeignScriptNames.ForeignScript of the token's Text
)

// TokenCues is implemented by a language that answers the predicates of
// WordCues for a document's tokens in one call, where a core rule would
// call into the language for each token.
type TokenCues interface {
	// TokenCues sets cues[i] to the WordCues of toks[i], for every token
	// whatever its kind; cues is as long as toks. It returns the union of the tokens' cues, with which a rule
	// passes by a document that has none of its cue.
	TokenCues(toks []Token, cues []WordCues) (union WordCues)
}

// AskedCues returns a TokenCues that gives l's tokens their WordCues by
// asking each of l's predicates, resolved once: the definition of the
// bits, against which langtest checks a language's own TokenCues, and
// what the core uses for a language that has some of the predicates but
// gives no TokenCues of its own. It returns nil when l has none of them.
func AskedCues(l Language) TokenCues {
	a := askedCues{l: l}
	a.sportsWords, _ = l.(SportsWords)
	a.sportNames, _ = l.(SportNames)
	a.sharedSportsWords, _ = l.(SharedSportsWords)
	a.brandPossessives, _ = l.(BrandPossessives)
	a.kindAfterNames, _ = l.(KindAfterNames)
	a.kindAfterRange, _ = l.(KindAfterRange)
	a.organizationKinds, _ = l.(OrganizationKinds)
	a.foreignScriptNames, _ = l.(ForeignScriptNames)
	if a.sportsWords == nil && a.sportNames == nil && a.sharedSportsWords == nil && a.brandPossessives == nil &&
		a.kindAfterNames == nil && a.kindAfterRange == nil && a.organizationKinds == nil && a.foreignScriptNames == nil {
		return nil
	}
	return &a
}

// askedCues is AskedCues's TokenCues: l's predicates, nil where l has not
// the interface.
type askedCues struct {
	l                  Language
	sportsWords        SportsWords
	sportNames         SportNames
	sharedSportsWords  SharedSportsWords
	brandPossessives   BrandPossessives
	kindAfterNames     KindAfterNames
	kindAfterRange     KindAfterRange
	organizationKinds  OrganizationKinds
	foreignScriptNames ForeignScriptNames
}

// TokenCues implements TokenCues.
func (a *askedCues) TokenCues(toks []Token, cues []WordCues) (union WordCues) {
	for i := range toks {
		norm := FoldToken(&toks[i], a.l)
		var w WordCues
		if a.sportsWords != nil && a.sportsWords.SportsWord(norm) {
			w |= SportsWordCue
		}
		if a.sportNames != nil && a.sportNames.SportName(norm) {
			w |= SportNameCue
		}
		if a.sharedSportsWords != nil && a.sharedSportsWords.SharedSportsWord(norm) {
			w |= SharedSportsWordCue
		}
		if a.brandPossessives != nil && a.brandPossessives.BrandPossessive(norm) {
			w |= BrandPossessiveCue
		}
		if a.kindAfterNames != nil && a.kindAfterNames.AnnouncesKind(norm) {
			w |= AnnouncesKindCue
		}
		if a.kindAfterRange != nil && a.kindAfterRange.ClosesRange(norm) {
			w |= ClosesRangeCue
		}
		if a.organizationKinds != nil && a.organizationKinds.IntroducesExamples(norm) {
			w |= IntroducesExamplesCue
		}
		if a.foreignScriptNames != nil && a.foreignScriptNames.ForeignScript(toks[i].Text) {
			w |= ForeignScriptCue
		}
		cues[i] = w
		union |= w
	}
	return union
}
