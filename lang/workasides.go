package lang

// WorkAsides is implemented by a language that knows the words of the
// bracketed aside that follows a work's title in a list of an artist's
// or a writer's works: the month of its release, before the year
// (Turkish "Kırmızı ( Haziran 2005 )"), or the kind of recording it is
// ("Kırmızı ( Enstrümantal )"). A person's aside gives a birth's day
// too, or years alone, and a place's none of these.
type WorkAsides interface {
	// Month reports whether a folded word (Token.Norm) names a month.
	Month(norm string) bool
	// RecordingKind reports whether a folded word, alone in brackets
	// after a title, says what kind of recording the title's is: an
	// instrumental, a remix, an acoustic version.
	RecordingKind(norm string) bool
}
