package lang

// MotionVerbs is implemented by a language that marks where to with a case
// ending (Turkish 'a, 'ye): a name in that case right before a verb of
// going, coming or moving is the place gone to ("Torino 'ya gidecek olan
// kafile"), where the same case before another verb is as often a
// person's or a team's ("Torino 'ya yenildi", lost to Torino).
type MotionVerbs interface {
	// MotionVerb reports whether norm, a folded word, is a form of a verb
	// of going, coming, returning, arriving or moving to a place.
	MotionVerb(norm string) bool
}
