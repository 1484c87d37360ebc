package tr

import "github.com/varlik/varlik/lang"

var _ lang.Cardinals = Turkish{}

// Cardinal returns the value of a folded Turkish number word (lang.Cardinals):
// iki 2, kırk 40, bin 1000. Turkish writes a compound number as separate
// words (yirmi beş), never hyphenated, so a word is one number or none.
// "bir" is both one and the indefinite article; it is one here, as a
// caller asking about a word after a name wants (Trabzonlu bir gol attı).
func (Turkish) Cardinal(norm string) (int, bool) {
	v, ok := cardinals[norm]
	return v, ok
}

// cardinals are the words Turkish writes numbers with.
var cardinals = map[string]int{
	"sıfır": 0, "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
	"on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80, "doksan": 90,
	"yüz": 100, "bin": 1000, "milyon": 1000000, "milyar": 1000000000,
}
