package en

import (
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.Cardinals = English{}

// Cardinal returns the value of a folded cardinal written in words
// (lang.Cardinals): a word of units, teens or tens (seven, eleven,
// twenty), or tens and units joined by a hyphen, the only compound
// English writes a number with (twenty-one, ninety-nine). Other compounds
// of number words write no number (seven-eleven, twenty-twenty).
func (English) Cardinal(norm string) (int, bool) {
	if v, ok := cardinals[norm]; ok {
		return v, true
	}
	tens, units, ok := strings.Cut(norm, "-")
	if !ok {
		return 0, false
	}
	t, u := cardinals[tens], cardinals[units]
	if t < 20 || t > 90 || t%10 != 0 || u < 1 || u > 9 {
		return 0, false
	}
	return t + u, true
}

// cardinals are the number words English writes a number below a hundred
// with, alone or tens and units joined (see Cardinal), and its round
// hundreds and powers of ten.
var cardinals = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000,
}
