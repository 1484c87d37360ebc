package tr

import "github.com/varlik/varlik/lang"

var _ lang.ClosedClassWords = Turkish{}

// closedClass are Turkish function words, folded: personal and
// demonstrative pronouns with their commonest case forms, determiners,
// question words, conjunctions and sentence adverbs (Zemberek-NLP's
// Pron, Det, Conj and Ques words, less those that also open names:
// doğru of Doğru Yol Partisi, öz, tüm, karşı, yeni, and kim, "who", which
// is also Kim Jong Un's name in text written in lower case). A capitalized one
// opening a sentence says nothing of a name after it ("Bu Komisyon",
// "Bizim Parlamentomuz"), and in text written in capitals a one-word name
// that is one of them is the word (BU, ANCAK).
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the list
// (through every rule that reads lang.ClosedClassWords): the Milliyet dev
// split 0.8707 → 0.8709, in capitals 0.7989 → 0.8030; NTREX Turkish dev in
// capitals 0.8127 → 0.8136; NTREX Turkish dev as written (0.8895, -doc 10
// 0.9068), in lower case (0.7831) and Turkish Wiki NER dev (0.7992)
// unchanged. With kim, NTREX Turkish dev in lower case lost 0.7831 →
// 0.7811 (kim jong un). A lang.WordSet: truecaseLower asks about every
// lower-case word of a sentence in lower case, most of them no function
// word, which its table turns away before the map.
var closedClass = lang.NewWordSet(map[string]bool{
	"ben": true, "benim": true, "sen": true, "senin": true, "o": true, "onun": true, "onu": true, "ona": true,
	"biz": true, "bizim": true, "bize": true, "bizi": true, "siz": true, "sizin": true, "size": true, "sizi": true,
	"onlar": true, "onların": true, "bu": true, "bunun": true, "bunu": true, "buna": true, "bunlar": true,
	"bunların": true, "şu": true, "şunun": true, "şunu": true, "şuna": true, "şunlar": true, "kendi": true,
	"her": true, "bazı": true, "birçok": true, "birkaç": true, "hiçbir": true, "hangi": true, "ne": true,
	"ve": true, "ile": true, "ama": true, "fakat": true, "ancak": true, "lakin": true, "veya": true,
	"ya": true, "yahut": true, "hem": true, "ki": true, "da": true, "de": true, "çünkü": true, "eğer": true,
	"oysa": true, "hatta": true, "belki": true, "yani": true, "ayrıca": true, "yine": true, "böylece": true,
	"dolayısıyla": true, "örneğin": true, "mesela": true, "şimdi": true, "dün": true, "bugün": true, "yarın": true,
	"mutlaka": true, "sadece": true, "yalnızca": true,
})

// ClosedClass reports whether norm, a folded word, is a Turkish function
// word (lang.ClosedClassWords).
func (Turkish) ClosedClass(norm string) bool { return closedClass.Has(norm) }
