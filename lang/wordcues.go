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
