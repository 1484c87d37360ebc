package recognize

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestTruecaseLower checks the truecased view of sentences in lower case:
// a person's word the prior has not seen turns Title case only as a given
// name or right after one (the English surname list holds words web text
// writes as common words), and a gazetteer name's common word only beside
// a name's (sentences written for the test).
func TestTruecaseLower(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct{ text, want string }{
		{"you should get a cocker spaniel .", "you should get a cocker spaniel ."},                               // a surname alone: the word
		{"some people may call me a coward .", "some people may call me a coward ."},                             // the same
		{"max and jen are looking for you .", "Max and Jen are looking for you ."},                               // given names
		{"i think amy schumer is not funny .", "i think Amy Schumer is not funny ."},                             // a surname after a given name
		{"we saw gwyneth paltrow in noida .", "we saw Gwyneth Paltrow in Noida ."},                               // an unlisted word after a given name turned Title case
		{"we bill paltrow for it .", "we bill paltrow for it ."},                                                 // not after a given name read as a common word
		{"is there a bus between noida and delhi ?", "is there a bus between Noida and Delhi ?"},                 // places
		{"is there a bus between noida and greater noida ?", "is there a bus between Noida and Greater Noida ?"}, // a gazetteer name's common word
		{"we walked on the long beach near noida .", "we walked on the long beach near Noida ."},                 // no word of it a name's
		{"we flew from noida to port of spain .", "we flew from Noida to Port of Spain ."},                       // not its function word
		{"my iphone is in noida .", "my iphone is in Noida ."},                                                   // a word of no name stays
	}
	for _, tc := range tests {
		got, _, _ := truecasedView(t, r, "en", tc.text)
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTruecaseOpenedSentences checks the truecased view of sentences in
// lower case but for their first word (sentences written for the test).
func TestTruecaseOpenedSentences(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct{ text, want string }{
		{"Is there a bus between noida and delhi ?", "Is there a bus between Noida and delhi ?"},           // a word the prior has not seen, not one it knows
		{"Kovacic did a quick give-and-go at midfield .", "Kovacic did a quick give-and-go at midfield ."}, // a name opens it
		{"Is there a bus between Noida and delhi ?", "Is there a bus between Noida and delhi ?"},           // its writer capitalizes names
		{"Is it far ?", "Is it far ?"}, // too short
	}
	for _, tc := range tests {
		got, _, _ := truecasedView(t, r, "en", tc.text)
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTruecaseLowerLanguagePrior checks Russian, truecased with the
// language's own prior (lang.CasePrior): a sentence all in lower case gets
// its names' capitals; one whose writer capitalizes a word, or opens with
// a capital, is left as written (ordinaryCaseReader). Sentences written
// for the test.
func TestTruecaseLowerLanguagePrior(t *testing.T) {
	checkTruecased(t, []truecasedCase{
		{"ru", "путин встретился с медведевым в лондоне .", "Путин встретился с Медведевым в Лондоне ."},
		{"ru", "путин встретился с макроном .", "Путин встретился с Макроном ."}, // a form no list holds: lowerUnknownName
		{"ru", "утром в москве прошел митинг .", "утром в Москве прошел митинг ."},
		{"ru", "утром в Москве прошел митинг , надежда есть .", "утром в Москве прошел митинг , надежда есть ."}, // a word in Title case
		{"ru", "Вчера в москве прошел митинг .", "Вчера в москве прошел митинг ."},
		{"ru", "Рабочие вчера получили плату в рублях .", "Рабочие вчера получили плату в рублях ."}, // opened: not a place's spelling (Плату)                               // opened by a capital
	})
}

// TestCasePriorOf checks which prior truecasing reads: the model's where
// it is broad (English), the language's own where the model's is thin and
// the language has one (Russian).
func TestCasePriorOf(t *testing.T) {
	r := defaultRecognizer()
	for _, tc := range []struct {
		code           string
		language, wide bool
	}{{"en", false, false}, {"tr", false, true}, {"ru", true, true}} {
		l, _ := lang.Get(tc.code)
		p, ok := casePriorOf(r.model(tc.code), l)
		if !ok || (p.lang != nil) != tc.language || p.wide != tc.wide {
			t.Errorf("%s: prior found %v, the language's %v, wide %v; want true, %v, %v", tc.code, ok, p.lang != nil, p.wide, tc.language, tc.wide)
		}
	}
	ru, _ := lang.Get("ru")
	if _, ok := casePriorOf(nil, ru); ok {
		t.Error("no model: a prior found")
	}
}

// TestLowerHeadedRuns checks a body's name in lower case that ends in its
// head noun (sentences written for the test).
func TestLowerHeadedRuns(t *testing.T) {
	checkTruecased(t, []truecasedCase{
		{"en", "she studied at harvard medical school .", "she studied at Harvard Medical School ."},
		{"en", "they visited the big school near noida .", "they visited the big school near Noida ."}, // no word of a name before it
		{"tr", "ali michigan üniversitesi'nde okudu .", "Ali Michigan Üniversitesi 'nde okudu ."},
	})
}

// TestLowerAcronyms checks acronyms written in lower case, given back
// their capitals (sentences written for the test).
func TestLowerAcronyms(t *testing.T) {
	checkTruecased(t, []truecasedCase{
		{"en", "the fbi director spoke to cnn and the eu .", "the FBI director spoke to CNN and the EU ."},
		{"en", "please tell us more about it .", "please tell us more about it ."}, // a dictionary word
		{"tr", "dün fbı direktörü cnn'e konuştu .", "dün FBI direktörü CNN 'e konuştu ."},
		{"ru", "утром представители нато и ес встретились .", "утром представители Нато и ЕС встретились ."}, // the gazetteer matches Нато too
	})
}

// TestLowerUnknownNames checks words no list knows in sentences all in
// lower case: a name's with a wide prior (Turkish, Russian), left as
// written with a thin one (English) or in a sentence whose writer
// capitalizes (sentences written for the test).
func TestLowerUnknownNames(t *testing.T) {
	checkTruecased(t, []truecasedCase{
		{"tr", "dün kavanaugh gazetecilere konuştu .", "dün Kavanaugh gazetecilere konuştu ."},
		{"tr", "bakanlığının açıklaması dün geldi .", "bakanlığının açıklaması dün geldi ."}, // forms of known words
		{"ru", "утром кавано выступил перед журналистами .", "утром Кавано выступил перед журналистами ."},
		{"ru", "утром кавано передал письмо джонсу .", "утром Кавано передал письмо Джонсу ."},             // a name's form by its stem (Джонс)
		{"ru", "утром депутаты проголосовали единогласно .", "утром депутаты проголосовали единогласно ."}, // dictionary forms
		{"ru", "утром депутаты переоформили документы .", "утром депутаты переоформили документы ."},
		{"ru", "утром ольга перечитывала письма брата .", "утром Ольга перечитывала письма брата ."}, // no surname after a given name
		{"tr", "ayşe hesaplıyordu zararı dün akşam .", "Ayşe hesaplıyordu zararı dün akşam ."},
		{"en", "yesterday kavanaugh spoke to reporters .", "yesterday kavanaugh spoke to reporters ."}, // a thin prior
		{"tr", "dün kavanaugh Ankara'da konuştu .", "dün kavanaugh Ankara 'da konuştu ."},              // its writer capitalizes
	})
}

// truecasedCase is a sentence in language code and its truecased view.
type truecasedCase struct{ code, text, want string }

// checkTruecased checks the truecased view of each case's sentence.
func checkTruecased(t *testing.T, tests []truecasedCase) {
	t.Helper()
	r := defaultRecognizer()
	for _, tc := range tests {
		if got, _, _ := truecasedView(t, r, tc.code, tc.text); got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.code, tc.text, got, tc.want)
		}
	}
}

// TestTruecaseLowerProperNouns checks that a Turkish sentence in lower case
// gives Title case to the words the model's lexicon lists as proper nouns
// only, seen capitalized half the time or more, and not to common words
// (sentences written for the test).
func TestTruecaseLowerProperNouns(t *testing.T) {
	r := defaultRecognizer()
	tests := []struct{ text, want string }{
		{"google ve microsoft yeni bir anlaşma imzaladı .", "Google ve Microsoft yeni bir anlaşma imzaladı ."},
		{"kullanıcılar youtube ve twitter üzerinden tepki gösterdi .", "kullanıcılar Youtube ve Twitter üzerinden tepki gösterdi ."},
		{"meclis yarın toplanacak ve senato bekleyecek .", "meclis yarın toplanacak ve senato bekleyecek ."}, // common words too
	}
	for _, tc := range tests {
		got, _, _ := truecasedView(t, r, "tr", tc.text)
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
