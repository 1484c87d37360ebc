package lang

// CasePrior is implemented by a language that knows, apart from any model,
// how often its text capitalizes each word form inside a sentence: the
// evidence for giving text written all in lower case (chats, social
// media) or in capitals (headlines) the case its names have, where a
// model's own prior, counted from its training text, is too thin to trust.
type CasePrior interface {
	// CapitalizedShare returns about what share of a folded word's
	// (Token.Norm) occurrences inside a sentence are capitalized, as the
	// middle of its bucket (CaseBucketShare), and whether the language has
	// counted the word at all.
	CapitalizedShare(norm string) (share float64, known bool)
}

// CaseBuckets is the number of buckets of a capitalization prior, bucket 0
// (unknown) included.
const CaseBuckets = 7

// caseBucketShares are the middle of each bucket's range of capitalized
// shares (CaseBucket's thresholds), bucket 0 (unknown) first.
var caseBucketShares = [CaseBuckets]float64{0, 0.01, 0.06, 0.25, 0.6, 0.885, 0.985}

// CaseBucket returns the bucket of a word capitalized in capitalized of
// its total occurrences inside a sentence: 1 under 2%, 2 under 10%, 3
// under 40%, 4 under 80%, 5 under 97%, 6 more; 0 when total is not
// positive. A model's prior (package ner) and a language's lists
// (CasePrior) are counted on this one scale, so that one threshold reads
// both.
func CaseBucket(capitalized, total int64) uint8 {
	if total <= 0 {
		return 0
	}
	r := float64(capitalized) / float64(total)
	switch {
	case r < 0.02:
		return 1
	case r < 0.1:
		return 2
	case r < 0.4:
		return 3
	case r < 0.8:
		return 4
	case r < 0.97:
		return 5
	}
	return 6
}

// CaseBucketShare returns the middle of bucket b's range of capitalized
// shares, and whether b is a bucket of a counted word (1 to 6).
func CaseBucketShare(b uint8) (float64, bool) {
	if b == 0 || int(b) >= CaseBuckets {
		return 0, false
	}
	return caseBucketShares[b], true
}
