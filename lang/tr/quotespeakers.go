package tr

import "github.com/varlik/varlik/lang"

var _ lang.QuoteSpeakers = Turkish{}

// notQuoteSpeakers are the folded words that open a sentence before a comma
// and a quotation without naming its speaker: conjunctions, sentence
// adverbs and pronouns ("Ancak, "...", "Ayrıca, "...", "O, "...").
var notQuoteSpeakers = map[string]bool{
	"ancak": true, "ama": true, "fakat": true, "ayrıca": true, "yine": true, "öte": true, "bununla": true,
	"dolayısıyla": true, "sonuç": true, "özetle": true, "kısacası": true, "örneğin": true, "mesela": true,
	"evet": true, "hayır": true, "peki": true, "şimdi": true, "dün": true, "bugün": true, "yarın": true,
	"o": true, "bu": true, "şu": true, "ben": true, "sen": true, "biz": true, "siz": true, "onlar": true,
	"açıklama": true, "not": true, "soru": true, "cevap": true, "yanıt": true, "başlık": true,
}

// SpeakerOpensQuote reports whether norm, a folded capitalized word opening
// a sentence before a comma or a colon and a quotation, may name the
// speaker (lang.QuoteSpeakers).
func (Turkish) SpeakerOpensQuote(norm string) bool { return !notQuoteSpeakers[norm] }
