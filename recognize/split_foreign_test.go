package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// TestSplitForeignScript checks how a mention that mixes scripts splits.
func TestSplitForeignScript(t *testing.T) {
	tests := []struct {
		lang, text string
		name       string
		typ        annotation.Type
		want       string // the mentions after the rule, as TYPE:text
	}{
		{"ru", "Об этом сказал Ли CNBC в интервью .", "Ли CNBC", annotation.Person, "PERSON:Ли ORGANIZATION:CNBC"},
		{"ru", "Об этом пишет Regnum Минченко вчера .", "Regnum Минченко", annotation.Person, "ORGANIZATION:Regnum PERSON:Минченко"},
		{"ru", "Пишет Guiyang Evening News Ву вчера .", "Guiyang Evening News Ву", annotation.Organization, "ORGANIZATION:Guiyang Evening News PERSON:Ву"},
		{"ru", "Вчера Гвинет Пэлтроу маркой Goop гордилась .", "Гвинет Пэлтроу маркой Goop", annotation.Person, "PERSON:Гвинет Пэлтроу ORGANIZATION:Goop"},
		{"ru", "Дизайнеры Valentino представили шляпы .", "Дизайнеры Valentino", annotation.Person, "ORGANIZATION:Valentino"},       // a dictionary word opening the sentence
		{"ru", "Минченко Regnum рассказал вчера .", "Минченко Regnum", annotation.Person, "PERSON:Минченко ORGANIZATION:Regnum"},    // a surname opening it
		{"ru", "Вчера Владимир Путин выступил .", "Владимир Путин", annotation.Person, "PERSON:Владимир Путин"},                     // one script
		{"ru", "Компания Sun Microsystems выросла .", "Sun Microsystems", annotation.Organization, "ORGANIZATION:Sun Microsystems"}, // one script
		{"ru", "Он читал агентства Defense Advanced Research Projects .", "агентства Defense Advanced Research Projects", annotation.Organization,
			"ORGANIZATION:агентства Defense Advanced Research Projects"}, // no capitalized word of the language's own
		{"ru", "Указ издал Иван IV в тот год .", "Иван IV", annotation.Person, "PERSON:Иван IV"},                // a Roman numeral
		{"ru", "Указ издал Карл I в тот год .", "Карл I", annotation.Person, "PERSON:Карл I"},                   // a single letter
		{"ru", "Письмо написал Джон F. Смит вчера .", "Джон F. Смит", annotation.Person, "PERSON:Джон F. Смит"}, // an initial
		{"tr", "Dün Ли Qiang konuştu .", "Ли Qiang", annotation.Person, "PERSON:Ли Qiang"},                      // no ForeignScriptNames
	}
	for _, tc := range tests {
		l, _ := lang.Get(tc.lang)
		doc := &annotation.Document{Text: tc.text, Tokens: l.Tokenize(tc.text)}
		start := strings.Index(tc.text, tc.name)
		f, last, ok := doc.TokenRange(start, start+len(tc.name))
		if !ok {
			t.Fatalf("%q not on token boundaries", tc.name)
		}
		var got []string
		for _, e := range splitForeignScript(doc, []annotation.Entity{doc.Mention(f, last, tc.typ, 0.9, "model")}, l, wordCuesOf(doc.Tokens, l)) {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%q: %+v breaks the offsets", tc.text, e)
			}
			got = append(got, string(e.Type)+":"+e.Text)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: %q, want %q", tc.name, strings.Join(got, " "), tc.want)
		}
	}
}
