// Package dice measures how much two strings resemble each other by their
// letter pairs, for comparing names spelt in different ways.
package dice

// Coefficient is the Dice coefficient of the multisets of a's and b's
// bigrams of runes: 2 × shared / (a's + b's), 1 for the same spelling, 0
// when either has fewer than two runes.
func Coefficient(a, b string) float64 {
	ba, bb := bigrams(a), bigrams(b)
	if len(ba) == 0 || len(bb) == 0 {
		return 0
	}
	common, total := 0, 0
	for g, n := range ba {
		common += min(n, bb[g])
		total += n
	}
	for _, n := range bb {
		total += n
	}
	return 2 * float64(common) / float64(total)
}

func bigrams(s string) map[[2]rune]int {
	out := map[[2]rune]int{}
	var prev rune
	for i, r := range []rune(s) {
		if i > 0 {
			out[[2]rune{prev, r}]++
		}
		prev = r
	}
	return out
}
