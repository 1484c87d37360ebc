package annotation

// Counts are exact-match counts of mentions: a predicted mention is a true
// positive only when a gold one has the same extent and type (the
// CoNLL-2003 metric); a partial overlap or a type mismatch counts as one
// false positive and one false negative.
type Counts struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when there is no gold mention.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
